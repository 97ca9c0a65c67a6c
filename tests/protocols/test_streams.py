"""Byte-level stream translation (parser joined to translator)."""

from __future__ import annotations

from typing import Any

import orjson
import pytest

from proxy.protocols.sse import SSEParser
from proxy.protocols.translate import (
    StreamTranslator,
    anthropic_to_openai_stream,
    openai_to_anthropic_stream,
)


def run(transform: StreamTranslator, wire: bytes, size: int) -> bytes:
    out = b"".join(transform.feed(wire[i : i + size]) for i in range(0, len(wire), size))
    return out + transform.finish()


@pytest.mark.parametrize("size", [1, 11, 4096])
def test_bytes_out_do_not_depend_on_how_bytes_came_in(canned: Any, size: int) -> None:
    """The client bytes are the same however the upstream bytes were cut."""
    anthropic_wire = canned.anthropic_sse(canned.anthropic_events())
    openai_wire = canned.openai_sse(canned.openai_chunks())
    whole_a = run(anthropic_to_openai_stream("m", 1, True), anthropic_wire, len(anthropic_wire))
    whole_o = run(openai_to_anthropic_stream("m"), openai_wire, len(openai_wire))
    assert run(anthropic_to_openai_stream("m", 1, True), anthropic_wire, size) == whole_a
    assert run(openai_to_anthropic_stream("m"), openai_wire, size) == whole_o
    assert whole_a.endswith(b"data: [DONE]\n\n")
    assert whole_o.endswith(b'event: message_stop\ndata: {"type":"message_stop"}\n\n')


def test_unterminated_last_event_is_still_translated(canned: Any) -> None:
    """An upstream whose final [DONE] lacks its blank line still closes the message properly."""
    wire = canned.openai_sse(canned.openai_chunks()).removesuffix(b"\n\n")
    transform = openai_to_anthropic_stream("m")
    transform.feed(wire)
    tail = transform.finish()
    events = SSEParser().feed(tail)
    assert [e.event for e in events] == ["message_delta", "message_stop"]
    assert orjson.loads(events[0].data)["usage"]["output_tokens"] == 12


def test_feed_returns_empty_until_an_event_completes() -> None:
    """Partial upstream bytes produce no client bytes yet."""
    transform = anthropic_to_openai_stream("m", 1, False)
    assert transform.feed(b'event: message_start\ndata: {"type":"message_st') == b""
    assert transform.feed(b'art","message":{"id":"msg_1"}}\n\n').startswith(b"data: {")
