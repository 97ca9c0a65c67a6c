"""Translation between OpenAI Chat Completions / Responses and Anthropic Messages: the entry points.

Any client can be routed to any backend the policy allows: an OpenAI/Mistral-SDK request to
an Anthropic backend, an Anthropic-SDK request to an OpenAI-compatible one, an openai-SDK
Responses API request to an Anthropic backend. Requests,
responses, streams, stop reasons, usage and errors are translated; when client and backend
speak the same protocol nothing here is called and bodies pass through unchanged
(:func:`needs_translation`).

Everything here is pure: dicts and bytes in, dicts and bytes out; no I/O, clock or logging.
Request translators raise :class:`proxy.errors.BadRequest` (with ``param``) for what the
target cannot honour. The implementation lives in ``to_anthropic``, ``to_openai``,
``stream_to_openai``, ``stream_to_anthropic``, ``streams`` (bytes in, bytes out), ``reasons``
and ``tokens``; JSON output formats in ``structured``; the Responses API in
``responses_to_anthropic``, ``responses_from_anthropic`` and ``stream_to_responses``.
"""

from __future__ import annotations

from typing import Any

from proxy.protocols.errors import Protocol
from proxy.protocols.reasons import (
    ANTHROPIC_TO_OPENAI_FINISH,
    OPENAI_TO_ANTHROPIC_STOP,
    anthropic_stop_reason,
    anthropic_usage,
    openai_finish_reason,
    openai_usage,
)
from proxy.protocols.responses_from_anthropic import anthropic_to_response
from proxy.protocols.responses_to_anthropic import responses_to_anthropic_request
from proxy.protocols.stream_to_anthropic import OpenAIToAnthropicStream
from proxy.protocols.stream_to_openai import DONE, AnthropicToOpenAIStream
from proxy.protocols.stream_to_responses import AnthropicToResponsesStream
from proxy.protocols.streams import (
    StreamTranslator,
    anthropic_to_openai_stream,
    openai_to_anthropic_stream,
)
from proxy.protocols.to_anthropic import (
    DEFAULT_MAX_TOKENS,
    openai_chat_response_to_anthropic,
    openai_chat_to_anthropic_request,
)
from proxy.protocols.to_openai import (
    anthropic_request_to_openai_chat,
    anthropic_response_to_openai_chat,
    mistral_tool_id,
)
from proxy.protocols.tokens import estimate_input_tokens

__all__ = [
    "ANTHROPIC_TO_OPENAI_FINISH",
    "DEFAULT_MAX_TOKENS",
    "DONE",
    "OPENAI_TO_ANTHROPIC_STOP",
    "AnthropicToOpenAIStream",
    "AnthropicToResponsesStream",
    "OpenAIToAnthropicStream",
    "Protocol",
    "StreamTranslator",
    "anthropic_request_to_openai_chat",
    "anthropic_response_to_openai_chat",
    "anthropic_stop_reason",
    "anthropic_to_openai_stream",
    "anthropic_to_response",
    "anthropic_usage",
    "backend_protocol",
    "estimate_input_tokens",
    "include_usage_requested",
    "mistral_tool_id",
    "needs_translation",
    "openai_chat_response_to_anthropic",
    "openai_chat_to_anthropic_request",
    "openai_finish_reason",
    "openai_to_anthropic_stream",
    "openai_usage",
    "responses_to_anthropic_request",
]


def backend_protocol(backend_protocol_name: str) -> Protocol:
    """The wire protocol of a backend's ``protocol`` setting (``azure-openai`` speaks OpenAI)."""
    return "anthropic" if backend_protocol_name == "anthropic" else "openai"


def include_usage_requested(openai_body: dict[str, Any]) -> bool:
    """Whether an OpenAI chat request asked for the final usage chunk (``stream_options``)."""
    options = openai_body.get("stream_options")
    return isinstance(options, dict) and options.get("include_usage") is True


def needs_translation(client: Protocol, backend_protocol_name: str) -> bool:
    """True when the client's protocol differs from the backend's, so bodies must be translated."""
    return client != backend_protocol(backend_protocol_name)
