"""Findings of a tree over an equivalence corpus, as digests: to check that a speed change
leaves every finding byte-identical.

Run from each tree (a ``git archive`` copy of the base, and yours), then compare the outputs:
``PYTHONPATH=<tree> python benchmarks/classify_equivalence.py OUT.jsonl``; ``cmp`` the two files
or ``--compare A B``, which prints only case numbers and sources, never texts (the held-out
recall texts are among the cases). The corpus: the recall set's dev and held-out texts (with
their context as a second part), the tests' data files and every string constant in
``tests/``, the benchmark's ordinary text (16 KB slices and 1 MB whole) and dense corpus (8 KB
slices), random strings over case pairs, digits and signs, shuffled ordinary words, and
pathological inputs.
"""

from __future__ import annotations

import argparse
import ast
import hashlib
import json
import random
import sys
from collections.abc import Iterator
from pathlib import Path

from benchmarks.classify import ordinary_text
from proxy.classify import Classifier
from proxy.classify.taxonomy import TextPart

#: Where the corpus is read (``--corpus``): the same tree for both runs, so that the cases match.
ROOT = Path(__file__).parent.parent
ALPHABET = "aAbBéÉßſKkıİ 0123456789.-/:'’\n\t@_#\u200b\u00a0ＤＥ1\u0301ĄłŻ"
PATHOLOGICAL = [
    "7" * 50_000,
    "1 2 3 4 5 " * 5_000,
    "a" * 50_000,
    "a@b.cd " * 7_000,
    "born Name: Dear " * 3_000,
    "Password password PASSWORD pw: " * 2_000,
    "Minister Ministerrat " * 2_000,
    "Dr. " * 9_000,
]


def cases(root: Path = ROOT) -> Iterator[tuple[str, list[str]]]:
    """(source, parts) of every case, in a fixed order, read from the tree at ``root``."""
    recall, data = root / "benchmarks" / "recall" / "data", root / "tests" / "classify" / "data"
    for split in ("dev", "heldout"):
        for line in (recall / f"{split}.jsonl").read_text(encoding="utf-8").splitlines():
            row = json.loads(line)
            yield split, [row["text"]]
            if row.get("context"):
                yield split, [row["context"], row["text"]]
    for name in ("corpus.jsonl", "realistic.jsonl"):
        for line in (data / name).read_text(encoding="utf-8").splitlines():
            yield "tests-data", [json.loads(line)["text"]]
    yield from _test_strings(root)
    yield from _generated(data)


def _test_strings(root: Path) -> Iterator[tuple[str, list[str]]]:
    """Every string constant of more than three characters in the tests."""
    for path in sorted((root / "tests").rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if (
                isinstance(node, ast.Constant)
                and isinstance(node.value, str)
                and len(node.value) > 3
            ):
                yield "tests-str", [node.value]


def _generated(data: Path) -> Iterator[tuple[str, list[str]]]:
    """The benchmark corpora, random strings, shuffled words and pathological inputs."""
    text = ordinary_text(1_000_000)
    for i in range(0, len(text), 16_384):
        yield "ordinary", [text[i : i + 16_384]]
    yield "ordinary-1mb", [text]
    rows = [json.loads(line)["text"] for line in (data / "corpus.jsonl").read_text().splitlines()]
    dense = ("\n".join(rows) * 4)[:1_000_000]
    for i in range(0, len(dense), 8_192):
        yield "dense", [dense[i : i + 8_192]]
    rng = random.Random(3)
    for _ in range(3_000):
        yield "random", ["".join(rng.choice(ALPHABET) for _ in range(rng.randint(1, 80)))]
    words = text[:300_000].split(" ")
    for _ in range(3_000):
        count = rng.randint(2, 40)
        start = rng.randrange(len(words) - count)
        chunk = words[start : start + count]
        rng.shuffle(chunk)
        yield "shuffled", [" ".join(chunk)]
    for text in PATHOLOGICAL:
        yield "pathological", [text]


def digests(out: Path, root: Path) -> None:
    """Write one line per case: number, source, digest of the result, number of findings."""
    classifier = Classifier()
    with out.open("w", encoding="utf-8") as sink:
        for index, (source, parts) in enumerate(cases(root)):
            result = classifier.classify([TextPart(f"p{i}", t) for i, t in enumerate(parts)])
            key = repr((result.level, result.findings, result.unscannable, result.error))
            digest = hashlib.sha1(key.encode()).hexdigest()
            sink.write(json.dumps([index, source, digest, len(result.findings)]) + "\n")


def compare(first: Path, second: Path) -> int:
    """Print the cases whose digests differ (number and source only); 1 when any does."""
    a = first.read_text(encoding="utf-8").splitlines()
    b = second.read_text(encoding="utf-8").splitlines()
    differ = [json.loads(x)[:2] for x, y in zip(a, b, strict=True) if x != y]
    for index, source in differ:
        print(f"case {index} ({source}) differs")
    print(f"{len(a)} cases, {len(differ)} differ")
    return 1 if differ else 0


def main() -> None:
    """Write the digests, or compare two files of them."""
    parser = argparse.ArgumentParser()
    parser.add_argument("out", nargs="?", type=Path)
    parser.add_argument("--compare", nargs=2, type=Path)
    parser.add_argument("--corpus", type=Path, default=ROOT, help="tree to read the cases from")
    args = parser.parse_args()
    if args.compare:
        sys.exit(compare(*args.compare))
    digests(args.out, args.corpus)


if __name__ == "__main__":
    main()
