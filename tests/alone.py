"""Tests marked ``alone`` run while no other test runs, also when pytest-xdist runs the suite on
several workers; every other test runs side by side as usual.

``alone`` is for a test whose outcome depends on CPU time nobody else wants: one that bounds a
wall-clock time ("refused within 2 s"), or one that waits for the OTLP export child, which is an
idle-class task and gets no CPU while both cores are busy. Such a test measures the code, not how
busy the other worker happens to be. It is also for a test that locks a system file another
test locks too (``/dev/full``, whose audit log takes an exclusive ``flock``).

Two ``flock`` files in the run's shared temporary directory do it. Every test holds ``run.lock``
shared, an ``alone`` test holds it exclusively. Taking either passes through ``gate.lock`` first,
and a waiting ``alone`` test keeps the gate: the tests that come after it wait for it rather than
overtake it forever. A lock is the kernel's: it goes with the worker that held it, even if killed.
"""

from __future__ import annotations

import fcntl
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import IO

MARK = "alone"


class Turns:
    """One worker's handles on the run's two lock files."""

    def __init__(self, directory: Path) -> None:
        self._gate: IO[bytes] = (directory / "gate.lock").open("ab")
        self._run: IO[bytes] = (directory / "run.lock").open("ab")

    @contextmanager
    def turn(self, alone: bool) -> Iterator[None]:
        """Hold the run lock for one test: exclusively if ``alone``, else shared."""
        fcntl.flock(self._gate, fcntl.LOCK_EX)
        try:
            fcntl.flock(self._run, fcntl.LOCK_EX if alone else fcntl.LOCK_SH)
        finally:
            fcntl.flock(self._gate, fcntl.LOCK_UN)
        try:
            yield
        finally:
            fcntl.flock(self._run, fcntl.LOCK_UN)

    def close(self) -> None:
        """Let go of both files (and so of any lock still held)."""
        self._gate.close()
        self._run.close()


def shared_directory(worker_basetemp: str) -> Path:
    """The directory every worker of this run shares: the parent of a worker's ``--basetemp``
    (pytest-xdist gives each worker ``<run's basetemp>/popen-gwN``)."""
    return Path(worker_basetemp).parent
