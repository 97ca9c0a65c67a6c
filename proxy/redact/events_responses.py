"""Restore a Responses API event stream, event by event (see :mod:`proxy.redact.events`).

Channels: (``output_index``, ``content_index``) for ``response.output_text.delta`` and
``response.refusal.delta``, ``output_index`` for ``response.function_call_arguments.delta``
(JSON-escaped), (``output_index``, ``summary_index``) for
``response.reasoning_summary_text.delta`` and (``output_index``, ``content_index``) for
``response.reasoning_text.delta``. A channel's held tail goes out in a synthetic delta just
before the channel's ``.done`` event (or before ``response.completed`` / ``.incomplete`` /
``.failed``, and at :meth:`finish`).

Events that carry whole texts — the ``.done`` events, ``response.content_part.*``,
``response.output_item.*``, ``response.created`` … ``response.completed`` — are restored whole
with :mod:`proxy.redact.answers`, through a twin restorer: they repeat what the deltas already
restored and counted. Every event carries a ``sequence_number``; once a synthetic event is
inserted the ones after it are renumbered, so the client still sees 0, 1, 2 … Pure: no I/O.
"""

from __future__ import annotations

from typing import Any

from proxy.redact import answers
from proxy.redact.event_kit import Event, as_int, dump, load
from proxy.redact.restore import Restorer, TextStream

#: delta event type → (channel kind, second index key or None, JSON-escaped, done event type).
_DELTAS: dict[str, tuple[str, str | None, bool, str]] = {
    "response.output_text.delta": ("text", "content_index", False, "response.output_text.done"),
    "response.refusal.delta": ("refusal", "content_index", False, "response.refusal.done"),
    "response.function_call_arguments.delta": (
        "arguments", None, True, "response.function_call_arguments.done"
    ),
    "response.reasoning_summary_text.delta": (
        "summary", "summary_index", False, "response.reasoning_summary_text.done"
    ),
    "response.reasoning_text.delta": (
        "reasoning", "content_index", False, "response.reasoning_text.done"
    ),
}  # fmt: skip
#: done event type → (delta event type, the field with the whole text, JSON-escaped).
_DONES: dict[str, tuple[str, str, bool]] = {
    "response.output_text.done": ("response.output_text.delta", "text", False),
    "response.refusal.done": ("response.refusal.delta", "refusal", False),
    "response.function_call_arguments.done": (
        "response.function_call_arguments.delta", "arguments", True
    ),
    "response.reasoning_summary_text.done": (
        "response.reasoning_summary_text.delta", "text", False
    ),
    "response.reasoning_text.done": ("response.reasoning_text.delta", "text", False),
}  # fmt: skip
#: Whole-object events: type → (field, restore function).
_WHOLE: dict[str, tuple[str, Any]] = {
    "response.output_item.added": ("item", answers.restore_response_item),
    "response.output_item.done": ("item", answers.restore_response_item),
    "response.content_part.added": ("part", answers.restore_response_part),
    "response.content_part.done": ("part", answers.restore_response_part),
    "response.reasoning_summary_part.added": ("part", answers.restore_response_part),
    "response.reasoning_summary_part.done": ("part", answers.restore_response_part),
    "response.created": ("response", answers.restore_response),
    "response.in_progress": ("response", answers.restore_response),
    "response.completed": ("response", answers.restore_response),
    "response.incomplete": ("response", answers.restore_response),
    "response.failed": ("response", answers.restore_response),
}
_TEXT_DELTA = "response.output_text.delta"
_TERMINAL = frozenset({"response.completed", "response.incomplete", "response.failed"})
_Key = tuple[str, int | None, int | None]


class _Channel:
    __slots__ = ("stream", "template")

    def __init__(self, stream: TextStream, template: dict[str, Any]) -> None:
        self.stream = stream
        self.template = template


class ResponsesEvents:
    """Responses API events, restored channel by channel."""

    def __init__(self, restorer: Restorer, *, json_text: bool = False) -> None:
        self._restorer = restorer
        self._json_text = json_text
        self._whole = restorer.twin()
        self._channels: dict[_Key, _Channel] = {}
        self._shift = 0
        self._last = -1
        self._named = False

    def feed(self, name: str | None, data: str) -> list[Event] | None:
        """One event."""
        obj = load(data) if '"type"' in data else None
        kind = obj.get("type") if obj is not None else None
        if obj is None or not isinstance(kind, str):
            return None
        self._named = name is not None
        before: list[Event] = []
        if kind in _DELTAS:
            changed = self._delta(obj, kind)
        elif kind in _DONES:
            before, changed = self._done(obj, kind)
        elif kind in _WHOLE:
            if kind in _TERMINAL:
                before = self._flush(None, self._client_number(obj))
            changed = self._restore_whole(obj, *_WHOLE[kind])
        else:
            changed = False
        changed |= self._renumber(obj)
        if not changed and not before:
            return None
        return [*before, (name, dump(obj) if changed else data)]

    def finish(self) -> list[Event]:
        """Whatever every channel still holds."""
        return self._flush(None, self._last + 1 if self._last >= 0 else None)

    def _delta(self, obj: dict[str, Any], kind: str) -> bool:
        piece = obj.get("delta")
        if not isinstance(piece, str):
            return False
        key = self._key(obj, kind)
        channel = self._channels.get(key)
        if channel is None:
            escaped = _DELTAS[kind][2] or (self._json_text and kind == _TEXT_DELTA)
            template = {k: v for k, v in obj.items() if k not in ("sequence_number", "obfuscation")}
            channel = _Channel(self._restorer.stream(json_escaped=escaped), template)
            self._channels[key] = channel
        out = channel.stream.feed(piece)
        if out == piece:
            return False
        obj["delta"] = out
        return True

    def _done(self, obj: dict[str, Any], kind: str) -> tuple[list[Event], bool]:
        delta_kind, field, escaped = _DONES[kind]
        before = self._flush(self._key(obj, delta_kind), self._client_number(obj))
        text = obj.get(field)
        if not isinstance(text, str):
            return before, False
        escaped = escaped or (self._json_text and delta_kind == _TEXT_DELTA)
        out = self._whole.text(text, json_escaped=escaped)
        obj[field] = out
        return before, out != text

    def _restore_whole(self, obj: dict[str, Any], field: str, restore: Any) -> bool:
        value = obj.get(field)
        if not isinstance(value, dict):
            return False
        before = sum(self._whole.restored.values())
        restore(value, self._whole, self._json_text)
        return sum(self._whole.restored.values()) != before

    def _key(self, obj: dict[str, Any], kind: str) -> _Key:
        second = _DELTAS[kind][1]
        position = as_int(obj.get(second)) if second is not None else None
        return _DELTAS[kind][0], as_int(obj.get("output_index")), position

    def _flush(self, key: _Key | None, sequence: int | None) -> list[Event]:
        """Synthetic deltas for the tails of ``key`` (None: every channel), numbered from
        ``sequence`` (the number the client sees on the first of them)."""
        keys = [key] if key is not None else list(self._channels)
        out: list[Event] = []
        for each in keys:
            channel = self._channels.pop(each, None) if each is not None else None
            tail = channel.stream.flush() if channel is not None else ""
            if channel is None or not tail:
                continue
            event = {**channel.template, "delta": tail}
            if sequence is not None:
                event["sequence_number"] = sequence + len(out)
                self._shift += 1
            kind = str(event.get("type"))
            out.append((kind if self._named else None, dump(event)))
        return out

    def _client_number(self, obj: dict[str, Any]) -> int | None:
        """The number the client will see on this event before synthetic events precede it."""
        sequence = as_int(obj.get("sequence_number"))
        return sequence + self._shift if sequence is not None else None

    def _renumber(self, obj: dict[str, Any]) -> bool:
        sequence = as_int(obj.get("sequence_number"))
        if sequence is None:
            return False
        self._last = sequence + self._shift
        if not self._shift:
            return False
        obj["sequence_number"] = self._last
        return True
