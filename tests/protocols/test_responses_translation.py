"""Responses API ↔ Anthropic Messages: requests, response objects and streams (pure functions)."""

from __future__ import annotations

from typing import Any

import orjson
import pytest
from openai.types.responses import Response, ResponseStreamEvent
from pydantic import TypeAdapter

from proxy.errors import BadRequest
from proxy.protocols.responses_from_anthropic import anthropic_to_response
from proxy.protocols.responses_to_anthropic import responses_to_anthropic_request
from proxy.protocols.sse import SSEParser
from proxy.protocols.stream_to_responses import AnthropicToResponsesStream


def translate(**body: Any) -> dict[str, Any]:
    return responses_to_anthropic_request({"input": "hi", **body}, "claude-x")


def test_items_of_one_role_merge_and_reasoning_is_dropped() -> None:
    """An assistant message and its function calls form one turn; outputs and the next user
    message another, tool results first, as Anthropic requires."""
    out = translate(
        input=[
            {"type": "message", "role": "user", "content": [{"type": "input_text", "text": "q"}]},
            {"type": "reasoning", "id": "rs_1", "summary": []},
            {"role": "assistant", "content": [{"type": "output_text", "text": "a"}]},
            {"type": "function_call", "call_id": "call.1", "name": "f", "arguments": '{"x":1}'},
            {"type": "function_call_output", "call_id": "call.1", "output": "r"},
            {"role": "user", "content": "next"},
        ]
    )  # fmt: skip
    assert out["messages"] == [
        {"role": "user", "content": [{"type": "text", "text": "q"}]},
        {
            "role": "assistant",
            "content": [
                {"type": "text", "text": "a"},
                {"type": "tool_use", "id": "call_1", "name": "f", "input": {"x": 1}},
            ],
        },
        {
            "role": "user",
            "content": [
                {"type": "tool_result", "tool_use_id": "call_1", "content": "r"},
                {"type": "text", "text": "next"},
            ],
        },
    ]


def test_settings_map_to_anthropic() -> None:
    """Instructions, limits, sampling, tools and user map over; hints without an equivalent drop."""
    out = translate(
        instructions="sys",
        max_output_tokens=9,
        temperature=1.7,
        top_p=0.5,
        tools=[{"type": "function", "name": "f", "parameters": {"type": "object"}}],
        tool_choice="required",
        parallel_tool_calls=False,
        user="u1",
        store=True,
        reasoning={"effort": "low"},
        include=["reasoning.encrypted_content"],
    )
    assert out["system"] == "sys" and out["max_tokens"] == 9
    assert out["temperature"] == 1.0 and out["top_p"] == 0.5
    assert out["tools"] == [{"name": "f", "input_schema": {"type": "object"}}]
    assert out["tool_choice"] == {"type": "any", "disable_parallel_tool_use": True}
    assert out["metadata"] == {"user_id": "u1"}
    assert not {"store", "reasoning", "include"} & out.keys()


def test_json_object_format_is_a_forced_tool() -> None:
    """text.format json_object forces the permissive output tool."""
    out = translate(text={"format": {"type": "json_object"}})
    assert out["tool_choice"] == {"type": "tool", "name": "json_output"}


@pytest.mark.parametrize(
    ("body", "param"),
    [
        ({"previous_response_id": "resp_1"}, "previous_response_id"),
        ({"conversation": "conv_1"}, "conversation"),
        ({"input": []}, "input"),
        ({"input": 5}, "input"),
        ({"input": ["x"]}, "input[0]"),
        ({"input": [{"type": "item_reference", "id": "msg_1"}]}, "input[0]"),
        ({"input": [{"role": "tool", "content": "x"}]}, "input[0].role"),
        ({"input": [{"role": "user", "content": [{"type": "input_audio"}]}]},
         "input[0].content[0]"),
        ({"input": [{"type": "function_call", "call_id": "c", "arguments": "{}"}]},
         "input[0].name"),
        ({"input": [{"type": "function_call", "call_id": "c", "name": "f", "arguments": "[1]"}]},
         "input[0].arguments"),
        ({"input": [{"role": "system", "content": 5}]}, "input[0].content"),
        ({"input": [{"role": "system", "content": [{"type": "input_image", "image_url": "x"}]}]},
         "input[0].content[0]"),
        ({"input": [{"role": "user", "content": [{"type": "input_image", "file_id": "f"}]}]},
         "input[0].content[0]"),
        ({"input": [{"role": "user", "content": [{"type": "input_file", "file_id": "f"}]}]},
         "input[0].content[0]"),
        ({"input": [{"type": "function_call_output", "call_id": "c", "output": 3}]},
         "input[0].output"),
        ({"instructions": ["x"]}, "instructions"),
        ({"max_output_tokens": 0}, "max_output_tokens"),
        ({"tools": [{"type": "web_search"}]}, "tools[0]"),
        ({"tools": 1}, "tools"),
        ({"tools": [{"type": "function", "name": ["f"]}]}, "tools[0].name"),
        ({"tool_choice": {"type": "file_search"}}, "tool_choice"),
        ({"text": {"format": {"type": "json_schema", "name": "x", "schema": {"type": "array"}}}},
         "text.format.schema"),
    ],
)  # fmt: skip
def test_what_cannot_be_served_is_bad_request(body: dict[str, Any], param: str) -> None:
    """What Anthropic cannot serve, or what is malformed, raises BadRequest naming the param."""
    with pytest.raises(BadRequest) as info:
        translate(**body)
    assert info.value.param == param


def _message(*blocks: dict[str, Any], stop: str = "end_turn") -> dict[str, Any]:
    usage = {"input_tokens": 10, "output_tokens": 5, "cache_read_input_tokens": 4}
    return {"id": "msg_abc", "content": list(blocks), "stop_reason": stop, "usage": usage}


def test_response_object_validates_against_the_sdk_type() -> None:
    """Text and a tool call become a message and a function_call; usage counts cache reads."""
    blocks = (
        {"type": "thinking", "thinking": "hmm"},
        {"type": "text", "text": "Let me look."},
        {"type": "tool_use", "id": "toolu_1", "name": "f", "input": {"a": 1}},
    )
    out = anthropic_to_response(_message(*blocks, stop="tool_use"), {"input": "q"}, "m", 5, None)
    resp = Response.model_validate(out)
    assert resp.id == "resp_abc" and resp.status == "completed" and resp.created_at == 5
    assert [i.type for i in resp.output] == ["message", "function_call"]
    assert resp.output_text == "Let me look."
    call = resp.output[1]
    assert call.type == "function_call" and call.call_id == "toolu_1"
    assert orjson.loads(call.arguments) == {"a": 1}
    assert resp.usage is not None and resp.usage.input_tokens == 14
    assert resp.usage.input_tokens_details.cached_tokens == 4 and resp.usage.total_tokens == 19


def test_max_tokens_makes_the_response_incomplete() -> None:
    """A max_tokens stop is an incomplete response with reason max_output_tokens."""
    out = anthropic_to_response(
        _message({"type": "text", "text": "cut"}, stop="max_tokens"), {}, "m", 0, None
    )
    assert out["status"] == "incomplete"
    assert out["incomplete_details"] == {"reason": "max_output_tokens"}


def _feed(translator: AnthropicToResponsesStream, *payloads: dict[str, Any]) -> list[Any]:
    raw = b"".join(b"data: " + orjson.dumps(p) + b"\n\n" for p in payloads)
    frames = [f for e in SSEParser().feed(raw) for f in translator.feed(e)]
    return [orjson.loads(e.data) for e in SSEParser().feed(b"".join(frames))]


START = {"type": "message_start", "message": {"id": "msg_1", "usage": {"input_tokens": 3}}}
TEXT = {"type": "content_block_start", "index": 0, "content_block": {"type": "text", "text": ""}}


def test_an_upstream_error_event_fails_the_response() -> None:
    """An Anthropic error event becomes error then response.failed, and the stream ends."""
    translator = AnthropicToResponsesStream({}, "m", 0)
    error = {"type": "error", "error": {"type": "overloaded_error", "message": "busy"}}
    events = _feed(translator, START, TEXT, error)
    assert [e["type"] for e in events][-2:] == ["error", "response.failed"]
    assert events[-2]["message"] == "busy" and events[-1]["response"]["status"] == "failed"
    assert translator.done and translator.finish() == []


def test_a_cut_stream_fails_and_a_stopped_one_completes() -> None:
    """Without the stop reason the answer may be cut: failed; with it, completed."""
    cut = AnthropicToResponsesStream({}, "m", 0)
    _feed(cut, START, TEXT)
    assert b"response.failed" in cut.finish()[-1]
    whole = AnthropicToResponsesStream({}, "m", 0)
    delta = {"type": "message_delta", "delta": {"stop_reason": "max_tokens"}, "usage": {}}
    _feed(whole, START, TEXT, delta)
    tail = [orjson.loads(f.split(b"data: ", 1)[1]) for f in whole.finish()]
    assert [e["type"] for e in tail][-2:] == ["response.output_item.done", "response.incomplete"]
    assert tail[-1]["response"]["incomplete_details"] == {"reason": "max_output_tokens"}


def test_a_broken_event_fails_the_response() -> None:
    """An event that is not JSON fails the response instead of being skipped."""
    translator = AnthropicToResponsesStream({}, "m", 0)
    frames = [f for e in SSEParser().feed(b"data: [oops\n\n") for f in translator.feed(e)]
    assert b"response.failed" in frames[-1]


@pytest.mark.parametrize(
    ("json_tool", "items", "text"),
    [
        (None, ["message", "function_call", "function_call"], "Hi"),
        ("ans", ["function_call", "message"], '{"ok": true}'),
    ],
)
def test_every_stream_event_validates_against_the_sdk_types(
    json_tool: str | None, items: list[str], text: str
) -> None:
    """Text, a function call and a call of the output tool: each event is a valid SDK event, the
    sequence numbers count up; with a JSON format the answer replaces the text."""
    translator = AnthropicToResponsesStream({"input": "q"}, "m", 0, json_tool=json_tool)
    tool = {"type": "tool_use", "id": "toolu_9", "name": "f", "input": {}}
    answer = {**tool, "id": "toolu_10", "name": "ans"}

    def json_delta(index: int, piece: str) -> dict[str, Any]:
        delta = {"type": "input_json_delta", "partial_json": piece}
        return {"type": "content_block_delta", "index": index, "delta": delta}

    text_delta = {"type": "text_delta", "text": "Hi"}
    events = _feed(
        translator,
        START,
        TEXT,
        {"type": "content_block_delta", "index": 0, "delta": text_delta},
        {"type": "content_block_stop", "index": 0},
        {"type": "content_block_start", "index": 1, "content_block": tool},
        json_delta(1, '{"a"'),
        json_delta(1, ":1}"),
        {"type": "content_block_stop", "index": 1},
        {"type": "content_block_start", "index": 2, "content_block": answer},
        json_delta(2, '{"ok": true}'),
        {"type": "content_block_stop", "index": 2},
        {
            "type": "message_delta",
            "delta": {"stop_reason": "tool_use"},
            "usage": {"output_tokens": 7},
        },
        {"type": "message_stop"},
    )
    adapter: TypeAdapter[Any] = TypeAdapter(ResponseStreamEvent)
    parsed = [adapter.validate_python(e) for e in events]
    assert [e.sequence_number for e in parsed] == list(range(len(parsed)))
    final = parsed[-1]
    assert final.type == "response.completed"
    assert [i.type for i in final.response.output] == items
    assert final.response.output_text == text
    assert final.response.usage.output_tokens == 7


@pytest.mark.parametrize("with_answer", [True, False])
def test_text_gives_way_to_the_json_answer(with_answer: bool) -> None:
    """Streamed or not, text beside the output tool is dropped (every output text must parse);
    without the tool, the text is the answer."""
    text = {"type": "text", "text": ""}
    answer = {"type": "tool_use", "id": "toolu_1", "name": "ans", "input": {}}
    delta = {"type": "input_json_delta", "partial_json": '{"ok":1}'}
    events: list[dict[str, Any]] = [
        START,
        {"type": "content_block_start", "index": 0, "content_block": text},
        {"type": "content_block_delta", "index": 0, "delta": {"type": "text_delta", "text": "So"}},
        {"type": "content_block_stop", "index": 0},
    ]
    if with_answer:
        events += [
            {"type": "content_block_start", "index": 1, "content_block": answer},
            {"type": "content_block_delta", "index": 1, "delta": delta},
            {"type": "content_block_stop", "index": 1},
        ]
    events += [
        {"type": "message_delta", "delta": {"stop_reason": "end_turn"}},
        {"type": "message_stop"},
    ]
    translator = AnthropicToResponsesStream({}, "m", 0, json_tool="ans")
    final = Response.model_validate(_feed(translator, *events)[-1]["response"])
    expected = '{"ok":1}' if with_answer else "So"
    assert final.output_text == expected and len(final.output) == 1
    blocks = [{"type": "text", "text": "So"}]
    if with_answer:
        blocks.append({**answer, "input": {"ok": 1}})
    whole = anthropic_to_response(_message(*blocks), {}, "m", 0, "ans")
    assert Response.model_validate(whole).output_text == expected


def test_media_parts_and_structured_tool_outputs() -> None:
    """Images, PDFs and refusals map to Anthropic blocks; a tool output with parts keeps them."""
    pdf = "data:application/pdf;base64,JVBERi0="
    out = translate(
        input=[
            {
                "role": "user",
                "content": [
                    {"type": "input_image", "image_url": "https://example.org/a.png"},
                    {"type": "input_file", "file_data": pdf, "filename": "a.pdf"},
                ],
            },
            {"role": "assistant", "content": [{"type": "refusal", "refusal": "no"}]},
            {"type": "function_call", "call_id": "c1", "name": "f", "arguments": ""},
            {
                "type": "function_call_output",
                "call_id": "c1",
                "output": [{"type": "input_text", "text": "chart:"}, {"type": "input_image",
                           "image_url": "data:image/png;base64,iVBO"}],
            },
        ],
        tool_choice={"type": "function", "name": "f"},
        tools=[{"type": "function", "name": "f"}],
    )  # fmt: skip
    user, assistant, result = out["messages"]
    assert user["content"][0]["source"] == {"type": "url", "url": "https://example.org/a.png"}
    assert user["content"][1]["type"] == "document"
    assert assistant["content"] == [
        {"type": "text", "text": "no"},
        {"type": "tool_use", "id": "c1", "name": "f", "input": {}},
    ]
    tool_result = result["content"][0]
    assert [b["type"] for b in tool_result["content"]] == ["text", "image"]
    assert out["tool_choice"] == {"type": "tool", "name": "f"}
    assert out["tools"] == [{"name": "f", "input_schema": {"type": "object", "properties": {}}}]


@pytest.mark.parametrize("choice", ["none", "auto"])
def test_tool_choice_without_tools_is_not_sent(choice: str) -> None:
    """Anthropic refuses a tool_choice without tools, so none is sent."""
    assert "tool_choice" not in translate(tool_choice=choice)


def test_a_stream_without_message_start_still_opens_the_lifecycle() -> None:
    """The first event out is response.created even when the backend skipped message_start,
    and a late message_start does not open a second response."""
    translator = AnthropicToResponsesStream({}, "m", 0)
    text_delta = {"type": "text_delta", "text": "Hi"}
    events = _feed(
        translator,
        TEXT,
        {"type": "content_block_delta", "index": 0, "delta": text_delta},
        START,
        {"type": "content_block_stop", "index": 0},
        {"type": "message_delta", "delta": {"stop_reason": "end_turn"}},
        {"type": "message_stop"},
    )
    kinds = [e["type"] for e in events]
    assert kinds[:2] == ["response.created", "response.in_progress"]
    assert kinds.count("response.created") == 1 and kinds[-1] == "response.completed"
    assert events[0]["response"]["id"] == events[-1]["response"]["id"]
