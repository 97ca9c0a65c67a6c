"""Symptom and complaint probes: short texts in which a particular person has a physical
symptom (``symptoms.jsonl``) or an everyday complaint or illness (``complaints.jsonl``: a cough,
sciatica, heartburn), and hard negatives that share their words (idioms, general advice,
animals, titles, things), 15 + 15 per language, each file written blind by a helper session
(see README.md here).

Prints, per half: how many symptom texts carry a health finding, and how many hard negatives
do. The halves are fixed by a SHA-256 of the text (another hash than ``run.py``'s, as the dev
half was read with it).

Run: ``python benchmarks/probe/symptoms.py [--file complaints.jsonl] [--split dev|heldout]
[--misses]``
(``--misses`` prints the wrong texts: dev half only).
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from proxy.classify import Classifier
from proxy.classify.taxonomy import TextPart

HERE = Path(__file__).parent
LANGS = ("en", "fr", "de", "it", "es", "nl", "pl")


def split_of(text: str) -> str:
    """The half a text belongs to, fixed by a hash of it."""
    return "dev" if int(hashlib.sha256(text.encode()).hexdigest(), 16) % 2 == 0 else "heldout"


def main() -> None:
    """Classify every text of the half and print the counts per language."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--split", choices=("dev", "heldout"), default="heldout")
    parser.add_argument("--misses", action="store_true")
    parser.add_argument("--file", default="symptoms.jsonl")
    args = parser.parse_args()
    if args.misses and args.split != "dev":
        parser.error("--misses reads the dev half only")
    classifier = Classifier()
    flagged: Counter[tuple[bool, str]] = Counter()
    total: Counter[tuple[bool, str]] = Counter()
    for line in (HERE / args.file).open():
        row = json.loads(line)
        if split_of(row["text"]) != args.split:
            continue
        result = classifier.classify([TextPart("text", row["text"])])
        health = any(f.type == "health" for f in result.findings)
        key = (row["expect"] != "none", row["lang"])
        total[key] += 1
        flagged[key] += health
        if args.misses and health != (row["expect"] != "none"):
            print("WRONG", row["expect"], row["lang"], "|", row["text"])
    labels = ((True, "texts with a complaint found"), (False, "hard negatives flagged"))
    for expect, label in labels:
        found = sum(flagged[(expect, lang)] for lang in LANGS)
        count = sum(total[(expect, lang)] for lang in LANGS)
        langs = " ".join(
            f"{lang} {flagged[(expect, lang)]}/{total[(expect, lang)]}" for lang in LANGS
        )
        print(f"{args.split}: {label} {found}/{count}   {langs}")


if __name__ == "__main__":
    main()
