"""Provider answers as bytes: OpenAI and Anthropic JSON bodies, event streams and error bodies.

Shared by the fault-injecting upstream (``tests/faulty_upstream.py``) and the tests that check
what the proxy made of them. The text of every answer is ``"".join(REPLY)``.
"""

from __future__ import annotations

import time
from typing import Any

import orjson

HTML_PAGE = (
    b"<html><head><title>502 Bad Gateway</title></head><body><center><h1>502 Bad Gateway"
    b"</h1></center><hr><center>cloudflare</center></body></html>\n"
)
REPLY = ("Hello", " from", " the", " faulty", " upstream.")


def error_event(anthropic: bool) -> bytes:
    """The provider's own mid-stream error event (overloaded)."""
    if anthropic:
        error = {"type": "error", "error": {"type": "overloaded_error", "message": "Overloaded"}}
        return b"event: error\ndata: " + orjson.dumps(error) + b"\n\n"
    return b'data: {"error": {"message": "overloaded", "type": "server_error"}}\n\n'


def error_json(anthropic: bool, status: int) -> bytes:
    """The provider's error body for ``status``."""
    message = f"upstream says {status}"
    if anthropic:
        return orjson.dumps({"type": "error", "error": {"type": "api_error", "message": message}})
    return orjson.dumps({"error": {"message": message, "type": "server_error", "code": None}})


def completion_json(anthropic: bool, model: str) -> bytes:
    """A complete non-streaming answer whose text is ``"".join(REPLY)``."""
    text = "".join(REPLY)
    if anthropic:
        message = {
            "id": "msg_faulty",
            "type": "message",
            "role": "assistant",
            "model": model,
            "content": [{"type": "text", "text": text}],
            "stop_reason": "end_turn",
            "stop_sequence": None,
            "usage": {"input_tokens": 5, "output_tokens": 5},
        }
        return orjson.dumps(message)
    choice = {
        "index": 0,
        "message": {"role": "assistant", "content": text},
        "finish_reason": "stop",
        "logprobs": None,
    }
    completion = {
        "id": "chatcmpl-faulty",
        "object": "chat.completion",
        "created": int(time.time()),
        "model": model,
        "choices": [choice],
        "usage": {"prompt_tokens": 5, "completion_tokens": 5, "total_tokens": 10},
    }
    return orjson.dumps(completion)


def stream_events(anthropic: bool, model: str) -> list[bytes]:
    """A complete, valid stream of ``REPLY``, one framed event per item."""
    if anthropic:
        return _anthropic_events(model)
    created = int(time.time())

    def chunk(delta: dict[str, Any], finish: str | None = None) -> bytes:
        choice = {"index": 0, "delta": delta, "finish_reason": finish, "logprobs": None}
        data: dict[str, Any] = {
            "id": "chatcmpl-s",
            "object": "chat.completion.chunk",
            "created": created,
            "model": model,
            "choices": [choice],
        }
        if finish:  # usage on the last chunk, as Mistral's API always sends it
            data["usage"] = {"prompt_tokens": 5, "completion_tokens": 5, "total_tokens": 10}
        return b"data: " + orjson.dumps(data) + b"\n\n"

    frames = [chunk({"role": "assistant", "content": ""})]
    frames += [chunk({"content": piece}) for piece in REPLY]
    frames.append(chunk({}, "stop"))
    return [*frames, b"data: [DONE]\n\n"]


def _anthropic_events(model: str) -> list[bytes]:
    def event(name: str, data: dict[str, Any]) -> bytes:
        return b"event: " + name.encode() + b"\ndata: " + orjson.dumps(data) + b"\n\n"

    message = {
        "id": "msg_faulty",
        "type": "message",
        "role": "assistant",
        "model": model,
        "content": [],
        "stop_reason": None,
        "stop_sequence": None,
        "usage": {"input_tokens": 5, "output_tokens": 1},
    }
    frames = [
        event("message_start", {"type": "message_start", "message": message}),
        event(
            "content_block_start",
            {
                "type": "content_block_start",
                "index": 0,
                "content_block": {"type": "text", "text": ""},
            },
        ),
    ]
    for piece in REPLY:
        delta = {"type": "text_delta", "text": piece}
        frames.append(
            event(
                "content_block_delta", {"type": "content_block_delta", "index": 0, "delta": delta}
            )
        )
    frames.append(event("content_block_stop", {"type": "content_block_stop", "index": 0}))
    frames.append(
        event(
            "message_delta",
            {
                "type": "message_delta",
                "delta": {"stop_reason": "end_turn", "stop_sequence": None},
                "usage": {"output_tokens": 5},
            },
        )
    )
    frames.append(event("message_stop", {"type": "message_stop"}))
    return frames
