"""Names found from how the text around them is laid out rather than from a cue word: who is
on which day or shift (``_name_schedules``), a surname-first East Asian name
(``_east_asian_names``). Registered together in ``names.DETECTORS``.
"""

from __future__ import annotations

from proxy.classify.detectors import _east_asian_names, _name_schedules

DETECTORS = (
    *_name_schedules.DETECTORS,
    *_east_asian_names.DETECTORS,
)
