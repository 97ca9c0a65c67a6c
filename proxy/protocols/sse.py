"""Server-sent events: an incremental parser and a framer.

Both providers stream over ``text/event-stream``. Upstream bytes arrive cut at arbitrary
places (inside a line, between ``\\r`` and ``\\n``, inside a multi-byte character), so
:class:`SSEParser` buffers what it cannot finish yet and returns only complete events.

The parser follows the WHATWG event-stream rules that matter here: lines end with ``\\n``,
``\\r\\n`` or ``\\r``; ``data`` lines of one event join with ``\\n``; a line starting with
``:`` is a comment; a single space after the colon is dropped; an event without data is
not dispatched; a leading byte-order mark is ignored. ``id`` and ``retry`` are not needed
by any LLM API and are skipped.
"""

from __future__ import annotations

from dataclasses import dataclass

from proxy.errors import UpstreamError

DEFAULT_MAX_EVENT_BYTES = 16 * 1024 * 1024
"""Far above any real event (a whole tool call's arguments), far below memory trouble."""
_LINE_ENDS = (b"\n", b"\r")
_BOM = b"\xef\xbb\xbf"


@dataclass(frozen=True, slots=True)
class SSEEvent:
    """One dispatched event: its ``event`` name (None when the stream gave none) and data."""

    event: str | None
    data: str


class SSEParser:
    """Turn a byte stream into :class:`SSEEvent` objects, chunk by chunk.

    ``feed`` may be called with any slicing of the stream; events come out exactly once, in
    order, as soon as their terminating blank line has arrived. An event (or a line) longer
    than ``max_event_bytes`` raises :class:`~proxy.errors.UpstreamError`, so a backend that
    never sends a line end cannot make the proxy buffer without bound.
    """

    __slots__ = ("_buf", "_data", "_event", "_max", "_size", "_skip_lf", "_started")

    def __init__(self, max_event_bytes: int = DEFAULT_MAX_EVENT_BYTES) -> None:
        self._max = max_event_bytes
        self._size = 0
        self._buf = b""
        self._data: list[str] = []
        self._event: str | None = None
        self._skip_lf = False
        self._started = False

    def feed(self, chunk: bytes) -> list[SSEEvent]:
        """Consume ``chunk`` and return the events it completed (possibly none)."""
        if self._skip_lf and chunk:
            self._skip_lf = False
            if chunk[:1] == b"\n":
                chunk = chunk[1:]
        buf = self._buf + chunk if self._buf else chunk
        if not self._started:
            if len(buf) < len(_BOM) and _BOM.startswith(buf):
                self._buf = buf
                return []
            self._started = True
            buf = buf.removeprefix(_BOM)
        lines = buf.splitlines(keepends=True)
        if lines and not lines[-1].endswith(_LINE_ENDS):
            self._buf = lines.pop()
            self._check(len(self._buf))
        else:
            self._buf = b""
        if lines and lines[-1].endswith(b"\r"):
            # A CR may be the first half of CRLF whose LF is in the next chunk.
            self._skip_lf = True
        events: list[SSEEvent] = []
        for raw in lines:
            event = self._line(raw.rstrip(b"\r\n").decode("utf-8", "replace"))
            if event is not None:
                events.append(event)
        return events

    def flush(self) -> list[SSEEvent]:
        """End of stream: return a last event whose blank line never came (lenient)."""
        events = self.feed(b"\n") if self._buf else []
        if self._data:
            events.append(self._dispatch_line())
        return events

    def _line(self, line: str) -> SSEEvent | None:
        if not line:
            if self._data:
                return self._dispatch_line()
            self._reset()
            return None
        if line[0] == ":":
            return None
        name, sep, value = line.partition(":")
        if sep and value[:1] == " ":
            value = value[1:]
        if name == "data":
            self._size += len(value)
            self._check(0)
            self._data.append(value)
        elif name == "event":
            self._event = value
        return None

    def _dispatch_line(self) -> SSEEvent:
        event = SSEEvent(self._event or None, "\n".join(self._data))
        self._reset()
        return event

    def _reset(self) -> None:
        self._data = []
        self._event = None
        self._size = 0

    def _check(self, pending: int) -> None:
        if self._size + pending > self._max:
            raise UpstreamError(f"upstream stream event exceeds {self._max} bytes")


def format_event(data: bytes | str, event: str | None = None) -> bytes:
    """Frame one event: optional ``event:`` line, a ``data:`` line per data line, blank line."""
    raw = data.encode() if isinstance(data, str) else data
    head = b"event: " + event.encode() + b"\n" if event is not None else b""
    if b"\n" not in raw and b"\r" not in raw:
        return head + b"data: " + raw + b"\n\n"
    lines = raw.replace(b"\r\n", b"\n").replace(b"\r", b"\n").split(b"\n")
    body = b"".join(b"data: " + line + b"\n" for line in lines)
    return head + body + b"\n"
