"""OpenAI Responses API request → Anthropic Messages request.

Used when an openai-SDK ``client.responses.create`` (openai-agents' default model class) is
routed to an Anthropic-protocol backend. The mapping:

- ``instructions`` and ``system``/``developer`` input messages → ``system``;
- ``input``: a string is one user turn; items are turns: ``message`` items (``input_text``,
  ``output_text``, ``refusal``, ``input_image``, PDF ``input_file``), ``function_call`` →
  ``tool_use`` in an assistant turn, ``function_call_output`` → ``tool_result`` in a user turn.
  Consecutive items of one role are merged, as Anthropic alternates; ``reasoning`` items (from
  OpenAI reasoning models) have no Anthropic counterpart and are dropped;
- function ``tools``, ``tool_choice`` and ``parallel_tool_calls`` as for Chat Completions;
- ``text.format`` ``json_schema``/``json_object`` → a forced tool (see ``structured``);
- ``max_output_tokens`` → ``max_tokens``, ``temperature`` (clamped to Anthropic's 0..1), ``top_p``.

Nothing is stored upstream or here, so what needs server-side state is refused with a 400
naming the parameter: ``previous_response_id``, ``conversation``, ``item_reference`` items,
stored ``prompt`` templates, ``background``; so are hosted tools (web search, file search,
computer use...). Hints without an equivalent (``store``, ``include``, ``reasoning``,
``truncation``, ``service_tier``, ``prompt_cache_key``...) are dropped.
"""

from __future__ import annotations

from typing import Any, Final

from proxy.errors import BadRequest
from proxy.protocols._shape import as_dict
from proxy.protocols.structured import add_output_tool, output_tool
from proxy.protocols.to_anthropic import (
    DEFAULT_MAX_TOKENS,
    lenient_arguments,
    media_source,
    tool_id,
)

_STATEFUL: Final = {
    "previous_response_id": "previous_response_id needs stored responses; send the full input",
    "conversation": "conversations are not stored for this backend; send the full input",
    "prompt": "stored prompt templates are not available for this backend",
    "background": "background responses are not available for this backend",
}
_SKIPPED_ITEMS: Final = ("reasoning",)


def responses_to_anthropic_request(body: dict[str, Any], model: str) -> dict[str, Any]:
    """Translate a Responses API request body into an Anthropic Messages request for ``model``."""
    for key, why in _STATEFUL.items():
        if body.get(key):
            raise BadRequest(why, param=key)
    system, messages = _turns(body.get("input"))
    instructions = body.get("instructions")
    if instructions is not None and not isinstance(instructions, str):
        raise BadRequest("instructions must be a string", param="instructions")
    system = [s for s in (instructions, *system) if s]
    out: dict[str, Any] = {"model": model, "messages": messages}
    if system:
        out["system"] = "\n\n".join(system)
    out["max_tokens"] = _max_tokens(body.get("max_output_tokens"))
    _copy_sampling(body, out)
    tools = body.get("tools")
    if tools:
        if not isinstance(tools, list):
            raise BadRequest("tools must be an array", param="tools")
        out["tools"] = [_tool(t, f"tools[{i}]") for i, t in enumerate(tools)]
    choice = _tool_choice(body.get("tool_choice"), body.get("parallel_tool_calls"))
    fmt = as_dict(body.get("text")).get("format")
    json_tool = output_tool(fmt, flat=True, param="text.format")
    if json_tool is not None:
        add_output_tool(out, json_tool, choice)
    elif choice is not None and out.get("tools"):
        out["tool_choice"] = choice
    user = body.get("user") or body.get("safety_identifier")
    if isinstance(user, str) and user:
        out["metadata"] = {"user_id": user}
    if body.get("stream"):
        out["stream"] = True
    return out


def _max_tokens(value: Any) -> int:
    if value is None:
        return DEFAULT_MAX_TOKENS
    if not isinstance(value, int) or isinstance(value, bool) or value < 1:
        raise BadRequest("max_output_tokens must be a positive integer", param="max_output_tokens")
    return value


def _copy_sampling(body: dict[str, Any], out: dict[str, Any]) -> None:
    temperature = body.get("temperature")
    if isinstance(temperature, int | float) and not isinstance(temperature, bool):
        out["temperature"] = min(float(temperature), 1.0)  # OpenAI's range is 0..2
    if isinstance(body.get("top_p"), int | float):
        out["top_p"] = body["top_p"]


def _turns(raw: Any) -> tuple[list[str], list[dict[str, Any]]]:
    if isinstance(raw, str):
        raw = [{"role": "user", "content": raw}]
    if not isinstance(raw, list) or not raw:
        raise BadRequest("input must be a string or a non-empty array of items", param="input")
    system: list[str] = []
    turns: list[dict[str, Any]] = []
    for i, item in enumerate(raw):
        where = f"input[{i}]"
        if not isinstance(item, dict):
            raise BadRequest("each input item must be an object", param=where)
        kind = item.get("type") or ("message" if "role" in item else None)
        if kind in _SKIPPED_ITEMS:
            continue
        if kind == "message" and item.get("role") in ("system", "developer"):
            system.append(_plain_text(item.get("content"), f"{where}.content"))
            continue
        role, blocks = _item(item, kind, where)
        blocks = [b for b in blocks if b["type"] != "text" or b["text"].strip()]
        if not blocks:
            continue
        if turns and turns[-1]["role"] == role:
            turns[-1]["content"].extend(blocks)
        else:
            turns.append({"role": role, "content": blocks})
    if not turns:
        raise BadRequest("input needs at least one user or assistant item", param="input")
    return system, turns


def _item(item: dict[str, Any], kind: Any, where: str) -> tuple[str, list[dict[str, Any]]]:
    if kind == "function_call":
        name = item.get("name")
        if not isinstance(name, str) or not name:
            raise BadRequest("function_call needs a name", param=f"{where}.name")
        call_id = tool_id(item.get("call_id"), 0)
        use = {"type": "tool_use", "id": call_id, "name": name}
        return "assistant", [{**use, "input": _arguments(item.get("arguments"), where)}]
    if kind == "function_call_output":
        output = item.get("output")  # a string, or text/image/file parts (kept as blocks)
        content = output if isinstance(output, str) else _content(output, f"{where}.output")
        result = {"type": "tool_result", "tool_use_id": tool_id(item.get("call_id"), 0)}
        return "user", [{**result, "content": content}]
    if kind != "message":
        raise BadRequest(f"input item type {kind!r} is not supported by this backend", param=where)
    role = item.get("role")
    if role not in ("user", "assistant"):
        raise BadRequest(f"unsupported message role {role!r}", param=f"{where}.role")
    return role, _content(item.get("content"), f"{where}.content")


def _arguments(raw: Any, where: str) -> dict[str, Any]:
    value = lenient_arguments(raw)
    if "_raw_arguments" in value:
        raise BadRequest(
            "function_call arguments must be a JSON object", param=f"{where}.arguments"
        )
    return value


def _content(content: Any, where: str) -> list[dict[str, Any]]:
    if isinstance(content, str):
        return [{"type": "text", "text": content}]
    if not isinstance(content, list):
        raise BadRequest("content must be a string or an array of parts", param=where)
    return [_part(part, f"{where}[{j}]") for j, part in enumerate(content)]


def _part(part: Any, where: str) -> dict[str, Any]:
    kind = part.get("type") if isinstance(part, dict) else None
    if kind in ("input_text", "output_text", "text"):
        return {"type": "text", "text": str(part.get("text") or "")}
    if kind == "refusal":
        return {"type": "text", "text": str(part.get("refusal") or "")}
    if kind == "input_image" and part.get("image_url"):
        return {"type": "image", "source": media_source(part["image_url"], where)}
    if kind == "input_file":
        data = part.get("file_data")
        if isinstance(data, str) and data.startswith("data:application/pdf"):
            return {"type": "document", "source": media_source(data, where)}
    raise BadRequest(f"content part type {kind!r} is not supported by this backend", param=where)


def _plain_text(content: Any, where: str) -> str:
    if content is None or isinstance(content, str):
        return content or ""
    blocks = _content(content, where)
    if any(b["type"] != "text" for b in blocks):
        raise BadRequest("only text parts are allowed here", param=where)
    return "".join(b["text"] for b in blocks)


def _tool(tool: Any, where: str) -> dict[str, Any]:
    if not isinstance(tool, dict) or tool.get("type") != "function":
        kind = tool.get("type") if isinstance(tool, dict) else None
        raise BadRequest(f"tool type {kind!r} is not supported by this backend", param=where)
    if not isinstance(tool.get("name"), str) or not tool["name"]:
        raise BadRequest("a function tool needs a name", param=f"{where}.name")
    out: dict[str, Any] = {"name": tool["name"]}
    if tool.get("description"):
        out["description"] = tool["description"]
    out["input_schema"] = tool.get("parameters") or {"type": "object", "properties": {}}
    return out


def _tool_choice(choice: Any, parallel: Any) -> dict[str, Any] | None:
    out: dict[str, Any] | None
    if choice is None:
        out = None
    elif choice in ("auto", "none"):
        out = {"type": choice}
    elif choice == "required":
        out = {"type": "any"}
    elif isinstance(choice, dict) and choice.get("type") == "function" and choice.get("name"):
        out = {"type": "tool", "name": choice["name"]}
    else:
        raise BadRequest(f"unsupported tool_choice {choice!r}", param="tool_choice")
    if parallel is False and (out is None or out["type"] != "none"):
        out = (out or {"type": "auto"}) | {"disable_parallel_tool_use": True}
    return out
