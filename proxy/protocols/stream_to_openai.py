"""Anthropic Messages stream → OpenAI Chat Completions stream, one upstream event at a time.

Event mapping:

==========================================  ==============================================
Anthropic event                             OpenAI frames emitted
==========================================  ==============================================
``message_start``                           first chunk, ``delta: {role: assistant, content: ""}``
``content_block_delta`` / ``text_delta``    chunk with ``delta.content``
``content_block_start`` (tool_use)          nothing yet: the call is buffered
``content_block_delta`` / input_json_delta  nothing yet: arguments are buffered
``content_block_stop`` (tool_use)           one chunk with the whole call (id, name, arguments)
input_json_delta of the output tool         chunk with ``delta.content`` (the JSON fragment)
``message_delta``                           nothing: stop reason and usage are remembered
``message_stop``                            finish chunk; usage chunk if asked; ``[DONE]``
``error``                                   ``data: {"error": {...}}`` and the stream ends
``ping``, thinking deltas, others           nothing
==========================================  ==============================================

Tool calls are emitted whole because the Mistral SDK validates every delta as a complete
call (``function.name`` required), while the OpenAI SDK accepts a call in one delta too.
The finish chunk carries ``usage`` as Mistral's API does; with ``include_usage`` the OpenAI
usage-only chunk (``choices: []``) follows as well.

``json_tool`` names the tool that carries a JSON ``response_format`` (see ``structured``): its
input streams out as content, and a turn it ended finishes with ``stop``, not ``tool_calls``.
Text is then held back: the JSON answer replaces it (Anthropic writes none before a forced
tool), and only a turn without the output tool sends it, before the finish chunk — as the
non-streaming translation does.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

import orjson

from proxy.protocols._shape import BAD_EVENT, as_dict, as_index, event_object
from proxy.protocols.errors import openai_error_type, openai_stream_error
from proxy.protocols.reasons import openai_finish_reason, openai_usage
from proxy.protocols.sse import SSEEvent, format_event
from proxy.protocols.to_openai import completion_id

DONE = b"data: [DONE]\n\n"

_ANTHROPIC_TO_STATUS = {
    "invalid_request_error": 400,
    "authentication_error": 401,
    "permission_error": 403,
    "not_found_error": 404,
    "request_too_large": 413,
    "rate_limit_error": 429,
}


@dataclass(slots=True)
class _ToolCall:
    index: int
    id: str
    name: str
    start_input: Any
    parts: list[str] = field(default_factory=list)

    def arguments(self) -> str:
        if self.parts:
            return "".join(self.parts)
        return orjson.dumps(self.start_input or {}).decode()


class AnthropicToOpenAIStream:
    """State machine turning Anthropic SSE events into complete OpenAI SSE frames.

    ``created`` (Unix seconds) is a parameter because this module reads no clock.
    ``include_usage`` mirrors the client's ``stream_options.include_usage``.
    """

    def __init__(
        self,
        model: str,
        created: int,
        include_usage: bool,
        *,
        usage_in_finish_chunk: bool = True,
        json_tool: str | None = None,
    ) -> None:
        self.model = model
        self.created = created
        self.include_usage = include_usage
        self.usage_in_finish_chunk = usage_in_finish_chunk
        self._id = "chatcmpl-unknown"
        self._usage: dict[str, Any] = {}
        self._tools: dict[int, _ToolCall] = {}
        self._tool_count = 0
        self._stop_reason: str | None = None
        self._done = False
        self._json_tool = json_tool
        self._json_index: int | None = None
        self._json_sent = False
        self._held: list[str] = []

    @property
    def done(self) -> bool:
        """True once the stream has been terminated (``[DONE]`` or an error frame)."""
        return self._done

    def feed(self, event: SSEEvent) -> list[bytes]:
        """Translate one upstream event; returns zero or more complete OpenAI frames."""
        if self._done:
            return []
        data = event_object(event.data)
        if data is None:  # a broken upstream stream ends with an error, not silence
            return self._error({"type": "api_error", "message": BAD_EVENT})
        kind = data.get("type") or event.event
        if kind == "content_block_delta":
            return self._delta(data)
        if kind == "message_start":
            return self._start(as_dict(data.get("message")))
        if kind == "content_block_start":
            return self._block_start(data)
        if kind == "content_block_stop":
            return self._block_stop(data)
        if kind == "message_delta":
            self._message_delta(data)
            return []
        if kind == "message_stop":
            return self._complete()
        if kind == "error":
            return self._error(data.get("error") or {})
        return []

    def finish(self) -> list[bytes]:
        """Upstream ended without ``message_stop``.

        If the stop reason had arrived, the answer is whole and the stream is closed
        normally; otherwise the client gets an error frame, so a cut-off answer is never
        mistaken for a complete one.
        """
        if self._done:
            return []
        if self._stop_reason is not None:
            return self._complete()
        self._done = True
        return [openai_stream_error("upstream stream ended before completion", "server_error")]

    def _chunk(self, delta: dict[str, Any], finish: str | None = None, **extra: Any) -> bytes:
        choice = {"index": 0, "delta": delta, "finish_reason": finish, "logprobs": None}
        chunk = {
            "id": self._id,
            "object": "chat.completion.chunk",
            "created": self.created,
            "model": self.model,
            "choices": [choice],
            **extra,
        }
        return format_event(orjson.dumps(chunk))

    def _start(self, message: dict[str, Any]) -> list[bytes]:
        self._id = completion_id(message.get("id"))
        self._merge_usage(message.get("usage"))
        return [self._chunk({"role": "assistant", "content": ""})]

    def _block_start(self, data: dict[str, Any]) -> list[bytes]:
        block = as_dict(data.get("content_block"))
        if block.get("type") == "tool_use" and self._is_answer(block):
            self._json_index = as_index(data.get("index"))
            if block.get("input"):  # whole input up front (no deltas will follow)
                self._json_sent = True
                return [self._chunk({"content": orjson.dumps(block["input"]).decode()})]
        elif block.get("type") == "tool_use":
            call = _ToolCall(self._tool_count, str(block.get("id")), str(block.get("name")), None)
            call.start_input = block.get("input")
            self._tools[as_index(data.get("index"))] = call
            self._tool_count += 1
        elif block.get("type") == "text" and isinstance(block.get("text"), str) and block["text"]:
            return self._text(block["text"])
        return []

    def _text(self, text: str) -> list[bytes]:
        """A text chunk — held back while a JSON answer may still come (it replaces the text)."""
        if self._json_tool is None:
            return [self._chunk({"content": text})]
        if self._json_index is None:
            self._held.append(text)
        return []

    def _delta(self, data: dict[str, Any]) -> list[bytes]:
        delta = as_dict(data.get("delta"))
        kind = delta.get("type")
        if kind == "text_delta":
            return self._text(str(delta.get("text", "")))
        if kind == "input_json_delta" and as_index(data.get("index")) == self._json_index:
            piece = str(delta.get("partial_json", ""))
            self._json_sent = self._json_sent or bool(piece)
            return [self._chunk({"content": piece})] if piece else []
        if kind == "input_json_delta":
            call = self._tools.get(as_index(data.get("index")))
            if call is not None:
                call.parts.append(str(delta.get("partial_json", "")))
        return []

    def _is_answer(self, block: dict[str, Any]) -> bool:
        """The first call of the output tool is the answer; a second one is a plain call."""
        named = self._json_tool is not None and block.get("name") == self._json_tool
        return named and self._json_index is None

    def _block_stop(self, data: dict[str, Any]) -> list[bytes]:
        if self._json_index is not None and as_index(data.get("index")) == self._json_index:
            self._json_index = -2  # done: later blocks never match, a second call is plain
            return [] if self._json_sent else [self._chunk({"content": "{}"})]
        call = self._tools.pop(as_index(data.get("index")), None)
        if call is None:
            return []
        tool = {
            "index": call.index,
            "id": call.id,
            "type": "function",
            "function": {"name": call.name, "arguments": call.arguments()},
        }
        return [self._chunk({"tool_calls": [tool]})]

    def _message_delta(self, data: dict[str, Any]) -> None:
        delta = as_dict(data.get("delta"))
        if delta.get("stop_reason") is not None:
            self._stop_reason = delta["stop_reason"]
        self._merge_usage(data.get("usage"))

    def _merge_usage(self, usage: Any) -> None:
        # message_delta usage is cumulative: overwrite, but keep what it omits.
        if isinstance(usage, dict):
            self._usage.update({k: v for k, v in usage.items() if v is not None})

    def _complete(self) -> list[bytes]:
        self._done = True
        out = [b for call in list(self._tools) for b in self._block_stop({"index": call})]
        if self._held and self._json_index is None:  # no JSON answer came: the text is the answer
            out.append(self._chunk({"content": "".join(self._held)}))
        usage = openai_usage(self._usage)
        finish = openai_finish_reason(self._stop_reason)
        if self._json_index is not None and self._tool_count == 0 and finish == "tool_calls":
            finish = "stop"
        if self.usage_in_finish_chunk:
            out.append(self._chunk({}, finish, usage=usage))
        else:
            out.append(self._chunk({}, finish))
        if self.include_usage:
            out.append(self._usage_chunk(usage))
        out.append(DONE)
        return out

    def _usage_chunk(self, usage: dict[str, Any]) -> bytes:
        chunk = {
            "id": self._id,
            "object": "chat.completion.chunk",
            "created": self.created,
            "model": self.model,
            "choices": [],
            "usage": usage,
        }
        return format_event(orjson.dumps(chunk))

    def _error(self, error: Any) -> list[bytes]:
        self._done = True
        err = error if isinstance(error, dict) else {}
        kind = str(err.get("type") or "api_error")
        status = _ANTHROPIC_TO_STATUS.get(kind, 500)
        message = str(err.get("message") or "upstream stream failed")
        return [openai_stream_error(message, openai_error_type(status), kind)]
