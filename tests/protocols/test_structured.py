"""JSON response formats → a forced Anthropic tool, and the tool's input → the message content."""

from __future__ import annotations

from typing import Any

import orjson
import pytest

from proxy.protocols.sse import SSEParser
from proxy.protocols.stream_to_openai import AnthropicToOpenAIStream
from proxy.protocols.to_anthropic import openai_chat_to_anthropic_request
from proxy.protocols.to_openai import anthropic_response_to_openai_chat

USER = {"role": "user", "content": "hi"}
SCHEMA = {"type": "object", "properties": {"a": {"type": "integer"}}, "required": ["a"]}
FORMAT = {"type": "json_schema", "json_schema": {"name": "My Answer!", "schema": SCHEMA}}
TOOL = {"type": "function", "function": {"name": "f", "parameters": {"type": "object"}}}


def translate(**body: Any) -> dict[str, Any]:
    return openai_chat_to_anthropic_request({"messages": [USER], **body}, "claude-x")


def test_json_schema_becomes_one_forced_tool() -> None:
    """The schema is the tool's input schema; the name is made valid for Anthropic."""
    out = translate(response_format=FORMAT)
    assert out["tools"] == [
        {
            "name": "My_Answer_",
            "description": out["tools"][0]["description"],
            "input_schema": SCHEMA,
        }
    ]
    assert out["tool_choice"] == {"type": "tool", "name": "My_Answer_"}


def test_json_object_is_a_permissive_object_tool() -> None:
    """json_object forces a tool that accepts any object."""
    out = translate(response_format={"type": "json_object"})
    assert out["tools"][0]["input_schema"] == {"type": "object", "additionalProperties": True}
    assert out["tool_choice"] == {"type": "tool", "name": "json_output"}


def test_a_schema_without_type_but_with_properties_is_an_object() -> None:
    """A schema with properties but no type is taken as an object schema."""
    fmt = {"type": "json_schema", "json_schema": {"name": "x", "schema": {"properties": {}}}}
    assert translate(response_format=fmt)["tools"][0]["input_schema"]["type"] == "object"


def test_text_format_changes_nothing() -> None:
    """response_format text adds no tool."""
    assert "tools" not in translate(response_format={"type": "text"})


@pytest.mark.parametrize(
    ("choice", "parallel", "expected"),
    [
        (None, None, {"type": "any"}),
        ("auto", None, {"type": "any"}),
        ("none", None, {"type": "tool", "name": "My_Answer_"}),
        (None, False, {"type": "any", "disable_parallel_tool_use": True}),
    ],
)
def test_with_client_tools_both_are_offered(choice: Any, parallel: Any, expected: Any) -> None:
    """``auto`` lets the model call a client tool or answer in the schema; ``none`` forces the
    answer."""
    body: dict[str, Any] = {"response_format": FORMAT, "tools": [TOOL]}
    if choice is not None:
        body["tool_choice"] = choice
    if parallel is not None:
        body["parallel_tool_calls"] = parallel
    out = translate(**body)
    assert [t["name"] for t in out["tools"]] == ["f", "My_Answer_"]
    assert out["tool_choice"] == expected


@pytest.mark.parametrize(
    ("choice", "expected"),
    [
        ("required", {"type": "any"}),
        ({"type": "function", "function": {"name": "f"}}, {"type": "tool", "name": "f"}),
    ],
)
def test_a_demanded_tool_call_is_not_the_answer(choice: Any, expected: Any) -> None:
    """``required`` or a named function demand a client tool call: the output tool waits."""
    out = translate(response_format=FORMAT, tools=[TOOL], tool_choice=choice)
    assert [t["name"] for t in out["tools"]] == ["f"]
    assert out["tool_choice"] == expected


def _message(*blocks: dict[str, Any], stop: str = "tool_use") -> dict[str, Any]:
    return {"id": "msg_1", "content": list(blocks), "stop_reason": stop, "usage": {}}


ANSWER = {"type": "tool_use", "id": "t1", "name": "ans", "input": {"a": 1}}
CALL = {"type": "tool_use", "id": "t2", "name": "f", "input": {"x": "y"}}


def test_the_output_tool_input_is_the_content_and_the_turn_stops() -> None:
    """The output tool's input is the content, finish_reason stop, no tool calls."""
    done = anthropic_response_to_openai_chat(_message(ANSWER), "m", 0, json_tool="ans")
    choice = done["choices"][0]
    assert orjson.loads(choice["message"]["content"]) == {"a": 1}
    assert "tool_calls" not in choice["message"] and choice["finish_reason"] == "stop"


def test_client_tool_calls_beside_the_answer_keep_tool_calls() -> None:
    """Client tool calls beside the answer stay tool calls, finish_reason tool_calls."""
    done = anthropic_response_to_openai_chat(_message(CALL, ANSWER), "m", 0, json_tool="ans")
    choice = done["choices"][0]
    assert [c["function"]["name"] for c in choice["message"]["tool_calls"]] == ["f"]
    assert choice["finish_reason"] == "tool_calls"


def test_without_json_tool_the_call_stays_a_call() -> None:
    """Without a JSON format, a tool_use is an ordinary tool call."""
    done = anthropic_response_to_openai_chat(_message(ANSWER), "m", 0)
    assert done["choices"][0]["finish_reason"] == "tool_calls"


def _events(*payloads: dict[str, Any]) -> list[Any]:
    raw = b"".join(b"data: " + orjson.dumps(p) + b"\n\n" for p in payloads)
    return SSEParser().feed(raw)


def test_stream_fragments_become_content_deltas() -> None:
    """Each input_json_delta is one content delta, in order; the finish reason is stop."""
    translator = AnthropicToOpenAIStream("m", 0, False, json_tool="ans")
    start = {**ANSWER, "input": {}}
    frames = [
        f
        for e in _events(
            {"type": "message_start", "message": {"id": "msg_1", "usage": {}}},
            {"type": "content_block_start", "index": 0, "content_block": start},
            *(
                {"type": "content_block_delta", "index": 0, "delta": {"type": d, "partial_json": p}}
                for d, p in (("input_json_delta", '{"a"'), ("input_json_delta", ": 1}"))
            ),
            {"type": "content_block_stop", "index": 0},
            {"type": "message_delta", "delta": {"stop_reason": "tool_use"}, "usage": {}},
            {"type": "message_stop"},
        )
        for f in translator.feed(e)
    ]
    chunks = [orjson.loads(f[6:]) for f in frames if f.startswith(b"data: {")]
    contents = [c["choices"][0]["delta"].get("content") for c in chunks]
    assert contents[1:3] == ['{"a"', ": 1}"]
    assert chunks[-1]["choices"][0]["finish_reason"] == "stop"
    assert not any("tool_calls" in c["choices"][0]["delta"] for c in chunks)


def _text_then(*blocks: dict[str, Any]) -> list[dict[str, Any]]:
    """An Anthropic event sequence: a text block, then ``blocks`` (tool_use), then the stop."""
    text = {"type": "text", "text": ""}
    events: list[dict[str, Any]] = [
        {"type": "message_start", "message": {"id": "msg_1", "usage": {}}},
        {"type": "content_block_start", "index": 0, "content_block": text},
        {"type": "content_block_delta", "index": 0, "delta": {"type": "text_delta", "text": "So"}},
        {"type": "content_block_stop", "index": 0},
    ]
    for i, block in enumerate(blocks, 1):
        events.append({"type": "content_block_start", "index": i, "content_block": block})
        events.append({"type": "content_block_stop", "index": i})
    stop = "tool_use" if blocks else "end_turn"
    events.append({"type": "message_delta", "delta": {"stop_reason": stop}, "usage": {}})
    events.append({"type": "message_stop"})
    return events


@pytest.mark.parametrize(
    ("blocks", "expected"), [((ANSWER,), '{"a":1}'), ((), "So")], ids=["answer", "text only"]
)
def test_stream_text_gives_way_to_the_json_answer(
    blocks: tuple[dict[str, Any], ...], expected: str
) -> None:
    """Text beside the output tool is dropped, as in a JSON answer; without the tool, it is sent."""
    translator = AnthropicToOpenAIStream("m", 0, False, json_tool="ans")
    frames = [f for e in _events(*_text_then(*blocks)) for f in translator.feed(e)]
    chunks = [orjson.loads(f[6:]) for f in frames if f.startswith(b"data: {")]
    content = "".join(c["choices"][0]["delta"].get("content") or "" for c in chunks)
    assert content == expected
    done = anthropic_response_to_openai_chat(
        _message({"type": "text", "text": "So"}, *blocks), "m", 0, json_tool="ans"
    )
    assert done["choices"][0]["message"]["content"].replace(" ", "") == expected
