"""The audit record of one decision (DESIGN §7): facts about the pipe, never the content.

``build_record`` is pure: it reads an ``Exchange`` and the backend facts and returns a plain dict
ready for ``AuditLog.write``. It never reads the request body, the scanned texts, the headers or
any credential; the client is identified by tenant, team and key *id* only. Free-text fields that
other stages fill (``Attempt.error``, ``Classification.error``) are reduced to a leading code
(``"upstream_timeout: ..."`` → ``"upstream_timeout"``) because an upstream error message can echo
the prompt. The model name is the one piece of the request body kept, cut to 128 characters.

Record fields (schema version ``v`` = 1)::

    v, ts?, request_id, endpoint, tenant, team, key_id, model, response_model, stream,
    level, label, findings {type: count}, unscannable (count), classifier_error,
    policy {name, version, sha256}, action, rule, reason, candidates, dry_run_matches,
    backend, tier, jurisdictions, us_reachable, cn_reachable,
    hops [{index, role, operator, operator_hq, parent_hq, location, unverified}],
    attempts [{backend, status, error, connect_ms, first_byte_ms, total_ms, retry_of}],
    fallbacks (backends tried other than the final one, in order), status,
    error (the reason code of a refusal or failure: ``invalid_api_key``, ``model_not_found``…),
    events_delivered (streams: events written to the client),
    timings_ms {stage: ms} (a ``_s`` suffix of the Exchange's timing keys is dropped: the
    values are milliseconds here), usage {name: int} (the backend's own token counts),
    redaction (``redact_then_route`` only, else null): {route_as, sent_level, redacted {type:
    distinct values}, replaced (occurrences), restored {type: n}, unrestored {type: n}} — counts,
    never values, never pseudonyms,
    end_user (the opaque id of ``x-sovproxy-end-user``, else null),
    limits (a limited key only, else null): {outcome (allowed | refused | fail_open |
    fail_closed — the last two: Redis did not answer, ``state.on_unavailable`` applied), state
    (memory | redis), scope and limit that refused, retry_after_s, reserved_tokens, tokens
    (counted once settled); with budgets also reserved_cost_eur, cost_eur and tier_budget (null,
    or the candidates a spent tier budget removed: {removed [backend], tiers [{tier, scope,
    limit, retry_after_s}]})}

A request refused before it was parsed (401, 400, 413) has ``decision`` fields null, the tenant
``unauthenticated`` for a wrong key, and the model only when the body was JSON naming one.

``AuditLog.write`` adds ``seq``, ``ts`` (when absent), ``prev_hash`` and ``hash``.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Mapping
from typing import Any

from proxy.backends.model import BackendInfo, Hop
from proxy.classify.taxonomy import Level
from proxy.exchange import Attempt, Exchange

SCHEMA_VERSION = 1

_CODE = re.compile(r"[A-Za-z][A-Za-z0-9_.\-]{0,63}")
_MODEL_MAX = 128
_HIDDEN = frozenset({"Cc", "Cf", "Zl", "Zp", "Co", "Cs", "Cn"})


def _name(model: str) -> str:
    """A model name as recorded: at most 128 characters, control and format characters (escape
    sequences a terminal would run, bidi overrides) as U+FFFD; clients and upstreams choose it."""
    model = model[:_MODEL_MAX]
    if model.isprintable():
        return model
    return "".join(
        c if c == " " or unicodedata.category(c) not in _HIDDEN else "\ufffd" for c in model
    )


def error_code(error: str | None) -> str | None:
    """Reduce a free-text error to its leading code, or ``"error"`` when it does not start with one.

    ``"upstream_timeout: read after 60 s"`` → ``"upstream_timeout"``; anything that is not an
    identifier-like word before the first ``:`` (or the end) becomes ``"error"``, so no message text
    — which may quote request content — reaches the log.
    """
    if error is None:
        return None
    head = error.split(":", 1)[0].strip()
    return head if _CODE.fullmatch(head) else "error"


def _ms(seconds: float | None) -> float | None:
    return None if seconds is None else round(seconds * 1000.0, 3)


def hop_record(index: int, hop: Hop) -> dict[str, Any]:
    """One hop as recorded evidence (audit line, explain output)."""
    return {
        "index": index,
        "role": hop.role,
        "operator": hop.operator,
        "operator_hq": hop.operator_hq,
        "parent_hq": hop.parent_hq,
        "location": hop.location,
        "unverified": hop.unverified,
    }


def _attempt(attempt: Attempt) -> dict[str, Any]:
    return {
        "backend": attempt.backend,
        "status": attempt.status,
        "error": error_code(attempt.error),
        "connect_ms": _ms(attempt.connect_s),
        "first_byte_ms": _ms(attempt.first_byte_s),
        "total_ms": _ms(attempt.total_s),
        "retry_of": attempt.retry_of,
    }


def final_backend(exchange: Exchange) -> str | None:
    """The backend that served the request, else the last one tried, else ``None``."""
    if exchange.backend is not None:
        return exchange.backend
    return exchange.attempts[-1].backend if exchange.attempts else None


def fallbacks_tried(exchange: Exchange) -> list[str]:
    """Backends attempted other than the final one, each once, in the order first tried."""
    final = final_backend(exchange)
    seen: list[str] = []
    for attempt in exchange.attempts:
        if attempt.backend != final and attempt.backend not in seen:
            seen.append(attempt.backend)
    return seen


def _pipe(name: str | None, backends: Mapping[str, BackendInfo], self_hop: Hop) -> dict[str, Any]:
    """Hops and derived facts of the final backend; hop 0 is the proxy itself."""
    info = backends.get(name) if name is not None else None
    if info is None:
        return {
            "tier": None,
            "jurisdictions": None,
            "us_reachable": None,
            "cn_reachable": None,
            "hops": [hop_record(0, self_hop)],
        }
    hops = info.hops if info.hops and info.hops[0] == self_hop else (self_hop, *info.hops)
    return {
        "tier": info.facts.tier,
        "jurisdictions": sorted(info.facts.jurisdictions),
        "us_reachable": info.facts.us_reachable,
        "cn_reachable": info.facts.cn_reachable,
        "hops": [hop_record(index, hop) for index, hop in enumerate(hops)],
    }


def _classification(exchange: Exchange) -> dict[str, Any]:
    found = exchange.classification
    decision = exchange.decision
    level = found.level if found is not None else (decision.level if decision else None)
    return {
        "level": level.label if level is not None else None,
        "label": exchange.label.label if exchange.label is not None else None,
        "findings": dict(sorted(found.counts().items())) if found is not None else {},
        "unscannable": len(found.unscannable if found is not None else exchange.unscannable),
        "classifier_error": error_code(found.error) if found is not None else None,
    }


def _decision(exchange: Exchange) -> dict[str, Any]:
    decision = exchange.decision
    if decision is None:
        return {
            "policy": None,
            "action": None,
            "rule": None,
            "reason": None,
            "candidates": [],
            "dry_run_matches": [],
        }
    return {
        "policy": {
            "name": decision.policy_name,
            "version": decision.policy_version,
            "sha256": decision.policy_sha256,
        },
        "action": decision.action,
        "rule": decision.rule,
        "reason": decision.reason,
        "candidates": list(decision.candidates),
        "dry_run_matches": list(decision.dry_run_matches),
    }


def build_record(
    exchange: Exchange,
    backends: Mapping[str, BackendInfo],
    self_hop: Hop,
    *,
    ts: float | None = None,
    error: str | None = None,
) -> dict[str, Any]:
    """The audit record of ``exchange``'s decision: ids, level, counts, policy, pipe, outcome.

    Pure (no clock read): pass ``ts`` (Unix seconds) to fix the time, or leave it out and
    ``AuditLog.write`` stamps the record when it is written. ``backends`` maps names to the facts
    the policy engine saw; a backend missing from it is recorded with hop 0 only and null facts.
    """
    principal = exchange.principal
    final = final_backend(exchange)
    record: dict[str, Any] = {"v": SCHEMA_VERSION}
    if ts is not None:
        record["ts"] = ts
    record |= {
        "request_id": exchange.request_id,
        "endpoint": exchange.endpoint,
        "tenant": principal.tenant,
        "team": principal.team,
        "key_id": principal.key_id,
        "end_user": principal.end_user,
        "model": _name(exchange.model),
        "response_model": _name(exchange.response_model or "") or None,
        "stream": exchange.stream,
        **_classification(exchange),
        **_decision(exchange),
        "backend": final,
        **_pipe(final, backends, self_hop),
        "attempts": [_attempt(attempt) for attempt in exchange.attempts],
        "fallbacks": fallbacks_tried(exchange),
        "status": exchange.status,
        "error": error_code(error),
        "events_delivered": exchange.events_delivered if exchange.stream else None,
        "timings_ms": {
            key.removesuffix("_s"): _ms(value) for key, value in sorted(exchange.timings.items())
        },
        "usage": {key: value for key, value in sorted(exchange.usage.items())},
        "redaction": redaction_summary(exchange),
        "limits": exchange.limits,
    }
    return record


def redaction_summary(exchange: Exchange) -> dict[str, Any] | None:
    """What pseudonymisation did to this request and its answer, as counts (null: none)."""
    redaction, decision = exchange.redaction, exchange.decision
    if redaction is None:
        return None
    restorer = exchange.restorer
    return {
        "route_as": _label(decision.route_as if decision else None),
        "sent_level": _label(decision.sent_level if decision else None),
        "redacted": dict(sorted(redaction.counts().items())),
        "replaced": redaction.replaced,
        "restored": dict(sorted(restorer.restored.items())) if restorer else {},
        "unrestored": dict(sorted(restorer.unrestored.items())) if restorer else {},
    }


def _label(level: Level | None) -> str | None:
    return level.label if level is not None else None  # ``public`` is 0: test for None
