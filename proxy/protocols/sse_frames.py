"""Upstream event streams cut into whole, validated events — byte for byte as they came.

A relay that forwards upstream bytes as they arrive forwards half events too: when the upstream then
breaks, the client's parser joins that half to whatever comes next (our error event included). The
:class:`EventFramer` releases bytes only at event boundaries, after checking the event against the
grammar (WHATWG event-stream fields ``data``, ``event``, ``id``, ``retry`` and ``:`` comments; no
other lines) and the LLM APIs' payload rule (each event's data is JSON, or OpenAI's ``[DONE]``).

It also knows when the answer is complete: after ``data: [DONE]`` (OpenAI, Mistral), an Anthropic
``message_stop`` or a Responses API ``response.completed``/``failed``/``incomplete`` event nothing
more is released, whatever the upstream sends after it.
"""

from __future__ import annotations

import orjson

from proxy.errors import UpstreamProtocolError
from proxy.protocols.sse import DEFAULT_MAX_EVENT_BYTES

_FIELDS = frozenset({b"data", b"event", b"id", b"retry"})
_TERMINAL_EVENTS = frozenset(
    {b"message_stop", b"response.completed", b"response.failed", b"response.incomplete"}
)
_DONE = b"[DONE]"
_BOM = b"\xef\xbb\xbf"
_LINE_ENDS = (b"\n", b"\r")


class EventFramer:
    """Feed upstream bytes in any slicing; get back whole, valid events (or an error).

    ``feed`` returns the bytes of the events its chunk completed (``b""`` while an event is still
    open); ``finish`` is called once the upstream body ended and returns a last event whose blank
    line never came, if that event is whole. An invalid event, or a stream that ends inside an
    event, raises :class:`~proxy.errors.UpstreamProtocolError`. ``count`` is the number of events
    released; ``done`` turns true at the answer's last event — or at the upstream's own error event
    (Anthropic's ``event: error``, OpenAI's ``data: {"error": …}``), which also sets ``failed``.
    """

    __slots__ = (
        "_buf",
        "_data",
        "_event",
        "_max",
        "_name",
        "_size",
        "_started",
        "count",
        "done",
        "failed",
    )

    def __init__(self, max_event_bytes: int = DEFAULT_MAX_EVENT_BYTES) -> None:
        self._max = max_event_bytes
        self._buf: bytes | bytearray = b""
        self._event: list[bytes] = []
        self._data: list[bytes] = []
        self._name = b""
        self._size = 0
        self._started = False
        self.count = 0
        self.done = False
        self.failed = False

    def feed(self, chunk: bytes) -> bytes:
        """The whole events ``chunk`` completed, as received."""
        if self.done:
            return b""
        if (
            self._started
            and not self._buf
            and not self._event
            and chunk[-2:] == b"\n\n"
            and b"\r" not in chunk
            and b"\n\n\n" not in chunk
        ):
            return self._whole(chunk)
        if (
            self._started
            and self._buf[-1:] not in (b"", b"\r")
            and b"\n" not in chunk
            and b"\r" not in chunk
        ):
            return self._extend(chunk)  # more of a long line: no rescan of what came before
        buf = bytes(self._buf) + chunk if self._buf else chunk
        if not self._started:
            if len(buf) < len(_BOM) and _BOM.startswith(buf):
                self._buf = buf
                return b""
            self._started = True
            buf = buf.removeprefix(_BOM)
        lines = buf.splitlines(keepends=True)
        # An unfinished line waits; so does a final CR, which may be half of a CRLF.
        if lines and (not lines[-1].endswith(_LINE_ENDS) or lines[-1].endswith(b"\r")):
            self._buf = lines.pop()
        else:
            self._buf = b""
        out: list[bytes] = []
        for line in lines:
            if self._line(line):
                out.append(self._release())
                if self.done:
                    break
        if self._size + len(self._buf) > self._max:
            raise UpstreamProtocolError(f"upstream stream event exceeds {self._max} bytes")
        return b"".join(out)

    def _extend(self, chunk: bytes) -> bytes:
        """Append to the unfinished line in place, so a long line costs linear time however
        thinly the upstream slices it."""
        if type(self._buf) is bytes:
            self._buf = bytearray(self._buf)
        self._buf += chunk
        if self._size + len(self._buf) > self._max:
            raise UpstreamProtocolError(f"upstream stream event exceeds {self._max} bytes")
        return b""

    def _whole(self, chunk: bytes) -> bytes:
        """Fast path for the usual upstream write: whole, LF-framed events and nothing else."""
        end = 0
        for block in chunk[:-2].split(b"\n\n"):
            end += len(block) + 2
            nl = block.find(b"\n")
            if nl < 0 and block[:6] == b"data: ":  # OpenAI, Mistral: one data line
                self._dispatch(block[6:], b"")
            elif (
                block[:7] == b"event: "
                and block[nl + 1 : nl + 7] == b"data: "
                and block.find(b"\n", nl + 1) < 0
            ):  # Anthropic: an event line and a data line
                self._dispatch(block[nl + 7 :], block[7:nl])
            else:
                for line in block.split(b"\n"):
                    self._line(line + b"\n")
                self._line(b"\n")
                self._release()
            if self.done:
                return chunk[:end]
        return chunk

    def finish(self) -> bytes:
        """End of the upstream body: a whole last event without its blank line, else nothing."""
        if self.done:
            return b""
        tail, self._buf = bytes(self._buf), b""
        try:
            if tail and self._line(tail if tail.endswith(_LINE_ENDS) else tail + b"\n"):
                return self._release()
            if not self._data:  # nothing, comments or a lone event name
                return b""
            self._line(b"\n")
        except UpstreamProtocolError:
            raise UpstreamProtocolError("the upstream stream ended inside an event") from None
        return self._release()

    def _line(self, line: bytes) -> bool:
        """Take one whole line; True when it ended an event (valid, or only comments)."""
        self._event.append(line)
        bare = line.rstrip(b"\r\n")
        if bare:
            self._size += len(line)
            if bare[:1] != b":":
                name, _, value = bare.partition(b":")
                value = value[1:] if value[:1] == b" " else value
                if name == b"data":
                    self._data.append(value)
                elif name == b"event":
                    self._name = value
                elif name not in _FIELDS:
                    raise UpstreamProtocolError(
                        "the upstream event stream has a line that is not a server-sent event"
                    )
            return False
        if not self._data:  # comments or a lone event name pass on; a stray blank line does not
            if len(self._event) > 1:
                return True
            self._event = []
            return False
        self._dispatch(
            self._data[0] if len(self._data) == 1 else b"\n".join(self._data), self._name
        )
        return True

    def _dispatch(self, data: bytes, name: bytes) -> None:
        """One whole event with data: its payload must be JSON (or [DONE])."""
        if data == _DONE:
            self.done = True
        else:
            try:
                payload = orjson.loads(data)
            except orjson.JSONDecodeError:
                raise UpstreamProtocolError(
                    "the upstream sent an event whose data is not JSON"
                ) from None
            self.failed = name == b"error" or (type(payload) is dict and "error" in payload)
            self.done = self.failed or name in _TERMINAL_EVENTS
        self.count += 1

    def _release(self) -> bytes:
        event = b"".join(self._event)
        self._event, self._data, self._name, self._size = [], [], b"", 0
        return event
