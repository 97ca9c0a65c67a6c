"""Anthropic ``message`` → OpenAI Responses API ``response`` object (and the parts a stream shares).

Text blocks become one ``message`` output item each (one ``output_text`` part); ``tool_use``
blocks become ``function_call`` items whose ``call_id`` is the Anthropic tool-use id (so the
client's ``function_call_output`` finds its call again); the input of the tool that carries a
JSON ``text.format`` (see ``structured``) becomes a ``message`` item whose text is that JSON,
and replaces any text beside it (the client parses every output text as JSON). Thinking blocks
have no counterpart and are dropped.

``stop_reason`` ``max_tokens`` makes the response ``incomplete`` with reason
``max_output_tokens``, ``refusal`` makes it ``incomplete`` with ``content_filter``; anything else
is ``completed``. Usage: ``input_tokens`` is the whole prompt (Anthropic's input plus cache
reads and writes), cache reads are ``input_tokens_details.cached_tokens`` and cache writes
``cache_write_tokens``.

The response echoes the request's settings (instructions, tools, tool_choice, sampling) as
OpenAI's does, so client code reading them back finds what it sent.
"""

from __future__ import annotations

from typing import Any, Final

import orjson

from proxy.protocols._shape import as_dict, as_list

_INCOMPLETE: Final = {"max_tokens": "max_output_tokens", "refusal": "content_filter"}


def _int(value: Any) -> int:
    """A token count from an upstream: 0 unless an int, kept within 0..2**53 (a sum of a few
    stays in the 64-bit range the JSON encoder writes; JavaScript clients read it exactly)."""
    if not isinstance(value, int) or isinstance(value, bool):
        return 0
    return min(max(value, 0), 2**53)


def response_id(raw: Any) -> str:
    """A ``resp_`` id derived from the Anthropic message id."""
    text = raw if isinstance(raw, str) and raw else "unknown"
    return f"resp_{text.removeprefix('msg_')}"


def message_item_id(rid: str, index: int) -> str:
    """The id of the ``index``-th message output item of response ``rid``."""
    return f"msg_{rid.removeprefix('resp_')}_{index}"


def call_item_id(call_id: str) -> str:
    """The item id of a ``function_call`` whose ``call_id`` is ``call_id``."""
    return f"fc_{call_id.removeprefix('toolu_')}"


def responses_usage(usage: Any) -> dict[str, Any]:
    """Responses API ``usage`` from an Anthropic one."""
    u = as_dict(usage)
    cached = _int(u.get("cache_read_input_tokens"))
    written = _int(u.get("cache_creation_input_tokens"))
    prompt = _int(u.get("input_tokens")) + written + cached
    output = _int(u.get("output_tokens"))
    return {
        "input_tokens": prompt,
        "input_tokens_details": {"cached_tokens": cached, "cache_write_tokens": written},
        "output_tokens": output,
        "output_tokens_details": {"reasoning_tokens": 0},
        "total_tokens": prompt + output,
    }


def status_of(stop_reason: Any) -> tuple[str, dict[str, Any] | None]:
    """``(status, incomplete_details)`` for an Anthropic stop reason."""
    reason = _INCOMPLETE.get(stop_reason) if isinstance(stop_reason, str) else None
    return ("incomplete", {"reason": reason}) if reason else ("completed", None)


def text_item(item_id: str, text: str | None, status: str) -> dict[str, Any]:
    """A ``message`` output item with one ``output_text`` part (none while ``text`` is None)."""
    part: dict[str, Any] = {"type": "output_text", "text": text, "annotations": [], "logprobs": []}
    return {
        "type": "message",
        "id": item_id,
        "status": status,
        "role": "assistant",
        "content": [part] if text is not None else [],
    }


def call_item(call_id: str, name: str, arguments: str, status: str) -> dict[str, Any]:
    """A ``function_call`` output item."""
    return {
        "type": "function_call",
        "id": call_item_id(call_id),
        "call_id": call_id,
        "name": name,
        "arguments": arguments,
        "status": status,
    }


def response_object(
    request: dict[str, Any], model: str, created: int, rid: str, **state: Any
) -> dict[str, Any]:
    """A ``response`` object echoing ``request``'s settings.

    ``state`` sets ``status`` (default ``in_progress``), ``output``, ``usage``,
    ``incomplete_details`` and ``error``.
    """
    return {
        "id": rid,
        "object": "response",
        "created_at": created,
        "status": state.get("status", "in_progress"),
        "error": state.get("error"),
        "incomplete_details": state.get("incomplete_details"),
        "instructions": request.get("instructions"),
        "max_output_tokens": request.get("max_output_tokens"),
        "model": model,
        "output": state.get("output", []),
        "parallel_tool_calls": request.get("parallel_tool_calls") is not False,
        "previous_response_id": None,
        "reasoning": {"effort": None, "summary": None},
        "store": False,
        "temperature": request.get("temperature"),
        "text": request.get("text") or {"format": {"type": "text"}},
        "tool_choice": request.get("tool_choice") or "auto",
        "tools": [_echo_tool(t) for t in as_list(request.get("tools"))],
        "top_p": request.get("top_p"),
        "truncation": "disabled",
        "usage": state.get("usage"),
        "user": request.get("user"),
        "metadata": request.get("metadata") or {},
    }


def _echo_tool(tool: Any) -> dict[str, Any]:
    t = as_dict(tool)
    return {
        "type": "function",
        "name": t.get("name"),
        "description": t.get("description"),
        "parameters": t.get("parameters"),
        "strict": t.get("strict", True),
    }


def anthropic_to_response(
    resp: dict[str, Any], request: dict[str, Any], model: str, created: int, json_tool: str | None
) -> dict[str, Any]:
    """Translate an Anthropic ``message`` into a Responses API ``response`` reported as ``model``.

    ``created`` (Unix seconds) is a parameter because this module reads no clock.
    """
    rid = response_id(resp.get("id"))
    status, incomplete = status_of(resp.get("stop_reason"))
    item_status = "incomplete" if status == "incomplete" else "completed"
    output: list[dict[str, Any]] = []
    blocks = [as_dict(b) for b in as_list(resp.get("content"))]
    answered = False
    has_answer = json_tool is not None and any(
        b.get("type") == "tool_use" and b.get("name") == json_tool for b in blocks
    )
    for block in blocks:
        kind = block.get("type")
        if kind == "text" and block.get("text") and not has_answer:
            item_id = message_item_id(rid, len(output))
            output.append(text_item(item_id, str(block["text"]), item_status))
        elif kind != "tool_use":
            continue
        elif json_tool is not None and block.get("name") == json_tool and not answered:
            answered = True
            answer = orjson.dumps(block.get("input") or {}).decode()
            output.append(text_item(message_item_id(rid, len(output)), answer, item_status))
        else:
            arguments = orjson.dumps(block.get("input") or {}).decode()
            call_id = str(block.get("id") or f"toolu_{len(output)}")
            output.append(call_item(call_id, str(block.get("name") or ""), arguments, "completed"))
    usage = responses_usage(resp.get("usage"))
    return response_object(
        request,
        model,
        created,
        rid,
        status=status,
        incomplete_details=incomplete,
        output=output,
        usage=usage,
    )
