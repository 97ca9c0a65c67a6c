"""Token usage read from a backend's stream as it passes, for the audit record and the metrics.

``UsageTap`` wraps the adapter the relay uses: JSON answers are read by the relay itself
(``want_usage``) after the client has its response; a stream's events are looked at on the way
through, and only an event that mentions ``"usage"`` is parsed. It reads OpenAI's final usage
chunk (sent when the request asks for ``stream_options.include_usage``, and by Mistral always) and
Anthropic's ``message_start`` (input) and ``message_delta`` (output) events. An OpenAI stream whose
client did not ask for usage carries none: nothing is invented then.
"""

from __future__ import annotations

import re
import time
from typing import Any

import orjson

from proxy.backends.upstream import UpstreamRequest
from proxy.exchange import Exchange
from proxy.http.adapt import Adapter, StreamTransform

_MARK = b'"usage"'
#: An event with generated text: a Chat delta's content or tool arguments, an Anthropic text or
#: JSON delta, a Responses text delta.
_TEXT = re.compile(rb'"(?:content|text|partial_json|arguments|delta)"\s*:\s*"[^"]')


class UsageTap:
    """An ``Adapter`` that passes everything through and notes the usage a stream reports."""

    def __init__(self, inner: Adapter, exchange: Exchange) -> None:
        self._inner = inner
        self._exchange = exchange

    def request(self) -> UpstreamRequest:
        """The inner adapter's upstream request."""
        return self._inner.request()

    def response_body(self, body: bytes) -> bytes:
        """The inner adapter's client body."""
        return self._inner.response_body(body)

    def error_body(self, body: bytes, status: int) -> bytes:
        """The inner adapter's error body."""
        return self._inner.error_body(body, status)

    def stream_transform(self) -> StreamTransform:
        """The inner transform, watched for usage."""
        return _Tap(self._inner.stream_transform(), self._exchange)


class _Tap:
    def __init__(self, inner: StreamTransform, exchange: Exchange) -> None:
        self._inner = inner
        self._exchange = exchange

    def feed(self, chunk: bytes) -> bytes:
        if _MARK in chunk:
            note_stream_usage(chunk, self._exchange)
        timings = self._exchange.timings  # time to the first text, and to the last event after it
        if "first_token_s" in timings:
            timings["last_token_s"] = time.monotonic() - self._exchange.attempts[-1].started
        elif self._exchange.attempts and _TEXT.search(chunk):
            timings["first_token_s"] = time.monotonic() - self._exchange.attempts[-1].started
        return self._inner.feed(chunk)

    def finish(self) -> bytes:
        return self._inner.finish()


def note_stream_usage(chunk: bytes, exchange: Exchange) -> None:
    """Merge the usage of every ``data:`` line of ``chunk`` that has one into the exchange."""
    for line in chunk.split(b"\n"):
        if not line.startswith(b"data:") or _MARK not in line:
            continue
        try:
            data = orjson.loads(line[5:])
        except orjson.JSONDecodeError:
            continue
        if not isinstance(data, dict):
            continue
        message = data.get("message")  # Anthropic's message_start nests usage and model
        source: dict[str, Any] = message if isinstance(message, dict) else data
        usage = source.get("usage")
        if isinstance(usage, dict):
            exchange.usage.update(
                (key, value) for key, value in usage.items() if type(value) is int
            )
        model = source.get("model")
        if exchange.response_model is None and isinstance(model, str):
            exchange.response_model = model
