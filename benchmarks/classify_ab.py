"""Classifier speed of two trees side by side: alternated rounds in one run, best of N each.

The machine is shared and noisy: one tree measured after the other is not a comparison. This
starts one process per tree (each compiles its own classifier), then runs rounds in which each
tree times 1 MB of ordinary text (best of ``--runs``, wall clock and process CPU time) and 16 KB
p99 (its 60 consecutive 16 KB pieces, 5 calls each), alternating which goes first. It prints
every round and, per tree, the min, median and max over rounds.

Run: ``python benchmarks/classify_ab.py BASE_TREE YOUR_TREE [--rounds 6]`` (a tree is a
checkout or ``git archive`` copy; each is put first on ``PYTHONPATH`` of its own process).
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
from pathlib import Path

CHILD = """
import sys, time
from benchmarks.classify import ordinary_text
from proxy.classify import Classifier
from proxy.classify.taxonomy import TextPart
classifier = Classifier()
one = [TextPart("t", ordinary_text(1_000_000))]
small = [[TextPart("t", one[0].text[at : at + 16_384])] for at in range(0, 983_040, 16_384)]
classifier.classify(one)
print("ready", flush=True)
for line in sys.stdin:
    best = cpu = 9.0
    for _ in range(int(line)):
        start, start_cpu = time.perf_counter(), time.process_time()
        classifier.classify(one)
        best = min(best, time.perf_counter() - start)
        cpu = min(cpu, time.process_time() - start_cpu)
    times = []
    for index in range(5 * len(small)):
        start = time.perf_counter()
        classifier.classify(small[index % len(small)])
        times.append(time.perf_counter() - start)
    times.sort()
    print(f"{best * 1000:.2f} {times[int(len(times) * 0.99) - 1] * 1000:.3f} {cpu * 1000:.2f}")
    sys.stdout.flush()
"""


def _start(tree: Path) -> subprocess.Popen[str]:
    """A measuring process for one tree, ready when it has printed "ready"."""
    env = dict(os.environ, PYTHONPATH=str(tree))
    process = subprocess.Popen(
        [sys.executable, "-c", CHILD],
        cwd=tree,
        env=env,
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    assert process.stdout is not None
    if process.stdout.readline().strip() != "ready":
        raise SystemExit(f"{tree}: the measuring process did not start")
    return process


def _round(process: subprocess.Popen[str], runs: int) -> tuple[float, float, float]:
    """One round: 1 MB best of ``runs`` (wall clock), 16 KB p99, and 1 MB best of ``runs`` in
    CPU time of the process (less disturbed by other processes on a loaded machine), in ms."""
    assert process.stdin is not None and process.stdout is not None
    process.stdin.write(f"{runs}\n")
    process.stdin.flush()
    best, p99, cpu = process.stdout.readline().split()
    return float(best), float(p99), float(cpu)


def main() -> None:
    """Measure and print."""
    parser = argparse.ArgumentParser()
    parser.add_argument("trees", nargs=2, type=Path)
    parser.add_argument("--rounds", type=int, default=6)
    parser.add_argument("--runs", type=int, default=8)
    args = parser.parse_args()
    trees = [tree.resolve() for tree in args.trees]
    processes = [_start(tree) for tree in trees]
    results: list[list[tuple[float, float, float]]] = [[], []]
    for number in range(args.rounds):
        order = [0, 1] if number % 2 == 0 else [1, 0]
        for index in order:
            results[index].append(_round(processes[index], args.runs))
        line = "  ".join(f"{r[-1][0]:.2f} ms (cpu {r[-1][2]:.2f})" for r in results)
        print(f"round {number}: {line}", flush=True)
    for tree, rows in zip(trees, results, strict=True):
        ms, p99, cpu = (sorted(column) for column in zip(*rows, strict=True))
        print(
            f"{tree}: 1 MB min {ms[0]:.2f} median {ms[len(ms) // 2]:.2f} max {ms[-1]:.2f} ms; "
            f"cpu min {cpu[0]:.2f} median {cpu[len(cpu) // 2]:.2f} max {cpu[-1]:.2f} ms; "
            f"16 KB p99 min {p99[0]:.3f} max {p99[-1]:.3f} ms"
        )
    for process in processes:
        assert process.stdin is not None
        process.stdin.close()
        process.wait()


if __name__ == "__main__":
    main()
