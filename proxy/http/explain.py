"""``POST /sovproxy/v1/explain``: what would happen to a request — nothing is sent (DESIGN §6)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import orjson
from aiohttp import web

from proxy.backends.model import BackendInfo
from proxy.errors import BadRequest, NotFound
from proxy.exchange import Exchange
from proxy.http.parse import ENDPOINTS, build_exchange, new_request_id, parse_json


def explain_request(body: Mapping[str, Any], services: Any, principal: Any) -> dict[str, Any]:
    """Classify and decide a would-be request; report the trace and where it would go."""
    path = body.get("path", "/v1/chat/completions")
    endpoint = ENDPOINTS.get(str(path))
    if endpoint is None:
        raise BadRequest(f"unknown path {path!r}", param="path")
    headers = body.get("headers") or {}
    if not isinstance(headers, dict):
        raise BadRequest("headers must be an object", param="headers")
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
    decision = result.get("decision", {})
    if decision.get("action") != "route":
        return []
    out = []
    for name in decision.get("candidates", []):
        info = infos[name]
        out.append(
            {
                "backend": name,
                "model": info.concrete_model(exchange.model),
                "tier": info.facts.tier,
                "jurisdictions": sorted(info.facts.jurisdictions),
                "us_reachable": info.facts.us_reachable,
                "hops": [
                    {
                        "index": i,
                        "role": h.role,
                        "operator": h.operator,
                        "operator_hq": h.operator_hq,
                        "location": h.location,
                    }
                    for i, h in enumerate(info.hops)
                ],
            }
        )
    return out


async def read_explain_body(request: web.Request, limit: int) -> dict[str, Any]:
    """The explain request's own JSON body."""
    from proxy.http.parse import read_body

    return parse_json(await read_body(request, limit))
