"""What the stream restorers share: the event they read and write, and its JSON.

An event is ``(name, data)``: the SSE ``event:`` name (None when the stream gives none, as Chat
Completions streams do) and the data, joined lines. Pure: no I/O.
"""

from __future__ import annotations

from typing import Any, Protocol

import orjson

#: One SSE event: its ``event:`` name (or None) and its data.
Event = tuple[str | None, str]


class EventRestorer(Protocol):
    """Restores one answer's events in the client's protocol."""

    def feed(self, name: str | None, data: str) -> list[Event] | None:
        """None when the event goes out as it came and nothing goes before it; otherwise the
        events to write in its place (synthetic deltas first, then the event, rewritten)."""

    def finish(self) -> list[Event]:
        """Events carrying whatever is still held once the stream ended."""


def load(data: str) -> dict[str, Any] | None:
    """An event's JSON object, or None (not JSON, or not an object: it passes unchanged)."""
    try:
        obj = orjson.loads(data)
    except orjson.JSONDecodeError:
        return None
    return obj if isinstance(obj, dict) else None


def dump(obj: dict[str, Any]) -> str:
    """An event's JSON data (one line)."""
    return orjson.dumps(obj).decode()


def as_int(value: Any) -> int | None:
    """An index from an event (ints only; booleans are not indexes)."""
    return value if type(value) is int else None
