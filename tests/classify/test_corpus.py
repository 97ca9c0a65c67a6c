"""Corpus-level quality: the rates the issue sets, measured on our labelled corpus.

The corpus (data/corpus.jsonl, built deterministically by make_corpus.py) holds multilingual
support tickets, letters, notes, code and minutes; about a third are hard negatives.
"""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

import pytest

from proxy.classify.taxonomy import Level, TextPart
from tests.found import compiled

CORPUS = Path(__file__).parent / "data" / "corpus.jsonl"
CHECKSUMMED = (
    "pii.email",
    "pii.phone",
    "pii.ip_address",
    "pii.national_id",
    "pii.passport",
    "financial.iban",
    "financial.credit_card",
    "financial.vat_id",
    "financial.bic",
    "secret.api_key",
    "secret.private_key",
    "secret.password",
    "secret.jwt",
    "marking",
    "pii.date_of_birth",
)


class Tally:
    """Level errors and per-type confusion counts over the corpus."""

    def __init__(self) -> None:
        rows = [json.loads(line) for line in CORPUS.read_text(encoding="utf-8").splitlines()]
        classifier = compiled()
        self.n = len(rows)
        self.under = self.over = self.restricted = self.restricted_hit = 0
        self.tp: Counter[str] = Counter()
        self.fp: Counter[str] = Counter()
        self.fn: Counter[str] = Counter()
        for row in rows:
            result = classifier.classify([TextPart("text", row["text"])])
            expected = Level.parse(row["level"])
            self.under += result.level < expected
            self.over += result.level > expected
            if expected == Level.RESTRICTED:
                self.restricted += 1
                self.restricted_hit += result.level == Level.RESTRICTED
            got, want = set(result.finding_types()), set(row["types"])
            for kind in got & want:
                self.tp[kind] += 1
            for kind in got - want:
                self.fp[kind] += 1
            for kind in want - got:
                self.fn[kind] += 1

    def f1(self, kind: str) -> float:
        """F1 of one finding type (text-level presence)."""
        tp = self.tp[kind]
        return 2 * tp / (2 * tp + self.fp[kind] + self.fn[kind])


@pytest.fixture(scope="module")
def tally() -> Tally:
    """Classify the whole corpus once."""
    return Tally()


def test_corpus_is_large_and_balanced(tally: Tally) -> None:
    """The corpus is big enough to measure 1% rates and has many hard negatives."""
    assert tally.n >= 1000
    assert tally.restricted >= 300


def test_level_rates(tally: Tally) -> None:
    """Under-classification <= 1%, over-classification <= 5%, restricted recall >= 99%."""
    assert tally.under / tally.n <= 0.01
    assert tally.over / tally.n <= 0.05
    assert tally.restricted_hit / tally.restricted >= 0.99


@pytest.mark.parametrize("kind", CHECKSUMMED)
def test_pattern_types_f1(tally: Tally, kind: str) -> None:
    """Checksummed and pattern types reach F1 >= 0.97."""
    assert tally.f1(kind) >= 0.97


@pytest.mark.parametrize(
    ("kind", "target"), [("health", 0.90), ("pii.person_name", 0.70), ("pii.postal_address", 0.70)]
)
def test_contextual_types_f1(tally: Tally, kind: str, target: float) -> None:
    """Health reaches F1 >= 0.90; names and postal addresses >= 0.70."""
    assert tally.f1(kind) >= target


def test_hand_written_prompts_are_never_under_classified() -> None:
    """The hand-written realistic prompts (ids r...) are all at or above their label."""
    classifier = compiled()
    rows = [json.loads(line) for line in CORPUS.read_text(encoding="utf-8").splitlines()]
    under = [
        row["id"]
        for row in rows
        if row["id"].startswith("r")
        and classifier.classify([TextPart("text", row["text"])]).level < Level.parse(row["level"])
    ]
    assert under == []
