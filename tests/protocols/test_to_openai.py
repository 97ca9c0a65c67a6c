"""Anthropic request → OpenAI chat request; Anthropic message → OpenAI chat completion."""

from __future__ import annotations

from typing import Any

import pytest
from openai.types.chat import ChatCompletion

from proxy.errors import BadRequest
from proxy.protocols.to_openai import (
    anthropic_request_to_openai_chat,
    anthropic_response_to_openai_chat,
    completion_id,
    mistral_tool_id,
)

USER = {"role": "user", "content": "hi"}


def translate(**body: Any) -> dict[str, Any]:
    return anthropic_request_to_openai_chat(
        {"model": "claude", "max_tokens": 100, "messages": [USER], **body}, "gpt-x"
    )


def test_minimal_request() -> None:
    """A bare request keeps max_tokens and the user turn, under the backend model."""
    assert translate() == {
        "model": "gpt-x",
        "messages": [{"role": "user", "content": "hi"}],
        "max_tokens": 100,
    }


@pytest.mark.parametrize(
    ("body", "key", "expected"),
    [
        ({"temperature": 0.2}, "temperature", 0.2),
        ({"top_p": 0.8}, "top_p", 0.8),
        ({"top_k": 5}, "top_k", None),
        ({"stop_sequences": ["X", "Y"]}, "stop", ["X", "Y"]),
        ({"stop_sequences": []}, "stop", None),
        ({"metadata": {"user_id": "u-1"}}, "user", "u-1"),
        ({"metadata": {}}, "user", None),
        ({"stream": True}, "stream", True),
        ({"stream": True}, "stream_options", {"include_usage": True}),
        ({"stream": False}, "stream", None),
        ({"thinking": {"type": "enabled", "budget_tokens": 1024}}, "thinking", None),
        ({"tool_choice": {"type": "auto"}}, "tool_choice", "auto"),
        ({"tool_choice": {"type": "any"}}, "tool_choice", "required"),
        ({"tool_choice": {"type": "none"}}, "tool_choice", "none"),
        ({"tool_choice": {"type": "tool", "name": "f"}}, "tool_choice",
         {"type": "function", "function": {"name": "f"}}),
        ({"tool_choice": {"type": "auto", "disable_parallel_tool_use": True}},
         "parallel_tool_calls", None),
        ({"tools": [{"name": "f"}], "tool_choice": {"type": "any",
                                                    "disable_parallel_tool_use": True}},
         "parallel_tool_calls", False),
        ({"system": "Be brief."}, "messages",
         [{"role": "system", "content": "Be brief."}, {"role": "user", "content": "hi"}]),
        ({"system": [{"type": "text", "text": "A"}, {"type": "text", "text": "B"}]}, "messages",
         [{"role": "system", "content": "A\n\nB"}, {"role": "user", "content": "hi"}]),
        ({"system": ""}, "messages", [{"role": "user", "content": "hi"}]),
        ({"output_config": {"format": {"type": "json_schema", "schema": {"type": "object"}}}},
         "response_format", {"type": "json_schema",
                             "json_schema": {"name": "output", "schema": {"type": "object"}}}),
        ({"output_format": {"type": "json_schema", "schema": {"type": "array"}}},
         "response_format", {"type": "json_schema",
                             "json_schema": {"name": "output", "schema": {"type": "array"}}}),
        ({"output_config": {"effort": "low"}}, "response_format", None),
    ],
)  # fmt: skip
def test_request_field_table(body: dict[str, Any], key: str, expected: Any) -> None:
    """Each Anthropic request field maps to its OpenAI counterpart (None: absent)."""
    assert translate(**body).get(key) == expected


@pytest.mark.parametrize(
    ("tool", "expected"),
    [
        ({"name": "f", "description": "d", "input_schema": {"type": "object"}},
         {"type": "function", "function": {"name": "f", "description": "d",
                                           "parameters": {"type": "object"}}}),
        ({"type": "custom", "name": "g"},
         {"type": "function", "function": {"name": "g",
                                           "parameters": {"type": "object", "properties": {}}}}),
    ],
)  # fmt: skip
def test_tool_definitions(tool: dict[str, Any], expected: dict[str, Any]) -> None:
    """Custom tools become function tools with parameters from input_schema."""
    assert translate(tools=[tool])["tools"] == [expected]


def test_conversation_with_tools_and_media() -> None:
    """tool_use → tool_calls; tool_result → tool messages first; images and PDFs → parts."""
    messages = [
        {"role": "user", "content": [
            {"type": "text", "text": "Look"},
            {"type": "image", "source": {"type": "base64", "media_type": "image/png",
                                         "data": "iVBOR"}},
            {"type": "image", "source": {"type": "url", "url": "https://x.test/a.png"}},
            {"type": "document", "source": {"type": "base64", "media_type": "application/pdf",
                                            "data": "JVBER"}},
        ]},
        {"role": "assistant", "content": [
            {"type": "thinking", "thinking": "hmm", "signature": "s"},
            {"type": "text", "text": "Calling."},
            {"type": "tool_use", "id": "toolu_1", "name": "weather", "input": {"city": "Paris"}},
            {"type": "tool_use", "id": "toolu_2", "name": "time", "input": {}},
        ]},
        {"role": "user", "content": [
            {"type": "tool_result", "tool_use_id": "toolu_1", "content": "sunny"},
            {"type": "tool_result", "tool_use_id": "toolu_2", "is_error": True,
             "content": [{"type": "text", "text": "no clock"}]},
            {"type": "tool_result", "tool_use_id": "toolu_3"},
            {"type": "text", "text": "and?"},
        ]},
        {"role": "assistant", "content": [{"type": "tool_use", "id": "t", "name": "n",
                                           "input": {}}]},
    ]  # fmt: skip
    out = anthropic_request_to_openai_chat({"messages": messages, "max_tokens": 9}, "gpt-x")
    assert out["messages"] == [
        {"role": "user", "content": [
            {"type": "text", "text": "Look"},
            {"type": "image_url", "image_url": {"url": "data:image/png;base64,iVBOR"}},
            {"type": "image_url", "image_url": {"url": "https://x.test/a.png"}},
            {"type": "file", "file": {"file_data": "data:application/pdf;base64,JVBER",
                                      "filename": "document.pdf"}},
        ]},
        {"role": "assistant", "content": "Calling.", "tool_calls": [
            {"id": "toolu_1", "type": "function",
             "function": {"name": "weather", "arguments": '{"city":"Paris"}'}},
            {"id": "toolu_2", "type": "function", "function": {"name": "time", "arguments": "{}"}},
        ]},
        {"role": "tool", "tool_call_id": "toolu_1", "content": "sunny"},
        {"role": "tool", "tool_call_id": "toolu_2", "content": "Error: no clock"},
        {"role": "tool", "tool_call_id": "toolu_3", "content": ""},
        {"role": "user", "content": [{"type": "text", "text": "and?"}]},
        {"role": "assistant", "content": None, "tool_calls": [
            {"id": "t", "type": "function", "function": {"name": "n", "arguments": "{}"}}]},
    ]  # fmt: skip


@pytest.mark.parametrize(
    ("body", "param"),
    [
        ({"messages": []}, "messages"),
        ({"messages": None}, "messages"),
        ({"messages": [{"role": "system", "content": "x"}]}, "messages[0]"),
        ({"messages": ["x"]}, "messages[0]"),
        ({"messages": [{"role": "user", "content": 3}]}, "messages[0]"),
        ({"messages": [{"role": "user", "content": [{"type": "search_result"}]}]},
         "messages[0].content[0]"),
        ({"messages": [{"role": "user", "content": [
            {"type": "image", "source": {"type": "file", "file_id": "f"}}]}]},
         "messages[0].content[0]"),
        ({"messages": [{"role": "user", "content": [
            {"type": "document", "source": {"type": "url", "url": "https://x/a.pdf"}}]}]},
         "messages[0].content[0]"),
        ({"messages": [{"role": "user", "content": [
            {"type": "tool_result", "tool_use_id": "t",
             "content": [{"type": "image", "source": {}}]}]}]},
         "messages[0].content[0].content"),
        ({"messages": [{"role": "assistant", "content": [{"type": "server_tool_use"}]}]},
         "messages[0].content[0]"),
        ({"system": 5}, "system"),
        ({"system": [{"type": "image"}]}, "system"),
        ({"tools": [{"type": "web_search_20250305", "name": "web_search"}]}, "tools[0]"),
        ({"tools": [{"description": "no name"}]}, "tools[0]"),
        ({"tool_choice": {"type": "sometimes"}}, "tool_choice"),
        ({"tool_choice": "auto"}, "tool_choice"),
        ({"tools": 5}, "tools"),
        ({"output_config": {"format": {"type": "xml"}}}, "output_config.format"),
        ({"output_format": {"type": "json_schema"}}, "output_format"),
    ],
)  # fmt: skip
def test_unsupported_or_malformed_is_bad_request(body: dict[str, Any], param: str) -> None:
    """What an OpenAI backend cannot honour, or what is malformed, raises BadRequest with param."""
    with pytest.raises(BadRequest) as info:
        anthropic_request_to_openai_chat({"messages": [USER], **body}, "gpt-x")
    assert info.value.param == param


def anthropic_message(content: list[dict[str, Any]], stop: str | None, **usage: int) -> Any:
    return {
        "id": "msg_01",
        "type": "message",
        "role": "assistant",
        "model": "claude-x",
        "content": content,
        "stop_reason": stop,
        "stop_sequence": None,
        "usage": {"input_tokens": 10, "output_tokens": 4, **usage},
    }


@pytest.mark.parametrize(
    ("stop", "finish"),
    [
        ("end_turn", "stop"),
        ("max_tokens", "length"),
        ("stop_sequence", "stop"),
        ("tool_use", "tool_calls"),
        ("pause_turn", "stop"),
        ("refusal", "content_filter"),
        ("model_context_window_exceeded", "length"),
        ("something_new", "stop"),
        (None, "stop"),
    ],
)
def test_response_finish_reason(stop: str | None, finish: str) -> None:
    """stop_reason maps to finish_reason; the result validates as a ChatCompletion."""
    resp = anthropic_message([{"type": "text", "text": "ok"}], stop)
    out = anthropic_response_to_openai_chat(resp, "claude-x", 1700000000)
    assert ChatCompletion.model_validate(out).choices[0].finish_reason == finish


def test_response_with_text_tool_use_and_cache_usage() -> None:
    """Text joins into content, tool_use becomes tool_calls, cache tokens count as prompt."""
    content: list[dict[str, Any]] = [
        {"type": "thinking", "thinking": "...", "signature": "s"},
        {"type": "text", "text": "Checking "},
        {"type": "text", "text": "now."},
        {"type": "tool_use", "id": "toolu_1", "name": "weather", "input": {"city": "Paris"}},
    ]
    resp = anthropic_message(
        content, "tool_use", cache_read_input_tokens=5, cache_creation_input_tokens=2
    )
    out = anthropic_response_to_openai_chat(resp, "claude-x", 1700000000)
    parsed = ChatCompletion.model_validate(out)
    assert parsed.id == "chatcmpl-msg_01"
    assert parsed.created == 1700000000
    assert parsed.choices[0].message.content == "Checking now."
    calls = parsed.choices[0].message.tool_calls or []
    assert [(c.id, c.function.name, c.function.arguments) for c in calls] == [  # type: ignore[union-attr]
        ("toolu_1", "weather", '{"city":"Paris"}')
    ]
    assert out["usage"] == {
        "prompt_tokens": 17,
        "completion_tokens": 4,
        "total_tokens": 21,
        "prompt_tokens_details": {"cached_tokens": 5},
    }


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        ([], ""),
        ([{"type": "tool_use", "id": "t", "name": "n", "input": {}}], None),
    ],
)
def test_response_content_when_no_text(content: Any, expected: Any) -> None:
    """No text gives "" (or null when there are tool calls), as OpenAI does."""
    out = anthropic_response_to_openai_chat(anthropic_message(content, "end_turn"), "m", 1)
    assert out["choices"][0]["message"]["content"] == expected


@pytest.mark.parametrize(
    ("raw", "expected"),
    [("msg_1", "chatcmpl-msg_1"), ("chatcmpl-2", "chatcmpl-2"), (None, "chatcmpl-unknown")],
)
def test_completion_id(raw: Any, expected: str) -> None:
    """Completion ids carry OpenAI's chatcmpl- prefix exactly once."""
    assert completion_id(raw) == expected


def test_assistant_text_blocks_without_tools() -> None:
    """An assistant turn of text blocks only becomes plain content with no tool_calls key."""
    turn = {
        "role": "assistant",
        "content": [{"type": "text", "text": "a"}, {"type": "text", "text": "b"}],
    }
    out = anthropic_request_to_openai_chat({"messages": [USER, turn]}, "gpt-x")
    assert out["messages"][1] == {"role": "assistant", "content": "ab"}


@pytest.mark.parametrize(
    ("options", "expected"),
    [
        ({}, {"max_tokens": 100, "stream": True, "stream_options": {"include_usage": True}}),
        ({"max_tokens_key": "max_completion_tokens", "stream_usage": False},
         {"max_completion_tokens": 100, "stream": True}),
    ],
)  # fmt: skip
def test_backend_dialect_options(options: dict[str, Any], expected: dict[str, Any]) -> None:
    """max_tokens_key and stream_usage adapt the request to the backend's dialect."""
    out = anthropic_request_to_openai_chat(
        {"messages": [USER], "max_tokens": 100, "stream": True}, "gpt-x", **options
    )
    assert {k: v for k, v in out.items() if k not in ("model", "messages")} == expected


@pytest.mark.parametrize(
    ("raw", "kept"), [("Ab3dE6gH9", True), ("toolu_01A", False), ("call_abc123", False)]
)
def test_mistral_tool_id(raw: str, kept: bool) -> None:
    """Mistral-shaped ids pass unchanged; others map to a stable 9-character id."""
    out = mistral_tool_id(raw)
    assert (out == raw) is kept
    assert len(out) == 9 and out.isalnum() and out.isascii()
    assert mistral_tool_id(raw) == out


def test_mistral_tool_id_style_keeps_calls_and_results_matched() -> None:
    """With tool_id_style="mistral", a rewritten call id and its result id stay equal."""
    messages = [
        USER,
        {"role": "assistant", "content": [
            {"type": "tool_use", "id": "toolu_01XYZ", "name": "f", "input": {}}]},
        {"role": "user", "content": [
            {"type": "tool_result", "tool_use_id": "toolu_01XYZ", "content": "ok"}]},
    ]  # fmt: skip
    out = anthropic_request_to_openai_chat({"messages": messages}, "m", tool_id_style="mistral")
    call_id = out["messages"][1]["tool_calls"][0]["id"]
    assert call_id == out["messages"][2]["tool_call_id"] == mistral_tool_id("toolu_01XYZ")
    assert call_id != "toolu_01XYZ"
