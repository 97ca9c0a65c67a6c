"""Tests for proxy.backends.health: retry timing, circuit breaker, latency, candidate ordering."""

from __future__ import annotations

import math
import time
from collections.abc import Iterator

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from proxy.backends.health import (
    NO_RETRY,
    BackendHealth,
    CircuitBreaker,
    HealthBook,
    LatencyEstimate,
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


# --- CircuitBreaker -----------------------------------------------------------------------------

# Scripts run against CircuitBreaker(failure_threshold=3, reset_after_s=10). Steps: "fail@t",
# "ok@t", "release@t" act; "allow@t=yes|no" and "state@t=<state>" check. OPEN = opened at t=0.
OPEN = "fail@0 fail@0 fail@0"

BREAKER_SCRIPTS = {
    "starts closed and allows": "state@0=closed allow@0=yes allow@0=yes",
    "stays closed below threshold": "fail@1 fail@2 state@3=closed",
    "opens at threshold": "fail@1 fail@2 fail@3 state@3=open",
    "open refuses until reset": f"{OPEN} allow@0=no allow@9.9=no state@9.9=open",
    "success resets the count": "fail@1 fail@2 ok@3 fail@4 fail@5 state@5=closed",
    "state() peeks, takes no probe": f"{OPEN} state@10=half_open allow@10=yes allow@10=no",
    "half_open admits exactly one probe": f"{OPEN} allow@10=yes allow@10=no allow@15=no",
    "probe out stays half_open": f"{OPEN} allow@10=yes state@15=half_open",
    "probe success closes": f"{OPEN} allow@10=yes ok@11 state@11=closed allow@11=yes allow@11=yes",
    "failed probe re-opens, timer restarted": f"{OPEN} allow@10=yes fail@12 state@12=open"
    " allow@21.9=no allow@22=yes",
    "failures while open keep the timer": f"{OPEN} fail@5 fail@9 allow@10=yes",
    "failure after timer re-opens": f"{OPEN} fail@10 state@10=open allow@19=no allow@20=yes",
    "release frees the probe slot": f"{OPEN} allow@10=yes release@11 state@11=half_open"
    " allow@11=yes allow@11=no",
    "lost probe replaced after reset_after_s": f"{OPEN} allow@10=yes allow@19.9=no allow@20=yes"
    " allow@20=no",
    "success while open closes": f"{OPEN} ok@1 state@1=closed",
}


def run_breaker_script(breaker: CircuitBreaker, script: str) -> None:
    """Play a script against a breaker, asserting every check step."""
    actions = {
        "fail": breaker.record_failure,
        "ok": breaker.record_success,
        "release": breaker.release,
    }
    for step in script.split():
        op, _, rest = step.partition("@")
        at_text, _, want = rest.partition("=")
        at = float(at_text)
        if op == "allow":
            assert breaker.allow(at) is (want == "yes"), step
        elif op == "state":
            assert breaker.state(at) == want, step
        else:
            actions[op](at)  # an unknown step is a broken script: KeyError


@pytest.mark.parametrize("script", BREAKER_SCRIPTS.values(), ids=BREAKER_SCRIPTS.keys())
def test_breaker_scripts(script: str) -> None:
    """The breaker moves closed → open → half_open (one probe) → closed/open as specified."""
    run_breaker_script(CircuitBreaker(failure_threshold=3, reset_after_s=10.0), script)


def test_breaker_counts_consecutive_failures() -> None:
    """consecutive_failures counts since the last success, including while open."""
    breaker = CircuitBreaker(failure_threshold=2, reset_after_s=5.0)
    for at in range(4):
        breaker.record_failure(at)
    assert breaker.consecutive_failures == 4
    breaker.record_success(5)
    assert breaker.consecutive_failures == 0


def test_breaker_defaults() -> None:
    """By default the breaker opens after 5 failures and waits 30 s before probing."""
    breaker = CircuitBreaker()
    for _ in range(4):
        breaker.record_failure(0)
    assert breaker.state(0) == "closed"
    breaker.record_failure(0)
    assert (breaker.state(29.9), breaker.state(30)) == ("open", "half_open")


@pytest.mark.parametrize(
    ("threshold", "reset_after"), [(0, 1.0), (-1, 1.0), (1, -0.5), (1, math.nan)]
)
def test_breaker_rejects_bad_settings(threshold: int, reset_after: float) -> None:
    """A threshold below 1 or a negative/NaN reset time raises ValueError."""
    with pytest.raises(ValueError):
        CircuitBreaker(threshold, reset_after)


breaker_ops = st.lists(
    st.tuples(
        st.sampled_from(["fail", "ok", "allow", "release"]),
        st.floats(min_value=0, max_value=5, allow_nan=False),
    ),
    max_size=40,
)


@given(breaker_ops)
def test_breaker_never_admits_two_probes_at_once(ops: list[tuple[str, float]]) -> None:
    """Whatever happened before, a breaker that is not closed admits at most one of two calls."""
    breaker = CircuitBreaker(failure_threshold=2, reset_after_s=3.0)
    now = 0.0
    for op, step in ops:
        now += step
        getattr(breaker, {"fail": "record_failure", "ok": "record_success"}.get(op, op))(now)
    if breaker.state(now) != "closed":
        assert not (breaker.allow(now) and breaker.allow(now))


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


# --- BackendHealth ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("status", "error_kind", "successes", "failures"),
    [
        (200, None, 1, 0),
        (400, None, 1, 0),
        (404, None, 1, 0),
        (429, None, 0, 1),
        (503, None, 0, 1),
        (529, None, 0, 1),
        (None, "connect", 0, 1),
        (None, "timeout", 0, 1),
        (None, "weird", 0, 1),
        (None, None, 0, 1),
    ],
)
def test_record_outcome(
    status: int | None, error_kind: str | None, successes: int, failures: int
) -> None:
    """An answer with a non-retryable status counts for the backend; anything else against it."""
    health = BackendHealth("b")
    health.record_outcome(7.0, status=status, error_kind=error_kind, ttfb_s=0.3)
    assert (health.successes, health.failures) == (successes, failures)
    assert health.latency.value == (0.3 if successes else None)
    assert health.last_success_at == (7.0 if successes else None)
    assert health.last_failure_at == (7.0 if failures else None)


def test_record_success_without_ttfb_keeps_latency() -> None:
    """A success with no time-to-first-byte leaves the latency estimate untouched."""
    health = BackendHealth("b")
    health.record_success(1.0)
    assert (health.successes, health.latency.value) == (1, None)


# --- HealthBook ---------------------------------------------------------------------------------


def book_with(setup: str) -> HealthBook:
    """A HealthBook (threshold 2, reset 10 s) after ';'-separated steps "op name value":
    fail/down/up/admit at time value, or ttfb = a success with that time to first byte."""
    book = HealthBook(failure_threshold=2, reset_after_s=10.0)
    for step in filter(None, setup.split(";")):
        op, name, value_text = step.split()
        value = float(value_text)
        if op == "fail":
            book[name].record_failure(value)
        elif op == "ttfb":
            book[name].record_success(0.0, value)
        elif op == "down":
            book.mark_down(name, value)
        elif op == "up":
            book.mark_up(name, value)
        else:
            assert book.admit(name, value)
    return book


OPEN_A = "fail a 0; fail a 0"
OPEN_B = "fail b 0; fail b 0"

# (setup, candidates, now, fastest_first, expected order)
ORDER_CASES = {
    "no history keeps order": ("", "a b c", 1.0, False, "a b c"),
    "duplicates dropped": ("", "a b a c b", 1.0, False, "a b c"),
    "empty in, empty out": ("", "", 1.0, True, ""),
    "unknown name is healthy": (OPEN_A, "a z", 1.0, False, "z a"),
    "open moves to end": (OPEN_A, "a b c", 1.0, False, "b c a"),
    "half_open comes back": (OPEN_A, "a b c", 10.0, False, "a b c"),
    "probe out moves to end": (f"{OPEN_A}; admit a 10", "a b", 11.0, False, "b a"),
    "down moves to end": ("down b 0", "a b c", 1.0, False, "a c b"),
    "up restores place": ("down b 0; up b 1", "a b c", 2.0, False, "a b c"),
    "all open still listed": (f"{OPEN_A}; {OPEN_B}", "a b", 1.0, False, "a b"),
    "latency ignored unless asked": ("ttfb a 2; ttfb b 1", "a b", 1.0, False, "a b"),
    "fastest first": ("ttfb a 2; ttfb b 1; ttfb c 0.5", "a b c", 1.0, True, "c b a"),
    "unmeasured keeps its place": ("ttfb a 2; ttfb c 0.5", "a b c", 1.0, True, "c b a"),
    "unmeasured first stays first": ("ttfb b 2; ttfb c 0.5", "a b c", 1.0, True, "a c b"),
    "ties keep given order": ("ttfb a 1; ttfb b 1", "b a", 1.0, True, "b a"),
    "open fast one still last": (f"ttfb a 0.1; ttfb b 3; {OPEN_A}", "b a", 1.0, True, "b a"),
    "unavailable group sorted too": (
        f"ttfb a 3; ttfb b 1; {OPEN_A}; {OPEN_B}",
        "c a b",
        1.0,
        True,
        "c b a",
    ),
}


@pytest.mark.parametrize(
    ("setup", "candidates", "now", "fastest_first", "expected"),
    ORDER_CASES.values(),
    ids=ORDER_CASES.keys(),
)
def test_order(setup: str, candidates: str, now: float, fastest_first: bool, expected: str) -> None:
    """order() puts available candidates first (latency-sorted on request), the rest last."""
    ordered = book_with(setup).order(candidates.split(), now, fastest_first=fastest_first)
    assert ordered == expected.split()


@pytest.mark.parametrize(
    ("setup", "now", "preferred", "last_resort"),
    [
        ("", 1.0, ["a", "b"], []),
        (OPEN_A, 1.0, ["b"], ["a"]),
        ("down a 0; down b 0", 1.0, [], ["a", "b"]),
    ],
)
def test_plan_splits_by_availability(
    setup: str, now: float, preferred: list[str], last_resort: list[str]
) -> None:
    """plan() separates candidates to try first from last resorts a fail-fast router skips."""
    plan = book_with(setup).plan(["a", "b"], now, fastest_first=False)
    assert (plan.preferred, plan.last_resort) == (preferred, last_resort)


def test_reading_does_not_create_entries() -> None:
    """order()/plan()/in never create entries; book[name] does, once."""
    book = HealthBook()
    book.order(["x", "y"], 0.0, fastest_first=True)
    assert "x" not in book
    assert list(book) == []
    entry = book["x"]
    assert book["x"] is entry
    assert "x" in book
    assert list(book) == ["x"]


def test_book_entries_use_book_settings() -> None:
    """Entries get the book's threshold, reset time and alpha."""
    book = HealthBook(failure_threshold=1, reset_after_s=4.0, alpha=0.5)
    book["a"].record_failure(0.0)
    assert book["a"].breaker.state(3.9) == "open"
    assert book["a"].breaker.state(4.0) == "half_open"
    assert book["a"].latency.alpha == 0.5


@pytest.mark.parametrize(
    "kwargs", [{"failure_threshold": 0}, {"reset_after_s": -1.0}, {"alpha": 0.0}]
)
def test_book_rejects_bad_settings(kwargs: dict[str, float]) -> None:
    """Bad settings fail when the book is built, not on the first request."""
    with pytest.raises(ValueError):
        HealthBook(**kwargs)  # type: ignore[arg-type]


def test_admit_takes_the_probe_and_release_returns_it() -> None:
    """admit() takes the single half-open probe; release() gives it back for the next caller."""
    book = book_with(OPEN_A)
    assert not book.admit("a", 5.0)
    assert book.admit("a", 10.0)
    assert not book.admit("a", 10.0)
    book.release("a", 10.5)
    assert book.admit("a", 10.5)


def test_admit_refuses_down_backend_without_taking_probe() -> None:
    """A backend marked down is refused, and the refusal does not consume its probe slot."""
    book = book_with(f"{OPEN_A}; down a 1")
    assert not book.admit("a", 10.0)
    book.mark_up("a", 10.0)
    assert book.admit("a", 10.0)


def test_mark_down_keeps_first_down_since() -> None:
    """Repeated mark_down keeps the time of the first; mark_up clears it but not the breaker."""
    book = book_with(f"{OPEN_A}; down a 1; down a 5")
    assert (book["a"].down, book["a"].down_since) == (True, 1.0)
    book.mark_up("a", 6.0)
    assert (book["a"].down, book["a"].down_since) == (False, None)
    assert book["a"].breaker.state(6.0) == "open"


# --- the routing invariant ----------------------------------------------------------------------

NAMES = ["a", "b", "c", "d", "e"]

book_ops = st.lists(
    st.tuples(
        st.sampled_from(["ok", "fail", "admit", "release", "down", "up"]),
        st.sampled_from(NAMES),
        st.floats(min_value=0, max_value=20, allow_nan=False),
        st.none() | st.floats(min_value=0, max_value=5, allow_nan=False),
    ),
    max_size=60,
)


def apply_book_op(book: HealthBook, op: str, name: str, now: float, ttfb: float | None) -> None:
    """Apply one random operation to the book."""
    if op == "ok":
        book[name].record_success(now, ttfb)
    elif op == "fail":
        book[name].record_failure(now)
    elif op == "admit":
        book.admit(name, now)
    elif op == "release":
        book.release(name, now)
    elif op == "down":
        book.mark_down(name, now)
    else:
        book.mark_up(name, now)


@settings(max_examples=300)
@given(
    book_ops,
    st.lists(st.sampled_from([*NAMES, "z"]), max_size=8),
    st.booleans(),
    st.floats(min_value=0, max_value=20, allow_nan=False),
)
def test_order_is_a_permutation_of_a_subset(
    ops: list[tuple[str, str, float, float | None]],
    candidates: list[str],
    fastest_first: bool,
    step: float,
) -> None:
    """Whatever happened, order() returns each candidate once, and nothing else (DESIGN §8.1)."""
    book = HealthBook(failure_threshold=2, reset_after_s=5.0)
    now = 0.0
    for op, name, advance, ttfb in ops:
        now += advance / 10
        apply_book_op(book, op, name, now, ttfb)
    now += step
    ordered = book.order(candidates, now, fastest_first=fastest_first)
    assert len(ordered) == len(set(ordered))
    assert set(ordered) == set(candidates)
    plan = book.plan(candidates, now, fastest_first=fastest_first)
    assert set(plan.preferred) <= set(candidates)
    assert ordered == plan.preferred + plan.last_resort
    assert all(name not in book or book[name].available(now) for name in plan.preferred)
    assert not any(name in book and book[name].available(now) for name in plan.last_resort)
