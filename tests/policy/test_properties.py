"""Invariants as properties (DESIGN §8): the ceiling holds, labels only raise, errors deny."""

from __future__ import annotations

from pathlib import Path

import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from proxy.backends.model import BackendInfo
from proxy.classify.taxonomy import FINDING_TYPES, Classification, Finding, Level
from proxy.exchange import Decision
from proxy.policy.engine import RequestFacts, decide
from proxy.policy.loader import load_policy, parse_policy
from proxy.policy.schema import Condition, GlobSet, Guardrail, Names, Policy, PolicyError, Rule

from .conftest import POLICIES, demo_backends

BACKENDS = demo_backends()
NAMES = sorted(BACKENDS)
LEVELS = list(Level)
TYPES = sorted(FINDING_TYPES)
SHIPPED = [
    load_policy(POLICIES / f"{name}.yaml", BACKENDS)
    for name in ("default", "banking-dora", "health-gdpr", "public-sector")
]
FAST = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])

names = st.frozensets(st.sampled_from(NAMES))
ordered_names = st.lists(st.sampled_from([*NAMES, "ghost"]), max_size=4).map(tuple)
levels = st.sampled_from(LEVELS)


@st.composite
def findings(draw: st.DrawFn) -> Finding:
    """A finding of a known (or occasionally unknown) type, with an optional subtype."""
    kind = draw(st.sampled_from([*TYPES, "secret.unknown"]))
    sub = draw(st.sampled_from([None, "fr.nir", "restricted", "internal"]))
    if kind == "marking":
        sub = draw(st.sampled_from(["internal", "confidential", "restricted"]))
    return Finding(kind, sub, 0, 1, "messages[0].content")


@st.composite
def classifications(draw: st.DrawFn) -> Classification:
    """A classification whose level is at least its findings' level, as the classifier's is."""
    found = tuple(draw(st.lists(findings(), max_size=4)))
    floor = max((f.level() for f in found), default=Level.PUBLIC)
    level = max(floor, draw(levels))
    unscannable = ("img",) if draw(st.booleans()) else ()
    error = draw(st.sampled_from([None, None, None, "timeout"]))
    return Classification(level, found, unscannable, error)


@st.composite
def conditions(draw: st.DrawFn) -> Condition:
    """A random condition over levels, findings, teams and models."""
    kinds = draw(st.frozensets(st.sampled_from(TYPES), max_size=3))
    use_any, use_none = draw(st.booleans()), draw(st.booleans())
    return Condition(
        levels=draw(st.none() | st.frozensets(levels)),
        any_=GlobSet(tuple(kinds), kinds) if kinds and use_any else None,
        none=GlobSet(tuple(kinds), kinds) if kinds and use_none else None,
        unscannable=draw(st.none() | st.booleans()),
        team=draw(st.none() | st.just(Names(frozenset({"hr"})))),
        model=draw(st.none() | st.just(Names(frozenset(), ("gpt-*",)))),
    )


@st.composite
def rules(draw: st.DrawFn, index: int) -> Rule:
    """A rule whose per-level candidates may even lie outside the ceilings (not validated)."""
    return Rule(
        id=f"R{index}",
        priority=index,
        when=draw(conditions()),
        unless=draw(st.none() | conditions()),
        action=draw(st.sampled_from(["route", "route", "deny", "redact_then_route"])),
        dry_run=draw(st.booleans()),
        candidates=tuple(draw(ordered_names) for _ in LEVELS),
    )


@st.composite
def policies(draw: st.DrawFn) -> Policy:
    """An arbitrary compiled policy, built directly so that it can even be inconsistent."""
    count = draw(st.integers(0, 5))
    guards = tuple(
        Guardrail(f"G{i}", draw(conditions()), None, "g", draw(st.booleans()))
        for i in range(draw(st.integers(0, 2)))
    )
    return Policy(
        name="random",
        version="0",
        owner="",
        sha256="0" * 64,
        path=Path("random.yaml"),
        on_classifier_error=draw(st.sampled_from(["deny", "restricted"])),
        unscannable_as=draw(levels),
        level_overrides=tuple(
            draw(st.lists(st.tuples(st.sampled_from(TYPES), levels), max_size=2))
        ),
        ceilings=tuple(draw(names) for _ in LEVELS),
        guardrails=guards,
        rules=tuple(draw(rules(i)) for i in range(count)),
    )


request_facts = st.builds(
    RequestFacts,
    tenant=st.sampled_from(["acme", "other"]),
    team=st.sampled_from([None, "hr", "dev"]),
    model=st.sampled_from(
        ["chat", "gpt-4o", "mistral-small-3.1-24b-instruct-2503", "llama-3.3-70b-instruct", "x"]
    ),
    endpoint=st.sampled_from(["chat.completions", "embeddings"]),
    label=st.none() | levels,
)


def check_invariants(
    decision: Decision,
    classification: Classification,
    facts: RequestFacts,
    policy: Policy,
    down: frozenset[str],
) -> None:
    """Assert the engine's invariants on one decision. A ``redact_then_route`` is a promise: its
    candidates are those of its ``route_as`` level, which the pseudonymised request must not
    exceed (``apply_redaction`` denies otherwise, and cuts them to the level it has then)."""
    assert decision.action in ("route", "deny", "redact_then_route")
    assert decision.level >= classification.level
    if facts.label is not None:
        assert decision.level >= facts.label
    ceiling_level = decision.level
    if decision.action == "redact_then_route":
        assert decision.route_as is not None and decision.redact
        ceiling_level = decision.route_as
    assert set(decision.candidates) <= policy.ceilings[ceiling_level]
    if decision.action != "deny":
        assert decision.candidates
        assert not set(decision.candidates) & down
        assert all(BACKENDS[name].serves(facts.model) for name in decision.candidates)
    else:
        assert decision.candidates == ()
    if classification.error is not None:
        assert decision.level is Level.RESTRICTED
        if policy.on_classifier_error == "deny":
            assert decision.action == "deny"


@FAST
@given(policy=policies(), classification=classifications(), facts=request_facts, down=names)
def test_random_policies_never_leave_the_ceiling(
    policy: Policy, classification: Classification, facts: RequestFacts, down: frozenset[str]
) -> None:
    """Over random (even inconsistent) policies, candidates stay inside the effective ceiling."""
    decision = decide(classification, facts, policy, BACKENDS, unavailable=down)
    check_invariants(decision, classification, facts, policy, down)


@FAST
@given(
    policy=st.sampled_from(SHIPPED),
    classification=classifications(),
    facts=request_facts,
    down=names,
)
def test_shipped_policies_hold_the_invariants(
    policy: Policy, classification: Classification, facts: RequestFacts, down: frozenset[str]
) -> None:
    """The shipped policies keep restricted data self-hosted and labels only raise."""
    decision = decide(classification, facts, policy, BACKENDS, unavailable=down)
    check_invariants(decision, classification, facts, policy, down)
    if decision.level is Level.RESTRICTED:
        assert all(BACKENDS[n].facts.tier == "self_hosted" for n in decision.candidates)
    if classification.finding_types() & {"secret.api_key", "secret.password", "secret.jwt"}:
        assert decision.action == "deny"


@FAST
@given(policy=st.sampled_from(SHIPPED), classification=classifications(), facts=request_facts)
def test_a_label_never_lowers_the_outcome(
    policy: Policy, classification: Classification, facts: RequestFacts
) -> None:
    """Adding a label can only raise the level, and never widens the allowed set."""
    unlabelled = RequestFacts(facts.tenant, facts.team, facts.model, facts.endpoint, None)
    base = decide(classification, unlabelled, policy, BACKENDS)
    labelled = decide(classification, facts, policy, BACKENDS)
    assert labelled.level >= base.level
    assert policy.ceilings[labelled.level] <= policy.ceilings[base.level]


yaml_values = st.recursive(
    st.none()
    | st.booleans()
    | st.integers(-3, 3)
    | st.sampled_from(
        ["deny", "route", "public", "restricted", "self_hosted", "secret.*", "local", "x"]
    ),
    lambda inner: (
        st.lists(inner, max_size=3)
        | st.dictionaries(
            st.sampled_from(
                [
                    "id",
                    "priority",
                    "when",
                    "to",
                    "action",
                    "level.in",
                    "tier",
                    "local",
                    "public",
                    "findings.any",
                    "unless",
                    "mode",
                    "reason",
                    "names",
                ]
            ),
            inner,
            max_size=4,
        )
    ),
    max_leaves=12,
)


@FAST
@given(pools=yaml_values, allowed=yaml_values, guardrails=yaml_values, rule_list=yaml_values)
def test_loader_only_ever_raises_policy_error(
    pools: object, allowed: object, guardrails: object, rule_list: object
) -> None:
    """Arbitrary spec shapes either load into a consistent policy or raise PolicyError."""
    doc = {
        "apiVersion": "sovproxy.dev/v1",
        "kind": "RoutingPolicy",
        "metadata": {"name": "fuzz"},
        "spec": {
            "pools": pools,
            "allowed_pools": allowed,
            "guardrails": guardrails,
            "rules": rule_list,
        },
    }
    try:
        policy = parse_policy(yaml.safe_dump(doc).encode(), Path("fuzz.yaml"), BACKENDS)
    except PolicyError as exc:
        assert str(exc).startswith("fuzz.yaml")
        return
    for rule in policy.rules:
        for level in LEVELS:
            assert set(rule.candidates[level]) <= policy.ceilings[level]


def test_backend_fixture_matches_the_demo(backends: dict[str, BackendInfo]) -> None:
    """The property tests use the same demo backends as the fixture."""
    assert backends == BACKENDS
    assert BACKENDS["us-hyperscaler"].facts.us_reachable
    assert BACKENDS["eu-cloud"].facts.tier == "eu_only"


POOL_NAMES = {"local": "onprem-llm", "eu": "eu-cloud", "us": "us-hyperscaler"}


@st.composite
def valid_policy_texts(draw: st.DrawFn) -> str:
    """A policy whose rules only route to pools inside every level they can match."""
    ceilings = {level: draw(st.frozensets(st.sampled_from(sorted(POOL_NAMES)))) for level in LEVELS}
    lines = [
        "apiVersion: sovproxy.dev/v1\nkind: RoutingPolicy\nmetadata: {name: gen}\nspec:\n",
        "  pools:\n    local: {tier: self_hosted}\n    eu: {tier: eu_only}\n",
        "    us: {us_reachable: true}\n  allowed_pools:\n",
        *(f"    {level.label}: [{', '.join(sorted(ceilings[level]))}]\n" for level in LEVELS),
        "  rules:\n",
    ]
    for index in range(draw(st.integers(1, 6))):
        rule_levels = draw(st.frozensets(levels, min_size=1))
        inside = frozenset.intersection(*(ceilings[level] for level in rule_levels))
        targets = draw(st.lists(st.sampled_from(sorted(inside)), max_size=3)) if inside else []
        labels = ", ".join(level.label for level in sorted(rule_levels))
        lines.append(
            f"    - id: R{index}\n      priority: {index}\n      when: {{level.in: [{labels}]"
        )
        if draw(st.booleans()):
            lines.append(', findings.none: ["secret.*"]')
        if targets:
            lines.append(f"}}\n      action: route\n      to: [{targets[0]}]\n")
            lines.append(f"      fallback: [{', '.join(targets[1:])}]\n")
        else:
            lines.append("}\n      action: deny\n")
    return "".join(lines)


@FAST
@given(text=valid_policy_texts(), classification=classifications(), facts=request_facts, down=names)
def test_policies_inside_their_ceilings_load_and_hold(
    text: str, classification: Classification, facts: RequestFacts, down: frozenset[str]
) -> None:
    """The validator accepts every policy that respects its ceilings, and decisions stay inside."""
    policy = parse_policy(text.encode(), Path("gen.yaml"), BACKENDS)
    for level in LEVELS:
        assert policy.ceilings[level] <= {POOL_NAMES[p] for p in policy.allowed_pools[level]}
    decision = decide(classification, facts, policy, BACKENDS, unavailable=down)
    check_invariants(decision, classification, facts, policy, down)
