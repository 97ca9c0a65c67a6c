"""Anthropic stream → OpenAI stream, checked by the OpenAI and Mistral SDKs' stream parsers."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import httpx2
import openai
import orjson
import pytest
from mistralai.client import Mistral
from openai.types.chat import ChatCompletionChunk

from proxy.protocols.sse import SSEEvent, SSEParser
from proxy.protocols.stream_to_openai import DONE, AnthropicToOpenAIStream

MESSAGES: Any = [{"role": "user", "content": "weather?"}]


def translate(wire: bytes, size: int, **options: Any) -> list[bytes]:
    """Run upstream bytes, cut into ``size``-byte pieces, through parser and translator."""
    parser = SSEParser()
    stream = AnthropicToOpenAIStream("claude-x", 1700000000, options.pop("include_usage", True))
    stream.usage_in_finish_chunk = options.pop("usage_in_finish_chunk", True)
    out: list[bytes] = []
    for piece in [wire[i : i + size] for i in range(0, len(wire), size)]:
        for event in parser.feed(piece):
            out.extend(stream.feed(event))
    return out + stream.finish()


def payloads(frames: list[bytes]) -> list[Any]:
    """The JSON payload of each frame ([DONE] kept as a string)."""
    out = []
    for frame in frames:
        (event,) = SSEParser().feed(frame)
        out.append(event.data if event.data == "[DONE]" else orjson.loads(event.data))
    return out


def sse_response(body: bytes) -> Callable[[httpx2.Request], httpx2.Response]:
    return lambda _r: httpx2.Response(
        200, content=body, headers={"content-type": "text/event-stream"}
    )


@pytest.mark.parametrize("size", [1, 7, 64, 100_000])
def test_openai_sdk_accumulates_translated_stream(
    canned: Any, openai_client: Callable[[Any], openai.OpenAI], size: int
) -> None:
    """The OpenAI SDK's stream accumulator rebuilds text, tool call, finish reason and usage."""
    frames = translate(canned.anthropic_sse(canned.anthropic_events()), size)
    assert frames[-1] == DONE
    client = openai_client(sse_response(b"".join(frames)))
    with client.chat.completions.stream(model="claude-x", messages=MESSAGES) as stream:
        for _ in stream:
            pass
        final = stream.get_final_completion()
    choice = final.choices[0]
    assert choice.message.content == "Let me ü"
    assert choice.finish_reason == "tool_calls"
    (call,) = choice.message.tool_calls or []
    assert call.id == "toolu_1"
    assert call.function.name == "weather"
    assert orjson.loads(call.function.arguments) == {"city": "Paris"}
    assert final.usage is not None
    assert (final.usage.prompt_tokens, final.usage.completion_tokens) == (30, 40)
    assert final.id == "chatcmpl-msg_01ABC"


def test_every_chunk_validates(canned: Any) -> None:
    """Every emitted chunk is a valid ChatCompletionChunk; the last two are finish and usage."""
    frames = translate(canned.anthropic_sse(canned.anthropic_events()), 50)
    chunks = [ChatCompletionChunk.model_validate(p) for p in payloads(frames)[:-1]]
    assert chunks[0].choices[0].delta.role == "assistant"
    assert chunks[-2].choices[0].finish_reason == "tool_calls"
    assert chunks[-1].choices == []
    assert chunks[-1].usage is not None
    assert chunks[-1].usage.total_tokens == 70


def test_mistral_sdk_reads_translated_stream(
    canned: Any, mistral_client: Callable[[Any], Mistral]
) -> None:
    """The Mistral SDK parses every chunk and finds finish_reason and usage without asking."""
    frames = translate(canned.anthropic_sse(canned.anthropic_events()), 13, include_usage=False)
    client = mistral_client(sse_response(b"".join(frames)))
    chunks = [event.data for event in client.chat.stream(model="m", messages=MESSAGES)]
    text = "".join(c.choices[0].delta.content for c in chunks if c.choices and isinstance(
        c.choices[0].delta.content, str))  # fmt: skip
    assert text == "Let me ü"
    calls = [tc for c in chunks if c.choices for tc in (c.choices[0].delta.tool_calls or [])]
    assert [(tc.id, tc.function.name, tc.function.arguments) for tc in calls] == [
        ("toolu_1", "weather", '{"city": "Paris"}')
    ]
    assert chunks[-1].choices[0].finish_reason == "tool_calls"
    assert chunks[-1].usage is not None
    assert chunks[-1].usage.total_tokens == 70


@pytest.mark.parametrize(
    ("include_usage", "in_finish", "usage_chunk", "finish_usage"),
    [(True, True, True, True), (False, True, False, True), (True, False, True, False),
     (False, False, False, False)],
)  # fmt: skip
def test_usage_options(
    canned: Any, include_usage: bool, in_finish: bool, usage_chunk: bool, finish_usage: bool
) -> None:
    """include_usage adds the usage-only chunk; usage_in_finish_chunk puts usage on finish."""
    frames = translate(
        canned.anthropic_sse(canned.anthropic_events()),
        1000,
        include_usage=include_usage,
        usage_in_finish_chunk=in_finish,
    )
    data = payloads(frames)[:-1]
    assert (data[-1]["choices"] == []) == usage_chunk
    finish = data[-2] if usage_chunk else data[-1]
    assert finish["choices"][0]["finish_reason"] == "tool_calls"
    assert ("usage" in finish) == finish_usage


def test_upstream_error_event_becomes_openai_error(
    openai_client: Callable[[Any], openai.OpenAI],
) -> None:
    """An Anthropic error event mid-stream reaches the OpenAI SDK as an APIError."""
    stream = AnthropicToOpenAIStream("m", 1, True)
    start = {"type": "message_start", "message": {"id": "msg_1", "usage": {"input_tokens": 1}}}
    frames = stream.feed(SSEEvent("message_start", orjson.dumps(start).decode()))
    error = {"type": "error", "error": {"type": "overloaded_error", "message": "Overloaded"}}
    frames += stream.feed(SSEEvent("error", orjson.dumps(error).decode()))
    assert stream.done
    assert stream.feed(SSEEvent("message_stop", '{"type":"message_stop"}')) == []
    assert stream.finish() == []
    assert payloads(frames)[-1]["error"] == {
        "message": "Overloaded",
        "type": "server_error",
        "param": None,
        "code": "overloaded_error",
    }
    client = openai_client(sse_response(b"".join(frames)))
    with pytest.raises(openai.APIError, match="Overloaded"):
        list(client.chat.completions.create(model="m", messages=MESSAGES, stream=True))


@pytest.mark.parametrize(
    ("error", "type_"),
    [
        ({"type": "rate_limit_error", "message": "slow"}, "rate_limit_error"),
        ("junk", "server_error"),
    ],
)
def test_error_type_mapping(error: Any, type_: str) -> None:
    """Anthropic error types map to OpenAI ones; a malformed error still yields an error frame."""
    stream = AnthropicToOpenAIStream("m", 1, False)
    frames = stream.feed(
        SSEEvent("error", orjson.dumps({"type": "error", "error": error}).decode())
    )
    assert payloads(frames)[0]["error"]["type"] == type_


def event(payload: dict[str, Any]) -> SSEEvent:
    return SSEEvent(payload["type"], orjson.dumps(payload).decode())


def test_finish_after_stop_reason_completes_normally(canned: Any) -> None:
    """An upstream that ends after message_delta without message_stop still completes."""
    stream = AnthropicToOpenAIStream("m", 1, False)
    for e in canned.anthropic_events()[:-1]:
        stream.feed(event(e))
    frames = stream.finish()
    assert frames[-1] == DONE
    assert payloads(frames)[-2]["choices"][0]["finish_reason"] == "tool_calls"


def test_finish_mid_answer_is_an_error(canned: Any) -> None:
    """An upstream cut before its stop reason ends in an error frame, not a fake success."""
    stream = AnthropicToOpenAIStream("m", 1, False)
    for e in canned.anthropic_events()[:5]:
        stream.feed(event(e))
    (frame,) = stream.finish()
    assert payloads([frame])[0]["error"]["type"] == "server_error"
    assert stream.done


def test_unclosed_tool_block_is_flushed_at_stop() -> None:
    """A tool block never stopped is still emitted before the finish chunk."""
    stream = AnthropicToOpenAIStream("m", 1, False, usage_in_finish_chunk=False)
    block = {"type": "tool_use", "id": "t1", "name": "f", "input": {"a": 1}}
    frames = stream.feed(event({"type": "content_block_start", "index": 0, "content_block": block}))
    frames += stream.feed(event({"type": "message_stop"}))
    data = payloads(frames)
    tool = data[0]["choices"][0]["delta"]["tool_calls"][0]
    assert tool["function"] == {"name": "f", "arguments": '{"a":1}'}
    assert data[1]["choices"][0]["finish_reason"] == "stop"


@pytest.mark.parametrize(
    ("incoming", "expected"),
    [
        (SSEEvent("ping", '{"type": "ping"}'), []),
        (SSEEvent("x", '{"type": "something_new"}'), []),
        (SSEEvent(None, '{"type": "content_block_stop", "index": 4}'), []),
        (SSEEvent(None, '{"type": "content_block_delta", "index": 0, "delta": '
                        '{"type": "thinking_delta", "thinking": "hm"}}'), []),
        (SSEEvent(None, '{"type": "content_block_delta", "index": 9, "delta": '
                        '{"type": "input_json_delta", "partial_json": "{"}}'), []),
        (SSEEvent(None, '{"type": "content_block_start", "index": 0, "content_block": '
                        '{"type": "thinking", "thinking": ""}}'), []),
    ],
)  # fmt: skip
def test_ignored_events(incoming: SSEEvent, expected: list[bytes]) -> None:
    """Pings, unknown events and thinking content emit nothing."""
    assert AnthropicToOpenAIStream("m", 1, True).feed(incoming) == expected


@pytest.mark.parametrize("data", ["not json", "[1]"])
def test_malformed_events_end_the_stream_with_an_error(data: str) -> None:
    """An event whose data is not a JSON object ends the stream with one error frame."""
    stream = AnthropicToOpenAIStream("m", 1, True)
    frames = stream.feed(SSEEvent(None, data))
    assert len(frames) == 1 and b'"error"' in frames[0]
    assert stream.done


def test_text_in_block_start_is_emitted() -> None:
    """Text carried by content_block_start itself is not lost."""
    stream = AnthropicToOpenAIStream("m", 1, True)
    start = {"type": "content_block_start", "index": 0,
             "content_block": {"type": "text", "text": "Hi"}}  # fmt: skip
    (frame,) = stream.feed(event(start))
    assert payloads([frame])[0]["choices"][0]["delta"] == {"content": "Hi"}


def test_message_delta_without_stop_reason_keeps_stream_open() -> None:
    """A message_delta lacking stop_reason and usage changes nothing: a cut is still an error."""
    stream = AnthropicToOpenAIStream("m", 1, True)
    assert stream.feed(event({"type": "message_delta", "delta": {}, "usage": None})) == []
    (frame,) = stream.finish()
    assert "error" in payloads([frame])[0]
