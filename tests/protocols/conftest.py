"""Protocol test fixtures: official SDKs wired to in-process handlers, canned upstream streams.

The SDK clients use an in-memory transport (``httpx2.MockTransport``): no socket is opened,
but every byte we emit goes through the SDK's own HTTP, SSE and model-validation code.
"""

from __future__ import annotations

import copy
from collections.abc import Callable
from typing import Any

import anthropic
import httpx2
import openai
import orjson
import pytest
from mistralai.client import Mistral

Handler = Callable[[httpx2.Request], httpx2.Response]
BASE = "http://127.0.0.1:9"


def _transport(handler: Handler) -> httpx2.Client:
    return httpx2.Client(transport=httpx2.MockTransport(handler))


@pytest.fixture
def openai_client() -> Callable[[Handler], openai.OpenAI]:
    """Factory: an OpenAI SDK client answered by ``handler``."""
    return lambda h: openai.OpenAI(
        api_key="test", base_url=f"{BASE}/v1", http_client=_transport(h), max_retries=0
    )


@pytest.fixture
def anthropic_client() -> Callable[[Handler], anthropic.Anthropic]:
    """Factory: an Anthropic SDK client answered by ``handler``."""
    return lambda h: anthropic.Anthropic(
        api_key="test", base_url=BASE, http_client=_transport(h), max_retries=0
    )


@pytest.fixture
def mistral_client() -> Callable[[Handler], Mistral]:
    """Factory: a Mistral SDK client answered by ``handler``."""
    return lambda h: Mistral(api_key="test", server_url=BASE, client=_transport(h))


_ANTHROPIC_EVENTS: list[dict[str, Any]] = [
    {
        "type": "message_start",
        "message": {
            "id": "msg_01ABC",
            "type": "message",
            "role": "assistant",
            "model": "claude-x",
            "content": [],
            "stop_reason": None,
            "stop_sequence": None,
            "usage": {"input_tokens": 25, "output_tokens": 1, "cache_read_input_tokens": 5},
        },
    },
    {"type": "content_block_start", "index": 0, "content_block": {"type": "text", "text": ""}},
    {"type": "ping"},
    {
        "type": "content_block_delta",
        "index": 0,
        "delta": {"type": "text_delta", "text": "Let "},
    },
    {
        "type": "content_block_delta",
        "index": 0,
        "delta": {"type": "text_delta", "text": "me ü"},
    },
    {"type": "content_block_stop", "index": 0},
    {
        "type": "content_block_start",
        "index": 1,
        "content_block": {"type": "tool_use", "id": "toolu_1", "name": "weather", "input": {}},
    },
    {
        "type": "content_block_delta",
        "index": 1,
        "delta": {"type": "input_json_delta", "partial_json": '{"city": "Par'},
    },
    {
        "type": "content_block_delta",
        "index": 1,
        "delta": {"type": "input_json_delta", "partial_json": 'is"}'},
    },
    {"type": "content_block_stop", "index": 1},
    {
        "type": "message_delta",
        "delta": {"stop_reason": "tool_use", "stop_sequence": None},
        "usage": {"output_tokens": 40},
    },
    {"type": "message_stop"},
]


def anthropic_events() -> list[dict[str, Any]]:
    """A realistic Anthropic stream: text, a ping, then a tool call with split JSON input."""
    return copy.deepcopy(_ANTHROPIC_EVENTS)


def openai_chunks() -> list[dict[str, Any] | str]:
    """A realistic OpenAI stream: role, text, two tool calls by index deltas, finish, usage."""

    def chunk(delta: dict[str, Any], finish: str | None = None) -> dict[str, Any]:
        choice = {"index": 0, "delta": delta, "finish_reason": finish}
        return {
            "id": "chatcmpl-9",
            "object": "chat.completion.chunk",
            "created": 7,
            "model": "gpt-x",
            "choices": [choice],
        }

    def call(index: int, args: str, call_id: str | None = None, name: str | None = None) -> Any:
        fn: dict[str, Any] = {"arguments": args}
        if name:
            fn["name"] = name
        tc: dict[str, Any] = {"index": index, "function": fn}
        if call_id:
            tc |= {"id": call_id, "type": "function"}
        return {"tool_calls": [tc]}

    usage = {"prompt_tokens": 30, "completion_tokens": 12, "total_tokens": 42}
    return [
        chunk({"role": "assistant", "content": ""}),
        chunk({"content": "Checking "}),
        chunk({"content": "both."}),
        chunk(call(0, "", "call_a", "weather")),
        chunk(call(0, '{"city":')),
        chunk(call(0, '"Paris"}')),
        chunk(call(1, '{"city":"Rome"}', "call_b", "weather")),
        chunk({}, "tool_calls"),
        {"id": "chatcmpl-9", "object": "chat.completion.chunk", "created": 7, "model": "gpt-x"}
        | {"choices": [], "usage": usage},
        "[DONE]",
    ]


def anthropic_sse(events: list[dict[str, Any]]) -> bytes:
    """Frame Anthropic events the way the Anthropic API does (event line + data line)."""
    return b"".join(
        b"event: " + e["type"].encode() + b"\ndata: " + orjson.dumps(e) + b"\n\n" for e in events
    )


def openai_sse(chunks: list[dict[str, Any] | str]) -> bytes:
    """Frame OpenAI chunks the way the OpenAI API does (data lines only)."""
    return b"".join(
        b"data: " + (c.encode() if isinstance(c, str) else orjson.dumps(c)) + b"\n\n"
        for c in chunks
    )


def split(data: bytes, size: int) -> list[bytes]:
    """Cut ``data`` into pieces of ``size`` bytes, as a network might."""
    return [data[i : i + size] for i in range(0, len(data), size)]


@pytest.fixture
def canned() -> Any:
    """The canned streams and framing helpers above, as one namespace."""

    class Canned:
        anthropic_events = staticmethod(anthropic_events)
        openai_chunks = staticmethod(openai_chunks)
        anthropic_sse = staticmethod(anthropic_sse)
        openai_sse = staticmethod(openai_sse)
        split = staticmethod(split)

    return Canned
