"""What a request asks of its limits (``Demand``) and how one limit stands (``Standing``).

Shared by the limiters (``limits``, ``redis_limiter``), the budgets (``budgets``) and the response
fields (``rate_headers``); ``limits`` re-exports them.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal, NamedTuple

from proxy.fleet.principals import Scope
from proxy.fleet.schema import BudgetName

Dimension = Literal["requests", "tokens", "concurrent"] | BudgetName


@dataclass(frozen=True, slots=True)
class Demand:
    """What one request asks of its scopes: one request, ``tokens`` estimated, one slot — and,
    for budgets, what it may cost.

    ``cost``: micro-euros at the highest price among the backends that serve its model (the
    backend is chosen later); ``tiers``: each jurisdiction tier with a backend serving its model,
    and the cost at that tier's highest price."""

    scopes: tuple[Scope, ...]
    tokens: int
    cost: int = 0
    tiers: tuple[tuple[str, int], ...] = ()


class Standing(NamedTuple):
    """One limit of one scope, as seen by this request (after it was counted, if admitted).

    A named tuple: two are made per limit and request, and tuples are the cheapest immutable."""

    scope: Scope
    dimension: Dimension
    limit: int
    remaining: int
    reset_s: float  # until it is fully replenished
    wait_s: float | None = None  # refused by this limit: until it would fit (None: never)
