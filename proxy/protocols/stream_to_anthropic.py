"""OpenAI Chat Completions stream → Anthropic Messages stream, one upstream event at a time.

Chunk mapping (first choice only; requests are sent with n=1):

- first chunk → ``message_start`` (usage not known yet: zeros, corrected in ``message_delta``);
- ``delta.content`` → a text block (``content_block_start`` once, then ``text_delta``);
- ``delta.tool_calls[i]`` with a new index or id → close the open block, start a
  ``tool_use`` block; ``function.arguments`` → ``input_json_delta``;
- ``finish_reason`` → close the open block, remember the stop reason;
- a ``usage`` object (own chunk with ``include_usage``, or on the finish chunk as Mistral
  sends it) → remembered;
- ``[DONE]`` → ``message_delta`` (stop_reason, usage) and ``message_stop``;
- ``{"error": ...}`` → ``event: error`` and the stream ends.

The message delta waits for ``[DONE]`` because OpenAI sends the usage chunk after the finish
chunk; :func:`~proxy.protocols.to_openai.anthropic_request_to_openai_chat` asks for it.
"""

from __future__ import annotations

from typing import Any

import orjson

from proxy.protocols._shape import BAD_EVENT, as_dict, as_list, event_object
from proxy.protocols.errors import anthropic_error_type, anthropic_stream_error
from proxy.protocols.reasons import anthropic_stop_reason, anthropic_usage
from proxy.protocols.sse import SSEEvent, format_event
from proxy.protocols.to_anthropic import message_id, tool_id

_OPENAI_TO_STATUS = {
    "invalid_request_error": 400,
    "authentication_error": 401,
    "permission_error": 403,
    "not_found_error": 404,
    "rate_limit_error": 429,
}


def _frame(payload: dict[str, Any]) -> bytes:
    return format_event(orjson.dumps(payload), payload["type"])


def _text_of(content: Any) -> str:
    """Delta text; Mistral may send a list of chunks instead of a string."""
    if isinstance(content, str):
        return content
    if isinstance(content, list):
        return "".join(
            str(c.get("text", ""))
            for c in content
            if isinstance(c, dict) and c.get("type") == "text"
        )
    return ""


class OpenAIToAnthropicStream:
    """State machine turning OpenAI SSE events into complete Anthropic SSE frames."""

    def __init__(self, model: str) -> None:
        self.model = model
        self._started = False
        self._index = -1
        self._open: str | None = None
        self._tool_key: tuple[Any, Any] | None = None
        self._tool_count = 0
        self._stop_reason: str | None = None
        self._usage: dict[str, Any] = {}
        self._done = False

    @property
    def done(self) -> bool:
        """True once the stream has been terminated (``message_stop`` or an error event)."""
        return self._done

    def feed(self, event: SSEEvent) -> list[bytes]:
        """Translate one upstream event; returns zero or more complete Anthropic frames."""
        if self._done:
            return []
        if event.data.strip() == "[DONE]":
            return self._complete()
        data = event_object(event.data)
        if data is None:  # a broken upstream stream ends with an error, not silence
            return self._error({"type": "api_error", "message": BAD_EVENT})
        if data.get("error"):
            return self._error(data["error"])
        out = [] if self._started else self._start(data.get("id"))
        if isinstance(data.get("usage"), dict):
            self._usage = data["usage"]
        choices = as_list(data.get("choices"))
        first = next((c for c in choices if isinstance(c, dict) and c.get("index", 0) == 0), None)
        if first is not None:
            out.extend(self._choice(first))
        return out

    def finish(self) -> list[bytes]:
        """Upstream ended without ``[DONE]``.

        With a finish reason the answer is whole and the stream is completed normally
        (several OpenAI-compatible servers omit ``[DONE]``); without one the client gets an
        error event, so a cut-off answer is never mistaken for a complete one.
        """
        if self._done:
            return []
        if self._stop_reason is not None:
            return self._complete()
        self._done = True
        return [anthropic_stream_error("upstream stream ended before completion", "api_error")]

    def _start(self, upstream_id: Any) -> list[bytes]:
        self._started = True
        message: dict[str, Any] = {
            "id": message_id(upstream_id),
            "type": "message",
            "role": "assistant",
            "model": self.model,
            "content": [],
            "stop_reason": None,
            "stop_sequence": None,
            "usage": {"input_tokens": 0, "output_tokens": 0},
        }
        return [_frame({"type": "message_start", "message": message})]

    def _choice(self, choice: dict[str, Any]) -> list[bytes]:
        out: list[bytes] = []
        delta = as_dict(choice.get("delta"))
        text = _text_of(delta.get("content"))
        if text:
            out.extend(self._text(text))
        for call in as_list(delta.get("tool_calls")):
            if isinstance(call, dict):
                out.extend(self._tool(call))
        if choice.get("finish_reason"):
            out.extend(self._close())
            self._stop_reason = anthropic_stop_reason(choice["finish_reason"])
        return out

    def _open_block(self, kind: str, block: dict[str, Any]) -> list[bytes]:
        out = self._close()
        self._index += 1
        self._open = kind
        start = {"type": "content_block_start", "index": self._index, "content_block": block}
        return [*out, _frame(start)]

    def _close(self) -> list[bytes]:
        if self._open is None:
            return []
        self._open = None
        self._tool_key = None
        return [_frame({"type": "content_block_stop", "index": self._index})]

    def _text(self, text: str) -> list[bytes]:
        out = [] if self._open == "text" else self._open_block("text", {"type": "text", "text": ""})
        delta = {"type": "text_delta", "text": text}
        out.append(_frame({"type": "content_block_delta", "index": self._index, "delta": delta}))
        return out

    def _tool(self, call: dict[str, Any]) -> list[bytes]:
        fn = as_dict(call.get("function"))
        out: list[bytes] = []
        if self._is_new_tool(call):
            block = {
                "type": "tool_use",
                "id": tool_id(call.get("id"), self._tool_count),
                "name": str(fn.get("name") or ""),
                "input": {},
            }
            out = self._open_block("tool", block)
            self._tool_key = (call.get("index"), call.get("id"))
            self._tool_count += 1
        arguments = fn.get("arguments")
        if isinstance(arguments, str) and arguments:
            delta = {"type": "input_json_delta", "partial_json": arguments}
            out.append(
                _frame({"type": "content_block_delta", "index": self._index, "delta": delta})
            )
        return out

    def _is_new_tool(self, call: dict[str, Any]) -> bool:
        if self._open != "tool" or self._tool_key is None:
            return True
        index, open_id = self._tool_key
        if call.get("id") and call["id"] != open_id:
            return True
        return call.get("index") is not None and call["index"] != index

    def _complete(self) -> list[bytes]:
        out = [] if self._started else self._start(None)
        out.extend(self._close())
        self._done = True
        usage = anthropic_usage(self._usage)
        delta = {"stop_reason": self._stop_reason or "end_turn", "stop_sequence": None}
        out.append(_frame({"type": "message_delta", "delta": delta, "usage": usage}))
        out.append(_frame({"type": "message_stop"}))
        return out

    def _error(self, error: Any) -> list[bytes]:
        self._done = True
        err = error if isinstance(error, dict) else {"message": str(error)}
        status = _OPENAI_TO_STATUS.get(str(err.get("type")), 500)
        message = str(err.get("message") or "upstream stream failed")
        return [anthropic_stream_error(message, anthropic_error_type(status))]
