"""The terminal table of a run: one row per target and sweep point, then the errors by kind."""

from __future__ import annotations

from collections.abc import Sequence

from proxy.bench.runner import TargetResult
from proxy.bench.stats import Estimate, Summary

_HEAD = (
    "target",
    "tier",
    "juris.",
    "US",
    "point",
    "ok/n",
    "TTFT p50 [95% CI]",
    "TTFT p99",
    "ITL p50",
    "TPOT p50",
    "E2E p50",
    "E2E p99",
    "out tok/s",
    "req/s",
    "err %",
)


def _ms(summary: Summary, metric: str, name: str, interval: bool = False) -> str:
    figure = summary.metrics[metric].get(name)
    if not isinstance(figure, Estimate):
        return "-"
    text = f"{figure.value * 1000:.1f}"
    if interval:
        text += f" [{figure.low * 1000:.1f}-{figure.high * 1000:.1f}]"
    return text


def _row(result: TargetResult, index: int) -> list[str]:
    t, s = result.target, result.summaries[index]
    return [
        t.key,
        t.tier,
        ",".join(t.jurisdictions),
        "yes" if t.us_reachable else "no",
        result.runs[index].point.label,
        f"{s.ok}/{s.requests}",
        _ms(s, "ttft_s", "p50", interval=True),
        _ms(s, "ttft_s", "p99"),
        _ms(s, "itl_s", "p50"),
        _ms(s, "tpot_s", "p50"),
        _ms(s, "e2e_s", "p50"),
        _ms(s, "e2e_s", "p99"),
        f"{s.output_tokens_per_s:.1f}",
        f"{s.requests_per_s:.2f}",
        f"{s.error_rate.value * 100:.1f}",
    ]


def render(results: Sequence[TargetResult]) -> str:
    """The table, the errors by kind, and where the token counts came from."""
    rows = [_row(r, i) for r in results for i in range(len(r.runs))]
    widths = [max(len(h), *(len(row[i]) for row in rows)) for i, h in enumerate(_HEAD)]
    lines = ["  ".join(h.ljust(w) for h, w in zip(_HEAD, widths, strict=True))]
    lines += ["  ".join(c.ljust(w) for c, w in zip(row, widths, strict=True)) for row in rows]
    lines.append(
        "(milliseconds; TTFT = first token event; ITL = gap between token events; "
        "TPOT = (E2E - TTFT) / (output tokens - 1))"
    )
    lines += _overhead(results)
    lines += _notes(results)
    return "\n".join(lines)


def _overhead(results: Sequence[TargetResult]) -> list[str]:
    """What the proxy adds per backend and point: p50 through the proxy minus p50 direct."""
    direct = {r.target.name: r for r in results if r.target.path == "direct"}
    out = []
    for r in results:
        base = direct.get(r.target.name)
        if r.target.path != "proxy" or base is None:
            continue
        for i, run in enumerate(r.runs):
            parts = []
            for metric, name in (("ttft_s", "TTFT"), ("e2e_s", "E2E")):
                a, b = (
                    base.summaries[i].metrics[metric].get("p50"),
                    r.summaries[i].metrics[metric].get("p50"),
                )
                if isinstance(a, Estimate) and isinstance(b, Estimate):
                    parts.append(f"{name} p50 {(b.value - a.value) * 1000:+.1f} ms")
            if parts:
                out.append(
                    f"proxy overhead: {r.target.name} ({r.target.tier}) at {run.point.label}: "
                    + ", ".join(parts)
                )
    return out


def _notes(results: Sequence[TargetResult]) -> list[str]:
    out = []
    sources = set()
    for r in results:
        for run, s in zip(r.runs, r.summaries, strict=True):
            if s.errors:
                kinds = ", ".join(f"{kind} x{count}" for kind, count in s.errors.items())
                out.append(f"errors: {r.target.key} at {run.point.label}: {kinds}")
            sources.add(s.token_source)
    sources.discard("none")
    if sources - {"usage"}:
        out.append(
            "output tokens: counted from token events where a backend sent no usage "
            f"({', '.join(sorted(sources))})"
        )
    elif sources:
        out.append("output tokens: from the backends' usage fields")
    return out
