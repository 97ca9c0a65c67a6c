"""Latency across backends: what each pipe costs (``sovproxy bench``).

Runs every sweep point against every target, one target at a time (so targets do not compete
for the machine), and summarises each point. Prompts are synthetic public text, never user data.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from proxy.bench.load import PointRun, Workload, run_point
from proxy.bench.options import Point
from proxy.bench.progress import Progress
from proxy.bench.stats import Summary, summarise
from proxy.bench.targets import Target


@dataclass(slots=True)
class TargetResult:
    """Every point measured on one target."""

    target: Target
    runs: list[PointRun] = field(default_factory=list)
    summaries: list[Summary] = field(default_factory=list)


async def bench(
    targets: Sequence[Target], points: Sequence[Point], work: Workload, progress: Progress
) -> list[TargetResult]:
    """Measure each target at each point."""
    results = []
    for target in targets:
        result = TargetResult(target)
        for point in points:
            progress.begin(target.key, point.label, work.requests, work.duration_s)
            run = await run_point(target, point, work, progress.update)
            summary = summarise(run)
            progress.end(summary.ok, summary.requests - summary.ok)
            result.runs.append(run)
            result.summaries.append(summary)
        results.append(result)
    return results


def worst_error_rate(results: Sequence[TargetResult]) -> tuple[str, float] | None:
    """The target and point with the highest error rate (None when nothing ran)."""
    worst: tuple[str, float] | None = None
    for result in results:
        for run, summary in zip(result.runs, result.summaries, strict=True):
            rate = summary.error_rate.value
            if worst is None or rate > worst[1]:
                worst = (f"{result.target.key} at {run.point.label}", rate)
    return worst
