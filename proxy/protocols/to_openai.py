"""Anthropic Messages → OpenAI Chat Completions: the request going out, the response coming back.

Used when an Anthropic-SDK client is routed to an OpenAI-compatible backend (OpenAI, Azure,
Mistral, vLLM...). Anthropic server tools (web search, code execution...) have no
counterpart and are refused with :class:`~proxy.errors.BadRequest`; ``top_k`` and
``thinking`` are dropped, as OpenAI-compatible servers disagree on them. Anthropic's structured
outputs (``output_config.format``, or the beta ``output_format``) become ``response_format``
``json_schema``: the JSON comes back as the text block, as Anthropic returns it.
"""

from __future__ import annotations

import hashlib
import re
from typing import Any, Final, Literal

import orjson

from proxy.errors import BadRequest
from proxy.protocols._shape import as_dict, as_list
from proxy.protocols.reasons import openai_finish_reason, openai_usage

_MISTRAL_ID: Final = re.compile(r"[a-zA-Z0-9]{9}")
_BASE62: Final = "0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ"


def anthropic_request_to_openai_chat(
    body: dict[str, Any],
    model: str,
    *,
    max_tokens_key: Literal["max_tokens", "max_completion_tokens"] = "max_tokens",
    stream_usage: bool = True,
    tool_id_style: Literal["any", "mistral"] = "any",
) -> dict[str, Any]:
    """Translate an Anthropic Messages request body into an OpenAI chat request for ``model``.

    ``tool_result`` blocks become ``tool`` messages placed right after the assistant turn
    that called them (as OpenAI requires). Backend dialects differ, hence two options:
    ``max_tokens_key`` (OpenAI reasoning models accept only ``max_completion_tokens``; most
    compatible servers only ``max_tokens``) and ``stream_usage``: a streamed request asks
    for the final usage chunk (``stream_options.include_usage``) so the Anthropic
    ``message_delta`` can carry token counts; turn it off for servers that reject the field.
    ``tool_id_style="mistral"`` rewrites tool-call ids Mistral would reject (see
    :func:`mistral_tool_id`), for conversations whose earlier turns another backend served.
    """
    messages = _messages(body)
    if tool_id_style == "mistral":
        _rewrite_tool_ids(messages)
    out: dict[str, Any] = {"model": model, "messages": messages}
    if body.get("max_tokens") is not None:
        out[max_tokens_key] = body["max_tokens"]
    for key in ("temperature", "top_p"):
        if body.get(key) is not None:
            out[key] = body[key]
    stop = [s for s in as_list(body.get("stop_sequences")) if isinstance(s, str)]
    if stop:
        out["stop"] = stop
    tools = body.get("tools")
    if tools:
        if not isinstance(tools, list):
            raise BadRequest("tools must be an array", param="tools")
        out["tools"] = [_tool(t, f"tools[{i}]") for i, t in enumerate(tools)]
    _tool_choice(body.get("tool_choice"), out)
    _output_format(body, out)
    metadata = body.get("metadata")
    if isinstance(metadata, dict) and isinstance(metadata.get("user_id"), str):
        out["user"] = metadata["user_id"]
    if body.get("stream"):
        out["stream"] = True
        if stream_usage:
            out["stream_options"] = {"include_usage": True}
    return out


def _messages(body: dict[str, Any]) -> list[dict[str, Any]]:
    messages: list[dict[str, Any]] = []
    system = _system_text(body.get("system"))
    if system:
        messages.append({"role": "system", "content": system})
    raw = body.get("messages")
    if not isinstance(raw, list) or not raw:
        raise BadRequest("messages must be a non-empty array", param="messages")
    for i, msg in enumerate(raw):
        messages.extend(_message(msg, f"messages[{i}]"))
    return messages


def mistral_tool_id(raw: Any) -> str:
    """A tool-call id Mistral accepts (exactly 9 ASCII letters or digits).

    Ids already in that form pass unchanged, so Mistral's own ids round-trip; any other id
    maps to a stable hash, so a call and its result still match after rewriting.
    """
    text = str(raw)
    if _MISTRAL_ID.fullmatch(text):
        return text
    number = int.from_bytes(hashlib.blake2b(text.encode(), digest_size=8).digest(), "big")
    chars = []
    for _ in range(9):
        number, digit = divmod(number, 62)
        chars.append(_BASE62[digit])
    return "".join(chars)


def _rewrite_tool_ids(messages: list[dict[str, Any]]) -> None:
    for message in messages:
        for call in message.get("tool_calls") or []:
            call["id"] = mistral_tool_id(call["id"])
        if message["role"] == "tool":
            message["tool_call_id"] = mistral_tool_id(message["tool_call_id"])


def _system_text(system: Any) -> str:
    if system is None or isinstance(system, str):
        return system or ""
    if isinstance(system, list):
        return "\n\n".join(_block_text(b, "system") for b in system)
    raise BadRequest("system must be a string or an array of text blocks", param="system")


def _block_text(block: Any, where: str) -> str:
    if isinstance(block, dict) and block.get("type") == "text":
        return str(block.get("text", ""))
    raise BadRequest("only text blocks are allowed here", param=where)


def _message(msg: Any, where: str) -> list[dict[str, Any]]:
    if not isinstance(msg, dict) or msg.get("role") not in ("user", "assistant"):
        raise BadRequest("each message needs role 'user' or 'assistant'", param=where)
    content = msg.get("content")
    if isinstance(content, str):
        return [{"role": msg["role"], "content": content}]
    if not isinstance(content, list):
        raise BadRequest("content must be a string or an array of blocks", param=where)
    if msg["role"] == "assistant":
        return [_assistant(content, f"{where}.content")]
    return _user(content, f"{where}.content")


def _assistant(blocks: list[Any], where: str) -> dict[str, Any]:
    texts: list[str] = []
    calls: list[dict[str, Any]] = []
    for j, block in enumerate(blocks):
        kind = block.get("type") if isinstance(block, dict) else None
        if kind == "text":
            texts.append(str(block.get("text", "")))
        elif kind == "tool_use":
            arguments = orjson.dumps(block.get("input") or {}).decode()
            calls.append(
                {
                    "id": block.get("id"),
                    "type": "function",
                    "function": {"name": block.get("name"), "arguments": arguments},
                }
            )
        elif kind not in ("thinking", "redacted_thinking"):
            raise BadRequest(f"assistant block {kind!r} is not supported", param=f"{where}[{j}]")
    out: dict[str, Any] = {"role": "assistant", "content": "".join(texts) if texts else None}
    if calls:
        out["tool_calls"] = calls
    return out


def _user(blocks: list[Any], where: str) -> list[dict[str, Any]]:
    results: list[dict[str, Any]] = []
    parts: list[dict[str, Any]] = []
    for j, block in enumerate(blocks):
        kind = block.get("type") if isinstance(block, dict) else None
        if kind == "tool_result":
            results.append(_tool_message(block, f"{where}[{j}]"))
        else:
            parts.append(_user_part(block, kind, f"{where}[{j}]"))
    if parts:
        results.append({"role": "user", "content": parts})
    return results


def _user_part(block: Any, kind: Any, where: str) -> dict[str, Any]:
    if kind == "text":
        return {"type": "text", "text": str(block.get("text", ""))}
    source = block.get("source") if isinstance(block, dict) else None
    if kind in ("image", "document") and isinstance(source, dict):
        if source.get("type") == "base64":
            url = f"data:{source.get('media_type')};base64,{source.get('data')}"
        elif source.get("type") == "url" and kind == "image":
            url = str(source.get("url"))
        else:
            raise BadRequest(f"{kind} source is not supported by this backend", param=where)
        if kind == "image":
            return {"type": "image_url", "image_url": {"url": url}}
        return {"type": "file", "file": {"file_data": url, "filename": "document.pdf"}}
    raise BadRequest(f"content block {kind!r} is not supported by this backend", param=where)


def _tool_message(block: dict[str, Any], where: str) -> dict[str, Any]:
    content = block.get("content")
    if isinstance(content, list):
        text = "".join(_block_text(b, f"{where}.content") for b in content)
    else:
        text = content if isinstance(content, str) else ""
    if block.get("is_error"):
        text = f"Error: {text}"
    return {"role": "tool", "tool_call_id": block.get("tool_use_id"), "content": text}


def _tool(tool: Any, where: str) -> dict[str, Any]:
    if not isinstance(tool, dict) or tool.get("type", "custom") != "custom" or "name" not in tool:
        raise BadRequest("only custom tools with a name are supported by this backend", param=where)
    fn: dict[str, Any] = {"name": tool["name"]}
    if tool.get("description"):
        fn["description"] = tool["description"]
    fn["parameters"] = tool.get("input_schema") or {"type": "object", "properties": {}}
    return {"type": "function", "function": fn}


def _output_format(body: dict[str, Any], out: dict[str, Any]) -> None:
    """``output_config.format`` (GA) or ``output_format`` (beta) → ``response_format``.

    Not marked ``strict``: OpenAI's strict mode refuses schemas Anthropic accepts (optional
    properties), and other OpenAI-compatible servers ignore the flag.
    """
    param = "output_config.format"
    fmt = as_dict(body.get("output_config")).get("format")
    if fmt is None:
        param, fmt = "output_format", body.get("output_format")
    if fmt is None:
        return
    schema = as_dict(fmt).get("schema")
    if as_dict(fmt).get("type") != "json_schema" or not isinstance(schema, dict):
        raise BadRequest("the output format must be a json_schema with a schema", param=param)
    spec = {"name": "output", "schema": schema}
    out["response_format"] = {"type": "json_schema", "json_schema": spec}


def _tool_choice(choice: Any, out: dict[str, Any]) -> None:
    if choice is None:
        return
    kind = choice.get("type") if isinstance(choice, dict) else None
    mapped: Any
    if kind == "auto":
        mapped = "auto"
    elif kind == "any":
        mapped = "required"
    elif kind == "none":
        mapped = "none"
    elif kind == "tool":
        mapped = {"type": "function", "function": {"name": choice.get("name")}}
    else:
        raise BadRequest(f"unsupported tool_choice {choice!r}", param="tool_choice")
    out["tool_choice"] = mapped
    if choice.get("disable_parallel_tool_use") and "tools" in out:
        out["parallel_tool_calls"] = False


def anthropic_response_to_openai_chat(
    resp: dict[str, Any], model: str, created: int, *, json_tool: str | None = None
) -> dict[str, Any]:
    """Translate an Anthropic ``message`` into an OpenAI chat completion reported as ``model``.

    ``created`` (Unix seconds) is a parameter because this module reads no clock. Text
    blocks are concatenated; thinking blocks have no OpenAI counterpart and are dropped.
    ``json_tool`` names the tool that carries a JSON ``response_format`` (see ``structured``):
    its input becomes the message content and ends the turn with ``stop``.
    """
    texts, calls, answer = _answer_parts(resp, json_tool)
    content = answer if answer is not None else "".join(texts) if texts or not calls else None
    message: dict[str, Any] = {"role": "assistant", "content": content, "refusal": None}
    if calls:
        message["tool_calls"] = calls
    finish = openai_finish_reason(resp.get("stop_reason"))
    if answer is not None and not calls and finish == "tool_calls":
        finish = "stop"
    return {
        "id": completion_id(resp.get("id")),
        "object": "chat.completion",
        "created": created,
        "model": model,
        "choices": [{"index": 0, "message": message, "finish_reason": finish, "logprobs": None}],
        "usage": openai_usage(resp.get("usage")),
    }


def _answer_parts(
    resp: dict[str, Any], json_tool: str | None
) -> tuple[list[str], list[dict[str, Any]], str | None]:
    """Texts, OpenAI tool calls, and the JSON answer of the output tool (if it was called)."""
    texts: list[str] = []
    calls: list[dict[str, Any]] = []
    answer: str | None = None
    for block in map(as_dict, as_list(resp.get("content"))):
        if block.get("type") == "text":
            texts.append(str(block.get("text", "")))
        elif block.get("type") != "tool_use":
            continue
        elif json_tool is not None and block.get("name") == json_tool and answer is None:
            answer = orjson.dumps(block.get("input") or {}).decode()
        else:
            calls.append(
                {
                    "id": str(block.get("id") or "toolu_unknown"),
                    "type": "function",
                    "function": {
                        "name": str(block.get("name") or ""),
                        "arguments": orjson.dumps(block.get("input") or {}).decode(),
                    },
                }
            )
    return texts, calls, answer


def completion_id(raw: Any) -> str:
    """An OpenAI-style completion id derived from the upstream id."""
    text = raw if isinstance(raw, str) and raw else "unknown"
    return text if text.startswith("chatcmpl-") else f"chatcmpl-{text}"
