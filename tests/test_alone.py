"""The ``alone`` turns (``tests/alone.py``): an alone test never overlaps another one, the
others overlap freely, and an alone test that waits is not overtaken by later tests."""

from __future__ import annotations

import threading
from pathlib import Path

from tests.alone import Turns

WAIT_S = 10.0  # an upper bound for a turn that must come; only a broken lock takes it
BLOCKED_S = 0.3  # how long a turn that must not come is watched


class Runner(threading.Thread):
    """One worker's test: takes its turn, says so, and holds it until told to finish."""

    def __init__(self, directory: Path, alone: bool) -> None:
        super().__init__(daemon=True)
        self.turns, self.alone = Turns(directory), alone
        self.running, self.finish = threading.Event(), threading.Event()

    def run(self) -> None:
        with self.turns.turn(self.alone):
            self.running.set()
            assert self.finish.wait(WAIT_S)
        self.turns.close()

    def done(self) -> None:
        """Let the test end and wait for the thread."""
        self.finish.set()
        self.join(WAIT_S)


def started(directory: Path, alone: bool) -> Runner:
    """A test asking for its turn in another thread."""
    runner = Runner(directory, alone)
    runner.start()
    return runner


def test_tests_that_are_not_alone_run_side_by_side(tmp_path: Path) -> None:
    """Two ordinary tests hold their turns at once."""
    one, two = started(tmp_path, False), started(tmp_path, False)
    assert one.running.wait(WAIT_S) and two.running.wait(WAIT_S)
    one.done()
    two.done()


def test_an_alone_test_waits_for_the_running_one_and_then_runs_by_itself(tmp_path: Path) -> None:
    """An alone test starts only when the running test ends, and nothing starts beside it."""
    first = started(tmp_path, False)
    assert first.running.wait(WAIT_S)
    lone = started(tmp_path, True)
    assert not lone.running.wait(BLOCKED_S)
    first.done()
    assert lone.running.wait(WAIT_S)
    later = started(tmp_path, False)
    assert not later.running.wait(BLOCKED_S)
    lone.done()
    assert later.running.wait(WAIT_S)
    later.done()


def test_a_waiting_alone_test_is_not_overtaken(tmp_path: Path) -> None:
    """Once an alone test waits, a test that asks after it waits too (no starving the alone one
    while the other worker keeps starting tests)."""
    first = started(tmp_path, False)
    assert first.running.wait(WAIT_S)
    lone = started(tmp_path, True)
    assert not lone.running.wait(BLOCKED_S)
    later = started(tmp_path, False)
    assert not later.running.wait(BLOCKED_S)
    first.done()
    assert lone.running.wait(WAIT_S)
    assert not later.running.wait(BLOCKED_S)
    lone.done()
    assert later.running.wait(WAIT_S)
    later.done()
