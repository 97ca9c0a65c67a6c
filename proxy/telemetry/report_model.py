"""The sovereignty report's numbers, aggregated from audit-log files.

``build_report`` reads the records (skipping lines that are not records; the verifier reports
those) and counts: requests by level × tier × jurisdictions, by tenant, by model and by backend,
denials by rule, fallbacks, policies in force, finding types, and how many requests of each level
went down a pipe reachable under US (CLOUD Act) or PRC law. It also runs the chain verification,
so the report states whether the evidence it summarises is intact.
"""

from __future__ import annotations

import math
import time
from collections import Counter
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import orjson

from proxy.telemetry.audit_deployment import DeploymentResult, verify_deployment
from proxy.telemetry.audit_note import Verifier

LEVELS = ("public", "internal", "confidential", "restricted")
NOT_SENT = "not sent"


@dataclass(slots=True)
class Row:
    """Counts for one tenant, model or backend."""

    requests: int = 0
    served: int = 0
    denied: int = 0
    failed: int = 0
    tokens: int = 0
    latencies_ms: list[float] = field(default_factory=list)

    def percentile(self, fraction: float) -> float | None:
        """Nearest-rank percentile of the recorded latencies (``None`` when there are none)."""
        if not self.latencies_ms:
            return None
        ordered = sorted(self.latencies_ms)
        rank = max(1, min(len(ordered), math.ceil(fraction * len(ordered))))
        return ordered[rank - 1]


@dataclass(slots=True)
class BackendFacts:
    """What the log says about a backend's pipe (from its latest record)."""

    tier: str
    jurisdictions: str
    us_reachable: bool | None
    cn_reachable: bool | None
    pipe: str = ""


@dataclass(slots=True)
class Report:
    """Aggregates over the audit records of ``files``; ``verify`` is the chain's verdict."""

    files: list[str]
    verify: DeploymentResult
    generated_at: float
    records: int = 0
    first_ts: float | None = None
    last_ts: float | None = None
    outcomes: Counter[str] = field(default_factory=Counter)
    actions: Counter[str] = field(default_factory=Counter)
    level_tier_jurisdictions: Counter[tuple[str, str, str]] = field(default_factory=Counter)
    levels: Counter[str] = field(default_factory=Counter)
    tiers: Counter[str] = field(default_factory=Counter)
    us_reachable_by_level: Counter[str] = field(default_factory=Counter)
    cn_reachable_by_level: Counter[str] = field(default_factory=Counter)
    tenants: dict[str, Row] = field(default_factory=dict)
    models: dict[str, Row] = field(default_factory=dict)
    backends: dict[str, Row] = field(default_factory=dict)
    backend_facts: dict[str, BackendFacts] = field(default_factory=dict)
    denials: Counter[tuple[str, str]] = field(default_factory=Counter)
    fallbacks: Counter[tuple[str, str]] = field(default_factory=Counter)
    with_fallback: int = 0
    policies: Counter[tuple[str, str, str]] = field(default_factory=Counter)
    findings: Counter[str] = field(default_factory=Counter)

    def add(self, record: dict[str, Any]) -> None:
        """Count one audit record (a strict-mode decision record is counted with its outcome)."""
        if record.get("phase") == "decision":
            return
        self.records += 1
        self._time(record.get("ts"))
        outcome = outcome_of(record)
        self.outcomes[outcome] += 1
        self.actions[_text(record.get("action"), "none")] += 1
        level = _text(record.get("level"), "unknown")
        self.levels[level] += 1
        self._pipe(record, level)
        tokens = tokens_of(record.get("usage"))
        self._row(self.tenants, _text(record.get("tenant"), "unknown"), outcome, tokens)
        self._row(self.models, _text(record.get("model"), "unknown"), outcome, tokens)
        self._decision(record, outcome)
        for kind, count in _dict(record.get("findings")).items():
            if isinstance(count, int):
                self.findings[str(kind)] += count

    def _time(self, ts: object) -> None:
        if isinstance(ts, int | float):
            self.first_ts = ts if self.first_ts is None else min(self.first_ts, ts)
            self.last_ts = ts if self.last_ts is None else max(self.last_ts, ts)

    def _pipe(self, record: dict[str, Any], level: str) -> None:
        backend = record.get("backend")
        sent = isinstance(backend, str) and record.get("action") != "deny"
        tier = _text(record.get("tier"), "unknown") if sent else NOT_SENT
        places = record.get("jurisdictions")
        where = ",".join(str(code) for code in places) if sent and places else "—"
        self.level_tier_jurisdictions[(level, tier, where)] += 1
        self.tiers[tier] += 1
        if not sent:
            return
        self.us_reachable_by_level[level] += record.get("us_reachable") is True
        self.cn_reachable_by_level[level] += record.get("cn_reachable") is True
        name = str(backend)
        us, cn = record.get("us_reachable"), record.get("cn_reachable")
        self.backend_facts[name] = BackendFacts(
            tier,
            where,
            us if isinstance(us, bool) else None,
            cn if isinstance(cn, bool) else None,
            describe_hops(record.get("hops")),
        )
        row = self._row(self.backends, name, outcome_of(record), tokens_of(record.get("usage")))
        latency = _dict(record.get("timings_ms")).get("total")
        if isinstance(latency, int | float):
            row.latencies_ms.append(float(latency))

    def _decision(self, record: dict[str, Any], outcome: str) -> None:
        policy = _dict(record.get("policy"))
        if policy:
            key = tuple(_text(policy.get(part), "—") for part in ("name", "version", "sha256"))
            self.policies[(key[0], key[1], key[2][:12])] += 1
        if outcome == "denied":
            rule = _text(record.get("rule"), "(default)")
            self.denials[(rule, _text(record.get("reason"), ""))] += 1
        tried = [str(name) for name in record.get("fallbacks") or []]
        if tried:
            self.with_fallback += 1
            final = _text(record.get("backend"), "none")
            for name in tried:
                self.fallbacks[(name, final)] += 1

    @staticmethod
    def _row(rows: dict[str, Row], key: str, outcome: str, tokens: int) -> Row:
        row = rows.setdefault(key, Row())
        row.requests += 1
        row.served += outcome == "served"
        row.denied += outcome == "denied"
        row.failed += outcome in ("failed", "error")
        row.tokens += tokens
        return row


def describe_hops(hops: object) -> str:
    """A pipe as one line: ``operator (HQ[/parent], in LOCATION) → ...``."""
    parts = []
    for hop in hops if isinstance(hops, list) else []:
        hop = _dict(hop)
        owners = "/".join(
            str(code) for code in (hop.get("operator_hq"), hop.get("parent_hq")) if code
        )
        mark = " [unverified]" if hop.get("unverified") else ""
        parts.append(f"{hop.get('operator')} ({owners}, in {hop.get('location')}){mark}")
    return " → ".join(parts)


def _text(value: object, default: str) -> str:
    return default if value is None or value == "" else str(value)


def _dict(value: object) -> dict[str, Any]:
    return value if isinstance(value, dict) else {}


def outcome_of(record: dict[str, Any]) -> str:
    """``denied`` (policy said no), ``served`` (2xx/3xx), ``failed`` (routed, no success) or
    ``error`` (stopped before any decision)."""
    action = record.get("action")
    status = record.get("status")
    if action == "deny":
        return "denied"
    if isinstance(status, int) and 200 <= status < 400:
        return "served"
    return "error" if action is None else "failed"


def tokens_of(usage: object) -> int:
    """Total tokens of a usage mapping: ``total_tokens``, else input plus output."""
    usage = _dict(usage)
    total = usage.get("total_tokens")
    if isinstance(total, int):
        return total
    parts = ("prompt_tokens", "completion_tokens", "input_tokens", "output_tokens")
    return sum(value for key in parts if isinstance(value := usage.get(key), int))


def iter_records(path: Path) -> Iterator[dict[str, Any]]:
    """The records of one file, streamed; blank, unparsable and non-object lines are skipped."""
    try:
        with path.open("rb") as handle:
            for raw in handle:
                try:
                    record = orjson.loads(raw) if raw.strip() else None
                except orjson.JSONDecodeError:
                    continue
                if isinstance(record, dict):
                    yield record
    except OSError:
        return


def build_report(
    paths: Sequence[Path | str], *, now: float | None = None, verifier: Verifier | None = None
) -> Report:
    """Verify the segments named by ``paths`` (files or directories; each segment's rotations and
    checkpoints are found beside it) and aggregate their records; ``now`` dates the report."""
    verdict = verify_deployment(paths, verifier)
    files = [path for segment in verdict.segments for path in segment.files]
    report = Report(
        files=[str(path) for path in files],
        verify=verdict,
        generated_at=time.time() if now is None else now,
    )
    for path in files:
        for record in iter_records(path):
            report.add(record)
    return report
