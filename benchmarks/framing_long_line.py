"""What one long event costs the framer when the upstream sends it in thin slices.

An event's data line may be up to 16 MiB (``DEFAULT_MAX_EVENT_BYTES``). The ``EventFramer`` holds
the unfinished line until its end arrives; rescanning (and copying) all of it for every slice made
the cost quadratic: an upstream dripping a long line in 4 KiB pieces kept the event loop busy for
seconds. This feeds one line of ``--mib`` MiB in ``--slice`` byte pieces and prints the time.

Run: ``python benchmarks/framing_long_line.py [--mib 4] [--slice 4096]``.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from proxy.protocols.sse_frames import EventFramer


def feed_long_line(mib: int, piece: int) -> float:
    """Seconds to frame one ``mib`` MiB event delivered in ``piece`` byte slices."""
    framer = EventFramer()
    start = time.perf_counter()
    framer.feed(b'data: {"text": "')
    chunk = b"x" * piece
    for _ in range(mib * 1024 * 1024 // piece):
        framer.feed(chunk)
    out = framer.feed(b'"}\n\n')
    elapsed = time.perf_counter() - start
    assert out.endswith(b'"}\n\n') and framer.count == 1
    return elapsed


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--mib", type=int, default=4)
    parser.add_argument("--slice", type=int, default=4096)
    args = parser.parse_args()
    seconds = feed_long_line(args.mib, args.slice)
    print(f"one {args.mib} MiB event in {args.slice} B slices: {seconds * 1000:.1f} ms")


if __name__ == "__main__":
    main()
