"""``sovproxy bench --from-metrics URL``: the same figures, from a running proxy's real traffic.

Reads the proxy's ``/metrics`` and summarises, per backend, the histograms the proxy fills on
every request: upstream time to first byte, time to first token and inter-token latency of
streamed answers. Percentiles are estimated from the buckets by linear interpolation (as
Prometheus' ``histogram_quantile`` does): they are only as fine as the buckets.
"""

from __future__ import annotations

import math
import urllib.error
import urllib.request
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field

from prometheus_client.parser import text_string_to_metric_families

from proxy.commands import UserError

SERIES = (
    ("sovproxy_upstream_ttfb_seconds", "TTFB"),
    ("sovproxy_upstream_ttft_seconds", "TTFT"),
    ("sovproxy_upstream_itl_seconds", "ITL"),
)
Buckets = list[tuple[float, float]]  # (upper bound, cumulative count)


@dataclass(slots=True)
class Histogram:
    """One backend's histogram of one series."""

    buckets: Buckets = field(default_factory=list)
    count: float = 0.0
    total: float = 0.0


def histogram_quantile(q: float, buckets: Buckets) -> float | None:
    """The ``q`` quantile of a cumulative histogram (None when empty)."""
    buckets = sorted(buckets)
    if not buckets or buckets[-1][1] == 0:
        return None
    rank = q * buckets[-1][1]
    lower, below = 0.0, 0.0
    for upper, count in buckets:
        if count >= rank:
            if math.isinf(upper):
                return lower  # above the largest bound: that bound is all that is known
            share = (rank - below) / (count - below) if count > below else 0.0
            return lower + (upper - lower) * share
        lower, below = upper, count
    return lower


def _fetch(url: str) -> str:
    target = url if url.rstrip("/").endswith("/metrics") else url.rstrip("/") + "/metrics"
    try:
        with urllib.request.urlopen(target, timeout=10) as response:
            body: bytes = response.read(16 * 1024 * 1024)
    except (urllib.error.URLError, OSError, ValueError) as exc:
        reason = getattr(exc, "reason", exc)
        raise UserError(f"--from-metrics: cannot read {target}: {reason}") from None
    return body.decode("utf-8", "replace")


def parse(text: str) -> dict[tuple[str, str], Histogram]:
    """(series, backend) → its histogram, from Prometheus text."""
    out: dict[tuple[str, str], Histogram] = defaultdict(Histogram)
    wanted = {name for name, _ in SERIES}
    try:
        families = list(text_string_to_metric_families(text))
    except ValueError as exc:
        raise UserError(f"--from-metrics: not Prometheus text ({exc})") from None
    for family in families:
        if family.name not in wanted:
            continue
        for sample in family.samples:
            entry = out[family.name, sample.labels.get("backend", "")]
            if sample.name.endswith("_bucket"):
                entry.buckets.append((float(sample.labels["le"]), sample.value))
            elif sample.name.endswith("_count"):
                entry.count = sample.value
            elif sample.name.endswith("_sum"):
                entry.total = sample.value
    return dict(out)


def _ms(value: float | None) -> str:
    return "-" if value is None else f"{value * 1000:.1f}"


def _rows(parsed: dict[tuple[str, str], Histogram]) -> Iterable[list[str]]:
    labels = dict(SERIES)
    order = [name for name, _ in SERIES]
    for (series, backend), entry in sorted(
        parsed.items(), key=lambda kv: (kv[0][1], order.index(kv[0][0]))
    ):
        if not entry.count:
            continue
        yield [
            backend,
            labels[series],
            f"{entry.count:.0f}",
            _ms(entry.total / entry.count),
            *(_ms(histogram_quantile(q, entry.buckets)) for q in (0.5, 0.9, 0.99)),
        ]


def summarise(text: str) -> str:
    """The table of a ``/metrics`` text."""
    rows = list(_rows(parse(text)))
    if not rows:
        return "no streamed or forwarded requests counted yet (the histograms are empty)"
    head = ["backend", "metric", "count", "mean", "p50", "p90", "p99"]
    widths = [max(len(h), *(len(r[i]) for r in rows)) for i, h in enumerate(head)]
    lines = ["  ".join(h.ljust(w) for h, w in zip(head, widths, strict=True))]
    lines += ["  ".join(c.ljust(w) for c, w in zip(r, widths, strict=True)) for r in rows]
    lines.append("(milliseconds, from histogram buckets: as fine as the buckets, no intervals)")
    return "\n".join(lines)


def summarise_url(url: str) -> str:
    """Fetch a proxy's ``/metrics`` and summarise it."""
    return summarise(_fetch(url))
