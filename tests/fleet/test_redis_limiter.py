"""The Redis limiter against a real redis-server: the in-process limiter's answers, shared by two
limiters as two replicas would share them, keys that expire, and Redis going away and back."""

from __future__ import annotations

import asyncio
import time

import pytest
from redis.asyncio import Redis

from proxy.fleet.limits import Demand, MemoryLimiter, Standing
from proxy.fleet.principals import Scope
from proxy.fleet.redis_gate import redis_client
from proxy.fleet.redis_limiter import LEASE_S, RETRY_S, RedisLimiter, StateUnavailable
from proxy.fleet.schema import LimitSpec
from tests.fleet.redis_server import RedisServer


def _scopes(tag: str) -> tuple[Scope, ...]:
    return (
        Scope("key", f"key:{tag}", LimitSpec(requests_per_minute=4, concurrent=3)),
        Scope("tenant", f"tenant:{tag}", LimitSpec(tokens_per_minute=1000)),
    )


def _view(standings: tuple[Standing, ...]) -> list[tuple[object, ...]]:
    """What the headers show, without the milliseconds the two clocks differ by."""
    return [(s.scope.id, s.dimension, s.limit, s.remaining, s.wait_s is None) for s in standings]


async def test_same_answers_as_the_in_process_limiter(client: Redis) -> None:
    """Admit, refuse (the same limit, the same wait), reconcile and release as MemoryLimiter."""
    redis_limiter, memory = RedisLimiter(client), MemoryLimiter(clock=time.time)
    demand = Demand(_scopes("same"), 300)
    for _ in range(5):
        shared, local = await redis_limiter.reserve(demand), memory.reserve_now(demand)
        assert _view(shared.standings) == _view(local.standings)
        assert (shared.ticket is None) == (local.ticket is None)
        if shared.ticket is None or local.ticket is None:
            assert shared.refused is not None and local.refused is not None
            assert shared.refused.dimension == local.refused.dimension == "requests"
            assert shared.retry_after_s == pytest.approx(local.retry_after_s, abs=0.5)
            continue
        await redis_limiter.reconcile(shared.ticket, 20)
        memory.reconcile_now(local.ticket, 20)
        await redis_limiter.release(shared.ticket)
        memory.release_now(local.ticket)
    tokens = [s for s in shared.standings if s.dimension == "tokens"]
    assert tokens[0].remaining == 1000 - 4 * 20  # four reconciled to 20, the refused one nothing


async def test_two_replicas_share_one_count(server: RedisServer) -> None:
    """Two limiters on two connections admit a limit once between them, not once each."""
    clients = [redis_client(server.url) for _ in range(2)]
    try:
        limiters = [RedisLimiter(c) for c in clients]
        scope = Scope("key", "key:pair", LimitSpec(requests_per_minute=4))
        demand = Demand((scope,), 10)
        verdicts = await asyncio.gather(*(limiters[i % 2].reserve(demand) for i in range(10)))
        assert sum(v.ticket is not None for v in verdicts) == 4
        assert {v.refused.dimension for v in verdicts if v.refused} == {"requests"}
    finally:
        for c in clients:
            await c.aclose()


async def test_a_slot_frees_on_release_from_its_own_replica(client: Redis) -> None:
    """Releasing frees the slot at once; every key written has an expiry."""
    limiter = RedisLimiter(client)
    demand = Demand(_scopes("slot"), 10)
    tickets = [(await limiter.reserve(demand)).ticket for _ in range(3)]
    assert (await limiter.reserve(demand)).refused is not None
    assert tickets[0] is not None
    await limiter.release(tickets[0])
    assert (await limiter.reserve(demand)).ticket is not None
    keys = await client.keys("sovproxy:*")
    assert len(keys) == 3  # requests and slots of the key, tokens of the tenant
    for key in keys:
        assert 0 < await client.pttl(key) <= max(120_000, LEASE_S * 1000)


@pytest.mark.alone  # bounds how fast a dead Redis is reported: not beside another test's load
async def test_redis_killed_then_back(server: RedisServer, client: Redis) -> None:
    """A dead Redis is StateUnavailable, fast; back, it counts again without a new client."""
    limiter = RedisLimiter(client)
    demand = Demand(_scopes("down"), 10)
    assert (await limiter.reserve(demand)).ticket is not None
    await server.kill()
    started = time.monotonic()
    for _ in range(3):
        with pytest.raises(StateUnavailable):
            await limiter.reserve(demand)
    assert time.monotonic() - started < 1.0
    await server.start()
    await asyncio.sleep(RETRY_S)
    verdict = await limiter.reserve(demand)
    assert verdict.ticket is not None
    remaining = {s.dimension: s.remaining for s in verdict.standings}
    assert remaining["requests"] == 3  # a new Redis: its counts start again


async def test_a_running_request_keeps_its_slot_a_dead_replica_loses_it(
    server: RedisServer,
) -> None:
    """Slots are leases: renewed while the request runs here (a stream longer than a lease keeps
    its slot), freed one lease after the replica holding them stopped renewing (died)."""
    clients = [redis_client(server.url) for _ in range(2)]
    try:
        alive, dead = RedisLimiter(clients[0], lease_s=0.6), RedisLimiter(clients[1], lease_s=0.6)
        demand = Demand((Scope("key", "key:lease", LimitSpec(concurrent=1)),), 1)
        held = (await alive.reserve(demand)).ticket
        assert held is not None
        await asyncio.sleep(1.5)  # two and a half leases: renewed meanwhile
        assert (await dead.reserve(demand)).refused is not None
        await alive.release(held)
        assert (await dead.reserve(demand)).ticket is not None
        await dead.close()  # dies holding the slot: no renewal, no release
        assert (await alive.reserve(demand)).refused is not None
        await asyncio.sleep(0.7)
        assert (await alive.reserve(demand)).ticket is not None
        await alive.close()
    finally:
        for c in clients:
            await c.aclose()
