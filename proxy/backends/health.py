"""Health bookkeeping for routing: circuit breakers, latency estimates, retry timing.

Pure and deterministic: every function that needs the time takes it as an argument (``now``:
monotonic seconds; ``now_epoch``: wall-clock seconds, only for HTTP dates). Nothing here reads a
clock, sleeps, logs or does I/O, so the router's decisions can be replayed and tested as tables.

The router (``backends/`` forward stage) is expected to use it like this::

    plan = book.plan(decision.candidates, now, fastest_first=True)
    for name in plan.preferred:            # healthy, in order
        if not book.admit(name, now):      # lost the half-open probe to a concurrent request
            continue
        ...send with retries: is_retryable(), retry_after_from_headers(), backoff_delay()...
        book[name].record_outcome(now, status=..., error_kind=..., ttfb_s=...)
    for name in plan.last_resort:          # breaker open / marked down: send anyway (what
        ...                                # ``order`` implies) or skip them to fail fast

Invariant (DESIGN §8.1): every list this module returns is a permutation of a subset of the
candidates it was given; it never adds a name, so health can reorder a route but never widen it.
"""

from __future__ import annotations

import math
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC
from email.utils import parsedate_to_datetime
from typing import Final, Literal, NamedTuple

BreakerState = Literal["closed", "open", "half_open"]

#: Transport failures worth retrying (the upstream client maps its exceptions onto these kinds):
#: ``connect`` refused/DNS/TLS, ``timeout`` connect or first-byte timeout, ``reset`` closed before
#: the response head arrived. Any other kind (e.g. our own encoding error) is not retried.
RETRYABLE_ERRORS: Final = frozenset({"connect", "timeout", "reset"})

#: ``backoff_delay`` returns this when the server asks for a longer wait than we accept: do not
#: retry this backend now, fall back to the next candidate instead.
NO_RETRY: Final = math.inf


def is_retryable(status: int | None, error_kind: str | None) -> bool:
    """Whether an attempt's outcome justifies a retry (then a fallback) rather than an answer.

    Yes for a transport error in ``RETRYABLE_ERRORS``, 408 (a timeout by another name), 429 and
    every 5xx (including Anthropic's 529 "overloaded"). No for other statuses: a 4xx says the
    request itself is wrong, so another attempt or another backend would only repeat the refusal.
    """
    if error_kind in RETRYABLE_ERRORS:
        return True
    if status is None:
        return False
    return status in (408, 429) or 500 <= status <= 599


def _non_negative_seconds(text: str, scale: float) -> float | None:
    try:
        value = float(text) * scale
    except ValueError:
        return None
    return value if math.isfinite(value) and value >= 0 else None


def parse_retry_after(value: str | None, now_epoch: float) -> float | None:
    """Seconds to wait from a ``retry-after`` header: delta-seconds or an HTTP-date (RFC 9110).

    Decimal delta-seconds are accepted (some providers send them). A date in the past gives 0.
    ``now_epoch`` is wall-clock time, needed only to turn a date into a delay. Anything
    unparsable, negative or infinite gives ``None`` (= no server hint, use plain backoff).
    """
    if value is None or not (text := value.strip()):
        return None
    if (seconds := _non_negative_seconds(text, 1.0)) is not None:
        return seconds
    try:
        when = parsedate_to_datetime(text)
    except (TypeError, ValueError):
        return None
    if when.tzinfo is None:  # "-0000" means UTC with no claim about local time
        when = when.replace(tzinfo=UTC)
    return max(0.0, when.timestamp() - now_epoch)


def parse_retry_after_ms(value: str | None) -> float | None:
    """Seconds to wait from OpenAI's ``retry-after-ms`` header (in ms); ``None`` if unusable."""
    if value is None:
        return None
    return _non_negative_seconds(value.strip(), 0.001)


def retry_after_from_headers(headers: Mapping[str, str], now_epoch: float) -> float | None:
    """The server's wait hint in seconds: ``retry-after-ms`` if usable, else ``retry-after``.

    Header names are matched case-insensitively, so any mapping of response headers works.
    """
    lowered = {key.lower(): val for key, val in headers.items()}
    from_ms = parse_retry_after_ms(lowered.get("retry-after-ms"))
    if from_ms is not None:
        return from_ms
    return parse_retry_after(lowered.get("retry-after"), now_epoch)


def backoff_delay(
    attempt: int,
    *,
    base: float = 0.25,
    cap: float = 8.0,
    retry_after: float | None,
    jitter: float,
    max_retry_after: float = 30.0,
) -> float:
    """Seconds to wait before retry number ``attempt + 1`` (``attempt`` counts from 0).

    Without a server hint: ``min(cap, base * 2**attempt)``, scaled by ``0.5 + jitter / 2`` so the
    delay lies in [half, full) of the exponential step — never zero, yet spread out. The caller
    draws ``jitter`` uniformly from [0, 1), which keeps this function deterministic.

    A server hint (``retry_after``, seconds) wins over the exponential step. If it is longer than
    ``max_retry_after`` the result is ``NO_RETRY`` (infinity): waiting that long would hold the
    client for nothing, so the router should fall back to the next candidate instead.
    """
    if attempt < 0:
        raise ValueError(f"attempt must be >= 0, got {attempt}")
    if not 0.0 <= jitter < 1.0:
        raise ValueError(f"jitter must be in [0, 1), got {jitter}")
    if retry_after is not None:
        return NO_RETRY if retry_after > max_retry_after else max(0.0, retry_after)
    step = min(cap, base * 2.0 ** min(attempt, 64))
    return step * (0.5 + jitter / 2.0)


class CircuitBreaker:
    """Per-backend breaker: stop sending to a backend that keeps failing, then probe it.

    ``closed`` lets everything through and counts consecutive failures; at ``failure_threshold``
    it opens. ``open`` refuses until ``reset_after_s`` have passed since it opened; then the
    next ``allow`` turns it ``half_open`` and admits exactly one probe. While the probe is out,
    ``allow`` refuses. A success (probe or not) closes the breaker; a failure while half-open —
    or once the open timer has run out — re-opens it with the timer restarted. Failures while
    open and still timing do not move the timer, so recovery probing keeps its schedule.

    A probe whose outcome is never recorded (request cancelled, client gone) would wedge the
    breaker half-open; ``release`` hands the slot back, and a probe out for longer than
    ``reset_after_s`` is presumed lost, so a new one may go.
    """

    def __init__(self, failure_threshold: int = 5, reset_after_s: float = 30.0) -> None:
        if failure_threshold < 1:
            raise ValueError(f"failure_threshold must be >= 1, got {failure_threshold}")
        if not reset_after_s >= 0:
            raise ValueError(f"reset_after_s must be >= 0, got {reset_after_s}")
        self.failure_threshold = failure_threshold
        self.reset_after_s = reset_after_s
        self._state: BreakerState = "closed"
        self._failures = 0
        self._opened_at = 0.0
        self._probe_out = False
        self._probe_at = 0.0

    @property
    def consecutive_failures(self) -> int:
        """Failures since the last success (keeps counting while open)."""
        return self._failures

    def _probe_free(self, now: float) -> bool:
        return not self._probe_out or now - self._probe_at >= self.reset_after_s

    def state(self, now: float) -> BreakerState:
        """The state as of ``now``, without changing it: an open breaker whose timer ran out
        reports ``half_open`` (the next ``allow`` would admit the probe)."""
        if self._state == "open" and now - self._opened_at >= self.reset_after_s:
            return "half_open"
        return self._state

    def available(self, now: float) -> bool:
        """Whether ``allow(now)`` would say yes, without taking the probe slot."""
        state = self.state(now)
        return state == "closed" or (state == "half_open" and self._probe_free(now))

    def allow(self, now: float) -> bool:
        """Admit one attempt now? In half-open this takes the single probe slot."""
        if not self.available(now):
            return False
        if self.state(now) == "half_open":
            self._state = "half_open"
            self._probe_out = True
            self._probe_at = now
        return True

    def release(self, now: float) -> None:
        """Give back a probe slot whose attempt ended without a verdict (e.g. cancelled)."""
        self._probe_out = False

    def record_success(self, now: float) -> None:
        """The backend answered: close the breaker and forget past failures."""
        self._state = "closed"
        self._failures = 0
        self._probe_out = False

    def record_failure(self, now: float) -> None:
        """The backend failed: count it; open at the threshold; a failed probe re-opens."""
        self._failures += 1
        state = self.state(now)
        if state == "half_open" or (state == "closed" and self._failures >= self.failure_threshold):
            self._state = "open"
            self._opened_at = now
            self._probe_out = False


class LatencyEstimate:
    """Exponentially weighted moving average of time to first byte, in seconds.

    The first sample sets the estimate; each later one moves it by ``alpha`` of the difference,
    so one slow response nudges rather than reorders. ``value`` is ``None`` until a sample exists.
    """

    __slots__ = ("_value", "alpha", "samples")

    def __init__(self, alpha: float = 0.2) -> None:
        if not 0.0 < alpha <= 1.0:
            raise ValueError(f"alpha must be in (0, 1], got {alpha}")
        self.alpha = alpha
        self.samples = 0
        self._value: float | None = None

    @property
    def value(self) -> float | None:
        """The current estimate in seconds, or ``None`` before the first sample."""
        return self._value

    def observe(self, seconds: float) -> None:
        """Fold in one time-to-first-byte; a negative or non-finite one is a caller bug."""
        if not (math.isfinite(seconds) and seconds >= 0):
            raise ValueError(f"latency must be a finite number >= 0, got {seconds}")
        self.samples += 1
        if self._value is None:
            self._value = seconds
        else:
            self._value += self.alpha * (seconds - self._value)


@dataclass(slots=True)
class BackendHealth:
    """Everything the router knows about one backend's health: breaker, latency, counters.

    ``down`` is set by active health checks (``HealthBook.mark_down``) and is independent of the
    breaker: a check proving the models endpoint answers says little about completions, so
    ``mark_up`` clears only ``down`` and the breaker recovers through its own probe.
    """

    name: str
    breaker: CircuitBreaker = field(default_factory=CircuitBreaker)
    latency: LatencyEstimate = field(default_factory=LatencyEstimate)
    successes: int = 0
    failures: int = 0
    down: bool = False
    down_since: float | None = None
    last_success_at: float | None = None
    last_failure_at: float | None = None

    def available(self, now: float) -> bool:
        """Whether a regular attempt (or the probe) may go to this backend now."""
        return not self.down and self.breaker.available(now)

    def record_success(self, now: float, ttfb_s: float | None = None) -> None:
        """The backend answered; ``ttfb_s`` (time to first byte) feeds the latency estimate."""
        self.successes += 1
        self.last_success_at = now
        self.breaker.record_success(now)
        if ttfb_s is not None:
            self.latency.observe(ttfb_s)

    def record_failure(self, now: float) -> None:
        """The attempt failed in a way that speaks against the backend (``is_retryable``)."""
        self.failures += 1
        self.last_failure_at = now
        self.breaker.record_failure(now)

    def record_outcome(
        self, now: float, *, status: int | None, error_kind: str | None, ttfb_s: float | None = None
    ) -> None:
        """Record an attempt's end: a non-retryable status (even 400) proves the backend works;
        a retryable outcome or an answer-less error counts against it."""
        if status is not None and not is_retryable(status, error_kind):
            self.record_success(now, ttfb_s)
        else:
            self.record_failure(now)


class Plan(NamedTuple):
    """Candidates split by health: try ``preferred`` first, ``last_resort`` only if willing."""

    preferred: list[str]
    last_resort: list[str]


def _fastest_in_place(names: list[str], latency_of: Mapping[str, float | None]) -> list[str]:
    """Stably sort the names with a latency estimate by it, in the slots they occupy; names
    without one keep their position, so a never-measured backend is still tried (and measured)
    where the policy put it instead of being starved behind measured ones."""
    slots = [i for i, name in enumerate(names) if latency_of[name] is not None]
    ranked = sorted((names[i] for i in slots), key=lambda name: latency_of[name] or 0.0)
    ordered = list(names)
    for slot, name in zip(slots, ranked, strict=True):
        ordered[slot] = name
    return ordered


class HealthBook:
    """Health per backend name, created on first write with the book's breaker settings.

    Reading (``plan``, ``order``, ``in``) never creates entries: a name never seen is healthy.
    ``book[name]`` creates on demand, like ``collections.defaultdict``; iterating gives names.
    """

    def __init__(
        self, *, failure_threshold: int = 5, reset_after_s: float = 30.0, alpha: float = 0.2
    ) -> None:
        CircuitBreaker(failure_threshold, reset_after_s)  # fail at startup, not on the
        LatencyEstimate(alpha)  # first request that needs a new entry
        self._breaker_args = (failure_threshold, reset_after_s)
        self._alpha = alpha
        self._entries: dict[str, BackendHealth] = {}

    def __getitem__(self, name: str) -> BackendHealth:
        entry = self._entries.get(name)
        if entry is None:
            breaker = CircuitBreaker(*self._breaker_args)
            entry = BackendHealth(name, breaker, LatencyEstimate(self._alpha))
            self._entries[name] = entry
        return entry

    def __contains__(self, name: object) -> bool:
        return name in self._entries

    def __iter__(self) -> Iterator[str]:
        return iter(self._entries)

    def _available(self, name: str, now: float) -> bool:
        entry = self._entries.get(name)
        return entry is None or entry.available(now)

    def _latency(self, name: str) -> float | None:
        entry = self._entries.get(name)
        return None if entry is None else entry.latency.value

    def plan(self, candidates: Sequence[str], now: float, *, fastest_first: bool) -> Plan:
        """Split the candidates (duplicates dropped, first occurrence kept) into those available
        now and those whose breaker is open, whose probe is out, or that are marked down.

        Each group keeps the given order; with ``fastest_first`` (for candidates the policy
        ranks equally) measured ones are sorted by latency estimate within the slots they hold,
        and unmeasured ones keep their place. Nothing is mutated: ``admit`` takes the probe.
        """
        preferred: list[str] = []
        last_resort: list[str] = []
        for name in dict.fromkeys(candidates):
            (preferred if self._available(name, now) else last_resort).append(name)
        if fastest_first:
            latency_of = {name: self._latency(name) for name in preferred + last_resort}
            preferred = _fastest_in_place(preferred, latency_of)
            last_resort = _fastest_in_place(last_resort, latency_of)
        return Plan(preferred, last_resort)

    def order(self, candidates: Sequence[str], now: float, *, fastest_first: bool) -> list[str]:
        """The candidates to try, in order: available ones first, then unavailable ones.

        Unavailable candidates are moved to the end, not dropped: when every breaker is open the
        router still tries (and a success closes the breaker) rather than answering 503 without
        trying. To fail fast instead, use ``plan(...).preferred``. The result is always the
        candidates without duplicates, reordered — never any other name.
        """
        preferred, last_resort = self.plan(candidates, now, fastest_first=fastest_first)
        return preferred + last_resort

    def admit(self, name: str, now: float) -> bool:
        """Call right before sending: False if marked down or the breaker refuses (taking the
        half-open probe slot when it says yes). A last-resort send may ignore the answer."""
        entry = self[name]
        return not entry.down and entry.breaker.allow(now)

    def release(self, name: str, now: float) -> None:
        """The admitted attempt ended with no verdict (cancelled): free a held probe slot."""
        self[name].breaker.release(now)

    def mark_down(self, name: str, now: float) -> None:
        """An active health check failed: move the backend to the end until ``mark_up``."""
        entry = self[name]
        if not entry.down:
            entry.down = True
            entry.down_since = now

    def mark_up(self, name: str, now: float) -> None:
        """An active health check passed: clear ``down`` (the breaker is left to itself)."""
        entry = self[name]
        entry.down = False
        entry.down_since = None
