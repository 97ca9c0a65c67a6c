"""A small JSON Schema (2020-12) checker: the keywords bench-result.schema.json uses, no more.

The project has no jsonschema dependency; this covers type, const, enum, required, properties,
additionalProperties, items, minItems, minimum, maximum, exclusiveMinimum and local ``$ref``.
An unknown keyword raises, so the schema cannot silently use one this checker ignores.
"""

from __future__ import annotations

from typing import Any

_TYPES: dict[str, Any] = {
    "object": dict,
    "array": list,
    "string": str,
    "boolean": bool,
    "null": type(None),
}
_KNOWN = {
    "$schema", "$id", "$defs", "title", "description", "type", "const", "enum", "required",
    "properties", "additionalProperties", "items", "minItems", "minimum", "maximum",
    "exclusiveMinimum", "$ref",
}  # fmt: skip


def _is(value: Any, kind: str) -> bool:
    if kind == "integer":
        return isinstance(value, int) and not isinstance(value, bool)
    if kind == "number":
        return isinstance(value, int | float) and not isinstance(value, bool)
    return isinstance(value, _TYPES[kind])


def errors(value: Any, schema: dict[str, Any], root: dict[str, Any], at: str = "$") -> list[str]:
    """Every violation of ``schema`` by ``value`` (empty when valid)."""
    unknown = set(schema) - _KNOWN
    if unknown:
        raise ValueError(f"schema keyword(s) this checker does not know: {sorted(unknown)}")
    if "$ref" in schema:
        target: Any = root
        for part in schema["$ref"].removeprefix("#/").split("/"):
            target = target[part]
        return errors(value, target, root, at)
    out = _scalar(value, schema, at)
    if isinstance(value, dict):
        out += _object(value, schema, root, at)
    if isinstance(value, list):
        if len(value) < schema.get("minItems", 0):
            out.append(f"{at}: fewer than {schema['minItems']} items")
        for i, item in enumerate(value):
            if "items" in schema:
                out += errors(item, schema["items"], root, f"{at}[{i}]")
    return out


def _scalar(value: Any, schema: dict[str, Any], at: str) -> list[str]:
    out = []
    kinds = schema.get("type")
    if kinds is not None:
        kinds = [kinds] if isinstance(kinds, str) else kinds
        if not any(_is(value, k) for k in kinds):
            out.append(f"{at}: {value!r} is not of type {kinds}")
    if "const" in schema and value != schema["const"]:
        out.append(f"{at}: {value!r} is not {schema['const']!r}")
    if "enum" in schema and value not in schema["enum"]:
        out.append(f"{at}: {value!r} is not one of {schema['enum']}")
    if _is(value, "number"):
        if "minimum" in schema and value < schema["minimum"]:
            out.append(f"{at}: {value} < {schema['minimum']}")
        if "maximum" in schema and value > schema["maximum"]:
            out.append(f"{at}: {value} > {schema['maximum']}")
        if "exclusiveMinimum" in schema and value <= schema["exclusiveMinimum"]:
            out.append(f"{at}: {value} <= {schema['exclusiveMinimum']}")
    return out


def _object(value: dict[str, Any], schema: dict[str, Any], root: dict[str, Any], at: str) -> list:
    out = [f"{at}: missing {key!r}" for key in schema.get("required", ()) if key not in value]
    properties = schema.get("properties", {})
    for key, item in value.items():
        if key in properties:
            out += errors(item, properties[key], root, f"{at}.{key}")
        elif "additionalProperties" in schema:
            extra = schema["additionalProperties"]
            if extra is False:
                out.append(f"{at}: unexpected {key!r}")
            elif isinstance(extra, dict):
                out += errors(item, extra, root, f"{at}.{key}")
    return out
