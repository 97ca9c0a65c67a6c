"""Hypothesis bodies for the translator fuzz tests: JSON trees over a key and leaf vocabulary."""

from __future__ import annotations

from typing import Any

from hypothesis import HealthCheck, settings
from hypothesis import strategies as st

FUZZ = settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
FUZZ_STREAMS = settings(FUZZ, max_examples=80)


def json_bodies(
    keys: st.SearchStrategy[str], leaves: st.SearchStrategy[Any]
) -> st.SearchStrategy[dict[str, Any]]:
    """Objects of up to 8 keys whose values are trees (lists, objects) of ``leaves``."""
    tree = st.recursive(
        leaves,
        lambda inner: st.lists(inner, max_size=4) | st.dictionaries(keys, inner, max_size=6),
        max_leaves=30,
    )
    return st.dictionaries(keys, tree, max_size=8)
