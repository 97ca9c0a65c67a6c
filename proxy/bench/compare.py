"""``sovproxy bench compare A.json B.json``: what changed between two runs, with intervals.

Targets and sweep points are matched by key, kind and value. A difference is called a change
only when the two 95 % intervals do not overlap; otherwise it is within noise (``~``).
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

from proxy.bench.report_json import load

_SHOWN = (
    ("ttft_s", "p50"),
    ("ttft_s", "p99"),
    ("itl_s", "p50"),
    ("e2e_s", "p50"),
    ("e2e_s", "p99"),
)


def _points(doc: dict[str, Any]) -> dict[tuple[str, str, float], dict[str, Any]]:
    return {
        (target["key"], point["kind"], point["value"]): point
        for target in doc["targets"]
        for point in target["points"]
    }


def _ms(estimate: dict[str, float]) -> str:
    v, lo, hi = (estimate[k] * 1000 for k in ("value", "low", "high"))
    return f"{v:.1f} [{lo:.1f}-{hi:.1f}]"


def _verdict(a: dict[str, float], b: dict[str, float]) -> str:
    if b["low"] > a["high"]:
        return "slower"
    if b["high"] < a["low"]:
        return "faster"
    return "~"


def _lines(key: tuple[str, str, float], a: dict[str, Any], b: dict[str, Any]) -> Iterator[str]:
    label = f"{key[0]} {'c' if key[1] == 'concurrency' else 'rate'}={key[2]:g}"
    for metric, q in _SHOWN:
        ea, eb = a["metrics"][metric].get(q), b["metrics"][metric].get(q)
        if ea is None or eb is None:
            continue
        change = (eb["value"] - ea["value"]) * 1000
        yield (
            f"{label:36} {metric[:-2] + ' ' + q:9} {_ms(ea):26} -> {_ms(eb):26} "
            f"{change:+8.1f} ms  {_verdict(ea, eb)}"
        )
    ra, rb = a["error_rate"], b["error_rate"]
    if ra["value"] or rb["value"]:
        yield (
            f"{label:36} {'errors':9} {ra['value']:.1%} [{ra['low']:.1%}-{ra['high']:.1%}] -> "
            f"{rb['value']:.1%} [{rb['low']:.1%}-{rb['high']:.1%}]"
        )


def compare(before: dict[str, Any], after: dict[str, Any]) -> str:
    """The differences between two result documents, one line per metric."""
    pa, pb = _points(before), _points(after)
    lines = [
        "milliseconds, value [95% interval]; 'slower'/'faster' only when the intervals do not "
        "overlap, '~' within noise"
    ]
    for key in sorted(pa.keys() & pb.keys()):
        lines += _lines(key, pa[key], pb[key])
    for key in sorted(pa.keys() - pb.keys()):
        lines.append(f"only in the first: {key[0]} {key[1]}={key[2]:g}")
    for key in sorted(pb.keys() - pa.keys()):
        lines.append(f"only in the second: {key[0]} {key[1]}={key[2]:g}")
    return "\n".join(lines)


def compare_files(before: Path, after: Path) -> str:
    """Load two ``--json`` results and compare them."""
    return compare(load(before), load(after))
