"""Budgets through the real proxy (in-process state), seen by the official openai SDK: a spent
day budget is a 429 it understands, cost comes from the backends' price table, unused
reservations are given back, a spent tier budget sends requests to a more sovereign tier (or
refuses when the policy allows none), and admitted streams are never cut."""

from __future__ import annotations

import asyncio
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import openai
import orjson
import pytest

from proxy.backends.model import Price
from proxy.demo.simulator import Simulator
from proxy.fleet.limits import MemoryLimiter
from tests.stack import DEMO_POLICY, Stack, Upstream, demo_upstreams, running_stack

KEY = "sk-budget-test-key-0001"
MESSAGES = [{"role": "user", "content": "hello"}]
CHEAP = {"input_eur_per_mtok": 1, "output_eur_per_mtok": 2}
DEAR = {"input_eur_per_mtok": 1000, "output_eur_per_mtok": 3000}
#: from the test's "now" (2026-12-03 23:00 UTC) to 2027-01-01 00:00 UTC
UNTIL_JANUARY = 28 * 86_400 + 3600


class Wall:
    """The budgets' calendar, moved by the test: 2026-12-03 23:00 UTC, an hour before midnight."""

    def __init__(self) -> None:
        self.now = datetime(2026, 12, 3, 23, 0, tzinfo=UTC).timestamp()

    def __call__(self) -> float:
        return self.now


def _auth(limits: dict[str, Any], tenant: dict[str, Any] | None = None) -> dict[str, Any]:
    key = {"key": KEY, "tenant": "acme", "limits": limits}
    return {"keys": [key], "tenants": {"acme": tenant or {}}}


def _stack(tmp_path: Path, auth: dict[str, Any], ups: dict[str, Upstream], **kw: Any) -> Any:
    overrides = {"limiter": MemoryLimiter(wall=Wall())}
    return running_stack(tmp_path, ups, auth=auth, overrides=overrides, **kw)


def _oai(stack: Stack, retries: int = 0) -> openai.AsyncOpenAI:
    return openai.AsyncOpenAI(base_url=stack.base_url, api_key=KEY, max_retries=retries)


def _audit(stack: Stack) -> list[dict[str, Any]]:
    return [orjson.loads(line) for line in stack.audit_path.read_bytes().splitlines()]


async def _chat(client: openai.AsyncOpenAI, model: str = "gpt-test", **extra: Any) -> Any:
    return await client.chat.completions.with_raw_response.create(
        model=model,
        messages=MESSAGES,  # type: ignore[arg-type]
        **extra,
    )


async def test_a_spent_day_budget_is_a_429_until_midnight_utc(tmp_path: Path) -> None:
    """300 tokens a day: requests pass until it is spent, then the SDK raises RateLimitError
    (budget_exhausted) with retry-after = seconds until 00:00 UTC, once (x-should-retry: false);
    the backend received only the admitted requests."""
    ups = {"primary": Upstream(Simulator("primary"))}
    auth = _auth({"budgets": [{"tokens": 300, "per": "day"}]})
    async with _stack(tmp_path, auth, ups) as stack, _oai(stack, retries=2) as client:
        admitted = 0
        with pytest.raises(openai.RateLimitError) as info:
            for _ in range(20):
                await _chat(client, max_tokens=20)
                admitted += 1
    error = info.value
    assert error.code == "budget_exhausted"
    assert "key budget of 300 tokens per day is spent" in error.message
    assert error.response.headers["retry-after"] == "3600"
    assert error.response.headers["x-should-retry"] == "false"
    assert admitted >= 2 and len(stack.sim("primary").received) == admitted
    records = _audit(stack)
    assert len(records) == admitted + 1  # not retried by the SDK
    refused = records[-1]["limits"]
    assert (refused["scope"], refused["limit"], refused["retry_after_s"]) == (
        "key",
        "tokens_per_day",
        3600.0,
    )
    spent = sum(r["limits"]["tokens"] for r in records[:-1])
    assert spent + refused["reserved_tokens"] > 300


def _priced(name: str, model: str, price: dict[str, float]) -> Upstream:
    return Upstream(Simulator(name), models=(model,), extra={"price": price})


async def test_cost_is_counted_at_the_price_of_the_backend_that_answered(tmp_path: Path) -> None:
    """0.15 EUR a day; the cheap backend's requests cost micro-euros, the dear one's tens of
    thousands: the dear model is refused once the budget is spent, the cheap one still passes.
    Each audit record's cost is its usage at its backend's price."""
    ups = {
        "primary": _priced("cheap", "cheap-model", CHEAP),
        "secondary": _priced("dear", "dear-model", DEAR),
    }
    auth = _auth({"budgets": [{"cost_eur": 0.15, "per": "day"}]})
    async with _stack(tmp_path, auth, ups) as stack, _oai(stack) as client:
        for _ in range(3):
            await _chat(client, "cheap-model", max_tokens=30)
        await _chat(client, "dear-model", max_tokens=30)
        with pytest.raises(openai.RateLimitError) as info:
            await _chat(client, "dear-model", max_tokens=30)
        await _chat(client, "cheap-model", max_tokens=30)
    assert info.value.code == "budget_exhausted"
    assert "key budget of 0.15 EUR per day is spent" in info.value.message
    records = _audit(stack)
    prices = {"primary": Price(**CHEAP), "secondary": Price(**DEAR)}
    answered = [r for r in records if r["status"] == 200]
    assert [r["backend"] for r in answered] == ["primary"] * 3 + ["secondary", "primary"]
    for record in answered:
        usage = record["usage"]
        micro = prices[record["backend"]].micro_eur(
            usage["prompt_tokens"], usage["completion_tokens"]
        )
        assert record["limits"]["cost_eur"] == micro / 1_000_000
        estimate = record["limits"]["reserved_cost_eur"]  # the same backend's price
        assert estimate == pytest.approx(record["limits"]["cost_eur"], rel=0.2)
    assert records[3]["limits"]["cost_eur"] > 100 * records[0]["limits"]["cost_eur"]
    assert records[4]["limits"]["limit"] == "cost_eur_per_day"


async def test_reconciliation_gives_back_what_was_not_used(tmp_path: Path) -> None:
    """1000 tokens a day and max_tokens 600: each reservation is over half the budget, so a
    second request fits only because the first one's unused reservation came back."""
    ups = {"primary": Upstream(Simulator("primary"))}
    auth = _auth({"budgets": [{"tokens": 1000, "per": "day"}]})
    async with _stack(tmp_path, auth, ups) as stack, _oai(stack) as client:
        for _ in range(4):
            await _chat(client, max_tokens=600)
    limits = [r["limits"] for r in _audit(stack)]
    assert all(x["outcome"] == "allowed" for x in limits)
    assert all(x["reserved_tokens"] > 600 > x["tokens"] for x in limits)


HYPERSCALER_ONLY = """\
apiVersion: sovproxy.dev/v1
kind: RoutingPolicy
metadata: {name: hyperscaler-only, version: "1", owner: tests@example.org}
spec:
  default: deny
  pools: {hyperscaler: {tier: hyperscaler}}
  allowed_pools: {public: [hyperscaler], internal: [hyperscaler], confidential: [], restricted: []}
  rules:
    - {id: R1, priority: 1, when: {level.lte: internal}, action: route, to: [hyperscaler]}
"""


def _tiers(tmp_path: Path, budget: int, only: tuple[str, ...] = ()) -> Any:
    ups = {n: u for n, u in demo_upstreams().items() if not only or n in only}
    tenant = {"limits": {"tier_budgets": {"hyperscaler": {"tokens": budget, "per": "month"}}}}
    policy = DEMO_POLICY
    if only:
        policy = tmp_path / "policy.yaml"
        policy.write_text(HYPERSCALER_ONLY)
    return _stack(tmp_path, _auth({}, tenant), ups, policy=policy)


async def test_a_spent_tier_budget_sends_requests_to_a_more_sovereign_tier(
    tmp_path: Path,
) -> None:
    """A tenant's 200 hyperscaler tokens a month: public requests go to the hyperscaler (the
    policy's first choice) until the budget cannot take one more, then to the EU-only backend;
    the hyperscaler receives nothing more, every answer is a 200, and the audit says which tier
    budget took the hyperscaler out."""
    async with _tiers(tmp_path, 200) as stack, _oai(stack) as client:
        backends = []
        for _ in range(8):
            raw = await _chat(client, "chat", max_tokens=20)
            backends.append(raw.headers["x-sovproxy-backend"])
    switch = backends.index("eu-cloud")
    assert switch >= 1 and backends == ["us-hyperscaler"] * switch + ["eu-cloud"] * (8 - switch)
    assert len(stack.sim("us-hyperscaler").received) == switch
    records = _audit(stack)
    used = sum(r["limits"]["tokens"] for r in records[:switch])
    assert used <= 200
    narrowed = records[switch]["limits"]["tier_budget"]
    assert narrowed["removed"] == ["us-hyperscaler"]
    assert narrowed["tiers"][0] | {"retry_after_s": None} == {
        "tier": "hyperscaler",
        "scope": "tenant",
        "limit": "tokens_per_month",
        "retry_after_s": None,
    }
    assert narrowed["tiers"][0]["retry_after_s"] == UNTIL_JANUARY
    assert records[0]["limits"]["tier_budget"] is None


async def test_a_spent_tier_budget_refuses_when_no_other_tier_is_allowed(
    tmp_path: Path,
) -> None:
    """Only the hyperscaler serves the request: once its tier budget is spent the request is a
    429 tier_budget_exhausted (retry-after: until the month ends), never sent anywhere else."""
    async with _tiers(tmp_path, 100, only=("us-hyperscaler",)) as stack, _oai(stack) as client:
        with pytest.raises(openai.RateLimitError) as info:
            for _ in range(10):
                await _chat(client, "chat", max_tokens=20)
    assert info.value.code == "tier_budget_exhausted"
    assert info.value.response.headers["retry-after"] == str(UNTIL_JANUARY)
    assert info.value.response.headers["x-should-retry"] == "false"
    records = _audit(stack)
    last = records[-1]
    assert (last["status"], last["error"], last["backend"]) == (429, "tier_budget_exhausted", None)
    assert last["limits"]["limit"] == "tier_budget"
    assert len(stack.sim("us-hyperscaler").received) == len(records) - 1


async def test_admitted_streams_finish_and_overshoot_is_bounded(tmp_path: Path) -> None:
    """Ten slow streams at once against a 100 tokens/day budget (max_tokens 5: each uses more
    than it reserves): what was admitted reserved at most the budget, every admitted stream is
    delivered whole, and the spend exceeds the budget by at most what they used beyond their
    reservations."""
    slow = Simulator("slow", pace_s=0.02)
    auth = _auth({"budgets": [{"tokens": 100, "per": "day"}]})
    async with _stack(tmp_path, auth, {"primary": Upstream(slow)}) as stack, _oai(stack) as client:

        async def stream() -> str | None:
            try:
                events = await client.chat.completions.create(
                    model="gpt-test",
                    messages=MESSAGES,  # type: ignore[arg-type]
                    stream=True,
                    max_tokens=5,
                    stream_options={"include_usage": True},  # else the estimate stays
                )
            except openai.RateLimitError:
                return None
            parts = [c.choices[0].delta.content async for c in events if c.choices]
            return "".join(p or "" for p in parts)

        texts = await asyncio.gather(*(stream() for _ in range(10)))
    delivered = [t for t in texts if t is not None]
    assert 1 <= len(delivered) < 10
    assert delivered == [slow.reply] * len(delivered)
    admitted = [r["limits"] for r in _audit(stack) if r["limits"]["outcome"] == "allowed"]
    assert sum(a["reserved_tokens"] for a in admitted) <= 100
    used = sum(a["tokens"] for a in admitted)
    excess = sum(max(0, a["tokens"] - a["reserved_tokens"]) for a in admitted)
    assert excess > 0 and used > 100 - admitted[0]["reserved_tokens"]
    assert used <= 100 + excess
