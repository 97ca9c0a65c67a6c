"""OpenAI Chat Completions → Anthropic Messages: the request going out, the response coming back.

Used when an OpenAI- or Mistral-SDK client is routed to an Anthropic-protocol backend. What
Anthropic cannot express and a client would notice (``n > 1``, logprobs, audio, legacy
``functions``) is refused with :class:`~proxy.errors.BadRequest`
naming the parameter; pure sampling hints without an equivalent (``seed``, penalties,
``logit_bias``) are dropped. JSON ``response_format`` becomes a forced tool (``structured``).
"""

from __future__ import annotations

import re
from typing import Any, Final

import orjson

from proxy.errors import BadRequest
from proxy.protocols._shape import as_dict, as_list
from proxy.protocols.reasons import anthropic_stop_reason, anthropic_usage
from proxy.protocols.structured import add_output_tool, output_tool

DEFAULT_MAX_TOKENS: Final = 4096
"""``max_tokens`` is required by Anthropic and optional in OpenAI; this fills the gap."""

_UNSUPPORTED: Final = {
    "logprobs": "logprobs are not available from this backend",
    "top_logprobs": "logprobs are not available from this backend",
    "audio": "audio output is not available from this backend",
    "functions": "legacy 'functions' is not supported; use 'tools'",
    "function_call": "legacy 'function_call' is not supported; use 'tool_choice'",
    "prediction": "predicted outputs are not available from this backend",
}
_TOOL_ID_BAD = re.compile(r"[^a-zA-Z0-9_-]")
_DATA_URL = re.compile(r"data:([\w.+/-]+);base64,(.*)", re.DOTALL)


def openai_chat_to_anthropic_request(body: dict[str, Any], model: str) -> dict[str, Any]:
    """Translate an OpenAI chat request body into an Anthropic Messages request for ``model``.

    System and developer messages become ``system``; tool messages become ``tool_result``
    blocks in a user turn; consecutive turns of one role are merged, as Anthropic alternates.
    Raises BadRequest for fields Anthropic cannot honour.
    """
    _refuse_unsupported(body)
    system, messages = _messages(body.get("messages"))
    out: dict[str, Any] = {"model": model, "messages": messages}
    if system:
        out["system"] = system
    out["max_tokens"] = _max_tokens(body)
    _copy_sampling(body, out)
    tools = body.get("tools")
    if tools:
        if not isinstance(tools, list):
            raise BadRequest("tools must be an array", param="tools")
        out["tools"] = [_tool(t, f"tools[{i}]") for i, t in enumerate(tools)]
    choice = _tool_choice(body.get("tool_choice"), body.get("parallel_tool_calls"))
    json_tool = output_tool(body.get("response_format"), flat=False, param="response_format")
    if json_tool is not None:
        add_output_tool(out, json_tool, choice)
    elif choice is not None:
        out["tool_choice"] = choice
    user = body.get("user") or body.get("safety_identifier")
    if isinstance(user, str) and user:
        out["metadata"] = {"user_id": user}
    if body.get("stream"):
        out["stream"] = True
    return out


def _refuse_unsupported(body: dict[str, Any]) -> None:
    n = body.get("n")
    if n is not None and n != 1:
        raise BadRequest("only n=1 is supported by this backend", param="n")
    for key, why in _UNSUPPORTED.items():
        if body.get(key):
            raise BadRequest(why, param=key)
    modalities = body.get("modalities")
    if isinstance(modalities, list) and any(m != "text" for m in modalities):
        raise BadRequest("only text output is supported by this backend", param="modalities")


def _max_tokens(body: dict[str, Any]) -> int:
    for key in ("max_completion_tokens", "max_tokens"):
        value = body.get(key)
        if value is not None:
            if not isinstance(value, int) or isinstance(value, bool) or value < 1:
                raise BadRequest(f"{key} must be a positive integer", param=key)
            return value
    return DEFAULT_MAX_TOKENS


def _copy_sampling(body: dict[str, Any], out: dict[str, Any]) -> None:
    temperature = body.get("temperature")
    if isinstance(temperature, int | float):
        # OpenAI's range is 0..2, Anthropic's 0..1: clamp rather than fail.
        out["temperature"] = min(float(temperature), 1.0)
    if body.get("top_p") is not None:
        out["top_p"] = body["top_p"]
    stop = body.get("stop")
    if isinstance(stop, str):
        out["stop_sequences"] = [stop]
    elif isinstance(stop, list) and stop:
        out["stop_sequences"] = [s for s in stop if isinstance(s, str)]


def _messages(raw: Any) -> tuple[str, list[dict[str, Any]]]:
    if not isinstance(raw, list) or not raw:
        raise BadRequest("messages must be a non-empty array", param="messages")
    system: list[str] = []
    turns: list[dict[str, Any]] = []
    for i, msg in enumerate(raw):
        where = f"messages[{i}]"
        if not isinstance(msg, dict):
            raise BadRequest("each message must be an object", param=where)
        if msg.get("role") in ("system", "developer"):
            system.append(_plain_text(msg.get("content"), f"{where}.content"))
            continue
        role, blocks = _turn(msg, where)
        # Anthropic rejects empty text blocks and empty turns; they carry nothing anyway.
        blocks = [b for b in blocks if b["type"] != "text" or b["text"].strip()]
        if not blocks:
            continue
        if turns and turns[-1]["role"] == role:
            turns[-1]["content"].extend(blocks)
        else:
            turns.append({"role": role, "content": blocks})
    if not turns:
        raise BadRequest("messages needs at least one user or assistant message", param="messages")
    return "\n\n".join(s for s in system if s), turns


def _turn(msg: dict[str, Any], where: str) -> tuple[str, list[dict[str, Any]]]:
    role = msg.get("role")
    if role == "user":
        return "user", _user_blocks(msg.get("content"), f"{where}.content")
    if role == "assistant":
        return "assistant", _assistant_blocks(msg, where)
    if role == "tool":
        return "user", [_tool_result(msg, where)]
    raise BadRequest(f"unsupported message role {role!r}", param=f"{where}.role")


def _plain_text(content: Any, where: str) -> str:
    if content is None:
        return ""
    if isinstance(content, str):
        return content
    if isinstance(content, list):
        texts = []
        for j, part in enumerate(content):
            if not isinstance(part, dict) or part.get("type") not in ("text", "refusal"):
                raise BadRequest("only text parts are allowed here", param=f"{where}[{j}]")
            texts.append(str(part.get("text") or part.get("refusal") or ""))
        return "".join(texts)
    raise BadRequest("content must be a string or an array of parts", param=where)


def _user_blocks(content: Any, where: str) -> list[dict[str, Any]]:
    if isinstance(content, str):
        return [{"type": "text", "text": content}]
    if not isinstance(content, list):
        raise BadRequest("content must be a string or an array of parts", param=where)
    return [_user_part(part, f"{where}[{j}]") for j, part in enumerate(content)]


def _user_part(part: Any, where: str) -> dict[str, Any]:
    kind = part.get("type") if isinstance(part, dict) else None
    if kind == "text":
        return {"type": "text", "text": str(part.get("text", ""))}
    if kind == "image_url":
        image = part.get("image_url")
        url = image.get("url") if isinstance(image, dict) else image
        return {"type": "image", "source": media_source(url, where)}
    if kind == "file":
        data = as_dict(part.get("file")).get("file_data")
        if isinstance(data, str) and data.startswith("data:application/pdf"):
            return {"type": "document", "source": media_source(data, where)}
    raise BadRequest(f"content part type {kind!r} is not supported by this backend", param=where)


def media_source(url: Any, where: str) -> dict[str, Any]:
    """An Anthropic image/document ``source`` for an http(s) or base64 data URL."""
    if not isinstance(url, str):
        raise BadRequest("image_url.url must be a string", param=where)
    match = _DATA_URL.fullmatch(url)
    if match:
        return {"type": "base64", "media_type": match[1], "data": match[2]}
    if url.startswith(("https://", "http://")):
        return {"type": "url", "url": url}
    raise BadRequest("image URL must be an http(s) or base64 data URL", param=where)


def _assistant_blocks(msg: dict[str, Any], where: str) -> list[dict[str, Any]]:
    text = _plain_text(msg.get("content"), f"{where}.content")
    blocks: list[dict[str, Any]] = [{"type": "text", "text": text}] if text else []
    calls = msg.get("tool_calls") or []
    if not isinstance(calls, list):
        raise BadRequest("tool_calls must be an array", param=f"{where}.tool_calls")
    for k, call in enumerate(calls):
        fn = call.get("function") if isinstance(call, dict) else None
        if not isinstance(fn, dict) or not isinstance(fn.get("name"), str):
            raise BadRequest("tool call needs function.name", param=f"{where}.tool_calls[{k}]")
        blocks.append(
            {
                "type": "tool_use",
                "id": tool_id(call.get("id"), k),
                "name": fn["name"],
                "input": _arguments(fn.get("arguments"), f"{where}.tool_calls[{k}]"),
            }
        )
    return blocks


def _arguments(raw: Any, where: str) -> dict[str, Any]:
    if raw is None or raw == "":
        return {}
    try:
        value = orjson.loads(raw) if isinstance(raw, str | bytes) else raw
    except orjson.JSONDecodeError:
        raise BadRequest("tool call arguments are not valid JSON", param=where) from None
    if not isinstance(value, dict):
        raise BadRequest("tool call arguments must be a JSON object", param=where)
    return value


def tool_id(raw: Any, fallback: int) -> str:
    """A tool-call id Anthropic accepts (``[a-zA-Z0-9_-]+``), stable for a given input."""
    if isinstance(raw, str) and raw:
        return _TOOL_ID_BAD.sub("_", raw)
    return f"toolu_{fallback}"


def _tool_result(msg: dict[str, Any], where: str) -> dict[str, Any]:
    return {
        "type": "tool_result",
        "tool_use_id": tool_id(msg.get("tool_call_id"), 0),
        "content": _plain_text(msg.get("content"), f"{where}.content"),
    }


def _tool(tool: Any, where: str) -> dict[str, Any]:
    fn = tool.get("function") if isinstance(tool, dict) else None
    if not isinstance(fn, dict) or tool.get("type") != "function" or not _named(fn):
        raise BadRequest("only function tools with a name are supported", param=where)
    out: dict[str, Any] = {"name": fn["name"]}
    if fn.get("description"):
        out["description"] = fn["description"]
    out["input_schema"] = fn.get("parameters") or {"type": "object", "properties": {}}
    return out


def _named(fn: dict[str, Any]) -> bool:
    return isinstance(fn.get("name"), str) and bool(fn["name"])


def _tool_choice(choice: Any, parallel: Any) -> dict[str, Any] | None:
    out: dict[str, Any] | None
    if choice is None:
        out = None
    elif choice == "auto":
        out = {"type": "auto"}
    elif choice == "none":
        out = {"type": "none"}
    elif choice == "required":
        out = {"type": "any"}
    elif isinstance(choice, dict) and isinstance(choice.get("function"), dict):
        out = {"type": "tool", "name": choice["function"].get("name")}
    else:
        raise BadRequest(f"unsupported tool_choice {choice!r}", param="tool_choice")
    if parallel is False and (out is None or out["type"] != "none"):
        out = (out or {"type": "auto"}) | {"disable_parallel_tool_use": True}
    return out


def openai_chat_response_to_anthropic(resp: dict[str, Any], model: str) -> dict[str, Any]:
    """Translate an OpenAI chat completion into an Anthropic ``message`` reported as ``model``.

    Only the first choice is used (requests are sent with n=1). Tool-call arguments that
    are not a JSON object are kept under ``{"_raw_arguments": ...}`` rather than dropped.
    """
    choice = as_dict((as_list(resp.get("choices")) or [{}])[0])
    message = as_dict(choice.get("message"))
    content: list[dict[str, Any]] = []
    text = message.get("content") or message.get("refusal")
    if isinstance(text, str) and text:
        content.append({"type": "text", "text": text})
    for k, call in enumerate(as_list(message.get("tool_calls"))):
        fn = as_dict(as_dict(call).get("function"))
        content.append(
            {
                "type": "tool_use",
                "id": tool_id(as_dict(call).get("id"), k),
                "name": str(fn.get("name") or ""),
                "input": lenient_arguments(fn.get("arguments")),
            }
        )
    return {
        "id": message_id(resp.get("id")),
        "type": "message",
        "role": "assistant",
        "model": model,
        "content": content,
        "stop_reason": anthropic_stop_reason(choice.get("finish_reason")),
        "stop_sequence": None,
        "usage": anthropic_usage(resp.get("usage")),
    }


def lenient_arguments(raw: Any) -> dict[str, Any]:
    """Tool-call arguments as an object; malformed JSON from a model is kept, not lost."""
    if raw is None or raw == "":
        return {}
    try:
        value = orjson.loads(raw) if isinstance(raw, str | bytes) else raw
    except orjson.JSONDecodeError:
        return {"_raw_arguments": raw}
    return value if isinstance(value, dict) else {"_raw_arguments": raw}


def message_id(raw: Any) -> str:
    """An Anthropic-style message id derived from the upstream id."""
    text = raw if isinstance(raw, str) and raw else "unknown"
    return text if text.startswith("msg_") else f"msg_{text}"
