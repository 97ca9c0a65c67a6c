"""Event streams folded into the JSON answer a non-streaming client asked for."""

from __future__ import annotations

import orjson
import pytest

from proxy.errors import UpstreamProtocolError
from proxy.protocols.as_stream import as_stream
from proxy.protocols.assemble import assemble
from proxy.protocols.sse import format_event
from tests.faulty_upstream import completion_json, stream_events


def test_openai_chunks_become_the_chat_completion() -> None:
    """Content deltas, finish reason, id and model fold into one chat.completion."""
    body = orjson.loads(assemble("openai", "chat.completions", b"".join(stream_events(False, "m"))))
    expected = orjson.loads(completion_json(False, "m"))
    assert body["object"] == "chat.completion"
    assert body["choices"][0]["message"] == expected["choices"][0]["message"]
    assert body["choices"][0]["finish_reason"] == "stop"
    assert (body["id"], body["model"]) == ("chatcmpl-s", "m")


def test_anthropic_events_become_the_message() -> None:
    """message_start + blocks + message_delta fold into the Message the API returns."""
    body = orjson.loads(assemble("anthropic", "messages", b"".join(stream_events(True, "m"))))
    expected = orjson.loads(completion_json(True, "m"))
    for key in ("id", "type", "role", "model", "content", "stop_reason", "stop_sequence"):
        assert body[key] == expected[key], key
    assert body["usage"]["output_tokens"] == 5


def test_tool_calls_and_tool_input_are_rebuilt() -> None:
    """Streamed tool-call arguments (OpenAI) and input_json deltas (Anthropic) join up."""
    call = {
        "index": 0,
        "id": "call_1",
        "type": "function",
        "function": {"name": "get", "arguments": '{"ci'},
    }
    more = {"index": 0, "function": {"arguments": 'ty": "Paris"}'}}
    chunks = [
        {
            "id": "c",
            "model": "m",
            "created": 1,
            "choices": [{"index": 0, "delta": {"tool_calls": [call]}}],
        },
        {
            "id": "c",
            "choices": [
                {"index": 0, "delta": {"tool_calls": [more]}, "finish_reason": "tool_calls"}
            ],
        },
    ]
    wire = b"".join(format_event(orjson.dumps(c)) for c in chunks) + b"data: [DONE]\n\n"
    message = orjson.loads(assemble("openai", "chat.completions", wire))["choices"][0]["message"]
    assert message["tool_calls"][0]["function"] == {"name": "get", "arguments": '{"city": "Paris"}'}
    events = [
        {"type": "message_start", "message": {"id": "msg", "content": [], "usage": {}}},
        {
            "type": "content_block_start",
            "index": 0,
            "content_block": {"type": "tool_use", "id": "t", "name": "get", "input": {}},
        },
        {
            "type": "content_block_delta",
            "index": 0,
            "delta": {"type": "input_json_delta", "partial_json": '{"city": '},
        },
        {
            "type": "content_block_delta",
            "index": 0,
            "delta": {"type": "input_json_delta", "partial_json": '"Paris"}'},
        },
        {"type": "message_stop"},
    ]
    wire = b"".join(format_event(orjson.dumps(e)) for e in events)
    block = orjson.loads(assemble("anthropic", "messages", wire))["content"][0]
    assert block == {"type": "tool_use", "id": "t", "name": "get", "input": {"city": "Paris"}}


def test_a_stream_that_cannot_be_one_answer_is_refused() -> None:
    """An endpoint without a known fold, or a stream without events, is a protocol error."""
    with pytest.raises(UpstreamProtocolError):
        assemble("openai", "embeddings", b'data: {"a": 1}\n\n')
    with pytest.raises(UpstreamProtocolError):
        assemble("openai", "chat.completions", b"data: [DONE]\n\n")


@pytest.mark.parametrize("anthropic", [False, True], ids=["openai", "anthropic"])
def test_a_json_answer_unfolded_into_events_folds_back_into_itself(anthropic: bool) -> None:
    """as_stream and assemble are inverses on a whole answer (text and tool calls)."""
    answer = orjson.loads(completion_json(anthropic, "m"))
    if anthropic:
        answer["content"].append({"type": "tool_use", "id": "t", "name": "f", "input": {"a": [1]}})
        protocol, endpoint = "anthropic", "messages"
    else:
        call = {"id": "c1", "type": "function", "function": {"name": "f", "arguments": "{}"}}
        answer["choices"][0]["message"]["tool_calls"] = [call]
        protocol, endpoint = "openai", "chat.completions"
    stream = as_stream(protocol, endpoint, answer)
    assert stream is not None
    folded = orjson.loads(assemble(protocol, endpoint, stream))
    if anthropic:
        assert folded == answer
    else:
        assert folded["choices"][0]["message"] == answer["choices"][0]["message"]
        assert folded["usage"] == answer["usage"]
    assert as_stream("openai", "embeddings", {"data": []}) is None
