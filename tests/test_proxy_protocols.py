"""Any SDK to any backend: anthropic and mistralai SDKs, Anthropic and Azure OpenAI backends."""

from __future__ import annotations

from collections.abc import AsyncIterator
from pathlib import Path

import anthropic
import openai
import pytest
from mistralai.client import Mistral

from proxy.demo.sim_anthropic import AnthropicSimulator
from proxy.demo.simulator import Fault, Simulator
from tests.stack import Stack, Upstream, running_stack

WEATHER_TOOL_OPENAI = {
    "type": "function",
    "function": {
        "name": "get_weather",
        "description": "Weather for a city",
        "parameters": {"type": "object", "properties": {"city": {"type": "string"}}},
    },
}
WEATHER_TOOL_ANTHROPIC = {
    "name": "get_weather",
    "description": "Weather for a city",
    "input_schema": {"type": "object", "properties": {"city": {"type": "string"}}},
}


@pytest.fixture
async def mixed(tmp_path: Path) -> AsyncIterator[Stack]:
    """An OpenAI-compatible backend (gpt-test) and an Anthropic backend (claude-test)."""
    ups = {
        "primary": Upstream(Simulator("openai-sim"), models=("gpt-test", "emb-test")),
        "claude": Upstream(
            AnthropicSimulator("anthropic-sim"), protocol="anthropic", models=("claude-test",)
        ),
    }
    async with running_stack(tmp_path, ups) as stack:
        yield stack


def _anthropic(stack: Stack) -> anthropic.AsyncAnthropic:
    return anthropic.AsyncAnthropic(base_url=stack.url, api_key="test", max_retries=0)


def _openai(stack: Stack) -> openai.AsyncOpenAI:
    return openai.AsyncOpenAI(base_url=stack.base_url, api_key="test", max_retries=0)


HELLO = [{"role": "user", "content": "Hello"}]


@pytest.mark.parametrize("model", ["claude-test", "gpt-test"])
async def test_anthropic_sdk_messages(mixed: Stack, model: str) -> None:
    """The anthropic SDK gets a Message from either backend, natively or translated."""
    async with _anthropic(mixed) as client:
        raw = await client.messages.with_raw_response.create(
            model=model,
            max_tokens=100,
            messages=HELLO,
            system="Be brief.",  # type: ignore[arg-type]
        )
        message = await raw.parse()
    assert message.content[0].type == "text"
    expected = "claude" if model == "claude-test" else "primary"
    assert message.content[0].text == mixed.sim(expected).reply
    assert message.stop_reason == "end_turn"
    assert message.usage.output_tokens > 0
    assert raw.headers["x-sovproxy-backend"] == expected
    assert raw.headers["request-id"]
    sent = mixed.sim(expected).received[-1].json()
    if model == "gpt-test":  # translated: the system prompt became a system message
        assert sent["messages"][0] == {"role": "system", "content": "Be brief."}


@pytest.mark.parametrize("model", ["claude-test", "gpt-test"])
async def test_anthropic_sdk_streaming(mixed: Stack, model: str) -> None:
    """The anthropic SDK's stream helper assembles the full text from either backend."""
    async with (
        _anthropic(mixed) as client,
        client.messages.stream(model=model, max_tokens=100, messages=HELLO) as stream,  # type: ignore[arg-type]
    ):
        text = await stream.get_final_text()
        final = await stream.get_final_message()
    expected = "claude" if model == "claude-test" else "primary"
    assert text == mixed.sim(expected).reply
    assert final.stop_reason == "end_turn"


async def test_openai_sdk_to_anthropic_backend(mixed: Stack) -> None:
    """An openai-SDK chat request is served by the Anthropic backend, streaming and not."""
    async with _openai(mixed) as client:
        done = await client.chat.completions.create(model="claude-test", messages=HELLO)  # type: ignore[arg-type]
        assert done.choices[0].message.content == mixed.sim("claude").reply
        assert done.choices[0].finish_reason == "stop"
        assert done.usage is not None and done.usage.prompt_tokens > 0
        stream = await client.chat.completions.create(
            model="claude-test",
            messages=HELLO,
            stream=True,  # type: ignore[arg-type]
            stream_options={"include_usage": True},
        )
        chunks = [c async for c in stream]
    text = "".join(c.choices[0].delta.content or "" for c in chunks if c.choices)
    assert text == mixed.sim("claude").reply
    assert any(c.usage is not None for c in chunks)
    sent = mixed.sim("claude").received[-1].json()
    assert sent["max_tokens"] > 0 and sent["stream"] is True


async def test_tool_calls_translate_both_ways(mixed: Stack) -> None:
    """Tool definitions and tool calls survive translation in both directions."""
    async with _openai(mixed) as oai, _anthropic(mixed) as ant:
        done = await oai.chat.completions.create(
            model="claude-test",
            messages=HELLO,
            tools=[WEATHER_TOOL_OPENAI],  # type: ignore[list-item,arg-type]
        )
        call = done.choices[0].message.tool_calls[0]  # type: ignore[index]
        assert call.function.name == "get_weather"  # type: ignore[union-attr]
        assert call.function.arguments.replace(" ", "") == '{"city":"Paris"}'  # type: ignore[union-attr]
        assert done.choices[0].finish_reason == "tool_calls"
        assert mixed.sim("claude").received[-1].json()["tools"][0]["name"] == "get_weather"
        message = await ant.messages.create(
            model="gpt-test",
            max_tokens=50,
            messages=HELLO,
            tools=[WEATHER_TOOL_ANTHROPIC],  # type: ignore[list-item,arg-type]
        )
        uses = [b for b in message.content if b.type == "tool_use"]
        assert uses and uses[0].name == "get_weather" and uses[0].input == {"city": "Paris"}
        assert message.stop_reason == "tool_use"


async def test_anthropic_errors_keep_their_shape_and_529(mixed: Stack) -> None:
    """Our own errors and the backend's 529 reach the anthropic SDK as its own classes."""
    async with _anthropic(mixed) as client:
        with pytest.raises(anthropic.NotFoundError) as missing:
            await client.messages.create(model="nope", max_tokens=5, messages=HELLO)  # type: ignore[arg-type]
        assert missing.value.body["type"] == "error"  # type: ignore[index]
        with pytest.raises(anthropic.BadRequestError):
            await client.messages.create(model="claude-test", max_tokens=5, messages="x")  # type: ignore[arg-type]
        for _ in range(2):
            mixed.sim("claude").fail_next(status=529)
        with pytest.raises(anthropic.OverloadedError) as overloaded:
            await client.messages.create(model="claude-test", max_tokens=5, messages=HELLO)  # type: ignore[arg-type]
    assert overloaded.value.status_code == 529


async def test_openai_sdk_gets_translated_anthropic_errors(mixed: Stack) -> None:
    """An Anthropic backend's 429 reaches the openai SDK as RateLimitError in OpenAI's shape."""
    for _ in range(2):
        mixed.sim("claude").fail_next(status=429, headers={"retry-after": "120"})
    async with _openai(mixed) as client:
        with pytest.raises(openai.RateLimitError) as info:
            await client.chat.completions.create(model="claude-test", messages=HELLO)  # type: ignore[arg-type]
    assert info.value.response.headers["retry-after"] == "120"
    assert "simulated rate_limit_error" in info.value.message


async def test_count_tokens(mixed: Stack) -> None:
    """count_tokens is forwarded to Anthropic backends and estimated locally otherwise."""
    async with _anthropic(mixed) as client:
        native = await client.messages.count_tokens(model="claude-test", messages=HELLO)  # type: ignore[arg-type]
        local = await client.messages.count_tokens(model="gpt-test", messages=HELLO)  # type: ignore[arg-type]
    assert native.input_tokens > 0 and local.input_tokens > 0
    assert mixed.sim("claude").received[-1].path == "/v1/messages/count_tokens"
    assert not mixed.sim("primary").received  # the estimate sent nothing anywhere


async def test_mistralai_sdk(mixed: Stack) -> None:
    """The mistralai SDK works unchanged: chat, streaming (with usage) and embeddings."""
    async with Mistral(api_key="test", server_url=mixed.url) as client:
        done = await client.chat.complete_async(model="gpt-test", messages=HELLO)  # type: ignore[arg-type]
        assert done.choices[0].message.content == mixed.sim("primary").reply
        stream = await client.chat.stream_async(model="claude-test", messages=HELLO)  # type: ignore[arg-type]
        events = [event async for event in stream]
        text = "".join(str(e.data.choices[0].delta.content or "") for e in events if e.data.choices)
        assert text == mixed.sim("claude").reply
        assert events[-1].data.usage is not None or any(e.data.usage for e in events)
        emb = await client.embeddings.create_async(model="emb-test", inputs=["a", "b"])
        assert len(emb.data) == 2


async def test_azure_openai_backend(tmp_path: Path) -> None:
    """An azure-openai backend gets deployment paths, api-version and the api-key header."""
    ups = {
        "primary": Upstream(
            Simulator("azure"),
            protocol="azure-openai",
            models=("gpt-test",),
            extra={"api_key": "azure-secret", "api_version": "2024-10-21"},
        )
    }
    async with running_stack(tmp_path, ups) as stack:
        stack.services.backends["primary"]._base = f"http://127.0.0.1:{ups['primary'].port}"
        async with _openai(stack) as client:
            done = await client.chat.completions.create(model="gpt-test", messages=HELLO)  # type: ignore[arg-type]
    assert done.choices[0].message.content == stack.sim("primary").reply
    got = stack.sim("primary").received[-1]
    assert got.path == "/openai/deployments/gpt-test/chat/completions"
    assert got.query == {"api-version": "2024-10-21"}
    assert got.headers["api-key"] == "azure-secret"
    assert "Authorization" not in got.headers


async def test_stream_reset_mid_way_from_anthropic(mixed: Stack) -> None:
    """An Anthropic backend that drops mid-stream ends the openai client's stream with an error."""
    mixed.sim("claude").fail_next(Fault(status=200, drop_after_chunks=4))
    async with _openai(mixed) as client:
        stream = await client.chat.completions.create(
            model="claude-test", messages=HELLO, stream=True
        )  # type: ignore[arg-type]
        with pytest.raises(openai.APIError):
            async for _ in stream:
                pass


async def test_invalid_json_and_sse_from_upstream(mixed: Stack) -> None:
    """A backend that answers garbage gives the client a clean error, never a stack trace."""
    mixed.sim("claude").fail_next(Fault(status=200, body=b"{this is not json"))
    async with _openai(mixed) as client:
        with pytest.raises(openai.InternalServerError) as info:
            await client.chat.completions.create(model="claude-test", messages=HELLO)  # type: ignore[arg-type]
        assert info.value.status_code == 502
        mixed.sim("claude").fail_next(
            Fault(status=200, raw=b"event: content_block_delta\ndata: {oops\n\n")
        )
        with pytest.raises(openai.APIError):  # before the first byte: a 502, not a broken stream
            stream = await client.chat.completions.create(
                model="claude-test",
                messages=HELLO,
                stream=True,  # type: ignore[arg-type]
            )
            async for _ in stream:
                pass


async def test_count_tokens_never_falls_back_to_a_generation(tmp_path: Path) -> None:
    """A failing Anthropic backend's count_tokens is not retried as a chat completion elsewhere."""
    ups = {
        "claude": Upstream(AnthropicSimulator("a"), protocol="anthropic", models=("shared",)),
        "primary": Upstream(Simulator("o"), models=("shared",)),
    }
    async with running_stack(tmp_path, ups) as stack:
        stack.sim("claude").fail_next(status=500)
        stack.sim("claude").fail_next(status=500)
        async with _anthropic(stack) as client:
            with pytest.raises(anthropic.InternalServerError):
                await client.messages.count_tokens(model="shared", messages=HELLO)  # type: ignore[arg-type]
        assert not stack.sim("primary").received


async def test_retryable_upstream_errors_reach_each_client_in_its_own_shape(mixed: Stack) -> None:
    """After retries, an OpenAI backend's 429 reaches the anthropic SDK in Anthropic's shape."""
    for _ in range(2):
        mixed.sim("primary").fail_next(status=429, headers={"retry-after": "90"})
    async with _anthropic(mixed) as client:
        with pytest.raises(anthropic.RateLimitError) as info:
            await client.messages.create(model="gpt-test", max_tokens=5, messages=HELLO)  # type: ignore[arg-type]
    assert info.value.body["type"] == "error"  # type: ignore[index]
    assert info.value.response.headers["retry-after"] == "90"
    for _ in range(2):
        mixed.sim("claude").fail_next(status=429)
    async with _openai(mixed) as oai:
        with pytest.raises(openai.RateLimitError) as shaped:
            await oai.chat.completions.create(model="claude-test", messages=HELLO)  # type: ignore[arg-type]
    assert set(shaped.value.body) == {"message", "type", "param", "code"}  # type: ignore[arg-type]


async def test_backend_credential_errors_are_502_not_the_callers_401(mixed: Stack) -> None:
    """A backend refusing sovproxy's key is a 502 for the caller, without the backend's body."""
    mixed.sim("primary").fail_next(status=401, body=b'{"error": {"message": "bad key sk-...abcd"}}')
    async with _openai(mixed) as client:
        with pytest.raises(openai.InternalServerError) as info:
            await client.chat.completions.create(model="gpt-test", messages=HELLO)  # type: ignore[arg-type]
    assert info.value.status_code == 502
    assert info.value.code == "upstream_auth_failed"
    assert "abcd" not in info.value.response.text
