"""Classifier speed: throughput, latency percentiles, pathological inputs. Prints figures.

Run: ``python benchmarks/classify.py [--quick]``. Single process, single thread (one core).
Targets (issue): >= 50 MB/s on ordinary prompt text; 16 KB p99 <= 1 ms; 1 MB <= 50 ms;
bounded time and memory on pathological input. The machine is shared: run it a few times.
"""

from __future__ import annotations

import argparse
import base64
import json
import random
import statistics
import time
import tracemalloc
from collections.abc import Callable
from pathlib import Path

from faker import Faker

from proxy.classify import Classifier
from proxy.classify.taxonomy import TextPart

CORPUS = Path(__file__).parent.parent / "tests" / "classify" / "data" / "corpus.jsonl"
CODE = '''def handler(event, context):
    """Process the incoming batch and write results."""
    items = [json.loads(r["body"]) for r in event.get("Records", [])]
    for item in items:
        total = sum(line["qty"] * line["price"] for line in item["lines"])
        logger.info("order %s total %.2f", item["id"], total)
    return {"statusCode": 200, "body": json.dumps({"count": len(items)})}
'''


def ordinary_text(size: int, seed: int = 7) -> str:
    """Prompt-like text without sensitive values: prose in several languages and code."""
    rng = random.Random(seed)
    fakers = [Faker(loc) for loc in ("en_US", "fr_FR", "de_DE", "it_IT", "es_ES", "nl_NL", "pl_PL")]
    for i, faker in enumerate(fakers):
        faker.seed_instance(seed + i)
    chunks: list[str] = []
    length = 0
    while length < size:
        chunk = CODE if rng.random() < 0.15 else rng.choice(fakers).paragraph(nb_sentences=6)
        chunks.append(chunk)
        length += len(chunk) + 1
    return "\n".join(chunks)[:size]


def sixteen_kb_slices(text: str) -> list[str]:
    """The text cut into consecutive 16 KB pieces: the 16 KB figures over different contents
    (one text timed again and again shows the clock's noise, not what its content costs)."""
    return [text[start : start + 16_384] for start in range(0, len(text) - 16_383, 16_384)]


def best_of(runs: int, fn: Callable[[], object]) -> float:
    """The fastest of ``runs`` calls, in seconds."""
    best = float("inf")
    for _ in range(runs):
        start = time.perf_counter()
        fn()
        best = min(best, time.perf_counter() - start)
    return best


def percentiles(runs: int, fn: Callable[[], object]) -> tuple[float, float]:
    """p50 and p99 of ``runs`` calls, in milliseconds."""
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        fn()
        times.append((time.perf_counter() - start) * 1000)
    times.sort()
    return statistics.median(times), times[int(len(times) * 0.99) - 1]


def bounded(name: str, classifier: Classifier, parts: list[TextPart]) -> None:
    """Time and peak Python memory of one pathological input."""
    tracemalloc.start()
    start = time.perf_counter()
    result = classifier.classify(parts)
    elapsed = time.perf_counter() - start
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    size = sum(len(p.text) for p in parts) / 1e6
    print(
        f"  {name:34s} {size:5.2f} MB  {elapsed * 1000:8.1f} ms  peak {peak / 1e6:6.1f} MB  "
        f"-> {result.level.label}{' (' + result.error + ')' if result.error else ''}"
    )


def main() -> None:
    """Print the figures."""
    parser = argparse.ArgumentParser()
    parser.add_argument("--quick", action="store_true", help="fewer repetitions")
    args = parser.parse_args()
    runs = 5 if args.quick else 15
    start = time.perf_counter()
    classifier = Classifier()
    print(f"compile: {(time.perf_counter() - start) * 1000:.0f} ms")

    one_mb = ordinary_text(1_000_000)
    mb = len(one_mb.encode()) / 1e6
    seconds = best_of(runs, lambda: classifier.classify([TextPart("t", one_mb)]))
    found = classifier.classify([TextPart("t", one_mb)]).counts()
    print(f"ordinary text, 1 MB: {seconds * 1000:.1f} ms  ({mb / seconds:.0f} MB/s)")
    print(f"  (Faker word salad + code; findings in it: {found or 'none'})")

    small = one_mb[:16_384]
    p50, p99 = percentiles(
        2000 if not args.quick else 300, lambda: classifier.classify([TextPart("t", small)])
    )
    print(f"ordinary text, 16 KB (one text, repeated): p50 {p50:.3f} ms  p99 {p99:.3f} ms")
    slices = [[TextPart("t", text)] for text in sixteen_kb_slices(one_mb)]
    turn = iter(range(10**9))
    p50, p99 = percentiles(
        len(slices) * (20 if not args.quick else 5),
        lambda: classifier.classify(slices[next(turn) % len(slices)]),
    )
    print(
        f"ordinary text, 16 KB ({len(slices)} different texts): p50 {p50:.3f} ms  p99 {p99:.3f} ms"
    )

    rows = [json.loads(line)["text"] for line in CORPUS.read_text(encoding="utf-8").splitlines()]
    dense = ("\n".join(rows) * 4)[:1_000_000]
    seconds = best_of(runs, lambda: classifier.classify([TextPart("t", dense)]))
    print(
        f"labelled corpus (dense findings), 1 MB: {seconds * 1000:.1f} ms ({1 / seconds:.0f} MB/s)"
    )

    print("pathological inputs:")
    bounded("1 MB of digits", classifier, [TextPart("t", "7" * 1_000_000)])
    bounded("1 MB of spaced digits", classifier, [TextPart("t", "1 2 3 4 5 " * 100_000)])
    bounded("1 MB of one long line", classifier, [TextPart("t", "a" * 1_000_000)])
    bounded("1 MB of e-mail-ish noise", classifier, [TextPart("t", "a@b.cd " * 140_000)])
    bounded("1 MB of cue words", classifier, [TextPart("t", "born Name: Dear " * 62_500)])
    bounded(
        "100k short messages", classifier, [TextPart(f"m[{i}]", "hi there") for i in range(100_000)]
    )
    bounded("8 MB ordinary text", classifier, [TextPart("t", one_mb * 8)])
    secret_command = "kubectl get secret x -o jsonpath='{.data.p}' | base64 -d; "
    bounded(
        "1 MB of secret commands on one line", classifier, [TextPart("t", secret_command * 17_000)]
    )
    bounded(
        "1 MB of capitals and commas", classifier, [TextPart("t", "ID, NAME, EMAIL, " * 60_000)]
    )
    # number words (``proxy.classify.spoken``): years in prose, words that pair without a
    # number, one dictated phone number again and again
    years = "It happened in nineteen eighty, they said. "
    bounded("1 MB of years in words", classifier, [TextPart("t", years * 23_300)])
    bounded(
        "1 MB of number-word pairs", classifier, [TextPart("t", "we saw two one-offs. " * 47_700)]
    )
    dictated = "call me on oh seven seven double nine four six one two three four five. "
    bounded("1 MB of dictated phone numbers", classifier, [TextPart("t", dictated * 13_900)])
    print("evasion-shaped inputs (issue 12: normalised view, seams, blobs):")
    wide = "".join(chr(ord(c) + 0xFEE0) if "!" <= c <= "~" else c for c in one_mb[:350_000])
    bounded("fullwidth text (1 MB as UTF-8)", classifier, [TextPart("t", wide)])
    bounded(
        "zero-width space every 2nd char", classifier, [TextPart("t", "\u200b".join(small) * 30)]
    )
    encoded = base64.b64encode(one_mb[:700_000].encode()).decode()
    bounded("1 MB base64 of text (over bound)", classifier, [TextPart("t", encoded)])
    bounded("190 KB base64 of text", classifier, [TextPart("t", encoded[:190_000])])
    words = one_mb[:200_000].split(" ")
    bounded(
        "one word per part (200 KB)",
        classifier,
        [TextPart(f"m[{i}]", w) for i, w in enumerate(words)],
    )


if __name__ == "__main__":
    main()
