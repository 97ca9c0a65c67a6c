"""The official openai SDK, sync and async, through the proxy to a real simulated upstream."""

from __future__ import annotations

import asyncio
import base64
import struct
import time

import httpx
import openai
import orjson
import pytest

from tests.stack import Stack


def _sync(stack: Stack) -> openai.OpenAI:
    return openai.OpenAI(base_url=stack.base_url, api_key="test", max_retries=0)


MESSAGES = [{"role": "user", "content": "What is the capital of Portugal?"}]


async def test_sync_chat_completion(stack: Stack, oai: openai.AsyncOpenAI) -> None:
    """A sync client gets the upstream's answer, with the decision in the response headers."""

    def call() -> openai.types.chat.ChatCompletion:
        with _sync(stack) as client:
            raw = client.chat.completions.with_raw_response.create(
                model="gpt-test",
                messages=MESSAGES,  # type: ignore[arg-type]
            )
        assert raw.headers["x-sovproxy-backend"] == "primary"
        assert raw.headers["x-sovproxy-tier"] == "self_hosted"
        assert raw.headers["x-sovproxy-level"] == "public"
        assert raw.headers["x-request-id"].startswith("chatcmpl-sim-")
        return raw.parse()

    completion = await asyncio.to_thread(call)
    assert completion.choices[0].message.content == stack.sim("primary").reply
    assert completion.usage is not None and completion.usage.total_tokens > 0


async def test_async_chat_stream_with_usage(stack: Stack, oai: openai.AsyncOpenAI) -> None:
    """A streamed answer arrives whole, with the usage chunk when include_usage is set."""
    client = oai
    stream = await client.chat.completions.create(
        model="gpt-test",
        messages=MESSAGES,
        stream=True,  # type: ignore[arg-type]
        stream_options={"include_usage": True},
    )
    text, usage, finish = "", None, None
    async for chunk in stream:
        if chunk.usage is not None:
            usage = chunk.usage
        for choice in chunk.choices:
            text += choice.delta.content or ""
            finish = choice.finish_reason or finish
    assert text == stack.sim("primary").reply
    assert finish == "stop"
    assert usage is not None and usage.completion_tokens > 0


async def test_completions_stream_and_not(stack: Stack, oai: openai.AsyncOpenAI) -> None:
    """Legacy completions work streaming and not."""
    client = oai
    done = await client.completions.create(model="gpt-test", prompt="Say hi")
    assert done.choices[0].text == stack.sim("primary").reply
    stream = await client.completions.create(model="gpt-test", prompt="Say hi", stream=True)
    text = "".join([c.choices[0].text async for c in stream])
    assert text == stack.sim("primary").reply


@pytest.mark.parametrize("encoding", ["float", "base64", None])
async def test_embeddings(stack: Stack, oai: openai.AsyncOpenAI, encoding: str | None) -> None:
    """Embeddings come back as floats whichever encoding the SDK asks for."""
    client = oai
    kwargs = {"encoding_format": encoding} if encoding else {}
    result = await client.embeddings.create(model="emb-test", input=["a", "b"], **kwargs)  # type: ignore[arg-type]
    assert len(result.data) == 2
    vector = result.data[0].embedding
    if encoding == "base64":  # asked for explicitly, the SDK hands the string over as it came
        assert isinstance(vector, str)
        vector = list(struct.unpack("<8f", base64.b64decode(vector)))
    assert len(vector) == 8 and all(isinstance(x, float) for x in vector)
    sent = stack.sim("primary").received[-1].json()
    assert sent.get("encoding_format") == (encoding or "base64")


async def test_models_and_responses(stack: Stack, oai: openai.AsyncOpenAI) -> None:
    """/v1/models lists the configured models; /v1/responses is relayed."""
    client = oai
    ids = {m.id async for m in client.models.list()}
    assert {"gpt-test", "emb-test"} <= ids
    response = await client.responses.create(model="gpt-test", input="Hello there")
    assert response.output_text == stack.sim("primary").reply


async def test_unicode_and_unknown_fields_relayed_byte_exact(
    stack: Stack, oai: openai.AsyncOpenAI
) -> None:
    """Request and response bodies cross the proxy byte for byte (emoji, CJK, RTL, odd fields)."""
    sim = stack.sim("primary")
    sim.reply = "Réponse 🌍 漢字テスト مرحبا بالعالم"
    raw = (
        '{"model":"gpt-test","messages":[{"role":"user","content":"héllo 🌍 中文 שלום"}],'
        '"x_vendor_field":{"keep":[1,2,3]},  "temperature":0.2}'
    ).encode()
    async with httpx.AsyncClient() as http:
        resp = await http.post(
            f"{stack.base_url}/chat/completions",
            content=raw,
            headers={"Content-Type": "application/json"},
        )
    assert resp.status_code == 200
    assert sim.received[-1].body == raw
    assert orjson.loads(resp.content)["choices"][0]["message"]["content"] == sim.reply


async def test_one_mebibyte_message(stack: Stack, oai: openai.AsyncOpenAI) -> None:
    """A 1 MiB message is forwarded whole."""
    big = "lorem ipsum " * (1024 * 1024 // 12)
    client = oai
    await client.chat.completions.create(
        model="gpt-test", messages=[{"role": "user", "content": big}]
    )
    assert stack.sim("primary").received[-1].json()["messages"][0]["content"] == big


async def test_n_greater_than_one(stack: Stack, oai: openai.AsyncOpenAI) -> None:
    """n>1 returns every choice."""
    result = await oai.chat.completions.create(
        model="gpt-test",
        messages=MESSAGES,
        n=3,  # type: ignore[arg-type]
    )
    assert [c.index for c in result.choices] == [0, 1, 2]


async def test_chunks_arrive_paced(stack: Stack, oai: openai.AsyncOpenAI) -> None:
    """Chunks reach the client as the upstream produces them, not buffered."""
    sim = stack.sim("primary")
    sim.reply = " ".join(["word"] * 8)
    sim.pace_s = 0.1
    stream = await oai.chat.completions.create(
        model="gpt-test",
        messages=MESSAGES,
        stream=True,  # type: ignore[arg-type]
    )
    arrivals = []
    async for chunk in stream:
        if chunk.choices and chunk.choices[0].delta.content:
            arrivals.append(time.monotonic())
    assert len(arrivals) == 8
    assert arrivals[-1] - arrivals[0] > 0.5  # spread like the upstream paced them
