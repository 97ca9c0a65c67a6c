"""Finish/stop reasons and usage, mapped between OpenAI Chat Completions and Anthropic Messages.

The two tables are not inverses: OpenAI's ``stop`` covers both a natural end and a stop
sequence, so ``stop`` maps back to ``end_turn`` (the stop sequence that matched is unknown).
An unknown reason maps to the neutral one (``stop`` / ``end_turn``) rather than failing a
response that the backend already produced and billed.
"""

from __future__ import annotations

from typing import Any, Final

ANTHROPIC_TO_OPENAI_FINISH: Final[dict[str, str]] = {
    "end_turn": "stop",
    "stop_sequence": "stop",
    "max_tokens": "length",
    "tool_use": "tool_calls",
    "pause_turn": "stop",
    "refusal": "content_filter",
    "model_context_window_exceeded": "length",
}
"""Anthropic ``stop_reason`` → OpenAI ``finish_reason``."""

OPENAI_TO_ANTHROPIC_STOP: Final[dict[str, str]] = {
    "stop": "end_turn",
    "length": "max_tokens",
    "model_length": "max_tokens",
    "tool_calls": "tool_use",
    "function_call": "tool_use",
    "content_filter": "refusal",
}
"""OpenAI (and Mistral) ``finish_reason`` → Anthropic ``stop_reason``."""


def openai_finish_reason(stop_reason: Any) -> str:
    """OpenAI ``finish_reason`` for an Anthropic ``stop_reason`` (unknown or None → ``stop``)."""
    if isinstance(stop_reason, str):
        return ANTHROPIC_TO_OPENAI_FINISH.get(stop_reason, "stop")
    return "stop"


def anthropic_stop_reason(finish_reason: Any) -> str:
    """Anthropic ``stop_reason`` for an OpenAI ``finish_reason`` (unknown/None → ``end_turn``)."""
    if isinstance(finish_reason, str):
        return OPENAI_TO_ANTHROPIC_STOP.get(finish_reason, "end_turn")
    return "end_turn"


def _int(value: Any) -> int:
    """A token count from an upstream: 0 unless an int, kept within 0..2**53 (a sum of a few
    stays in the 64-bit range the JSON encoder writes; JavaScript clients read it exactly)."""
    if not isinstance(value, int) or isinstance(value, bool):
        return 0
    return min(max(value, 0), 2**53)


def openai_usage(usage: Any) -> dict[str, Any]:
    """OpenAI ``usage`` from an Anthropic one.

    Anthropic's ``input_tokens`` excludes prompt-cache reads and writes; OpenAI's
    ``prompt_tokens`` is the whole prompt, so the three are summed and cache reads are
    reported as ``prompt_tokens_details.cached_tokens``.
    """
    u = usage if isinstance(usage, dict) else {}
    cached = _int(u.get("cache_read_input_tokens"))
    prompt = _int(u.get("input_tokens")) + _int(u.get("cache_creation_input_tokens")) + cached
    completion = _int(u.get("output_tokens"))
    out: dict[str, Any] = {
        "prompt_tokens": prompt,
        "completion_tokens": completion,
        "total_tokens": prompt + completion,
    }
    if cached:
        out["prompt_tokens_details"] = {"cached_tokens": cached}
    return out


def anthropic_usage(usage: Any) -> dict[str, Any]:
    """Anthropic ``usage`` from an OpenAI one (cached prompt tokens become cache reads)."""
    u = usage if isinstance(usage, dict) else {}
    details = u.get("prompt_tokens_details")
    cached = _int(details.get("cached_tokens")) if isinstance(details, dict) else 0
    out: dict[str, Any] = {
        "input_tokens": max(_int(u.get("prompt_tokens")) - cached, 0),
        "output_tokens": _int(u.get("completion_tokens")),
    }
    if cached:
        out["cache_read_input_tokens"] = cached
    return out
