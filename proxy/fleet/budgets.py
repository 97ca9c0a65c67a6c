"""Budgets as a limiter counts them: which counters a request charges, whether it fits them, and
what an admitted request's charges become once its real usage is known.

Each budget of a scope is one counter per calendar window (``periods``). A request charges:

- every budget of every scope it is limited by (``tier`` ``None``): if one of them cannot take
  the request's estimate, the request is refused like any other limit;
- every budget of every tier that may serve it (``Demand.tiers``) at every scope: such a budget
  never refuses; a tier that one of them cannot take is *exhausted* and is not charged at all,
  so the gate removes that tier's backends from the request's candidates (``Ticket.exhausted``).

A charge that costs nothing (a cost budget while every backend that may serve the request has no
price, or counting tokens) always fits: a budget refuses only what would spend from it. A budget
lets one request through as long as what is spent plus its estimate stays within it; what the
requests in flight then use beyond their estimates is the overshoot.

The same functions judge the counts of the in-process limiter and those the Redis script read,
so both limiters decide alike.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import NamedTuple

from proxy.fleet import periods
from proxy.fleet.demand import Demand, Standing
from proxy.fleet.principals import Scope
from proxy.fleet.schema import Budget


class Charge(NamedTuple):
    """One budget counter a request touches (``id`` names it in the limiter's state)."""

    scope: Scope
    budget: Budget
    tier: str | None  # None: the scope's own budget; else a tier budget
    id: str


class TierRefusal(NamedTuple):
    """Why a tier's backends were taken out of a request's candidates."""

    tier: str
    scope: str  # the scope's level
    limit: str  # the budget's name
    wait_s: float | None  # until it could take the request (None: never, too big on its own)


@dataclass(slots=True)
class Held:
    """A charge an admitted request made: in which window, and how much it counts now."""

    charge: Charge
    window: int
    amount: int


def charges(demand: Demand) -> tuple[Charge, ...]:
    """Every budget counter ``demand`` would charge, scope by scope."""
    out: list[Charge] = []
    for scope in demand.scopes:
        limits = scope.limits
        for budget in limits.budgets or ():
            out.append(Charge(scope, budget, None, f"{scope.id}|{budget.name}"))
        by_tier = limits.tier_budgets or {}
        for tier, _ in demand.tiers:
            for budget in by_tier.get(tier, ()):  # type: ignore[call-overload]
                out.append(Charge(scope, budget, tier, f"{scope.id}|{tier}|{budget.name}"))
    return tuple(out)


class Plans:
    """``charges`` remembered per scopes (the tuple of a key's credential, alive as long as its
    key book: the entry holds it, so its ``id`` is not reused) and tiers — the same for every
    request of a key to a model."""

    __slots__ = ("_known",)

    def __init__(self) -> None:
        self._known: dict[tuple[int, tuple[str, ...]], tuple[object, tuple[Charge, ...]]] = {}

    def charges(self, demand: Demand) -> tuple[Charge, ...]:
        """``charges(demand)``, computed once per scopes and tiers."""
        key = (id(demand.scopes), tuple(tier for tier, _ in demand.tiers))
        known = self._known.get(key)
        if known is not None and known[0] is demand.scopes:
            return known[1]
        made = charges(demand)
        if len(self._known) >= 4096:  # key books are replaced on reload: start again
            self._known.clear()
        self._known[key] = (demand.scopes, made)
        return made


def budgeted_tiers(demand: Demand) -> frozenset[str]:
    """The tiers some scope of ``demand`` has a budget for."""
    return frozenset(
        tier for s in demand.scopes for tier, b in (s.limits.tier_budgets or {}).items() if b
    )


def amount(charge: Charge, demand: Demand) -> int:
    """What ``demand`` costs ``charge``: its tokens, or its cost estimate (for a tier: there)."""
    if charge.budget.tokens is not None:
        return demand.tokens
    if charge.tier is None:
        return demand.cost
    return next(cost for tier, cost in demand.tiers if tier == charge.tier)


def fits(spent: int, cost: int, limit: int) -> bool:
    """Whether ``cost`` more fits (nothing spent from a budget always does)."""
    return cost == 0 or spent + cost <= limit


def own_fit(demand: Demand, found: Sequence[Charge], spent: Sequence[int]) -> bool:
    """Whether every scope's own budget can take ``demand`` (the common case: no standings)."""
    return all(
        fits(used, amount(charge, demand), charge.budget.amount)
        for charge, used in zip(found, spent, strict=True)
        if charge.tier is None
    )


def judge(
    demand: Demand, found: Sequence[Charge], spent: Sequence[int], now: float
) -> list[Standing]:
    """The standings of the scopes' own budgets (``wait_s`` set), from what each charge has
    ``spent`` in its current window; ``now``: seconds since the epoch."""
    standings: list[Standing] = []
    resets: dict[str, float] = {}
    for charge, used in zip(found, spent, strict=True):
        if charge.tier is not None:
            continue
        cost, limit = amount(charge, demand), charge.budget.amount
        reset = _reset(charge, now, resets)
        wait = 0.0 if fits(used, cost, limit) else (None if cost > limit else reset)
        remaining = max(0, limit - used)
        standings.append(Standing(charge.scope, charge.budget.name, limit, remaining, reset, wait))
    return standings


def exhausted(
    demand: Demand, found: Sequence[Charge], spent: Sequence[int], now: float
) -> dict[str, TierRefusal]:
    """The tiers one of whose budgets cannot take ``demand``, each with the budget that waits
    longest."""
    out: dict[str, TierRefusal] = {}
    resets: dict[str, float] = {}
    for charge, used in zip(found, spent, strict=True):
        if charge.tier is None:
            continue
        cost, limit = amount(charge, demand), charge.budget.amount
        if fits(used, cost, limit):
            continue
        wait = None if cost > limit else _reset(charge, now, resets)
        prior = out.get(charge.tier)
        if prior is None or _later(wait, prior.wait_s):
            out[charge.tier] = TierRefusal(
                charge.tier, charge.scope.level, charge.budget.name, wait
            )
    return out


def _reset(charge: Charge, now: float, resets: dict[str, float]) -> float:
    per = charge.budget.per
    reset = resets.get(per)
    if reset is None:
        reset = resets[per] = periods.until_next(per, now)
    return reset


def settled(held: Held, tokens: int, cost: int, tier: str | None) -> int:
    """What ``held`` counts once the request is answered: its tokens or cost where it went (a
    tier budget of another tier, or of none when nothing answered, gives its estimate back)."""
    charge = held.charge
    if charge.tier is not None and charge.tier != tier:
        return 0
    return tokens if charge.budget.tokens is not None else cost


def _later(wait: float | None, than: float | None) -> bool:
    if than is None:
        return False
    return wait is None or wait > than
