"""Defensive access to parsed JSON: a wrong type reads as empty instead of raising.

Bodies come from clients and backends we do not control. Where a malformed part can only
mean "nothing there", these helpers let a translator carry on rather than fail with a
TypeError that would surface as a 500.
"""

from __future__ import annotations

from typing import Any

import orjson

#: The error a stream translator ends with when an upstream event's data is not a JSON object.
BAD_EVENT = "the backend sent a stream event that is not a JSON object"


def as_dict(value: Any) -> dict[str, Any]:
    """``value`` if it is a JSON object, else an empty one."""
    return value if isinstance(value, dict) else {}


def as_list(value: Any) -> list[Any]:
    """``value`` if it is a JSON array, else an empty one."""
    return value if isinstance(value, list) else []


def as_index(value: Any) -> int:
    """``value`` if it is an integer index (not a bool), else -1."""
    return value if isinstance(value, int) and not isinstance(value, bool) else -1


def event_object(data: str) -> dict[str, Any] | None:
    """An event's data parsed as a JSON object, or None when it is not one."""
    try:
        value: Any = orjson.loads(data)
    except orjson.JSONDecodeError:
        return None
    return value if isinstance(value, dict) else None
