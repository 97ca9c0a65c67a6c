"""Bounded work for the health detectors' person test (``health.personal``).

Each decision reads up to 3,000 characters, and the engine's hit budget allows one candidate
per 20 characters, so a flood of health terms could cost seconds per MB. A term with the same
words around it as the previous call in this thread (a pasted list repeated, a flood) reuses
that decision: only a hash of everything the decision reads is kept (no text), so the answer
is the one the decision would give, whatever came before.
"""

from __future__ import annotations

import threading
from collections.abc import Callable

from proxy.classify._base import Scan

Decide = Callable[[Scan, int, int], bool]


def bounded(decide: Decide, *, reach: int, context: int) -> Decide:
    """``decide`` memoised on its surroundings (``reach`` characters before the term,
    ``context`` after it: all it reads) for consecutive calls."""
    state = threading.local()

    def personal(scan: Scan, start: int, end: int) -> bool:
        """Whether the text around the span is about a specific person (see ``decide``)."""
        key = hash((scan.before(start, reach), scan.text[start:end], scan.after(end, context)))
        last = getattr(state, "last", None)
        if last is not None and last[0] == key:
            return bool(last[1])
        decided = decide(scan, start, end)
        state.last = (key, decided)
        return decided

    return personal
