"""Run the classifier on one half of the independent recall set and print the figures.

Run: ``python benchmarks/recall/evaluate.py [--split heldout|dev] [--json]`` after ``build.py``.
Default is ``heldout``, the only half whose figures are reported. ``--misses N`` prints missed
and spurious cases, and only for ``dev``: nobody reads held-out failures (that is tuning on them).

Matching: an expected span is found when a finding of the same type overlaps it ("any type":
when any finding overlaps it). A finding of type T is correct when it overlaps an expected span
of type T; it is counted only in records whose source annotates T exhaustively (``annotated``).
Under-classified: level below the expected level. Clean flagged: expected ``public``, got more.
"""

from __future__ import annotations

import argparse
import importlib
import json
import sys
from collections import defaultdict
from collections.abc import Iterable
from functools import lru_cache
from pathlib import Path
from typing import Any

if __package__ in (None, ""):
    sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from proxy.classify import Classifier
from proxy.classify.taxonomy import Classification, Level, TextPart
from proxy.pattern_cache import default_directory, store_at

DATA = Path(__file__).parent / "data"
Tally = dict[str, dict[str, int]]


@lru_cache(maxsize=1)
def _classifier() -> Classifier:
    """One compiled classifier per process (compiling is the slow part)."""
    return Classifier(store=store_at(default_directory()))


def load(path: Path) -> list[dict[str, Any]]:
    """Records of one jsonl file."""
    with path.open(encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]


def _overlaps(a: dict[str, Any] | Any, start: int, end: int) -> bool:
    a_start, a_end = (a["start"], a["end"]) if isinstance(a, dict) else (a.start, a.end)
    return bool(a_start < end and start < a_end)


def score(record: dict[str, Any], result: Classification) -> dict[str, Any]:
    """Per-record counts: found/missed spans by type, right/wrong findings by type, levels."""
    found = [f for f in result.findings]
    hits = []
    for exp in record["spans"]:
        same = any(f.type == exp["type"] and _overlaps(f, exp["start"], exp["end"]) for f in found)
        anyt = any(_overlaps(f, exp["start"], exp["end"]) for f in found)
        hits.append((exp["type"], same, anyt))
    preds = []
    for f in found:
        if f.type in record["annotated"]:
            right = any(
                e["type"] == f.type and _overlaps(e, f.start, f.end) for e in record["spans"]
            )
            preds.append((f.type, right))
    expected = record["expected_level"]
    return {
        "hits": hits,
        "preds": preds,
        "level": result.level,
        "expected": None if expected is None else Level.parse(expected),
        "error": result.error,
    }


def _add(tally: Tally, key: str, scored: dict[str, Any], only_type: str | None = None) -> None:
    row = tally.setdefault(key, defaultdict(int))
    for type_, same, anyt in scored["hits"]:
        if only_type in (None, type_):
            row["support"] += 1
            row["found"] += same
            row["found_any"] += anyt
    for type_, right in scored["preds"]:
        if only_type in (None, type_):
            row["predicted"] += 1
            row["correct"] += right
    if only_type is None and scored["expected"] is not None:
        row["levelled"] += 1
        row["under"] += scored["level"] < scored["expected"]
        if scored["expected"] == Level.PUBLIC:
            row["clean"] += 1
            row["flagged"] += scored["level"] > Level.PUBLIC


def evaluate(
    records: Iterable[dict[str, Any]], classifier: Classifier | None = None
) -> dict[str, Tally]:
    """Classify every record and tally by type, language, source and context."""
    classifier = classifier or _classifier()
    tables: dict[str, Tally] = {"type": {}, "lang": {}, "source": {}, "context": {}, "all": {}}
    for record in records:
        scored = score(record, classifier.classify([TextPart("text", record["text"])]))
        types = {t for t, _, _ in scored["hits"]} | {t for t, _ in scored["preds"]}
        for type_ in types:
            _add(tables["type"], type_, scored, only_type=type_)
        _add(tables["lang"], record["lang"], scored)
        _add(tables["source"], record["source"], scored)
        if record.get("context"):
            _add(tables["context"], f"{record['source']}/{record['context']}", scored)
        _add(tables["all"], "all", scored)
    return tables


@lru_cache(maxsize=64)
def _scheme(subtype: str) -> Any:
    """The python-stdnum module of a national-ID subtype ("de.idnr"), or None."""
    try:
        return importlib.import_module(f"stdnum.{subtype}")
    except ImportError:
        return None


def by_scheme(records: Iterable[dict[str, Any]], classifier: Classifier | None = None) -> Tally:
    """National-ID recall per scheme, overall and among values python-stdnum calls valid.

    A diagnostic beside the main tables: peers' fixtures hold numbers with wrong check digits,
    which the classifier rejects on purpose (checksums decide), so the second figure says how
    much of a scheme's miss is that."""
    classifier = classifier or _classifier()
    tally: Tally = {}
    for record in records:
        spans = [s for s in record["spans"] if s["type"] == "pii.national_id"]
        if not spans:
            continue
        found = classifier.classify([TextPart("text", record["text"])]).findings
        for span in spans:
            row = tally.setdefault(span.get("subtype") or "-", defaultdict(int))
            hit = any(
                f.type == span["type"]
                and span.get("subtype") in (None, f.subtype)
                and _overlaps(f, span["start"], span["end"])
                for f in found
            )
            module = _scheme(span["subtype"]) if span.get("subtype") else None
            value = record["text"][span["start"] : span["end"]]
            valid = module is not None and bool(module.is_valid(value))
            row["support"] += 1
            row["found"] += hit
            row["valid"] += valid
            row["valid_found"] += valid and hit
    return tally


def render_schemes(tally: Tally) -> str:
    """The per-scheme diagnostic as a plain-text table."""
    lines = [
        "",
        "national IDs by scheme, found as that scheme (valid: python-stdnum's is_valid accepts"
        " the value; it has no module for at.svnr and gb.nino, rejects temporary HETUs and"
        " accepts company NIFs, which the classifier treats the other way)",
        f"{'':22} {'support':>7} {'recall':>7} {'valid':>7} {'recall':>7}",
    ]
    for key, r in sorted(tally.items()):
        lines.append(
            f"{key:22} {r['support']:7} {_pct(r['found'], r['support']):>7} "
            f"{r['valid']:7} {_pct(r['valid_found'], r['valid']):>7}"
        )
    return "\n".join(lines)


def _pct(num: int, den: int) -> str:
    return f"{100 * num / den:5.1f}%" if den else "    —"


def render(tables: dict[str, Tally]) -> str:
    """Plain-text tables."""
    lines: list[str] = []
    head = f"{'':22} {'support':>7} {'recall':>7} {'any-type':>8} {'pred':>6} {'precision':>9}"
    for name in ("type", "lang", "source", "context", "all"):
        lines += [
            "",
            f"by {name}",
            head + f" {'levelled':>8} {'under':>7} {'clean':>6} {'flagged':>7}",
        ]
        for key, r in sorted(tables[name].items()):
            lines.append(
                f"{key:22} {r['support']:7} {_pct(r['found'], r['support']):>7} "
                f"{_pct(r['found_any'], r['support']):>8} {r['predicted']:6} "
                f"{_pct(r['correct'], r['predicted']):>9} {r['levelled']:8} "
                f"{_pct(r['under'], r['levelled']):>7} {r['clean']:6} "
                f"{_pct(r['flagged'], r['clean']):>7}"
            )
    return "\n".join(lines)


def misses(records: list[dict[str, Any]], limit: int) -> Iterable[str]:
    """Dev-only: texts with a missed span or a wrong finding, for people improving detectors."""
    classifier = _classifier()
    shown = 0
    for record in records:
        scored = score(record, classifier.classify([TextPart("text", record["text"])]))
        bad = [t for t, same, _ in scored["hits"] if not same] + [
            t for t, ok in scored["preds"] if not ok
        ]
        if bad and shown < limit:
            shown += 1
            yield f"{record['id']} {sorted(set(bad))} {record['text'][:160]!r}"


def main(argv: list[str] | None = None) -> None:
    """Evaluate one split and print (or dump) the figures."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--split", choices=("heldout", "dev"), default="heldout")
    parser.add_argument("--data", type=Path, default=DATA)
    parser.add_argument("--json", action="store_true", help="print the tallies as JSON")
    parser.add_argument("--misses", type=int, default=0, help="show N failures (dev only)")
    args = parser.parse_args(argv)
    records = load(args.data / f"{args.split}.jsonl")
    if args.misses:
        if args.split != "dev":
            parser.error("--misses is for dev only: held-out failures are not read")
        print("\n".join(misses(records, args.misses)))
        return
    tables = evaluate(records)
    if args.json:
        print(json.dumps(tables, indent=1, sort_keys=True))
    else:
        print(f"split: {args.split} ({len(records)} records)")
        print(render(tables))
        print(render_schemes(by_scheme(records)))


if __name__ == "__main__":
    main()
