"""A fast OpenAI-compatible upstream for the benchmarks (run as its own process).

``python benchmarks/_upstream.py PORT``. Non-streaming chat answers with a fixed small completion;
streaming answers with 20 chunks, paced by the ``x-bench-pace-ms`` request header (default 0).
"""

from __future__ import annotations

import asyncio
import sys

import orjson
import uvloop
from aiohttp import web

ANSWER = orjson.dumps(
    {
        "id": "chatcmpl-bench",
        "object": "chat.completion",
        "created": 0,
        "model": "bench",
        "choices": [
            {
                "index": 0,
                "message": {"role": "assistant", "content": "A short benchmark answer."},
                "finish_reason": "stop",
            }
        ],
        "usage": {"prompt_tokens": 10, "completion_tokens": 5, "total_tokens": 15},
    }
)
CHUNK = (
    b'data: {"id":"c","object":"chat.completion.chunk","created":0,"model":"bench",'
    b'"choices":[{"index":0,"delta":{"content":"tok "},"finish_reason":null}]}\n\n'
)


async def chat(request: web.Request) -> web.StreamResponse:
    body = await request.read()
    if b'"stream":true' not in body.replace(b" ", b""):
        return web.Response(body=ANSWER, content_type="application/json")
    pace = int(request.headers.get("x-bench-pace-ms", "0")) / 1000
    response = web.StreamResponse(headers={"Content-Type": "text/event-stream"})
    await response.prepare(request)
    for _ in range(20):
        await response.write(CHUNK)
        if pace:
            await asyncio.sleep(pace)
    await response.write(b"data: [DONE]\n\n")
    await response.write_eof()
    return response


async def traces(request: web.Request) -> web.Response:
    """A stand-in OTLP/HTTP receiver: accepts and drops span batches."""
    await request.read()
    return web.Response(body=b"", content_type="application/x-protobuf")


def main() -> None:
    app = web.Application(client_max_size=64 * 1024 * 1024)
    app.router.add_post("/v1/chat/completions", chat)
    app.router.add_post("/v1/traces", traces)
    uvloop.install()
    web.run_app(app, host="127.0.0.1", port=int(sys.argv[1]), access_log=None, print=None)


if __name__ == "__main__":
    main()
