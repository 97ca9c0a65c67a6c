"""Bounded work for the health detectors' person test (``health.personal``).

Each decision reads up to 3,000 characters, and the engine's hit budget allows one candidate
per 20 characters, so a flood of health terms could cost seconds per MB. A term with the same
words around it as the previous call in this thread (a pasted list repeated, a flood) reuses
that decision (only a hash of the surroundings is kept, no text), and past ``DECISIONS``
decisions on one text every further term counts as personal: fail closed, bounded work.
"""

from __future__ import annotations

import threading
from collections.abc import Callable

from proxy.classify._base import Scan

Decide = Callable[[Scan, int, int], bool]
#: Decisions per text before every further term counts as personal.
DECISIONS = 3_000


def bounded(decide: Decide, *, reach: int, context: int) -> Decide:
    """``decide`` memoised on its surroundings (``reach`` characters before the term,
    ``context`` after it: all it reads) for consecutive calls, and capped per text."""
    state = threading.local()

    def personal(scan: Scan, start: int, end: int) -> bool:
        """Whether the text around the span is about a specific person (see ``decide``)."""
        if getattr(state, "text", None) != id(scan.text):
            state.text, state.calls, state.last = id(scan.text), 0, None
        key = hash((scan.before(start, reach), scan.text[start:end], scan.after(end, context)))
        if state.last is not None and state.last[0] == key:
            return bool(state.last[1])
        state.calls += 1
        if state.calls > DECISIONS:
            return True
        decided = decide(scan, start, end)
        state.last = (key, decided)
        return decided

    return personal
