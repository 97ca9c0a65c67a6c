"""Upstream event streams released as whole, validated events only."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from proxy.errors import UpstreamProtocolError
from proxy.protocols.sse_frames import EventFramer
from tests.faulty_upstream import stream_events

OPENAI = b"".join(stream_events(anthropic=False, model="m"))
ANTHROPIC = b"".join(stream_events(anthropic=True, model="m"))


def frame(wire: bytes, size: int) -> tuple[list[bytes], EventFramer]:
    framer = EventFramer()
    pieces = [framer.feed(wire[i : i + size]) for i in range(0, len(wire), size)]
    return [*pieces, framer.finish()], framer


@pytest.mark.parametrize("wire", [OPENAI, ANTHROPIC, OPENAI.replace(b"\n", b"\r\n")])
@given(size=st.integers(min_value=1, max_value=300))
def test_valid_streams_come_out_byte_for_byte_in_whole_events(wire: bytes, size: int) -> None:
    """However the bytes are cut, what comes out is the stream itself, cut only after events."""
    pieces, framer = frame(wire, size)
    assert b"".join(pieces) == wire
    for piece in pieces:
        assert not piece or piece.endswith((b"\n\n", b"\r\n\r\n"))
    assert framer.done
    assert framer.count == wire.count(b"data:")


@pytest.mark.parametrize(
    "wire",
    [
        b'{"id": "chatcmpl-1", "choices": []}\n\n',
        b"<html><body>502 Bad Gateway</body></html>\n\n",
        b'data: {"a": 1}\nthis is not an event stream\n\n',
        b"data: {oops\n\n",
        b'event: content_block_delta\ndata: {"type": "con\n\n',
    ],
)
def test_lines_that_are_not_events_and_data_that_is_not_json_are_refused(wire: bytes) -> None:
    """Non-SSE lines and non-JSON data raise a protocol error instead of being relayed."""
    with pytest.raises(UpstreamProtocolError):
        frame(wire, 7)


def test_a_stream_cut_inside_an_event_releases_nothing_of_that_event() -> None:
    """The half event waits; at the end of the stream it is an error, never output."""
    framer = EventFramer()
    whole = b'data: {"id": "a"}\n\n'
    assert framer.feed(whole + b'data: {"id": "chatcmpl-s') == whole
    with pytest.raises(UpstreamProtocolError, match="inside an event"):
        framer.finish()


def test_a_whole_last_event_without_its_blank_line_is_kept_and_terminated() -> None:
    """Lenient like browsers: a complete last event is released, with the blank line added."""
    framer = EventFramer()
    assert framer.feed(b'data: {"a": 1}') == b""
    assert framer.finish() == b'data: {"a": 1}\n\n'
    assert framer.count == 1


def test_nothing_after_the_last_event_is_released() -> None:
    """After [DONE] / message_stop the framer is done: later bytes never come out."""
    framer = EventFramer()
    out = framer.feed(b'data: [DONE]\n\ndata: {"late": true}\n\n')
    assert out == b"data: [DONE]\n\n" and framer.done
    assert framer.feed(b"data: {}\n\n") == b"" and framer.finish() == b""


def test_comments_pass_but_are_not_counted_and_bom_is_dropped() -> None:
    """Keep-alive comments are relayed as they are; a leading BOM is not."""
    framer = EventFramer()
    assert framer.feed(b"\xef\xbb") == b""
    assert framer.feed(b"\xbf: ping\n\ndata: {}\n\n") == b": ping\n\ndata: {}\n\n"
    assert framer.count == 1


def test_an_endless_line_is_refused() -> None:
    """An upstream that never ends a line cannot make the proxy buffer without bound."""
    framer = EventFramer(max_event_bytes=64)
    with pytest.raises(UpstreamProtocolError, match="exceeds"):
        for _ in range(10):
            framer.feed(b"data: " + b"x" * 20)


@pytest.mark.parametrize(
    "event",
    [
        b'event: error\ndata: {"type": "error", "error": {"type": "overloaded_error"}}\n\n',
        b'data: {"error": {"message": "overloaded", "type": "server_error"}}\n\n',
    ],
    ids=["anthropic", "openai"],
)
def test_the_upstreams_own_error_event_ends_the_answer_as_failed(event: bytes) -> None:
    """An error event is relayed as it came, and nothing after it."""
    framer = EventFramer()
    assert framer.feed(b'data: {"a": 1}\n\n' + event + b'data: {"b": 2}\n\n').endswith(event)
    assert framer.done and framer.failed


@pytest.mark.parametrize("end", [b"\n", b"\r\n", b"\r"])
@given(size=st.integers(min_value=1, max_value=700))
def test_a_long_line_cut_thinly_comes_out_whole(end: bytes, size: int) -> None:
    """An event whose data line arrives in many pieces is released whole, once, as it came."""
    event = b'data: {"text": "' + b"x" * 3000 + b'"}' + end + end
    wire = b": keep-alive" + end + end + event + b"data: [DONE]" + end + end
    pieces, framer = frame(wire, size)
    assert b"".join(pieces) == wire
    assert any(event in piece for piece in pieces)  # released in one piece, not in parts
    assert framer.done and framer.count == 2


def test_a_long_line_cut_thinly_is_still_bounded() -> None:
    """The event size limit holds for a line that never ends, however it is sliced."""
    framer = EventFramer(max_event_bytes=10_000)
    framer.feed(b'data: {"text": "')
    with pytest.raises(UpstreamProtocolError, match="exceeds 10000 bytes"):
        for _ in range(100):
            framer.feed(b"x" * 500)
