"""Windows without what every match of an exact pattern holds are skipped (``required``): the
skipping finder yields what ``finditer`` yields, it does skip, and the classifier finds the same
with it as without it."""

from __future__ import annotations

import random
import re

import pytest

from proxy.classify import Classifier
from proxy.classify.detectors import all_detectors
from proxy.classify.required import finder, requirement
from proxy.classify.taxonomy import TextPart

PATTERNS = {det.pattern: det.name for det in all_detectors()}
#: Exact patterns that must keep a requirement (their windows in prose seldom hold one).
SKIPPING = ["bic", "health.lab", "health.shorthand"]
#: Characters for generated windows: case pairs ``re`` folds (ſ/s, K/k, ı/i), digits, signs.
ALPHABET = "aAbBeEsSſkKKıİiIöÖßéÉ 0123456789.-/:'’\n\t@_#ĄłŻ"
TEXTS = [
    "Date of birth: 14.03.1987, born in Kraków.",
    "geboren am 3. Mai 1990 in Wien; Geburtsdatum 1990-05-03",
    "née le 12/11/1979, date de naissance 12 novembre 1979",
    "Pay to BIC DEUTDEFF500 or COBADEFFXXX, not DEUTDEFF.",
    "HbA1c 7.2 %, LDL 3.4 mmol/l, TSH 2,1 mU/l and blood pressure 140/90 mmHg",
    "pt with hx of T2DM, HTN and CKD; s/p CABG, NSTEMI 2019, AFib on DOAC",
    "The birthday party was fun and nobody was born yesterday.",
    "history of the dashboard: the team shipped it",
    "HbA1c was discussed at length but no value was given",
    "BANKTRANSFER is one word, bankdeff is lower case",
]


def _spans(matches: object) -> list[tuple[tuple[int, int], tuple[str | None, ...]]]:
    """Span and groups of each match."""
    assert not isinstance(matches, str)
    return [(m.span(), m.groups()) for m in matches]  # type: ignore[attr-defined]


def _pattern(name: str) -> re.Pattern[str]:
    """The exact pattern of a detector."""
    return next(pattern for pattern, det in PATTERNS.items() if det == name)


@pytest.mark.parametrize("name", SKIPPING)
def test_patterns_that_skip_have_a_requirement(name: str) -> None:
    """These patterns keep a requirement (else their windows would cost as before)."""
    assert requirement(_pattern(name)) is not None


@pytest.mark.parametrize(
    ("name", "window"),
    [
        ("bic", "the BIC and SWIFT code of the bank"),
        ("health.lab", "Hemoglobin was high, LDL too"),
        ("health.shorthand", "history of the dashboard: the team shipped it"),
    ],
)
def test_window_without_requirement_is_skipped(name: str, window: str) -> None:
    """A window without the requirement yields nothing, and the pattern is not run on it."""
    find = finder(_pattern(name))
    assert find is not None
    result = find(window, 0, len(window))
    assert not isinstance(result, type(_pattern(name).finditer("")))  # skipped, not searched
    assert list(result) == []


@pytest.mark.parametrize("text", TEXTS)
def test_finder_yields_what_finditer_yields(text: str) -> None:
    """Every pattern with a finder: the same matches over the whole text and its slices."""
    for pattern in PATTERNS:
        find = finder(pattern)
        if find is None:
            continue
        for pos, endpos in [(0, len(text)), (3, len(text) - 2), (len(text) // 2, len(text))]:
            assert _spans(find(text, pos, endpos)) == _spans(pattern.finditer(text, pos, endpos))


def test_finder_on_generated_windows() -> None:
    """Random windows of random text (case pairs, digits, signs): the same matches."""
    rng = random.Random(10)
    text = "".join(rng.choice(ALPHABET) for _ in range(4_000)) + " ".join(TEXTS)
    for pattern in PATTERNS:
        find = finder(pattern)
        if find is None:
            continue
        for _ in range(40):
            pos = rng.randrange(len(text))
            endpos = min(len(text), pos + rng.randint(0, 200))
            assert _spans(find(text, pos, endpos)) == _spans(pattern.finditer(text, pos, endpos))


@pytest.mark.parametrize("text", TEXTS)
def test_classifier_finds_the_same_without_the_finders(
    classifier: Classifier, monkeypatch: pytest.MonkeyPatch, text: str
) -> None:
    """The findings with the skipping finders are those of plain ``finditer``."""
    fast = classifier.classify([TextPart("t", text)])
    monkeypatch.setattr(classifier, "_finders", {})
    assert classifier.classify([TextPart("t", text)]) == fast


@pytest.mark.parametrize(
    ("source", "expected"),
    [
        (r"(?<!\w)(?:born|birth)\s*(?:19|20)\d\d", True),  # digits after a cue
        (r"(?i)(?:19|20)\d\d", True),  # digits have no case: still a prefix scan
        (r"(?i)[a-z]{3}\d{2}", False),  # opens with a caseless class: no prefix scan
        (r"[A-Z]{4}[A-Z]{2}", True),  # six capitals
        (r"(?:ab|cd)?x", False),  # one letter: not worth a test
        (r"\w+", False),
        (r"(a)\1", False),  # a back reference: nothing known
    ],
)
def test_requirement_only_where_useful(source: str, expected: bool) -> None:
    """A requirement is kept when it is rare in prose, and never from what it cannot read."""
    assert (requirement(re.compile(source)) is not None) is expected
