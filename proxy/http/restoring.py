"""The way back of ``redact_then_route``: an adapter whose answers have the real values restored.

:class:`Restoring` wraps the adapter of one (client protocol, backend protocol) pairing. The
request goes as the inner adapter builds it (from the pseudonymised body); a JSON answer is first
put in the client's shape by the inner adapter, then restored (:mod:`proxy.redact.answers`); a
stream's client bytes — whole SSE events, LF, CRLF or CR framed — are restored event by event
(:mod:`proxy.redact.events`), so translated streams are restored in the protocol the client reads.
When the request asked for a JSON answer its text is JSON, and values are written JSON-escaped
in it. Error bodies are not restored: they carry no answer. Events left unchanged go out byte for
byte; rewritten ones keep their line ends.
"""

from __future__ import annotations

import orjson

from proxy.backends.upstream import UpstreamRequest
from proxy.exchange import Exchange
from proxy.http.adapt import Adapter, StreamTransform
from proxy.protocols.sse import format_event
from proxy.redact.answers import asks_json, restore_body
from proxy.redact.event_kit import Event, EventRestorer
from proxy.redact.events import event_restorer
from proxy.redact.restore import Restorer

_BLANK = (b"\n", b"\r\n", b"\r")


class Restoring:
    """An ``Adapter`` whose client-shaped answers are restored by ``restorer``."""

    def __init__(
        self, inner: Adapter, endpoint: str, restorer: Restorer, *, json_text: bool = False
    ) -> None:
        self._inner = inner
        self._endpoint = endpoint
        self._restorer = restorer
        self._json_text = json_text

    def request(self) -> UpstreamRequest:
        """The inner adapter's request (already pseudonymised)."""
        return self._inner.request()

    def response_body(self, body: bytes) -> bytes:
        """The inner adapter's client body, restored."""
        body = self._inner.response_body(body)
        return restore_body(self._endpoint, body, self._restorer, json_text=self._json_text)

    def error_body(self, body: bytes, status: int) -> bytes:
        """The inner adapter's error body, unchanged."""
        return self._inner.error_body(body, status)

    def stream_transform(self) -> StreamTransform:
        """The inner transform, its events restored."""
        inner = self._inner.stream_transform()
        events = event_restorer(self._endpoint, self._restorer, json_text=self._json_text)
        return inner if events is None else RestoringStream(inner, events)


class RestoringStream:
    """Client SSE bytes (whole events) in, the same events restored out."""

    __slots__ = ("_end", "_events", "_inner")

    def __init__(self, inner: StreamTransform, events: EventRestorer) -> None:
        self._inner = inner
        self._events = events
        self._end = b"\n"

    def feed(self, chunk: bytes) -> bytes:
        """The inner transform's bytes for ``chunk``, restored."""
        out = self._inner.feed(chunk)
        return self._restore(out) if out else out

    def finish(self) -> bytes:
        """The inner transform's last bytes, restored, then whatever is still held."""
        tail = self._inner.finish()
        out = self._restore(tail) if tail else b""
        held = self._events.finish()
        return out + self._frame(held, self._end) if held else out

    def _restore(self, raw: bytes) -> bytes:
        parts: list[bytes] = []
        changed = False
        for event in split_events(raw):
            name, data = parse_event(event)
            rewritten = self._feed(name, data) if data is not None else None
            if rewritten is None:
                parts.append(event)
                continue
            changed = True
            self._end = _line_end(event)
            parts.append(self._frame(rewritten, self._end))
        return b"".join(parts) if changed else raw

    def _feed(self, name: str | None, data: str) -> list[Event] | None:
        try:
            return self._events.feed(name, data)
        except (RecursionError, orjson.JSONEncodeError):
            return None  # nested deeper than can be written again: the event goes as it came

    @staticmethod
    def _frame(events: list[Event], end: bytes) -> bytes:
        framed = b"".join(format_event(data, name) for name, data in events)
        return framed if end == b"\n" else framed.replace(b"\n", end)


def split_events(raw: bytes) -> list[bytes]:
    """Whole SSE events, each with its closing blank line (a last one may lack it)."""
    if raw.count(b"\n\n") == 1 and raw.endswith(b"\n\n") and b"\r" not in raw:
        return [raw]
    events: list[bytes] = []
    start = pos = 0
    for line in raw.splitlines(keepends=True):
        pos += len(line)
        if line in _BLANK and pos - len(line) > start:
            events.append(raw[start:pos])
            start = pos
    if start < len(raw):
        events.append(raw[start:])
    return events


def parse_event(event: bytes) -> tuple[str | None, str | None]:
    """An event's ``event:`` name and joined ``data:`` lines (None when it has no data)."""
    if event.startswith(b"data: ") and event.find(b"\n") == len(event) - 2 and b"\r" not in event:
        return None, event[6:-2].decode("utf-8", "replace")  # one data line, LF framed
    name: str | None = None
    data: list[str] = []
    for line in event.splitlines():
        field, sep, value = line.partition(b":")
        if not sep:
            continue
        if value[:1] == b" ":
            value = value[1:]
        if field == b"data":
            data.append(value.decode("utf-8", "replace"))
        elif field == b"event":
            name = value.decode("utf-8", "replace")
    return name, "\n".join(data) if data else None


def _line_end(event: bytes) -> bytes:
    if event.endswith(b"\r\n"):
        return b"\r\n"
    return b"\r" if event.endswith(b"\r") else b"\n"


def restoring(adapter: Adapter, exchange: Exchange) -> Adapter:
    """``adapter``, wrapped to restore the answer when the request was pseudonymised."""
    if exchange.restorer is None:
        return adapter
    json_text = asks_json(exchange.endpoint, exchange.body)
    return Restoring(adapter, exchange.endpoint, exchange.restorer, json_text=json_text)
