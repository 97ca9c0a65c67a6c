"""OpenAI structured output (``response_format`` / Responses ``text.format``) on Anthropic backends.

Anthropic's Messages API has no ``response_format``. The portable way to get JSON that follows a
schema from every Claude model (and from Anthropic-compatible servers: Bedrock, Vertex,
self-hosted gateways) is the one Anthropic documents for JSON output via tools: offer one tool
whose ``input_schema`` is the requested schema and force it with
``tool_choice: {"type": "tool", "name": ...}``. The tool's input is the answer; it is returned
to the client as the assistant message's content (a JSON string) with ``finish_reason: "stop"``.

Anthropic's native structured outputs (``output_config.format``, formerly the beta
``output_format``) are not used: they are generally available only on the 4.5 generation of
models and later (and not on every cloud that serves Claude), and their schema dialect is
narrower (``additionalProperties: false`` on every object, no recursive schemas), while the
forced tool works on every model the backend may serve. A forced tool cannot be combined with
extended thinking; no translation here asks for thinking.

- ``json_schema``: the tool is named after ``json_schema.name`` (invalid characters become
  ``_``) and carries its description; the schema's root must be an object, as Anthropic tool
  inputs are (OpenAI's strict mode demands the same). A schema without ``type`` but with
  ``properties`` is read as an object.
- ``json_object``: the same, with a permissive object schema (any keys); the conversation says
  what the object holds, as OpenAI requires it to.
- With the client's own tools: both are offered. ``tool_choice`` ``auto`` (or absent) becomes
  Anthropic's ``any``, so the model either calls one of the client's tools or answers through
  the output tool; ``none`` forces the output tool. ``required`` and a named function demand a
  call of the client's tools, so that turn cannot be the JSON answer: the output tool is not
  offered. A client tool with the output tool's name is refused.
"""

from __future__ import annotations

import re
from typing import Any, Final

from proxy.errors import BadRequest

DEFAULT_TOOL_NAME: Final = "json_output"
_PERMISSIVE: Final = {"type": "object", "additionalProperties": True}
_BAD_NAME_CHARS: Final = re.compile(r"[^a-zA-Z0-9_-]")
_DESCRIPTION: Final = (
    "Give your final answer by calling this tool: its input is the answer, "
    "as JSON that follows the schema."
)
_OBJECT_DESCRIPTION: Final = (
    "Give your final answer by calling this tool: its input is the answer, "
    "as the JSON object the conversation asks for."
)


def format_type(fmt: Any) -> str | None:
    """``json_schema`` or ``json_object`` when ``fmt`` asks for JSON, else None."""
    kind = fmt.get("type") if isinstance(fmt, dict) else None
    return kind if kind in ("json_schema", "json_object") else None


def output_tool(fmt: Any, *, flat: bool, param: str) -> dict[str, Any] | None:
    """The Anthropic tool that carries this output format, or None for plain text.

    ``flat`` is the Responses API's ``text.format`` layout (name and schema beside ``type``);
    otherwise it is Chat Completions' (under ``json_schema``). Raises BadRequest naming
    ``param`` for what cannot be expressed.
    """
    kind = format_type(fmt)
    if kind is None:
        if isinstance(fmt, dict) and fmt.get("type") not in (None, "text"):
            raise BadRequest(f"output format {fmt.get('type')!r} is not supported", param=param)
        return None
    assert isinstance(fmt, dict)
    if kind == "json_object":
        schema: dict[str, Any] = dict(_PERMISSIVE)
        return {
            "name": DEFAULT_TOOL_NAME,
            "description": _OBJECT_DESCRIPTION,
            "input_schema": schema,
        }
    spec = fmt if flat else fmt.get("json_schema")
    where = param if flat else f"{param}.json_schema"
    if not isinstance(spec, dict):
        raise BadRequest("json_schema must be an object", param=where)
    return {
        "name": _tool_name(spec.get("name")),
        "description": str(spec.get("description") or _DESCRIPTION),
        "input_schema": _object_schema(spec.get("schema"), f"{where}.schema"),
    }


def output_tool_name(fmt: Any, *, flat: bool) -> str | None:
    """The name :func:`output_tool` gives (None for text), without validating the schema."""
    kind = format_type(fmt)
    if kind is None or not isinstance(fmt, dict):
        return None
    if kind == "json_object":
        return DEFAULT_TOOL_NAME
    spec = fmt if flat else fmt.get("json_schema")
    return _tool_name(spec.get("name") if isinstance(spec, dict) else None)


def _tool_name(raw: Any) -> str:
    name = _BAD_NAME_CHARS.sub("_", raw) if isinstance(raw, str) and raw else DEFAULT_TOOL_NAME
    return name[:64]


def _object_schema(schema: Any, param: str) -> dict[str, Any]:
    if schema is None:
        return dict(_PERMISSIVE)
    if not isinstance(schema, dict):
        raise BadRequest("the schema must be a JSON object", param=param)
    if schema.get("type") == "object":
        return schema
    if "type" not in schema and "properties" in schema:
        return {"type": "object", **schema}
    raise BadRequest(
        "this backend answers in JSON through a tool, whose schema must describe an object "
        "(wrap other values in an object property)",
        param=param,
    )


def add_output_tool(
    out: dict[str, Any], tool: dict[str, Any], choice: dict[str, Any] | None
) -> None:
    """Offer ``tool`` beside the client's tools in the Anthropic request ``out``.

    ``choice`` is the client's tool choice already in Anthropic's shape (None when absent); the
    combined choice is written to ``out`` (see the module docstring).
    """
    tools: list[dict[str, Any]] = out.get("tools") or []
    kind = choice.get("type") if choice else None
    if tools and kind in ("any", "tool"):  # a call of the client's tools is demanded this turn
        out["tool_choice"] = choice
        return
    if any(t.get("name") == tool["name"] for t in tools):
        raise BadRequest(
            f"a tool is named {tool['name']!r}, as the requested output format; rename one",
            param="tools",
        )
    out["tools"] = [*tools, tool]
    combined: dict[str, Any] = {"type": "tool", "name": tool["name"]}
    if tools and kind != "none":
        combined = {"type": "any"}
    if choice and choice.get("disable_parallel_tool_use"):
        combined["disable_parallel_tool_use"] = True
    out["tool_choice"] = combined
