"""Restore a whole JSON answer in the client's shape (DESIGN §1 stage 6, non-streaming).

Every field a model writes and a user reads is restored, per endpoint:

* ``chat.completions``: each choice's ``message.content`` (a string or text parts), ``refusal``,
  ``reasoning_content`` / ``reasoning``, ``tool_calls[].function.arguments`` and the legacy
  ``function_call.arguments`` (JSON text: values are written JSON-escaped);
* ``completions``: ``choices[].text``;
* ``responses``: ``output[]`` messages (``output_text`` text, ``refusal``), ``function_call``
  arguments (JSON-escaped), ``reasoning`` summary and reasoning texts, and ``output_text``;
* ``messages`` (Anthropic): ``text`` blocks and ``tool_use`` inputs (every string of the object).
  ``thinking`` and ``redacted_thinking`` blocks are left exactly as the model wrote them: they
  are signed, and the client sends them back in the next turn, whose history is pseudonymised
  again — a restored text would come back as the canonical pseudonym, not as the (possibly
  drifted) text the model wrote, and the signature would no longer match.

When the request asked for a JSON answer (``response_format``, ``text.format``,
``output_config.format`` / ``output_format``), the answer's text is JSON and values are written
JSON-escaped there too (``json_text``, see :func:`asks_json`). Embeddings carry no text: unchanged.
The helpers mutate the decoded answer they are given (it is the caller's fresh copy) and return it.
Pure: no I/O.
"""

from __future__ import annotations

from typing import Any

import orjson

from proxy.redact.restore import Restorer

_CHAT_TEXTS = ("content", "refusal", "reasoning_content", "reasoning")


def asks_json(endpoint: str, body: dict[str, Any]) -> bool:
    """Did the request ask for a JSON answer (so its text is JSON, values written escaped)?"""
    if endpoint == "chat.completions":
        spec = body.get("response_format")
    elif endpoint == "responses":
        text = body.get("text")
        spec = text.get("format") if isinstance(text, dict) else None
    elif endpoint == "messages":
        config = body.get("output_config")
        spec = config.get("format") if isinstance(config, dict) else body.get("output_format")
    else:
        return False
    return isinstance(spec, dict) and spec.get("type") in ("json_object", "json_schema")


def restore_body(
    endpoint: str, body: bytes, restorer: Restorer, *, json_text: bool = False
) -> bytes:
    """A client-shaped JSON answer with its pseudonyms restored; the same bytes when nothing was
    restored, or when the body is not a JSON object or is nested too deeply to be written again
    (an answer we cannot read is not ours to rewrite: pseudonyms stay, values never leak)."""
    if not restorer.active or endpoint not in _BY_ENDPOINT:
        return body
    try:
        data = orjson.loads(body)
    except orjson.JSONDecodeError:
        return body
    if not isinstance(data, dict):
        return body
    before = sum(restorer.restored.values())
    try:
        _BY_ENDPOINT[endpoint](data, restorer, json_text)
        if sum(restorer.restored.values()) == before:
            return body
        return orjson.dumps(data)
    except (RecursionError, orjson.JSONEncodeError):
        return body  # nested deeper than can be walked or written: sent as it came


def restore_chat(
    data: dict[str, Any], restorer: Restorer, json_text: bool = False
) -> dict[str, Any]:
    """A chat completion: every choice's message."""
    for choice in _dicts(data.get("choices")):
        message = choice.get("message")
        if isinstance(message, dict):
            restore_chat_message(message, restorer, json_text)
    return data


def restore_chat_message(message: dict[str, Any], restorer: Restorer, json_text: bool) -> None:
    """One chat message: texts, text parts, tool-call and function-call arguments."""
    for key in _CHAT_TEXTS:
        _text_field(message, key, restorer, json_escaped=json_text and key == "content")
    for part in _dicts(message.get("content")):
        _text_field(part, "text", restorer, json_escaped=json_text)
    for call in _dicts(message.get("tool_calls")):
        function = call.get("function")
        if isinstance(function, dict):
            _text_field(function, "arguments", restorer, json_escaped=True)
    function_call = message.get("function_call")
    if isinstance(function_call, dict):
        _text_field(function_call, "arguments", restorer, json_escaped=True)


def restore_completion(
    data: dict[str, Any], restorer: Restorer, json_text: bool = False
) -> dict[str, Any]:
    """A legacy completion: ``choices[].text``."""
    for choice in _dicts(data.get("choices")):
        _text_field(choice, "text", restorer)
    return data


def restore_response(
    data: dict[str, Any], restorer: Restorer, json_text: bool = False
) -> dict[str, Any]:
    """A Responses API response object: its output items and ``output_text``."""
    for item in _dicts(data.get("output")):
        restore_response_item(item, restorer, json_text)
    _text_field(data, "output_text", restorer, json_escaped=json_text)
    return data


def restore_response_item(
    item: dict[str, Any], restorer: Restorer, json_text: bool = False
) -> dict[str, Any]:
    """One Responses output item (message, function_call, reasoning); others unchanged."""
    kind = item.get("type")
    if kind == "message":
        for part in _dicts(item.get("content")):
            restore_response_part(part, restorer, json_text)
    elif kind == "function_call":
        _text_field(item, "arguments", restorer, json_escaped=True)
    elif kind == "reasoning":
        for part in _dicts(item.get("summary")) + _dicts(item.get("content")):
            restore_response_part(part, restorer)
    return item


def restore_response_part(
    part: dict[str, Any], restorer: Restorer, json_text: bool = False
) -> dict[str, Any]:
    """One content part (``output_text``, ``refusal``) or reasoning (summary) part."""
    kind = part.get("type")
    if kind == "output_text":
        _text_field(part, "text", restorer, json_escaped=json_text)
    elif kind in ("summary_text", "reasoning_text"):
        _text_field(part, "text", restorer)
    elif kind == "refusal":
        _text_field(part, "refusal", restorer)
    return part


def restore_message(
    data: dict[str, Any], restorer: Restorer, json_text: bool = False
) -> dict[str, Any]:
    """An Anthropic message: ``text`` blocks and ``tool_use`` inputs; thinking untouched."""
    for block in _dicts(data.get("content")):
        restore_block(block, restorer, json_text)
    return data


def restore_block(
    block: dict[str, Any], restorer: Restorer, json_text: bool = False
) -> dict[str, Any]:
    """One Anthropic content block (``text``, ``tool_use``); signed thinking blocks unchanged."""
    kind = block.get("type")
    if kind == "text":
        _text_field(block, "text", restorer, json_escaped=json_text)
    elif kind == "tool_use" and "input" in block:
        block["input"] = restorer.value(block["input"])
    return block


def _text_field(
    holder: dict[str, Any], key: str, restorer: Restorer, *, json_escaped: bool = False
) -> None:
    value = holder.get(key)
    if isinstance(value, str):
        holder[key] = restorer.text(value, json_escaped=json_escaped)


def _dicts(value: Any) -> list[dict[str, Any]]:
    """The objects of a JSON list (anything else: none)."""
    if not isinstance(value, list):
        return []
    return [item for item in value if isinstance(item, dict)]


_BY_ENDPOINT = {
    "chat.completions": restore_chat,
    "completions": restore_completion,
    "responses": restore_response,
    "messages": restore_message,
}
