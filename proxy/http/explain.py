"""``POST /sovproxy/v1/explain``: what would happen to a request — nothing is sent (DESIGN §6)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import orjson
from aiohttp import web
from multidict import CIMultiDict

from proxy.backends.model import BackendInfo
from proxy.errors import BadRequest, NotFound
from proxy.exchange import Exchange
from proxy.http.adapt import supports
from proxy.http.parse import ENDPOINTS, build_exchange, new_request_id, parse_json
from proxy.telemetry.audit_record import hop_record


def explain_request(body: Mapping[str, Any], services: Any, principal: Any) -> dict[str, Any]:
    """Classify and decide a would-be request; report the trace and where it would go."""
    path = body.get("path", "/v1/chat/completions")
    endpoint = ENDPOINTS.get(str(path))
    if endpoint is None:
        raise BadRequest(f"unknown path {path!r}", param="path")
    raw_headers = body.get("headers") or {}
    if not isinstance(raw_headers, dict) or not all(
        isinstance(v, str) for v in raw_headers.values()
    ):
        raise BadRequest("headers must be an object of strings", param="headers")
    headers = CIMultiDict(raw_headers)  # header names are case-insensitive, as on the wire
    inner = body.get("body")
    if not isinstance(inner, dict):
        raise BadRequest("body must be the JSON object of the would-be request", param="body")
    raw = orjson.dumps(inner)
    exchange = build_exchange(new_request_id(), str(path), endpoint, raw, headers, principal)
    from proxy.pipeline import classify

    classify(exchange, services)
    if not any(info.serves(exchange.model) for info in services.infos.values()):
        raise NotFound(f"The model '{exchange.model}' does not exist", param="model")
    result: dict[str, Any] = services.policy.explain(exchange, services.infos)
    result["would_send_to"] = _destinations(exchange, result, services.infos)
    return result


def _destinations(
    exchange: Exchange, result: Mapping[str, Any], infos: Mapping[str, BackendInfo]
) -> list[dict[str, Any]]:
    """Where the request would go, in order, with each pipe's hops (as the pipeline filters)."""
    decision = result.get("decision", {})
    if decision.get("action") != "route":
        return []
    return [
        {
            "backend": name,
            "model": infos[name].concrete_model(exchange.model),
            "tier": infos[name].facts.tier,
            "jurisdictions": sorted(infos[name].facts.jurisdictions),
            "us_reachable": infos[name].facts.us_reachable,
            "hops": [hop_record(i, hop) for i, hop in enumerate(infos[name].hops)],
        }
        for name in decision.get("candidates", [])
        if supports(exchange.endpoint, infos[name].protocol)
    ]


async def read_explain_body(request: web.Request, limit: int) -> dict[str, Any]:
    """The explain request's own JSON body, parsed as strictly as a proxied one (``strict_json``).

    A duplicate key in the would-be body is refused here with its path (``body.messages``), before
    the body is re-serialised for ``build_exchange``; explain never reports on a body the proxy
    would refuse.
    """
    from proxy.http.parse import read_body

    return parse_json(await read_body(request, limit))
