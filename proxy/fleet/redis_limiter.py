"""Limits counted in Redis, shared by every replica (issue 16): one Lua script per request.

``RedisLimiter`` implements ``Limiter`` with the semantics of ``MemoryLimiter``: the script
(``redis_scripts.RESERVE``) checks every limit of every scope and counts the request everywhere
only if all pass, atomically, on Redis's clock; the standings (hence the 429 and the
``x-ratelimit-*`` / ``RateLimit`` fields) are derived here from the counts it read with the very
``SlidingCounter`` arithmetic of ``windows.py``. Nothing is decided from counters in this process.

Redis unreachable (refused, reset, timed out, loading): ``StateUnavailable`` is raised at once and
for ``RETRY_S`` after, without waiting on Redis again (a dead Redis must not add a timeout to
every request); the gate turns it into the configured fail mode. The client reconnects on its own
afterwards: recovery needs no restart. A reconcile or release that fails is dropped (the tokens
stay as estimated; the slot frees when its lease ends).

Concurrent slots are leases (``LEASE_S``) renewed every third of a lease while the request runs,
so a replica killed mid-stream holds its slots for one lease at most.
"""

from __future__ import annotations

import asyncio
import contextlib
import secrets
import time
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from redis.asyncio import Redis
from redis.exceptions import RedisError

from proxy.fleet import budgets, redis_scripts
from proxy.fleet.budgets import Charge, Held, TierRefusal
from proxy.fleet.limits import (
    CONCURRENT_RETRY_S,
    Demand,
    Dimension,
    Standing,
    Ticket,
    Verdict,
    _as_is,
    _counted,
    refusal,
)
from proxy.fleet.principals import Scope
from proxy.fleet.windows import WINDOW_S, SlidingCounter
from proxy.telemetry.logging import get_logger

#: How long a concurrent slot is held without renewal.
LEASE_S = 30.0
#: After a failure, how long Redis is not asked again (every request fails fast meanwhile).
RETRY_S = 0.5
#: Network errors, timeouts, a Redis loading or read-only: all mean "no answer".
_FAILURES = (RedisError, OSError, asyncio.TimeoutError)


class StateUnavailable(Exception):
    """The shared state could not be reached; nothing was counted."""


@dataclass(slots=True)
class RedisTicket(Ticket):
    """A ticket with the id its concurrent slots are held under."""

    id: str = ""


class RedisLimiter:
    """``Limiter`` on Redis (see the module docstring)."""

    state = "redis"

    def __init__(self, client: Redis, prefix: str = redis_scripts.PREFIX, lease_s: float = LEASE_S):
        self.client = client
        self.lease_s = lease_s
        #: one hash tag: every key of a request is in one Redis Cluster slot
        self.prefix = prefix
        self._reserve = client.register_script(redis_scripts.RESERVE)
        self._reconcile = client.register_script(redis_scripts.RECONCILE)
        self._renew = client.register_script(redis_scripts.RENEW)
        self._release = client.register_script(redis_scripts.RELEASE)
        self._down_until = 0.0
        self._plans = budgets.Plans()
        self._static: dict[int, tuple[tuple[Charge, ...], list[str], str]] = {}
        self._live: dict[str, RedisTicket] = {}
        self._renewing: asyncio.Task[None] | None = None

    def _keys(self, scope: Scope) -> tuple[str, str, str]:
        p = self.prefix
        return f"{p}:r:{scope.id}", f"{p}:t:{scope.id}", f"{p}:c:{scope.id}"

    async def _call(self, script: Any, keys: list[str], args: list[Any]) -> Any:
        """Run ``script``; any failure of Redis becomes ``StateUnavailable``."""
        if time.monotonic() < self._down_until:
            raise StateUnavailable("redis: retrying shortly")
        try:
            return await script(keys=keys, args=args)
        except _FAILURES as exc:
            self._down_until = time.monotonic() + RETRY_S
            get_logger().warning("limits_state_unavailable", error=type(exc).__name__)
            raise StateUnavailable(f"redis: {type(exc).__name__}") from None

    def _args(self, demand: Demand, ticket_id: str, found: tuple[Charge, ...]) -> tuple[Any, Any]:
        """The script's KEYS and ARGV for ``demand`` (see ``redis_scripts.RESERVE``)."""
        keys: list[str] = []
        args: list[Any] = [self.lease_s, ticket_id, len(demand.scopes)]
        for scope in demand.scopes:
            keys += self._keys(scope)
            limits = scope.limits
            args += [_arg(limits.requests_per_minute), _arg(limits.tokens_per_minute)]
            args += [_arg(limits.concurrent), demand.tokens]
        if found:
            budget_keys, plan = self._plan(demand, found)
            keys += budget_keys
            args += [plan, demand.tokens, demand.cost, *(cost for _, cost in demand.tiers)]
        return keys, args

    def _plan(self, demand: Demand, found: tuple[Charge, ...]) -> tuple[list[str], str]:
        """The budget keys and the script's plan of ``found`` (remembered: ``found`` is the
        one tuple ``Plans`` keeps per scopes and tiers)."""
        known = self._static.get(id(found))
        if known is not None and known[0] is found:
            return known[1], known[2]
        groups = {tier: index for index, (tier, _) in enumerate(demand.tiers, start=1)}
        keys, parts = [], []
        for charge in found:
            keys.append(f"{self.prefix}:b:{charge.id}")
            group = 0 if charge.tier is None else groups[charge.tier]
            period = 0 if charge.budget.per == "day" else 1
            amount = 1 if charge.budget.tokens is not None else 2 + group
            parts.append(f"{group} {period} {amount} {charge.budget.amount};")
        if len(self._static) >= 4096:
            self._static.clear()
        self._static[id(found)] = (found, keys, "".join(parts))
        return keys, "".join(parts)

    async def reserve(self, demand: Demand) -> Verdict:
        """See ``Limiter.reserve`` (raises ``StateUnavailable``)."""
        ticket_id = secrets.token_hex(8)
        found = self._plans.charges(demand)
        keys, args = self._args(demand, ticket_id, found)
        out = await self._call(self._reserve, keys, args)
        status, seconds, micros, window = (int(v) for v in out[:4])
        now = seconds + micros / 1000000
        rates = 4 + 5 * len(demand.scopes)
        checked = list(_standings(demand, [int(v) for v in out[4:rates]], now, window))
        day, month = int(out[rates]), int(out[rates + 1])
        spent = [int(v) for v in out[rates + 2 :]]
        if status != 1:
            own = budgets.judge(demand, found, spent, now) if found else []
            refused = refusal((*checked, *own))
            if refused is None:  # Redis and this process disagree on a float: trust Redis
                refused = checked[0]._replace(wait_s=CONCURRENT_RETRY_S)
            return Verdict(None, tuple(_as_is(s) for s in (*checked, *own)), refused)
        full_reset = (2.0 - (now / WINDOW_S - window)) * WINDOW_S
        standings = tuple(_counted(s, demand.tokens, full_reset) for s in checked)
        tiers = budgets.exhausted(demand, found, spent, now) if demand.tiers else {}
        held = _held(demand, found, tiers, day, month)
        ticket = RedisTicket(
            demand, window, demand.tokens, cost=demand.cost, held=held, id=ticket_id
        )
        ticket.exhausted = tiers
        if any(scope.limits.concurrent is not None for scope in demand.scopes):
            self._live[ticket_id] = ticket
            self._start_renewing()
        return Verdict(ticket, standings)

    async def reconcile(
        self, ticket: Ticket, tokens: int, *, cost: int = 0, tier: str | None = None
    ) -> None:
        """See ``Limiter.reconcile``; dropped when Redis does not answer."""
        delta = tokens - ticket.tokens
        keys = [
            self._keys(s)[1] for s in ticket.demand.scopes if s.limits.tokens_per_minute is not None
        ]
        args: list[Any] = [ticket.window, delta, len(keys) if delta else 0]
        keys = keys if delta else []
        for held in ticket.held:
            now = budgets.settled(held, tokens, cost, tier)
            if now != held.amount:
                keys.append(f"{self.prefix}:b:{held.charge.id}")
                args += [held.window, now - held.amount]
            held.amount = now
        ticket.tokens, ticket.cost = tokens, cost
        if keys:
            with contextlib.suppress(StateUnavailable):
                await self._call(self._reconcile, keys, args)

    async def release(self, ticket: Ticket) -> None:
        """See ``Limiter.release``; when Redis does not answer, the lease frees the slot."""
        if ticket.released:
            return
        ticket.released = True
        ticket_id = getattr(ticket, "id", "")
        if self._live.pop(ticket_id, None) is None:
            return
        keys = [self._keys(s)[2] for s in ticket.demand.scopes if s.limits.concurrent is not None]
        with contextlib.suppress(StateUnavailable):
            await self._call(self._release, keys, [ticket_id])

    def _start_renewing(self) -> None:
        if self._renewing is None or self._renewing.done():
            self._renewing = asyncio.get_running_loop().create_task(self._renew_leases())

    async def _renew_leases(self) -> None:
        """Extend the leases of the slots held by requests still running here."""
        while self._live:
            await asyncio.sleep(self.lease_s / 3)
            keys: list[str] = []
            ids: list[str] = []
            for ticket_id, ticket in list(self._live.items()):
                for scope in ticket.demand.scopes:
                    if scope.limits.concurrent is not None:
                        keys.append(self._keys(scope)[2])
                        ids.append(ticket_id)
            if keys:
                with contextlib.suppress(StateUnavailable):
                    await self._call(self._renew, keys, [self.lease_s, *ids])

    async def close(self) -> None:
        """Stop renewing leases (the client is closed by its owner)."""
        if self._renewing is not None:
            self._renewing.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._renewing


def _held(
    demand: Demand,
    found: tuple[Charge, ...],
    exhausted: dict[str, TierRefusal],
    day: int,
    month: int,
) -> list[Held]:
    """The charges the script counted (all but those of the exhausted tiers)."""
    return [
        Held(c, day if c.budget.per == "day" else month, budgets.amount(c, demand))
        for c in found
        if c.tier is None or c.tier not in exhausted
    ]


def _arg(limit: int | None) -> int:
    return -1 if limit is None else limit


def _standings(demand: Demand, values: list[int], now: float, window: int) -> Iterator[Standing]:
    """The standings of ``MemoryLimiter._check`` from the counts the script read."""
    it = iter(values)
    for scope in demand.scopes:
        limits = scope.limits
        rates: tuple[tuple[Dimension, int | None, int], ...] = (
            ("requests", limits.requests_per_minute, 1),
            ("tokens", limits.tokens_per_minute, demand.tokens),
        )
        for dimension, limit, cost in rates:
            current, previous = next(it), next(it)
            if limit is None:
                continue
            counter = SlidingCounter()
            counter.window, counter.current, counter.previous = window, current, previous
            wait = counter.wait(cost, limit, now)
            remaining = int(limit - counter.used(now))
            yield Standing(scope, dimension, limit, remaining, counter.reset(now), wait)
        running = next(it)
        if limits.concurrent is not None:
            wait_s = 0.0 if running < limits.concurrent else CONCURRENT_RETRY_S
            left = limits.concurrent - running
            yield Standing(scope, "concurrent", limits.concurrent, left, 0.0, wait_s)
