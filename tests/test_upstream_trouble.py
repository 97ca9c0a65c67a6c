"""Failure semantics through the real proxy with the official SDKs (issue 15): no cooldown cascade.

A misbehaving model must not change what other requests get: every error request receives the same
answer in a long sequence as on a fresh proxy, and every healthy request succeeds.
"""

from __future__ import annotations

import time
from collections.abc import Awaitable, Callable
from pathlib import Path
from typing import Any

import anthropic
import httpx
import openai
import orjson
import pytest
from mistralai.client import Mistral
from mistralai.client.errors import SDKError

from proxy.backends.health import Target
from tests.faulty import (
    GARBAGE,
    OVERLOADED,
    RATE_LIMITED,
    RESET,
    SERVER_ERROR,
    AnthropicModelFaults,
)
from tests.faulty import ModelFaults as OpenAIModelFaults
from tests.stack import Stack, Upstream, running_stack

HELLO = [{"role": "user", "content": "Hello"}]
OPENAI_MODELS = ("gpt-test", "always-429", "always-500", "always-reset", "always-garbage")
ANTHROPIC_MODELS = ("claude-test", "always-529")

Call = Callable[[Stack], Awaitable[Any]]
EJECT_AFTER_2 = {"breaker_failures": 2}


def _upstreams() -> dict[str, Upstream]:
    primary = OpenAIModelFaults(
        "primary",
        {
            "always-429": RATE_LIMITED,
            "always-500": SERVER_ERROR,
            "always-reset": RESET,
            "always-garbage": GARBAGE,
        },
    )
    claude = AnthropicModelFaults("claude", {"always-529": OVERLOADED})
    return {
        "primary": Upstream(primary, models=OPENAI_MODELS),
        "claude": Upstream(claude, protocol="anthropic", models=ANTHROPIC_MODELS),
    }


def _oai(stack: Stack, retries: int = 0) -> openai.AsyncOpenAI:
    return openai.AsyncOpenAI(base_url=stack.base_url, api_key="test", max_retries=retries)


def _anth(stack: Stack) -> anthropic.AsyncAnthropic:
    return anthropic.AsyncAnthropic(base_url=stack.url, api_key="test", max_retries=0)


async def _chat(stack: Stack, model: str) -> str | None:
    async with _oai(stack) as client:
        reply = await client.chat.completions.create(model=model, messages=HELLO)  # type: ignore[arg-type]
    return reply.choices[0].message.content


async def _chat_stream(stack: Stack, model: str) -> str:
    async with _oai(stack) as client:
        stream = await client.chat.completions.create(model=model, messages=HELLO, stream=True)  # type: ignore[arg-type]
        return "".join([c.choices[0].delta.content or "" async for c in stream if c.choices])


async def _messages(stack: Stack, model: str) -> str:
    async with _anth(stack) as client:
        reply = await client.messages.create(model=model, max_tokens=20, messages=HELLO)  # type: ignore[arg-type]
    return "".join(block.text for block in reply.content if block.type == "text")


async def _mistral(stack: Stack, model: str) -> str:
    async with Mistral(api_key="test", server_url=stack.url) as client:
        reply = await client.chat.complete_async(model=model, messages=HELLO)  # type: ignore[arg-type]
    return str(reply.choices[0].message.content)


CALLS: dict[str, Call] = {
    "openai chat": lambda s: _chat(s, "gpt-test"),
    "openai chat, 429 model": lambda s: _chat(s, "always-429"),
    "openai stream": lambda s: _chat_stream(s, "gpt-test"),
    "openai chat, 500 model": lambda s: _chat(s, "always-500"),
    "anthropic messages": lambda s: _messages(s, "claude-test"),
    "anthropic messages, 529 model": lambda s: _messages(s, "always-529"),
    "openai chat to anthropic": lambda s: _chat(s, "claude-test"),
    "openai chat, resetting model": lambda s: _chat(s, "always-reset"),
    "anthropic messages to openai": lambda s: _messages(s, "gpt-test"),
    "openai chat, truncated-JSON model": lambda s: _chat(s, "always-garbage"),
    "mistral chat": lambda s: _mistral(s, "gpt-test"),
    "mistral chat, 429 model": lambda s: _mistral(s, "always-429"),
}
HEALTHY = {name for name in CALLS if "model" not in name}


async def outcome(call: Call, stack: Stack) -> tuple[Any, ...]:
    """What the caller sees: the answer, or status, exception class, error shape and retry hints."""
    try:
        return ("ok", await call(stack))
    except SDKError as exc:  # mistralai: the raw response, no parsed body
        body = orjson.loads(exc.body)
        headers = exc.raw_response.headers
        kind = body["error"]["type"]
        return (exc.status_code, "SDKError", sorted(body), kind, headers.get("retry-after"), None)
    except (openai.APIStatusError, anthropic.APIStatusError) as exc:
        body = exc.body if isinstance(exc.body, dict) else {}
        inner = body.get("error", body) if "type" in body and body.get("type") == "error" else body
        headers = exc.response.headers
        return (
            exc.status_code,
            type(exc).__name__,
            sorted(body),
            inner.get("type") if isinstance(inner, dict) else None,
            headers.get("retry-after"),
            headers.get("retry-after-ms"),
        )


async def test_sequence_on_one_proxy_equals_fresh_proxies(tmp_path: Path) -> None:
    """Three rounds of every call on one proxy: each result equals the one on a fresh proxy,
    and no healthy request fails however often its sibling models fail."""
    fresh = {}
    for index, (name, call) in enumerate(CALLS.items()):
        (here := tmp_path / f"fresh{index}").mkdir()
        async with running_stack(here, _upstreams(), routing=EJECT_AFTER_2) as stack:
            fresh[name] = await outcome(call, stack)
    assert all(fresh[name][0] == "ok" for name in HEALTHY)
    assert fresh["openai chat, 429 model"][0] == 429
    assert fresh["openai chat, 429 model"][-2:] == ("1", "1000")
    assert fresh["mistral chat, 429 model"][:2] == (429, "SDKError")
    assert fresh["mistral chat, 429 model"][4] == "1"
    (one := tmp_path / "one").mkdir()
    async with running_stack(one, _upstreams(), routing=EJECT_AFTER_2) as stack:
        for round_ in range(3):
            for name, call in CALLS.items():
                assert await outcome(call, stack) == fresh[name], (round_, name)
        health = stack.services.health
        now = time.monotonic()
        assert health.state(Target("primary", "always-500"), now) == "open"
        assert health.state(Target("primary", "gpt-test"), now) == "closed"
        assert health.state(Target("primary", "always-429"), now) == "closed"
        assert health.state(Target("primary", "always-garbage"), now) == "open"


async def test_panic_mode_sends_to_an_ejected_only_candidate(tmp_path: Path) -> None:
    """A model whose only backend is ejected still gets its request sent (one attempt), and the
    client gets the upstream's own error, never a 503 with nothing tried."""
    ups = _upstreams()
    async with running_stack(tmp_path, ups, routing={"breaker_failures": 2}) as stack:
        sim = stack.sim("primary")
        assert isinstance(sim, OpenAIModelFaults)
        for _ in range(2):
            assert (await outcome(CALLS["openai chat, 500 model"], stack))[0] == 500
        target = Target("primary", "always-500")
        assert stack.services.health.state(target, time.monotonic()) == "open"
        before = sim.hits["always-500"]
        result = await outcome(CALLS["openai chat, 500 model"], stack)
        assert result[:2] == (500, "InternalServerError")
        assert sim.hits["always-500"] == before + 1


@pytest.mark.alone  # its steps are 0.3 s apart on the clock: not beside another test's load
async def test_ejection_grows_and_skips_the_broken_backend(tmp_path: Path) -> None:
    """With a fallback, an ejected backend+model gets no traffic for base_s, then one try on
    probation; failing again ejects it for twice as long. The client always gets its answer."""
    broken = OpenAIModelFaults("primary", {"gpt-test": SERVER_ERROR})
    ups = {
        "primary": Upstream(broken, models=("gpt-test",)),
        "secondary": Upstream(OpenAIModelFaults("secondary"), models=("gpt-test",)),
    }
    routing = {"breaker_failures": 2, "breaker_reset_s": 1.5, "breaker_max_ejection_s": 8.0}
    async with running_stack(tmp_path, ups, routing=routing) as stack:
        chat = CALLS["openai chat"]

        async def hits_after_call() -> int:
            assert (await outcome(chat, stack))[0] == "ok"
            return broken.hits["gpt-test"]

        assert [await hits_after_call() for _ in range(3)] == [1, 2, 2]  # ejected after 2
        ejected_at = time.monotonic()
        await _sleep_until(ejected_at + 0.5)
        assert await hits_after_call() == 2  # still out (1.5 s)
        await _sleep_until(ejected_at + 1.8)
        assert await hits_after_call() == 3  # back on probation, fails: out for 3 s
        again_at = time.monotonic()
        await _sleep_until(again_at + 2.0)
        assert await hits_after_call() == 3  # the second ejection lasts longer than the first
        await _sleep_until(again_at + 3.4)
        assert await hits_after_call() == 4


async def test_breaker_gauge_is_per_backend_and_model(tmp_path: Path) -> None:
    """/metrics shows the failing model's breaker open and its healthy sibling on the same
    backend closed (the gauge used to have one series per backend, flipping between models)."""
    async with running_stack(tmp_path, _upstreams(), routing=EJECT_AFTER_2) as stack:
        for _ in range(2):
            assert (await outcome(CALLS["openai chat, 500 model"], stack))[0] == 500
        assert (await outcome(CALLS["openai chat"], stack))[0] == "ok"
        async with httpx.AsyncClient() as http:
            text = (await http.get(f"{stack.url}/metrics")).text
    name = "sovproxy_circuit_breaker_state"

    def gauge(model: str, state: str) -> str:
        return f'{name}{{backend="primary",model="{model}",{name}="{state}"}} 1.0'

    assert gauge("always-500", "open") in text
    assert gauge("gpt-test", "closed") in text


async def _sleep_until(when: float) -> None:
    import asyncio

    await asyncio.sleep(max(0.0, when - time.monotonic()))


async def test_nothing_tried_refusal_carries_retry_after(tmp_path: Path) -> None:
    """A 503 with nothing sent (no allowed backend serves the endpoint) carries retry-after."""
    async with running_stack(tmp_path, _upstreams()) as stack, _oai(stack) as client:
        with pytest.raises(openai.InternalServerError) as info:
            await client.embeddings.create(model="claude-test", input="hi")
    assert info.value.status_code == 503
    assert info.value.response.headers["retry-after"] == "1"
    assert stack.sim("claude").received == []


def _one_500_then_ok(stack: Stack) -> None:
    stack.sim("primary").fail_next(status=500)


async def test_sdk_clients_get_one_upstream_attempt(tmp_path: Path) -> None:
    """An SDK with max_retries=0 sends x-stainless-retry-count: the proxy makes one upstream
    attempt and returns the 500; a raw HTTP client gets the proxy's retry, which succeeds."""
    async with running_stack(tmp_path, _upstreams()) as stack:
        _one_500_then_ok(stack)
        assert (await outcome(CALLS["openai chat"], stack))[0] == 500
        assert len(stack.sim("primary").received) == 1
        _one_500_then_ok(stack)
        async with httpx.AsyncClient() as http:
            raw = await http.post(
                f"{stack.base_url}/chat/completions",
                json={"model": "gpt-test", "messages": HELLO},
            )
        assert raw.status_code == 200
        assert len(stack.sim("primary").received) == 3


async def test_sdk_retries_are_not_multiplied(tmp_path: Path) -> None:
    """An SDK with max_retries=2 meets two 500s: it retries by itself (retry count 1, 2) and the
    proxy adds none, so the upstream sees exactly three requests and the third answers."""
    async with running_stack(tmp_path, _upstreams()) as stack:
        for _ in range(2):
            _one_500_then_ok(stack)
        async with _oai(stack, retries=2) as client:
            reply = await client.chat.completions.create(model="gpt-test", messages=HELLO)  # type: ignore[arg-type]
        assert reply.choices[0].message.content
        received = stack.sim("primary").received
        assert len(received) == 3


async def test_client_retries_add_keeps_the_proxy_retrying(tmp_path: Path) -> None:
    """With routing.client_retries: add, the proxy retries for SDK clients too."""
    routing = {"client_retries": "add"}
    async with running_stack(tmp_path, _upstreams(), routing=routing) as stack:
        _one_500_then_ok(stack)
        assert (await outcome(CALLS["openai chat"], stack))[0] == "ok"
        assert len(stack.sim("primary").received) == 2


async def test_rate_limit_retried_by_the_proxy_when_the_wait_fits(tmp_path: Path) -> None:
    """A raw client meeting one 429 with retry-after 0.2 gets the answer after the proxy's retry;
    a wait longer than max_retry_wait_s is passed to the client as the upstream's 429."""
    async with running_stack(tmp_path, _upstreams(), routing={"max_retry_wait_s": 2}) as stack:
        sim = stack.sim("primary")
        sim.fail_next(status=429, headers={"retry-after": "0.2"})
        async with httpx.AsyncClient() as http:
            body = {"model": "gpt-test", "messages": HELLO}
            ok = await http.post(f"{stack.base_url}/chat/completions", json=body)
            assert ok.status_code == 200 and len(sim.received) == 2
            sim.fail_next(status=429, headers={"retry-after": "30"})
            limited = await http.post(f"{stack.base_url}/chat/completions", json=body)
        assert limited.status_code == 429 and limited.headers["retry-after"] == "30"
        assert len(sim.received) == 3


@pytest.mark.alone  # bounds the time to the 504: not beside another test's load
async def test_deadline_answers_in_time_with_a_well_formed_error(tmp_path: Path) -> None:
    """An upstream that stalls past the request deadline gets the client a 504 in its API's shape
    within the deadline, not after the backend's own (longer) timeout."""
    ups = _upstreams()
    ups["primary"].extra = {"timeouts": {"first_byte": 30}}
    async with running_stack(tmp_path, ups, routing={"deadline_s": 0.5}) as stack:
        from proxy.demo.simulator import Fault

        stack.sim("primary").fail_next(Fault(status=200, delay_s=3.0))
        started = time.monotonic()
        async with _oai(stack) as client:
            with pytest.raises(openai.APIStatusError) as info:
                await client.chat.completions.create(model="gpt-test", messages=HELLO)  # type: ignore[arg-type]
        elapsed = time.monotonic() - started
    assert info.value.status_code == 504
    assert isinstance(info.value.body, dict) and info.value.body["code"] == "deadline_exceeded"
    assert elapsed < 2.0
