"""The policy engine: classification + request facts + policy → ``Decision`` (DESIGN §5, §8).

Pure: no I/O, no clock, no logging. The order is fixed:

1. classifier error → ``on_classifier_error`` (deny, or continue as ``restricted``);
2. effective level = max(classifier level, client label, ``spec.levels`` overrides of the finding
   types present, ``unscannable_as`` when something could not be scanned) — a label only raises;
3. guardrails, all evaluated, any enforced match denies (deny-overrides, order-independent);
4. rules by priority, the first enforced match decides; ``dry_run`` matches are only recorded;
5. no match → ``default`` (deny, rule ``default``, reason ``no_matching_rule``).

A ``route`` draws its candidates from the rule's precompiled list for the effective level (already
inside the level's ceiling), keeps those configured here, serving ``facts.model`` and not in
``unavailable``; none left → deny ``no_allowed_backend``. Any exception → deny ``policy_error``.

``redact_then_route`` draws its candidates from the list for ``route_as`` instead, and is only a
promise: ``apply_redaction`` pseudonymises the request (through the caller's ``redact``), takes
the level of what is left (with the same label, overrides and unscannable floor) and keeps the
decision only when that level is at most ``route_as``; the candidates are then also cut to that
level's ceiling. Anything else denies: no redaction stage (``redaction_unavailable``), a value that
survives pseudonymisation (``redaction_incomplete``), a failure (``redaction_error``), or more than
``route_as`` left (``redaction_insufficient``).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Set
from dataclasses import dataclass, replace

from proxy.backends.model import BackendInfo
from proxy.classify.taxonomy import FINDING_TYPES, Classification, Level
from proxy.exchange import Decision, RuleTrace
from proxy.policy.schema import Context, Policy, Rule
from proxy.redact.request import RedactionIncomplete

__all__ = ["RequestFacts", "apply_redaction", "build_context", "decide", "effective_level"]

#: Pseudonymises the request for a ``redact_then_route`` decision; returns the classification of
#: what is left. Raises ``RedactionIncomplete`` when a value survives.
Redact = Callable[[Decision], Classification]

#: Reason codes the engine itself produces (rules and guardrails bring their own).
NO_MATCHING_RULE = "no_matching_rule"
NO_ALLOWED_BACKEND = "no_allowed_backend"
REDACTION_UNAVAILABLE = "redaction_unavailable"
REDACTION_INCOMPLETE = "redaction_incomplete"
REDACTION_INSUFFICIENT = "redaction_insufficient"
REDACTION_ERROR = "redaction_error"
POLICY_ERROR = "policy_error"
CLASSIFIER_ERROR = "classifier_error"
DEFAULT_RULE = "default"


@dataclass(frozen=True)
class RequestFacts:
    """What the engine knows about a request besides its content."""

    tenant: str
    team: str | None
    model: str
    endpoint: str
    label: Level | None = None


def decide(
    classification: Classification,
    facts: RequestFacts,
    policy: Policy,
    backends: Mapping[str, BackendInfo],
    *,
    unavailable: Set[str] = frozenset(),
) -> Decision:
    """Decide where (if anywhere) this request may go; never raises, fails closed.

    ``unavailable`` names backends known to be down (circuit open); they are left out of the
    candidates, and when nothing is left the decision is a deny.
    """
    try:
        return _decide(classification, facts, policy, backends, unavailable)
    except Exception as exc:  # fail closed: any bug here must deny, never pass through
        return Decision(
            action="deny",
            level=Level.RESTRICTED,
            rule=None,
            reason=POLICY_ERROR,
            trace=(RuleTrace(POLICY_ERROR, True, type(exc).__name__),),
            policy_name=policy.name,
            policy_version=policy.version,
            policy_sha256=policy.sha256,
        )


def effective_level(classification: Classification, label: Level | None, policy: Policy) -> Level:
    """max(classifier level, label, policy overrides, unscannable floor, error floor)."""
    level = classification.level
    if label is not None and label > level:
        level = label
    if policy.level_overrides and classification.findings:
        types = classification.finding_types()
        for name, raised in policy.level_overrides:
            if raised > level and name in types:
                level = raised
    if classification.unscannable and policy.unscannable_as > level:
        level = policy.unscannable_as
    if classification.error is not None:
        level = Level.RESTRICTED
    return level


def build_context(classification: Classification, facts: RequestFacts, policy: Policy) -> Context:
    """Everything conditions look at, computed once per request."""
    types: set[str] = set()
    subkeys: set[str] = set()
    for finding in classification.findings:
        types.add(finding.type)
        if finding.subtype:
            subkeys.add(f"{finding.type}.{finding.subtype}")
    known = frozenset(types & FINDING_TYPES) if types else frozenset()
    return Context(
        level=effective_level(classification, facts.label, policy),
        types=known,
        subkeys=frozenset(subkeys),
        unknown=frozenset(types - known),
        unscannable=bool(classification.unscannable),
        tenant=facts.tenant,
        team=facts.team,
        model=facts.model,
        endpoint=facts.endpoint,
    )


def _decide(
    classification: Classification,
    facts: RequestFacts,
    policy: Policy,
    backends: Mapping[str, BackendInfo],
    unavailable: Set[str],
) -> Decision:
    stamp = _Stamp(policy)
    if classification.error is not None and policy.on_classifier_error == "deny":
        return stamp.deny(Level.RESTRICTED, None, CLASSIFIER_ERROR, ())
    ctx = build_context(classification, facts, policy)
    dry: list[str] = []
    trace: list[RuleTrace] = []
    denied_by = None
    for guard in policy.guardrails:
        if guard.matches(ctx):
            trace.append(RuleTrace(guard.id, True, "guardrail matched", guard.dry_run))
            if guard.dry_run:
                dry.append(guard.id)
            elif denied_by is None:
                denied_by = guard
    if denied_by is not None:
        return stamp.deny(ctx.level, denied_by.id, denied_by.reason, trace, dry)
    for rule in policy.rules:
        if rule.matches(ctx):
            trace.append(RuleTrace(rule.id, True, "rule matched", rule.dry_run))
            if not rule.dry_run:
                return _apply(rule, ctx, facts, backends, unavailable, stamp, trace, dry)
            dry.append(rule.id)
    trace.append(RuleTrace(DEFAULT_RULE, True, "no rule matched; default deny"))
    return stamp.deny(ctx.level, DEFAULT_RULE, NO_MATCHING_RULE, trace, dry)


def _apply(
    rule: Rule,
    ctx: Context,
    facts: RequestFacts,
    backends: Mapping[str, BackendInfo],
    unavailable: Set[str],
    stamp: _Stamp,
    trace: list[RuleTrace],
    dry: list[str],
) -> Decision:
    """Turn the deciding rule into a decision for this request."""
    if rule.action == "deny":
        return stamp.deny(ctx.level, rule.id, rule.reason or "denied_by_rule", trace, dry)
    target = rule.route_as if rule.action == "redact_then_route" else ctx.level
    assert target is not None
    ceiling = stamp.policy.ceilings[target]  # checked again: defence in depth
    candidates = []
    for name in rule.candidates[target]:
        backend = backends.get(name)
        if (
            backend is not None
            and name in ceiling
            and name not in unavailable
            and backend.serves(facts.model)
        ):
            candidates.append(name)
    if not candidates:
        return stamp.deny(ctx.level, rule.id, NO_ALLOWED_BACKEND, trace, dry)
    return Decision(
        action="route" if rule.action == "route" else "redact_then_route",
        level=ctx.level,
        rule=rule.id,
        candidates=tuple(candidates),
        redact=rule.redact if rule.action == "redact_then_route" else (),
        route_as=rule.route_as if rule.action == "redact_then_route" else None,
        dry_run_matches=tuple(dry),
        trace=tuple(trace),
        policy_name=stamp.policy.name,
        policy_version=stamp.policy.version,
        policy_sha256=stamp.policy.sha256,
    )


def apply_redaction(
    decision: Decision, facts: RequestFacts, policy: Policy, redact: Redact | None
) -> Decision:
    """Keep a ``redact_then_route`` decision only if what is left after pseudonymisation is at
    most ``route_as`` (module docstring); never raises. Other decisions pass unchanged."""
    if decision.action != "redact_then_route":
        return decision
    trace = list(decision.trace)

    def deny(reason: str) -> Decision:
        dry = list(decision.dry_run_matches)
        return _Stamp(policy).deny(decision.level, decision.rule, reason, trace, dry)

    if redact is None or decision.route_as is None:
        return deny(REDACTION_UNAVAILABLE)
    try:
        left = redact(decision)
        level = effective_level(left, facts.label, policy)
    except RedactionIncomplete:
        return deny(REDACTION_INCOMPLETE)
    except Exception as exc:  # fail closed: a redaction bug must never send the original
        trace.append(RuleTrace(REDACTION_ERROR, True, type(exc).__name__))
        return deny(REDACTION_ERROR)
    if level > decision.route_as:
        why = (
            f"after pseudonymisation the request is {level.label}, above {decision.route_as.label}"
        )
        trace.append(RuleTrace(decision.rule or "", False, why))
        return deny(REDACTION_INSUFFICIENT)
    ceiling = policy.ceilings[level]
    candidates = tuple(name for name in decision.candidates if name in ceiling)
    if not candidates:
        return deny(NO_ALLOWED_BACKEND)
    return replace(decision, candidates=candidates, sent_level=level)


@dataclass(frozen=True, slots=True)
class _Stamp:
    """Builds denials carrying the policy's identity."""

    policy: Policy

    def deny(
        self,
        level: Level,
        rule: str | None,
        reason: str,
        trace: list[RuleTrace] | tuple[RuleTrace, ...],
        dry: list[str] | None = None,
    ) -> Decision:
        """A deny at ``level`` by ``rule`` (``None``: no rule decided) for ``reason``."""
        return Decision(
            action="deny",
            level=level,
            rule=rule,
            reason=reason,
            dry_run_matches=tuple(dry or ()),
            trace=tuple(trace),
            policy_name=self.policy.name,
            policy_version=self.policy.version,
            policy_sha256=self.policy.sha256,
        )
