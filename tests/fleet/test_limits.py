"""The limiter's arithmetic as tables: sliding windows, every scope must pass, a refusal counts
nothing, reconcile and release; and the rate-limit fields it produces."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from proxy.fleet.limits import Demand, MemoryLimiter, Verdict
from proxy.fleet.principals import Scope
from proxy.fleet.rate_headers import duration, response_fields
from proxy.fleet.schema import LimitSpec
from proxy.fleet.windows import SlidingCounter, window_of


class Clock:
    """A settable clock."""

    def __init__(self, now: float = 600.0) -> None:
        self.now = now

    def __call__(self) -> float:
        return self.now


def _counter(previous: float, current: float, window: int = 10) -> SlidingCounter:
    counter = SlidingCounter()
    counter.window, counter.previous, counter.current = window, previous, current
    return counter


@pytest.mark.parametrize(
    ("previous", "current", "now", "used"),
    [
        (0, 5, 600, 5),  # start of window 10: nothing from before
        (10, 0, 600, 10),  # the previous window weighs fully at the boundary
        (10, 0, 630, 5),  # half-way: half of it
        (10, 2, 645, 4.5),  # a quarter left of the previous, plus the current
    ],
)
def test_sliding_window_weighs_the_previous_window(
    previous: float, current: float, now: float, used: float
) -> None:
    """used = previous × (1 − elapsed/60) + current."""
    assert _counter(previous, current).used(now) == pytest.approx(used)


@pytest.mark.parametrize(
    ("previous", "current", "now", "cost", "limit", "wait"),
    [
        (0, 2, 600, 1, 3, 0.0),  # room now
        (0, 3, 600, 1, 3, 80.0),  # wait for the next window, then for 1/3 of it to slide
        (6, 0, 600, 1, 3, 40.0),  # 6×(1−t/60) ≤ 2 → t = 40
        (6, 0, 630, 1, 3, 10.0),  # the same limit, 30 s later
        (0, 0, 600, 4, 3, None),  # over the limit on its own: never
    ],
)
def test_wait_until_the_cost_fits(
    previous: float, current: float, now: float, cost: float, limit: float, wait: float | None
) -> None:
    """The wait is exact: after it, the cost fits (and not before)."""
    counter = _counter(previous, current)
    got = counter.wait(cost, limit, now)
    assert got == (pytest.approx(wait) if wait is not None else None)
    if got:
        later = now + got
        counter.roll(window_of(later))
        assert counter.used(later) + cost <= limit + 1e-9
        early = now + got - 1
        fresh = _counter(previous, current)
        fresh.roll(window_of(early))
        assert fresh.used(early) + cost > limit


def _scope(level: str, **limits: int) -> Scope:
    return Scope(level, f"{level}:x", LimitSpec(**limits))  # type: ignore[arg-type]


async def test_every_scope_must_pass_and_a_refusal_counts_nothing() -> None:
    """The team's limit refuses even when the key's allows; the key's counter is not touched."""
    limiter = MemoryLimiter(clock=Clock())
    key, team = _scope("key", requests_per_minute=10), _scope("team", requests_per_minute=1)
    demand = Demand((key, team), tokens=0)
    assert (await limiter.reserve(demand)).ticket is not None
    refused = await limiter.reserve(demand)
    assert refused.ticket is None and refused.refused is not None
    assert refused.refused.scope.level == "team"
    alone = await limiter.reserve(Demand((key,), tokens=0))
    assert {s.dimension: s.remaining for s in alone.standings} == {"requests": 8}


async def test_tokens_reserved_then_reconciled_in_their_window() -> None:
    """The estimate counts at once; reconcile replaces it by the real usage, even one window on."""
    clock = Clock()
    limiter = MemoryLimiter(clock=clock)
    scope = _scope("key", tokens_per_minute=1000)
    verdict = await limiter.reserve(Demand((scope,), tokens=600))
    assert verdict.ticket is not None
    assert (await limiter.reserve(Demand((scope,), tokens=500))).refused is not None
    clock.now += 60  # the reservation now sits in the previous window, weighing fully
    await limiter.reconcile(verdict.ticket, 100)
    after = await limiter.reserve(Demand((scope,), tokens=850))
    assert after.ticket is not None  # 100 used + 850 ≤ 1000


async def test_concurrent_slots_are_freed_once() -> None:
    """A slot is held until release; releasing twice frees one slot only."""
    limiter = MemoryLimiter(clock=Clock())
    scope = _scope("key", concurrent=1)
    first = await limiter.reserve(Demand((scope,), tokens=0))
    assert first.ticket is not None
    assert (await limiter.reserve(Demand((scope,), tokens=0))).refused is not None
    await limiter.release(first.ticket)
    second = await limiter.reserve(Demand((scope,), tokens=0))
    await limiter.release(first.ticket)  # again: no effect
    assert second.ticket is not None
    assert (await limiter.reserve(Demand((scope,), tokens=0))).refused is not None


@pytest.mark.parametrize(
    ("seconds", "text"),
    [(0.0, "0ms"), (0.25, "250ms"), (1.0, "1s"), (1.5, "1.5s"), (60, "1m0s"), (80.25, "1m20.25s")],
)
def test_openai_durations(seconds: float, text: str) -> None:
    """x-ratelimit-reset-* uses OpenAI's duration format."""
    assert duration(seconds) == text


async def test_fields_of_a_refusal() -> None:
    """A refusal carries retry-after (whole seconds, ≥ the policy's t) and both header styles."""
    limiter = MemoryLimiter(clock=Clock())
    scope = _scope("key", requests_per_minute=1, tokens_per_minute=100, concurrent=3)
    await limiter.reserve(Demand((scope,), tokens=10))
    verdict: Verdict = await limiter.reserve(Demand((scope,), tokens=10))
    fields = response_fields(verdict)
    assert fields["retry-after"] == "120"  # next window, then all of it slides out
    assert fields["x-ratelimit-remaining-requests"] == "0"
    assert fields["x-ratelimit-remaining-tokens"] == "90"
    assert fields["RateLimit-Policy"] == (
        '"key-rpm";q=1;w=60, "key-concurrent";q=3;qu="concurrent-requests"'
    )
    assert fields["RateLimit"] == '"key-rpm";r=0;t=120, "key-concurrent";r=2'


@given(
    gaps=st.lists(st.floats(min_value=0.0, max_value=20.0), min_size=1, max_size=200),
    limit=st.integers(min_value=1, max_value=20),
)
@settings(max_examples=200, deadline=None)
def test_never_more_than_the_limit_in_any_minute(gaps: list[float], limit: int) -> None:
    """Whatever the timing, no fixed minute admits more than the limit, and no sliding 60 s
    more than twice the limit (the sliding-window counter's bound)."""
    clock = Clock(0.0)
    limiter = MemoryLimiter(clock=clock)
    demand = Demand((_scope("key", requests_per_minute=limit),), tokens=0)
    admitted: list[float] = []
    for gap in gaps:
        clock.now += gap
        if limiter.reserve_now(demand).ticket is not None:
            admitted.append(clock.now)
    per_minute: dict[int, int] = {}
    for at in admitted:
        per_minute[window_of(at)] = per_minute.get(window_of(at), 0) + 1
    assert max(per_minute.values(), default=0) <= limit
    for i, start in enumerate(admitted):
        assert sum(1 for at in admitted[i:] if at < start + 60) <= 2 * limit


async def test_never_outranks_a_wait() -> None:
    """When one limit can never pass and another only later, the refusal names the one that
    never will (no retry can help), whichever scope comes first."""
    limiter = MemoryLimiter(clock=Clock())
    rpm = _scope("key", requests_per_minute=1)
    tpm = _scope("team", tokens_per_minute=10)
    await limiter.reserve(Demand((rpm,), tokens=0))
    for scopes in ((rpm, tpm), (tpm, rpm)):
        verdict = await limiter.reserve(Demand(scopes, tokens=50))
        assert verdict.refused is not None and verdict.refused.scope.level == "team"
        assert verdict.retry_after_s is None
        assert response_fields(verdict)["x-should-retry"] == "false"
