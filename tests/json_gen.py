"""Hypothesis JSON with duplicate keys at random depths, for the strict-body tests."""

from __future__ import annotations

import json
from typing import Any

from hypothesis import strategies as st

# Objects are lists of pairs, so duplicates survive until serialised; keys come from a small
# alphabet (duplicates are common) and are sometimes spelt with a \u escape.
KEYS = st.sampled_from(["a", "b", "content", "messages", "k:", ":x"])
SCALARS = (
    st.none()
    | st.booleans()
    | st.integers(-(2**63), 2**64 - 1)
    | st.floats(allow_nan=False, allow_infinity=False)
    | st.text(st.characters(blacklist_characters="\x00", blacklist_categories=("Cs",)))
)


class Obj(list[tuple[str, bool, Any]]):
    """A JSON object as written: (key, escape the key's first character?, value) in order."""


def json_values() -> st.SearchStrategy[Any]:
    """Arbitrary JSON with objects as ``Obj``; duplicates at random depths."""
    return st.recursive(
        SCALARS,
        lambda inner: (
            st.lists(inner, max_size=4)
            | st.lists(st.tuples(KEYS, st.booleans(), inner), max_size=4).map(Obj)
        ),
        max_leaves=12,
    )


def dump(value: Any) -> bytes:
    """Serialise, duplicates and escaped keys included."""
    if isinstance(value, Obj):
        members = [_key(k, escape) + b":" + dump(v) for k, escape, v in value]
        return b"{" + b",".join(members) + b"}"
    if isinstance(value, list):
        return b"[" + b",".join(dump(v) for v in value) + b"]"
    return json.dumps(value).encode()


def _key(key: str, escape: bool) -> bytes:
    text = json.dumps(key)
    return (f'"\\u{ord(key[0]):04x}' + text[2:] if escape else text).encode()


def has_duplicate(value: Any) -> bool:
    """Ground truth from the generated structure."""
    if isinstance(value, Obj):
        keys = [k for k, _, _ in value]
        return len(keys) != len(set(keys)) or any(has_duplicate(v) for _, _, v in value)
    if isinstance(value, list):
        return any(has_duplicate(v) for v in value)
    return False


def first_wins(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    """Object hook of a parser that keeps the first duplicate."""
    out: dict[str, Any] = {}
    for key, value in pairs:
        out.setdefault(key, value)
    return out
