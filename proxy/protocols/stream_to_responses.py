"""Anthropic Messages stream → OpenAI Responses API stream, one upstream event at a time.

Event mapping (every event carries ``sequence_number``; frames are ``event: <type>``):

=============================================  ==================================================
Anthropic event                                Responses events emitted
=============================================  ==================================================
``message_start``                              ``response.created``, ``response.in_progress``
``content_block_start`` text / output tool     ``response.output_item.added`` (message),
                                               ``response.content_part.added`` (output_text)
``text_delta`` / output tool's JSON fragment   ``response.output_text.delta``
``content_block_start`` tool_use               ``response.output_item.added`` (function_call)
``input_json_delta``                           ``response.function_call_arguments.delta``
``content_block_stop`` (text)                  ``response.output_text.done``,
                                               ``response.content_part.done``,
                                               ``response.output_item.done``
``content_block_stop`` (tool_use)              ``response.function_call_arguments.done``,
                                               ``response.output_item.done``
``message_delta``                              nothing: stop reason and usage are remembered
``message_stop``                               ``response.completed`` (``response.incomplete``
                                               when max tokens cut it) with output and usage
``error``, or a stream cut before the stop     ``error`` then ``response.failed``
``ping``, thinking blocks, others              nothing
=============================================  ==================================================

A stream whose first event is not ``message_start`` still opens with ``response.created``, so
the client's lifecycle is whole whatever the backend sends.

The output tool is the one that carries a JSON ``text.format`` (see ``structured``): its input
streams out as message text, as OpenAI streams structured output. Text blocks are then held
back: the JSON answer replaces them (Anthropic writes none before a forced tool), and only a
turn without the output tool sends them, at its end — as the non-streaming translation does.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Literal

import orjson

from proxy.protocols._shape import BAD_EVENT, as_dict, as_index, event_object
from proxy.protocols.responses_from_anthropic import (
    call_item,
    call_item_id,
    message_item_id,
    response_id,
    response_object,
    responses_usage,
    status_of,
    text_item,
)
from proxy.protocols.sse import SSEEvent, format_event

_BODY_EVENTS = (
    "content_block_start",
    "content_block_delta",
    "content_block_stop",
    "message_delta",
    "message_stop",
)


@dataclass(slots=True)
class _Open:
    """An output item whose Anthropic content block has not stopped yet."""

    output_index: int
    kind: Literal["text", "call"]
    item_id: str
    call_id: str = ""
    name: str = ""
    parts: list[str] = field(default_factory=list)


class AnthropicToResponsesStream:
    """State machine turning Anthropic SSE events into Responses API SSE events.

    ``request`` is the client's Responses request (its settings are echoed in the response
    object); ``created`` (Unix seconds) is a parameter because this module reads no clock.
    """

    def __init__(
        self, request: dict[str, Any], model: str, created: int, json_tool: str | None = None
    ) -> None:
        self._request = request
        self._model = model
        self._created = created
        self._json_tool = json_tool
        self._answered = False
        self._held: dict[int, list[str]] = {}
        self._rid = "resp_unknown"
        self._seq = 0
        self._output: list[dict[str, Any]] = []
        self._open: dict[int, _Open] = {}
        self._usage: dict[str, Any] = {}
        self._stop_reason: str | None = None
        self._started = False
        self._done = False

    @property
    def done(self) -> bool:
        """True once the stream has been terminated (completed, incomplete or failed)."""
        return self._done

    def feed(self, event: SSEEvent) -> list[bytes]:
        """Translate one upstream event; returns zero or more complete Responses events."""
        if self._done:
            return []
        data = event_object(event.data)
        if data is None:
            return self._fail(BAD_EVENT)
        kind = data.get("type") or event.event
        if kind == "message_start":
            return self._start(as_dict(data.get("message")))
        if kind in _BODY_EVENTS and not self._started:  # the lifecycle always opens the stream
            return self._start({}) + self._dispatch(kind, data)
        return self._dispatch(kind, data)

    def _dispatch(self, kind: Any, data: dict[str, Any]) -> list[bytes]:
        if kind == "content_block_delta":
            return self._delta(data)
        if kind == "content_block_start":
            return self._block_start(
                as_index(data.get("index")), as_dict(data.get("content_block"))
            )
        if kind == "content_block_stop":
            return self._block_stop(as_index(data.get("index")))
        if kind == "message_delta":
            self._message_delta(data)
            return []
        if kind == "message_stop":
            return self._complete()
        if kind == "error":
            error = as_dict(data.get("error"))
            return self._fail(str(error.get("message") or "upstream stream failed"))
        return []

    def finish(self) -> list[bytes]:
        """Upstream ended without ``message_stop``: complete if the stop reason came, else fail."""
        if self._done:
            return []
        if self._stop_reason is not None:
            return self._complete()
        return self._fail("upstream stream ended before completion")

    def _emit(self, kind: str, **fields: Any) -> bytes:
        payload = {"type": kind, "sequence_number": self._seq, **fields}
        self._seq += 1
        return format_event(orjson.dumps(payload), kind)

    def _response(self, **state: Any) -> dict[str, Any]:
        return response_object(self._request, self._model, self._created, self._rid, **state)

    def _start(self, message: dict[str, Any]) -> list[bytes]:
        self._merge_usage(message.get("usage"))
        if self._started:  # a second message_start changes nothing the client has seen
            return []
        self._started = True
        self._rid = response_id(message.get("id"))
        snapshot = self._response()
        return [
            self._emit("response.created", response=snapshot),
            self._emit("response.in_progress", response=snapshot),
        ]

    def _block_start(self, index: int, block: dict[str, Any]) -> list[bytes]:
        kind = block.get("type")
        answer = kind == "tool_use" and self._is_answer(block)
        if kind == "text" and self._json_tool is not None:
            if not self._answered:  # held back: a JSON answer replaces it
                self._held[index] = [str(block.get("text") or "")]
            return []
        if kind == "text" or answer:
            return self._open_text(index, block, answer)
        if kind != "tool_use":
            return []
        call_id = str(block.get("id") or f"toolu_{len(self._output)}")
        name = str(block.get("name") or "")
        opened = _Open(len(self._output), "call", call_item_id(call_id), call_id, name)
        self._open[index] = opened
        item = call_item(call_id, name, "", "in_progress")
        self._output.append(item)
        return [
            self._emit("response.output_item.added", output_index=opened.output_index, item=item)
        ]

    def _is_answer(self, block: dict[str, Any]) -> bool:
        named = self._json_tool is not None and block.get("name") == self._json_tool
        if named and not self._answered:
            self._answered = True
            self._held.clear()
            return True
        return False

    def _open_text(self, index: int, block: dict[str, Any], answer: bool) -> list[bytes]:
        output_index = len(self._output)
        opened = _Open(output_index, "text", message_item_id(self._rid, output_index))
        self._open[index] = opened
        item = text_item(opened.item_id, None, "in_progress")
        self._output.append(item)
        part = {"type": "output_text", "text": "", "annotations": [], "logprobs": []}
        out = [
            self._emit("response.output_item.added", output_index=output_index, item=item),
            self._emit(
                "response.content_part.added",
                item_id=opened.item_id,
                output_index=output_index,
                content_index=0,
                part=part,
            ),
        ]
        first = block.get("input") if answer else block.get("text")
        if first:
            text = first if isinstance(first, str) else orjson.dumps(first).decode()
            out += self._piece(opened, text)
        return out

    def _delta(self, data: dict[str, Any]) -> list[bytes]:
        index = as_index(data.get("index"))
        opened = self._open.get(index)
        delta = as_dict(data.get("delta"))
        piece = delta.get("text") if delta.get("type") == "text_delta" else None
        if index in self._held and isinstance(piece, str):
            self._held[index].append(piece)
            return []
        if delta.get("type") == "input_json_delta":
            piece = delta.get("partial_json")
        if opened is None or not isinstance(piece, str) or not piece:
            return []
        return self._piece(opened, piece)

    def _piece(self, opened: _Open, piece: str) -> list[bytes]:
        opened.parts.append(piece)
        where = {"item_id": opened.item_id, "output_index": opened.output_index}
        if opened.kind == "call":
            return [self._emit("response.function_call_arguments.delta", **where, delta=piece)]
        return [
            self._emit(
                "response.output_text.delta", **where, content_index=0, delta=piece, logprobs=[]
            )
        ]

    def _block_stop(self, index: int) -> list[bytes]:
        opened = self._open.pop(index, None)
        if opened is None:
            return []
        where = {"item_id": opened.item_id, "output_index": opened.output_index}
        if opened.kind == "call":
            arguments = "".join(opened.parts) or "{}"
            item = call_item(opened.call_id, opened.name, arguments, "completed")
            self._output[opened.output_index] = item
            done = self._emit(
                "response.function_call_arguments.done",
                **where,
                arguments=arguments,
                name=opened.name,
            )
            return [
                done,
                self._emit(
                    "response.output_item.done", output_index=opened.output_index, item=item
                ),
            ]
        text = "".join(opened.parts)
        item = text_item(opened.item_id, text, "completed")
        self._output[opened.output_index] = item
        return [
            self._emit(
                "response.output_text.done", **where, content_index=0, text=text, logprobs=[]
            ),
            self._emit(
                "response.content_part.done", **where, content_index=0, part=item["content"][0]
            ),
            self._emit("response.output_item.done", output_index=opened.output_index, item=item),
        ]

    def _message_delta(self, data: dict[str, Any]) -> None:
        delta = as_dict(data.get("delta"))
        if delta.get("stop_reason") is not None:
            self._stop_reason = str(delta["stop_reason"])
        self._merge_usage(data.get("usage"))

    def _merge_usage(self, usage: Any) -> None:
        # message_delta usage is cumulative: overwrite, but keep what it omits.
        if isinstance(usage, dict):
            self._usage.update({k: v for k, v in usage.items() if v is not None})

    def _complete(self) -> list[bytes]:
        out = [frame for index in list(self._open) for frame in self._block_stop(index)]
        for index, parts in list(self._held.items()):  # no JSON answer came: the text is it
            out += self._open_text(index, {"text": "".join(parts)}, False)
            out += self._block_stop(index)
        self._done = True
        status, incomplete = status_of(self._stop_reason)
        final = self._response(
            status=status,
            incomplete_details=incomplete,
            output=self._output,
            usage=responses_usage(self._usage),
        )
        kind = "response.incomplete" if status == "incomplete" else "response.completed"
        return [*out, self._emit(kind, response=final)]

    def _fail(self, message: str) -> list[bytes]:
        self._done = True
        error = {"code": "server_error", "message": message}
        failed = self._response(status="failed", error=error, output=self._output)
        return [
            self._emit("error", code="server_error", message=message, param=None),
            self._emit("response.failed", response=failed),
        ]
