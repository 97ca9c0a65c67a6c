"""Budgets on a real redis-server: the script's calendar is Python's, its answers are the
in-process limiter's, two replicas never admit more than a budget holds, unused reservations come
back, and Redis down is the configured fail mode for budgets too."""

from __future__ import annotations

import asyncio
import time
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest
from redis.asyncio import Redis

from proxy.fleet import periods, redis_scripts
from proxy.fleet.limits import Demand, MemoryLimiter, Verdict
from proxy.fleet.principals import Scope
from proxy.fleet.redis_gate import redis_client
from proxy.fleet.redis_limiter import RedisLimiter, StateUnavailable
from proxy.fleet.schema import LimitSpec
from tests.fleet.redis_server import RedisServer


def _scopes(tag: str) -> tuple[Scope, ...]:
    key = LimitSpec.model_validate(
        {"budgets": [{"tokens": 1000, "per": "day"}, {"cost_eur": 1, "per": "month"}]}
    )
    tenant = LimitSpec.model_validate(
        {"tier_budgets": {"hyperscaler": [{"tokens": 700, "per": "month"}]}}
    )
    return (Scope("key", f"key:{tag}", key), Scope("tenant", f"tenant:{tag}", tenant))


def _view(verdict: Verdict) -> tuple[Any, ...]:
    """What a client and the gate see of a verdict (not the seconds the clocks differ by)."""
    ticket = verdict.ticket
    refused = verdict.refused
    return (
        ticket is not None and sorted(ticket.closed_tiers()),
        refused and (refused.scope.id, refused.dimension, refused.wait_s is None),
        [(s.scope.id, s.dimension, s.limit, s.remaining) for s in verdict.standings],
    )


async def test_the_scripts_month_is_pythons(client: Redis) -> None:
    """``month_of`` in Lua gives ``periods.window('month', …)`` for every day of 1999-2101
    sampled every 13 days, and the month boundaries around leap years."""
    script = client.register_script(redis_scripts.MONTH_OF + "return month_of(tonumber(ARGV[1]))")
    day = datetime(1999, 1, 1, tzinfo=UTC)
    days = [day + timedelta(days=13 * i) for i in range(2900)]
    days += [datetime(y, m, 1, tzinfo=UTC) - timedelta(days=d) for y in (2000, 2024, 2100)
             for m in (1, 3) for d in (0, 1)]  # fmt: skip
    for moment in days:
        number = int(moment.timestamp() // 86_400)
        expected = periods.window("month", moment.timestamp())
        assert await script(args=[number]) == expected, moment


async def test_same_answers_as_the_in_process_limiter(client: Redis) -> None:
    """A day token budget, a month cost budget and a hyperscaler tier budget: admitted, tier
    closed, refused, then reconciled, alike on Redis and in process."""
    shared, local = RedisLimiter(client), MemoryLimiter(wall=time.time)
    demand = Demand(_scopes("same"), 300, cost=200_000, tiers=(("eu_only", 0), ("hyperscaler", 0)))
    tickets = []
    for _ in range(4):
        on_redis, in_process = await shared.reserve(demand), local.reserve_now(demand)
        assert _view(on_redis) == _view(in_process)
        tickets.append((on_redis.ticket, in_process.ticket))
    assert _view(in_process)[1] == ("key:same", "tokens_per_day", False)
    assert tickets[2][1] is not None and tickets[2][1].closed_tiers() == {"hyperscaler"}
    redis_ticket, memory_ticket = tickets[0]
    assert redis_ticket is not None and memory_ticket is not None
    await shared.reconcile(redis_ticket, 20, cost=1000, tier="eu_only")
    local.reconcile_now(memory_ticket, 20, cost=1000, tier="eu_only")
    again = await shared.reserve(demand), local.reserve_now(demand)
    assert again[0].ticket is not None
    assert _view(again[0]) == _view(again[1])
    assert again[0].ticket.closed_tiers() == frozenset()  # 280 hyperscaler tokens came back


async def test_two_replicas_never_admit_more_than_the_budget(server: RedisServer) -> None:
    """40 reservations of 100 at once from two limiters (two replicas) on a 1000-token budget:
    exactly 10 are admitted."""
    clients = [redis_client(server.url) for _ in range(2)]
    try:
        limiters = [RedisLimiter(c) for c in clients]
        scope = Scope(
            "key", "key:race", LimitSpec.model_validate({"budgets": {"tokens": 1000, "per": "day"}})
        )
        demand = Demand((scope,), 100)
        verdicts = await asyncio.gather(*(limiters[i % 2].reserve(demand) for i in range(40)))
    finally:
        for c in clients:
            await c.aclose()
    assert sum(v.ticket is not None for v in verdicts) == 10


async def test_budget_keys_expire_after_their_window(client: Redis) -> None:
    """A day budget's hash is kept for two days, a month budget's for 63 (no key lives on)."""
    await RedisLimiter(client).reserve(
        Demand(_scopes("ttl"), 10, cost=1, tiers=(("hyperscaler", 0),))
    )
    keys = sorted(k.decode() for k in await client.keys("*:b:*"))
    ttls = {k.rsplit("|", 1)[-1]: await client.ttl(k) for k in keys}
    assert ttls["tokens_per_day"] == 2 * 86_400
    assert ttls["cost_eur_per_month"] == ttls["tokens_per_month"] == 63 * 86_400


async def test_redis_down_is_state_unavailable_for_budgets(server: RedisServer) -> None:
    """A key with budgets only: Redis gone → StateUnavailable (the gate's fail mode applies)."""
    made = redis_client(server.url)
    try:
        limiter = RedisLimiter(made)
        demand = Demand(_scopes("down"), 10)
        assert (await limiter.reserve(demand)).ticket is not None
        await server.kill()
        with pytest.raises(StateUnavailable):
            await limiter.reserve(demand)
    finally:
        await made.aclose()
