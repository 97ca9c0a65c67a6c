"""OpenAI chat request → Anthropic request; OpenAI chat response → Anthropic message."""

from __future__ import annotations

from typing import Any

import pytest
from anthropic.types import Message

from proxy.errors import BadRequest
from proxy.protocols.to_anthropic import (
    DEFAULT_MAX_TOKENS,
    lenient_arguments,
    message_id,
    openai_chat_response_to_anthropic,
    openai_chat_to_anthropic_request,
    tool_id,
)

USER = {"role": "user", "content": "hi"}


def translate(**body: Any) -> dict[str, Any]:
    return openai_chat_to_anthropic_request({"messages": [USER], **body}, "claude-x")


def test_minimal_request() -> None:
    """A bare request gets the backend model, the default max_tokens and one user turn."""
    assert openai_chat_to_anthropic_request({"model": "gpt", "messages": [USER]}, "claude-x") == {
        "model": "claude-x",
        "messages": [{"role": "user", "content": [{"type": "text", "text": "hi"}]}],
        "max_tokens": DEFAULT_MAX_TOKENS,
    }


@pytest.mark.parametrize(
    ("body", "key", "expected"),
    [
        ({"max_tokens": 10}, "max_tokens", 10),
        ({"max_completion_tokens": 20, "max_tokens": 10}, "max_tokens", 20),
        ({"temperature": 0.5}, "temperature", 0.5),
        ({"temperature": 1.7}, "temperature", 1.0),
        ({"temperature": 0}, "temperature", 0.0),
        ({"top_p": 0.9}, "top_p", 0.9),
        ({"stop": "END"}, "stop_sequences", ["END"]),
        ({"stop": ["a", "b"]}, "stop_sequences", ["a", "b"]),
        ({"stop": []}, "stop_sequences", None),
        ({"stream": True}, "stream", True),
        ({"stream": False}, "stream", None),
        ({"user": "u-1"}, "metadata", {"user_id": "u-1"}),
        ({"safety_identifier": "s-1"}, "metadata", {"user_id": "s-1"}),
        ({"seed": 3, "presence_penalty": 1, "logit_bias": {"1": 2}}, "seed", None),
        ({"n": 1}, "n", None),
        ({"response_format": {"type": "text"}}, "response_format", None),
        ({"modalities": ["text"]}, "modalities", None),
        ({"tool_choice": "auto"}, "tool_choice", {"type": "auto"}),
        ({"tool_choice": "none"}, "tool_choice", {"type": "none"}),
        ({"tool_choice": "required"}, "tool_choice", {"type": "any"}),
        ({"tool_choice": {"type": "function", "function": {"name": "f"}}}, "tool_choice",
         {"type": "tool", "name": "f"}),
        ({"parallel_tool_calls": False}, "tool_choice",
         {"type": "auto", "disable_parallel_tool_use": True}),
        ({"tool_choice": "required", "parallel_tool_calls": False}, "tool_choice",
         {"type": "any", "disable_parallel_tool_use": True}),
        ({"tool_choice": "none", "parallel_tool_calls": False}, "tool_choice", {"type": "none"}),
        ({"parallel_tool_calls": True}, "tool_choice", None),
    ],
)  # fmt: skip
def test_request_field_table(body: dict[str, Any], key: str, expected: Any) -> None:
    """Each OpenAI request field maps to its Anthropic counterpart (None: absent)."""
    assert translate(**body).get(key) == expected


@pytest.mark.parametrize(
    ("tool", "expected"),
    [
        ({"type": "function", "function": {"name": "f", "description": "d",
                                           "parameters": {"type": "object"}}},
         {"name": "f", "description": "d", "input_schema": {"type": "object"}}),
        ({"type": "function", "function": {"name": "g"}},
         {"name": "g", "input_schema": {"type": "object", "properties": {}}}),
    ],
)  # fmt: skip
def test_tool_definitions(tool: dict[str, Any], expected: dict[str, Any]) -> None:
    """Function tools become Anthropic tools with input_schema (empty object by default)."""
    assert translate(tools=[tool])["tools"] == [expected]


def test_conversation_with_system_tools_and_images() -> None:
    """System/developer → system; tool calls → tool_use; tool results merge into a user turn."""
    messages = [
        {"role": "system", "content": "Be brief."},
        {"role": "developer", "content": [{"type": "text", "text": "Use tools."}]},
        {"role": "user", "content": [
            {"type": "text", "text": "Weather here?"},
            {"type": "image_url", "image_url": {"url": "data:image/png;base64,iVBOR"}},
            {"type": "image_url", "image_url": {"url": "https://x.test/a.jpg"}},
            {"type": "file", "file": {"file_data": "data:application/pdf;base64,JVBER"}},
        ]},
        {"role": "assistant", "content": None, "tool_calls": [
            {"id": "call_1", "type": "function",
             "function": {"name": "weather", "arguments": '{"city":"Paris"}'}},
            {"id": "call.2", "type": "function", "function": {"name": "time", "arguments": ""}},
        ]},
        {"role": "tool", "tool_call_id": "call_1", "content": "sunny"},
        {"role": "tool", "tool_call_id": "call.2", "content": [{"type": "text", "text": "noon"}]},
        {"role": "user", "content": "thanks"},
        {"role": "assistant", "content": [{"type": "refusal", "refusal": "no"}]},
    ]  # fmt: skip
    out = openai_chat_to_anthropic_request({"messages": messages}, "claude-x")
    assert out["system"] == "Be brief.\n\nUse tools."
    assert out["messages"] == [
        {"role": "user", "content": [
            {"type": "text", "text": "Weather here?"},
            {"type": "image", "source": {"type": "base64", "media_type": "image/png",
                                         "data": "iVBOR"}},
            {"type": "image", "source": {"type": "url", "url": "https://x.test/a.jpg"}},
            {"type": "document", "source": {"type": "base64", "media_type": "application/pdf",
                                            "data": "JVBER"}},
        ]},
        {"role": "assistant", "content": [
            {"type": "tool_use", "id": "call_1", "name": "weather", "input": {"city": "Paris"}},
            {"type": "tool_use", "id": "call_2", "name": "time", "input": {}},
        ]},
        {"role": "user", "content": [
            {"type": "tool_result", "tool_use_id": "call_1", "content": "sunny"},
            {"type": "tool_result", "tool_use_id": "call_2", "content": "noon"},
            {"type": "text", "text": "thanks"},
        ]},
        {"role": "assistant", "content": [{"type": "text", "text": "no"}]},
    ]  # fmt: skip


@pytest.mark.parametrize(
    ("body", "param"),
    [
        ({"n": 2}, "n"),
        ({"logprobs": True}, "logprobs"),
        ({"top_logprobs": 3}, "top_logprobs"),
        ({"audio": {"voice": "x"}}, "audio"),
        ({"functions": [{"name": "f"}]}, "functions"),
        ({"function_call": "auto"}, "function_call"),
        ({"prediction": {"type": "content"}}, "prediction"),
        ({"response_format": {"type": "xml"}}, "response_format"),
        ({"response_format": {"type": "json_schema", "json_schema": 5}},
         "response_format.json_schema"),
        ({"response_format": {"type": "json_schema", "json_schema": {
            "name": "x", "schema": {"type": "array"}}}}, "response_format.json_schema.schema"),
        ({"response_format": {"type": "json_schema", "json_schema": {"name": "x", "schema": 1}}},
         "response_format.json_schema.schema"),
        ({"response_format": {"type": "json_object"}, "tools": [
            {"type": "function", "function": {"name": "json_output"}}]}, "tools"),
        ({"modalities": ["text", "audio"]}, "modalities"),
        ({"max_tokens": 0}, "max_tokens"),
        ({"max_completion_tokens": "5"}, "max_completion_tokens"),
        ({"max_tokens": True}, "max_tokens"),
        ({"tools": [{"type": "custom", "custom": {"name": "x"}}]}, "tools[0]"),
        ({"tools": ["nope"]}, "tools[0]"),
        ({"tools": [{"type": "function", "function": {"name": 5}}]}, "tools[0]"),
        ({"tools": 5}, "tools"),
        ({"messages": [{"role": "assistant", "tool_calls": 5}]}, "messages[0].tool_calls"),
        ({"tool_choice": "sometimes"}, "tool_choice"),
        ({"messages": []}, "messages"),
        ({"messages": "hi"}, "messages"),
        ({"messages": [{"role": "system", "content": "only"}]}, "messages"),
        ({"messages": [{"role": "user", "content": " "}]}, "messages"),
        ({"messages": ["hi"]}, "messages[0]"),
        ({"messages": [{"role": "robot", "content": "x"}]}, "messages[0].role"),
        ({"messages": [{"role": "user", "content": 5}]}, "messages[0].content"),
        ({"messages": [{"role": "system", "content": 5}]}, "messages[0].content"),
        ({"messages": [{"role": "system", "content": [{"type": "image_url"}]}]},
         "messages[0].content[0]"),
        ({"messages": [{"role": "user", "content": [{"type": "input_audio"}]}]},
         "messages[0].content[0]"),
        ({"messages": [{"role": "user", "content": [{"type": "file", "file": {}}]}]},
         "messages[0].content[0]"),
        ({"messages": [{"role": "user", "content": [
            {"type": "image_url", "image_url": {"url": "ftp://x"}}]}]}, "messages[0].content[0]"),
        ({"messages": [{"role": "user", "content": [
            {"type": "image_url", "image_url": {"url": 3}}]}]}, "messages[0].content[0]"),
        ({"messages": [{"role": "assistant", "tool_calls": [{"id": "a"}]}]},
         "messages[0].tool_calls[0]"),
        ({"messages": [{"role": "assistant", "tool_calls": [
            {"id": "a", "function": {"name": "f", "arguments": "{bad"}}]}]},
         "messages[0].tool_calls[0]"),
        ({"messages": [{"role": "assistant", "tool_calls": [
            {"id": "a", "function": {"name": "f", "arguments": "[1]"}}]}]},
         "messages[0].tool_calls[0]"),
    ],
)  # fmt: skip
def test_unsupported_or_malformed_is_bad_request(body: dict[str, Any], param: str) -> None:
    """What Anthropic cannot honour, or what is malformed, raises BadRequest naming the param."""
    with pytest.raises(BadRequest) as info:
        openai_chat_to_anthropic_request({"messages": [USER], **body}, "claude-x")
    assert info.value.param == param
    assert info.value.message


def test_tool_call_arguments_may_already_be_an_object() -> None:
    """Arguments given as an object (some clients do) are used as the tool input."""
    msg = {
        "role": "assistant",
        "tool_calls": [{"id": "a", "function": {"name": "f", "arguments": {"x": 1}}}],
    }
    out = openai_chat_to_anthropic_request({"messages": [USER, msg]}, "m")
    assert out["messages"][1]["content"][0]["input"] == {"x": 1}


@pytest.mark.parametrize(
    ("raw", "fallback", "expected"),
    [("call_1", 0, "call_1"), ("a.b:c", 0, "a_b_c"), (None, 3, "toolu_3"), ("", 1, "toolu_1")],
)
def test_tool_id(raw: Any, fallback: int, expected: str) -> None:
    """Tool ids are made Anthropic-safe deterministically, so later turns still match."""
    assert tool_id(raw, fallback) == expected


def openai_response(message: dict[str, Any], finish: str | None = "stop", **extra: Any) -> Any:
    return {
        "id": "chatcmpl-1",
        "object": "chat.completion",
        "created": 1,
        "model": "gpt-x",
        "choices": [{"index": 0, "message": message, "finish_reason": finish}],
        "usage": {"prompt_tokens": 10, "completion_tokens": 5, "total_tokens": 15},
        **extra,
    }


@pytest.mark.parametrize(
    ("finish", "stop_reason"),
    [
        ("stop", "end_turn"),
        ("length", "max_tokens"),
        ("tool_calls", "tool_use"),
        ("function_call", "tool_use"),
        ("content_filter", "refusal"),
        ("model_length", "max_tokens"),
        ("error", "end_turn"),
        (None, "end_turn"),
    ],
)
def test_response_stop_reason(finish: str | None, stop_reason: str) -> None:
    """finish_reason maps to the Anthropic stop_reason; the result validates as a Message."""
    out = openai_chat_response_to_anthropic(
        openai_response({"role": "assistant", "content": "ok"}, finish), "claude-x"
    )
    assert out["stop_reason"] == stop_reason
    assert Message.model_validate(out).stop_reason == stop_reason


def test_response_with_text_and_tool_calls() -> None:
    """Text and tool calls become text and tool_use blocks; usage is converted."""
    message = {
        "role": "assistant",
        "content": "Let me look.",
        "tool_calls": [
            {"id": "call_1", "type": "function",
             "function": {"name": "weather", "arguments": '{"city":"Paris"}'}},
            {"id": "call_2", "type": "function", "function": {"name": "t", "arguments": "oops"}},
        ],
    }  # fmt: skip
    usage = {
        "prompt_tokens": 10,
        "completion_tokens": 5,
        "prompt_tokens_details": {"cached_tokens": 4},
    }
    out = openai_chat_response_to_anthropic(
        openai_response(message, "tool_calls", usage=usage), "claude-x"
    )
    parsed = Message.model_validate(out)
    assert parsed.id == "msg_chatcmpl-1"
    assert parsed.model == "claude-x"
    assert out["content"] == [
        {"type": "text", "text": "Let me look."},
        {"type": "tool_use", "id": "call_1", "name": "weather", "input": {"city": "Paris"}},
        {"type": "tool_use", "id": "call_2", "name": "t", "input": {"_raw_arguments": "oops"}},
    ]
    assert out["usage"] == {"input_tokens": 6, "output_tokens": 5, "cache_read_input_tokens": 4}


@pytest.mark.parametrize(
    "resp",
    [
        {"choices": []},
        {"choices": ["junk"]},
        {"id": "msg_x", "choices": [{"message": {"refusal": "I cannot"}}]},
    ],
)
def test_degenerate_responses_still_validate(resp: dict[str, Any]) -> None:
    """Odd upstream responses still produce a Message the Anthropic SDK accepts."""
    out = openai_chat_response_to_anthropic(resp, "m")
    assert Message.model_validate(out).role == "assistant"


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        (None, {}),
        ("", {}),
        ('{"a":1}', {"a": 1}),
        ({"a": 1}, {"a": 1}),
        ("[1]", {"_raw_arguments": "[1]"}),
        ("{", {"_raw_arguments": "{"}),
    ],
)
def test_lenient_arguments(raw: Any, expected: dict[str, Any]) -> None:
    """Model-produced arguments become an object; anything else is kept under _raw_arguments."""
    assert lenient_arguments(raw) == expected


@pytest.mark.parametrize(
    ("raw", "expected"), [("abc", "msg_abc"), ("msg_1", "msg_1"), (None, "msg_unknown")]
)
def test_message_id(raw: Any, expected: str) -> None:
    """Message ids carry Anthropic's msg_ prefix exactly once."""
    assert message_id(raw) == expected


def test_empty_text_and_empty_turns_are_dropped() -> None:
    """Empty text blocks and the turns they leave empty are dropped; neighbours merge."""
    messages = [
        {"role": "user", "content": "a"},
        {"role": "assistant", "content": ""},
        {"role": "user", "content": [{"type": "text", "text": ""}, {"type": "text", "text": "b"}]},
    ]
    out = openai_chat_to_anthropic_request({"messages": messages}, "m")
    assert out["messages"] == [
        {"role": "user", "content": [{"type": "text", "text": "a"}, {"type": "text", "text": "b"}]}
    ]
