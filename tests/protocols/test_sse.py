"""SSE parsing and framing."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from proxy.errors import UpstreamError
from proxy.protocols.sse import SSEEvent, SSEParser, format_event


def text_chars(excluded: str) -> st.SearchStrategy[str]:
    """Encodable characters (no lone surrogates, as JSON text never has them) minus line ends."""
    return st.characters(blacklist_categories=["Cs"], blacklist_characters=excluded)


def parse_all(chunks: list[bytes]) -> list[SSEEvent]:
    parser = SSEParser()
    events = [e for c in chunks for e in parser.feed(c)]
    return events + parser.flush()


@pytest.mark.parametrize(
    ("stream", "expected"),
    [
        (b"data: a\n\n", [SSEEvent(None, "a")]),
        (b"data: a\r\n\r\n", [SSEEvent(None, "a")]),
        (b"data: a\r\r", [SSEEvent(None, "a")]),
        (b"event: x\ndata: {}\n\n", [SSEEvent("x", "{}")]),
        (b"data: one\ndata: two\n\n", [SSEEvent(None, "one\ntwo")]),
        (b": comment\ndata: a\n\n", [SSEEvent(None, "a")]),
        (b"data:nospace\n\n", [SSEEvent(None, "nospace")]),
        (b"data:  two spaces\n\n", [SSEEvent(None, " two spaces")]),
        (b"data\n\n", [SSEEvent(None, "")]),
        (b"event: ping\n\n", []),
        (b"id: 1\nretry: 5\ndata: a\n\n", [SSEEvent(None, "a")]),
        (b"event: a\ndata: 1\n\ndata: 2\n\n", [SSEEvent("a", "1"), SSEEvent(None, "2")]),
        (b"\xef\xbb\xbfdata: bom\n\n", [SSEEvent(None, "bom")]),
        (b"data: \xc3\xa9t\xc3\xa9\n\n", [SSEEvent(None, "été")]),
        (b"event:\ndata: a\n\n", [SSEEvent(None, "a")]),
        (b"\n\n\ndata: a\n\n", [SSEEvent(None, "a")]),
    ],
)
def test_parse_table(stream: bytes, expected: list[SSEEvent]) -> None:
    """Each wire form parses to the listed events, whole or cut at every byte."""
    assert parse_all([stream]) == expected
    assert parse_all([bytes([b]) for b in stream]) == expected
    for cut in range(1, len(stream)):
        assert parse_all([stream[:cut], stream[cut:]]) == expected


def test_incomplete_event_waits_for_blank_line() -> None:
    """An event is not dispatched until its blank line arrives."""
    parser = SSEParser()
    assert parser.feed(b"data: a\n") == []
    assert parser.feed(b"\n") == [SSEEvent(None, "a")]


def test_crlf_split_between_chunks_is_one_line_end() -> None:
    """A CR ending one chunk and an LF starting the next count as one line end."""
    parser = SSEParser()
    assert parser.feed(b"data: a\r") == []
    assert parser.feed(b"\n\r") == [SSEEvent(None, "a")]
    assert parser.feed(b"\ndata: b\n\n") == [SSEEvent(None, "b")]


@pytest.mark.parametrize(
    ("tail", "expected"),
    [
        (b"data: last", [SSEEvent(None, "last")]),
        (b"data: last\n", [SSEEvent(None, "last")]),
        (b"", []),
        (b"event: x", []),
    ],
)
def test_flush_dispatches_unterminated_event(tail: bytes, expected: list[SSEEvent]) -> None:
    """flush() returns a final event whose blank line never came, and nothing else."""
    parser = SSEParser()
    assert parser.feed(tail) == []
    assert parser.flush() == expected


def test_short_stream_that_could_be_a_bom_prefix() -> None:
    """A first chunk shorter than a BOM is buffered until it can be told apart."""
    parser = SSEParser()
    assert parser.feed(b"\xef") == []
    assert parser.feed(b"\xbb\xbfdata: a\n\n") == [SSEEvent(None, "a")]


@pytest.mark.parametrize(
    ("data", "event", "wire"),
    [
        (b"{}", None, b"data: {}\n\n"),
        ("{}", "message_stop", b"event: message_stop\ndata: {}\n\n"),
        ("a\nb", None, b"data: a\ndata: b\n\n"),
        (b"a\r\nb", "e", b"event: e\ndata: a\ndata: b\n\n"),
        ("[DONE]", None, b"data: [DONE]\n\n"),
        ("a\n", None, b"data: a\ndata: \n\n"),
        ("", None, b"data: \n\n"),
    ],
)
def test_format_event_table(data: bytes | str, event: str | None, wire: bytes) -> None:
    """format_event frames data (one data line per line) with an optional event line."""
    assert format_event(data, event) == wire


@given(
    st.lists(
        st.tuples(
            st.one_of(st.none(), st.text(text_chars("\r\n"), min_size=1)),
            st.text(text_chars("\r"), max_size=40),
        ),
        max_size=5,
    ),
    st.integers(min_value=1, max_value=17),
)
def test_format_then_parse_round_trips(events: list[tuple[str | None, str]], size: int) -> None:
    """Whatever format_event frames, SSEParser gives back, however the bytes are cut."""
    wire = b"".join(format_event(data, name) for name, data in events)
    pieces = [wire[i : i + size] for i in range(0, len(wire), size)]
    assert parse_all(pieces) == [SSEEvent(name, data) for name, data in events]


@pytest.mark.parametrize(
    "chunks",
    [
        [b"data: " + b"x" * 30],
        [b"data: " + b"x" * 10 + b"\n", b"data: " + b"y" * 10 + b"\n"],
    ],
)
def test_oversized_event_is_an_upstream_error(chunks: list[bytes]) -> None:
    """A line or event over max_event_bytes raises UpstreamError instead of buffering on."""
    parser = SSEParser(max_event_bytes=16)
    with pytest.raises(UpstreamError):
        for chunk in chunks:
            parser.feed(chunk)


def test_event_size_limit_resets_per_event() -> None:
    """The size limit applies per event: many small events are fine."""
    parser = SSEParser(max_event_bytes=16)
    events = [e for _ in range(10) for e in parser.feed(b"data: 0123456789\n\n")]
    assert len(events) == 10
