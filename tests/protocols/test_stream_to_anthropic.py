"""OpenAI stream → Anthropic stream, checked with the Anthropic SDK's own stream accumulator."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import anthropic
import httpx2
import orjson
import pytest
from anthropic.types import RawMessageStreamEvent
from pydantic import TypeAdapter

from proxy.protocols.sse import SSEEvent, SSEParser
from proxy.protocols.stream_to_anthropic import OpenAIToAnthropicStream

MESSAGES: Any = [{"role": "user", "content": "weather?"}]
EVENT = TypeAdapter(RawMessageStreamEvent)


def translate(wire: bytes, size: int) -> list[bytes]:
    """Run upstream bytes, cut into ``size``-byte pieces, through parser and translator."""
    parser = SSEParser()
    stream = OpenAIToAnthropicStream("claude-x")
    out: list[bytes] = []
    for piece in [wire[i : i + size] for i in range(0, len(wire), size)]:
        for event in parser.feed(piece):
            out.extend(stream.feed(event))
    return out + stream.finish()


def events(frames: list[bytes]) -> list[SSEEvent]:
    parser = SSEParser()
    return [e for f in frames for e in parser.feed(f)]


def sse_response(body: bytes) -> Callable[[httpx2.Request], httpx2.Response]:
    return lambda _r: httpx2.Response(
        200, content=body, headers={"content-type": "text/event-stream"}
    )


def final_message(client: anthropic.Anthropic) -> anthropic.types.Message:
    with client.messages.stream(model="claude-x", max_tokens=50, messages=MESSAGES) as stream:
        for _ in stream:
            pass
        return stream.get_final_message()


@pytest.mark.parametrize("size", [1, 9, 100_000])
def test_anthropic_sdk_accumulates_translated_stream(
    canned: Any, anthropic_client: Callable[[Any], anthropic.Anthropic], size: int
) -> None:
    """The Anthropic SDK rebuilds text, two tool calls, stop reason and usage."""
    frames = translate(canned.openai_sse(canned.openai_chunks()), size)
    message = final_message(anthropic_client(sse_response(b"".join(frames))))
    assert message.id == "msg_chatcmpl-9"
    assert message.model == "claude-x"
    assert message.stop_reason == "tool_use"
    fields = {"type", "text", "id", "name", "input"}
    assert [b.model_dump(include=fields) for b in message.content] == [
        {"type": "text", "text": "Checking both."},
        {"type": "tool_use", "id": "call_a", "name": "weather", "input": {"city": "Paris"}},
        {"type": "tool_use", "id": "call_b", "name": "weather", "input": {"city": "Rome"}},
    ]  # fmt: skip
    assert (message.usage.input_tokens, message.usage.output_tokens) == (30, 12)


def test_every_event_validates_and_is_named(canned: Any) -> None:
    """Each frame names its event and validates as a RawMessageStreamEvent, in protocol order."""
    frames = translate(canned.openai_sse(canned.openai_chunks()), 64)
    parsed = events(frames)
    assert all(e.event == orjson.loads(e.data)["type"] for e in parsed)
    kinds = [EVENT.validate_python(orjson.loads(e.data)).type for e in parsed]
    assert kinds[0] == "message_start"
    assert kinds[-2:] == ["message_delta", "message_stop"]
    assert kinds.count("content_block_start") == kinds.count("content_block_stop") == 3


def mistral_style() -> list[Any]:
    """Mistral sends whole tool calls (index 0 each), usage on the finish chunk."""

    def chunk(delta: dict[str, Any], finish: str | None = None, **extra: Any) -> dict[str, Any]:
        choice = {"index": 0, "delta": delta, "finish_reason": finish}
        return {"id": "abc", "object": "chat.completion.chunk", "choices": [choice], **extra}

    calls = [
        {"id": "Ab1", "index": 0, "function": {"name": "f", "arguments": '{"x": 1}'}},
        {"id": "Cd2", "index": 0, "function": {"name": "g", "arguments": "{}"}},
    ]
    usage = {"prompt_tokens": 8, "completion_tokens": 3, "total_tokens": 11}
    return [
        chunk({"role": "assistant", "content": [{"type": "text", "text": "ok"}]}),
        chunk({"tool_calls": calls}),
        chunk({"content": ""}, "tool_calls", usage=usage),
    ]


def test_mistral_style_stream_without_done(
    canned: Any, anthropic_client: Callable[[Any], anthropic.Anthropic]
) -> None:
    """Whole tool calls in one chunk, list content, usage on finish, no [DONE]: all survive."""
    frames = translate(canned.openai_sse(mistral_style()), 5)
    message = final_message(anthropic_client(sse_response(b"".join(frames))))
    assert [(b.type, getattr(b, "id", None)) for b in message.content] == [
        ("text", None),
        ("tool_use", "Ab1"),
        ("tool_use", "Cd2"),
    ]
    assert message.content[1].input == {"x": 1}  # type: ignore[union-attr]
    assert (message.usage.input_tokens, message.usage.output_tokens) == (8, 3)
    assert message.stop_reason == "tool_use"


def test_upstream_error_becomes_anthropic_error_event(
    anthropic_client: Callable[[Any], anthropic.Anthropic],
) -> None:
    """An OpenAI error payload mid-stream reaches the Anthropic SDK as an APIStatusError."""
    stream = OpenAIToAnthropicStream("m")
    frames = stream.feed(SSEEvent(None, '{"id": "x", "choices": [{"index": 0, "delta": '
                                        '{"content": "hi"}}]}'))  # fmt: skip
    error = {"error": {"message": "quota gone", "type": "rate_limit_error"}}
    frames += stream.feed(SSEEvent(None, orjson.dumps(error).decode()))
    assert stream.done
    assert stream.feed(SSEEvent(None, "[DONE]")) == []
    assert stream.finish() == []
    last = orjson.loads(events(frames)[-1].data)
    assert last == {"type": "error", "error": {"type": "rate_limit_error", "message": "quota gone"}}
    client = anthropic_client(sse_response(b"".join(frames)))
    with pytest.raises(anthropic.APIStatusError, match="quota gone"):
        final_message(client)


@pytest.mark.parametrize(
    ("error", "type_"),
    [("plain text", "api_error"), ({"type": "invalid_request_error"}, "invalid_request_error")],
)
def test_error_type_mapping(error: Any, type_: str) -> None:
    """OpenAI error types map to Anthropic ones; a string error becomes api_error."""
    frames = OpenAIToAnthropicStream("m").feed(
        SSEEvent(None, orjson.dumps({"error": error}).decode())
    )
    assert orjson.loads(events(frames)[0].data)["error"]["type"] == type_


def test_cut_off_stream_ends_in_error() -> None:
    """Upstream ending before any finish_reason gives an error event, not a fake success."""
    stream = OpenAIToAnthropicStream("m")
    stream.feed(SSEEvent(None, '{"id": "x", "choices": [{"index": 0, "delta": {"content": "h"}}]}'))
    (frame,) = stream.finish()
    assert events([frame])[0].event == "error"


def test_done_without_chunks_still_forms_a_message() -> None:
    """[DONE] alone yields a complete, empty message sequence."""
    frames = OpenAIToAnthropicStream("m").feed(SSEEvent(None, "[DONE]"))
    kinds = [e.event for e in events(frames)]
    assert kinds == ["message_start", "message_delta", "message_stop"]
    delta = orjson.loads(events(frames)[1].data)
    assert delta["delta"]["stop_reason"] == "end_turn"


def test_choices_other_than_zero_only_start_the_message() -> None:
    """Other choices than 0 only start the message."""
    data = '{"id": "x", "choices": [{"index": 1, "delta": {"content": "n=2"}}]}'
    frames = OpenAIToAnthropicStream("m").feed(SSEEvent(None, data))
    assert [e.event for e in events(frames)] == ["message_start"]


@pytest.mark.parametrize("data", ["not json", "[1]", '"text"'])
def test_malformed_payloads_end_the_stream_with_an_error(data: str) -> None:
    """A payload that is not a JSON object ends the stream with one error event."""
    stream = OpenAIToAnthropicStream("m")
    frames = stream.feed(SSEEvent(None, data))
    assert [e.event for e in events(frames)] == ["error"]
    assert stream.done


def test_text_after_tool_call_opens_new_block() -> None:
    """Text after a tool call closes the tool block and opens a new text block."""
    stream = OpenAIToAnthropicStream("m")
    chunks = [
        {"choices": [{"index": 0, "delta": {"tool_calls": [
            {"index": 0, "id": "c1", "function": {"name": "f", "arguments": ""}}, "junk"]}}]},
        {"choices": [{"index": 0, "delta": {"content": "after"}}]},
        {"choices": [{"index": 0, "delta": {}, "finish_reason": "stop"}]},
    ]  # fmt: skip
    frames = [f for c in chunks for f in stream.feed(SSEEvent(None, orjson.dumps(c).decode()))]
    frames += stream.feed(SSEEvent(None, "[DONE]"))
    kinds = [(e.event, orjson.loads(e.data).get("index")) for e in events(frames)]
    assert kinds == [
        ("message_start", None),
        ("content_block_start", 0),
        ("content_block_stop", 0),
        ("content_block_start", 1),
        ("content_block_delta", 1),
        ("content_block_stop", 1),
        ("message_delta", None),
        ("message_stop", None),
    ]


def test_null_error_field_is_not_an_error() -> None:
    """A chunk carrying "error": null is an ordinary chunk."""
    chunk = {"id": "x", "error": None, "choices": [{"index": 0, "delta": {"content": "hi"}}]}
    frames = OpenAIToAnthropicStream("m").feed(SSEEvent(None, orjson.dumps(chunk).decode()))
    assert [e.event for e in events(frames)] == [
        "message_start",
        "content_block_start",
        "content_block_delta",
    ]
