"""Live progress while the bench runs: one bar per target and point, redrawn on stderr.

Drawn only on a terminal; redirected output gets nothing (the table and files say it all).
"""

from __future__ import annotations

import sys
import time
from typing import TextIO

_WIDTH = 24


class Progress:
    """A progress bar on ``stream`` (stderr by default), silent unless it is a terminal."""

    def __init__(self, stream: TextIO | None = None, *, enabled: bool | None = None) -> None:
        self.stream = stream or sys.stderr
        self.enabled = self.stream.isatty() if enabled is None else enabled
        self._label = ""
        self._total: int | None = None
        self._duration: float | None = None
        self._start = 0.0
        self._done = 0

    def begin(self, target: str, point: str, total: int | None, duration: float | None) -> None:
        """A new target and point: ``total`` requests and/or ``duration`` seconds."""
        self._label = f"{target} {point}"
        self._total, self._duration = total, duration
        self._start = time.perf_counter()
        self._done = 0
        self._draw()

    def update(self, done: int) -> None:
        """``done`` requests finished so far."""
        self._done = done
        self._draw()

    def end(self, ok: int, errors: int) -> None:
        """The point is over: leave its line with the counts."""
        if self.enabled:
            took = time.perf_counter() - self._start
            self.stream.write(
                f"\r{self._label:40} {'#' * _WIDTH} {ok} ok, {errors} errors, {took:.1f} s\n"
            )
            self.stream.flush()

    def _fraction(self) -> float:
        parts = []
        if self._total:
            parts.append(self._done / self._total)
        if self._duration:
            parts.append((time.perf_counter() - self._start) / self._duration)
        return min(1.0, max(parts, default=0.0))

    def _draw(self) -> None:
        if not self.enabled:
            return
        filled = round(self._fraction() * _WIDTH)
        bar = "#" * filled + "-" * (_WIDTH - filled)
        self.stream.write(f"\r{self._label:40} {bar} {self._done} done")
        self.stream.flush()
