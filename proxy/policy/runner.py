"""``sovproxy policy test``: run a policy's ``NAME_test.yaml`` cases and report rule coverage.

Each case builds the request facts and a classification (given directly, or produced by the real
``Classifier`` from ``texts``), asks the engine for a decision with the case's ``backends_down``
as unavailable, and compares the outcome with ``expect``. Coverage counts every guardrail and rule
that some case reached (decided, matched, or matched in dry-run); the rest are listed, since a rule
no test reaches is a rule nobody knows to work.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any, ClassVar, overload

from proxy.backends.model import BackendInfo
from proxy.classify.taxonomy import Classification, Level, TextPart
from proxy.exchange import Decision
from proxy.policy._testfile import Case, parse_cases
from proxy.policy._yaml import PolicyError
from proxy.policy.engine import DEFAULT_RULE, Redact, RequestFacts, apply_redaction, decide
from proxy.policy.loader import load_policy
from proxy.policy.schema import Policy
from proxy.redact.request import redact_body, selected

#: Pseudonyms in policy tests are keyed by a fixed test key: only counts and levels are compared.
_TEST_KEY = b"sovproxy-policy-test-key"

__all__ = [
    "CaseResult",
    "TestReport",
    "companion_test_path",
    "policy_files",
    "read_cases",
    "render_report",
    "run_cases",
    "run_policy_tests",
]

Classify = Callable[[list[TextPart]], Classification]


@dataclass(frozen=True, slots=True)
class CaseResult:
    """The outcome of one test case; ``messages`` say what differed."""

    name: str
    line: int | None
    passed: bool
    messages: tuple[str, ...] = ()
    outcome: tuple[tuple[str, Any], ...] = ()


@dataclass(frozen=True, slots=True)
class TestReport:
    """The result of running one policy's tests."""

    __test__: ClassVar[bool] = False  # not a pytest test class

    policy_path: Path
    test_path: Path
    policy_name: str | None = None
    policy_version: str | None = None
    cases: tuple[CaseResult, ...] = ()
    unreached: tuple[str, ...] = ()
    total_rules: int = 0
    warnings: tuple[str, ...] = ()
    error: str | None = None

    @property
    def failed(self) -> int:
        """How many cases failed."""
        return sum(not case.passed for case in self.cases)

    @property
    def ok(self) -> bool:
        """True when the policy and tests loaded and every case passed."""
        return self.error is None and self.failed == 0


def companion_test_path(policy_path: Path) -> Path:
    """``policies/x.yaml`` → ``policies/x_test.yaml``."""
    return policy_path.with_name(f"{policy_path.stem}_test{policy_path.suffix}")


def policy_files(path: Path) -> list[Path]:
    """The policy files at ``path``: the file itself, or a directory's ``*.yaml`` minus tests."""
    if not path.is_dir():
        return [path]
    return sorted(p for p in path.glob("*.yaml") if not p.stem.endswith("_test"))


def run_policy_tests(
    policy_path: Path,
    backends: Mapping[str, BackendInfo],
    *,
    classify: Classify | None = None,
) -> TestReport:
    """Load the policy and its test file (one read each), run every case; errors land in ``error``.

    ``classify`` turns ``texts`` into a classification; by default the real ``Classifier``,
    imported only when a case needs it.
    """
    test_path = companion_test_path(policy_path)
    try:
        policy = load_policy(policy_path, backends)
        cases = read_cases(test_path, backends)
    except PolicyError as exc:
        return TestReport(policy_path, test_path, error=str(exc))
    return run_cases(policy, cases, backends, test_path=test_path, classify=classify)


@overload
def read_cases(test_path: Path, backends: Mapping[str, BackendInfo]) -> list[Case]: ...


@overload
def read_cases(
    test_path: Path, backends: Mapping[str, BackendInfo], *, missing_ok: bool
) -> list[Case] | None: ...


def read_cases(
    test_path: Path, backends: Mapping[str, BackendInfo], *, missing_ok: bool = False
) -> list[Case] | None:
    """Read ``test_path`` once and parse its cases; ``None`` if it is absent and ``missing_ok``.

    A file that exists but cannot be read, decoded or parsed raises ``PolicyError``: a policy
    whose tests cannot run must not be activated as if it had none.
    """
    try:
        data = test_path.read_bytes()
    except OSError as exc:
        if missing_ok and isinstance(exc, FileNotFoundError):
            return None
        raise PolicyError(f"cannot read test file: {exc.strerror}", file=str(test_path)) from None
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        raise PolicyError("test file is not UTF-8 text", file=str(test_path)) from None
    return parse_cases(text, str(test_path), backends)


def run_cases(
    policy: Policy,
    cases: Sequence[Case],
    backends: Mapping[str, BackendInfo],
    *,
    test_path: Path,
    classify: Classify | None = None,
) -> TestReport:
    """Run ``cases`` against this very compiled ``policy`` (what a reload would activate).

    The one place cases are run: ``sovproxy policy test`` and the policy store's reload both
    come here, so what was tested is the object that is swapped in, not a second read of a file.
    """
    runner = _Runner(policy, backends, classify)
    results = tuple(runner.run(case) for case in cases)
    ids = policy.rule_ids()
    return TestReport(
        policy.path,
        test_path,
        policy_name=policy.name,
        policy_version=policy.version,
        cases=results,
        unreached=tuple(i for i in ids if i not in runner.reached),
        total_rules=len(ids),
        warnings=policy.warnings,
    )


def _real_classifier() -> Classify:
    """The project's ``Classifier`` (built once per run: compiling its detectors takes a while)."""
    classifier = importlib.import_module("proxy.classify").Classifier()

    def classify(parts: list[TextPart]) -> Classification:
        """Classify the case's texts, with nothing unscannable."""
        result: Classification = classifier.classify(parts, ())
        return result

    return classify


class _Runner:
    """Runs cases against one policy, collecting which guardrails and rules were reached."""

    def __init__(
        self, policy: Policy, backends: Mapping[str, BackendInfo], classify: Classify | None
    ) -> None:
        self.policy = policy
        self.backends = backends
        self._classify = classify
        self.reached: set[str] = set()

    def run(self, case: Case) -> CaseResult:
        """Decide one case and compare the outcome with what it expects."""
        try:
            outcome = self._outcome(case)
        except Exception as exc:  # a broken classifier fails the case, not the run
            return CaseResult(case.name, case.line, False, (f"error: {exc!r}",))
        messages = tuple(_compare(case.expect, outcome, self.policy))
        return CaseResult(case.name, case.line, not messages, messages, tuple(outcome.items()))

    def _outcome(self, case: Case) -> dict[str, Any]:
        try:
            label = Level.parse(case.label) if case.label is not None else None
        except ValueError:
            return {"decision": "reject", "reason": "unknown_label"}
        parts: list[TextPart] = []
        if case.texts is not None:
            parts = [TextPart(f"texts[{i}]", text) for i, text in enumerate(case.texts)]
            if self._classify is None:
                self._classify = _real_classifier()
            classification = self._classify(parts)
        else:
            classification = case.classification or Classification(Level.PUBLIC)
        facts = RequestFacts(case.tenant, case.team, case.model, case.endpoint, label)
        decision = decide(
            classification, facts, self.policy, self.backends, unavailable=case.backends_down
        )
        redacted: list[int] = []
        redact = self._redact(parts if case.texts is not None else None, classification, redacted)
        decision = apply_redaction(decision, facts, self.policy, redact)
        self._record(decision)
        return {**_as_outcome(decision), "redacted": redacted[0] if redacted else None}

    def _redact(
        self, parts: list[TextPart] | None, classification: Classification, counted: list[int]
    ) -> Redact:
        """The redact stage of a case: the case's texts pseudonymised and classified again; for
        a given classification, its findings of the named types taken away."""

        def redact(decision: Decision) -> Classification:
            found = selected(classification.findings, decision.redact)
            if parts is None:
                counted.append(len(found))
                left = tuple(f for f in classification.findings if f not in found)
                level = max((f.level() for f in left), default=Level.PUBLIC)
                return replace(classification, level=level, findings=left)
            body = {"texts": [part.text for part in parts]}
            redaction = redact_body(body, parts, found, _TEST_KEY, "policy-test")
            counted.append(len(redaction.issued))
            texts = redaction.body["texts"]
            assert self._classify is not None
            return self._classify([TextPart(p.part, t) for p, t in zip(parts, texts, strict=True)])

        return redact

    def _record(self, decision: Decision) -> None:
        self.reached.update(t.rule for t in decision.trace if t.matched)
        if decision.rule is not None:
            self.reached.add(decision.rule)
        self.reached.discard(DEFAULT_RULE)


def _as_outcome(decision: Decision) -> dict[str, Any]:
    return {
        "decision": decision.action,
        "rule": decision.rule,
        "level": decision.level.label,
        "reason": decision.reason,
        "candidates": list(decision.candidates),
        "backend": decision.candidates[0] if decision.candidates else None,
        "dry_run_matches": list(decision.dry_run_matches),
        "sent_level": decision.sent_level.label if decision.sent_level is not None else None,
    }


def _compare(
    expect: tuple[tuple[str, object], ...], outcome: dict[str, Any], policy: Policy
) -> list[str]:
    messages: list[str] = []
    for key, wanted in expect:
        if key == "pool":
            backend = outcome.get("backend")
            members = _pool_members(policy, str(wanted))
            if backend is None or backend not in members:
                messages.append(
                    f"expected first backend in pool {wanted!r} {members}, got {backend!r}"
                )
            continue
        got = outcome.get(key)
        if got != wanted:
            messages.append(f"expected {key} {wanted!r}, got {got!r}")
    return messages


def _pool_members(policy: Policy, name: str) -> list[str]:
    try:
        return list(policy.pool(name).members)
    except KeyError:
        return []


def render_report(report: TestReport, coverage: bool) -> str:
    """A human-readable report; with ``coverage``, the guardrails and rules no case reached."""
    head = f"{report.policy_path}"
    if report.error is not None:
        return f"{head}: ERROR\n  {report.error}\n"
    lines = [f"{head} ({report.policy_name} {report.policy_version}): {len(report.cases)} cases"]
    for case in report.cases:
        lines.append(f"  {'PASS' if case.passed else 'FAIL'} {case.name}")
        lines.extend(f"       {report.test_path}:{case.line}: {m}" for m in case.messages)
    lines.extend(f"  warning: {w}" for w in report.warnings)
    passed = len(report.cases) - report.failed
    lines.append(f"  {passed} passed, {report.failed} failed")
    if coverage:
        reached = report.total_rules - len(report.unreached)
        lines.append(f"  coverage: {reached}/{report.total_rules} guardrails and rules reached")
        lines.extend(f"    not reached: {rule_id}" for rule_id in report.unreached)
    return "\n".join(lines) + "\n"
