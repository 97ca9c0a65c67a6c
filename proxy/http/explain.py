"""``POST /sovproxy/v1/explain``: what would happen to a request — nothing is sent (DESIGN §6).

For a ``redact_then_route`` decision the request is pseudonymised by the pipeline's own redact
stage (same pseudonymisation, same classification of what is left, same confirmation on the same
policy snapshot) and the result says what the backend would receive: the pseudonymised texts and
body, the count per finding type, and what was left. The pseudonyms are the deployment's (its
``redaction.key``); the mapping back to the values is never shown.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import orjson
from aiohttp import web
from multidict import CIMultiDict

from proxy.backends.model import BackendInfo
from proxy.classify.taxonomy import Classification
from proxy.errors import BadRequest, NotFound
from proxy.exchange import Decision, Exchange
from proxy.http.adapt import supports
from proxy.http.parse import ENDPOINTS, build_exchange, new_request_id, parse_json
from proxy.telemetry.audit_record import hop_record


def explain_request(
    body: Mapping[str, Any], services: Any, principal: Any, key_note: str | None = None
) -> dict[str, Any]:
    """Classify and decide a would-be request; report the trace and where it would go.

    ``services`` needs ``classifier``, ``policy``, ``infos`` and ``redaction_key`` (and
    ``settings`` unless ``key_note`` says whose pseudonymisation key is used).
    """
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
    stage = _RedactStage(exchange, services)
    result: dict[str, Any] = services.policy.explain(exchange, services.infos, stage)
    if stage.decided is not None:
        result["redaction"] = stage.report(result["decision"], key_note or _key_note(services))
    result["would_send_to"] = _destinations(exchange, result, services.infos)
    return result


def _key_note(services: Any) -> str:
    """Whose pseudonyms these are (a proxy's, keyed by its setting or its process)."""
    key = services.settings.redaction.key
    if key is not None:
        return "redaction.key: the pseudonyms are the ones this deployment sends"
    return "no redaction.key: a random key of this process (pseudonyms change on restart)"


class _RedactStage:
    """The pipeline's redact stage, remembering what it saw for the report."""

    def __init__(self, exchange: Exchange, services: Any) -> None:
        self.exchange, self.services = exchange, services
        self.decided: Decision | None = None
        self.left: Classification | None = None

    def __call__(self, decided: Decision) -> Classification:
        from proxy.pipeline import redact_stage

        self.decided = decided
        self.left = redact_stage(self.exchange, self.services, decided)
        return self.left

    def report(self, decision: Mapping[str, Any], key_note: str) -> dict[str, Any]:
        """What the redaction did: the texts and body as sent, counts per type, what was left."""
        assert self.decided is not None and self.decided.route_as is not None
        redaction = self.exchange.redaction
        out: dict[str, Any] = {
            "rule": self.decided.rule,
            "redact": list(self.decided.redact),
            "route_as": self.decided.route_as.label,
            "confirmed": decision.get("action") == "redact_then_route",
            "sent_level": decision.get("sent_level"),
            "reason": decision.get("reason"),
            "key": key_note,
        }
        if redaction is None:  # refused before anything was pseudonymised (nothing to show)
            return out
        out["counts"] = dict(sorted(redaction.counts().items()))
        out["pseudonyms"] = [item.pseudonym for item in redaction.issued]
        out["replaced"] = redaction.replaced
        out["texts"] = [{"part": p.part, "text": p.text} for p in self.exchange.texts]
        out["body"] = redaction.body
        if self.left is not None:
            out["left"] = {
                "level": self.left.level.label,
                "findings": [
                    {
                        "type": f.type,
                        "subtype": f.subtype,
                        "part": f.part,
                        "start": f.start,
                        "end": f.end,
                    }
                    for f in self.left.findings
                ],
            }
        return out


def _destinations(
    exchange: Exchange, result: Mapping[str, Any], infos: Mapping[str, BackendInfo]
) -> list[dict[str, Any]]:
    """Where the request would go, in order, with each pipe's hops (as the pipeline filters)."""
    decision = result.get("decision", {})
    if decision.get("action") not in ("route", "redact_then_route"):
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


async def read_explain_body(request: web.Request, limit: int) -> tuple[dict[str, Any], int]:
    """The explain request's own JSON body, parsed as strictly as a proxied one (``strict_json``),
    and its size in bytes.

    A duplicate key in the would-be body is refused here with its path (``body.messages``), before
    the body is re-serialised for ``build_exchange``; explain never reports on a body the proxy
    would refuse.
    """
    from proxy.http.parse import read_body

    raw = await read_body(request, limit)
    return parse_json(raw), len(raw)
