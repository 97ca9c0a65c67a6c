"""A small, deterministic instance of a JSON schema: the input of a simulated forced tool call.

Covers the schema shapes client libraries generate (pydantic, zod, openai-agents): objects with
``properties``/``required``, ``$ref`` into ``$defs``/``definitions``, ``anyOf``/``oneOf``/``allOf``,
``enum``/``const``, arrays, strings (``format: date``/``date-time``/``email``), numbers, booleans
and null. Every property is filled, so strict schemas (all properties required) are met.
"""

from __future__ import annotations

from typing import Any

_STRING_FORMATS = {
    "date": "2024-05-17",
    "date-time": "2024-05-17T10:00:00Z",
    "email": "someone@example.org",
    "uri": "https://example.org/",
}


def sample(schema: Any, root: Any = None, depth: int = 0) -> Any:
    """A value valid for ``schema`` (``root`` resolves ``$ref``; recursion stops at depth 8)."""
    root = schema if root is None else root
    if not isinstance(schema, dict) or depth > 8:
        return None
    if "$ref" in schema:
        return sample(_resolve(root, str(schema["$ref"])), root, depth + 1)
    if "const" in schema:
        return schema["const"]
    if schema.get("enum"):
        return schema["enum"][0]
    for key in ("anyOf", "oneOf", "allOf"):
        options = schema.get(key)
        if isinstance(options, list) and options:
            return sample(options[0], root, depth + 1)
    kind = schema.get("type")
    if isinstance(kind, list):
        kind = next((k for k in kind if k != "null"), "null")
    if kind == "object" or (kind is None and "properties" in schema):
        props = schema.get("properties") or {}
        return {name: sample(sub, root, depth + 1) for name, sub in props.items()}
    if kind == "array":
        count = max(1, int(schema.get("minItems") or 1))
        return [sample(schema.get("items"), root, depth + 1) for _ in range(count)]
    return _scalar(schema, kind)


def _scalar(schema: dict[str, Any], kind: Any) -> Any:
    if kind == "string":
        return _STRING_FORMATS.get(str(schema.get("format")), "sample")
    if kind == "integer":
        return int(schema.get("minimum") or 1)
    if kind == "number":
        return float(schema.get("minimum") or 1.5)
    if kind == "boolean":
        return True
    return None


def _resolve(root: Any, ref: str) -> Any:
    """The node a local ``$ref`` (``#`` or ``#/a/b``) points at, None if there is none."""
    node = root
    path = ref.removeprefix("#").removeprefix("/")
    for part in path.split("/") if path else []:
        node = node.get(part) if isinstance(node, dict) else None
    return node
