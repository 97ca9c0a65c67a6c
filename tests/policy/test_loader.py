"""Loader and validator: valid policies compile; each invalid one names its file, line and key."""

from __future__ import annotations

from pathlib import Path

import pytest

from proxy.backends.model import BackendInfo
from proxy.classify.taxonomy import Level
from proxy.policy.loader import check_policy, load_policy, parse_policy
from proxy.policy.schema import PolicyError

BASE = """\
apiVersion: sovproxy.dev/v1
kind: RoutingPolicy
metadata: {name: t, version: "1", owner: me}
spec:
  default: deny
  on_classifier_error: deny
  pools:
    local: {tier: self_hosted}
    eu: {tier: eu_only}
    us: {tier: hyperscaler}
  allowed_pools:
    public: [local, eu, us]
    internal: [local, eu]
    confidential: [local, eu]
    restricted: [local]
  guardrails:
    - id: G1
      when: {findings.any: ["secret.*"]}
      reason: creds
  rules:
    - id: R1
      priority: 10
      when: {level.in: [restricted]}
      action: route
      to: [local]
    - id: R2
      priority: 20
      when: {level.lte: confidential}
      action: route
      to: [eu]
      fallback: [local]
"""


def write(tmp_path: Path, text: str, name: str = "p.yaml") -> Path:
    """Write ``text`` as a policy file under ``tmp_path``."""
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def mutate(old: str, new: str) -> str:
    """The base policy with one edit (the edited text must exist)."""
    assert old in BASE, old
    return BASE.replace(old, new, 1)


def line_of(text: str, fragment: str) -> int:
    """The 1-based line where ``fragment`` starts in ``text``."""
    return text[: text.index(fragment)].count("\n") + 1


def test_base_policy_compiles(tmp_path: Path, backends: dict[str, BackendInfo]) -> None:
    """The base policy loads with its metadata, digest, pools and sorted rules."""
    path = write(tmp_path, BASE)
    policy = load_policy(path, backends)
    assert (policy.name, policy.version, policy.owner) == ("t", "1", "me")
    assert len(policy.sha256) == 64
    assert policy.path == path
    assert [r.id for r in policy.rules] == ["R1", "R2"]
    assert policy.pool("eu").members == ("eu-cloud",)
    assert policy.ceilings[Level.RESTRICTED] == frozenset({"onprem-llm"})
    assert policy.rules[1].candidates[Level.PUBLIC] == ("eu-cloud", "onprem-llm")
    assert policy.rule_ids() == ("G1", "R1", "R2")
    assert check_policy(path, backends) == []


# (old text, new text, fragment whose line the error names, key, message fragment)
# fmt: off
INVALID = [
    ("level.in: [restricted]", "level.in: [secret]", "level.in: [secret]",
     "spec.rules[0].when.level.in[0]", "unknown level 'secret'"),
    ("      to: [local]\n", "      to: [local]\n      tos: [local]\n", "tos:", "spec.rules[0].tos",
     "unknown key 'tos'"),
    ('"secret.*"', '"health.diagnosys"', "health.diagnosys",
     "spec.guardrails[0].when.findings.any[0]", "unknown subtype 'diagnosys' of 'health'"),
    ('"secret.*"', '"pii.national_id.fr.nirr"', "pii.national_id.fr.nirr",
     "spec.guardrails[0].when.findings.any[0]",
     "unknown subtype 'fr.nirr' of 'pii.national_id' (known: at.svnr"),
    ('"secret.*"', '"pii.email.work"', "pii.email.work", "spec.guardrails[0].when.findings.any[0]",
     "'pii.email' has no subtypes"),
    ('"secret.*"', '"secrets.*"', "secrets.*", "spec.guardrails[0].when.findings.any[0]",
     "unknown finding type 'secrets.*'"),
    ("to: [local]", "to: [lokal]", "to: [lokal]", "spec.rules[0].to[0]", "unknown pool 'lokal'"),
    ("fallback: [local]", "fallback: [nowhere]", "fallback: [nowhere]",
     "spec.rules[1].fallback[0]", "unknown pool 'nowhere'"),
    ("action: route", "action: forward", "action: forward", "spec.rules[0].action",
     "unknown value 'forward'"),
    ("priority: 20", "priority: 10", "priority: 10\n      when: {level.lte",
     "spec.rules[1].priority", "priority 10 already used by rule 'R1'"),
    ("id: R2", "id: R1", "id: R1\n      priority: 20", "spec.rules[1].id", "duplicate"),
    ("id: G1", "id: R1", "id: R1\n      priority: 10", "spec.rules[0].id", "duplicate"),
    ("id: R2", "id: default", "id: default", "spec.rules[1].id", "reserved id 'default'"),
    ("to: [eu]", "to: [us]", "to: [us]", "spec.rules[1].to[0]", "outside allowed_pools.internal"),
    ("us: {tier: hyperscaler}", "us: {tier: hyperscaler, zdr: true}", "us: {tier", "spec.pools.us",
     "selects no configured backend"),
    ("    restricted: [local]\n", "", "allowed_pools:", "spec.allowed_pools",
     "missing level 'restricted'"),
    ("restricted: [local]", "secret: [local]", "secret: [local]", "spec.allowed_pools.secret",
     "unknown level 'secret'"),
    ("public: [local, eu, us]", "public: [local, eu, usa]", "public: [local",
     "spec.allowed_pools.public[2]", "unknown pool 'usa'"),
    ("restricted: [local]", "restricted: [local]\n    Public: [local]", "Public: [local]",
     "spec.allowed_pools.Public", "level 'public' listed twice"),
    ("when: {level.in: [restricted]}", "when: {endpoint.in: [embeddings, embedding]}",
     "when: {endpoint.in", "spec.rules[0].when.endpoint.in[1]", "unknown endpoint 'embedding'"),
    ("apiVersion: sovproxy.dev/v1", "apiVersion: v2", "apiVersion", "apiVersion", "expected"),
    ("kind: RoutingPolicy", "kind: Policy", "kind:", "kind", "expected 'RoutingPolicy'"),
    ("on_classifier_error: deny", "on_classifier_error: allow", "on_classifier_error",
     "spec.on_classifier_error", "unknown value 'allow'"),
    ("default: deny", "default: allow", "default:", "spec.default", "unknown value 'allow'"),
    ("      to: [local]\n", "      to: [local]\n      redact: [pii.email]\n", "redact:",
     "spec.rules[0].redact", "not allowed with action 'route'"),
    ("action: route\n      to: [local]\n", "action: route\n", "action: route\n    - id: R2",
     "spec.rules[0].action", "requires 'to'"),
    ("      reason: creds\n", "      reason: creds\n      action: route\n",
     "action: route\n  rules", "spec.guardrails[0].action", "unknown value 'route'"),
    ("when: {level.in: [restricted]}", "when: {}", "when: {}", "spec.rules[0].when",
     "empty condition"),
    ("when: {level.in: [restricted]}", "when: {level.in: []}", "when: {level.in: []}",
     "spec.rules[0].when.level.in", "at least one level"),
    ("when: {level.in: [restricted]}", "when: {tenant.in: []}", "when: {tenant.in",
     "spec.rules[0].when.tenant.in", "at least one name"),
    ("when: {level.in: [restricted]}", "when: {findings.all: []}", "when: {findings.all",
     "spec.rules[0].when.findings.all", "at least one finding type"),
    ("when: {level.in: [restricted]}", "when: {unscannable: 3}", "when: {unscannable",
     "spec.rules[0].when.unscannable", "expected true or false"),
    ("when: {level.in: [restricted]}", "when: [restricted]", "when: [restricted]",
     "spec.rules[0].when", "expected a mapping"),
    ("to: [local]", "to: local", "to: local", "spec.rules[0].to", "expected a list"),
    ("reason: creds", "reason: [creds]", "reason: [creds]", "spec.guardrails[0].reason",
     "expected a string"),
    ("reason: creds", 'reason: ""', 'reason: ""', "spec.guardrails[0].reason",
     "must not be empty"),
    ("priority: 10", "priority: ten", "priority: ten", "spec.rules[0].priority",
     "expected an integer"),
    ("      to: [local]\n", "      to: [local]\n      mode: shadow\n", "mode: shadow",
     "spec.rules[0].mode", "unknown value 'shadow'"),
    ("local: {tier: self_hosted}", "local: {tier: onprem}", "local: {tier",
     "spec.pools.local.tier", "unknown value 'onprem'"),
    ("local: {tier: self_hosted}", "local: {jurisdictions_within: [Europe]}", "local: {jur",
     "spec.pools.local.jurisdictions_within[0]", "ISO 3166"),
    ("local: {tier: self_hosted}", "local: {}", "local: {}", "spec.pools.local", "empty selector"),
    ("  on_classifier_error: deny\n",
     "  on_classifier_error: deny\n  levels: {health: internal}\n", "levels: {health",
     "spec.levels.health", "may only raise"),
    ("  on_classifier_error: deny\n", "  on_classifier_error: deny\n  levels: {dna: restricted}\n",
     "levels: {dna", "spec.levels.dna", "unknown finding type 'dna'"),
    ('metadata: {name: t, version: "1", owner: me}', 'metadata: {version: "1"}', "metadata:",
     "metadata", "missing required key 'name'"),
    ("kind: RoutingPolicy\n", "kind: RoutingPolicy\nextra: 1\n", "extra: 1", "extra",
     "unknown key 'extra'"),
    ("    - id: R2\n      priority: 20\n      when: {level.lte: confidential}\n"
     "      action: route\n",
     "    - id: R2\n      priority: 20\n      when: {level.lte: confidential}\n"
     "      action: redact_then_route\n      redact: [dna]\n      route_as: internal\n",
     "redact: [dna]", "spec.rules[1].redact[0]", "unknown finding type 'dna'"),
]
# fmt: on


@pytest.mark.parametrize(("old", "new", "fragment", "key", "message"), INVALID)
def test_invalid_policy_names_file_line_and_key(
    tmp_path: Path,
    backends: dict[str, BackendInfo],
    old: str,
    new: str,
    fragment: str,
    key: str,
    message: str,
) -> None:
    """Each validation error says file:line: key: message, and the policy does not load."""
    text = mutate(old, new)
    path = write(tmp_path, text)
    with pytest.raises(PolicyError) as caught:
        load_policy(path, backends)
    error = caught.value
    assert isinstance(error, ValueError)
    assert error.key == key
    assert error.line == line_of(text, fragment)
    assert message in error.message
    assert str(error).startswith(f"{path}:{error.line}: {key}: ")


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (b"\xff\xfe", "not UTF-8"),
        (b"spec: [unclosed\n", "invalid YAML"),
        (b"a: 1\na: 2\n", "duplicate key"),
        (b"", "expected a mapping"),
        (b"a: \x07\n", "invalid YAML"),
        (b"- 1\n", "expected a mapping"),
        (b"a: !!python/object:os.system x\n", "invalid YAML"),
    ],
)
def test_malformed_files_raise_policy_error(
    backends: dict[str, BackendInfo], data: bytes, message: str
) -> None:
    """Bytes that are not a YAML mapping raise PolicyError naming the file."""
    with pytest.raises(PolicyError, match=message) as caught:
        parse_policy(data, Path("bad.yaml"), backends)
    assert str(caught.value).startswith("bad.yaml")


def test_missing_file_raises_policy_error(tmp_path: Path, backends: dict[str, BackendInfo]) -> None:
    """An unreadable policy file is a PolicyError, not an OSError."""
    with pytest.raises(PolicyError, match="cannot read policy"):
        load_policy(tmp_path / "absent.yaml", backends)


def test_pools_must_exist(tmp_path: Path, backends: dict[str, BackendInfo]) -> None:
    """A policy without pools is rejected."""
    text = BASE[: BASE.index("  pools:")] + "  pools: {}\n" + BASE[BASE.index("  allowed_pools:") :]
    with pytest.raises(PolicyError, match="define at least one pool"):
        load_policy(write(tmp_path, text), backends)


def test_optional_metadata_and_defaults(tmp_path: Path, backends: dict[str, BackendInfo]) -> None:
    """Without metadata version/owner and spec defaults, safe defaults apply."""
    text = mutate('metadata: {name: t, version: "1", owner: me}', "metadata: {name: t}")
    text = text.replace("  default: deny\n  on_classifier_error: deny\n", "")
    policy = load_policy(write(tmp_path, text), backends)
    assert (policy.version, policy.owner, policy.on_classifier_error) == ("0", "", "deny")
    assert policy.unscannable_as is Level.RESTRICTED


def test_overrides_selectors_and_modes_compile(
    tmp_path: Path, backends: dict[str, BackendInfo]
) -> None:
    """Level overrides, every selector key, dry-run guardrails and unless blocks compile."""
    text = mutate(
        "  on_classifier_error: deny\n",
        "  on_classifier_error: restricted\n  unscannable_as: confidential\n"
        "  levels: {financial.iban: restricted, marking: confidential}\n",
    )
    text = text.replace(
        "    us: {tier: hyperscaler}\n",
        "    us: {tier: [hyperscaler], us_reachable: true, cn_reachable: false, zdr: false}\n"
        "    named: {names: [eu-cloud, ghost]}\n"
        "    within: {jurisdictions_within: [EEA, CH]}\n",
    )
    text = text.replace(
        "      reason: creds\n",
        "      reason: creds\n      mode: dry_run\n      unless: {team.in: [sec]}\n",
    )
    policy = load_policy(write(tmp_path, text), backends)
    assert policy.level_overrides == (
        ("financial.iban", Level.RESTRICTED),
        ("marking", Level.CONFIDENTIAL),
    )
    assert policy.on_classifier_error == "restricted"
    assert policy.unscannable_as is Level.CONFIDENTIAL
    assert policy.pool("us").members == ("us-hyperscaler",)
    assert policy.pool("named").members == ("eu-cloud",)
    assert policy.pool("within").members == ("onprem-llm", "eu-cloud")
    assert policy.guardrails[0].dry_run
    assert any("ghost" in w for w in policy.warnings)
    with pytest.raises(KeyError):
        policy.pool("nope")


RULES_HEAD = BASE[: BASE.index("  rules:\n")] + "  rules:\n"


def rule(rule_id: str, priority: int, when: str, extra: str = "      to: [local]\n") -> str:
    """One route rule in YAML."""
    return (
        f"    - id: {rule_id}\n      priority: {priority}\n      when: {when}\n"
        f"      action: route\n{extra}"
    )


@pytest.mark.parametrize(
    ("rules", "warning"),
    [
        (
            rule("A", 1, "{level.gte: internal}") + rule("B", 2, "{level.in: [restricted]}"),
            "rule 'B' (priority 2) is shadowed by rule 'A'",
        ),
        (
            rule("A", 1, '{findings.any: ["pii.*"]}')
            + rule("B", 2, "{findings.any: [pii.email], team.in: [x]}"),
            "rule 'B' (priority 2) is shadowed by rule 'A'",
        ),
        (
            rule("A", 1, '{findings.all: [pii.email], tenant.in: ["a*"]}')
            + rule("B", 2, "{findings.all: [pii.email, health], tenant.in: [acme]}"),
            "shadowed by rule 'A'",
        ),
        (
            rule("A", 1, "{findings.none: [health], unscannable: false}")
            + rule("B", 2, '{findings.none: ["health", "pii.*"], unscannable: false}'),
            "shadowed by rule 'A'",
        ),
        (rule("B", 2, "{findings.any: [secret.api_key]}"), "shadowed by guardrail 'G1'"),
        (rule("B", 2, "{level.gte: restricted, level.lte: public}"), "can never match"),
    ],
)
def test_shadowed_rules_are_warnings(
    tmp_path: Path, backends: dict[str, BackendInfo], rules: str, warning: str
) -> None:
    """A rule that an earlier rule or a guardrail always pre-empts is reported, not rejected."""
    warnings = check_policy(write(tmp_path, RULES_HEAD + rules), backends)
    assert any(warning in w for w in warnings), warnings


@pytest.mark.parametrize(
    "rules",
    [
        rule("A", 1, "{level.in: [restricted]}") + rule("B", 2, "{level.gte: confidential}"),
        rule("A", 1, "{findings.any: [pii.email]}") + rule("B", 2, '{findings.any: ["pii.*"]}'),
        rule("A", 1, "{unscannable: true}") + rule("B", 2, "{unscannable: false}"),
        rule("A", 1, "{team.in: [hr]}") + rule("B", 2, "{level.in: [restricted]}"),
        rule("A", 1, "{findings.all: [health]}") + rule("B", 2, '{findings.any: ["pii.*"]}'),
        rule("A", 1, "{findings.none: [health]}") + rule("B", 2, "{level.in: [restricted]}"),
        rule("A", 1, "{findings.any: [pii.national_id.fr.nir]}")
        + rule("B", 2, "{findings.any: [pii.national_id.fr.nir]}"),
        rule("A", 1, "{team.in: [hr]}", "      to: [local]\n      mode: dry_run\n")
        + rule("B", 2, "{team.in: [hr]}"),
    ],
)
def test_overlapping_rules_are_not_shadowed(
    tmp_path: Path, backends: dict[str, BackendInfo], rules: str
) -> None:
    """A later rule that can still decide some request draws no shadow warning."""
    assert check_policy(write(tmp_path, RULES_HEAD + rules), backends) == []


def test_rule_without_when_is_a_catch_all(tmp_path: Path, backends: dict[str, BackendInfo]) -> None:
    """A rule with no when matches everything, so a rule after it is reported as shadowed."""
    text = (
        RULES_HEAD
        + ("    - id: ALL\n      priority: 1\n      action: route\n      to: [local]\n")
        + rule("B", 2, "{level.in: [public]}")
    )
    policy = load_policy(write(tmp_path, text), backends)
    assert policy.rules[0].when.possible_levels() == frozenset(Level)
    assert any("rule 'B' (priority 2) is shadowed by rule 'ALL'" in w for w in policy.warnings)


def test_rising_ceiling_is_a_warning(tmp_path: Path, backends: dict[str, BackendInfo]) -> None:
    """A higher level allowing a backend a lower level refuses is flagged."""
    text = (RULES_HEAD + rule("A", 1, "{level.in: [restricted]}")).replace(
        "internal: [local, eu]", "internal: [local]"
    )
    warnings = check_policy(write(tmp_path, text), backends)
    assert any("allowed_pools.confidential allows ['eu-cloud']" in w for w in warnings)


def test_redact_then_route_compiles(tmp_path: Path, backends: dict[str, BackendInfo]) -> None:
    """redact_then_route keeps its finding patterns and its route_as level."""
    text = RULES_HEAD + rule(
        "P",
        5,
        "{level.in: [confidential]}",
        '      to: [eu]\n      redact: [pii.email, "pii.*"]\n      route_as: internal\n',
    ).replace("action: route", "action: redact_then_route")
    policy = load_policy(write(tmp_path, text), backends)
    assert policy.rules[0].redact == ("pii.email", "pii.*")
    assert policy.rules[0].route_as is Level.INTERNAL


def test_shipped_policies_load_without_warnings(
    policies_dir: Path, backends: dict[str, BackendInfo]
) -> None:
    """Every example policy validates cleanly against the demo deployment."""
    paths = sorted(p for p in policies_dir.glob("*.yaml") if not p.stem.endswith("_test"))
    assert {p.stem for p in paths} >= {"default", "banking-dora", "health-gdpr", "public-sector"}
    for path in paths:
        assert check_policy(path, backends) == [], path


def test_every_bad_pool_is_reported_at_once(
    tmp_path: Path, backends: dict[str, BackendInfo]
) -> None:
    """Two broken pools: both lines are in the error, not only the first."""
    text = BASE.replace("local: {tier: self_hosted}", "local: {tier: selfhosted}").replace(
        "eu: {tier: eu_only}", "eu: {}"
    )
    with pytest.raises(PolicyError) as caught:
        load_policy(write(tmp_path, text), backends)
    lines = str(caught.value).splitlines()
    assert len(lines) == 2
    assert "spec.pools.local.tier: unknown value 'selfhosted'" in lines[0]
    assert "spec.pools.eu: empty selector" in lines[1]
