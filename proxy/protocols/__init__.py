"""Wire formats of the OpenAI and Anthropic APIs, and translation between them (pure code).

- ``extract``: texts to scan from a request body.
- ``sse``: incremental SSE parser and framer.
- ``errors``: error bodies in each shape; upstream error translation.
- ``translate``: the public translation entry points (requests, responses, streams, usage,
  stop reasons, token estimate), implemented in ``to_anthropic``, ``to_openai``,
  ``stream_to_openai``, ``stream_to_anthropic``, ``streams``, ``reasons`` and ``tokens``.
- ``embeddings``: embeddings responses completed for every client SDK.
"""
