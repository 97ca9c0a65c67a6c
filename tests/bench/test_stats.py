"""Percentile intervals, the error-rate interval, and the progress bars."""

from __future__ import annotations

import io
import random

import pytest

from proxy.bench.progress import Progress
from proxy.bench.stats import quantile, wilson


def test_a_percentile_interval_holds_the_true_value_about_95_times_in_100() -> None:
    """Over 400 samples of 200 uniform values, the p50 and p90 intervals hold 0.5 and 0.9 in
    90-99 % of cases; they narrow as the sample grows."""
    rng = random.Random(1)
    for q in (0.5, 0.9):
        hits = 0
        for _ in range(400):
            estimate = quantile([rng.random() for _ in range(200)], q)
            assert estimate is not None
            hits += estimate.low <= q <= estimate.high
        assert 0.90 <= hits / 400 <= 0.99
    small = quantile([rng.random() for _ in range(20)], 0.5)
    large = quantile([rng.random() for _ in range(2000)], 0.5)
    assert small is not None and large is not None
    assert large.high - large.low < (small.high - small.low) / 4


def test_few_samples_give_an_interval_out_to_the_extremes() -> None:
    """p99 of 10 values: the data cannot bound it above the maximum; no value, no estimate."""
    estimate = quantile([float(i) for i in range(10)], 0.99)
    assert estimate is not None and estimate.high == 9.0 and estimate.value == pytest.approx(8.91)
    assert quantile([], 0.5) is None


def test_the_error_rate_interval() -> None:
    """0 of 10 failed: 0 %, yet up to about 28 % is not ruled out; 5 of 10: around 50 %."""
    none = wilson(0, 10)
    assert none.value == 0.0 and none.low == 0.0 and none.high == pytest.approx(0.2775, abs=1e-3)
    half = wilson(5, 10)
    assert half.low == pytest.approx(0.2366, abs=1e-3) and half.high == pytest.approx(0.7634, 1e-3)


def test_progress_draws_on_a_terminal_and_stays_silent_otherwise() -> None:
    """A bar per target and point with the count, then a line with ok and errors; nothing when
    the stream is not a terminal."""
    stream = io.StringIO()
    progress = Progress(stream, enabled=True)
    progress.begin("eu-cloud", "c=4", 10, None)
    progress.update(5)
    progress.end(9, 1)
    text = stream.getvalue()
    assert "eu-cloud c=4" in text and "############------------ 5 done" in text
    assert text.rstrip().endswith("s") and "9 ok, 1 errors" in text
    quiet = io.StringIO()
    progress = Progress(quiet)  # StringIO is not a terminal
    progress.begin("x", "c=1", 1, None)
    progress.update(1)
    progress.end(1, 0)
    assert quiet.getvalue() == ""
