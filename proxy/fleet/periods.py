"""Calendar windows of budgets: a UTC day (from 00:00 UTC), a UTC month (from the 1st, 00:00 UTC).

A budget counts what was spent in the current window and starts again from 0 when the next one
begins: no sliding, since "50 € a day" is read from a calendar. Windows are numbered so a counter
can tell whether what it holds is of the current window: a day by the days since 1970-01-01, a
month as ``year × 12 + month − 1``. The Redis script computes the same numbers from Redis's clock
(``redis_scripts.MONTH_OF``).

Pure: the caller passes ``now`` (seconds since the epoch, UTC).
"""

from __future__ import annotations

import math
from datetime import UTC, datetime

from proxy.fleet.schema import Period

DAY_S = 86_400


def window(period: Period, now: float) -> int:
    """The number of the ``period`` window ``now`` falls in."""
    if period == "day":
        return math.floor(now / DAY_S)
    moment = datetime.fromtimestamp(now, UTC)
    return moment.year * 12 + moment.month - 1


def start(period: Period, number: int) -> float:
    """When window ``number`` of ``period`` begins (seconds since the epoch)."""
    if period == "day":
        return float(number * DAY_S)
    year, month = divmod(number, 12)
    return datetime(year, month + 1, 1, tzinfo=UTC).timestamp()


def until_next(period: Period, now: float) -> float:
    """Seconds from ``now`` until the next ``period`` window begins (the budget is whole again)."""
    return start(period, window(period, now) + 1) - now
