"""The sweep also scans object keys outside the protocol vocabulary and long numbers."""

from __future__ import annotations

from typing import Any

import pytest

from proxy.classify.taxonomy import TextPart
from proxy.protocols.extract import extract_texts

IBAN = "DE89370400440532013000"
CHAT = [{"role": "user", "content": "hi"}]


def _swept(body: dict[str, Any], endpoint: str = "chat.completions") -> set[TextPart]:
    texts, unscannable = extract_texts(endpoint, body)
    assert unscannable == []
    return set(texts) - {TextPart("messages[0].content", "hi")}


@pytest.mark.parametrize(
    ("extra", "parts"),
    [
        ({"metadata": {IBAN: "x"}}, {("metadata.DE89370400440532013000#key", IBAN)}),
        ({"metadata": {IBAN: "x"}}, {("metadata.DE89370400440532013000", "x")}),
        ({IBAN: 1}, {("DE89370400440532013000#key", IBAN)}),
        ({"metadata": {"card": 4556737586899855}}, {("metadata.card", "4556737586899855")}),
        ({"metadata": {"card": 4556737586899855.0}}, {("metadata.card", "4556737586899855")}),
        ({"metadata": {"n": -123456}}, {("metadata.n", "-123456")}),
        ({"metadata": {"x": 1234.5678}}, {("metadata.x", "1234.5678")}),
        ({"metadata": {"list": [987654321]}}, {("metadata.list[0]", "987654321")}),
    ],
)
def test_keys_and_numbers_are_swept(extra: dict[str, Any], parts: set[tuple[str, str]]) -> None:
    """A free-form key and a number of six digits or more become text parts with their paths."""
    got = _swept({"model": "m", "messages": CHAT, **extra})
    assert {TextPart(p, t) for p, t in parts} <= got


@pytest.mark.parametrize(
    "extra",
    [
        {"temperature": 0.7, "max_tokens": 99999, "top_p": 1, "stream": True},
        {"metadata": {"flag": True, "n": 12345, "x": 0.125}},
        {"response_format": {"type": "json_schema", "json_schema": {"strict": True}}},
    ],
)
def test_short_numbers_booleans_and_vocabulary_keys_are_not(extra: dict[str, Any]) -> None:
    """Numbers under six digits, booleans and protocol field names add no text part."""
    got = _swept({"model": "m", "messages": CHAT, **extra})
    assert {p.text for p in got} <= {"flag", "n", "x"}  # only metadata's own keys


def test_covered_parts_are_not_swept_twice() -> None:
    """Keys and numbers inside a part the walk already scanned (tool arguments) are not repeated."""
    call = {"function": {"name": "f", "arguments": {IBAN: 4556737586899855}}}
    body = {"model": "m", "messages": [{"role": "assistant", "tool_calls": [call]}]}
    texts, _ = extract_texts("chat.completions", body)
    assert texts == [
        TextPart("messages[0].tool_calls[0].function.name", "f"),
        TextPart(
            "messages[0].tool_calls[0].function.arguments",
            '{"DE89370400440532013000":4556737586899855}',
        ),
    ]


def test_unknown_keys_of_the_body_are_scanned_in_every_endpoint() -> None:
    """An unknown top-level key is scanned for Anthropic bodies too."""
    body = {"model": "m", "max_tokens": 5, "messages": CHAT, "x-note-Jane": {"k": 123456}}
    got = _swept(body, "messages")
    assert TextPart("x-note-Jane#key", "x-note-Jane") in got
    assert TextPart("x-note-Jane.k", "123456") in got
