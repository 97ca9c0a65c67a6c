"""Cost of protocol translation: one request/response pair each way, and per stream event.

Target: translation adds no more than 1 ms p50 to a request. Each pair timing covers what the
proxy does for a translated non-streaming call: parse the client body, translate the request,
serialize it, parse the backend answer, translate it, serialize it. Stream figures cover SSE
parsing plus translation of one upstream event into client frames.

Run: ``python benchmarks/translate.py [--n 2000] [--turns 10]``. Prints p50 and p99 in
microseconds. The machine is shared: run it a few times.
"""

from __future__ import annotations

import argparse
import statistics
import time
from collections.abc import Callable
from typing import Any

import orjson

from proxy.protocols.sse import SSEParser
from proxy.protocols.translate import (
    AnthropicToOpenAIStream,
    OpenAIToAnthropicStream,
    anthropic_request_to_openai_chat,
    anthropic_response_to_openai_chat,
    openai_chat_response_to_anthropic,
    openai_chat_to_anthropic_request,
)

PARAGRAPH = (
    "Quarterly figures for the Lyon branch show a 4.2% rise in deposits, while loan "
    "origination slowed in the second half. Please summarise the drivers and risks. "
) * 3
TOOLS = [
    {
        "type": "function",
        "function": {
            "name": f"tool_{i}",
            "description": "Look up an account attribute by id.",
            "parameters": {
                "type": "object",
                "properties": {"id": {"type": "string"}, "field": {"type": "string"}},
                "required": ["id"],
            },
        },
    }
    for i in range(5)
]


def openai_body(turns: int) -> bytes:
    """A chat request with a system prompt, ``turns`` exchanges (some with tool calls), tools."""
    messages: list[dict[str, Any]] = [{"role": "system", "content": "You are an analyst."}]
    for t in range(turns):
        messages.append({"role": "user", "content": PARAGRAPH})
        arguments = '{"id": "A-17", "field": "iban"}'
        call = {"id": f"call_{t}", "type": "function",
                "function": {"name": "tool_1", "arguments": arguments}}  # fmt: skip
        messages.append({"role": "assistant", "content": None, "tool_calls": [call]})
        messages.append({"role": "tool", "tool_call_id": f"call_{t}", "content": PARAGRAPH})
        messages.append({"role": "assistant", "content": PARAGRAPH})
    messages.append({"role": "user", "content": "And the outlook?"})
    body = {"model": "gpt-x", "messages": messages, "tools": TOOLS, "max_tokens": 800}
    return orjson.dumps(body)


ANTHROPIC_ANSWER = orjson.dumps(
    {
        "id": "msg_1", "type": "message", "role": "assistant", "model": "claude-x",
        "content": [{"type": "text", "text": PARAGRAPH * 4},
                    {"type": "tool_use", "id": "toolu_1", "name": "tool_2", "input": {"id": "B"}}],
        "stop_reason": "tool_use", "stop_sequence": None,
        "usage": {"input_tokens": 2400, "output_tokens": 310},
    }
)  # fmt: skip
OPENAI_ANSWER = orjson.dumps(
    {
        "id": "chatcmpl-1", "object": "chat.completion", "created": 1, "model": "gpt-x",
        "choices": [{"index": 0, "finish_reason": "stop",
                     "message": {"role": "assistant", "content": PARAGRAPH * 4}}],
        "usage": {"prompt_tokens": 2400, "completion_tokens": 310, "total_tokens": 2710},
    }
)  # fmt: skip


def openai_client_pair(body: bytes) -> Callable[[], object]:
    """OpenAI-SDK client, Anthropic backend."""

    def run() -> object:
        out = orjson.dumps(openai_chat_to_anthropic_request(orjson.loads(body), "claude-x"))
        answer = anthropic_response_to_openai_chat(orjson.loads(ANTHROPIC_ANSWER), "gpt-x", 1)
        return out, orjson.dumps(answer)

    return run


def translate_only(body: bytes) -> Callable[[], object]:
    """OpenAI-SDK client, Anthropic backend, dicts in and out (the body is parsed anyway)."""
    request, answer = orjson.loads(body), orjson.loads(ANTHROPIC_ANSWER)

    def run() -> object:
        return (
            openai_chat_to_anthropic_request(request, "claude-x"),
            anthropic_response_to_openai_chat(answer, "gpt-x", 1),
        )

    return run


def anthropic_client_pair(body: bytes) -> Callable[[], object]:
    """Anthropic-SDK client, OpenAI backend."""
    anthropic_body = orjson.dumps(openai_chat_to_anthropic_request(orjson.loads(body), "c"))

    def run() -> object:
        out = orjson.dumps(anthropic_request_to_openai_chat(orjson.loads(anthropic_body), "g"))
        answer = openai_chat_response_to_anthropic(orjson.loads(OPENAI_ANSWER), "claude-x")
        return out, orjson.dumps(answer)

    return run


def anthropic_stream(deltas: int) -> bytes:
    """An Anthropic SSE body with ``deltas`` text deltas of a few words each."""
    events: list[dict[str, Any]] = [
        {"type": "message_start", "message": {"id": "msg_1", "usage": {"input_tokens": 9}}},
        {"type": "content_block_start", "index": 0, "content_block": {"type": "text", "text": ""}},
    ]
    delta = {"type": "content_block_delta", "index": 0,
             "delta": {"type": "text_delta", "text": "the outlook remains "}}  # fmt: skip
    events += [delta] * deltas
    events += [
        {"type": "content_block_stop", "index": 0},
        {"type": "message_delta", "delta": {"stop_reason": "end_turn"},
         "usage": {"output_tokens": deltas}},
        {"type": "message_stop"},
    ]  # fmt: skip
    return b"".join(
        b"event: " + e["type"].encode() + b"\ndata: " + orjson.dumps(e) + b"\n\n" for e in events
    )


def openai_stream(deltas: int) -> bytes:
    """An OpenAI SSE body with ``deltas`` content chunks, a finish chunk, usage and [DONE]."""
    head = {"id": "chatcmpl-1", "object": "chat.completion.chunk", "created": 1, "model": "g"}
    chunks = [head | {"choices": [{"index": 0, "delta": {"content": "the outlook remains "},
                                    "finish_reason": None}]}] * deltas  # fmt: skip
    chunks.append(head | {"choices": [{"index": 0, "delta": {}, "finish_reason": "stop"}]})
    chunks.append(head | {"choices": [], "usage": {"prompt_tokens": 9, "completion_tokens": 3}})
    return b"".join(b"data: " + orjson.dumps(c) + b"\n\n" for c in chunks) + b"data: [DONE]\n\n"


def stream_run(wire: bytes, make: Callable[[], Any]) -> Callable[[], object]:
    """Parse and translate a whole stream, fed as the network would (1 KiB reads)."""
    pieces = [wire[i : i + 1024] for i in range(0, len(wire), 1024)]

    def run() -> object:
        parser, translator = SSEParser(), make()
        out = [f for p in pieces for e in parser.feed(p) for f in translator.feed(e)]
        return out + translator.finish()

    return run


def measure(fn: Callable[[], object], n: int) -> list[float]:
    """Microseconds per call, ``n`` calls after a short warm-up."""
    for _ in range(min(n, 50)):
        fn()
    samples = []
    for _ in range(n):
        start = time.perf_counter_ns()
        fn()
        samples.append((time.perf_counter_ns() - start) / 1000)
    return samples


def report(name: str, samples: list[float], per: int = 1) -> None:
    p50 = statistics.median(samples) / per
    p99 = statistics.quantiles(samples, n=100)[98] / per
    print(f"{name:<58} p50 {p50:9.1f} us   p99 {p99:9.1f} us")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=2000, help="timed calls per figure")
    parser.add_argument("--turns", type=int, default=10, help="conversation turns in the request")
    args = parser.parse_args()
    body = openai_body(args.turns)
    print(f"request body {len(body) / 1024:.1f} KiB, {args.turns} turns, {len(TOOLS)} tools")
    report("pair: openai client -> anthropic backend (parse+translate+dump)",
           measure(openai_client_pair(body), args.n))  # fmt: skip
    report("pair: openai client -> anthropic backend (translate only)",
           measure(translate_only(body), args.n))  # fmt: skip
    report("pair: anthropic client -> openai backend (parse+translate+dump)",
           measure(anthropic_client_pair(body), args.n))  # fmt: skip
    deltas = 200
    events = deltas + 5
    report(f"stream anthropic->openai, per event ({events} events)",
           measure(stream_run(anthropic_stream(deltas), lambda: AnthropicToOpenAIStream(
               "g", 1, True)), max(args.n // 10, 20)), per=events)  # fmt: skip
    report(f"stream openai->anthropic, per event ({deltas + 3} events)",
           measure(stream_run(openai_stream(deltas), lambda: OpenAIToAnthropicStream("c")),
                   max(args.n // 10, 20)), per=deltas + 3)  # fmt: skip


if __name__ == "__main__":
    main()
