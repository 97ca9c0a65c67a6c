"""Tests for the sovereignty report built from a small, fixed audit log."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest

from proxy.telemetry.audit import AuditLog
from proxy.telemetry.report import Row, build_report, render_html, render_text
from proxy.telemetry.report_model import iter_records, outcome_of, tokens_of

SELF_HOP = {"operator": "self", "operator_hq": "DE", "location": "DE"}
CDN_HOP = {"operator": "CDN Inc.", "operator_hq": "US", "location": "EU", "unverified": True}
EU_HOP = {"operator": "EuroAI SAS", "operator_hq": "FR", "parent_hq": "DE", "location": "FR"}
EU = {
    "tier": "eu_only",
    "jurisdictions": ["DE", "FR"],
    "us_reachable": False,
    "hops": [SELF_HOP, EU_HOP],
}
EDGE = {
    "tier": "hyperscaler",
    "jurisdictions": ["DE", "EU", "FR", "US"],
    "us_reachable": True,
    "hops": [SELF_HOP, CDN_HOP, EU_HOP],
}
LOCAL = {"tier": "self_hosted", "jurisdictions": ["DE"], "us_reachable": False}
POLICY = {"name": "bank", "version": "3", "sha256": "ab" * 32}


def _rec(tenant: str, model: str, level: str, action: str, **extra: Any) -> dict[str, Any]:
    record = {
        "tenant": tenant,
        "model": model,
        "level": level,
        "action": action,
        "policy": POLICY,
        "cn_reachable": False,
        "fallbacks": [],
        "findings": {},
        "usage": {},
    }
    return record | extra


RECORDS = [
    _rec("acme", "m-large", "confidential", "route", backend="eu", status=200,
         usage={"total_tokens": 30}, timings_ms={"total": 100.0}, findings={"pii.email": 2}, **EU),
    _rec("acme", "m-large", "restricted", "deny", rule="no-secrets", reason="secret_detected",
         backend=None, status=403, findings={"secret.api_key": 1}),
    _rec("<b>globex</b>", "m-small", "public", "route", backend="edge", status=200,
         fallbacks=["eu"], usage={"prompt_tokens": 5, "completion_tokens": 7},
         timings_ms={"total": 300.0}, **EDGE),
    _rec("<b>globex</b>", "m-small", "internal", "route", backend="local", status=502, **LOCAL),
    _rec("acme", "m-large", "restricted", "deny", rule=None, reason="no_rule_matched",
         backend=None, status=403),
    _rec("acme", "m-small", "confidential", "redact_then_route", backend="eu", status=200,
         fallbacks=["local"], timings_ms={"total": 200.0}, **EU),
    {"request_id": "bad-json-before-decision", "action": None, "status": 400, "tenant": "acme"},
]  # fmt: skip


@pytest.fixture
def log_path(tmp_path: Path) -> Path:
    """A small audit log written through AuditLog (so its chain is genuine)."""
    path = tmp_path / "audit.jsonl"
    with AuditLog(path) as log:
        for index, record in enumerate(RECORDS):
            log.write({**record, "ts": 1_700_000_000.0 + 10 * index})
    return path


def _squash(text: str) -> str:
    return re.sub(r"[ \t]+", " ", text)


def test_report_counts_the_fixed_log(log_path: Path) -> None:
    """The aggregates match the seven records by level × tier × place, tenant, model and rule."""
    report = build_report([log_path], now=0.0)
    assert report.verify.ok and report.records == 7
    assert report.level_tier_jurisdictions[("confidential", "eu_only", "DE,FR")] == 2
    assert report.level_tier_jurisdictions[("restricted", "not sent", "—")] == 2
    assert report.level_tier_jurisdictions[("public", "hyperscaler", "DE,EU,FR,US")] == 1
    assert report.us_reachable_by_level == {"public": 1, "confidential": 0, "internal": 0}
    assert (report.tenants["acme"].requests, report.tenants["acme"].denied) == (5, 2)
    assert report.models["m-small"].tokens == 12
    assert report.denials == {
        ("no-secrets", "secret_detected"): 1,
        ("(default)", "no_rule_matched"): 1,
    }
    assert report.fallbacks == {("eu", "edge"): 1, ("local", "eu"): 1}
    assert report.outcomes == {"served": 3, "denied": 2, "failed": 1, "error": 1}
    assert report.policies == {("bank", "3", "abababababab"): 6}
    assert report.findings == {"pii.email": 2, "secret.api_key": 1}
    assert report.backends["eu"].percentile(0.5) == 100.0


def test_render_text_shows_the_aggregates(log_path: Path) -> None:
    """The terminal table carries the same figures, one row per group."""
    text = _squash(render_text(build_report([log_path], now=0.0)))
    for expected in (
        "Hash chain intact (7 records in 1 segment(s), signatures not checked)",
        "Period 2023-11-14 22:13:20Z to 2023-11-14 22:14:20Z",
        "confidential eu_only DE,FR 2",
        "restricted not sent — 2",
        "acme 5 2 2 1 30",
        "<b>globex</b> 2 1 0 1 12",
        "no-secrets secret_detected 1",
        "(default) no_rule_matched 1",
        "eu edge 1",
        "eu eu_only DE,FR no 2 2 0 100.0 200.0",
        "bank 3 abababababab 6",
        "2 request(s) needed a fallback",
        "eu self (DE, in DE) → EuroAI SAS (FR/DE, in FR)",
        "edge self (DE, in DE) → CDN Inc. (US, in EU) [unverified] → EuroAI SAS (FR/DE, in FR)",
    ):
        assert expected in text, expected


def test_render_html_is_self_contained_and_escaped(log_path: Path) -> None:
    """The page has inline SVG charts, no script or external resource, and escapes log values."""
    page = render_html(build_report([log_path], now=0.0))
    assert page.startswith("<!DOCTYPE html>") and page.count("<svg") >= 4
    for forbidden in ("<script", "http:", "https:", "src=", "href=", "url(", "@import"):
        assert forbidden not in page
    assert "<b>globex" not in page and "&lt;b&gt;globex&lt;/b&gt;" in page
    assert "Hash chain intact" in page
    assert '<td>confidential</td><td>eu_only</td><td>DE,FR</td><td class="n">2</td>' in page


def test_report_flags_a_broken_chain(log_path: Path) -> None:
    """A tampered log is reported as broken in both renderings, naming the line."""
    lines = log_path.read_bytes().splitlines()
    lines[1] = lines[1].replace(b'"tenant":"acme"', b'"tenant":"other"')
    log_path.write_bytes(b"\n".join(lines) + b"\n")
    report = build_report([log_path], now=0.0)
    assert "BROKEN: 1 problem(s)" in render_text(report)
    assert f"{log_path}:2: modified" in render_text(report)
    assert "Hash chain BROKEN" in render_html(report)


def test_report_summarises_a_file_that_is_not_an_audit_log(tmp_path: Path) -> None:
    """260 lines that are not records: three are named, then one line counts the rest."""
    path = tmp_path / "audit.jsonl"
    path.write_text("not json\n" * 260)
    report = build_report([path], now=0.0)
    text = render_text(report)
    assert "BROKEN: 260 problem(s)" in text
    assert text.count(": bad_json: ") == 3
    assert f"{path}: … and 257 more bad_json line(s)" in text
    assert "257 more bad_json" in render_html(report)


def test_empty_report_renders(tmp_path: Path) -> None:
    """With no records the renderers show empty tables instead of failing."""
    report = build_report([tmp_path / "missing.jsonl"], now=0.0)
    assert report.records == 0
    assert "(none)" in render_text(report) and ">none</td>" in render_html(report)
    assert list(iter_records(tmp_path / "missing.jsonl")) == []


def test_read_records_skips_lines_that_are_not_records(tmp_path: Path) -> None:
    """Blank, unparsable and non-object lines are skipped when aggregating."""
    path = tmp_path / "audit.jsonl"
    path.write_bytes(b'{"a": 1}\n\nnope\n[1]\n{"b": 2}\n')
    assert list(iter_records(path)) == [{"a": 1}, {"b": 2}]


@pytest.mark.parametrize(
    ("record", "expected"),
    [
        ({"action": "deny", "status": 403}, "denied"),
        ({"action": "route", "status": 200}, "served"),
        ({"action": "route", "status": 304}, "served"),
        ({"action": "route", "status": 502}, "failed"),
        ({"action": "route", "status": None}, "failed"),
        ({"action": None, "status": 400}, "error"),
    ],
)
def test_outcome_of(record: dict[str, Any], expected: str) -> None:
    """Each record falls in exactly one outcome by action and status."""
    assert outcome_of(record) == expected


@pytest.mark.parametrize(
    ("usage", "expected"),
    [
        ({"total_tokens": 9, "prompt_tokens": 1}, 9),
        ({"input_tokens": 3, "output_tokens": 4}, 7),
        ({"prompt_tokens": "x"}, 0),
        (None, 0),
    ],
)
def test_tokens_of(usage: object, expected: int) -> None:
    """Token totals come from total_tokens, else from the input and output counts."""
    assert tokens_of(usage) == expected


@pytest.mark.parametrize(
    ("values", "fraction", "expected"),
    [
        ([], 0.5, None),
        ([5.0], 0.95, 5.0),
        ([1.0, 2.0, 3.0, 4.0], 0.5, 2.0),
        ([1.0, 9.0], 0.95, 9.0),
    ],
)
def test_row_percentile(values: list[float], fraction: float, expected: float | None) -> None:
    """Percentiles use the nearest rank over the recorded latencies."""
    assert Row(latencies_ms=values).percentile(fraction) == expected
