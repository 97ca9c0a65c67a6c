"""What the pipeline calls around forwarding: estimate, reserve (or refuse with a 429), settle.

The token estimate is what the request itself says: its input counted the way
``/v1/messages/count_tokens`` estimates it (messages-shaped bodies; otherwise a quarter of the body
bytes), plus the output it may ask for — ``max_tokens`` (or ``max_completion_tokens`` /
``max_output_tokens``), capped at ``state.output_reserve_tokens``, and that cap when it asks for
nothing. After the answer the real usage replaces the estimate; a request that reached no backend
counts 0 tokens, one whose answer reported no usage keeps its estimate. The overshoot of a token
limit is therefore bounded by what the requests in flight use beyond their reservations.

The outcome goes on the exchange (``exchange.limits``, written to the audit record) and into
``sovproxy_limit_checks_total{outcome,scope,limit}``.
"""

from __future__ import annotations

from typing import Any

from prometheus_client import CollectorRegistry, Counter

from proxy.errors import RateLimited
from proxy.exchange import Exchange
from proxy.fleet.limits import Demand, Limiter, Ticket, Verdict
from proxy.fleet.principals import Credential
from proxy.fleet.rate_headers import response_fields
from proxy.protocols.tokens import estimate_input_tokens

_OUTPUT_FIELDS = ("max_tokens", "max_completion_tokens", "max_output_tokens")
_NO_OUTPUT = frozenset({"embeddings", "messages.count_tokens"})


def estimate_tokens(exchange: Exchange, output_cap: int) -> int:
    """Input (estimated) plus the output the request may ask for (capped)."""
    if exchange.endpoint == "messages.count_tokens":
        return 0  # nothing is generated; counting is not spending
    body = exchange.body
    if isinstance(body.get("messages"), list):
        estimate = estimate_input_tokens(body)
    else:
        estimate = max(1, len(exchange.raw_body) // 4)
    if exchange.endpoint in _NO_OUTPUT:
        return estimate
    asked = next((v for f in _OUTPUT_FIELDS if isinstance(v := body.get(f), int)), None)
    return estimate + (min(asked, output_cap) if asked is not None and asked >= 0 else output_cap)


def used_tokens(exchange: Exchange) -> int | None:
    """Input plus output tokens the backend reported (``None``: no usage reported)."""
    usage = exchange.usage
    if not usage:
        return None
    get = usage.get
    inputs = get("input_tokens", get("prompt_tokens", 0)) or 0
    inputs += (get("cache_read_input_tokens", 0) or 0) + (
        get("cache_creation_input_tokens", 0) or 0
    )
    outputs = get("output_tokens", get("completion_tokens", 0)) or 0
    return max(0, inputs + outputs)


class Gate:
    """Admits requests against their key's, team's and tenant's limits."""

    def __init__(self, limiter: Limiter, output_cap: int, registry: CollectorRegistry | None):
        self.limiter = limiter
        self.output_cap = output_cap
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
        tokens = estimate_tokens(exchange, self.output_cap)
        verdict = await self.limiter.reserve(Demand(credential.scopes, tokens))
        fields = response_fields(verdict)
        exchange.limits = self._outcome(verdict, tokens)
        refused = verdict.refused
        if refused is None:
            self._allowed.inc()
            return verdict.ticket, fields
        self._checks.labels("refused", refused.scope.level, refused.dimension).inc()
        raise RateLimited(_message(verdict, tokens), headers=fields)

    def _outcome(self, verdict: Verdict, tokens: int) -> dict[str, Any]:
        refused = verdict.refused
        return {
            "outcome": "allowed" if refused is None else "refused",
            "state": self.limiter.state,
            "scope": refused.scope.level if refused else None,
            "limit": refused.dimension if refused else None,
            "retry_after_s": _round(verdict.retry_after_s),
            "reserved_tokens": tokens,
            "tokens": None,
        }

    async def settle(self, ticket: Ticket | None, exchange: Exchange) -> None:
        """After the answer (or the failure): count the real tokens, free the slot."""
        if ticket is None:
            return
        used = used_tokens(exchange)
        if used is None and not exchange.attempts:
            used = 0  # refused or failed before any backend was asked
        try:
            if used is not None:
                await self.limiter.reconcile(ticket, used)
        finally:
            await self.limiter.release(ticket)
        if exchange.limits is not None:
            exchange.limits["tokens"] = ticket.tokens


def _round(seconds: float | None) -> float | None:
    return None if seconds is None else round(seconds, 3)


def _message(verdict: Verdict, tokens: int) -> str:
    refused = verdict.refused
    assert refused is not None
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
