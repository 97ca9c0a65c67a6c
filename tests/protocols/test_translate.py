"""End to end through the official SDKs, and round trips, via the public translate module.

Each cross-protocol test plays the proxy in-process: the client SDK's request is translated,
then replayed through the *other* SDK (whose keyword-only API rejects any parameter name we
invent), and the backend's canned answer is translated back for the client SDK to parse.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import httpx2
import orjson
import pytest

from proxy.protocols.sse import SSEParser
from proxy.protocols.translate import (
    AnthropicToOpenAIStream,
    OpenAIToAnthropicStream,
    anthropic_request_to_openai_chat,
    anthropic_response_to_openai_chat,
    backend_protocol,
    include_usage_requested,
    needs_translation,
    openai_chat_response_to_anthropic,
    openai_chat_to_anthropic_request,
)

Client = Callable[[Any], Any]
TOOLS: Any = [
    {
        "type": "function",
        "function": {
            "name": "weather",
            "description": "Weather for a city",
            "parameters": {"type": "object", "properties": {"city": {"type": "string"}}},
        },
    }
]
CONVERSATION: Any = [
    {"role": "system", "content": "Be brief."},
    {"role": "user", "content": "Weather in Paris?"},
    {"role": "assistant", "content": None, "tool_calls": [
        {"id": "call_1", "type": "function",
         "function": {"name": "weather", "arguments": '{"city": "Paris"}'}}]},
    {"role": "tool", "tool_call_id": "call_1", "content": "sunny, 21C"},
]  # fmt: skip
ANTHROPIC_REPLY: Any = {
    "id": "msg_1",
    "type": "message",
    "role": "assistant",
    "model": "claude-x",
    "content": [{"type": "text", "text": "Sunny, 21C."}],
    "stop_reason": "end_turn",
    "stop_sequence": None,
    "usage": {"input_tokens": 50, "output_tokens": 6},
}


def reply(body: bytes, stream: bool = False) -> httpx2.Response:
    ctype = "text/event-stream" if stream else "application/json"
    return httpx2.Response(200, content=body, headers={"content-type": ctype})


@pytest.mark.parametrize(
    ("client", "backend", "translate", "wire"),
    [
        ("openai", "openai", False, "openai"),
        ("openai", "azure-openai", False, "openai"),
        ("openai", "anthropic", True, "anthropic"),
        ("anthropic", "anthropic", False, "anthropic"),
        ("anthropic", "openai", True, "openai"),
        ("anthropic", "azure-openai", True, "openai"),
    ],
)
def test_needs_translation(client: Any, backend: str, translate: bool, wire: str) -> None:
    """Only a client/backend protocol mismatch needs translation; azure-openai speaks OpenAI."""
    assert needs_translation(client, backend) is translate
    assert backend_protocol(backend) == wire


def anthropic_backend(
    anthropic_client: Client, answer: bytes, stream: bool
) -> Callable[[dict[str, Any]], dict[str, Any]]:
    """Replay a translated request through the Anthropic SDK; return what it put on the wire."""
    seen: dict[str, Any] = {}

    def handler(request: httpx2.Request) -> httpx2.Response:
        seen.update(orjson.loads(request.content))
        return reply(answer, stream)

    def send(translated: dict[str, Any]) -> dict[str, Any]:
        result = anthropic_client(handler).messages.create(**translated)
        if stream:
            list(result)
        return seen

    return send


def test_openai_sdk_to_anthropic_backend(openai_client: Client, anthropic_client: Client) -> None:
    """An OpenAI-SDK tool conversation reaches Anthropic intact and its answer parses back."""
    send = anthropic_backend(anthropic_client, orjson.dumps(ANTHROPIC_REPLY), stream=False)
    sent: dict[str, Any] = {}

    def proxy(request: httpx2.Request) -> httpx2.Response:
        sent.update(send(openai_chat_to_anthropic_request(orjson.loads(request.content), "c")))
        return reply(orjson.dumps(anthropic_response_to_openai_chat(ANTHROPIC_REPLY, "gpt", 9)))

    result = openai_client(proxy).chat.completions.create(
        model="gpt", messages=CONVERSATION, tools=TOOLS, tool_choice="auto", max_tokens=77
    )
    assert result.choices[0].message.content == "Sunny, 21C."
    assert result.usage is not None
    assert result.usage.total_tokens == 56
    assert sent["system"] == "Be brief."
    assert sent["max_tokens"] == 77
    assert sent["tools"][0]["input_schema"]["properties"] == {"city": {"type": "string"}}
    assert sent["messages"][2]["content"][0] == {
        "type": "tool_result", "tool_use_id": "call_1", "content": "sunny, 21C"
    }  # fmt: skip


@pytest.mark.parametrize("sdk", ["openai", "mistral"])
def test_streaming_sdk_to_anthropic_backend(
    canned: Any, openai_client: Client, anthropic_client: Client, mistral_client: Client, sdk: str
) -> None:
    """OpenAI and Mistral SDK streams served by an Anthropic stream end with finish and usage."""
    upstream = canned.anthropic_sse(canned.anthropic_events())
    send = anthropic_backend(anthropic_client, upstream, stream=True)

    def proxy(request: httpx2.Request) -> httpx2.Response:
        body = orjson.loads(request.content)
        assert send(openai_chat_to_anthropic_request(body, "c"))["stream"] is True
        include = bool((body.get("stream_options") or {}).get("include_usage"))
        translator, parser = AnthropicToOpenAIStream("gpt", 9, include), SSEParser()
        frames = [f for e in parser.feed(upstream) for f in translator.feed(e)]
        return reply(b"".join(frames + translator.finish()), stream=True)

    if sdk == "openai":
        chunks = list(openai_client(proxy).chat.completions.create(
            model="gpt", messages=CONVERSATION, stream=True,
            stream_options={"include_usage": True}))  # fmt: skip
    else:
        chunks = [
            e.data for e in mistral_client(proxy).chat.stream(model="gpt", messages=CONVERSATION)
        ]
    finishes = [c.choices[0].finish_reason for c in chunks if c.choices]
    assert finishes[-1] == "tool_calls"
    assert chunks[-1].usage.total_tokens == 70


def test_mistral_sdk_to_anthropic_backend(mistral_client: Client) -> None:
    """A Mistral-SDK chat call served by an Anthropic answer parses with usage and finish."""

    def proxy(request: httpx2.Request) -> httpx2.Response:
        openai_chat_to_anthropic_request(orjson.loads(request.content), "c")
        return reply(orjson.dumps(anthropic_response_to_openai_chat(ANTHROPIC_REPLY, "m", 9)))

    result = mistral_client(proxy).chat.complete(model="m", messages=CONVERSATION)
    assert result.choices[0].message is not None
    assert result.choices[0].message.content == "Sunny, 21C."
    assert result.choices[0].finish_reason == "stop"
    assert result.usage.total_tokens == 56


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ({"stream_options": {"include_usage": True}}, True),
        ({"stream_options": {"include_usage": False}}, False),
        ({"stream_options": None}, False),
        ({}, False),
    ],
)
def test_include_usage_requested(body: dict[str, Any], expected: bool) -> None:
    """Only an explicit stream_options.include_usage=true asks for the usage chunk."""
    assert include_usage_requested(body) is expected


OPENAI_REPLY: Any = {
    "id": "chatcmpl-1",
    "object": "chat.completion",
    "created": 1,
    "model": "gpt-x",
    "choices": [{"index": 0, "finish_reason": "tool_calls", "message": {
        "role": "assistant", "content": None, "tool_calls": [
            {"id": "call_9", "type": "function",
             "function": {"name": "weather", "arguments": '{"city":"Rome"}'}}]}}],
    "usage": {"prompt_tokens": 20, "completion_tokens": 9, "total_tokens": 29},
}  # fmt: skip


def openai_backend(openai_client: Client, answer: bytes, stream: bool) -> Any:
    """Replay a translated request through the OpenAI SDK; return what it put on the wire."""
    seen: dict[str, Any] = {}

    def handler(request: httpx2.Request) -> httpx2.Response:
        seen.update(orjson.loads(request.content))
        return reply(answer, stream)

    def send(translated: dict[str, Any]) -> dict[str, Any]:
        result = openai_client(handler).chat.completions.create(**translated)
        if stream:
            list(result)
        return seen

    return send


def test_anthropic_sdk_to_openai_backend(openai_client: Client, anthropic_client: Client) -> None:
    """An Anthropic-SDK request with tools reaches an OpenAI backend; tool_use parses back."""
    send = openai_backend(openai_client, orjson.dumps(OPENAI_REPLY), stream=False)
    sent: dict[str, Any] = {}

    def proxy(request: httpx2.Request) -> httpx2.Response:
        sent.update(send(anthropic_request_to_openai_chat(orjson.loads(request.content), "gpt")))
        return reply(orjson.dumps(openai_chat_response_to_anthropic(OPENAI_REPLY, "claude")))

    message = anthropic_client(proxy).messages.create(
        model="claude",
        max_tokens=64,
        system=[{"type": "text", "text": "Be brief."}],
        messages=[{"role": "user", "content": "Weather in Rome?"}],
        tools=[{"name": "weather", "input_schema": {"type": "object"}}],
        tool_choice={"type": "any"},
        stop_sequences=["END"],
    )
    assert message.stop_reason == "tool_use"
    assert message.content[0].type == "tool_use"
    assert message.content[0].input == {"city": "Rome"}
    assert sent["messages"][0] == {"role": "system", "content": "Be brief."}
    assert (sent["tool_choice"], sent["stop"], sent["max_tokens"]) == ("required", ["END"], 64)


def test_anthropic_sdk_stream_from_openai_backend(
    canned: Any, openai_client: Client, anthropic_client: Client
) -> None:
    """An Anthropic-SDK stream served by an OpenAI stream rebuilds the final message."""
    upstream = canned.openai_sse(canned.openai_chunks())
    send = openai_backend(openai_client, upstream, stream=True)

    def proxy(request: httpx2.Request) -> httpx2.Response:
        sent = send(anthropic_request_to_openai_chat(orjson.loads(request.content), "gpt"))
        assert sent["stream_options"] == {"include_usage": True}
        translator, parser = OpenAIToAnthropicStream("claude"), SSEParser()
        frames = [f for e in parser.feed(upstream) for f in translator.feed(e)]
        return reply(b"".join(frames), stream=True)

    client = anthropic_client(proxy)
    with client.messages.stream(model="claude", max_tokens=64, messages=[
            {"role": "user", "content": "Weather?"}]) as stream:  # fmt: skip
        message = stream.get_final_message()
    assert [b.type for b in message.content] == ["text", "tool_use", "tool_use"]
    assert message.usage.output_tokens == 12


def test_openai_request_round_trip() -> None:
    """OpenAI → Anthropic → OpenAI keeps messages, tools, tool calls and sampling."""
    body = {"model": "gpt", "messages": CONVERSATION, "tools": TOOLS, "tool_choice": "required"}
    body |= {"max_tokens": 50, "temperature": 0.3, "top_p": 0.9, "stop": ["X"], "user": "u"}
    back = anthropic_request_to_openai_chat(openai_chat_to_anthropic_request(body, "c"), "gpt")
    assert back["tools"] == TOOLS
    assert (back["tool_choice"], back["max_tokens"], back["stop"]) == ("required", 50, ["X"])
    assert (back["temperature"], back["top_p"], back["user"]) == (0.3, 0.9, "u")
    assert back["messages"][0] == {"role": "system", "content": "Be brief."}
    call = back["messages"][2]["tool_calls"][0]
    assert (call["id"], orjson.loads(call["function"]["arguments"])) == (
        "call_1",
        {"city": "Paris"},
    )
    assert back["messages"][3] == {
        "role": "tool",
        "tool_call_id": "call_1",
        "content": "sunny, 21C",
    }


def test_anthropic_request_round_trip() -> None:
    """Anthropic → OpenAI → Anthropic gives back the same normalized request."""
    body = {
        "model": "c", "max_tokens": 10, "system": "S", "temperature": 0.5,
        "messages": [
            {"role": "user", "content": [{"type": "text", "text": "hi"}]},
            {"role": "assistant", "content": [
                {"type": "tool_use", "id": "toolu_1", "name": "f", "input": {"a": 1}}]},
            {"role": "user", "content": [
                {"type": "tool_result", "tool_use_id": "toolu_1", "content": "ok"},
                {"type": "text", "text": "next"}]},
        ],
        "tools": [{"name": "f", "description": "d", "input_schema": {"type": "object"}}],
        "tool_choice": {"type": "tool", "name": "f"}, "stop_sequences": ["Z"],
        "metadata": {"user_id": "u"},
    }  # fmt: skip
    back = openai_chat_to_anthropic_request(anthropic_request_to_openai_chat(body, "gpt"), "c")
    assert back == body


def test_response_round_trips() -> None:
    """Responses survive both directions: content, tool calls, stop reason and usage."""
    there = anthropic_response_to_openai_chat(
        openai_chat_response_to_anthropic(OPENAI_REPLY, "c"), "gpt-x", 1
    )
    assert (
        there["choices"][0]["message"]["tool_calls"]
        == OPENAI_REPLY["choices"][0]["message"]["tool_calls"]
    )
    assert there["choices"][0]["finish_reason"] == "tool_calls"
    assert there["usage"] == OPENAI_REPLY["usage"]
    back = openai_chat_response_to_anthropic(
        anthropic_response_to_openai_chat(ANTHROPIC_REPLY, "c", 1), "claude-x"
    )
    assert back == ANTHROPIC_REPLY | {"id": "msg_chatcmpl-msg_1"}
