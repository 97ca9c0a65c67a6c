"""Added CPU per streamed event of restoring pseudonyms (issue 14: target <= 10 us per event).

Three client streams of text deltas — Chat Completions chunks, Anthropic ``text_delta`` events and
Responses ``response.output_text.delta`` events — in which the model quotes pseudonyms back, one
in about every twelve tokens, each cut over three events; the request issued 50 pseudonyms (names,
e-mail addresses, IBANs). Each event is fed through the restoring stream transform
(``proxy.http.restoring.RestoringStream``: split the SSE bytes, parse the event's JSON, restore
the delta, write it again when it changed) and, alternating round by round in the same run, through
the same-protocol identity transform it wraps. Every event is timed on its own; the figures are
the median and p99 over all events of all rounds, with and without restoring, and the difference.
Run: ``python benchmarks/redact_stream.py [--events 2000] [--rounds 20]``.
"""

from __future__ import annotations

import argparse
import statistics
import time
from collections.abc import Callable

import orjson

from proxy.http.restoring import RestoringStream
from proxy.protocols.sse import format_event
from proxy.redact.events import event_restorer
from proxy.redact.pseudonyms import Issued, Pseudonymiser
from proxy.redact.restore import Restorer

WORDS = ("the", "account", "was", "credited", "on", "Monday", "and", "we", "confirm", "the",
         "transfer", "to", "you", "today")  # fmt: skip


class Unchanged:
    """The same-protocol transform: bytes through as they came (the baseline)."""

    def feed(self, chunk: bytes) -> bytes:
        return chunk

    def finish(self) -> bytes:
        return b""


def _issued() -> tuple[Issued, ...]:
    """50 pseudonyms: 20 names, 20 e-mail addresses, 10 IBANs."""
    pseudonymiser = Pseudonymiser(b"b" * 32, "bench")
    for i in range(20):
        pseudonymiser.issue("pii.person_name", f"Person Number{i}")
        pseudonymiser.issue("pii.email", f"person{i}@example.org")
    for i in range(10):
        pseudonymiser.issue("financial.iban", f"FR76 3000 4000 0312 3456 7890 1{i:02d}")
    return pseudonymiser.issued


def _pieces(pseudonyms: list[str], count: int) -> list[str]:
    """``count`` text pieces as models cut them (a word with the space before it), and every
    twelfth a pseudonym cut in three."""
    out: list[str] = []
    i = 0
    while len(out) < count:
        if i % 12 == 11:
            p = pseudonyms[i % len(pseudonyms)]
            out += [" " + p[:4], p[4:9], p[9:]]
        else:
            out.append(" " + WORDS[i % len(WORDS)])
        i += 1
    return out[:count]


def _chat(piece: str) -> bytes:
    choice = {"index": 0, "delta": {"content": piece}, "finish_reason": None}
    chunk = {"id": "chatcmpl-1", "object": "chat.completion.chunk", "created": 1, "model": "m",
             "choices": [choice]}  # fmt: skip
    return format_event(orjson.dumps(chunk))


def _anthropic(piece: str) -> bytes:
    event = {"type": "content_block_delta", "index": 0,
             "delta": {"type": "text_delta", "text": piece}}  # fmt: skip
    return format_event(orjson.dumps(event), "content_block_delta")


def _responses(piece: str, seq: int) -> bytes:
    event = {"type": "response.output_text.delta", "sequence_number": seq, "item_id": "msg_1",
             "output_index": 0, "content_index": 0, "delta": piece, "logprobs": []}  # fmt: skip
    return format_event(orjson.dumps(event), "response.output_text.delta")


def _round(frames: list[bytes], make: Callable[[], object], out: list[int]) -> None:
    transform = make()
    feed = transform.feed  # type: ignore[attr-defined]
    clock = time.perf_counter_ns
    for frame in frames:
        t0 = clock()
        feed(frame)
        out.append(clock() - t0)


def _measure(endpoint: str, frames: list[bytes], rounds: int) -> tuple[list[int], list[int]]:
    restorer = Restorer(_issued())

    def restoring() -> RestoringStream:
        events = event_restorer(endpoint, restorer)
        assert events is not None
        return RestoringStream(Unchanged(), events)

    with_restore: list[int] = []
    without: list[int] = []
    for r in range(rounds):  # alternate, so drift on a shared machine hits both alike
        if r % 2:
            _round(frames, Unchanged, without)
            _round(frames, restoring, with_restore)
        else:
            _round(frames, restoring, with_restore)
            _round(frames, Unchanged, without)
    return with_restore, without


def _p(values: list[int], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(q * len(ordered)))] / 1000


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--events", type=int, default=2000)
    parser.add_argument("--rounds", type=int, default=20)
    args = parser.parse_args()
    issued = [item.pseudonym for item in _issued()]
    pieces = _pieces(issued, args.events)
    streams = {
        "chat.completions": [_chat(p) for p in pieces],
        "messages": [_anthropic(p) for p in pieces],
        "responses": [_responses(p, i) for i, p in enumerate(pieces)],
    }
    print(f"{args.events} events x {args.rounds} rounds, 50 pseudonyms issued; microseconds/event")
    print(f"{'stream':18} {'with p50':>9} {'with p99':>9} {'w/o p50':>8} {'w/o p99':>8} "
          f"{'added p50':>10} {'added mean':>11}")  # fmt: skip
    for endpoint, frames in streams.items():
        with_restore, without = _measure(endpoint, frames, args.rounds)
        added_mean = (statistics.fmean(with_restore) - statistics.fmean(without)) / 1000
        print(
            f"{endpoint:18} {_p(with_restore, 0.5):9.2f} {_p(with_restore, 0.99):9.2f} "
            f"{_p(without, 0.5):8.2f} {_p(without, 0.99):8.2f} "
            f"{_p(with_restore, 0.5) - _p(without, 0.5):10.2f} {added_mean:11.2f}"
        )


if __name__ == "__main__":
    main()
