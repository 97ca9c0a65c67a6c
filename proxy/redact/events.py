"""Restore a streamed answer event by event, in the client's shape (DESIGN §1 stage 6).

Nothing is buffered but the shortest tail that could still become an issued pseudonym: each text
the model streams — a *channel* — has its own :class:`~proxy.redact.restore.TextStream`:

* Chat Completions: (choice, field) for ``content``, ``refusal``, ``reasoning_content`` /
  ``reasoning``; (choice, tool call index) for ``function.arguments`` and (choice) for the legacy
  ``function_call.arguments`` (JSON text: values written escaped); legacy completions: (choice)
  for ``text``;
* Anthropic Messages: the content block index, for ``text_delta`` and, JSON-escaped,
  ``input_json_delta.partial_json`` (thinking blocks are signed and never touched);
* Responses: see :mod:`proxy.redact.events_responses`.

What a channel holds is written in a synthetic delta event of the same shape just before the
event that closes the channel — Chat: the chunk carrying the choice's ``finish_reason`` (appended
to that chunk's own delta when it carries more of the channel), ``[DONE]``; Anthropic:
``content_block_stop`` (``message_delta`` / ``message_stop`` for a block never stopped) — and at
:meth:`finish`. Events that are not JSON, or not ones these restorers know, pass unchanged. Pure.
"""

from __future__ import annotations

from typing import Any

from proxy.redact.event_kit import Event, EventRestorer, as_int, dump, load
from proxy.redact.events_responses import ResponsesEvents
from proxy.redact.restore import Restorer, TextStream

_CHAT_TEXTS = ("content", "refusal", "reasoning_content", "reasoning")
#: Chat channel: (choice index, field) or (choice index, "tool_calls", tool call index).
_Key = tuple[int, str] | tuple[int, str, int]
_Target = tuple[dict[str, Any], str]
_HEAD = ("id", "object", "created", "model")


def event_restorer(
    endpoint: str, restorer: Restorer, *, json_text: bool = False
) -> EventRestorer | None:
    """The event restorer for a stream of this endpoint's answer (None: nothing to restore).
    ``json_text``: the request asked for a JSON answer (see ``answers.asks_json``)."""
    if not restorer.active:
        return None
    if endpoint == "chat.completions":
        return ChatEvents(restorer, json_text=json_text)
    if endpoint == "completions":
        return ChatEvents(restorer, legacy=True)
    if endpoint == "messages":
        return AnthropicEvents(restorer, json_text=json_text)
    if endpoint == "responses":
        return ResponsesEvents(restorer, json_text=json_text)
    return None


class ChatEvents:
    """Chat Completions (or, ``legacy``, completions) chunks, restored choice by choice."""

    def __init__(self, restorer: Restorer, *, legacy: bool = False, json_text: bool = False):
        self._restorer = restorer
        self._legacy = legacy
        self._escaped = (
            ("tool_calls", "function_call", "content")
            if json_text
            else ("tool_calls", "function_call")
        )
        self._channels: dict[_Key, TextStream] = {}
        self._last: dict[str, Any] = {}
        self._name: str | None = None

    def feed(self, name: str | None, data: str) -> list[Event] | None:
        """One chunk (or ``[DONE]``)."""
        if data == "[DONE]":
            tails = self._flush(None)
            return [*tails, (name, data)] if tails else None
        obj = load(data) if '"choices"' in data else None
        choices = obj.get("choices") if obj is not None else None
        if obj is None or not isinstance(choices, list):
            return None
        self._name, self._last = name, obj
        changed, before = False, list[Event]()
        for choice in choices:
            if not isinstance(choice, dict):
                continue
            index = as_int(choice.get("index")) or 0
            holder = choice if self._legacy else choice.get("delta")
            touched = self._where(index, holder) if isinstance(holder, dict) else {}
            changed |= self._feed(touched)
            if choice.get("finish_reason") is not None:
                synthetic, joined = self._close(index, touched)
                changed |= joined
                before.extend(synthetic)
        if not changed and not before:
            return None
        return [*before, (name, dump(obj) if changed else data)]

    def finish(self) -> list[Event]:
        """Whatever every channel still holds."""
        return self._flush(None)

    def _where(self, index: int, holder: dict[str, Any]) -> dict[_Key, _Target]:
        """Where each channel's piece sits in this choice of the chunk."""
        touched: dict[_Key, _Target] = {}
        fields = ("text",) if self._legacy else _CHAT_TEXTS
        for field in fields:
            if isinstance(holder.get(field), str):
                touched[(index, field)] = (holder, field)
        if not self._legacy:
            for call in holder.get("tool_calls") or ():
                function = call.get("function") if isinstance(call, dict) else None
                if isinstance(function, dict) and isinstance(function.get("arguments"), str):
                    k = as_int(call.get("index")) or 0
                    touched[(index, "tool_calls", k)] = (function, "arguments")
            function = holder.get("function_call")
            if isinstance(function, dict) and isinstance(function.get("arguments"), str):
                touched[(index, "function_call")] = (function, "arguments")
        return touched

    def _feed(self, touched: dict[_Key, _Target]) -> bool:
        """Feed the pieces to their channels; True when one was rewritten."""
        changed = False
        for key, (target, field) in touched.items():
            piece = target[field]
            out = self._channel(key).feed(piece)
            if out != piece:
                target[field] = out
                changed = True
        return changed

    def _channel(self, key: _Key) -> TextStream:
        stream = self._channels.get(key)
        if stream is None:
            json_escaped = key[1] in self._escaped
            stream = self._channels[key] = self._restorer.stream(json_escaped=json_escaped)
        return stream

    def _close(self, index: int, touched: dict[_Key, _Target]) -> tuple[list[Event], bool]:
        """The choice finished: tails of channels in this chunk join it, the others go in a
        synthetic chunk before it."""
        changed, untouched = False, []
        for key in [key for key in self._channels if key[0] == index]:
            tail = self._channels.pop(key).flush()
            if not tail:
                continue
            if key in touched:
                target, field = touched[key]
                target[field] += tail
                changed = True
            else:
                untouched.append((key, tail))
        return ([self._synthetic(index, untouched)] if untouched else []), changed

    def _flush(self, index: int | None) -> list[Event]:
        by_choice: dict[int, list[tuple[_Key, str]]] = {}
        for key, stream in list(self._channels.items()):
            if index is None or key[0] == index:
                del self._channels[key]
                tail = stream.flush()
                if tail:
                    by_choice.setdefault(key[0], []).append((key, tail))
        return [self._synthetic(i, tails) for i, tails in by_choice.items()]

    def _synthetic(self, index: int, tails: list[tuple[_Key, str]]) -> Event:
        delta: dict[str, Any] = {}
        for key, tail in tails:
            if len(key) == 3:
                call = {"index": key[2], "function": {"arguments": tail}}
                delta.setdefault("tool_calls", []).append(call)
            elif key[1] == "function_call":
                delta["function_call"] = {"arguments": tail}
            else:
                delta[key[1]] = tail
        choice: dict[str, Any] = {"index": index, "finish_reason": None}
        if self._legacy:
            choice.update(text=delta.get("text", ""), logprobs=None)
        else:
            choice["delta"] = delta
        head: dict[str, Any] = {k: v for k, v in self._last.items() if k in _HEAD}
        return self._name, dump({**head, "choices": [choice]})


class AnthropicEvents:
    """Anthropic Messages events, restored content block by content block."""

    def __init__(self, restorer: Restorer, *, json_text: bool = False) -> None:
        self._restorer = restorer
        self._json_text = json_text
        self._channels: dict[int, tuple[TextStream, str]] = {}

    def feed(self, name: str | None, data: str) -> list[Event] | None:
        """One event."""
        obj = load(data) if '"type"' in data else None
        kind = obj.get("type") if obj is not None else None
        if obj is None or kind == "ping":
            return None
        index = as_int(obj.get("index"))
        if kind == "content_block_delta" and index is not None:
            return self._delta(name, obj, index)
        if kind == "content_block_start" and index is not None:
            return self._start(name, obj, index)
        if kind == "content_block_stop" and index is not None:
            before = self._flush(index)
        elif kind in ("message_delta", "message_stop"):
            before = self._flush(None)
        else:
            return None
        return [*before, (name, data)] if before else None

    def finish(self) -> list[Event]:
        """Whatever every block still holds."""
        return self._flush(None)

    def _delta(self, name: str | None, obj: dict[str, Any], index: int) -> list[Event] | None:
        delta = obj.get("delta")
        kind = delta.get("type") if isinstance(delta, dict) else None
        field = {"text_delta": "text", "input_json_delta": "partial_json"}.get(str(kind))
        if field is None or not isinstance(delta, dict) or not isinstance(delta.get(field), str):
            return None
        channel = self._channels.get(index)
        if channel is None:
            escaped = field == "partial_json" or self._json_text
            stream = self._restorer.stream(json_escaped=escaped)
            channel = self._channels[index] = (stream, str(kind))
        piece = delta[field]
        out = channel[0].feed(piece)
        if out == piece:
            return None
        delta[field] = out
        return [(name, dump(obj))]

    def _start(self, name: str | None, obj: dict[str, Any], index: int) -> list[Event] | None:
        block = obj.get("content_block")
        kind = block.get("type") if isinstance(block, dict) else None
        if not isinstance(block, dict) or kind not in ("text", "tool_use"):
            return None
        tool = kind == "tool_use"
        stream = self._restorer.stream(json_escaped=tool or self._json_text)
        self._channels[index] = (stream, "input_json_delta" if tool else "text_delta")
        if kind == "text" and isinstance(block.get("text"), str) and block["text"]:
            block["text"] = stream.feed(block["text"])
            return [(name, dump(obj))]
        if kind == "tool_use" and block.get("input"):
            block["input"] = self._restorer.value(block["input"])
            return [(name, dump(obj))]
        return None

    def _flush(self, index: int | None) -> list[Event]:
        out: list[Event] = []
        for i in [index] if index is not None else list(self._channels):
            channel = self._channels.pop(i, None) if i is not None else None
            tail = channel[0].flush() if channel is not None else ""
            if channel is not None and tail:
                field = "text" if channel[1] == "text_delta" else "partial_json"
                delta = {"type": channel[1], field: tail}
                event = {"type": "content_block_delta", "index": i, "delta": delta}
                out.append(("content_block_delta", dump(event)))
        return out
