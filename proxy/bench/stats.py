"""Percentiles with confidence intervals, and the summary of one target at one sweep point.

A percentile's 95 % interval is distribution-free, from order statistics: the ranks
``n·q ∓ 1.96·√(n·q·(1−q))`` of the sorted sample (the normal approximation of the binomial
count of values below the true percentile). With few samples the interval reaches the smallest
or largest value, which says the data cannot narrow it further. The error rate's interval is
Wilson's score interval.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

from proxy.bench.load import PointRun

Z95 = 1.959963984540054
QUANTILES = (("p50", 0.5), ("p90", 0.9), ("p99", 0.99))
METRICS = ("ttft_s", "itl_s", "tpot_s", "e2e_s", "decode_tokens_per_s")


@dataclass(frozen=True, slots=True)
class Estimate:
    """A value with its 95 % confidence interval."""

    value: float
    low: float
    high: float

    def as_dict(self) -> dict[str, float]:
        """``{"value", "low", "high"}``."""
        return {"value": self.value, "low": self.low, "high": self.high}


def _interpolated(ordered: Sequence[float], q: float) -> float:
    position = q * (len(ordered) - 1)
    below = math.floor(position)
    above = min(below + 1, len(ordered) - 1)
    return ordered[below] + (ordered[above] - ordered[below]) * (position - below)


def quantile(values: Sequence[float], q: float) -> Estimate | None:
    """The ``q`` quantile of ``values`` with its order-statistic interval (None when empty)."""
    if not values:
        return None
    ordered = sorted(values)
    n = len(ordered)
    spread = Z95 * math.sqrt(n * q * (1 - q))
    low_rank = max(1, math.floor(n * q - spread))
    high_rank = min(n, math.ceil(n * q + spread) + 1)
    return Estimate(_interpolated(ordered, q), ordered[low_rank - 1], ordered[high_rank - 1])


def wilson(failures: int, total: int) -> Estimate:
    """The failure rate with Wilson's 95 % score interval."""
    if total == 0:
        return Estimate(0.0, 0.0, 1.0)
    p = failures / total
    z2 = Z95 * Z95
    centre = (p + z2 / (2 * total)) / (1 + z2 / total)
    half = Z95 * math.sqrt(p * (1 - p) / total + z2 / (4 * total * total)) / (1 + z2 / total)
    return Estimate(p, max(0.0, centre - half), min(1.0, centre + half))


@dataclass(frozen=True, slots=True)
class Summary:
    """The figures of one target at one point."""

    requests: int
    ok: int
    errors: dict[str, int]
    error_rate: Estimate
    wall_s: float
    requests_per_s: float
    output_tokens_per_s: float
    token_source: str  # "usage", "chunks", "mixed" or "none"
    metrics: dict[str, dict[str, Estimate | float | int]]


def summarise(run: PointRun) -> Summary:
    """Percentiles of every metric, throughput and errors of one point."""
    good = [s for s in run.samples if s.ok]
    errors = Counter(s.error for s in run.samples if s.error is not None)
    series: dict[str, list[float]] = {name: [] for name in METRICS}
    out_tokens = 0
    for s in good:
        assert s.ttft is not None
        series["ttft_s"].append(s.ttft)
        series["itl_s"].extend(s.gaps)
        series["e2e_s"].append(s.e2e)
        tokens = s.output_tokens or 0
        out_tokens += tokens
        if tokens > 1 and s.e2e > s.ttft:
            series["tpot_s"].append((s.e2e - s.ttft) / (tokens - 1))
            series["decode_tokens_per_s"].append((tokens - 1) / (s.e2e - s.ttft))
    wall = max(run.wall_s, 1e-9)
    return Summary(
        requests=len(run.samples),
        ok=len(good),
        errors=dict(sorted(errors.items())),
        error_rate=wilson(len(run.samples) - len(good), len(run.samples)),
        wall_s=run.wall_s,
        requests_per_s=len(good) / wall,
        output_tokens_per_s=out_tokens / wall,
        token_source=_source({s.token_source for s in good}),
        metrics={name: _figures(values) for name, values in series.items()},
    )


def _source(kinds: set[str]) -> str:
    if not kinds:
        return "none"
    return kinds.pop() if len(kinds) == 1 else "mixed"


def _figures(values: Sequence[float]) -> dict[str, Estimate | float | int]:
    out: dict[str, Estimate | float | int] = {"n": len(values)}
    if values:
        out["mean"] = sum(values) / len(values)
        for name, q in QUANTILES:
            estimate = quantile(values, q)
            assert estimate is not None
            out[name] = estimate
    return out
