"""The simulator's schema sampler: every value it makes validates against its schema."""

from __future__ import annotations

from typing import Any

import pytest
from pydantic import BaseModel, TypeAdapter

from proxy.demo.schema_sample import sample


class Inner(BaseModel):
    when: str
    ratio: float


class Outer(BaseModel):
    name: str
    count: int
    flag: bool
    inner: Inner
    items: list[Inner]
    maybe: int | None
    kind: str = "a"


@pytest.mark.parametrize(
    ("schema", "expected"),
    [
        ({"const": 3}, 3),
        ({"enum": ["x", "y"]}, "x"),
        ({"type": ["null", "integer"], "minimum": 4}, 4),
        ({"type": "string", "format": "date-time"}, "2024-05-17T10:00:00Z"),
        ({"type": "array", "items": {"type": "boolean"}, "minItems": 2}, [True, True]),
        ({"allOf": [{"type": "number"}]}, 1.5),
        ({"type": "null"}, None),
        ({"$ref": "#/$defs/missing"}, None),
    ],
)
def test_sample_table(schema: dict[str, Any], expected: Any) -> None:
    """Each schema keyword gives its documented value."""
    assert sample(schema) == expected


def test_a_pydantic_schema_round_trips() -> None:
    """A nested pydantic schema ($defs, anyOf with null, arrays) gives a valid instance."""
    value = sample(Outer.model_json_schema())
    assert TypeAdapter(Outer).validate_python(value).inner.when == "sample"


def test_recursion_stops() -> None:
    """A self-referencing schema ends instead of recursing forever."""
    node = {"type": "object", "properties": {"next": {"$ref": "#"}}}
    value, depth = sample(node), 0
    while isinstance(value, dict):
        value, depth = value["next"], depth + 1
    assert 1 < depth < 10
