"""Cost of the strict body parse (duplicate keys, NUL, 64-bit integers) over orjson. Prints figures.

Run: ``python benchmarks/strict_json.py``. Single process, best of 7 repeats of 2,000 calls.
Budget (issue 12): a few µs on a 1 KB chat body, tens of µs on 16 KB. Bodies: chat messages with
colons and quotes in the text; "escaped" spells every non-ASCII character as ``\\u00XX`` (as
Python's ``json.dumps`` does), which sends the check past its first gate.
"""

from __future__ import annotations

import json
import timeit

import orjson

from proxy.http.strict_json import loads

TEXT = 'Tell me about quicksort: how does it partition "pivots"? Café, naïve, façade. '


def chat_body(size: int, *, escaped: bool = False) -> bytes:
    """A chat completions body of about ``size`` bytes."""
    messages = [{"role": "system", "content": "You are a helpful assistant. Answer: briefly."}]
    while len(json.dumps({"model": "gpt-4o", "messages": messages})) < size - 60:
        role = "user" if len(messages) % 2 else "assistant"
        messages.append({"role": role, "content": TEXT * 2})
    body = {"model": "gpt-4o", "temperature": 0.7, "stream": False, "messages": messages}
    return json.dumps(body).encode() if escaped else orjson.dumps(body)


def best_us(call: object, number: int = 2000) -> float:
    """Best mean time of one call, in µs."""
    return min(timeit.repeat(call, number=number, repeat=7)) / number * 1e6  # type: ignore[arg-type]


def main() -> None:
    """Print orjson.loads against strict loads for 1 KB and 16 KB bodies."""
    print(f"{'body':>22} {'orjson.loads':>13} {'strict loads':>13} {'overhead':>9}")
    for size in (1024, 16384):
        for escaped in (False, True):
            raw = chat_body(size, escaped=escaped)
            plain = best_us(lambda raw=raw: orjson.loads(raw))
            strict = best_us(lambda raw=raw: loads(raw))
            label = f"{len(raw)} B{' escaped' if escaped else ''}"
            print(f"{label:>22} {plain:10.2f} µs {strict:10.2f} µs {strict - plain:6.2f} µs")


if __name__ == "__main__":
    main()
