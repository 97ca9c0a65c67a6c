"""Parse a policy test file (``NAME_test.yaml``) into cases, with line-numbered errors.

Format::

    apiVersion: sovproxy.dev/v1
    kind: PolicyTest
    defaults: {tenant: acme, model: chat}        # optional, merged under every case's given
    tests:
      - name: an IBAN stays in the EU
        given:
          tenant: acme                           # team, model, endpoint likewise
          headers: {X-Data-Classification: confidential}
          classifier: {level: confidential, findings: [financial.iban], unscannable: false}
          # or: texts: ["Please pay DE89 3704 0044 0532 0130 00"]  (runs the real Classifier)
          backends_down: [eu-cloud]
        expect: {decision: route, rule: R20-eu, level: confidential, backend: onprem-llm}

``expect`` keys: ``decision`` (``route`` / ``redact_then_route`` / ``deny`` / ``reject`` for an
invalid label header), ``redacted`` (distinct values pseudonymised), ``sent_level`` (the level of
what a ``redact_then_route`` sends),
``rule``, ``level``, ``reason``, ``backend`` (the first candidate), ``pool`` (the first candidate
lies in it), ``candidates`` (the exact list) and ``dry_run_matches`` (the exact list).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from proxy.backends.model import BackendInfo
from proxy.classify.subtypes import subtype_error
from proxy.classify.taxonomy import FINDING_TYPES, Classification, Finding, Level
from proxy.policy._yaml import At, PolicyError, parse_yaml

GIVEN_KEYS = (
    "tenant",
    "team",
    "model",
    "endpoint",
    "headers",
    "texts",
    "classifier",
    "backends_down",
)
EXPECT_KEYS = (
    "decision",
    "action",
    "rule",
    "level",
    "reason",
    "backend",
    "pool",
    "candidates",
    "dry_run_matches",
    "redacted",
    "sent_level",
)
LABEL_HEADER = "x-data-classification"


@dataclass(frozen=True, slots=True)
class Case:
    """One test case, validated."""

    name: str
    line: int | None
    tenant: str
    team: str | None
    model: str
    endpoint: str
    label: str | None
    texts: tuple[str, ...] | None
    classification: Classification | None
    backends_down: frozenset[str]
    expect: tuple[tuple[str, object], ...]


def parse_cases(text: str, file: str, backends: Mapping[str, BackendInfo]) -> list[Case]:
    """Validate a test file; raises ``PolicyError`` naming file, line and key."""
    try:
        source = parse_yaml(text, file)
    except RecursionError:  # PyYAML recurses per nesting level; an alias may refer to itself
        raise PolicyError("YAML nests too deeply or an alias contains itself", file=file) from None
    top = source.at().mapping(("apiVersion", "kind", "policy", "defaults", "tests"), ("tests",))
    if "kind" in top and top["kind"].string() != "PolicyTest":
        top["kind"].fail("expected 'PolicyTest'")
    defaults = top["defaults"].mapping(GIVEN_KEYS) if "defaults" in top else {}
    cases = [_case(item, defaults, backends) for item in top["tests"].seq()]
    if not cases:
        top["tests"].fail("no test cases")
    return cases


def _case(at: At, defaults: dict[str, At], backends: Mapping[str, BackendInfo]) -> Case:
    keys = at.mapping(("name", "given", "expect"), ("name", "expect"))
    given = {**defaults, **(keys["given"].mapping(GIVEN_KEYS) if "given" in keys else {})}
    if "texts" in given and "classifier" in given:
        given["texts"].fail("give either texts or classifier, not both")
    down = given["backends_down"].strings() if "backends_down" in given else ()
    for index, name in enumerate(down):
        if name not in backends:
            given["backends_down"].child(index, name).fail(f"unknown backend {name!r}")
    return Case(
        name=keys["name"].string(),
        line=at.line,
        tenant=given["tenant"].string() if "tenant" in given else "anonymous",
        team=given["team"].string() if "team" in given else None,
        model=given["model"].string() if "model" in given else "chat",
        endpoint=given["endpoint"].string() if "endpoint" in given else "chat.completions",
        label=_label(given["headers"]) if "headers" in given else None,
        texts=given["texts"].strings() if "texts" in given else None,
        classification=_classifier(given["classifier"]) if "classifier" in given else None,
        backends_down=frozenset(down),
        expect=_expect(keys["expect"]),
    )


def _label(at: At) -> str | None:
    """The raw ``X-Data-Classification`` value (header names are case-insensitive)."""
    for name, item in at.items():
        if name.lower() == LABEL_HEADER:
            return item.string()
    return None


def _classifier(at: At) -> Classification:
    keys = at.mapping(("level", "findings", "unscannable", "error"))
    findings = (
        tuple(_finding(item) for item in keys["findings"].seq()) if "findings" in keys else ()
    )
    unscannable: tuple[str, ...] = ()
    if "unscannable" in keys:
        item = keys["unscannable"]
        if isinstance(item.value, list):
            unscannable = item.strings()
        elif item.boolean():
            unscannable = ("given",)
    level = max((f.level() for f in findings), default=Level.PUBLIC)
    if "level" in keys:
        level = max(level, keys["level"].level())
    error = keys["error"].string() if "error" in keys else None
    return Classification(level, findings, unscannable, error)


def _finding(at: At) -> Finding:
    """``type`` or ``type.subtype`` (the longest known type prefix is the type)."""
    text = at.string()
    for name in sorted(FINDING_TYPES, key=len, reverse=True):
        if text == name or text.startswith(name + "."):
            subtype = text[len(name) + 1 :] or None
            if name == "marking" and subtype is not None:
                at.child("subtype", subtype).level()
            problem = subtype_error(text) if subtype is not None else None
            if problem is not None:
                at.fail(problem)
            return Finding(name, subtype, 0, 0, "given")
    at.fail(f"unknown finding type {text!r}")


def _expect(at: At) -> tuple[tuple[str, object], ...]:
    keys = at.mapping(EXPECT_KEYS)
    if not keys:
        at.fail("expect at least one of " + ", ".join(EXPECT_KEYS))
    out: list[tuple[str, object]] = []
    for name, item in keys.items():
        if name in ("candidates", "dry_run_matches"):
            out.append((name, list(item.strings())))
        elif name == "level":
            out.append((name, item.level().label))
        elif name in ("decision", "action"):
            choices = ("route", "redact_then_route", "deny", "reject")
            out.append(("decision", item.choice(choices)))
        elif name == "sent_level":
            out.append((name, item.level().label))
        elif name == "redacted":
            out.append((name, item.integer()))
        else:
            out.append((name, item.string()))
    return tuple(out)


__all__ = ["Case", "PolicyError", "parse_cases"]
