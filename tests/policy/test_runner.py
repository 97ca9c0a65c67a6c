"""The policy test runner: shipped policies pass with full coverage; failures are reported."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from proxy.backends.catalog import backend_info, load_backend_specs
from proxy.backends.model import EU_EEA, BackendInfo, Hop
from proxy.classify import Classifier
from proxy.classify.taxonomy import Classification, Finding, Level, TextPart
from proxy.policy.runner import (
    Classify,
    companion_test_path,
    policy_files,
    render_report,
    run_policy_tests,
)

SHIPPED = ["default", "banking-dora", "health-gdpr", "public-sector"]

POLICY = """\
apiVersion: sovproxy.dev/v1
kind: RoutingPolicy
metadata: {name: mini, version: "3"}
spec:
  pools:
    local: {tier: self_hosted}
    eu: {tier: eu_only}
  allowed_pools:
    public: [local, eu]
    internal: [local, eu]
    confidential: [local, eu]
    restricted: [local]
  guardrails:
    - id: G1
      when: {findings.any: ["secret.*"]}
  rules:
    - id: R1
      priority: 1
      when: {level.in: [restricted]}
      action: route
      to: [local]
    - id: R2
      priority: 2
      when: {level.lte: confidential}
      action: route
      to: [eu]
      fallback: [local]
"""


@pytest.fixture(scope="module")
def classify(classifier: Classifier) -> Classify:
    """The cases' texts classified by the run's compiled classifier, as serve's reload does."""
    return lambda parts: classifier.classify(parts, ())


HEAD = "apiVersion: sovproxy.dev/v1\nkind: PolicyTest\ntests:\n"


def write_pair(tmp_path: Path, tests: str, policy: str = POLICY) -> Path:
    path = tmp_path / "mini.yaml"
    path.write_text(policy, encoding="utf-8")
    (tmp_path / "mini_test.yaml").write_text(HEAD + tests, encoding="utf-8")
    return path


@pytest.mark.parametrize("name", SHIPPED)
def test_shipped_policy_tests_pass_with_full_coverage(
    policies_dir: Path, backends: dict[str, BackendInfo], classify: Classify, name: str
) -> None:
    """Every shipped policy's tests pass and reach every guardrail and rule."""
    report = run_policy_tests(policies_dir / f"{name}.yaml", backends, classify=classify)
    assert report.error is None, report.error
    assert report.ok, render_report(report, coverage=True)
    assert report.unreached == ()
    assert report.total_rules >= 5
    assert len(report.cases) >= 8
    text = render_report(report, coverage=True)
    assert f"coverage: {report.total_rules}/{report.total_rules}" in text


def test_passing_and_failing_cases(tmp_path: Path, backends: dict[str, BackendInfo]) -> None:
    """Mismatches are reported per key with the case's line; coverage lists unreached checks."""
    path = write_pair(
        tmp_path,
        "  - name: good\n"
        "    given: {classifier: {level: confidential}}\n"
        "    expect: {decision: route, rule: R2, backend: eu-cloud, pool: eu,"
        " level: confidential}\n"
        "  - name: bad\n"
        "    given: {classifier: {level: public}}\n"
        "    expect: {action: deny, pool: local, candidates: [onprem-llm]}\n"
        "  - name: bad pool\n"
        "    given: {classifier: {level: restricted}, backends_down: [onprem-llm]}\n"
        "    expect: {pool: nowhere, reason: no_allowed_backend}\n",
    )
    report = run_policy_tests(path, backends)
    assert [c.passed for c in report.cases] == [True, False, False]
    bad = report.cases[1]
    assert bad.line == 7
    assert "expected decision 'deny', got 'route'" in bad.messages
    assert any(m.startswith("expected first backend in pool 'local'") for m in bad.messages)
    assert "expected candidates ['onprem-llm'], got ['eu-cloud', 'onprem-llm']" in bad.messages
    assert report.cases[2].messages == ("expected first backend in pool 'nowhere' [], got None",)
    assert report.unreached == ("G1",)
    assert not report.ok and report.failed == 2
    text = render_report(report, coverage=True)
    assert "FAIL bad" in text and "PASS good" in text
    assert f"{tmp_path / 'mini_test.yaml'}:7: expected decision" in text
    assert "1 passed, 2 failed" in text
    assert "coverage: 2/3" in text and "not reached: G1" in text
    assert "coverage" not in render_report(report, coverage=False)


def test_texts_use_the_classify_function(tmp_path: Path, backends: dict[str, BackendInfo]) -> None:
    """Cases with texts are classified by the runner's classifier, and defaults apply."""
    seen: list[list[TextPart]] = []

    def classify(parts: list[TextPart]) -> Classification:
        seen.append(parts)
        if "key" in parts[0].text:
            return Classification(Level.RESTRICTED, (Finding("secret.api_key", None, 0, 3),))
        return Classification(Level.PUBLIC)

    path = write_pair(
        tmp_path,
        "  - name: secret text\n"
        "    given: {texts: ['my key is abc']}\n"
        "    expect: {decision: deny, rule: G1}\n"
        "  - name: plain text\n"
        "    given: {texts: ['hello', 'world'], team: a, tenant: b, endpoint: e}\n"
        "    expect: {decision: route, rule: R2}\n",
    )
    report = run_policy_tests(path, backends, classify=classify)
    assert report.ok, render_report(report, coverage=True)
    assert seen[1] == [TextPart("texts[0]", "hello"), TextPart("texts[1]", "world")]
    assert report.unreached == ("R1",)


def test_classifier_crash_fails_the_case(tmp_path: Path, backends: dict[str, BackendInfo]) -> None:
    """A classifier that raises fails its case with the error, and the run continues."""

    def classify(parts: list[TextPart]) -> Classification:
        raise RuntimeError("detector down")

    path = write_pair(
        tmp_path,
        "  - name: crash\n    given: {texts: [x]}\n    expect: {decision: deny}\n"
        "  - name: fine\n    given: {classifier: {level: public}}\n    expect: {rule: R2}\n",
    )
    report = run_policy_tests(path, backends, classify=classify)
    assert [c.passed for c in report.cases] == [False, True]
    assert "detector down" in report.cases[0].messages[0]


@pytest.mark.parametrize(
    ("tests", "message"),
    [
        ("  - name: x\n    expect: {}\n", "mini_test.yaml:5: tests[0].expect: expect at least one"),
        ("  - name: x\n    expect: {rule: R1}\n    extra: 1\n", "tests[0].extra: unknown key"),
        (
            "  - name: x\n    given: {texts: [a], classifier: {level: public}}\n"
            "    expect: {rule: R1}\n",
            "give either texts or classifier",
        ),
        (
            "  - name: x\n    given: {backends_down: [ghost]}\n    expect: {rule: R1}\n",
            "tests[0].given.backends_down[0]: unknown backend 'ghost'",
        ),
        (
            "  - name: x\n    given: {classifier: {findings: [dna]}}\n    expect: {rule: R1}\n",
            "unknown finding type 'dna'",
        ),
        (
            "  - name: x\n    given: {classifier: {findings: [marking.top]}}\n"
            "    expect: {rule: R1}\n",
            "unknown level 'top'",
        ),
        ("  - name: x\n    expect: {decision: allow}\n", "unknown value 'allow'"),
        ("  - name: x\n    expect: {level: secret}\n", "unknown level 'secret'"),
        ("  []\n", "no test cases"),
    ],
)
def test_invalid_test_files_are_load_errors(
    tmp_path: Path, backends: dict[str, BackendInfo], tests: str, message: str
) -> None:
    """A malformed test file is reported as an error naming file, line and key."""
    report = run_policy_tests(write_pair(tmp_path, tests), backends)
    assert report.error is not None and message in report.error, report.error
    assert not report.ok
    assert render_report(report, coverage=True).endswith(f"ERROR\n  {report.error}\n")


def test_wrong_kind_and_missing_files(tmp_path: Path, backends: dict[str, BackendInfo]) -> None:
    """A wrong kind, a missing test file and an invalid policy are load errors."""
    path = write_pair(tmp_path, "  - name: x\n    expect: {rule: R1}\n")
    test_path = companion_test_path(path)
    test_path.write_text("kind: Other\ntests: []\n", encoding="utf-8")
    assert "expected 'PolicyTest'" in (run_policy_tests(path, backends).error or "")
    test_path.unlink()
    assert "cannot read test file" in (run_policy_tests(path, backends).error or "")
    path.write_text("kind: nope\n", encoding="utf-8")
    assert "mini.yaml" in (run_policy_tests(path, backends).error or "")


def test_classifier_given_forms(tmp_path: Path, backends: dict[str, BackendInfo]) -> None:
    """unscannable as a flag or a list, an explicit level, defaults and header case all work."""
    path = write_pair(
        tmp_path,
        "  - name: flag\n    given: {classifier: {unscannable: true}}\n"
        "    expect: {rule: R1, level: restricted}\n"
        "  - name: no flag\n    given: {classifier: {unscannable: false, level: internal}}\n"
        "    expect: {rule: R2, level: internal}\n"
        "  - name: header\n    given: {headers: {x-data-classification: Restricted, Other: 1}}\n"
        "    expect: {rule: R1}\n"
        "  - name: other header only\n    given: {headers: {Accept: json}}\n"
        "    expect: {rule: R2, level: public}\n"
        "  - name: error\n    given: {classifier: {error: boom}}\n"
        "    expect: {decision: deny, reason: classifier_error}\n",
    )
    report = run_policy_tests(path, backends)
    assert report.ok, render_report(report, coverage=False)


def test_policy_files(policies_dir: Path, tmp_path: Path) -> None:
    """A directory yields its policies without the test files; a file yields itself."""
    names = [p.stem for p in policy_files(policies_dir)]
    assert set(SHIPPED) <= set(names)
    assert not any(n.endswith("_test") for n in names)
    assert policy_files(tmp_path / "x.yaml") == [tmp_path / "x.yaml"]
    assert companion_test_path(Path("p/a.yaml")) == Path("p/a_test.yaml")


def test_shipped_tests_pass_on_the_demo_configuration(
    policies_dir: Path, classify: Classify
) -> None:
    """The shipped policy tests also pass against config/backends.yaml (what reload runs)."""
    config = policies_dir.parent / "config"
    texts = [p.read_text(encoding="utf-8") for p in config.rglob("*.yaml")]
    env = {name: "unused" for text in texts for name in re.findall(r"\$\{env:([A-Z0-9_]+)\}", text)}
    specs = load_backend_specs(Path("backends.yaml"), config, env)
    proxy_hop = Hop(role="proxy", operator="self", operator_hq="DE", location="DE")
    infos = {name: backend_info(name, spec, proxy_hop, EU_EEA) for name, spec in specs.items()}
    for name in SHIPPED:
        report = run_policy_tests(policies_dir / f"{name}.yaml", infos, classify=classify)
        assert report.ok and not report.unreached, render_report(report, coverage=True)
