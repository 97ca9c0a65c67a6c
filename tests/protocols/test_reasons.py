"""Finish/stop reason tables and usage conversion."""

from __future__ import annotations

from typing import Any, get_args

import pytest
from anthropic.types import StopReason
from openai.types.chat.chat_completion import Choice

from proxy.protocols.reasons import (
    ANTHROPIC_TO_OPENAI_FINISH,
    OPENAI_TO_ANTHROPIC_STOP,
    anthropic_stop_reason,
    anthropic_usage,
    openai_finish_reason,
    openai_usage,
)

OPENAI_FINISH = set(get_args(Choice.model_fields["finish_reason"].annotation))


def test_every_anthropic_stop_reason_is_mapped_to_a_valid_finish_reason() -> None:
    """Each stop reason the Anthropic SDK knows maps to a finish reason the OpenAI SDK accepts."""
    assert set(ANTHROPIC_TO_OPENAI_FINISH) == set(get_args(StopReason))
    assert set(ANTHROPIC_TO_OPENAI_FINISH.values()) <= OPENAI_FINISH


def test_every_openai_finish_reason_maps_to_a_valid_stop_reason() -> None:
    """Each OpenAI finish reason maps to a stop reason the Anthropic SDK accepts."""
    assert set(OPENAI_TO_ANTHROPIC_STOP) >= OPENAI_FINISH
    assert set(OPENAI_TO_ANTHROPIC_STOP.values()) <= set(get_args(StopReason))


@pytest.mark.parametrize(
    ("reason", "finish"), [("end_turn", "stop"), ("tool_use", "tool_calls"), (None, "stop")]
)
def test_openai_finish_reason(reason: str | None, finish: str) -> None:
    """Known reasons map through the table; None and unknown fall back to stop."""
    assert openai_finish_reason(reason) == finish


@pytest.mark.parametrize(
    ("finish", "reason"), [("length", "max_tokens"), ("mystery", "end_turn"), (None, "end_turn")]
)
def test_anthropic_stop_reason(finish: str | None, reason: str) -> None:
    """Known finish reasons map through the table; None and unknown fall back to end_turn."""
    assert anthropic_stop_reason(finish) == reason


@pytest.mark.parametrize(
    ("usage", "expected"),
    [
        ({"input_tokens": 3, "output_tokens": 4},
         {"prompt_tokens": 3, "completion_tokens": 4, "total_tokens": 7}),
        ({"input_tokens": 3, "output_tokens": 4, "cache_read_input_tokens": 10,
          "cache_creation_input_tokens": 2},
         {"prompt_tokens": 15, "completion_tokens": 4, "total_tokens": 19,
          "prompt_tokens_details": {"cached_tokens": 10}}),
        ({"input_tokens": None, "output_tokens": True},
         {"prompt_tokens": 0, "completion_tokens": 0, "total_tokens": 0}),
        (None, {"prompt_tokens": 0, "completion_tokens": 0, "total_tokens": 0}),
    ],
)  # fmt: skip
def test_openai_usage(usage: Any, expected: dict[str, Any]) -> None:
    """Anthropic usage becomes OpenAI usage; cache tokens are part of the prompt."""
    assert openai_usage(usage) == expected


@pytest.mark.parametrize(
    ("usage", "expected"),
    [
        ({"prompt_tokens": 3, "completion_tokens": 4, "total_tokens": 7},
         {"input_tokens": 3, "output_tokens": 4}),
        ({"prompt_tokens": 15, "completion_tokens": 4, "prompt_tokens_details":
          {"cached_tokens": 10}},
         {"input_tokens": 5, "output_tokens": 4, "cache_read_input_tokens": 10}),
        ({"prompt_tokens": 1, "prompt_tokens_details": {"cached_tokens": 5}},
         {"input_tokens": 0, "output_tokens": 0, "cache_read_input_tokens": 5}),
        ("junk", {"input_tokens": 0, "output_tokens": 0}),
    ],
)  # fmt: skip
def test_anthropic_usage(usage: Any, expected: dict[str, Any]) -> None:
    """OpenAI usage becomes Anthropic usage; cached prompt tokens become cache reads."""
    assert anthropic_usage(usage) == expected


@pytest.mark.parametrize(
    "usage",
    [{"input_tokens": 3, "output_tokens": 4}, {"input_tokens": 2, "output_tokens": 1,
                                               "cache_read_input_tokens": 6}],
)  # fmt: skip
def test_usage_round_trip(usage: dict[str, int]) -> None:
    """Anthropic → OpenAI → Anthropic usage keeps input, output and cache-read counts."""
    assert anthropic_usage(openai_usage(usage)) == usage
