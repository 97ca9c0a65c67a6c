"""Sliding-window counters: the arithmetic of requests and tokens per minute.

Each limit keeps two fixed 60-second windows — the current one and the one before — and counts
what the previous window still weighs by how much of it overlaps the last 60 seconds:

    used(now) = previous × (1 − elapsed / 60) + current

Why this and not a fixed window or a log: a fixed window lets a client send twice its limit
across a boundary (all of it at 0:59, all again at 1:00); a log of every request is exact but
holds one entry per request (a 50,000 tokens-per-minute limit would hold thousands). Two integers
per limit bound the memory, never admit more than the limit within any aligned window, and map to
two ``INCRBY`` on Redis (issue 16's shared state: one Lua script does the same arithmetic). The
price is an approximation inside the minute (the previous window is assumed evenly spread),
which errs in either direction by at most the previous window's unevenness.

Pure: the caller passes ``now`` (seconds, any monotonic origin).
"""

from __future__ import annotations

import math

WINDOW_S = 60.0


class SlidingCounter:
    """The two windows of one limit (``window`` is the index of the current fixed window)."""

    __slots__ = ("current", "previous", "window")

    def __init__(self) -> None:
        self.window = 0
        self.current = 0.0
        self.previous = 0.0

    def roll(self, window: int) -> None:
        """Move to fixed window ``window`` (no-op when already there)."""
        if window == self.window:
            return
        self.previous = self.current if window == self.window + 1 else 0.0
        self.current = 0.0
        self.window = window

    def used(self, now: float) -> float:
        """What counts against the limit at ``now`` (after ``roll``)."""
        elapsed = now / WINDOW_S - self.window
        return self.previous * max(0.0, 1.0 - elapsed) + self.current

    def adjust(self, window: int, delta: float) -> None:
        """Add ``delta`` to the window it was counted in, if that window still weighs."""
        if window == self.window:
            self.current = max(0.0, self.current + delta)
        elif window == self.window - 1:
            self.previous = max(0.0, self.previous + delta)

    def wait(self, cost: float, limit: float, now: float) -> float | None:
        """Seconds until ``cost`` more fits under ``limit`` (0: now; ``None``: never — the cost
        alone is over the limit)."""
        if cost > limit:
            return None
        elapsed = now / WINDOW_S - self.window  # fraction of the current window gone
        room = limit - self.current - cost
        if room >= 0:  # fits once enough of the previous window has slid out
            if self.previous <= room:
                return 0.0
            return _whole((1.0 - room / self.previous - elapsed) * WINDOW_S)
        # only after this window ends, once enough of it (then the previous one) slides out
        to_next = (1.0 - elapsed) * WINDOW_S
        if self.current <= 0:
            return to_next
        return to_next + _whole((1.0 - (limit - cost) / self.current) * WINDOW_S)

    def reset(self, now: float) -> float:
        """Seconds until nothing counted so far weighs any more."""
        elapsed = now / WINDOW_S - self.window
        if self.current > 0:
            return (2.0 - elapsed) * WINDOW_S
        if self.previous > 0:
            return (1.0 - elapsed) * WINDOW_S
        return 0.0


def _whole(seconds: float) -> float:
    """``seconds``, with float noise around 0 (a millionth of a second) read as 0."""
    return seconds if seconds > 1e-6 else 0.0


def window_of(now: float) -> int:
    """The index of the fixed window ``now`` falls in."""
    return math.floor(now / WINDOW_S)
