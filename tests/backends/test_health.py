"""Tests for proxy.backends.health: retry timing, latency, per-target health and the plan."""

from __future__ import annotations

import math
import time
from collections.abc import Iterator

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from proxy.backends.health import (
    NO_RETRY,
    HealthBook,
    LatencyEstimate,
    Target,
    backoff_delay,
    is_retryable,
    parse_retry_after,
    parse_retry_after_ms,
    retry_after_from_headers,
)

#: "Wed, 21 Oct 2015 07:28:00 GMT" as epoch seconds.
DATE_EPOCH = 1445412480.0


# --- is_retryable -------------------------------------------------------------------------------


@pytest.mark.parametrize("status", [408, 429, 500, 502, 503, 504, 529, 599])
def test_retryable_statuses(status: int) -> None:
    """408, 429 and every 5xx (including 529 overloaded) are retried."""
    assert is_retryable(status, None)


@pytest.mark.parametrize("status", [200, 201, 301, 400, 401, 403, 404, 409, 413, 422, 600])
def test_final_statuses(status: int) -> None:
    """Success and other 4xx are final: retrying would only repeat the answer."""
    assert not is_retryable(status, None)


@pytest.mark.parametrize("status", [None, 200, 400])
@pytest.mark.parametrize("error_kind", ["connect", "timeout", "reset"])
def test_transport_errors_are_retryable(status: int | None, error_kind: str) -> None:
    """connect, timeout and reset errors are retried whatever status came with them."""
    assert is_retryable(status, error_kind)


@pytest.mark.parametrize("error_kind", [None, "encode", "cancelled"])
def test_other_errors_without_status_are_final(error_kind: str | None) -> None:
    """An unknown error kind with no status is not retried (likely our own bug)."""
    assert not is_retryable(None, error_kind)


# --- retry-after parsing ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("value", "now_epoch", "expected"),
    [
        (None, 0.0, None),
        ("", 0.0, None),
        ("   ", 0.0, None),
        ("120", 0.0, 120.0),
        (" 7 ", 0.0, 7.0),
        ("0", 0.0, 0.0),
        ("1.5", 0.0, 1.5),
        ("-1", 0.0, None),
        ("inf", 0.0, None),
        ("nan", 0.0, None),
        ("soon", 0.0, None),
        ("Wed, 21 Oct 2015 07:28:00 GMT", DATE_EPOCH - 90, 90.0),
        ("Wed, 21 Oct 2015 07:28:00 GMT", DATE_EPOCH + 5, 0.0),
        ("Wed, 21 Oct 2015 07:28:00 -0000", DATE_EPOCH - 10, 10.0),
        ("Wed, 21 Oct 2015 09:28:00 +0200", DATE_EPOCH - 1, 1.0),
        ("Wed, 32 Oct 2015 07:28:00 GMT", 0.0, None),
    ],
)
def test_parse_retry_after(value: str | None, now_epoch: float, expected: float | None) -> None:
    """retry-after gives delta-seconds or the time until an HTTP-date; junk gives None."""
    assert parse_retry_after(value, now_epoch) == expected


@pytest.fixture
def far_timezone(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """Run the test with the process in a timezone far from UTC, then restore it."""
    monkeypatch.setenv("TZ", "Pacific/Kiritimati")
    time.tzset()
    yield
    monkeypatch.undo()
    time.tzset()


@pytest.mark.usefixtures("far_timezone")
def test_parse_retry_after_ignores_local_timezone() -> None:
    """An HTTP-date without a real zone ("-0000") is read as UTC, not as local time."""
    assert parse_retry_after("Wed, 21 Oct 2015 07:28:00 -0000", DATE_EPOCH - 10) == 10.0


@pytest.mark.parametrize(
    ("value", "expected"),
    [(None, None), ("1500", 1.5), (" 250 ", 0.25), ("0", 0.0), ("-3", None), ("x", None)],
)
def test_parse_retry_after_ms(value: str | None, expected: float | None) -> None:
    """retry-after-ms is milliseconds turned into seconds; junk or negative gives None."""
    assert parse_retry_after_ms(value) == expected


@pytest.mark.parametrize(
    ("headers", "expected"),
    [
        ({}, None),
        ({"Retry-After": "3"}, 3.0),
        ({"retry-after-ms": "500", "retry-after": "3"}, 0.5),
        ({"Retry-After-Ms": "bad", "RETRY-AFTER": "3"}, 3.0),
        ({"retry-after": "Wed, 21 Oct 2015 07:28:00 GMT"}, 60.0),
    ],
)
def test_retry_after_from_headers(headers: dict[str, str], expected: float | None) -> None:
    """The ms header wins when usable; header names match case-insensitively."""
    assert retry_after_from_headers(headers, DATE_EPOCH - 60) == expected


@given(st.text(max_size=40), st.floats(min_value=0, max_value=4e9))
def test_parse_retry_after_never_raises(value: str, now_epoch: float) -> None:
    """Any header text yields None or a finite non-negative delay, never an exception."""
    result = parse_retry_after(value, now_epoch)
    assert result is None or (math.isfinite(result) and result >= 0)


# --- backoff_delay ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("attempt", "retry_after", "jitter", "expected"),
    [
        (0, None, 0.0, 0.125),
        (0, None, 0.5, 0.1875),
        (1, None, 0.0, 0.25),
        (3, None, 0.0, 1.0),
        (5, None, 0.0, 4.0),
        (6, None, 0.0, 4.0),
        (6, None, 0.999, 7.996),
        (10_000, None, 0.0, 4.0),
        (0, 3.0, 0.9, 3.0),
        (4, 0.0, 0.0, 0.0),
        (0, 30.0, 0.0, 30.0),
        (0, 30.5, 0.0, NO_RETRY),
        (0, -2.0, 0.0, 0.0),
    ],
)
def test_backoff_delay(
    attempt: int, retry_after: float | None, jitter: float, expected: float
) -> None:
    """Exponential step capped at 8 s scaled into [half, full); a server hint wins up to 30 s."""
    assert backoff_delay(attempt, retry_after=retry_after, jitter=jitter) == pytest.approx(expected)


def test_backoff_delay_custom_limits() -> None:
    """base, cap and max_retry_after are honoured when the caller sets them."""
    assert backoff_delay(2, base=1.0, cap=3.0, retry_after=None, jitter=0.0) == 1.5
    assert backoff_delay(0, retry_after=50.0, jitter=0.0, max_retry_after=60.0) == 50.0
    assert math.isinf(backoff_delay(0, retry_after=5.0, jitter=0.0, max_retry_after=1.0))


@pytest.mark.parametrize(("attempt", "jitter"), [(-1, 0.0), (0, 1.0), (0, -0.1), (0, math.nan)])
def test_backoff_delay_rejects_bad_arguments(attempt: int, jitter: float) -> None:
    """A negative attempt or a jitter outside [0, 1) is a caller bug and raises ValueError."""
    with pytest.raises(ValueError):
        backoff_delay(attempt, retry_after=None, jitter=jitter)


@given(
    st.integers(min_value=0, max_value=200),
    st.floats(min_value=0, max_value=1, exclude_max=True),
)
def test_backoff_delay_stays_within_cap(attempt: int, jitter: float) -> None:
    """Without a hint the delay is always positive and never above the cap."""
    assert 0 < backoff_delay(attempt, retry_after=None, jitter=jitter) <= 8.0


# --- LatencyEstimate ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("alpha", "samples", "expected"),
    [
        (0.2, [], None),
        (0.2, [1.0], 1.0),
        (0.2, [1.0, 2.0], 1.2),
        (0.5, [1.0, 3.0, 3.0], 2.5),
        (1.0, [4.0, 0.5], 0.5),
        (0.2, [0.0], 0.0),
    ],
)
def test_latency_ewma(alpha: float, samples: list[float], expected: float | None) -> None:
    """The first sample sets the estimate; later ones move it by alpha of the difference."""
    estimate = LatencyEstimate(alpha)
    for sample in samples:
        estimate.observe(sample)
    assert estimate.value == (None if expected is None else pytest.approx(expected))
    assert estimate.samples == len(samples)


@pytest.mark.parametrize("alpha", [0.0, -0.1, 1.01, math.nan])
def test_latency_rejects_bad_alpha(alpha: float) -> None:
    """alpha outside (0, 1] raises ValueError."""
    with pytest.raises(ValueError):
        LatencyEstimate(alpha)


@pytest.mark.parametrize("sample", [-0.001, math.inf, math.nan])
def test_latency_rejects_bad_samples(sample: float) -> None:
    """A negative or non-finite time to first byte raises ValueError and changes nothing."""
    estimate = LatencyEstimate()
    with pytest.raises(ValueError):
        estimate.observe(sample)
    assert (estimate.value, estimate.samples) == (None, 0)


# --- TargetHealth -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("status", "failed", "kind", "successes", "failures"),
    [
        (200, False, "success", 1, 0),
        (400, False, "success", 1, 0),
        (404, False, "success", 1, 0),
        (429, False, "neutral", 0, 0),
        (408, False, "neutral", 0, 0),
        (500, False, "failure", 0, 1),
        (503, False, "failure", 0, 1),
        (529, False, "failure", 0, 1),
        (None, True, "failure", 0, 1),
        (200, True, "failure", 0, 1),  # an answer whose framing was invalid
    ],
)
def test_record_outcome(
    status: int | None, failed: bool, kind: str, successes: int, failures: int
) -> None:
    """2xx/4xx count for the target, 5xx/529/transport against it, 408/429 not at all."""
    book = HealthBook()
    health = book[Target("b", "m")]
    assert health.record_outcome(7.0, status=status, failed=failed, ttfb_s=0.3) == kind
    assert (health.successes, health.failures) == (successes, failures)
    assert health.latency.value == (0.3 if successes else None)


def test_rate_limits_never_eject() -> None:
    """Any number of 429s leaves the target available (a quota is not an outage)."""
    book = HealthBook(failure_threshold=1)
    target = Target("b", "m")
    for at in range(50):
        book[target].record_outcome(float(at), status=429, failed=False)
    assert book.available(target, 50.0) and book.state(target, 50.0) == "closed"


def test_one_model_failing_leaves_its_siblings_alone() -> None:
    """Ejection is per backend and model: the same backend's other model stays available."""
    book = HealthBook(failure_threshold=2)
    for _ in range(2):
        book[Target("b", "broken")].record_outcome(1.0, status=500, failed=False)
    assert not book.available(Target("b", "broken"), 1.0)
    assert book.available(Target("b", "fine"), 1.0)
    assert book.state(Target("b", "fine"), 1.0) == "closed"


# --- HealthBook ---------------------------------------------------------------------------------


def T(name: str) -> Target:
    """The target of backend ``name`` for model ``m``."""
    return Target(name, "m")


def book_with(setup: str) -> HealthBook:
    """A HealthBook (threshold 2, base 10 s, max 40 s) after ';'-separated steps "op name value":
    fail/down/up at time value, or ttfb = a success with that time to first byte."""
    book = HealthBook(failure_threshold=2, base_ejection_s=10.0, max_ejection_s=40.0)
    for step in filter(None, setup.split(";")):
        op, name, value_text = step.split()
        value = float(value_text)
        if op == "fail":
            book[T(name)].record_outcome(value, status=None, failed=True)
        elif op == "ttfb":
            book[T(name)].record_outcome(0.0, status=200, failed=False, ttfb_s=value)
        elif op == "down":
            book.mark_down(name, value)
        else:
            assert op == "up", step
            book.mark_up(name, value)
    return book


EJECT_A = "fail a 0; fail a 0"
EJECT_B = "fail b 0; fail b 0"
EJECT_B_TWICE = "fail b 0; fail b 0; fail b 10"  # back at 10 on probation, out again until 30

# (setup, candidates, now, fastest_first, expected available, expected ejected)
PLAN_CASES = {
    "no history keeps order": ("", "a b c", 1.0, False, "a b c", ""),
    "duplicates dropped": ("", "a b a c b", 1.0, False, "a b c", ""),
    "empty in, empty out": ("", "", 1.0, True, "", ""),
    "unknown target is healthy": (EJECT_A, "a z", 1.0, False, "z", "a"),
    "ejected leaves the rotation": (EJECT_A, "a b c", 1.0, False, "b c", "a"),
    "back after the ejection time": (EJECT_A, "a b c", 10.0, False, "a b c", ""),
    "down counts as ejected": ("down b 0", "a b c", 1.0, False, "a c", "b"),
    "up restores place": ("down b 0; up b 1", "a b c", 2.0, False, "a b c", ""),
    "soonest return first": (f"{EJECT_B_TWICE}; fail a 5; fail a 5", "b a", 12.0, False, "", "a b"),
    "ejected before down": (f"{EJECT_A}; down b 0", "b a", 1.0, False, "", "a b"),
    "ties keep given order": (f"{EJECT_A}; {EJECT_B}", "b a", 1.0, False, "", "b a"),
    "latency ignored unless asked": ("ttfb a 2; ttfb b 1", "a b", 1.0, False, "a b", ""),
    "fastest first": ("ttfb a 2; ttfb b 1; ttfb c 0.5", "a b c", 1.0, True, "c b a", ""),
    "unmeasured keeps its place": ("ttfb a 2; ttfb c 0.5", "a b c", 1.0, True, "c b a", ""),
    "unmeasured first stays first": ("ttfb b 2; ttfb c 0.5", "a b c", 1.0, True, "a c b", ""),
    "ejected fast one not preferred": (
        f"ttfb a 0.1; ttfb b 3; {EJECT_A}",
        "b a",
        1.0,
        True,
        "b",
        "a",
    ),
}


@pytest.mark.parametrize(
    ("setup", "candidates", "now", "fastest_first", "available", "ejected"),
    PLAN_CASES.values(),
    ids=PLAN_CASES.keys(),
)
def test_plan(
    setup: str, candidates: str, now: float, fastest_first: bool, available: str, ejected: str
) -> None:
    """plan() keeps available targets in order (latency-sorted on request) and sorts the ejected
    ones by how soon they return."""
    plan = book_with(setup).plan(
        [T(n) for n in candidates.split()], now, fastest_first=fastest_first
    )
    assert [t.backend for t in plan.available] == available.split()
    assert [t.backend for t in plan.ejected] == ejected.split()


def test_reading_does_not_create_entries() -> None:
    """plan()/state()/available()/in never create entries; book[target] does, once."""
    book = HealthBook()
    book.plan([T("x"), T("y")], 0.0, fastest_first=True)
    assert book.state(T("x"), 0.0) == "closed" and book.available(T("x"), 0.0)
    assert T("x") not in book
    assert list(book) == []
    entry = book[T("x")]
    assert book[T("x")] is entry
    assert T("x") in book
    assert list(book) == [T("x")]


def test_book_entries_use_book_settings() -> None:
    """Entries get the book's threshold, ejection times and alpha."""
    book = HealthBook(failure_threshold=1, base_ejection_s=4.0, max_ejection_s=6.0, alpha=0.5)
    book[T("a")].record_outcome(0.0, status=502, failed=False)
    assert book.state(T("a"), 3.9) == "open"
    assert book.state(T("a"), 4.0) == "half_open"
    book[T("a")].record_outcome(4.0, status=502, failed=False)
    assert book.state(T("a"), 9.9) == "open" and book.state(T("a"), 10.0) == "half_open"
    assert book[T("a")].latency.alpha == 0.5


@pytest.mark.parametrize(
    "kwargs",
    [
        {"failure_threshold": 0},
        {"base_ejection_s": 0.0},
        {"base_ejection_s": 10.0, "max_ejection_s": 5.0},
        {"alpha": 0.0},
    ],
)
def test_book_rejects_bad_settings(kwargs: dict[str, float]) -> None:
    """Bad settings fail when the book is built, not on the first request."""
    with pytest.raises(ValueError):
        HealthBook(**kwargs)  # type: ignore[arg-type]


def test_mark_down_keeps_first_down_since() -> None:
    """Repeated mark_down keeps the time of the first; mark_up clears it, not the ejection."""
    book = book_with(f"{EJECT_A}; down a 1; down a 5")
    assert book.down_since("a") == 1.0
    assert book.state(T("a"), 2.0) == "open"
    book.mark_up("a", 6.0)
    assert book.down_since("a") is None
    assert book.state(T("a"), 6.0) == "open"  # still ejected until 10


# --- the routing invariant ----------------------------------------------------------------------

NAMES = ["a", "b", "c", "d", "e"]

book_ops = st.lists(
    st.tuples(
        st.sampled_from(["ok", "fail", "429", "down", "up"]),
        st.sampled_from(NAMES),
        st.floats(min_value=0, max_value=20, allow_nan=False),
        st.none() | st.floats(min_value=0, max_value=5, allow_nan=False),
    ),
    max_size=60,
)


def apply_book_op(book: HealthBook, op: str, name: str, now: float, ttfb: float | None) -> None:
    """Apply one random operation to the book."""
    if op == "down":
        book.mark_down(name, now)
    elif op == "up":
        book.mark_up(name, now)
    else:
        status = {"ok": 200, "fail": 503, "429": 429}[op]
        book[T(name)].record_outcome(now, status=status, failed=False, ttfb_s=ttfb)


@settings(max_examples=300)
@given(
    book_ops,
    st.lists(st.sampled_from([*NAMES, "z"]), max_size=8),
    st.booleans(),
    st.floats(min_value=0, max_value=20, allow_nan=False),
)
def test_plan_is_a_partition_of_the_candidates(
    ops: list[tuple[str, str, float, float | None]],
    candidates: list[str],
    fastest_first: bool,
    step: float,
) -> None:
    """Whatever happened, plan() returns each candidate once, and nothing else (DESIGN §8.1)."""
    book = HealthBook(failure_threshold=2, base_ejection_s=5.0)
    now = 0.0
    for op, name, advance, ttfb in ops:
        now += advance / 10
        apply_book_op(book, op, name, now, ttfb)
    now += step
    targets = [T(n) for n in candidates]
    plan = book.plan(targets, now, fastest_first=fastest_first)
    both = plan.available + plan.ejected
    assert len(both) == len(set(both))
    assert set(both) == set(targets)
    assert all(book.available(t, now) for t in plan.available)
    assert not any(book.available(t, now) for t in plan.ejected)
