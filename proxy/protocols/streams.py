"""Byte-level stream translation: upstream SSE bytes in, client SSE bytes out.

Joins :class:`~proxy.protocols.sse.SSEParser` to one of the event translators so the relay
only moves bytes: ``feed(chunk) -> bytes`` per upstream read, ``finish() -> bytes`` once the
upstream has ended (cleanly or not). Either may return ``b""``.
"""

from __future__ import annotations

from typing import Protocol

from proxy.protocols.sse import SSEEvent, SSEParser
from proxy.protocols.stream_to_anthropic import OpenAIToAnthropicStream
from proxy.protocols.stream_to_openai import AnthropicToOpenAIStream


class EventTranslator(Protocol):
    """What both event translators provide."""

    def feed(self, event: SSEEvent) -> list[bytes]:
        """Frames for one upstream event."""
        ...

    def finish(self) -> list[bytes]:
        """Frames once upstream has ended."""
        ...


class StreamTranslator:
    """Upstream SSE bytes → client SSE bytes, through ``translator``."""

    __slots__ = ("_parser", "_translator")

    def __init__(self, translator: EventTranslator) -> None:
        self._parser = SSEParser()
        self._translator = translator

    def feed(self, chunk: bytes) -> bytes:
        """Client bytes for this upstream chunk (``b""`` until an event completes)."""
        feed = self._translator.feed
        return b"".join(f for event in self._parser.feed(chunk) for f in feed(event))

    def finish(self) -> bytes:
        """Client bytes once upstream has ended: a last unterminated event, then the close."""
        feed = self._translator.feed
        tail = [f for event in self._parser.flush() for f in feed(event)]
        return b"".join(tail + self._translator.finish())


def anthropic_to_openai_stream(model: str, created: int, include_usage: bool) -> StreamTranslator:
    """Bytes transform for an OpenAI/Mistral client reading an Anthropic backend's stream."""
    return StreamTranslator(AnthropicToOpenAIStream(model, created, include_usage))


def openai_to_anthropic_stream(model: str) -> StreamTranslator:
    """Bytes transform for an Anthropic client reading an OpenAI-compatible backend's stream."""
    return StreamTranslator(OpenAIToAnthropicStream(model))
