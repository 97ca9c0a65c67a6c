"""What the pipeline calls around forwarding: estimate, reserve (or refuse with a 429), settle.

The token estimate is what the request itself says: its input counted the way
``/v1/messages/count_tokens`` estimates it (messages-shaped bodies; otherwise a quarter of the body
bytes), plus the output it may ask for — ``max_tokens`` (or ``max_completion_tokens`` /
``max_output_tokens``), capped at ``state.output_reserve_tokens``, and that cap when it asks for
nothing. After the answer the real usage replaces the estimate; a request that reached no backend
counts 0 tokens, one whose answer reported no usage keeps its estimate. The overshoot of a token
limit is therefore bounded by what the requests in flight use beyond their reservations.

Budgets are checked in the same reservation (``budgets``): the cost estimate and the tiers
that may serve the request come from the backends' prices and tiers (``pricing``); the real cost
is counted at the backend that answered. After the policy's decision, ``narrow`` removes from the
candidates the backends of every tier whose budget is spent (``tier_narrowing``).

The outcome goes on the exchange (``exchange.limits``, written to the audit record) and into
``sovproxy_limit_checks_total{outcome,scope,limit}``.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from prometheus_client import CollectorRegistry, Counter

from proxy.backends.model import BackendInfo
from proxy.errors import RateLimited
from proxy.exchange import Exchange
from proxy.fleet.limits import Demand, Limiter, Standing, Ticket, Verdict
from proxy.fleet.pricing import Pricing
from proxy.fleet.principals import Credential
from proxy.fleet.rate_headers import response_fields
from proxy.fleet.schema import MICRO
from proxy.fleet.tier_narrowing import narrow as narrow_tiers
from proxy.protocols.tokens import estimate_input_tokens

_OUTPUT_FIELDS = ("max_tokens", "max_completion_tokens", "max_output_tokens")
_NO_OUTPUT = frozenset({"embeddings", "messages.count_tokens"})


def estimate_split(exchange: Exchange, output_cap: int) -> tuple[int, int]:
    """Input (estimated) and the output the request may ask for (capped)."""
    if exchange.endpoint == "messages.count_tokens":
        return 0, 0  # nothing is generated; counting is not spending
    body = exchange.body
    if isinstance(body.get("messages"), list):
        estimate = estimate_input_tokens(body)
    else:
        estimate = max(1, len(exchange.raw_body) // 4)
    if exchange.endpoint in _NO_OUTPUT:
        return estimate, 0
    asked = next((v for f in _OUTPUT_FIELDS if isinstance(v := body.get(f), int)), None)
    return estimate, (min(asked, output_cap) if asked is not None and asked >= 0 else output_cap)


def estimate_tokens(exchange: Exchange, output_cap: int) -> int:
    """Input (estimated) plus the output the request may ask for (capped)."""
    inputs, outputs = estimate_split(exchange, output_cap)
    return inputs + outputs


def used_split(exchange: Exchange) -> tuple[int, int] | None:
    """Input and output tokens the backend reported (``None``: no usage reported)."""
    usage = exchange.usage
    if not usage:
        return None
    get = usage.get
    inputs = get("input_tokens", get("prompt_tokens", 0)) or 0
    inputs += (get("cache_read_input_tokens", 0) or 0) + (
        get("cache_creation_input_tokens", 0) or 0
    )
    outputs = get("output_tokens", get("completion_tokens", 0)) or 0
    return max(0, inputs), max(0, outputs)


def used_tokens(exchange: Exchange) -> int | None:
    """Input plus output tokens the backend reported (``None``: no usage reported)."""
    split = used_split(exchange)
    return None if split is None else split[0] + split[1]


class Gate:
    """Admits requests against their key's, team's and tenant's limits."""

    def __init__(
        self,
        limiter: Limiter,
        output_cap: int,
        registry: CollectorRegistry | None,
        infos: Mapping[str, BackendInfo] | None = None,
    ):
        self.limiter = limiter
        self.output_cap = output_cap
        #: the backends' prices and tiers (none given: no backend has a price or a tier)
        self.pricing = Pricing(infos or {})
        self._checks = Counter(
            "sovproxy_limit_checks",
            "Limit checks by outcome (allowed, refused) and, for a refusal, scope and limit.",
            ("outcome", "scope", "limit"),
            registry=registry,
        )
        self._allowed = self._checks.labels("allowed", "", "")  # the hot path: labelled once

    async def admit(
        self, exchange: Exchange, credential: Credential | None
    ) -> tuple[Ticket | None, dict[str, str]]:
        """Reserve for ``exchange``; return the ticket and the response's rate-limit fields.

        Raises ``RateLimited`` (headers included) when a limit refuses; nothing is counted then.
        A caller without limits passes with no ticket and no fields.
        """
        if credential is None or not credential.scopes:
            return None, {}
        demand = self.demand(exchange, credential)
        verdict = await self.limiter.reserve(demand)
        fields = response_fields(verdict)
        exchange.limits = self._outcome(verdict, demand)
        refused = verdict.refused
        if refused is None:
            self._allowed.inc()
            return verdict.ticket, fields
        self._checks.labels("refused", refused.scope.level, refused.dimension).inc()
        budget = refused.dimension not in _RATES
        code = "budget_exhausted" if budget else None
        raise RateLimited(_message(verdict, demand), headers=fields, code=code)

    def demand(self, exchange: Exchange, credential: Credential) -> Demand:
        """What ``exchange`` asks of its scopes (with its cost and tiers when budgets apply)."""
        inputs, outputs = estimate_split(exchange, self.output_cap)
        demand = Demand(credential.scopes, inputs + outputs)
        if any(scope.limits.budgeted() for scope in credential.scopes):
            demand = self.pricing.demand(demand, exchange.model, inputs, outputs)
        return demand

    def _outcome(self, verdict: Verdict, demand: Demand) -> dict[str, Any]:
        refused = verdict.refused
        out = {
            "outcome": "allowed" if refused is None else "refused",
            "state": self.limiter.state,
            "scope": refused.scope.level if refused else None,
            "limit": refused.dimension if refused else None,
            "retry_after_s": _round(verdict.retry_after_s),
            "reserved_tokens": demand.tokens,
            "tokens": None,
        }
        if any(scope.limits.budgeted() for scope in demand.scopes):
            out |= {"reserved_cost_eur": demand.cost / MICRO, "cost_eur": None, "tier_budget": None}
        return out

    def narrow(self, exchange: Exchange, ticket: Ticket | None) -> None:
        """After the policy's decision: take out the candidates of every tier whose budget is
        spent (never adds one); none left: ``RateLimited`` ``tier_budget_exhausted``."""
        if ticket is None or exchange.decision is None:
            return
        closed = ticket.closed_tiers()
        if closed:
            narrow_tiers(exchange, ticket, closed, self.pricing, self._checks)

    async def settle(self, ticket: Ticket | None, exchange: Exchange) -> None:
        """After the answer (or the failure): count the real tokens, free the slot."""
        if ticket is None:
            return
        used = used_split(exchange)
        if used is None and not exchange.attempts:
            used = (0, 0)  # refused or failed before any backend was asked
        try:
            if used is not None:
                cost, tier = self.pricing.spent(exchange.backend, *used)
                await self.limiter.reconcile(ticket, sum(used), cost=cost, tier=tier)
        finally:
            await self.limiter.release(ticket)
        limits = exchange.limits
        if limits is not None:
            limits["tokens"] = ticket.tokens
            if "cost_eur" in limits:
                limits["cost_eur"] = ticket.cost / MICRO


def _round(seconds: float | None) -> float | None:
    return None if seconds is None else round(seconds, 3)


_RATES = frozenset({"requests", "tokens", "concurrent"})


def _amount(standing: Standing, value: int) -> str:
    if standing.dimension.startswith("cost_eur"):
        return f"{value / MICRO:.2f} EUR"
    return f"{value} tokens"


def _budget_message(refused: Standing, demand: Demand) -> str:
    period = "day" if refused.dimension.endswith("day") else "month"
    what = f"the {refused.scope.level} budget of {_amount(refused, refused.limit)} per {period}"
    if refused.wait_s is None:
        asked = demand.tokens if refused.dimension.startswith("tokens") else demand.cost
        return (
            f"this request may use about {_amount(refused, asked)}, more than {what} allows at "
            "once; lower max_tokens or shorten the input"
        )
    resets = "at 00:00 UTC" if period == "day" else "on the 1st of next month, 00:00 UTC"
    return f"{what} is spent; it starts again {resets} (see retry-after)"


def _message(verdict: Verdict, demand: Demand) -> str:
    refused = verdict.refused
    assert refused is not None
    tokens = demand.tokens
    if refused.dimension not in _RATES:
        return _budget_message(refused, demand)
    what = {
        "requests": f"{refused.limit} requests per minute",
        "tokens": f"{refused.limit} tokens per minute",
        "concurrent": f"{refused.limit} concurrent requests",
    }[refused.dimension]
    if refused.wait_s is None:
        return (
            f"this request needs about {tokens} tokens, more than the {refused.scope.level} "
            f"limit of {what} allows at once; lower max_tokens or shorten the input"
        )
    return f"rate limit of the {refused.scope.level}: {what}; retry after the retry-after header"
