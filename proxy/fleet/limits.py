"""The limiter: reserve before forwarding, reconcile with the real usage, release at the end.

``Limiter`` is the interface the pipeline relies on; ``MemoryLimiter`` keeps the state in this
process (one worker). A shared implementation (Redis: one Lua script per call doing the same
checks on every scope atomically) replaces it without touching the callers.

A request passes only if every limit of every scope (key, team, tenant) passes; then, and only
then, it is counted everywhere at once — a refused request consumes nothing. ``reserve`` counts
one request, the estimated tokens and one concurrent slot; ``reconcile`` replaces the estimate
with the tokens really used (in the window the estimate was counted in); ``release`` frees the
slot. A stream holds its slot until it ends: nothing cuts an admitted stream.

Budgets (per UTC day or month, ``budgets``) are checked and charged in the same step, with the
estimate (tokens, or micro-euros) reconciled like the tokens per minute; a tier that one of its
budgets cannot take is left uncharged and named in ``Ticket.exhausted``.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Protocol

from proxy.fleet import budgets, periods
from proxy.fleet.budgets import Charge, Held, TierRefusal
from proxy.fleet.demand import Demand, Dimension, Standing
from proxy.fleet.principals import Scope
from proxy.fleet.windows import WINDOW_S, SlidingCounter, window_of

#: retry-after for a full concurrent limit: a slot frees when a running request ends.
CONCURRENT_RETRY_S = 1.0


@dataclass(slots=True)
class Ticket:
    """An admitted request's reservation; ``tokens`` is what is counted for it now."""

    demand: Demand
    window: int
    tokens: int
    released: bool = False
    #: micro-euros counted now (the estimate, then the real cost)
    cost: int = 0
    #: the budget counters charged
    held: list[Held] = field(default_factory=list)
    #: tiers one of whose budgets could not take this request (not charged there)
    exhausted: dict[str, TierRefusal] = field(default_factory=dict)

    def closed_tiers(self) -> frozenset[str]:
        """Tiers this request may not go to: budgeted, and not charged (exhausted, or not
        among those expected to serve its model)."""
        charged = {held.charge.tier for held in self.held}
        return budgets.budgeted_tiers(self.demand) - charged


@dataclass(frozen=True, slots=True)
class Verdict:
    """The answer to ``reserve``: a ticket (admitted) or the limit that refused, and every
    standing (for the response headers)."""

    ticket: Ticket | None
    standings: tuple[Standing, ...]
    refused: Standing | None = None

    @property
    def retry_after_s(self) -> float | None:
        """Seconds until the refused request could fit (``None``: admitted, or never)."""
        return self.refused.wait_s if self.refused is not None else None


class Limiter(Protocol):
    """Where limits are counted: this process, or state shared by every replica."""

    #: ``memory`` or the shared store's name (recorded in the audit)
    state: str

    async def reserve(self, demand: Demand) -> Verdict:
        """Check every limit of every scope; count the request everywhere only if all pass."""

    async def reconcile(
        self, ticket: Ticket, tokens: int, *, cost: int = 0, tier: str | None = None
    ) -> None:
        """Replace the tokens counted for ``ticket`` with ``tokens`` (the real usage); its
        budgets with ``tokens`` and ``cost`` (micro-euros) at the backend that answered, of
        ``tier`` (``None``: none answered; the tier budgets give their estimates back)."""

    async def release(self, ticket: Ticket) -> None:
        """Free the concurrent slot of ``ticket`` (idempotent)."""


@dataclass
class MemoryLimiter:
    """Limits counted in this process. Single-threaded asyncio: no await between the check and
    the count, so concurrent requests cannot both take the last unit."""

    clock: Callable[[], float] = time.monotonic
    #: the calendar of budgets (seconds since the epoch)
    wall: Callable[[], float] = time.time
    state: str = "memory"
    _counters: dict[tuple[str, Dimension], SlidingCounter] = field(default_factory=dict)
    _in_flight: dict[str, int] = field(default_factory=dict)
    #: budget counter id → (window, spent)
    _budgets: dict[str, tuple[int, int]] = field(default_factory=dict)
    _plans: budgets.Plans = field(default_factory=budgets.Plans)

    async def reserve(self, demand: Demand) -> Verdict:
        """See ``Limiter.reserve``."""
        return self.reserve_now(demand)

    def reserve_now(self, demand: Demand) -> Verdict:
        """``reserve`` without the coroutine (the in-process state needs no I/O)."""
        now = self.clock()
        window = window_of(now)
        checked = [s for scope in demand.scopes for s in self._check(scope, demand.tokens, now)]
        found = self._plans.charges(demand)
        wall = self.wall() if found else 0.0
        current = {p: periods.window(p, wall) for p in ("day", "month")} if found else {}
        spent = [self._spent(charge, current) for charge in found]
        own = (
            []
            if budgets.own_fit(demand, found, spent)
            else budgets.judge(demand, found, spent, wall)
        )
        refused = refusal((*checked, *own))
        if refused is not None:
            return Verdict(None, tuple(_as_is(s) for s in (*checked, *own)), refused)
        for scope in demand.scopes:
            self._count(scope, demand.tokens, window)
        tiers = budgets.exhausted(demand, found, spent, wall) if demand.tiers else {}
        held = self._charge(demand, found, spent, tiers, current)
        full_reset = (2.0 - (now / WINDOW_S - window)) * WINDOW_S  # this window just counted
        standings = tuple(_counted(s, demand.tokens, full_reset) for s in checked)
        ticket = Ticket(demand, window, demand.tokens, cost=demand.cost, held=held)
        ticket.exhausted = tiers
        return Verdict(ticket, standings)

    def _spent(self, charge: Charge, current: dict[str, int]) -> int:
        stored = self._budgets.get(charge.id)
        window = current[charge.budget.per]
        return stored[1] if stored is not None and stored[0] == window else 0

    def _charge(
        self,
        demand: Demand,
        found: tuple[Charge, ...],
        spent: list[int],
        exhausted: dict[str, TierRefusal],
        current: dict[str, int],
    ) -> list[Held]:
        """Count the admitted request in every budget but those of the exhausted tiers."""
        held = []
        for charge, used in zip(found, spent, strict=True):
            if charge.tier is not None and charge.tier in exhausted:
                continue
            cost = budgets.amount(charge, demand)
            window = current[charge.budget.per]
            self._budgets[charge.id] = (window, used + cost)
            held.append(Held(charge, window, cost))
        return held

    def _counter(self, scope: Scope, dimension: Dimension, window: int) -> SlidingCounter:
        counter = self._counters.get((scope.id, dimension))
        if counter is None:
            counter = self._counters[scope.id, dimension] = SlidingCounter()
            counter.window = window
        counter.roll(window)
        return counter

    def _check(self, scope: Scope, tokens: int, now: float) -> list[Standing]:
        """The standing of each limit of ``scope`` were this request counted (``wait_s`` set)."""
        out = []
        limits = scope.limits
        rates: tuple[tuple[Dimension, int | None, int], ...] = (
            ("requests", limits.requests_per_minute, 1),
            ("tokens", limits.tokens_per_minute, tokens),
        )
        for dimension, limit, cost in rates:
            if limit is None:
                continue
            counter = self._counter(scope, dimension, window_of(now))
            wait = counter.wait(cost, limit, now)
            remaining = int(limit - counter.used(now))
            out.append(Standing(scope, dimension, limit, remaining, counter.reset(now), wait))
        if limits.concurrent is not None:
            running = self._in_flight.get(scope.id, 0)
            wait_s = 0.0 if running < limits.concurrent else CONCURRENT_RETRY_S
            left = limits.concurrent - running
            out.append(Standing(scope, "concurrent", limits.concurrent, left, 0.0, wait_s))
        return out

    def _count(self, scope: Scope, tokens: int, window: int) -> None:
        limits = scope.limits
        if limits.requests_per_minute is not None:
            self._counter(scope, "requests", window).current += 1
        if limits.tokens_per_minute is not None:
            self._counter(scope, "tokens", window).current += tokens
        if limits.concurrent is not None:
            self._in_flight[scope.id] = self._in_flight.get(scope.id, 0) + 1

    async def reconcile(
        self, ticket: Ticket, tokens: int, *, cost: int = 0, tier: str | None = None
    ) -> None:
        """See ``Limiter.reconcile``."""
        self.reconcile_now(ticket, tokens, cost=cost, tier=tier)

    def reconcile_now(
        self, ticket: Ticket, tokens: int, *, cost: int = 0, tier: str | None = None
    ) -> None:
        """``reconcile`` without the coroutine."""
        delta = tokens - ticket.tokens
        if delta != 0:
            window = window_of(self.clock())
            for scope in ticket.demand.scopes:
                if scope.limits.tokens_per_minute is not None:
                    self._counter(scope, "tokens", window).adjust(ticket.window, delta)
        for held in ticket.held:
            now = budgets.settled(held, tokens, cost, tier)
            stored = self._budgets.get(held.charge.id)
            if now != held.amount and stored is not None and stored[0] == held.window:
                self._budgets[held.charge.id] = (held.window, max(0, stored[1] + now - held.amount))
            held.amount = now
        ticket.tokens, ticket.cost = tokens, cost

    async def release(self, ticket: Ticket) -> None:
        """See ``Limiter.release``."""
        self.release_now(ticket)

    def release_now(self, ticket: Ticket) -> None:
        """``release`` without the coroutine."""
        if ticket.released:
            return
        ticket.released = True
        for scope in ticket.demand.scopes:
            if scope.limits.concurrent is not None:
                self._in_flight[scope.id] = max(0, self._in_flight.get(scope.id, 0) - 1)


def _as_is(standing: Standing) -> Standing:
    """A standing for the headers of a refusal (nothing was counted)."""
    remaining = max(0, standing.remaining)
    return Standing(standing.scope, standing.dimension, standing.limit, remaining, standing.reset_s)


def _counted(standing: Standing, tokens: int, full_reset: float) -> Standing:
    """A standing once the admitted request is counted (one request, ``tokens``, one slot)."""
    cost = tokens if standing.dimension == "tokens" else 1
    reset = full_reset if cost and standing.dimension != "concurrent" else standing.reset_s
    remaining = max(0, standing.remaining - cost)
    return Standing(standing.scope, standing.dimension, standing.limit, remaining, reset)


def refusal(checked: tuple[Standing, ...]) -> Standing | None:
    """The limit that refuses for longest (``None``: every limit lets the request through)."""
    refused: Standing | None = None
    for standing in checked:
        if standing.wait_s != 0.0 and _longer(standing, refused):
            refused = standing
    return refused


def _longer(standing: Standing, than: Standing | None) -> bool:
    """Whether ``standing`` refuses for longer than ``than`` (``None`` wait: never fits)."""
    if than is None:
        return True
    if than.wait_s is None:
        return False
    return standing.wait_s is None or standing.wait_s > than.wait_s


__all__ = [
    "CONCURRENT_RETRY_S",
    "Demand",
    "Dimension",
    "Limiter",
    "MemoryLimiter",
    "Standing",
    "Ticket",
    "Verdict",
    "refusal",
]
