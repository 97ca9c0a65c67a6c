"""Cost of the Responses API ⇄ Anthropic translation and of structured output, beside translate.py.

Same method and target as ``translate.py`` (no more than 1 ms p50 added to a request): a pair
is parse the client body, translate the request, serialize it, parse the backend answer,
translate it, serialize it; stream figures cover SSE parsing plus translation per upstream event.

Run: ``python benchmarks/translate_responses.py [--n 2000] [--turns 10]``. Prints p50 and p99
in microseconds. The machine is shared: run it a few times.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable
from typing import Any

import orjson
from translate import (
    ANTHROPIC_ANSWER,
    PARAGRAPH,
    anthropic_stream,
    measure,
    openai_body,
    report,
    stream_run,
)

from proxy.protocols.translate import (
    AnthropicToOpenAIStream,
    AnthropicToResponsesStream,
    anthropic_response_to_openai_chat,
    anthropic_to_response,
    openai_chat_to_anthropic_request,
    responses_to_anthropic_request,
)

SCHEMA = {
    "type": "object",
    "properties": {
        "summary": {"type": "string"},
        "risks": {"type": "array", "items": {"type": "string"}},
    },
    "required": ["summary", "risks"],
    "additionalProperties": False,
}
STRUCTURED_ANSWER = orjson.dumps(
    {
        "id": "msg_2", "type": "message", "role": "assistant", "model": "claude-x",
        "content": [{"type": "tool_use", "id": "toolu_2", "name": "report",
                     "input": {"summary": PARAGRAPH, "risks": ["rates", "credit"]}}],
        "stop_reason": "tool_use", "stop_sequence": None,
        "usage": {"input_tokens": 2400, "output_tokens": 310},
    }
)  # fmt: skip


def responses_body(turns: int) -> bytes:
    """The chat benchmark's conversation as Responses input items (calls and outputs as items)."""
    chat = orjson.loads(openai_body(turns))
    items: list[dict[str, Any]] = []
    for message in chat["messages"][1:]:
        if message["role"] == "tool":
            out = {"call_id": message["tool_call_id"], "output": message["content"]}
            items.append({"type": "function_call_output", **out})
        elif message.get("tool_calls"):
            fn = message["tool_calls"][0]["function"]
            call = {"call_id": message["tool_calls"][0]["id"], "name": fn["name"]}
            items.append({"type": "function_call", **call, "arguments": fn["arguments"]})
        else:
            items.append({"role": message["role"], "content": message["content"]})
    tools = [{"type": "function", **t["function"]} for t in chat["tools"]]
    body = {"model": "gpt-x", "instructions": "You are an analyst.", "input": items,
            "tools": tools, "max_output_tokens": 800}  # fmt: skip
    return orjson.dumps(body)


def responses_pair(body: bytes) -> Callable[[], object]:
    """openai-SDK Responses client, Anthropic backend."""

    def run() -> object:
        request = orjson.loads(body)
        out = orjson.dumps(responses_to_anthropic_request(request, "claude-x"))
        answer = anthropic_to_response(orjson.loads(ANTHROPIC_ANSWER), request, "gpt-x", 1, None)
        return out, orjson.dumps(answer)

    return run


def structured_pair(body: bytes) -> Callable[[], object]:
    """Chat Completions with a json_schema response_format, Anthropic backend."""
    fmt = {"type": "json_schema", "json_schema": {"name": "report", "schema": SCHEMA}}
    with_format = orjson.dumps(orjson.loads(body) | {"response_format": fmt})

    def run() -> object:
        out = orjson.dumps(openai_chat_to_anthropic_request(orjson.loads(with_format), "c"))
        answer = anthropic_response_to_openai_chat(
            orjson.loads(STRUCTURED_ANSWER), "gpt-x", 1, json_tool="report"
        )
        return out, orjson.dumps(answer)

    return run


def main() -> None:
    """Print the figures."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=2000, help="timed calls per figure")
    parser.add_argument("--turns", type=int, default=10, help="conversation turns in the request")
    args = parser.parse_args()
    body = responses_body(args.turns)
    print(f"responses body {len(body) / 1024:.1f} KiB, {args.turns} turns")
    report("pair: responses client -> anthropic backend (parse+translate+dump)",
           measure(responses_pair(body), args.n))  # fmt: skip
    report("pair: chat json_schema -> anthropic backend (parse+translate+dump)",
           measure(structured_pair(openai_body(args.turns)), args.n))  # fmt: skip
    deltas = 200
    events = deltas + 5
    wire = anthropic_stream(deltas)
    runs = args.n // 10
    responses = stream_run(wire, lambda: AnthropicToResponsesStream({}, "gpt-x", 1))
    chat = stream_run(wire, lambda: AnthropicToOpenAIStream("gpt-x", 1, True))
    report(f"stream anthropic->responses, per event ({events} events)",
           measure(responses, runs), per=events)  # fmt: skip
    report(f"stream anthropic->openai chat, per event ({events} events, reference)",
           measure(chat, runs), per=events)  # fmt: skip


if __name__ == "__main__":
    main()
