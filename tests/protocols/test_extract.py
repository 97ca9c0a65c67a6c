"""Text extraction from request bodies: every scannable text with its part path, and every
part that cannot be scanned reported rather than skipped."""

from __future__ import annotations

from typing import Any

import pytest

from proxy.classify.taxonomy import TextPart
from proxy.protocols.extract import extract_texts

IMG = {"type": "image_url", "image_url": {"url": "data:image/png;base64,AAAA"}}

CASES: list[tuple[str, str, dict[str, Any], list[tuple[str, str]], list[str]]] = [
    (
        "chat string content and name",
        "chat.completions",
        {"messages": [{"role": "user", "name": "anna", "content": "hi"}]},
        [("messages[0].name", "anna"), ("messages[0].content", "hi")],
        [],
    ),
    (
        "chat parts: text scanned, image/audio/file unscannable",
        "chat.completions",
        {
            "messages": [
                {
                    "role": "user",
                    "content": [
                        {"type": "text", "text": "look"},
                        IMG,
                        {"type": "input_audio", "input_audio": {"data": "x"}},
                        {"type": "file", "file": {"file_id": "f"}},
                        {"type": "refusal", "refusal": "no"},
                        "bare string part",
                        3,
                    ],
                }
            ]
        },
        [
            ("messages[0].content[0].text", "look"),
            ("messages[0].content[4].refusal", "no"),
            ("messages[0].content[5]", "bare string part"),
        ],
        [
            "messages[0].content[1]",
            "messages[0].content[2]",
            "messages[0].content[3]",
            "messages[0].content[6]",
        ],
    ),
    (
        "chat tool calls, tool messages, legacy function_call",
        "chat.completions",
        {
            "messages": [
                {
                    "role": "assistant",
                    "content": None,
                    "tool_calls": [
                        {"function": {"name": "f", "arguments": '{"a": 1}'}},
                        {"function": {"name": "g", "arguments": {"b": "é"}}},
                        "odd",
                    ],
                    "function_call": {"name": "h", "arguments": '{"c": 3}'},
                },
                {"role": "tool", "tool_call_id": "1", "content": "result"},
            ]
        },
        [
            ("messages[0].tool_calls[0].function.name", "f"),
            ("messages[0].tool_calls[0].function.arguments", '{"a": 1}'),
            ("messages[0].tool_calls[1].function.name", "g"),
            ("messages[0].tool_calls[1].function.arguments", '{"b":"é"}'),
            ("messages[0].function_call.arguments", '{"c": 3}'),
            ("messages[0].function_call.name", "h"),
            ("messages[1].content", "result"),
            ("messages[1].tool_call_id", "1"),
        ],
        ["messages[0].tool_calls[2]"],
    ),
    (
        "chat tools and legacy functions",
        "chat.completions",
        {
            "messages": [],
            "tools": [
                {
                    "type": "function",
                    "function": {
                        "name": "t",
                        "description": "Look up",
                        "parameters": {"type": "object"},
                    },
                },
                "odd",
            ],
            "functions": [{"name": "f", "description": "Legacy"}],
        },
        [
            ("tools[0].function.description", "Look up"),
            ("tools[0].function.parameters", '{"type":"object"}'),
            ("functions[0].description", "Legacy"),
            ("functions[0].name", "f"),
            ("tools[0].function.name", "t"),
        ],
        ["tools[1]"],
    ),
    (
        "odd chat shapes are unscannable, not skipped",
        "chat.completions",
        {"messages": ["x", {"role": "user", "content": 42}], "tools": {"a": 1}},
        [],
        ["messages[0]", "messages[1].content", "tools"],
    ),
    ("messages not a list", "chat.completions", {"messages": "hi"}, [], ["messages"]),
    ("completions prompt string", "completions", {"prompt": "p"}, [("prompt", "p")], []),
    (
        "completions prompt list",
        "completions",
        {"prompt": ["a", "b"]},
        [("prompt[0]", "a"), ("prompt[1]", "b")],
        [],
    ),
    ("completions token ids", "completions", {"prompt": [1, 2, 3]}, [], ["prompt"]),
    (
        "completions nested token ids",
        "completions",
        {"prompt": [[1, 2], "b"]},
        [("prompt[1]", "b")],
        ["prompt[0]"],
    ),
    ("completions odd prompt", "completions", {"prompt": 5}, [], ["prompt"]),
    ("embeddings string", "embeddings", {"input": "e"}, [("input", "e")], []),
    ("embeddings tokens", "embeddings", {"input": [5, 6]}, [], ["input"]),
    (
        "responses string input and instructions",
        "responses",
        {"instructions": "be brief", "input": "hello"},
        [("instructions", "be brief"), ("input", "hello")],
        [],
    ),
    (
        "responses items",
        "responses",
        {
            "input": [
                "plain",
                {
                    "role": "user",
                    "content": [
                        {"type": "input_text", "text": "t"},
                        {"type": "input_image", "image_url": "u"},
                        {"type": "input_file", "file_id": "f"},
                    ],
                },
                {"role": "assistant", "content": "said"},
                {"type": "function_call", "name": "f", "arguments": '{"q": 1}'},
                {"type": "function_call_output", "call_id": "c", "output": "out"},
                {
                    "type": "function_call_output",
                    "call_id": "c",
                    "output": [{"type": "input_text", "text": "o2"}],
                },
                {"type": "input_text", "text": "bare"},
                7,
            ],
            "tools": [{"type": "function", "name": "f", "description": "d"}],
        },
        [
            ("input[0]", "plain"),
            ("input[1].content[0].text", "t"),
            ("input[2].content", "said"),
            ("input[3].arguments", '{"q": 1}'),
            ("input[4].output", "out"),
            ("input[5].output[0].text", "o2"),
            ("input[6].text", "bare"),
            ("tools[0].description", "d"),
            ("tools[0].name", "f"),
            ("input[3].name", "f"),
            ("input[5].call_id", "c"),
        ],
        ["input[1].content[1]", "input[1].content[2]", "input[7]"],
    ),
    (
        "anthropic system string and blocks",
        "messages",
        {"system": [{"type": "text", "text": "sys"}], "messages": []},
        [("system[0].text", "sys")],
        [],
    ),
    (
        "anthropic blocks",
        "messages",
        {
            "system": "s",
            "messages": [
                {"role": "user", "content": "plain"},
                {
                    "role": "user",
                    "content": [
                        {"type": "text", "text": "t"},
                        {"type": "image", "source": {"type": "base64", "data": "x"}},
                        {"type": "document", "source": {"type": "base64", "data": "pdf"}},
                        {
                            "type": "document",
                            "title": "T",
                            "source": {"type": "text", "media_type": "text/plain", "data": "doc"},
                        },
                        {
                            "type": "document",
                            "source": {
                                "type": "content",
                                "content": [{"type": "text", "text": "c"}],
                            },
                        },
                        {"type": "tool_result", "tool_use_id": "1", "content": "r"},
                        {
                            "type": "tool_result",
                            "tool_use_id": "2",
                            "content": [{"type": "text", "text": "r2"}, {"type": "image"}],
                        },
                    ],
                },
                {
                    "role": "assistant",
                    "content": [
                        {"type": "thinking", "thinking": "hmm", "signature": "s"},
                        {"type": "redacted_thinking", "data": "zz"},
                        {"type": "tool_use", "id": "1", "name": "f", "input": {"city": "Köln"}},
                        {"type": "mystery"},
                    ],
                },
                "odd",
            ],
            "tools": [{"name": "f", "description": "tool d", "input_schema": {"type": "object"}}],
        },
        [
            ("system", "s"),
            ("messages[0].content", "plain"),
            ("messages[1].content[0].text", "t"),
            ("messages[1].content[3].title", "T"),
            ("messages[1].content[3].source.data", "doc"),
            ("messages[1].content[4].source.content[0].text", "c"),
            ("messages[1].content[5].content", "r"),
            ("messages[1].content[6].content[0].text", "r2"),
            ("messages[2].content[0].thinking", "hmm"),
            ("messages[2].content[2].input", '{"city":"Köln"}'),
            ("tools[0].description", "tool d"),
            ("tools[0].input_schema", '{"type":"object"}'),
            ("tools[0].name", "f"),
            ("messages[2].content[2].name", "f"),
            ("messages[1].content[6].tool_use_id", "2"),
            ("messages[2].content[2].id", "1"),
        ],
        [
            "messages[1].content[1]",
            "messages[1].content[2]",
            "messages[1].content[6].content[1]",
            "messages[2].content[1]",
            "messages[2].content[3]",
            "messages[3]",
        ],
    ),
    ("anthropic count_tokens", "messages.count_tokens", {"messages": "x"}, [], ["messages"]),
    (
        "unknown endpoint: every string is still scanned",
        "audio.speech",
        {"input": "x"},
        [("input", "x")],
        ["body"],
    ),
    (
        "fields the walk does not know are swept, structural ones are not",
        "chat.completions",
        {
            "model": "m",
            "messages": [{"role": "user", "content": "hi"}],
            "prediction": {"type": "content", "content": "IBAN here"},
            "metadata": {"note": "a note"},
            "response_format": {
                "type": "json_schema",
                "json_schema": {"description": "schema text"},
            },
        },
        [
            ("messages[0].content", "hi"),
            ("prediction.content", "IBAN here"),
            ("metadata.note", "a note"),
            ("metadata.note#key", "note"),
            ("response_format.json_schema.description", "schema text"),
        ],
        [],
    ),
]


@pytest.mark.parametrize(
    ("endpoint", "body", "texts", "unscannable"),
    [case[1:] for case in CASES],
    ids=[case[0] for case in CASES],
)
def test_extract(
    endpoint: str, body: dict[str, Any], texts: list[tuple[str, str]], unscannable: list[str]
) -> None:
    """Each shape yields its texts with part paths and its unscannable parts."""
    got_texts, got_unscannable = extract_texts(endpoint, body)
    assert sorted(got_texts) == sorted(TextPart(p, t) for p, t in texts)
    assert got_unscannable == unscannable


def test_body_not_an_object_is_unscannable() -> None:
    """A body that is not a JSON object is one unscannable part, never an exception."""
    assert extract_texts("chat.completions", [1, 2]) == ([], ["body"])  # type: ignore[arg-type]


def test_odd_tool_call_shapes_are_unscannable() -> None:
    """tool_calls or function_call of the wrong type are reported, not skipped."""
    body = {"messages": [{"role": "assistant", "tool_calls": {"a": 1}, "function_call": "x"}]}
    assert extract_texts("chat.completions", body) == (
        [],
        ["messages[0].tool_calls", "messages[0].function_call"],
    )


def test_unserialisable_arguments_make_the_body_unscannable() -> None:
    """JSON nested too deep to serialise fails closed instead of raising."""
    deep: list[Any] = []
    for _ in range(100_000):
        deep = [deep]
    body = {
        "messages": [
            {
                "role": "user",
                "content": "hi",
                "tool_calls": [{"function": {"name": "f", "arguments": deep}}],
            }
        ]
    }
    texts, unscannable = extract_texts("chat.completions", body)
    assert unscannable == ["body"]
    assert TextPart("messages[0].content", "hi") in texts


def test_empty_strings_are_not_parts() -> None:
    """Empty strings carry nothing to scan and are neither texts nor unscannable."""
    assert extract_texts("completions", {"prompt": ""}) == ([], [])
