"""The pure engine, as tables: classification + request facts + policy → decision."""

from __future__ import annotations

import json
from collections.abc import Iterator, Mapping
from pathlib import Path

import pytest

from proxy.backends.model import BackendInfo
from proxy.classify.taxonomy import Classification, Finding, Level
from proxy.exchange import Decision
from proxy.policy.engine import RequestFacts, decide, effective_level
from proxy.policy.explain import decision_to_dict, explain
from proxy.policy.loader import parse_policy
from proxy.policy.schema import Policy

POLICY = """\
apiVersion: sovproxy.dev/v1
kind: RoutingPolicy
metadata: {name: engine-test, version: "7", owner: tests}
spec:
  on_classifier_error: deny
  levels: {pii.ip_address: confidential}
  pools:
    local: {tier: self_hosted}
    eu: {tier: eu_only}
    us: {us_reachable: true}
  allowed_pools:
    public: [local, eu, us]
    internal: [local, eu, us]
    confidential: [local, eu]
    restricted: [local]
  guardrails:
    - id: G-secrets
      when: {findings.any: ["secret.*"]}
      reason: credentials
    - id: G-passport
      when: {findings.any: [pii.passport]}
      unless: {team.in: [consular]}
      reason: passport
    - id: G-trial
      mode: dry_run
      when: {findings.any: [pii.email]}
      reason: would_deny_email
  rules:
    - id: R-french-nir
      priority: 5
      when: {findings.any: [pii.national_id.fr.*]}
      action: deny
      reason: nir_not_allowed
    - id: R-hr
      priority: 10
      when: {team.in: [hr], tenant.in: ["acme*"]}
      action: route
      to: [local]
    - id: R-embeddings
      priority: 20
      when: {endpoint.in: [embeddings], level.lte: internal}
      action: route
      to: [eu]
    - id: R-both
      priority: 30
      when: {findings.all: [pii.email, "financial.*"]}
      action: deny
    - id: R-gpt
      priority: 40
      when: {model.in: ["gpt-*"], findings.none: ["pii.*"], level.lte: internal}
      action: route
      to: [us]
      fallback: [eu]
    - id: R-pseudo
      priority: 50
      when: {level.in: [confidential], findings.any: [pii.person_name]}
      action: redact_then_route
      redact: [pii.person_name]
      route_as: internal
      to: [eu]
    - id: R-unscannable
      priority: 60
      when: {unscannable: true}
      action: route
      to: [local]
    - id: R-low
      priority: 70
      when: {level.lte: internal}
      action: route
      to: [eu, us]
      fallback: [local]
    - id: R-conf
      priority: 80
      when: {level.in: [confidential]}
      action: route
      to: [eu]
      fallback: [local]
"""


@pytest.fixture(scope="module")
def policy(backends: dict[str, BackendInfo]) -> Policy:
    """The engine test policy, compiled against the demo backends."""
    return parse_policy(POLICY.encode(), Path("engine-test.yaml"), backends)


def cls(
    *types: str, level: Level | None = None, unscannable: tuple[str, ...] = ()
) -> Classification:
    """A classification with findings ``type`` or ``type.subtype`` (level from the findings)."""
    findings = []
    for text in types:
        head, _, sub = text.partition(":")
        findings.append(Finding(head, sub or None, 0, 1, "messages[0].content"))
    top = max((f.level() for f in findings), default=Level.PUBLIC)
    return Classification(max(top, level or Level.PUBLIC), tuple(findings), unscannable)


def facts(**kw: object) -> RequestFacts:
    """Request facts with defaults: tenant acme, team dev, model chat, chat completions."""
    base: dict[str, object] = {
        "tenant": "acme",
        "team": "dev",
        "model": "chat",
        "endpoint": "chat.completions",
    }
    base.update(kw)
    return RequestFacts(**base)  # type: ignore[arg-type]


L, EU, US = "onprem-llm", "eu-cloud", "us-hyperscaler"
P, IN, C, R = Level.PUBLIC, Level.INTERNAL, Level.CONFIDENTIAL, Level.RESTRICTED

# (id, classification, facts, unavailable, action, rule, reason, level, candidates, dry runs)
# fmt: off
CASES = [
    ("public", cls(), facts(), (), "route", "R-low", None, P, (EU, US, L), ()),
    ("label raises", cls(), facts(label=C), (), "route", "R-conf", None, C, (EU, L), ()),
    ("label never lowers", cls("pii.phone"), facts(label=P), (), "route", "R-conf", None, C,
     (EU, L), ()),
    ("secret guardrail", cls("secret.api_key:openai"), facts(), (), "deny", "G-secrets",
     "credentials", R, (), ()),
    ("unknown secret type still meets the glob", cls("secret.aws_session"), facts(), (), "deny",
     "G-secrets", "credentials", R, (), ()),
    ("passport denied outside consular", cls("pii.passport:fr"), facts(), (), "deny", "G-passport",
     "passport", R, (), ()),
    ("consular passes the guardrail, then default deny", cls("pii.passport:fr"),
     facts(team="consular"), (), "deny", "default", "no_matching_rule", R, (), ()),
    ("dry-run guardrail is recorded only", cls("pii.email"), facts(), (), "route", "R-conf", None,
     C, (EU, L), ("G-trial",)),
    ("subtype pattern", cls("pii.national_id:fr.nir"), facts(), (), "deny", "R-french-nir",
     "nir_not_allowed", R, (), ()),
    ("other subtype", cls("pii.national_id:de.idnr"), facts(), (), "deny", "default",
     "no_matching_rule", R, (), ()),
    ("team and tenant glob", cls(level=R), facts(team="hr", tenant="acme-corp"), (), "route",
     "R-hr", None, R, (L,), ()),
    ("tenant glob misses", cls(level=R), facts(team="hr", tenant="other"), (), "deny", "default",
     "no_matching_rule", R, (), ()),
    ("no team never matches team.in", cls(level=R), facts(team=None), (), "deny", "default",
     "no_matching_rule", R, (), ()),
    ("endpoint", cls(), facts(endpoint="embeddings"), (), "route", "R-embeddings", None, P, (EU,),
     ()),
    ("endpoint above its level", cls(level=C), facts(endpoint="embeddings"), (), "route", "R-conf",
     None, C, (EU, L), ()),
    ("findings.all", cls("pii.email", "financial.iban"), facts(), (), "deny", "R-both",
     "denied_by_rule", C, (), ("G-trial",)),
    ("model glob, served by one backend", cls(), facts(model="gpt-4o"), (), "route", "R-gpt", None,
     P, (US,), ()),
    ("findings.none blocks, the next rule routes",
     Classification(IN, (Finding("pii.email", None, 0, 1),)), facts(model="gpt-4o"), (), "route",
     "R-low", None, IN, (US,), ("G-trial",)),
    ("redact_then_route: candidates of route_as, confirmed later", cls("pii.person_name"),
     facts(), (), "redact_then_route", "R-pseudo", None, C, (EU,), ()),
    ("unscannable is restricted", cls(unscannable=("messages[1].content",)), facts(), (), "route",
     "R-unscannable", None, R, (L,), ()),
    ("unscannable with on-prem down", cls(unscannable=("x",)), facts(), ("onprem-llm",), "deny",
     "R-unscannable", "no_allowed_backend", R, (), ()),
    ("override raises ip address", cls("pii.ip_address"), facts(), (), "route", "R-conf", None, C,
     (EU, L), ()),
    ("down backends are skipped", cls(), facts(), (EU,), "route", "R-low", None, P, (US, L), ()),
    ("everything down", cls(), facts(), (EU, US, L), "deny", "R-low", "no_allowed_backend", P, (),
     ()),
    ("unknown model", cls(), facts(model="nope"), (), "deny", "R-low", "no_allowed_backend", P, (),
     ()),
]
# fmt: on


@pytest.mark.parametrize(
    (
        "classification",
        "request_facts",
        "down",
        "action",
        "rule",
        "reason",
        "level",
        "candidates",
        "dry",
    ),
    [pytest.param(*row[1:], id=str(row[0])) for row in CASES],
)
def test_decision_table(
    policy: Policy,
    backends: dict[str, BackendInfo],
    classification: Classification,
    request_facts: RequestFacts,
    down: tuple[str, ...],
    action: str,
    rule: str,
    reason: str | None,
    level: Level,
    candidates: tuple[str, ...],
    dry: tuple[str, ...],
) -> None:
    """Each request gets the action, rule, reason, level, candidates and dry runs of its row."""
    decision = decide(classification, request_facts, policy, backends, unavailable=frozenset(down))
    got = (decision.action, decision.rule, decision.reason, decision.level, decision.candidates)
    assert got == (action, rule, reason, level, candidates)
    assert decision.dry_run_matches == dry
    assert (decision.policy_name, decision.policy_version) == ("engine-test", "7")
    assert decision.policy_sha256 == policy.sha256


def test_classifier_error_denies(policy: Policy, backends: dict[str, BackendInfo]) -> None:
    """With on_classifier_error: deny, a failed scan is denied whatever it found."""
    failed = Classification(Level.PUBLIC, (), (), error="timeout")
    decision = decide(failed, facts(), policy, backends)
    assert (decision.action, decision.reason, decision.level) == ("deny", "classifier_error", R)
    assert decision.rule is None


def test_classifier_error_as_restricted(backends: dict[str, BackendInfo]) -> None:
    """With on_classifier_error: restricted, a failed scan routes as restricted data."""
    text = POLICY.replace("on_classifier_error: deny", "on_classifier_error: restricted")
    lenient = parse_policy(text.encode(), Path("p.yaml"), backends)
    failed = Classification(Level.PUBLIC, (), (), error="timeout")
    decision = decide(failed, facts(team="hr"), lenient, backends)
    assert (decision.action, decision.rule, decision.level) == ("route", "R-hr", R)


class Exploding(Mapping[str, BackendInfo]):
    """A backend mapping that fails on use, standing in for any bug inside a decision."""

    def __getitem__(self, key: str) -> BackendInfo:
        raise RuntimeError("boom")

    def __iter__(self) -> Iterator[str]:
        raise RuntimeError("boom")

    def __len__(self) -> int:
        return 3


def test_internal_error_denies(policy: Policy) -> None:
    """An exception inside the engine yields a policy_error deny, never a route."""
    decision = decide(cls(), facts(), policy, Exploding())
    assert (decision.action, decision.reason, decision.level) == ("deny", "policy_error", R)
    assert decision.trace[0].why == "RuntimeError"
    assert decision.policy_name == "engine-test"


@pytest.mark.parametrize(
    ("classified", "label", "expected"),
    [(P, None, P), (P, C, C), (C, P, C), (R, IN, R), (IN, R, R)],
)
def test_label_only_raises(
    policy: Policy, classified: Level, label: Level | None, expected: Level
) -> None:
    """Effective level is the max of classifier level and label."""
    assert effective_level(Classification(classified), label, policy) is expected


def test_trace_names_matches(policy: Policy, backends: dict[str, BackendInfo]) -> None:
    """The decision's trace lists matched guardrails (dry-run flagged) and the deciding rule."""
    decision = decide(cls("pii.email"), facts(), policy, backends)
    assert [(t.rule, t.dry_run) for t in decision.trace] == [("G-trial", True), ("R-conf", False)]


def test_default_trace(policy: Policy, backends: dict[str, BackendInfo]) -> None:
    """A request no rule matches records the default in its trace."""
    decision = decide(cls(level=R), facts(), policy, backends)
    assert decision.trace[-1].rule == "default"


def test_decision_to_dict(policy: Policy, backends: dict[str, BackendInfo]) -> None:
    """A decision renders as JSON-able data with level names and the policy identity."""
    data = decision_to_dict(decide(cls(), facts(), policy, backends))
    assert data["action"] == "route"
    assert data["level"] == "public"
    assert data["candidates"] == [EU, US, L]
    assert data["policy"] == {"name": "engine-test", "version": "7", "sha256": policy.sha256}
    assert data["trace"] == [
        {"rule": "R-low", "matched": True, "why": "rule matched", "dry_run": False}
    ]
    assert json.loads(json.dumps(data)) == data
    assert decision_to_dict(Decision(action="deny", level=R))["rule"] is None


def _by_id(entries: list[dict[str, object]]) -> dict[object, dict[str, object]]:
    return {entry["id"]: entry for entry in entries}


def test_explain_says_why_for_each_check(policy: Policy, backends: dict[str, BackendInfo]) -> None:
    """explain gives every guardrail and rule a verdict with the request's failing value."""
    out = explain(cls("pii.email"), facts(model="gpt-4o", label=IN), policy, backends)
    assert json.loads(json.dumps(out)) == out
    assert out["effective_level"] == "confidential"
    assert out["request"]["label"] == "internal"
    assert out["classification"]["findings"][0]["type"] == "pii.email"
    guards = _by_id(out["guardrails"])
    assert guards["G-secrets"]["why"] == "when.findings.any: none of ['secret.*'] present"
    assert guards["G-trial"]["matched"] is True
    rules = _by_id(out["rules"])
    assert rules["R-hr"]["why"] == "when.team.in: 'dev' not in ['hr']"
    assert rules["R-both"]["why"] == "when.findings.all: missing ['financial.*']"
    assert rules["R-gpt"]["why"] == "when.level: confidential not in [public, internal]"
    assert rules["R-pseudo"]["why"] == "when.findings.any: none of ['pii.person_name'] present"
    assert rules["R-unscannable"]["why"] == "when.unscannable: request is not unscannable"
    assert rules["R-conf"]["matched"] is True
    assert out["ceiling"] == [EU, L]
    assert out["pools"]["us"] == {"selector": {"us_reachable": True}, "members": [US]}
    assert out["pools"]["local"]["selector"] == {"tier": ["self_hosted"]}
    assert out["decision"]["reason"] == "no_allowed_backend"


def test_explain_more_whys(policy: Policy, backends: dict[str, BackendInfo]) -> None:
    """explain reports unless blocks, model and tenant misses, and rules after the decision."""
    out = explain(cls("pii.passport:fr"), facts(), policy, backends)
    assert out["decision"]["rule"] == "G-passport"
    assert not any(entry["evaluated"] for entry in out["rules"])
    out = explain(cls("pii.passport:fr"), facts(team="consular", tenant="x"), policy, backends)
    assert all(entry["evaluated"] for entry in out["rules"])
    guards = _by_id(out["guardrails"])
    assert guards["G-passport"]["why"] == "unless held: every unless condition matched the request"
    rules = _by_id(out["rules"])
    assert rules["R-hr"]["why"] == "when.tenant.in: 'x' not in ['acme*']"
    out = explain(cls(), facts(model="gpt-4o", endpoint="embeddings"), policy, backends)
    rules = _by_id(out["rules"])
    assert rules["R-embeddings"]["matched"] is True
    assert rules["R-gpt"]["evaluated"] is False
    out = explain(cls(level=IN), facts(), policy, backends)
    rules = _by_id(out["rules"])
    assert rules["R-gpt"]["why"] == "when.model.in: 'chat' not in ['gpt-*']"
    assert rules["R-embeddings"]["why"] == (
        "when.endpoint.in: 'chat.completions' not in ['embeddings']"
    )
    out = explain(cls("pii.email"), facts(model="gpt-4o", label=P), policy, backends)
    assert str(_by_id(out["rules"])["R-gpt"]["why"]).startswith("when.level")
    internal_email = Classification(IN, (Finding("pii.email", None, 0, 1),))
    out = explain(internal_email, facts(model="gpt-4o"), policy, backends)
    assert _by_id(out["rules"])["R-gpt"]["why"] == "when.findings.none: one of ['pii.*'] present"
    out = explain(cls("pii.national_id:fr.nir"), facts(), policy, backends)
    assert _by_id(out["rules"])["R-french-nir"]["why"] == "matched"


def test_explain_classifier_error(policy: Policy, backends: dict[str, BackendInfo]) -> None:
    """On a classifier error, explain marks every rule as not evaluated."""
    failed = Classification(Level.PUBLIC, (), ("img",), error="timeout")
    out = explain(failed, facts(), policy, backends)
    assert out["classification"]["error"] == "timeout"
    assert all(entry["evaluated"] is False for entry in out["rules"])
