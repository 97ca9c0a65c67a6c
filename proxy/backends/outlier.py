"""Outlier ejection for one backend and model: the circuit breaker, shaped like Envoy's.

Pure and deterministic: every method takes ``now`` (monotonic seconds); nothing reads a clock.

``record_failure`` counts consecutive failures (5xx, 529, transport errors: see ``verdict``); at
``threshold`` the target is *ejected* for ``min(max_s, base_s * 2 ** (n - 1))`` seconds, where
``n`` counts its ejections. ``n`` falls by one for every ``base_s`` the target spends back in
service without being ejected, so a target that failed once last week starts again at ``base_s``.
When the time is up the target is back for everyone (no single probe slot other requests queue
behind), on probation: its first failure ejects it again at once with the next, longer time; its
first success ends the probation. A success while ejected (a send in panic mode) ends the
ejection. A 429 says nothing about health: ``verdict`` gives ``neutral`` and nothing moves.
"""

from __future__ import annotations

from typing import Final, Literal

BreakerState = Literal["closed", "open", "half_open"]
Verdict = Literal["success", "failure", "neutral"]

#: Statuses that say nothing about the target's health: rate limits are about a key or a model's
#: quota, and 408 is the upstream timing out our request, not failing it.
_NEUTRAL_STATUSES: Final = frozenset({408, 429})


def verdict(status: int | None, failed: bool) -> Verdict:
    """What an attempt says about its target's health.

    ``failed`` is True when the attempt ended without a usable answer from the upstream (refused,
    reset, timed out, or an answer whose framing is invalid). 5xx and 529 are failures; 408 and
    429 are neutral; every other status (2xx, 4xx) proves the target works.
    """
    if failed or status is None:
        return "failure"
    if status in _NEUTRAL_STATUSES:
        return "neutral"
    return "failure" if status >= 500 else "success"


class Ejection:
    """Consecutive-failure ejection of one target, with growing ejection times."""

    __slots__ = ("_ejections", "_failures", "_probation", "_until", "base_s", "max_s", "threshold")

    def __init__(self, threshold: int = 5, base_s: float = 30.0, max_s: float = 300.0) -> None:
        if threshold < 1:
            raise ValueError(f"threshold must be >= 1, got {threshold}")
        if not base_s > 0:
            raise ValueError(f"base ejection time must be > 0, got {base_s}")
        if not max_s >= base_s:
            raise ValueError(f"max ejection time must be >= the base ({base_s}), got {max_s}")
        self.threshold, self.base_s, self.max_s = threshold, base_s, max_s
        self._failures = 0
        self._ejections = 0
        self._until: float | None = None
        self._probation = False

    @property
    def consecutive_failures(self) -> int:
        """Failures since the last success (reset when the target is ejected)."""
        return self._failures

    @property
    def ejections(self) -> int:
        """The current ejection level (after decay at the last ejection)."""
        return self._ejections

    def ejected(self, now: float) -> bool:
        """Whether the target is out of rotation now."""
        return self._until is not None and now < self._until

    def remaining(self, now: float) -> float:
        """Seconds until the target returns (0 when it is in rotation)."""
        return 0.0 if self._until is None else max(0.0, self._until - now)

    def state(self, now: float) -> BreakerState:
        """``open`` while ejected, ``half_open`` on probation, else ``closed``."""
        if self.ejected(now):
            return "open"
        return "half_open" if self._probation else "closed"

    def record_success(self, now: float) -> None:
        """The target answered: forget failures, end probation and any ejection."""
        self._failures = 0
        self._probation = False
        if self.ejected(now):
            self._until = now

    def record_failure(self, now: float) -> None:
        """The target failed: eject at the threshold, or at once while on probation. A failure
        while already ejected (a panic send) leaves the timer alone."""
        self._failures += 1
        if self.ejected(now):
            return
        if self._probation or self._failures >= self.threshold:
            self._eject(now)

    def _eject(self, now: float) -> None:
        if self._until is not None:  # decay: one level per base_s spent back in service
            self._ejections = max(0, self._ejections - int((now - self._until) // self.base_s))
        self._ejections += 1
        duration = min(self.max_s, self.base_s * 2.0 ** min(self._ejections - 1, 32))
        self._until = now + duration
        self._failures = 0
        self._probation = True
