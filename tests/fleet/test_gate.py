"""What a request reserves before it is sent, and what it is charged once answered."""

from __future__ import annotations

from typing import Any

import orjson
import pytest

from proxy.exchange import Exchange
from proxy.fleet.gate import estimate_tokens, used_tokens

TEXT = "x" * 400  # 100 tokens at 4 characters a token


def _exchange(endpoint: str, body: dict[str, Any]) -> Exchange:
    raw = orjson.dumps(body)
    return Exchange("r", endpoint, "openai", "/", raw, body, "m", stream=False)


@pytest.mark.parametrize(
    ("endpoint", "body", "tokens"),
    [
        # 4 tokens of message framing + 100 of text + max_tokens
        (
            "chat.completions",
            {"messages": [{"role": "user", "content": TEXT}], "max_tokens": 50},
            154,
        ),
        # no max_tokens: the cap is reserved
        ("chat.completions", {"messages": [{"role": "user", "content": TEXT}]}, 104 + 1024),
        # max_tokens over the cap: the cap
        ("messages", {"messages": [{"role": "user", "content": TEXT}], "max_tokens": 9000}, 1128),
        (
            "responses",
            {"input": TEXT, "max_output_tokens": 10},
            len(orjson.dumps({"input": TEXT, "max_output_tokens": 10})) // 4 + 10,
        ),
        ("embeddings", {"input": TEXT}, len(orjson.dumps({"input": TEXT})) // 4),
        ("messages.count_tokens", {"messages": [{"role": "user", "content": TEXT}]}, 0),
    ],
)
def test_reservation(endpoint: str, body: dict[str, Any], tokens: int) -> None:
    """Input estimated as count_tokens does (else a quarter of the body bytes) plus the output
    asked for, capped; nothing for embeddings' output or for counting tokens."""
    assert estimate_tokens(_exchange(endpoint, body), 1024) == tokens


@pytest.mark.parametrize(
    ("usage", "tokens"),
    [
        ({}, None),
        ({"prompt_tokens": 10, "completion_tokens": 5, "total_tokens": 15}, 15),
        ({"input_tokens": 10, "output_tokens": 5, "cache_read_input_tokens": 100}, 115),
        ({"prompt_tokens": 7, "total_tokens": 7}, 7),  # embeddings
    ],
)
def test_charge_from_the_backends_usage(usage: dict[str, int], tokens: int | None) -> None:
    """OpenAI's and Anthropic's usage (cache reads included) become one token count."""
    exchange = _exchange("chat.completions", {})
    exchange.usage = usage
    assert used_tokens(exchange) == tokens
