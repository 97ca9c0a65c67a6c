"""Limits through the real proxy, seen by the official SDKs: 429s they understand, headers on every
answer, token budgets that overshoot by a bounded amount, admitted streams never cut."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import anthropic
import httpx
import openai
import orjson
import pytest

from proxy.demo.sim_anthropic import AnthropicSimulator
from proxy.demo.simulator import Simulator
from proxy.fleet.limits import MemoryLimiter
from tests.stack import Stack, Upstream, running_stack

KEY = "sk-fleet-test-key-0001"
MESSAGES = [{"role": "user", "content": "hello"}]


class Clock:
    """A clock the test moves (the limiter's windows follow it, not the wall clock)."""

    def __init__(self) -> None:
        self.now = 6000.0  # start of a fixed window: nothing slides out mid-test

    def __call__(self) -> float:
        return self.now


def _auth(limits: dict[str, int], **tenant: Any) -> dict[str, Any]:
    key = {"key": KEY, "tenant": "acme", "team": "risk", "limits": limits}
    return {"keys": [key], **tenant}


@pytest.fixture
def clock() -> Clock:
    """The limiter's clock."""
    return Clock()


async def _stack(tmp_path: Path, clock: Clock, auth: dict[str, Any], **ups: Upstream) -> Any:
    upstreams = ups or {"primary": Upstream(Simulator("primary"))}
    overrides = {"limiter": MemoryLimiter(clock=clock)}
    return running_stack(tmp_path, upstreams, auth=auth, overrides=overrides)


@pytest.fixture
async def rpm3(tmp_path: Path, clock: Clock) -> AsyncIterator[Stack]:
    """A proxy whose one key may send 3 requests per minute."""
    async with await _stack(tmp_path, clock, _auth({"requests_per_minute": 3})) as stack:
        yield stack


def _oai(stack: Stack) -> openai.AsyncOpenAI:
    return openai.AsyncOpenAI(base_url=stack.base_url, api_key=KEY, max_retries=0)


def _audit(stack: Stack) -> list[dict[str, Any]]:
    return [orjson.loads(line) for line in stack.audit_path.read_bytes().splitlines()]


async def test_over_rpm_openai_sdk_gets_rate_limit_error_with_headers(rpm3: Stack) -> None:
    """The 4th request in a minute is a 429 the openai SDK raises as RateLimitError, with
    retry-after, x-ratelimit-* and the IETF fields; nothing reaches the backend."""
    async with _oai(rpm3) as client:
        for expected_left in ("2", "1", "0"):
            raw = await client.chat.completions.with_raw_response.create(
                model="gpt-test",
                messages=MESSAGES,  # type: ignore[arg-type]
            )
            assert raw.headers["x-ratelimit-limit-requests"] == "3"
            assert raw.headers["x-ratelimit-remaining-requests"] == expected_left
            assert raw.headers["RateLimit-Policy"] == '"key-rpm";q=3;w=60'
            assert raw.headers["RateLimit"].startswith(f'"key-rpm";r={expected_left};t=')
        with pytest.raises(openai.RateLimitError) as info:
            await client.chat.completions.create(model="gpt-test", messages=MESSAGES)  # type: ignore[arg-type]
    headers = info.value.response.headers
    assert int(headers["retry-after"]) >= 1
    assert headers["x-ratelimit-remaining-requests"] == "0"
    assert headers["x-ratelimit-reset-requests"].endswith("s")
    assert headers["RateLimit"].startswith('"key-rpm";r=0;t=')
    assert info.value.code == "rate_limit_exceeded"
    assert len(rpm3.sim("primary").received) == 3


async def test_refusal_and_admission_are_in_the_audit_and_metrics(rpm3: Stack) -> None:
    """Each request's limit outcome is in its audit record; refusals are counted by scope."""
    async with _oai(rpm3) as client:
        for _ in range(3):
            await client.chat.completions.create(model="gpt-test", messages=MESSAGES)  # type: ignore[arg-type]
        with pytest.raises(openai.RateLimitError):
            await client.chat.completions.create(model="gpt-test", messages=MESSAGES)  # type: ignore[arg-type]
    records = _audit(rpm3)
    assert [r["limits"]["outcome"] for r in records] == ["allowed"] * 3 + ["refused"]
    refused = records[-1]
    assert (refused["status"], refused["error"]) == (429, "rate_limit_exceeded")
    assert refused["limits"]["scope"] == "key" and refused["limits"]["limit"] == "requests"
    assert refused["tenant"] == "acme" and refused["backend"] is None
    async with httpx.AsyncClient() as http:
        text = (await http.get(f"{rpm3.url}/metrics")).text
    assert 'sovproxy_limit_checks_total{limit="",outcome="allowed",scope=""} 3.0' in text
    assert 'sovproxy_limit_checks_total{limit="requests",outcome="refused",scope="key"} 1.0' in text


async def test_window_slides_and_admits_again(rpm3: Stack, clock: Clock) -> None:
    """After a 429, the request is admitted again once the window has slid past."""
    async with _oai(rpm3) as client:
        for _ in range(3):
            await client.chat.completions.create(model="gpt-test", messages=MESSAGES)  # type: ignore[arg-type]
        with pytest.raises(openai.RateLimitError) as info:
            await client.chat.completions.create(model="gpt-test", messages=MESSAGES)  # type: ignore[arg-type]
        clock.now += int(info.value.response.headers["retry-after"])
        ok = await client.chat.completions.create(model="gpt-test", messages=MESSAGES)  # type: ignore[arg-type]
    assert ok.choices


async def test_anthropic_sdk_gets_rate_limit_error(tmp_path: Path, clock: Clock) -> None:
    """On /v1/messages the 429 is in Anthropic's shape: the anthropic SDK raises RateLimitError."""
    ups = {
        "claude": Upstream(
            AnthropicSimulator("anthropic-sim"), protocol="anthropic", models=("claude-test",)
        )
    }
    auth = _auth({"requests_per_minute": 1})
    async with await _stack(tmp_path, clock, auth, **ups) as stack:
        client = anthropic.AsyncAnthropic(base_url=stack.url, api_key=KEY, max_retries=0)
        async with client:
            await client.messages.create(model="claude-test", max_tokens=32, messages=MESSAGES)  # type: ignore[arg-type]
            with pytest.raises(anthropic.RateLimitError) as info:
                await client.messages.create(model="claude-test", max_tokens=32, messages=MESSAGES)  # type: ignore[arg-type]
    body = info.value.body
    assert isinstance(body, dict) and body["error"]["type"] == "rate_limit_error"
    assert "retry-after" in info.value.response.headers


async def test_team_and_tenant_limits_apply_to_every_key(tmp_path: Path, clock: Clock) -> None:
    """Two keys of one team share the team's limit: the second key is refused by 'team'."""
    tenants = {"acme": {"teams": {"risk": {"limits": {"requests_per_minute": 2}}}}}
    keys = [
        {"key": KEY, "tenant": "acme", "team": "risk"},
        {"key": KEY + "-b", "tenant": "acme", "team": "risk"},
    ]
    async with await _stack(tmp_path, clock, {"keys": keys, "tenants": tenants}) as stack:
        async with _oai(stack) as first:
            await first.chat.completions.create(model="gpt-test", messages=MESSAGES)  # type: ignore[arg-type]
            await first.chat.completions.create(model="gpt-test", messages=MESSAGES)  # type: ignore[arg-type]
        other = openai.AsyncOpenAI(base_url=stack.base_url, api_key=KEY + "-b", max_retries=0)
        async with other:
            with pytest.raises(openai.RateLimitError) as info:
                await other.chat.completions.create(model="gpt-test", messages=MESSAGES)  # type: ignore[arg-type]
    assert info.value.response.headers["RateLimit-Policy"] == '"team-rpm";q=2;w=60'
    assert _audit(stack)[-1]["limits"]["scope"] == "team"


async def test_token_budget_overshoot_is_bounded(tmp_path: Path, clock: Clock) -> None:
    """Requests that use more than their reservation overshoot a tokens-per-minute limit by at
    most what the last admitted request used beyond its reservation, and the rest are refused."""
    auth = _auth({"tokens_per_minute": 400})
    async with await _stack(tmp_path, clock, auth) as stack:
        refused = 0
        async with _oai(stack) as client:
            for _ in range(20):
                try:  # max_tokens 5: the simulator's answer is longer than the reservation
                    await client.chat.completions.create(
                        model="gpt-test",
                        messages=MESSAGES,  # type: ignore[arg-type]
                        max_tokens=5,
                    )
                except openai.RateLimitError:
                    refused += 1
    admitted = [r["limits"] for r in _audit(stack) if r["limits"]["outcome"] == "allowed"]
    used = sum(a["tokens"] for a in admitted)
    excess = max(a["tokens"] - a["reserved_tokens"] for a in admitted)
    assert excess > 0  # the test does exercise an overshoot
    assert refused > 0 and len(admitted) >= 2
    assert 400 - admitted[-1]["reserved_tokens"] < used <= 400 + excess


async def test_concurrent_limit_admitted_streams_finish(tmp_path: Path, clock: Clock) -> None:
    """With 2 concurrent slots, a 3rd request during two slow streams is a 429; both streams
    finish whole; once they end, a slot is free again."""
    slow = Simulator("slow", pace_s=0.05)
    auth = _auth({"concurrent": 2})
    async with await _stack(tmp_path, clock, auth, primary=Upstream(slow)) as stack:
        client = _oai(stack)
        async with client:

            async def stream() -> str:
                events = await client.chat.completions.create(
                    model="gpt-test",
                    messages=MESSAGES,  # type: ignore[arg-type]
                    stream=True,
                )
                parts = [c.choices[0].delta.content async for c in events if c.choices]
                return "".join(p or "" for p in parts)

            running = [asyncio.create_task(stream()) for _ in range(2)]
            while len(slow.received) < 2:
                await asyncio.sleep(0.01)
            with pytest.raises(openai.RateLimitError) as info:
                await client.chat.completions.create(model="gpt-test", messages=MESSAGES)  # type: ignore[arg-type]
            texts = await asyncio.gather(*running)
            after = await client.chat.completions.create(model="gpt-test", messages=MESSAGES)  # type: ignore[arg-type]
    assert texts == [slow.reply, slow.reply]
    policy = info.value.response.headers["RateLimit-Policy"]
    assert policy == '"key-concurrent";q=2;qu="concurrent-requests"'
    assert after.choices


async def test_unlimited_key_gets_no_limit_headers(tmp_path: Path, clock: Clock) -> None:
    """A key without limits is neither counted nor told about limits (inline keys as before)."""
    auth = {"keys": [{"key": KEY, "tenant": "acme"}]}
    async with await _stack(tmp_path, clock, auth) as stack, _oai(stack) as client:
        raw = await client.chat.completions.with_raw_response.create(
            model="gpt-test",
            messages=MESSAGES,  # type: ignore[arg-type]
        )
    assert "RateLimit" not in raw.headers and "x-ratelimit-limit-requests" not in raw.headers
    assert raw.headers["x-ratelimit-remaining-requests"] == "99"  # the backend's, passed on
    assert _audit(stack)[-1]["limits"] is None


async def test_a_limited_key_sees_its_own_limits_not_the_backends(
    tmp_path: Path, clock: Clock
) -> None:
    """With a tokens limit only, the answer carries the key's token fields, and the backend's
    x-ratelimit-* (sovproxy's own account with the provider) are not passed on beside them."""
    limited = await _stack(tmp_path, clock, _auth({"tokens_per_minute": 10_000}))
    async with limited as stack, _oai(stack) as client:
        raw = await client.chat.completions.with_raw_response.create(
            model="gpt-test",
            messages=MESSAGES,  # type: ignore[arg-type]
            max_tokens=50,
        )
    assert raw.headers["x-ratelimit-limit-tokens"] == "10000"
    assert 9000 < int(raw.headers["x-ratelimit-remaining-tokens"]) < 10_000
    assert "x-ratelimit-remaining-requests" not in raw.headers


async def test_a_request_over_the_token_limit_on_its_own_is_not_retried(
    tmp_path: Path, clock: Clock
) -> None:
    """A request whose estimate alone exceeds tokens_per_minute can never pass: its 429 says
    x-should-retry: false, and the SDK (with retries on) sends it once."""
    async with await _stack(tmp_path, clock, _auth({"tokens_per_minute": 100})) as stack:
        client = openai.AsyncOpenAI(base_url=stack.base_url, api_key=KEY, max_retries=2)
        async with client:
            with pytest.raises(openai.RateLimitError) as info:
                await client.chat.completions.create(
                    model="gpt-test",
                    messages=MESSAGES,  # type: ignore[arg-type]
                    max_tokens=500,
                )
    assert "lower max_tokens" in info.value.message
    assert info.value.response.headers["x-should-retry"] == "false"
    assert "retry-after" not in info.value.response.headers
    assert len(_audit(stack)) == 1  # not retried
