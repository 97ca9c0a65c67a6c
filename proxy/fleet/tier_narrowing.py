"""Budgets per jurisdiction tier narrow the policy's decision; they never widen it (DESIGN §8,
invariant 1).

Called once, after the decision and before forwarding: every candidate whose tier the request's
reservation could not charge (a budget of that tier is spent at some scope) is removed from
``exchange.decision.candidates``, so forwarding — its fallbacks and retries included — only ever
sees the remaining, more sovereign candidates, in the policy's order. Nothing is added. With no
candidate left the request is refused: 429 ``tier_budget_exhausted``, ``retry-after`` until the
first of those tiers' budgets starts again.

The audit record's ``limits.tier_budget`` says which tier budget removed which candidates.
"""

from __future__ import annotations

import math
from dataclasses import replace
from typing import Any

from prometheus_client import Counter

from proxy.errors import RateLimited
from proxy.exchange import Exchange
from proxy.fleet.budgets import TierRefusal
from proxy.fleet.limits import Ticket
from proxy.fleet.pricing import Pricing


def narrow(
    exchange: Exchange, ticket: Ticket, closed: frozenset[str], pricing: Pricing, checks: Counter
) -> None:
    """Remove the candidates of the ``closed`` tiers (see the module docstring)."""
    decision = exchange.decision
    assert decision is not None
    kept = tuple(n for n in decision.candidates if pricing.tier(n) not in closed)
    removed = [n for n in decision.candidates if n not in kept]
    if not removed:
        return
    tiers = sorted({t for n in removed if (t := pricing.tier(n)) is not None})
    why = [ticket.exhausted.get(t) or TierRefusal(t, "", "", None) for t in tiers]
    exchange.decision = replace(decision, candidates=kept)
    for refusal in why:
        checks.labels("tier_narrowed", refusal.scope, refusal.limit).inc()
    record: dict[str, Any] = {"removed": removed, "tiers": [_entry(r) for r in why]}
    if exchange.limits is not None:
        exchange.limits["tier_budget"] = record
    if kept:
        return
    waits = [r.wait_s for r in why if r.wait_s is not None]
    wait = min(waits) if waits else None
    if exchange.limits is not None:
        exchange.limits |= {"outcome": "refused", "scope": why[0].scope or None}
        exchange.limits |= {"limit": "tier_budget", "retry_after_s": wait}
    checks.labels("refused", why[0].scope, "tier_budget").inc()
    headers = {"x-should-retry": "false"}
    if wait is not None:
        headers["retry-after"] = str(max(1, math.ceil(wait)))
    raise RateLimited(_message(why), headers=headers, code="tier_budget_exhausted")


def _entry(refusal: TierRefusal) -> dict[str, Any]:
    wait = None if refusal.wait_s is None else round(refusal.wait_s, 3)
    return {
        "tier": refusal.tier,
        "scope": refusal.scope or None,
        "limit": refusal.limit or None,
        "retry_after_s": wait,
    }


def _message(why: list[TierRefusal]) -> str:
    spent = ", ".join(f"{r.tier} ({r.scope} {r.limit})" if r.scope else r.tier for r in why)
    return (
        f"the budget for backends of tier {spent} is spent and the policy allows no other "
        "backend for this request; retry after the retry-after header"
    )
