"""The sovereignty report as one self-contained HTML page for an auditor.

Everything is inline: CSS in a ``<style>`` element, charts as inline SVG; no script, no font, no
image or stylesheet from anywhere else, so the file can be archived, mailed and opened offline
and shows the same thing in ten years. Every value from the log is HTML-escaped: tenant, model
and rule names are data, never markup.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from html import escape

from proxy.telemetry.report_model import NOT_SENT, Report
from proxy.telemetry.report_tables import Cell, Table, level_rank, summary, tables

TIER_COLOURS = {
    "self_hosted": "#2e7d32",
    "eu_only": "#1565c0",
    "hyperscaler": "#ef6c00",
    NOT_SENT: "#9e9e9e",
    "unknown": "#6a1b9a",
}
OUTCOME_COLOURS = {
    "served": "#2e7d32",
    "denied": "#c62828",
    "failed": "#ef6c00",
    "error": "#6a1b9a",
}

_CSS = """
body{font:14px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:#212121;
margin:2rem auto;max-width:1100px;padding:0 1rem}
h1{font-size:1.6rem;margin-bottom:.2rem}h2{font-size:1.15rem;margin:2rem 0 .3rem;
border-bottom:1px solid #ddd;padding-bottom:.2rem}
.note{color:#616161;margin:.2rem 0 .6rem}
table{border-collapse:collapse;width:100%;margin:.3rem 0}
th,td{border:1px solid #e0e0e0;padding:.25rem .5rem;text-align:left;vertical-align:top}
th{background:#f5f5f5}td.n{text-align:right;font-variant-numeric:tabular-nums}
.ok,.bad{padding:.6rem .9rem;border-radius:4px;margin:1rem 0;font-weight:600}
.ok{background:#e8f5e9;border:1px solid #2e7d32}.bad{background:#ffebee;border:1px solid #c62828}
.bad li{font-weight:400;font-family:ui-monospace,monospace;font-size:12px}
.charts{display:flex;flex-wrap:wrap;gap:1.5rem}.charts figure{margin:0}
figcaption{font-weight:600;margin-bottom:.3rem}
svg text{font:12px system-ui,sans-serif;fill:#212121}
dl{display:grid;grid-template-columns:max-content 1fr;gap:.15rem 1rem}
dt{font-weight:600}dd{margin:0}
@media print{body{margin:0}.charts{break-inside:avoid}}
"""

_ROW_H = 22
_LABEL_W = 190
_BAR_W = 300


def _bar_rows(items: Sequence[tuple[str, Sequence[tuple[str, int]]]]) -> list[str]:
    """SVG elements for horizontal (possibly stacked) bars, scaled to the largest total."""
    peak = max((sum(value for _, value in parts) for _, parts in items), default=0) or 1
    out: list[str] = []
    for index, (label, parts) in enumerate(items):
        y = index * _ROW_H
        out.append(
            f'<text x="{_LABEL_W - 6}" y="{y + 15}" text-anchor="end">{escape(label)}</text>'
        )
        x = float(_LABEL_W)
        for colour, value in parts:
            width = _BAR_W * value / peak
            if width > 0:
                out.append(
                    f'<rect x="{x:.1f}" y="{y + 3}" width="{width:.1f}" height="{_ROW_H - 6}" '
                    f'fill="{colour}"><title>{escape(label)}: {value}</title></rect>'
                )
            x += width
        total = sum(value for _, value in parts)
        out.append(f'<text x="{x + 5:.1f}" y="{y + 15}">{total}</text>')
    return out


def _chart(
    caption: str,
    items: Sequence[tuple[str, Sequence[tuple[str, int]]]],
    legend: Sequence[tuple[str, str]] = (),
) -> str:
    """One figure: a caption, an inline SVG bar chart and an optional colour legend."""
    if not items:
        return ""
    height = len(items) * _ROW_H + (_ROW_H if legend else 0) + 4
    parts = _bar_rows(items)
    x = 0
    for name, colour in legend:
        y = len(items) * _ROW_H + 6
        parts.append(f'<rect x="{x}" y="{y}" width="12" height="12" fill="{colour}"/>')
        parts.append(f'<text x="{x + 16}" y="{y + 11}">{escape(name)}</text>')
        x += 24 + 7 * len(name)
    width = max(_LABEL_W + _BAR_W + 60, x)
    svg = (
        f'<svg width="{width}" height="{height}" '
        f'viewBox="0 0 {width} {height}" role="img" aria-label="{escape(caption)}">'
        + "".join(parts)
        + "</svg>"
    )
    return f"<figure><figcaption>{escape(caption)}</figcaption>{svg}</figure>"


def _level_by_tier(report: Report) -> str:
    levels = sorted(report.levels, key=level_rank)
    tiers = [tier for tier in TIER_COLOURS if report.tiers[tier]]
    tiers += sorted(tier for tier in report.tiers if tier not in TIER_COLOURS)
    items = []
    for level in levels:
        counts = {tier: 0 for tier in tiers}
        for (row_level, tier, _), count in report.level_tier_jurisdictions.items():
            if row_level == level:
                counts[tier] += count
        items.append((level, [(TIER_COLOURS.get(t, "#424242"), counts[t]) for t in tiers]))
    legend = [(tier, TIER_COLOURS.get(tier, "#424242")) for tier in tiers]
    return _chart("Requests by level, coloured by tier", items, legend)


def _charts(report: Report) -> str:
    single = "#1565c0"
    top_tenants = sorted(report.tenants.items(), key=lambda item: -item[1].requests)[:15]
    rules: Counter[str] = Counter()
    for (rule, _), count in report.denials.items():
        rules[rule] += count
    places: dict[str, int] = {}
    for (_, tier, where), count in report.level_tier_jurisdictions.items():
        if tier != NOT_SENT:
            places[where] = places.get(where, 0) + count
    figures = [
        _level_by_tier(report),
        _chart(
            "Outcomes",
            [(name, [(OUTCOME_COLOURS[name], report.outcomes[name])]) for name in OUTCOME_COLOURS],
        ),
        _chart(
            "Requests sent, by jurisdictions of the pipe",
            [(where, [(single, count)]) for where, count in sorted(places.items())],
        ),
        _chart("Requests by tenant", [(n, [(single, r.requests)]) for n, r in top_tenants]),
        _chart(
            "Denials by rule",
            [
                (f"{rule}", [("#c62828", count)])
                for (rule, _), count in report.denials.most_common()
            ],
        ),
    ]
    return '<div class="charts">' + "".join(figures) + "</div>"


def _cell(value: Cell) -> str:
    if isinstance(value, int | float):
        return f'<td class="n">{value}</td>'
    return f"<td>{escape(value)}</td>"


def _table(table: Table) -> str:
    head = "".join(f"<th>{escape(name)}</th>" for name in table.headers)
    body = "".join("<tr>" + "".join(_cell(c) for c in row) + "</tr>" for row in table.rows)
    if not table.rows:
        body = f'<tr><td colspan="{len(table.headers)}">none</td></tr>'
    note = f'<p class="note">{escape(table.note)}</p>' if table.note else ""
    return f"<h2>{escape(table.title)}</h2>{note}<table><tr>{head}</tr>{body}</table>"


def _integrity(report: Report) -> str:
    verdict = report.verify
    if verdict.ok:
        heads = "".join(
            f"<li>{escape(name)}: seq {seq}, last hash <code>{escape(head)}</code></li>"
            for name, seq, head in verdict.heads
        )
        signed = (
            "checkpoint signatures checked"
            if verdict.signature_checked
            else "checkpoint signatures NOT checked (no public key given)"
        )
        notes = "".join(f"<li>{escape(warning)}</li>" for warning in verdict.warnings)
        return (
            f'<div class="ok">Hash chain intact: {verdict.records} records checked; {signed}.'
            f"<ul>{heads}{notes}</ul></div>"
        )
    items = "".join(f"<li>{escape(problem)}</li>" for problem in verdict.problems[:200])
    more = len(verdict.problems) - 200
    tail = f"<li>… and {more} more</li>" if more > 0 else ""
    return (
        f'<div class="bad">Hash chain BROKEN: {len(verdict.problems)} problem(s). The figures '
        f"below include records that may have been altered.<ul>{items}{tail}</ul></div>"
    )


def render_html(report: Report) -> str:
    """The whole report as a standalone HTML document (no external resources, no script)."""
    facts = "".join(f"<dt>{escape(k)}</dt><dd>{escape(v)}</dd>" for k, v in summary(report))
    sections = "".join(_table(table) for table in tables(report))
    return (
        '<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">'
        '<meta name="viewport" content="width=device-width,initial-scale=1">'
        "<title>sovproxy sovereignty report</title>"
        f"<style>{_CSS}</style></head><body>"
        "<h1>sovproxy sovereignty report</h1>"
        '<p class="note">Where requests went, by sensitivity, tier and jurisdiction, from the '
        "tamper-evident audit log. It holds no request content.</p>"
        f"{_integrity(report)}<dl>{facts}</dl>{_charts(report)}{sections}"
        "</body></html>\n"
    )
