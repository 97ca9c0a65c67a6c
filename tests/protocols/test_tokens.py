"""The approximate input-token count for /v1/messages/count_tokens."""

from __future__ import annotations

from typing import Any

import pytest

from proxy.protocols.tokens import (
    MEDIA_TOKENS,
    MESSAGE_OVERHEAD,
    TOOL_OVERHEAD,
    estimate_input_tokens,
)

IMAGE = {"type": "image", "source": {"type": "base64", "media_type": "image/png", "data": "x"}}


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ({}, 1),
        ({"messages": [{"role": "user", "content": "abcd" * 10}]}, MESSAGE_OVERHEAD + 10),
        ({"messages": [{"role": "user", "content": "abcde"}]}, MESSAGE_OVERHEAD + 2),
        ({"system": "abcd" * 5, "messages": [{"role": "user", "content": ""}]},
         MESSAGE_OVERHEAD + 5),
        ({"system": [{"type": "text", "text": "abcd"}], "messages": []}, 1),
        ({"messages": [{"role": "user", "content": [IMAGE, {"type": "text", "text": "abcd"}]}]},
         MESSAGE_OVERHEAD + MEDIA_TOKENS + 1),
        ({"messages": [{"role": "user", "content": [
            {"type": "tool_result", "tool_use_id": "t", "content": [
                {"type": "text", "text": "abcdabcd"}, IMAGE]}]}]},
         MESSAGE_OVERHEAD + MEDIA_TOKENS + 2),
        ({"messages": [{"role": "assistant", "content": [
            {"type": "tool_use", "id": "t", "name": "ab", "input": {"k": "v"}}]}]},
         MESSAGE_OVERHEAD + 3),
        ({"messages": ["junk", {"role": "user", "content": ["junk", 3]}]},
         2 * MESSAGE_OVERHEAD),
        ({"messages": [{"role": "user", "content": 7}]}, MESSAGE_OVERHEAD),
        ({"messages": [], "tools": [{"name": "f", "input_schema": {}}]},
         TOOL_OVERHEAD + 8),
    ],
)  # fmt: skip
def test_estimate_table(body: dict[str, Any], expected: int) -> None:
    """Text counts a token per 4 characters, plus message, tool and media overheads."""
    assert estimate_input_tokens(body) == expected


def test_estimate_grows_with_text() -> None:
    """More text never gives fewer tokens."""
    small = {"messages": [{"role": "user", "content": "word " * 10}]}
    large = {"messages": [{"role": "user", "content": "word " * 1000}]}
    assert estimate_input_tokens(large) > estimate_input_tokens(small)
