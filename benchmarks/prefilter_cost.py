"""Where the classifier's scan time goes: each hyperscan database on 1 MB of ordinary text, and
optionally what removing one regular-expression prefilter from its database saves.

Run: ``python benchmarks/prefilter_cost.py [--ablate N] [--runs 7]``. Single process, one core.
It prints, per database (pure literals, regular expressions, encoded blobs), the number of
patterns, the best scan time of ``--runs`` and the hits. ``--ablate N`` then compiles the
regular-expression database again without each of the N prefilters that cost most when scanned
alone, and prints the time each removal saves (one compile per prefilter, tens of seconds each).

What it showed on 2026-12-07 (1 MB, this machine; ``benchmarks/classify_ab.py`` measured 68 ms per
MB in the same state): literals 6.6 ms (165,000 patterns), regular expressions 20 ms (750),
blobs 1.5 ms. No regular expression alone costs more than 1.3 ms, and no removal saves more
than about 2 ms: the regular-expression database's cost is spread over its patterns (removing
the 552 given-name patterns with particles saved nothing; splitting the database in two, or
hyperscan's prefilter mode, saved nothing either). The matching windows and validators cost
about as much again (``_validated``).
"""

from __future__ import annotations

import argparse
import sys
import time
from collections.abc import Sequence
from pathlib import Path

import hyperscan

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks.classify import ordinary_text
from proxy.classify.blobs import BLOB_KINDS, blob_database
from proxy.classify.databases import hs_pattern, literal_text
from proxy.classify.detectors import all_detectors

Pattern = tuple[bytes, int]  # an expression and its hyperscan flags


def prefilters() -> tuple[list[Pattern], list[tuple[Pattern, str]]]:
    """The distinct literal prefilters, and the distinct regular ones with a detector's name."""
    literals: dict[Pattern, None] = {}
    regexes: dict[Pattern, str] = {}
    for det in all_detectors():
        flag = hyperscan.HS_FLAG_CASELESS if det.caseless else 0
        if det.unicode:
            flag |= hyperscan.HS_FLAG_UTF8
        pattern = hs_pattern(det)
        text = literal_text(pattern)
        if text is None:
            regexes.setdefault((pattern.encode(), flag), det.name)
        else:
            literals[(text.encode(), flag & hyperscan.HS_FLAG_CASELESS)] = None
    return list(literals), list(regexes.items())


def compiled(patterns: Sequence[Pattern], *, literal: bool = False) -> hyperscan.Database:
    """One block-mode database of the patterns."""
    database = hyperscan.Database(mode=hyperscan.HS_MODE_BLOCK)
    database.compile(
        expressions=[expression for expression, _ in patterns],
        ids=list(range(len(patterns))),
        elements=len(patterns),
        flags=[flag for _, flag in patterns],
        literal=literal,
    )
    return database


def scan_ms(database: hyperscan.Database, data: bytes, runs: int) -> tuple[float, int]:
    """The best scan time of ``runs`` in milliseconds, and the hits of one scan."""
    scratch = hyperscan.Scratch(database)
    hits = [0]

    def on_match(*_: object) -> bool:
        hits[0] += 1
        return False

    best = float("inf")
    for _ in range(runs):
        hits[0] = 0
        start = time.perf_counter()
        database.scan(data, match_event_handler=on_match, scratch=scratch)
        best = min(best, time.perf_counter() - start)
    return best * 1000, hits[0]


def ablate(regexes: list[tuple[Pattern, str]], data: bytes, count: int, runs: int) -> None:
    """What removing each of the ``count`` costliest prefilters (scanned alone) saves."""
    patterns = [pattern for pattern, _ in regexes]
    full, _ = scan_ms(compiled(patterns), data, runs)
    alone = sorted(
        ((scan_ms(compiled([p]), data, 3)[0], index) for index, p in enumerate(patterns)),
        reverse=True,
    )[:count]
    print(f"\nregular expressions: {full:.2f} ms; removing one saves (ms), cost alone (ms):")
    for cost, index in alone:
        rest = patterns[:index] + patterns[index + 1 :]
        saved = full - scan_ms(compiled(rest), data, runs)[0]
        expression = patterns[index][0].decode(errors="replace")[:70]
        print(f"{saved:7.2f} {cost:6.2f}  {regexes[index][1]:32s} {expression}", flush=True)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--ablate", type=int, default=0, metavar="N")
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args()
    data = ordinary_text(1_000_000).encode()
    literals, regexes = prefilters()
    print(f"1 MB of ordinary text, best of {args.runs} scans")
    databases = (
        ("literals", len(literals), compiled(literals, literal=True)),
        ("regular expressions", len(regexes), compiled([p for p, _ in regexes])),
        ("encoded blobs", len(BLOB_KINDS), blob_database()),
    )
    for name, size, database in databases:
        took, hits = scan_ms(database, data, args.runs)
        print(f"{name:20s} {size:7d} patterns {took:7.2f} ms {hits:6d} hits")
    if args.ablate:
        ablate(regexes, data, args.ablate, args.runs)


if __name__ == "__main__":
    main()
