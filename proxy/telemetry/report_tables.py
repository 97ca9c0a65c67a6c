"""The report's tables as plain rows, shared by the terminal and the HTML renderers.

Each ``Table`` has a title, a one-line note for the reader, column headers and rows of cells
(``str`` or ``int``/``float`` — numbers are right-aligned by both renderers). Order is stable:
levels from public to restricted, then by count, then by name.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime

from proxy.telemetry.report_model import LEVELS, Report, Row

Cell = str | int | float


@dataclass(frozen=True, slots=True)
class Table:
    """One section of the report."""

    title: str
    note: str
    headers: tuple[str, ...]
    rows: list[tuple[Cell, ...]]


def level_rank(level: str) -> int:
    """Position of a level name in ``LEVELS`` (unknown names sort last)."""
    return LEVELS.index(level) if level in LEVELS else len(LEVELS)


def when(ts: float | None) -> str:
    """A Unix time as ``YYYY-MM-DD HH:MM:SSZ`` (``—`` when unknown)."""
    if ts is None:
        return "—"
    return datetime.fromtimestamp(ts, UTC).strftime("%Y-%m-%d %H:%M:%SZ")


def _ms(value: float | None) -> Cell:
    return "—" if value is None else round(value, 1)


def _flag(value: bool | None) -> str:
    return "—" if value is None else ("yes" if value else "no")


def summary(report: Report) -> list[tuple[str, str]]:
    """Headline facts: period, chain verdict, totals."""
    verdict = report.verify
    segments = len(verdict.segments)
    signed = "signatures checked" if verdict.signature_checked else "signatures not checked"
    chain = (
        f"intact ({verdict.records} records in {segments} segment(s), {signed})"
        if verdict.ok
        else f"BROKEN: {len(verdict.issues)} problem(s) found"
    )
    return [
        ("Files", ", ".join(report.files)),
        ("Period", f"{when(report.first_ts)} to {when(report.last_ts)}"),
        ("Generated", when(report.generated_at)),
        ("Hash chain", chain),
        ("Requests", str(report.records)),
        ("Served", str(report.outcomes["served"])),
        ("Denied by policy", str(report.outcomes["denied"])),
        ("Failed", str(report.outcomes["failed"] + report.outcomes["error"])),
        ("With fallback", str(report.with_fallback)),
    ]


def _rows(rows: dict[str, Row], *, latency: bool = False) -> list[tuple[Cell, ...]]:
    ordered = sorted(rows.items(), key=lambda item: (-item[1].requests, item[0]))
    out: list[tuple[Cell, ...]] = []
    for name, row in ordered:
        cells: tuple[Cell, ...] = (name, row.requests, row.served, row.denied, row.failed)
        if latency:
            cells += (_ms(row.percentile(0.5)), _ms(row.percentile(0.95)))
        out.append((*cells, row.tokens))
    return out


def _matrix(report: Report) -> Table:
    keys = sorted(
        report.level_tier_jurisdictions.items(),
        key=lambda item: (level_rank(item[0][0]), item[0][1], item[0][2]),
    )
    return Table(
        "Requests by level × tier × jurisdictions",
        "Where each sensitivity level was sent; jurisdictions of every hop, the proxy included.",
        ("level", "tier", "jurisdictions", "requests"),
        [(*key, count) for key, count in keys],
    )


def _foreign(report: Report) -> Table:
    levels = sorted(report.levels, key=level_rank)
    return Table(
        "Reach of foreign law, by level",
        "Requests sent down a pipe with a US-headquartered operator or parent (CLOUD Act) or a "
        "PRC-linked hop.",
        ("level", "requests", "US-reachable", "CN-reachable"),
        [
            (
                level,
                report.levels[level],
                report.us_reachable_by_level[level],
                report.cn_reachable_by_level[level],
            )
            for level in levels
        ],
    )


def _backends(report: Report) -> Table:
    rows: list[tuple[Cell, ...]] = []
    for name, requests, served, _denied, failed, p50, p95, _tokens in _rows(
        report.backends, latency=True
    ):
        facts = report.backend_facts[str(name)]
        pipe = (name, facts.tier, facts.jurisdictions, _flag(facts.us_reachable))
        rows.append((*pipe, requests, served, failed, p50, p95))
    return Table(
        "By backend",
        "Final backend of each request that was sent; latency is the whole request, in ms.",
        ("backend", "tier", "jurisdictions", "US", "requests", "served", "failed", "p50", "p95"),
        rows,
    )


def _pipes(report: Report) -> Table:
    return Table(
        "Pipes as recorded",
        "Every hop from this proxy (hop 0) to the model: operator (HQ/parent HQ, in location).",
        ("backend", "hops"),
        [(name, facts.pipe) for name, facts in sorted(report.backend_facts.items())],
    )


def _counted(pairs: list[tuple[tuple[str, ...], int]]) -> list[tuple[Cell, ...]]:
    return [(*key, count) for key, count in sorted(pairs, key=lambda item: (-item[1], item[0]))]


def tables(report: Report) -> list[Table]:
    """Every table of the report, in reading order."""
    people = ("requests", "served", "denied", "failed", "tokens")
    return [
        _matrix(report),
        _foreign(report),
        Table("By tenant", "", ("tenant", *people), _rows(report.tenants)),
        Table("By model", "Model names as requested.", ("model", *people), _rows(report.models)),
        _backends(report),
        _pipes(report),
        Table(
            "Denials by rule",
            "Requests the policy refused; (default) is the policy's deny-by-default.",
            ("rule", "reason", "requests"),
            _counted(list(report.denials.items())),
        ),
        Table(
            "Fallbacks",
            f"{report.with_fallback} request(s) needed a fallback: backend tried → final backend.",
            ("tried", "final", "times"),
            _counted(list(report.fallbacks.items())),
        ),
        Table(
            "Policies in force",
            "Policy name, version and sha256 prefix that took the decisions.",
            ("policy", "version", "sha256", "requests"),
            _counted(list(report.policies.items())),
        ),
        Table(
            "Findings by type",
            "Counts of detected sensitive values (never the values).",
            ("type", "count"),
            _counted([((name,), count) for name, count in report.findings.items()]),
        ),
    ]
