"""``Detector.needs``: a window without what every match holds (a digit in a date of birth, a
lab value, a vital sign) is skipped before the exact pattern runs; the findings are those of the
exact pattern run on every window."""

from __future__ import annotations

import dataclasses
import re

import pytest

from proxy.classify import Classifier
from proxy.classify._base import DIGIT, Detector
from proxy.classify.detectors.dates import DOB, DOB_VERB_LAST
from proxy.classify.detectors.health import LAB
from proxy.classify.detectors.health_states import VITAL
from proxy.classify.taxonomy import TextPart

NEEDING = [DOB, DOB_VERB_LAST, LAB, VITAL]
TEXTS = [
    "She was born in Lyon and grew up by the sea; her birthday is in spring.",
    "Patient: Hans Meier, born 12.03.1985 in Graz.",
    "Er wurde am 14.02.1979 in Graz geboren.",
    "Data di nascita: 3 marzo 1962; nato a Bari.",
    "My HbA1c was 7.2 % last week, and my glucose is fine.",
    "Mein Blutdruck lag heute bei 160/95, der Puls bei 88.",
    "Blood pressure and pulse are measured at every visit.",
    "geboren " * 40 + "am 1.2.1990 in Köln geboren",
]


class _Counting:
    """A stand-in for a ``needs`` pattern that counts the windows it was asked about."""

    def __init__(self, pattern: re.Pattern[str]) -> None:
        self.pattern = pattern
        self.asked = 0
        self.skipped = 0

    def search(self, text: str, pos: int, endpos: int) -> re.Match[str] | None:
        """The pattern's search, counted."""
        self.asked += 1
        found = self.pattern.search(text, pos, endpos)
        self.skipped += found is None
        return found


def _found(detectors: list[Detector], text: str) -> list[tuple[str, str | None, int, int]]:
    """(type, subtype, start, end) of the findings of the detectors alone."""
    result = Classifier(detectors=detectors).classify([TextPart("t", text)])
    return [(f.type, f.subtype, f.start, f.end) for f in result.findings]


def test_dates_labs_and_vitals_need_a_digit() -> None:
    """The detectors whose every match holds a number declare it."""
    assert all(detector.needs is DIGIT for detector in NEEDING)


@pytest.mark.parametrize("text", TEXTS)
def test_skipping_windows_finds_what_every_window_finds(text: str) -> None:
    """With and without ``needs``, the same findings."""
    slow = [dataclasses.replace(detector, needs=None) for detector in NEEDING]
    assert _found(NEEDING, text) == _found(slow, text)


def test_a_window_without_a_digit_is_skipped() -> None:
    """A birth cue far from any digit: the window is asked about and skipped, and nothing is
    found; with a date after the cue, the window is kept and the date found."""
    counting = _Counting(DIGIT)
    detector = dataclasses.replace(DOB, needs=counting)  # type: ignore[arg-type]
    classifier = Classifier(detectors=[detector])
    assert not classifier.classify([TextPart("t", "She was born in Lyon by the sea.")]).findings
    assert counting.asked == counting.skipped == 1
    found = classifier.classify([TextPart("t", "She was born on 12.03.1985 in Lyon.")])
    assert [f.type for f in found.findings] == ["pii.date_of_birth"]
    assert counting.asked == 2 and counting.skipped == 1
