"""Explain a decision: every guardrail and rule considered, and why each matched or not.

``decide`` keeps its trace short (what matched) to stay fast; ``explain`` re-walks the policy with
the same ``Context`` and spells out, per guardrail and rule, the first condition that failed with
the value the request had. A ``redact_then_route`` decision is confirmed exactly as the pipeline
confirms it (``apply_redaction`` through the caller's ``redact``), so the decision shown is the one
the request would get. The result is JSON-able and holds no request content — finding types and
offsets only; the caller adds the pseudonymised texts when it wants them shown.
"""

from __future__ import annotations

from collections.abc import Mapping, Set
from typing import Any

from proxy.backends.model import BackendInfo
from proxy.classify.taxonomy import Classification
from proxy.exchange import Decision
from proxy.policy.engine import Redact, RequestFacts, apply_redaction, build_context, decide
from proxy.policy.schema import Condition, Context, Guardrail, Policy, Rule

__all__ = ["decision_to_dict", "explain"]


def decision_to_dict(decision: Decision) -> dict[str, Any]:
    """A ``Decision`` as JSON-able data (levels by name)."""
    return {
        "action": decision.action,
        "level": decision.level.label,
        "rule": decision.rule,
        "reason": decision.reason,
        "candidates": list(decision.candidates),
        "dry_run_matches": list(decision.dry_run_matches),
        "redact": list(decision.redact),
        "route_as": decision.route_as.label if decision.route_as is not None else None,
        "sent_level": decision.sent_level.label if decision.sent_level is not None else None,
        "trace": [
            {"rule": t.rule, "matched": t.matched, "why": t.why, "dry_run": t.dry_run}
            for t in decision.trace
        ],
        "policy": {
            "name": decision.policy_name,
            "version": decision.policy_version,
            "sha256": decision.policy_sha256,
        },
    }


def explain(
    classification: Classification,
    facts: RequestFacts,
    policy: Policy,
    backends: Mapping[str, BackendInfo],
    *,
    unavailable: Set[str] = frozenset(),
    redact: Redact | None = None,
) -> dict[str, Any]:
    """The decision plus classification, effective level, and a verdict for every check.

    ``redact`` is the redact stage (as for ``apply_redaction``): a ``redact_then_route`` decision
    is shown once confirmed or denied by it (without one it is denied ``redaction_unavailable``,
    as the pipeline would).
    """
    decided = decide(classification, facts, policy, backends, unavailable=unavailable)
    decision = apply_redaction(decided, facts, policy, redact)
    ctx = build_context(classification, facts, policy)
    return {
        "request": {
            "tenant": facts.tenant,
            "team": facts.team,
            "model": facts.model,
            "endpoint": facts.endpoint,
            "label": facts.label.label if facts.label is not None else None,
        },
        "classification": _classification(classification),
        "effective_level": decision.level.label,
        "guardrails": [_guardrail(g, ctx) for g in policy.guardrails],
        "rules": _rules(policy, ctx, decision),
        "ceiling": sorted(policy.ceilings[decision.level]),
        "pools": {
            pool.name: {"selector": pool.selector.describe(), "members": list(pool.members)}
            for pool in policy.pools
        },
        "decision": decision_to_dict(decision),
    }


def _classification(classification: Classification) -> dict[str, Any]:
    return {
        "level": classification.level.label,
        "findings": [
            {"type": f.type, "subtype": f.subtype, "part": f.part, "start": f.start, "end": f.end}
            for f in classification.findings
        ],
        "unscannable": list(classification.unscannable),
        "error": classification.error,
    }


def _guardrail(guard: Guardrail, ctx: Context) -> dict[str, Any]:
    return {
        "id": guard.id,
        "matched": guard.matches(ctx),
        "dry_run": guard.dry_run,
        "why": _why(guard.when, guard.unless, ctx),
        "reason": guard.reason,
    }


def _rules(policy: Policy, ctx: Context, decision: Decision) -> list[dict[str, Any]]:
    """Every rule's verdict; ``evaluated`` is false for rules the engine never reached."""
    guard_ids = {guard.id for guard in policy.guardrails}
    decided = decision.reason == "classifier_error" or decision.rule in guard_ids
    out: list[dict[str, Any]] = []
    for rule in policy.rules:
        entry = _rule(rule, ctx)
        entry["evaluated"] = not decided
        decided = decided or (rule.id == decision.rule and entry["matched"] and not rule.dry_run)
        out.append(entry)
    return out


def _rule(rule: Rule, ctx: Context) -> dict[str, Any]:
    return {
        "id": rule.id,
        "priority": rule.priority,
        "action": rule.action,
        "matched": rule.matches(ctx),
        "dry_run": rule.dry_run,
        "why": _why(rule.when, rule.unless, ctx),
        "candidates": list(rule.candidates[ctx.level]),
    }


def _why(when: Condition, unless: Condition | None, ctx: Context) -> str:
    failed = when.failing(ctx)
    if failed is not None:
        return "when." + _describe(failed, when, ctx)
    if unless is not None and unless.failing(ctx) is None:
        return "unless held: every unless condition matched the request"
    return "matched"


def _describe(key: str, cond: Condition, ctx: Context) -> str:
    """Say which value of the request failed ``key`` of ``cond``."""
    if key == "level":
        wanted = sorted(cond.possible_levels())
        return f"level: {ctx.level.label} not in [{', '.join(x.label for x in wanted)}]"
    if key == "findings.any":
        assert cond.any_ is not None
        return f"findings.any: none of {list(cond.any_.patterns)} present"
    if key == "findings.all":
        missing = [g.patterns[0] for g in cond.all_ if not g.hit(ctx)]
        return f"findings.all: missing {missing}"
    if key == "findings.none":
        assert cond.none is not None
        return f"findings.none: one of {list(cond.none.patterns)} present"
    if key == "unscannable":
        return f"unscannable: request is {'' if ctx.unscannable else 'not '}unscannable"
    names = {"tenant.in": cond.tenant, "team.in": cond.team, "model.in": cond.model}
    names["endpoint.in"] = cond.endpoint
    value = {"tenant.in": ctx.tenant, "team.in": ctx.team, "model.in": ctx.model}
    value["endpoint.in"] = ctx.endpoint
    allowed = names[key]
    return f"{key}: {value[key]!r} not in {allowed.listing() if allowed else []}"
