"""What a request may cost and where it may go, as the budgets need it — from the backends'
``price`` (euros per million input and output tokens) and derived ``tier``.

The backend is chosen after the limits are checked (the policy needs the classification first),
so a reservation is made for every backend that serves the requested model: the cost at the
highest of their prices, and per tier the cost at that tier's highest price. After the answer the
real cost is counted at the price of the backend that answered. A backend without a price costs
0.
"""

from __future__ import annotations

from collections.abc import Mapping

from proxy.backends.model import BackendInfo, Price
from proxy.fleet.demand import Demand


def _micro(price: Price | None, input_tokens: int, output_tokens: int) -> int:
    return 0 if price is None else price.micro_eur(input_tokens, output_tokens)


class Pricing:
    """The prices and tiers of one deployment's backends (fixed for the app's life)."""

    def __init__(self, infos: Mapping[str, BackendInfo]):
        self._infos = dict(infos)
        self._serving: dict[str, tuple[BackendInfo, ...]] = {}

    def tier(self, backend: str) -> str | None:
        """The tier of ``backend`` (``None``: not a backend of this deployment)."""
        info = self._infos.get(backend)
        return info.facts.tier if info is not None else None

    def serving(self, model: str) -> tuple[BackendInfo, ...]:
        """The backends that serve ``model`` (remembered per model)."""
        found = self._serving.get(model)
        if found is None:
            found = tuple(i for i in self._infos.values() if i.serves(model))
            if len(self._serving) < 4096:  # model names come from clients: bounded
                self._serving[model] = found
        return found

    def demand(self, demand: Demand, model: str, input_tokens: int, output_tokens: int) -> Demand:
        """``demand`` with its cost estimate and the tiers that may serve it."""
        by_tier: dict[str, int] = {}
        for info in self.serving(model):
            cost = _micro(info.price, input_tokens, output_tokens)
            tier = info.facts.tier
            by_tier[tier] = max(cost, by_tier.get(tier, 0))
        cost = max(by_tier.values(), default=0)
        return Demand(demand.scopes, demand.tokens, cost, tuple(sorted(by_tier.items())))

    def spent(
        self, backend: str | None, input_tokens: int, output_tokens: int
    ) -> tuple[int, str | None]:
        """The real cost (micro-euros) at ``backend`` and its tier (``None``: none answered)."""
        info = self._infos.get(backend) if backend is not None else None
        if info is None:
            return 0, None
        return _micro(info.price, input_tokens, output_tokens), info.facts.tier
