"""Properties: whatever the text and tool calls, cut anywhere, the client SDK rebuilds them."""

from __future__ import annotations

from typing import Any

import anthropic
import httpx2
import orjson
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from openai.lib.streaming.chat import ChatCompletionStreamState
from openai.types.chat import ChatCompletionChunk

from proxy.protocols.sse import SSEParser
from proxy.protocols.translate import anthropic_to_openai_stream, openai_to_anthropic_stream

texts = st.lists(st.text(min_size=1, max_size=12), max_size=4)
tool_calls = st.lists(
    st.tuples(
        st.from_regex(r"[a-z][a-z_]{0,8}", fullmatch=True),
        st.dictionaries(
            st.text(max_size=4), st.integers(-(10**9), 10**9) | st.text(max_size=6), max_size=3
        ),
        st.integers(min_value=1, max_value=5),
    ),
    max_size=3,
)
cut = st.integers(min_value=1, max_value=200)
SLOW = settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def pieces(text: str, parts: int) -> list[str]:
    step = max(len(text) // parts, 1)
    return [text[i : i + step] for i in range(0, len(text), step)]


def openai_wire(parts: list[str], calls: list[tuple[str, dict[str, Any], int]]) -> bytes:
    head = {"id": "c", "object": "chat.completion.chunk", "created": 1, "model": "g"}

    def chunk(delta: dict[str, Any], finish: str | None = None) -> dict[str, Any]:
        return head | {"choices": [{"index": 0, "delta": delta, "finish_reason": finish}]}

    chunks = [chunk({"role": "assistant", "content": ""})]
    chunks += [chunk({"content": p}) for p in parts]
    for i, (name, args, n) in enumerate(calls):
        first, *rest = pieces(orjson.dumps(args).decode(), n)
        fn = {"name": name, "arguments": first}
        chunks.append(chunk({"tool_calls": [{"index": i, "id": f"call_{i}", "function": fn}]}))
        chunks += [
            chunk({"tool_calls": [{"index": i, "function": {"arguments": r}}]}) for r in rest
        ]
    chunks.append(chunk({}, "tool_calls" if calls else "stop"))
    chunks.append(head | {"choices": [], "usage": {"prompt_tokens": 3, "completion_tokens": 4}})
    body = b"".join(b"data: " + orjson.dumps(c) + b"\n\n" for c in chunks)
    return body + b"data: [DONE]\n\n"


def anthropic_wire(parts: list[str], calls: list[tuple[str, dict[str, Any], int]]) -> bytes:
    events: list[dict[str, Any]] = [
        {"type": "message_start", "message": {"id": "msg_1", "usage": {"input_tokens": 3}}}
    ]
    if parts:
        events.append({"type": "content_block_start", "index": 0,
                       "content_block": {"type": "text", "text": ""}})  # fmt: skip
        events += [{"type": "content_block_delta", "index": 0,
                    "delta": {"type": "text_delta", "text": p}} for p in parts]  # fmt: skip
        events.append({"type": "content_block_stop", "index": 0})
    for i, (name, args, n) in enumerate(calls, start=1 if parts else 0):
        block = {"type": "tool_use", "id": f"toolu_{i}", "name": name, "input": {}}
        events.append({"type": "content_block_start", "index": i, "content_block": block})
        events += [{"type": "content_block_delta", "index": i,
                    "delta": {"type": "input_json_delta", "partial_json": p}}
                   for p in pieces(orjson.dumps(args).decode(), n)]  # fmt: skip
        events.append({"type": "content_block_stop", "index": i})
    stop = "tool_use" if calls else "end_turn"
    events.append({"type": "message_delta", "delta": {"stop_reason": stop},
                   "usage": {"output_tokens": 4}})  # fmt: skip
    events.append({"type": "message_stop"})
    return b"".join(
        b"event: " + e["type"].encode() + b"\ndata: " + orjson.dumps(e) + b"\n\n" for e in events
    )


@SLOW
@given(texts, tool_calls, cut)
def test_openai_accumulator_rebuilds_anthropic_stream(
    parts: list[str], calls: list[tuple[str, dict[str, Any], int]], size: int
) -> None:
    """OpenAI's ChatCompletionStreamState rebuilds the text and every tool call."""
    wire = anthropic_wire(parts, calls)
    transform = anthropic_to_openai_stream("g", 1, True)
    out = b"".join(transform.feed(wire[i : i + size]) for i in range(0, len(wire), size))
    out += transform.finish()
    state: ChatCompletionStreamState[Any] = ChatCompletionStreamState()
    for event in SSEParser().feed(out):
        if event.data != "[DONE]":
            state.handle_chunk(ChatCompletionChunk.model_validate_json(event.data))
    message = state.get_final_completion().choices[0].message
    assert (message.content or "") == "".join(parts)
    got = [(c.function.name, orjson.loads(c.function.arguments)) for c in message.tool_calls or []]
    assert got == [(name, args) for name, args, _ in calls]


@SLOW
@given(texts, tool_calls, cut)
def test_anthropic_sdk_rebuilds_openai_stream(
    parts: list[str], calls: list[tuple[str, dict[str, Any], int]], size: int
) -> None:
    """The Anthropic SDK's stream rebuilds the text block and every tool_use block."""
    wire = openai_wire(parts, calls)
    transform = openai_to_anthropic_stream("c")
    out = b"".join(transform.feed(wire[i : i + size]) for i in range(0, len(wire), size))
    out += transform.finish()
    transport = httpx2.MockTransport(
        lambda _r: httpx2.Response(200, content=out, headers={"content-type": "text/event-stream"})
    )
    client = anthropic.Anthropic(
        api_key="t", base_url="http://127.0.0.1:9", http_client=httpx2.Client(transport=transport)
    )
    messages: Any = [{"role": "user", "content": "x"}]
    with client.messages.stream(model="c", max_tokens=5, messages=messages) as stream:
        message = stream.get_final_message()
    text = "".join(b.text for b in message.content if b.type == "text")
    assert text == "".join(parts)
    tools = [(b.name, b.input) for b in message.content if b.type == "tool_use"]
    assert tools == [(name, args) for name, args, _ in calls]
    assert message.stop_reason == ("tool_use" if calls else "end_turn")
