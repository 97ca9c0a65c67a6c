"""How a client's request is put to a backend and how the answer comes back.

When client and backend speak the same protocol the body goes through unchanged (only the model name
is rewritten when an alias maps to another concrete model). Across protocols the ``protocols``
translators rewrite requests, responses, streams and error bodies, so any client can be routed to
any backend the policy allows.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import Any, Protocol

import orjson
from aiohttp import web

from proxy.backends.upstream import Backend, UpstreamRequest
from proxy.errors import BadRequest, UpstreamError
from proxy.exchange import Exchange
from proxy.http import headers as hdrs
from proxy.protocols.embeddings import normalize_embeddings_response
from proxy.protocols.errors import translate_error_body
from proxy.protocols.streams import StreamTranslator, openai_to_anthropic_stream
from proxy.protocols.structured import output_tool_name
from proxy.protocols.tokens import estimate_input_tokens
from proxy.protocols.translate import (
    AnthropicToOpenAIStream,
    AnthropicToResponsesStream,
    anthropic_request_to_openai_chat,
    anthropic_response_to_openai_chat,
    anthropic_to_response,
    include_usage_requested,
    openai_chat_response_to_anthropic,
    openai_chat_to_anthropic_request,
    responses_to_anthropic_request,
)


class StreamTransform(Protocol):
    """Turns upstream stream bytes into client stream bytes."""

    def feed(self, chunk: bytes) -> bytes:
        """Bytes to write for this upstream chunk (may be empty)."""

    def finish(self) -> bytes:
        """Bytes to write once the upstream stream ended."""


class Adapter(Protocol):
    """One (client protocol, backend protocol) pairing."""

    def request(self) -> UpstreamRequest:
        """The request to send to the backend."""

    def response_body(self, body: bytes) -> bytes:
        """A successful non-streaming body, in the client's shape."""

    def error_body(self, body: bytes, status: int) -> bytes:
        """An upstream error body, in the client's shape."""

    def stream_transform(self) -> StreamTransform:
        """A fresh transform for one stream."""


class _Identity:
    def feed(self, chunk: bytes) -> bytes:
        return chunk

    def finish(self) -> bytes:
        return b""


def _accept(stream: bool) -> dict[str, str]:
    return {"Accept": "text/event-stream"} if stream else {"Accept": "application/json"}


class Passthrough:
    """Client and backend speak the same protocol: bytes go through unchanged."""

    def __init__(self, exchange: Exchange, backend: Backend):
        self._exchange = exchange
        self._backend = backend

    def request(self) -> UpstreamRequest:
        """The client's own body; re-serialised only when the model name must change."""
        exchange = self._exchange
        concrete = self._backend.info.concrete_model(exchange.model)
        body = exchange.raw_body
        if concrete != exchange.model:
            body = orjson.dumps({**exchange.body, "model": concrete})
        headers = {**exchange.incoming_headers, **_accept(exchange.stream)}
        return UpstreamRequest(exchange.endpoint, concrete, body, exchange.stream, headers=headers)

    def response_body(self, body: bytes) -> bytes:
        """Unchanged — except an embeddings answer without ``id`` gets one (the mistralai SDK
        requires it, OpenAI-compatible servers often omit it)."""
        if self._exchange.endpoint == "embeddings" and b'"id"' not in body[:256]:
            try:
                data = orjson.loads(body)
            except orjson.JSONDecodeError:
                return body
            if isinstance(data, dict) and "id" not in data:
                fixed = normalize_embeddings_response(
                    data, self._exchange.model, self._exchange.request_id
                )
                return orjson.dumps(fixed)
        return body

    def error_body(self, body: bytes, status: int) -> bytes:
        """Unchanged: the client speaks the backend's error shape."""
        return body

    def stream_transform(self) -> StreamTransform:
        """Identity."""
        return _Identity()


def _request_json(body: dict[str, Any]) -> bytes:
    """A translated request as JSON; the JSON encoder writes 254 levels of nesting at most."""
    try:
        return orjson.dumps(body)
    except orjson.JSONEncodeError:
        raise BadRequest(
            "the request is nested too deeply to be translated for this backend"
        ) from None


class _Translating:
    """Shared parts of the two translating adapters."""

    client: Any = "openai"

    def __init__(self, exchange: Exchange, backend: Backend):
        self._exchange = exchange
        self._backend = backend
        self._concrete = backend.info.concrete_model(exchange.model)

    def error_body(self, body: bytes, status: int) -> bytes:
        """The upstream's error, rewritten in the client's shape (message kept)."""
        return translate_error_body(body, status, self.client)

    def _decode(self, body: bytes) -> dict[str, Any]:
        try:
            data = orjson.loads(body)
        except orjson.JSONDecodeError:
            data = None
        if not isinstance(data, dict):
            raise UpstreamError("the backend sent a body that is not a JSON object")
        return data

    @staticmethod
    def _encode(translate: Callable[[], dict[str, Any]]) -> bytes:
        """The translated answer as JSON; one the encoder refuses (a tool input nested deeper
        than it writes) is a bad answer from the backend, not an internal error."""
        try:
            return orjson.dumps(translate())
        except orjson.JSONEncodeError:
            raise UpstreamError("the backend's answer cannot be translated") from None


class OpenAIClientToAnthropic(_Translating):
    """An openai/mistral SDK chat request served by an Anthropic Messages backend."""

    client = "openai"

    def request(self) -> UpstreamRequest:
        """Chat Completions → Messages."""
        body = openai_chat_to_anthropic_request(self._exchange.body, self._concrete)
        stream = self._exchange.stream
        return UpstreamRequest(
            "messages", self._concrete, _request_json(body), stream, headers=_accept(stream)
        )

    def response_body(self, body: bytes) -> bytes:
        """Message → chat completion (reported under the model the client asked for)."""
        return self._encode(
            lambda: anthropic_response_to_openai_chat(
                self._decode(body),
                self._exchange.model,
                int(time.time()),
                json_tool=self._json_tool,
            )
        )

    def stream_transform(self) -> StreamTransform:
        """Anthropic events → chat.completion.chunk frames, usage chunk as requested."""
        include = include_usage_requested(self._exchange.body)
        events = AnthropicToOpenAIStream(
            self._exchange.model, int(time.time()), include, json_tool=self._json_tool
        )
        return StreamTranslator(events)

    @property
    def _json_tool(self) -> str | None:
        """The tool carrying a JSON ``response_format``, if one was asked for."""
        return output_tool_name(self._exchange.body.get("response_format"), flat=False)


class ResponsesClientToAnthropic(_Translating):
    """An openai-SDK Responses API request served by an Anthropic Messages backend."""

    client = "openai"

    def request(self) -> UpstreamRequest:
        """Responses request → Messages."""
        body = responses_to_anthropic_request(self._exchange.body, self._concrete)
        stream = self._exchange.stream
        return UpstreamRequest(
            "messages", self._concrete, _request_json(body), stream, headers=_accept(stream)
        )

    def response_body(self, body: bytes) -> bytes:
        """Message → response object (reported under the model the client asked for)."""
        exchange = self._exchange
        return self._encode(
            lambda: anthropic_to_response(
                self._decode(body), exchange.body, exchange.model, int(time.time()), self._json_tool
            )
        )

    def stream_transform(self) -> StreamTransform:
        """Anthropic events → Responses API events."""
        exchange = self._exchange
        events = AnthropicToResponsesStream(
            exchange.body, exchange.model, int(time.time()), self._json_tool
        )
        return StreamTranslator(events)

    @property
    def _json_tool(self) -> str | None:
        """The tool carrying a JSON ``text.format``, if one was asked for."""
        text = self._exchange.body.get("text")
        return output_tool_name(text.get("format") if isinstance(text, dict) else None, flat=True)


class AnthropicClientToOpenAI(_Translating):
    """An anthropic SDK Messages request served by an OpenAI-compatible backend."""

    client = "anthropic"

    def request(self) -> UpstreamRequest:
        """Messages → Chat Completions."""
        body = anthropic_request_to_openai_chat(self._exchange.body, self._concrete)
        stream = self._exchange.stream
        return UpstreamRequest(
            "chat.completions", self._concrete, _request_json(body), stream, headers=_accept(stream)
        )

    def response_body(self, body: bytes) -> bytes:
        """Chat completion → message."""
        return self._encode(
            lambda: openai_chat_response_to_anthropic(self._decode(body), self._exchange.model)
        )

    def stream_transform(self) -> StreamTransform:
        """chat.completion.chunk frames → Anthropic events."""
        return openai_to_anthropic_stream(self._exchange.model)


def same_protocol(client: str, backend: str) -> bool:
    """True when no translation is needed (Azure OpenAI speaks OpenAI's body format)."""
    return client == backend or (client == "openai" and backend == "azure-openai")


def supports(endpoint: str, backend_protocol: str) -> bool:
    """Can a backend of this protocol serve this client endpoint (natively or translated)?

    ``count_tokens`` goes only to Anthropic backends; for the others it is estimated locally.
    Anthropic backends serve Chat Completions and the Responses API translated; completions and
    embeddings have no Anthropic counterpart.
    """
    if backend_protocol == "anthropic":
        return endpoint in {"messages", "messages.count_tokens", "chat.completions", "responses"}
    return endpoint != "messages.count_tokens"


def make_adapter(exchange: Exchange, backend: Backend) -> Adapter:
    """The adapter for this exchange on this backend."""
    if not supports(exchange.endpoint, backend.protocol):
        raise BadRequest(f"backend {backend.name} cannot serve {exchange.endpoint}")
    if same_protocol(exchange.client_protocol, backend.protocol):
        return Passthrough(exchange, backend)
    if exchange.endpoint == "responses":
        return ResponsesClientToAnthropic(exchange, backend)
    if exchange.client_protocol == "openai":
        return OpenAIClientToAnthropic(exchange, backend)
    return AnthropicClientToOpenAI(exchange, backend)


def local_count_tokens(exchange: Exchange) -> web.Response:
    """``count_tokens`` when no allowed backend is Anthropic: estimated here, nothing is sent.

    The estimate is a documented approximation (see ``protocols.tokens``).
    """
    body = orjson.dumps({"input_tokens": estimate_input_tokens(exchange.body)})
    headers = hdrs.sovproxy_headers(exchange, None)
    return web.Response(body=body, content_type="application/json", headers=headers)
