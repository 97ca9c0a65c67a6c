"""What checking the upstream's framing costs per answer (issue 15: every answer well-formed).

Before anything reaches the client, ``Backend.send`` parses a JSON answer once (``orjson.loads``)
and a stream is cut into whole, validated events (``EventFramer``: grammar + JSON data). This
measures both in process, per answer, for the sizes ``overhead.py`` uses, and compares the framer
with the SSE parser the translated streams already ran.

Run: ``python benchmarks/framing.py [--events 20]``.
"""

from __future__ import annotations

import argparse
import sys
import timeit
from pathlib import Path

import orjson

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from proxy.protocols.sse import SSEParser
from proxy.protocols.sse_frames import EventFramer


def completion(size_kb: int) -> bytes:
    """A chat.completion body of about ``size_kb`` KB."""
    text = ("lorem ipsum dolor sit amet " * (size_kb * 40))[: size_kb * 1024]
    message = {"role": "assistant", "content": text}
    choice = {"index": 0, "message": message, "finish_reason": "stop"}
    return orjson.dumps({"id": "c", "object": "chat.completion", "choices": [choice]})


def stream(events: int, size_kb: int) -> list[bytes]:
    """A chat.completion.chunk stream: ``events`` content chunks and [DONE], as upstream reads."""
    piece = "x" * max(1, size_kb * 1024 // events)
    chunk = {"id": "c", "object": "chat.completion.chunk", "model": "bench"}
    frames = [
        b"data: "
        + orjson.dumps({**chunk, "choices": [{"index": 0, "delta": {"content": piece}}]})
        + b"\n\n"
        for _ in range(events)
    ]
    return [*frames, b"data: [DONE]\n\n"]


def per_call_us(fn: object, number: int) -> float:
    """The best of five timings of ``fn``, in microseconds per call."""
    return min(timeit.repeat(fn, number=number, repeat=5)) / number * 1e6  # type: ignore[arg-type]


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--events", type=int, default=20, help="content events per stream")
    args = parser.parse_args()
    print(f"{'answer':>24}  {'check µs':>9}  {'SSEParser µs':>12}")
    for size in (1, 16):
        body = completion(size)
        print(f"{f'JSON {size} KB':>24}  {per_call_us(lambda b=body: orjson.loads(b), 2000):9.1f}")
    for size in (1, 16):
        frames = stream(args.events, size)

        def framed(frames: list[bytes] = frames) -> None:
            framer = EventFramer()
            for frame in frames:
                framer.feed(frame)

        def parsed(frames: list[bytes] = frames) -> None:
            sse = SSEParser()
            for frame in frames:
                sse.feed(frame)

        label = f"stream {len(frames)} events {size} KB"
        print(f"{label:>24}  {per_call_us(framed, 500):9.1f}  {per_call_us(parsed, 500):12.1f}")


if __name__ == "__main__":
    main()
