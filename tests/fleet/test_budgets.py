"""Budgets per UTC day and month, in tokens or euros, and per jurisdiction tier: their shape,
their calendar, and how the in-process limiter charges, refuses and reconciles them."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

import pytest
from pydantic import ValidationError

from proxy.backends.model import Price
from proxy.fleet import periods
from proxy.fleet.limits import Demand, MemoryLimiter
from proxy.fleet.principals import Scope
from proxy.fleet.schema import MICRO, Budget, LimitSpec


def _at(text: str) -> float:
    return datetime.fromisoformat(text).replace(tzinfo=UTC).timestamp()


class Wall:
    """A settable wall clock (seconds since the epoch)."""

    def __init__(self, text: str) -> None:
        self.now = _at(text)

    def __call__(self) -> float:
        return self.now


def _limits(**spec: Any) -> LimitSpec:
    return LimitSpec.model_validate(spec)


def test_budgets_shape_one_or_a_list_and_names() -> None:
    """A budget is tokens or cost_eur per day or month; a tier's budget may be one or a list."""
    spec = _limits(
        budgets=[{"tokens": 2_000_000, "per": "month"}, {"cost_eur": 50, "per": "day"}],
        tier_budgets={"hyperscaler": {"tokens": 1000, "per": "day"}},
    )
    assert [b.name for b in spec.budgets or ()] == ["tokens_per_month", "cost_eur_per_day"]
    assert [b.amount for b in spec.budgets or ()] == [2_000_000, 50 * MICRO]
    assert spec.tier_budgets == {"hyperscaler": (Budget(tokens=1000, per="day"),)}
    assert spec.any() and spec.budgeted()
    assert not LimitSpec(requests_per_minute=1).budgeted()


@pytest.mark.parametrize(
    ("spec", "says"),
    [
        ({"budgets": [{"tokens": 5, "cost_eur": 1, "per": "day"}]}, "exactly one of tokens"),
        ({"budgets": [{"tokens": 5}]}, "per"),
        ({"budgets": [{"tokens": 5, "per": "week"}]}, "'day' or 'month'"),
        ({"budgets": [{"tokens": 5, "per": "day"}, {"tokens": 9, "per": "day"}]}, "two tokens"),
        ({"tier_budgets": {"us": {"tokens": 5, "per": "day"}}}, "hyperscaler"),
        ({"budgets": [{"cost_eur": 0, "per": "day"}]}, "greater than 0"),
    ],
)
def test_a_wrong_budget_is_refused_with_the_reason(spec: dict[str, Any], says: str) -> None:
    """Mistakes in a budget stop the start with what is wrong."""
    with pytest.raises(ValidationError) as info:
        _limits(**spec)
    assert says in str(info.value)


@pytest.mark.parametrize(
    ("period", "now", "left_s"),
    [
        ("day", "2026-12-03T23:59:00", 60),
        ("day", "2026-12-04T00:00:00", 86_400),
        ("month", "2026-12-31T23:00:00", 3600),  # into January of the next year
        ("month", "2028-02-28T00:00:00", 2 * 86_400),  # a leap February
        ("month", "2027-02-28T00:00:00", 86_400),
    ],
)
def test_calendar_windows_end_at_midnight_utc_and_on_the_first(
    period: periods.Period, now: str, left_s: float
) -> None:
    """A day ends at 00:00 UTC, a month on the 1st at 00:00 UTC."""
    assert periods.until_next(period, _at(now)) == left_s
    assert periods.window(period, _at(now) + left_s) == periods.window(period, _at(now)) + 1


def test_price_counts_whole_micro_euros() -> None:
    """Euros per million tokens: 1000 in at 2.5 and 500 out at 10 are 7500 micro-euros."""
    price = Price(input_eur_per_mtok=2.5, output_eur_per_mtok=10)
    assert price.micro_eur(1000, 500) == 7500
    assert Price(input_eur_per_mtok=0.15, output_eur_per_mtok=0).micro_eur(1, 0) == 1  # rounded up


def _key(**spec: Any) -> Scope:
    return Scope("key", "key:k", _limits(**spec))


def test_a_day_budget_refuses_until_midnight_utc_then_admits() -> None:
    """1000 tokens a day: 3 requests of 300 pass, the 4th waits until 00:00 UTC; after it, the
    budget is whole again. A refused request spends nothing."""
    wall = Wall("2026-12-03T22:00:00")
    limiter = MemoryLimiter(wall=wall)
    demand = Demand((_key(budgets=[{"tokens": 1000, "per": "day"}]),), tokens=300)
    for _ in range(3):
        assert limiter.reserve_now(demand).ticket is not None
    refused = limiter.reserve_now(demand)
    assert refused.refused is not None and refused.refused.dimension == "tokens_per_day"
    assert refused.refused.remaining == 100 and refused.retry_after_s == 2 * 3600
    assert limiter.reserve_now(Demand(demand.scopes, 100)).ticket is not None  # it fits exactly
    wall.now = _at("2026-12-04T00:00:00")
    assert all(limiter.reserve_now(demand).ticket is not None for _ in range(3))


def test_a_request_bigger_than_the_budget_is_never_admitted() -> None:
    """An estimate over the whole budget gets no wait (None): no reset would let it through."""
    limiter = MemoryLimiter(wall=Wall("2026-12-03T10:00:00"))
    demand = Demand((_key(budgets=[{"tokens": 100, "per": "month"}]),), tokens=101)
    assert limiter.reserve_now(demand).refused is not None
    assert limiter.reserve_now(demand).retry_after_s is None


def test_reconcile_gives_back_the_unused_reservation() -> None:
    """Reserved 600 of a 1000 budget, used 50: the next 600 fits (without the give-back it
    would not)."""
    limiter = MemoryLimiter(wall=Wall("2026-12-03T10:00:00"))
    demand = Demand((_key(budgets=[{"tokens": 1000, "per": "day"}]),), tokens=600)
    ticket = limiter.reserve_now(demand).ticket
    assert ticket is not None
    assert limiter.reserve_now(demand).refused is not None
    limiter.reconcile_now(ticket, 50)
    assert limiter.reserve_now(demand).ticket is not None


def test_cost_budget_counts_the_estimate_then_the_real_cost() -> None:
    """A 1 EUR day budget: the estimate (0.6 EUR) is reserved, then the real 0.1 EUR counted."""
    limiter = MemoryLimiter(wall=Wall("2026-12-03T10:00:00"))
    scope = _key(budgets=[{"cost_eur": 1, "per": "day"}])
    demand = Demand((scope,), tokens=10, cost=600_000)
    ticket = limiter.reserve_now(demand).ticket
    assert ticket is not None and limiter.reserve_now(demand).refused is not None
    limiter.reconcile_now(ticket, 10, cost=100_000, tier="eu_only")
    assert ticket.cost == 100_000
    assert limiter.reserve_now(demand).ticket is not None  # 0.1 + 0.6 spent
    refused = limiter.reserve_now(Demand((scope,), tokens=10, cost=300_001)).refused
    assert refused is not None and refused.remaining == 1_000_000 - 700_000


def test_a_request_that_costs_nothing_passes_a_spent_cost_budget() -> None:
    """A cost budget refuses what would spend from it: a request only unpriced backends serve
    (cost 0) passes though the budget is spent; a priced one does not."""
    limiter = MemoryLimiter(wall=Wall("2026-12-03T10:00:00"))
    scope = _key(budgets=[{"cost_eur": 1, "per": "day"}])
    assert limiter.reserve_now(Demand((scope,), 10, cost=MICRO)).ticket is not None
    assert limiter.reserve_now(Demand((scope,), 10, cost=1)).refused is not None
    assert limiter.reserve_now(Demand((scope,), 10, cost=0)).ticket is not None


def test_a_spent_tier_budget_closes_its_tier_and_refuses_nothing() -> None:
    """Hyperscaler 500 tokens a day: the first request is charged there; the second does not
    fit, so the tier is exhausted (not charged) and the request still admitted for the others."""
    limiter = MemoryLimiter(wall=Wall("2026-12-03T10:00:00"))
    scope = Scope(
        "tenant", "tenant:t", _limits(tier_budgets={"hyperscaler": {"tokens": 500, "per": "day"}})
    )
    demand = Demand((scope,), 300, tiers=(("eu_only", 0), ("hyperscaler", 0)))
    first = limiter.reserve_now(demand).ticket
    assert first is not None and first.closed_tiers() == frozenset()
    second = limiter.reserve_now(demand).ticket
    assert second is not None and second.closed_tiers() == {"hyperscaler"}
    exhausted = second.exhausted["hyperscaler"]
    assert (exhausted.scope, exhausted.limit, exhausted.wait_s) == (
        "tenant",
        "tokens_per_day",
        14 * 3600,
    )
    limiter.reconcile_now(first, 100, tier="hyperscaler")  # used 100 of the 300 reserved
    assert limiter.reserve_now(demand).ticket.closed_tiers() == frozenset()  # type: ignore[union-attr]


def test_tier_reservations_elsewhere_are_given_back() -> None:
    """A request reserved in every tier that may serve it; answered by eu_only, its
    hyperscaler reservation is given back."""
    limiter = MemoryLimiter(wall=Wall("2026-12-03T10:00:00"))
    scope = Scope(
        "tenant", "tenant:t", _limits(tier_budgets={"hyperscaler": {"tokens": 500, "per": "day"}})
    )
    demand = Demand((scope,), 400, tiers=(("eu_only", 0), ("hyperscaler", 0)))
    ticket = limiter.reserve_now(demand).ticket
    assert ticket is not None
    assert limiter.reserve_now(demand).ticket.closed_tiers() == {"hyperscaler"}  # type: ignore[union-attr]
    limiter.reconcile_now(ticket, 400, tier="eu_only")
    assert limiter.reserve_now(demand).ticket.closed_tiers() == frozenset()  # type: ignore[union-attr]
