"""Health bookkeeping for routing: retry timing, latency estimates, outlier ejection per target.

Pure and deterministic: every function that needs the time takes it as an argument (``now``:
monotonic seconds; ``now_epoch``: wall-clock seconds, only for HTTP dates). Nothing here reads a
clock, sleeps, logs or does I/O, so the router's decisions can be replayed and tested as tables.

Health is kept per ``Target`` (backend, concrete model). The router uses it like this::

    plan = book.plan(targets, now, fastest_first=...)
    for target in plan.available:          # in policy order
        ...send with retries: is_retryable(), retry_after_from_headers(), backoff_delay()...
        book[target].record_outcome(now, status=..., failed=..., ttfb_s=...)
    if nothing was tried:                  # every target ejected: panic mode, one send to
        ...plan.ejected[0]                 # the one most likely to recover

Invariant (DESIGN §8.1): every list this module returns is a permutation of a subset of the
targets it was given; it never adds one, so health can reorder a route but never widen it.
"""

from __future__ import annotations

import math
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC
from email.utils import parsedate_to_datetime
from typing import Final, NamedTuple

from proxy.backends.outlier import BreakerState, Ejection, Verdict, verdict

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


class Target(NamedTuple):
    """What health is kept for: a backend and the concrete model it serves (a broken model does
    not take down its siblings on the same backend)."""

    backend: str
    model: str


@dataclass(slots=True)
class TargetHealth:
    """Everything the router knows about one target: ejection, latency, counters."""

    ejection: Ejection
    latency: LatencyEstimate
    successes: int = 0
    failures: int = 0

    def record_outcome(
        self, now: float, *, status: int | None, failed: bool, ttfb_s: float | None = None
    ) -> Verdict:
        """Fold one attempt's end into the target's health; returns what it counted as."""
        kind = verdict(status, failed)
        if kind == "success":
            self.successes += 1
            self.ejection.record_success(now)
            if ttfb_s is not None:
                self.latency.observe(ttfb_s)
        elif kind == "failure":
            self.failures += 1
            self.ejection.record_failure(now)
        return kind


class Plan(NamedTuple):
    """Targets split by health: ``available`` in order, ``ejected`` most likely to recover first."""

    available: list[Target]
    ejected: list[Target]


def _fastest_in_place(
    names: list[Target], latency_of: Mapping[Target, float | None]
) -> list[Target]:
    """Stably sort the targets with a latency estimate by it, in the slots they occupy; targets
    without one keep their position, so a never-measured backend is still tried (and measured)
    where the policy put it instead of being starved behind measured ones."""
    slots = [i for i, name in enumerate(names) if latency_of[name] is not None]
    ranked = sorted((names[i] for i in slots), key=lambda name: latency_of[name] or 0.0)
    ordered = list(names)
    for slot, name in zip(slots, ranked, strict=True):
        ordered[slot] = name
    return ordered


class HealthBook:
    """Health per target, created on first write with the book's ejection settings, plus the
    backends an active health check marked down.

    Reading (``plan``, ``state``, ``in``) never creates entries: a target never seen is healthy.
    ``book[target]`` creates on demand, like ``collections.defaultdict``.
    """

    def __init__(
        self,
        *,
        failure_threshold: int = 5,
        base_ejection_s: float = 30.0,
        max_ejection_s: float = 300.0,
        alpha: float = 0.2,
    ) -> None:
        self._ejection_args = (failure_threshold, base_ejection_s, max_ejection_s)
        Ejection(*self._ejection_args)  # fail at startup, not on the first request
        LatencyEstimate(alpha)
        self._alpha = alpha
        self._entries: dict[Target, TargetHealth] = {}
        self._down: dict[str, float] = {}

    def __getitem__(self, target: Target) -> TargetHealth:
        entry = self._entries.get(target)
        if entry is None:
            entry = TargetHealth(Ejection(*self._ejection_args), LatencyEstimate(self._alpha))
            self._entries[target] = entry
        return entry

    def __contains__(self, target: object) -> bool:
        return target in self._entries

    def __iter__(self) -> Iterator[Target]:
        return iter(self._entries)

    def state(self, target: Target, now: float) -> BreakerState:
        """The target's breaker state (``open`` also while its backend is marked down)."""
        entry = self._entries.get(target)
        if target.backend in self._down:
            return "open"
        return "closed" if entry is None else entry.ejection.state(now)

    def available(self, target: Target, now: float) -> bool:
        """Whether regular traffic may go to the target now (not ejected, backend not down)."""
        entry = self._entries.get(target)
        ejected = entry is not None and entry.ejection.ejected(now)
        return not ejected and target.backend not in self._down

    def _recovery_rank(self, target: Target, now: float) -> tuple[bool, float, int]:
        entry = self._entries.get(target)
        if entry is None:
            return (target.backend in self._down, 0.0, 0)
        ejection = entry.ejection
        return (target.backend in self._down, ejection.remaining(now), ejection.ejections)

    def plan(self, targets: Sequence[Target], now: float, *, fastest_first: bool) -> Plan:
        """Split the targets (duplicates dropped) into those available now, in the given order,
        and the ejected or marked-down ones, most likely to recover first: up (by active check)
        before down, then the soonest return, then the fewest ejections, then the given order.

        With ``fastest_first`` (for candidates the policy ranks equally) measured available
        targets are sorted by latency estimate within the slots they hold. Nothing is mutated.
        """
        available: list[Target] = []
        ejected: list[Target] = []
        for target in dict.fromkeys(targets):
            (available if self.available(target, now) else ejected).append(target)
        if fastest_first:
            latency_of = {t: self._latency(t) for t in available}
            available = _fastest_in_place(available, latency_of)
        ejected.sort(key=lambda t: self._recovery_rank(t, now))  # stable: ties keep their order
        return Plan(available, ejected)

    def _latency(self, target: Target) -> float | None:
        entry = self._entries.get(target)
        return None if entry is None else entry.latency.value

    def mark_down(self, backend: str, now: float) -> None:
        """An active health check failed: the backend's targets count as ejected until
        ``mark_up`` (its first failure time is kept)."""
        self._down.setdefault(backend, now)

    def mark_up(self, backend: str, now: float) -> None:
        """An active health check passed: the backend's targets are back (ejections stay)."""
        self._down.pop(backend, None)

    def down_since(self, backend: str) -> float | None:
        """When an active check first marked ``backend`` down, or ``None`` if it is up."""
        return self._down.get(backend)
