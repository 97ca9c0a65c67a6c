"""One JSON answer from an event stream, for a client that asked for ``stream: false``.

Some upstreams answer ``text/event-stream`` whatever the request said. The client asked for one JSON
body and its SDK parses one: the events are folded back into the body the same API returns without
streaming — in the backend's own protocol (a translation to the client's shape, if any, follows).
Chat Completions and legacy Completions chunks (OpenAI, Mistral), Anthropic Messages events and the
Responses API's final ``response.completed`` are understood; anything else is refused with
:class:`~proxy.errors.UpstreamProtocolError` rather than passed on in the wrong mode.
"""

from __future__ import annotations

from typing import Any

import orjson

from proxy.errors import UpstreamProtocolError
from proxy.protocols.sse import SSEParser

Json = dict[str, Any]


def assemble(protocol: str, endpoint: str, stream: bytes) -> bytes:
    """The JSON body equivalent to the (validated, complete) event ``stream``."""
    parser = SSEParser()
    events = [*parser.feed(stream), *parser.flush()]
    datas: list[Json] = []
    for event in events:
        if event.data == "[DONE]":
            break
        data = orjson.loads(event.data)
        if isinstance(data, dict):
            datas.append(data)
    folder = _FOLDERS.get("anthropic" if protocol == "anthropic" else endpoint)
    if folder is None or not datas:
        raise UpstreamProtocolError(
            "the backend answered with an event stream to a request without streaming, "
            "and it cannot be turned into one answer"
        )
    return orjson.dumps(folder(datas))


def _chat(chunks: list[Json]) -> Json:
    choices: dict[int, Json] = {}
    for chunk in chunks:
        for part in chunk.get("choices") or ():
            choice = choices.setdefault(
                part.get("index", 0),
                {"index": part.get("index", 0), "message": {"role": "assistant", "content": None}},
            )
            _merge_delta(choice["message"], part.get("delta") or {})
            if part.get("finish_reason") is not None:
                choice["finish_reason"] = part["finish_reason"]
    return _envelope(chunks, "chat.completion", _finish(choices))


def _merge_delta(message: Json, delta: Json) -> None:
    for key, value in delta.items():
        if key == "tool_calls":
            _merge_tool_calls(message.setdefault("tool_calls", []), value or [])
        elif isinstance(value, str) and key != "role":
            message[key] = (message.get(key) or "") + value
        elif value is not None:
            message[key] = value


def _merge_tool_calls(calls: list[Json], deltas: list[Json]) -> None:
    for delta in deltas:
        index = delta.get("index", len(calls))
        while len(calls) <= index:
            function = {"name": "", "arguments": ""}
            calls.append({"id": None, "type": "function", "function": function})
        call = calls[index]
        call["id"] = delta.get("id") or call["id"]
        function = delta.get("function") or {}
        call["function"]["name"] += function.get("name") or ""
        call["function"]["arguments"] += function.get("arguments") or ""


def _completions(chunks: list[Json]) -> Json:
    choices: dict[int, Json] = {}
    for chunk in chunks:
        for part in chunk.get("choices") or ():
            index = part.get("index", 0)
            choice = choices.setdefault(index, {"index": index, "text": "", "logprobs": None})
            choice["text"] += part.get("text") or ""
            if part.get("finish_reason") is not None:
                choice["finish_reason"] = part["finish_reason"]
    return _envelope(chunks, "text_completion", _finish(choices))


def _finish(choices: dict[int, Json]) -> list[Json]:
    return [{"finish_reason": None, **choices[i]} for i in sorted(choices)]


def _envelope(chunks: list[Json], kind: str, choices: list[Json]) -> Json:
    first = chunks[0]
    usage = next((c["usage"] for c in reversed(chunks) if c.get("usage")), None)
    body = {
        "id": first.get("id"),
        "object": kind,
        "created": first.get("created"),
        "model": first.get("model"),
        "choices": choices,
    }
    if first.get("system_fingerprint") is not None:
        body["system_fingerprint"] = first["system_fingerprint"]
    if usage is not None:
        body["usage"] = usage
    return body


def _responses(events: list[Json]) -> Json:
    for event in reversed(events):
        if event.get("type") in {"response.completed", "response.incomplete", "response.failed"}:
            response = event.get("response")
            if isinstance(response, dict):
                return response
    raise UpstreamProtocolError("the backend's Responses stream has no final response")


def _messages(events: list[Json]) -> Json:
    message: Json | None = None
    blocks: dict[int, Json] = {}
    for event in events:
        kind = event.get("type")
        if kind == "message_start":
            message = dict(event.get("message") or {})
        elif kind == "content_block_start":
            blocks[event.get("index", 0)] = dict(event.get("content_block") or {})
        elif kind == "content_block_delta":
            _apply_block_delta(blocks.setdefault(event.get("index", 0), {}), event.get("delta"))
        elif kind == "message_delta" and message is not None:
            message.update(event.get("delta") or {})
            message["usage"] = {**(message.get("usage") or {}), **(event.get("usage") or {})}
        elif kind == "error":
            raise UpstreamProtocolError("the backend's stream reported an error")
    if message is None:
        raise UpstreamProtocolError("the backend's Messages stream has no message_start")
    message["content"] = [_close_block(blocks[i]) for i in sorted(blocks)]
    return message


def _apply_block_delta(block: Json, delta: Any) -> None:
    if not isinstance(delta, dict):
        return
    for key, field in (
        ("text_delta", "text"),
        ("thinking_delta", "thinking"),
        ("signature_delta", "signature"),
        ("input_json_delta", "partial_json"),
        ("citations_delta", "citation"),
    ):
        if delta.get("type") == key:
            if field == "citation":
                block.setdefault("citations", []).append(delta.get(field))
            else:
                target = "_json" if field == "partial_json" else field
                block[target] = (block.get(target) or "") + (delta.get(field) or "")


def _close_block(block: Json) -> Json:
    raw = block.pop("_json", None)
    if raw is not None:
        try:
            block["input"] = orjson.loads(raw) if raw else {}
        except orjson.JSONDecodeError:
            raise UpstreamProtocolError("the backend streamed tool input, not JSON") from None
    return block


_FOLDERS = {
    "chat.completions": _chat,
    "completions": _completions,
    "responses": _responses,
    "anthropic": _messages,
}
