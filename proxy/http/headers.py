"""Response headers: what passes through from the backend, and what sovproxy adds (DESIGN §6)."""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from proxy.backends.model import BackendInfo
from proxy.exchange import Exchange

_PASS = frozenset(
    {
        "x-request-id",
        "request-id",
        "retry-after",
        "retry-after-ms",
        "openai-processing-ms",
        "openai-version",
    }
)
_PASS_PREFIXES = ("x-ratelimit-", "anthropic-ratelimit-")


def passthrough(upstream: Iterable[tuple[str, str]]) -> dict[str, str]:
    """The upstream headers SDK users rely on (request ids, rate limits, retry hints)."""
    out: dict[str, str] = {}
    for name, value in upstream:
        lower = name.lower()
        if lower in _PASS or lower.startswith(_PASS_PREFIXES):
            out[lower] = value
    return out


def sovproxy_headers(exchange: Exchange, info: BackendInfo | None) -> dict[str, str]:
    """``x-request-id`` and the ``x-sovproxy-*`` decision headers."""
    out = {"x-request-id": exchange.request_id, "x-sovproxy-request-id": exchange.request_id}
    if exchange.client_protocol == "anthropic":
        out["request-id"] = exchange.request_id
    if exchange.decision is not None:
        out["x-sovproxy-level"] = exchange.decision.level.label
        if exchange.decision.rule:
            out["x-sovproxy-rule"] = exchange.decision.rule
    if exchange.redaction is not None:  # distinct values pseudonymised, never which
        out["x-sovproxy-redacted"] = str(len(exchange.redaction.issued))
    if info is not None:
        out["x-sovproxy-backend"] = info.name
        out["x-sovproxy-tier"] = info.facts.tier
        out["x-sovproxy-jurisdictions"] = ",".join(sorted(info.facts.jurisdictions))
        out["x-sovproxy-us-reachable"] = "true" if info.facts.us_reachable else "false"
    return out


def merge(upstream: Mapping[str, str], ours: Mapping[str, str]) -> dict[str, str]:
    """The upstream's ``x-request-id``/``request-id`` pass through (SDK users rely on them; ours
    stays in ``x-sovproxy-request-id``); our ``x-sovproxy-*`` headers always win."""
    out = dict(ours)
    out.update(upstream)
    for name, value in ours.items():
        if name.startswith("x-sovproxy-"):
            out[name] = value
    return out
