"""An event stream from one JSON answer, for a client that asked for ``stream: true``.

The reverse of :mod:`proxy.protocols.assemble`: some upstreams answer JSON whatever the request
said, and a streaming client's SDK parses only events. A Chat Completion becomes the chunks the
same API streams (role and content, tool calls, finish reason, usage, ``[DONE]``); an Anthropic
Message becomes ``message_start``, one start/delta/stop per content block, ``message_delta`` and
``message_stop`` — in the backend's own protocol (a translation to the client's shape follows).
Other answers return None and are relayed as they are.
"""

from __future__ import annotations

from typing import Any

import orjson

from proxy.protocols.sse import format_event

Json = dict[str, Any]


def as_stream(protocol: str, endpoint: str, answer: Any) -> bytes | None:
    """The event stream equivalent to ``answer``, or None when there is no such stream."""
    if not isinstance(answer, dict):
        return None
    if protocol == "anthropic" and endpoint == "messages" and answer.get("type") == "message":
        return b"".join(format_event(orjson.dumps(e), e["type"]) for e in _message_events(answer))
    if endpoint == "chat.completions" and isinstance(answer.get("choices"), list):
        chunks = [format_event(orjson.dumps(chunk)) for chunk in _chat_chunks(answer)]
        return b"".join(chunks) + b"data: [DONE]\n\n"
    return None


def _chat_chunks(answer: Json) -> list[Json]:
    base = {
        key: answer.get(key) for key in ("id", "created", "model") if answer.get(key) is not None
    }
    base["object"] = "chat.completion.chunk"
    if answer.get("system_fingerprint") is not None:
        base["system_fingerprint"] = answer["system_fingerprint"]
    chunks: list[Json] = []
    for choice in answer["choices"]:
        if not isinstance(choice, dict):
            continue
        index = choice.get("index", 0)
        message = choice.get("message") or {}
        delta: Json = {"role": message.get("role") or "assistant"}
        for key in ("content", "refusal", "reasoning_content"):
            if message.get(key) is not None:
                delta[key] = message[key]
        calls = message.get("tool_calls")
        if isinstance(calls, list) and calls:
            delta["tool_calls"] = [{"index": i, **call} for i, call in enumerate(calls)]
        chunks.append({**base, "choices": [_choice(index, delta, None)]})
        chunks.append({**base, "choices": [_choice(index, {}, choice.get("finish_reason"))]})
    if answer.get("usage") is not None:
        chunks.append({**base, "choices": [], "usage": answer["usage"]})
    return chunks


def _choice(index: int, delta: Json, finish: Any) -> Json:
    return {"index": index, "delta": delta, "finish_reason": finish, "logprobs": None}


def _message_events(message: Json) -> list[Json]:
    usage = message.get("usage")
    usage = usage if isinstance(usage, dict) else {}
    start = {**message, "content": [], "stop_reason": None, "stop_sequence": None}
    events: list[Json] = [{"type": "message_start", "message": start}]
    for index, block in enumerate(message.get("content") or ()):
        if isinstance(block, dict):
            events += _block_events(index, block)
    delta = {key: message.get(key) for key in ("stop_reason", "stop_sequence")}
    out_usage = {"output_tokens": usage.get("output_tokens", 0)}
    events.append({"type": "message_delta", "delta": delta, "usage": out_usage})
    events.append({"type": "message_stop"})
    return events


def _block_events(index: int, block: Json) -> list[Json]:
    kind = block.get("type")
    deltas: list[Json] = []
    start = dict(block)
    if kind == "text":
        start["text"] = ""
        deltas.append({"type": "text_delta", "text": block.get("text", "")})
    elif kind == "tool_use":
        start["input"] = {}
        deltas.append(
            {"type": "input_json_delta", "partial_json": orjson.dumps(block.get("input")).decode()}
        )
    elif kind == "thinking":
        start["thinking"], start["signature"] = "", ""
        deltas.append({"type": "thinking_delta", "thinking": block.get("thinking", "")})
        deltas.append({"type": "signature_delta", "signature": block.get("signature", "")})
    events: list[Json] = [{"type": "content_block_start", "index": index, "content_block": start}]
    events += [{"type": "content_block_delta", "index": index, "delta": d} for d in deltas]
    events.append({"type": "content_block_stop", "index": index})
    return events
