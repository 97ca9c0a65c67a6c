"""The self-contained HTML report of a run (``--html PATH``): inline SVG, no script, no fetches.

Charts: the TTFT and end-to-end latency distributions per target (coloured by tier), TTFT p50
against the sweep points, and the cost of sovereignty — each target's p50 and p99 minus those of
the fastest backend measured directly at the same point. Every target is labelled with its tier,
jurisdictions and whether a US entity can reach it.
"""

from __future__ import annotations

from collections.abc import Sequence
from html import escape

from proxy.bench import svg
from proxy.bench.report_json import RunInfo
from proxy.bench.runner import TargetResult
from proxy.bench.stats import Estimate, Summary
from proxy.bench.targets import Target

TIER_COLOURS = {"self_hosted": "#2e7d32", "eu_only": "#1565c0", "hyperscaler": "#c62828"}
_STYLE = """
body{font-family:system-ui,sans-serif;margin:2em;color:#222;max-width:1200px}
table{border-collapse:collapse;font-size:13px;margin:1em 0}
td,th{border:1px solid #ccc;padding:3px 7px;text-align:left}
.tier{color:#fff;padding:1px 6px;border-radius:3px}
.banner{background:#fff3cd;border:1px solid #e0c060;padding:8px}
svg text{font-size:11px}.label{text-anchor:end}.tick{text-anchor:middle}
.grid{stroke:#e4e4e4}.unit{text-anchor:end;fill:#666}
"""


def _colour(target: Target) -> str:
    return TIER_COLOURS.get(target.tier, "#555")


def _label(target: Target) -> str:
    us = "US-reachable" if target.us_reachable else "not US-reachable"
    return f"{target.key} · {target.tier} · {','.join(target.jurisdictions)} · {us}"


def _ms(summary: Summary, metric: str, q: str) -> Estimate | None:
    figure = summary.metrics[metric].get(q)
    if not isinstance(figure, Estimate):
        return None
    return Estimate(figure.value * 1000, figure.low * 1000, figure.high * 1000)


def _cell(estimate: Estimate | None) -> str:
    if estimate is None:
        return "-"
    return f"{estimate.value:.1f} [{estimate.low:.1f}–{estimate.high:.1f}]"


def _table(results: Sequence[TargetResult]) -> str:
    head = (
        "<tr><th>target</th><th>tier</th><th>jurisdictions</th><th>us_reachable</th>"
        "<th>point</th><th>ok/n</th><th>TTFT p50 [95% CI]</th><th>ITL p50</th>"
        "<th>E2E p50</th><th>E2E p99</th><th>out tok/s</th><th>errors</th></tr>"
    )
    rows = []
    for r in results:
        t = r.target
        for run, s in zip(r.runs, r.summaries, strict=True):
            errors = ", ".join(f"{k} ×{v}" for k, v in s.errors.items()) or "none"
            rows.append(
                f"<tr><td>{escape(t.key)}</td><td><span class='tier' style='background:"
                f"{_colour(t)}'>{escape(t.tier)}</span></td>"
                f"<td>{escape(','.join(t.jurisdictions))}</td>"
                f"<td>{'yes' if t.us_reachable else 'no'}</td><td>{escape(run.point.label)}</td>"
                f"<td>{s.ok}/{s.requests}</td><td>{_cell(_ms(s, 'ttft_s', 'p50'))}</td>"
                f"<td>{_cell(_ms(s, 'itl_s', 'p50'))}</td><td>{_cell(_ms(s, 'e2e_s', 'p50'))}</td>"
                f"<td>{_cell(_ms(s, 'e2e_s', 'p99'))}</td><td>{s.output_tokens_per_s:.1f}</td>"
                f"<td>{escape(errors)}</td></tr>"
            )
    return f"<table id='figures'>{head}{''.join(rows)}</table>"


def _distribution(results: Sequence[TargetResult], metric: str, title: str) -> str:
    rows = []
    for r in results:
        for run, s in zip(r.runs, r.summaries, strict=True):
            values = [
                v * 1000
                for sample in run.samples
                if sample.ok
                for v in ([sample.ttft or 0.0] if metric == "ttft_s" else [sample.e2e])
            ]
            p50, p99 = _ms(s, metric, "p50"), _ms(s, metric, "p99")
            rows.append(
                svg.Strip(
                    f"{_label(r.target)} · {run.point.label}",
                    _colour(r.target),
                    values,
                    p50.value if p50 else None,
                    p99.value if p99 else None,
                )
            )
    return svg.strip_chart(f"distribution-{metric}", title, rows)


def _curves(results: Sequence[TargetResult], info: RunInfo) -> str:
    xs = [p.label for p in info.points]
    lines = []
    for r in results:
        points = []
        for s in r.summaries:
            e = _ms(s, "ttft_s", "p50")
            points.append((e.value, e.low, e.high) if e else None)
        lines.append(svg.Line(r.target.key, _colour(r.target), r.target.path == "proxy", points))
    return svg.line_chart("ttft-vs-load", "TTFT p50 against the sweep points", xs, lines)


def _cost(results: Sequence[TargetResult], info: RunInfo, metric: str) -> str:
    rows = []
    for i, point in enumerate(info.points):
        figures = [(r, _ms(r.summaries[i], metric, "p50"), _ms(r.summaries[i], metric, "p99"))
                   for r in results]  # fmt: skip
        measured = [f for f in figures if f[1] is not None and f[2] is not None]
        direct = [f for f in measured if f[0].target.path == "direct"] or measured
        if not direct:
            continue
        fastest = min(direct, key=lambda f: f[1].value if f[1] else 0.0)
        assert fastest[1] is not None and fastest[2] is not None
        base50, base99 = fastest[1].value, fastest[2].value
        for r, p50, p99 in measured:
            assert p50 is not None and p99 is not None
            rows.append(
                svg.Bar(
                    f"{_label(r.target)} · {point.label}",
                    _colour(r.target),
                    (("p50", p50.value - base50), ("p99", p99.value - base99)),
                )
            )
    name = "TTFT" if metric == "ttft_s" else "end-to-end latency"
    title = f"cost of sovereignty: {name} p50/p99 minus the fastest direct backend's"
    return svg.bar_chart(f"cost-{metric}", title, rows)


def html_report(info: RunInfo, results: Sequence[TargetResult]) -> str:
    """The whole page."""
    work = info.work
    banner = (
        "<p class='banner'>Demo backends are SIMULATORS: the figures show the method, "
        "not real providers.</p>"
        if info.simulated
        else ""
    )
    settings = (
        f"model {escape(info.model or 'each backend’s first')}; prompt tokens "
        f"{work.prompt_tokens.describe()}, output tokens {work.output_tokens.describe()}; "
        f"warm-up {work.warmup}; seed {work.seed}; "
        f"{work.requests or 'unbounded'} requests / {work.duration_s or 'unbounded'} s per point"
    )
    sections = [
        ("TTFT distribution per target (dot = request, tall bar = p50, short bar = p99)",
         _distribution(results, "ttft_s", "TTFT distribution")),
        ("End-to-end latency distribution per target",
         _distribution(results, "e2e_s", "end-to-end latency distribution")),
        ("TTFT p50 against load (dashed: through the proxy; bars: 95 % interval)",
         _curves(results, info)),
        ("Cost of sovereignty: TTFT", _cost(results, info, "ttft_s")),
        ("Cost of sovereignty: end-to-end latency", _cost(results, info, "e2e_s")),
    ]  # fmt: skip
    body = "".join(f"<h2>{escape(title)}</h2>{chart}" for title, chart in sections)
    legend = " ".join(
        f"<span class='tier' style='background:{colour}'>{tier}</span>"
        for tier, colour in TIER_COLOURS.items()
    )
    return (
        "<!DOCTYPE html><html lang='en'><head><meta charset='utf-8'>"
        f"<title>sovproxy bench</title><style>{_STYLE}</style></head><body>"
        f"<h1>sovproxy bench</h1>{banner}<p>{settings}</p><p>Tiers: {legend}</p>"
        f"{_table(results)}{body}</body></html>"
    )
