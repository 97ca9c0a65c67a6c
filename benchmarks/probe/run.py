"""Run the prompt probe: per-type span recall and per-language counts, under-classified prompts
and flagged clean prompts, on one half of the probe (see README.md here).

Run: ``python benchmarks/probe/run.py [--split dev|heldout|all] [--file F] [--misses] [--plain]``
(``--misses`` prints the failed spans and flagged clean prompts: dev half only; ``--plain``
takes only the prompts that have accented letters, with every accent removed from the text and
its labels, as texts typed on phones and foreign keyboards or passed through ASCII-only systems
are; the half is still decided by the original text).
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
import unicodedata
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from proxy.classify import Classifier
from proxy.classify.taxonomy import DEFAULT_LEVELS, Level, TextPart
from proxy.pattern_cache import default_directory, store_at

HERE = Path(__file__).parent
FILES = (
    "personal.jsonl",
    "health_secrets_markings.jsonl",
    "fresh.jsonl",
    "names.jsonl",
    "fresh2.jsonl",
    "fresh3.jsonl",
    "fresh4.jsonl",
    "fresh5.jsonl",
    "fresh6.jsonl",
    "fresh7.jsonl",
    "fresh8.jsonl",
    "fresh9.jsonl",
)
LANGS = ("en", "fr", "de", "it", "es", "nl", "pl")


def split_of(text: str) -> str:
    """The half a prompt belongs to, fixed by a hash of its text."""
    return "dev" if int(hashlib.sha1(text.encode()).hexdigest(), 16) % 2 == 0 else "heldout"


def load(split: str, files: tuple[str, ...] = FILES) -> list[dict[str, object]]:
    """The probe's prompts of one half (or all) of the given files."""
    rows = [json.loads(line) for name in files for line in (HERE / name).open() if line.strip()]
    return [r for r in rows if split == "all" or split_of(str(r["text"])) == split]


#: Letters NFD does not split into a base letter and a mark.
_UNSPLIT = str.maketrans({"ł": "l", "Ł": "L", "œ": "oe", "Œ": "OE", "ß": "ss", "ø": "o", "æ": "ae"})


def plain(text: str) -> str:
    """The text with its accents removed ("Żółć" → "Zolc", "Straße" → "Strasse")."""
    decomposed = unicodedata.normalize("NFD", text.translate(_UNSPLIT))
    return unicodedata.normalize(
        "NFC", "".join(c for c in decomposed if not unicodedata.combining(c))
    )


def plain_rows(rows: list[dict[str, object]]) -> list[dict[str, object]]:
    """The rows with accented letters, typed without them (``--plain``)."""
    return [
        {
            **row,
            "text": plain(str(row["text"])),
            "spans": [{**s, "value": plain(s["value"])} for s in row["spans"]],  # type: ignore[attr-defined]
        }
        for row in rows
        if plain(str(row["text"])) != row["text"]
    ]


def _expected(kind: str) -> Level:
    """The level a labelled span asks for: its type's default; a marking at least internal (the
    labels do not say which level a marking signals)."""
    return Level.INTERNAL if kind == "marking" else DEFAULT_LEVELS.get(kind, Level.RESTRICTED)


def main() -> None:
    """Classify every prompt of the half and print the figures (and the misses on dev)."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--split", choices=("dev", "heldout", "all"), default="heldout")
    parser.add_argument("--misses", action="store_true")
    parser.add_argument("--file", choices=FILES, help="one file only (default: all)")
    parser.add_argument("--plain", action="store_true", help="accented prompts without accents")
    args = parser.parse_args()
    if args.misses and args.split != "dev":
        parser.error("--misses shows the dev half only")
    classifier = Classifier(store=store_at(default_directory()))
    total: Counter[tuple[str, str]] = Counter()
    missed: Counter[tuple[str, str]] = Counter()
    positive = under = clean = flagged = 0
    rows = load(args.split, (args.file,) if args.file else FILES)
    for row in plain_rows(rows) if args.plain else rows:
        text, spans = str(row["text"]), list(row["spans"])  # type: ignore[call-overload]
        result = classifier.classify([TextPart("text", text)])
        if not spans:
            clean += 1
            flagged += result.level > Level.PUBLIC
            if args.misses and result.level > Level.PUBLIC:
                print("FLAG", row["lang"], [text[f.start : f.end] for f in result.findings])
            continue
        positive += 1
        expected = max(_expected(str(s["type"])) for s in spans)
        under += result.level < expected
        if args.misses and result.level < expected:
            print("UNDER", row["lang"], result.level.name, "<", expected.name, "|", text[:160])
        for span in spans:
            start = text.find(span["value"])
            end = start + len(span["value"])
            key = (span["type"], str(row["lang"]))
            total[key] += 1
            hit = any(
                f.type == span["type"] and f.start < end and start < f.end for f in result.findings
            )
            if not hit:
                missed[key] += 1
                if args.misses:
                    print("MISS", row["lang"], span["type"], repr(span["value"]), "|", text[:160])
    print(
        f"{args.split}: {positive} prompts with findings, {under} under-classified "
        f"({under / max(positive, 1):.1%}); {clean} clean, {flagged} flagged"
    )
    for kind in sorted({k for k, _ in total}):
        n = sum(v for (k, _), v in total.items() if k == kind)
        found = n - sum(v for (k, _), v in missed.items() if k == kind)
        langs = " ".join(
            f"{lang} {total[(kind, lang)] - missed[(kind, lang)]}/{total[(kind, lang)]}"
            for lang in LANGS
            if total[(kind, lang)]
        )
        print(f"{kind:22} {found:4}/{n:<4} {found / n:6.1%}   {langs}")


if __name__ == "__main__":
    main()
