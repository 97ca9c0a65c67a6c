"""Cost of extraction and classification of an agent's Responses request with tool calls.

The body is what openai-agents sends after ``--calls`` tool round trips: instructions, a user
turn, and per call a ``function_call`` (arguments JSON-escaped as Python's json writes them) and
its ``function_call_output``, one tool and a JSON-schema output format. The call ids are scanned
(a client chooses them and they are sent on), each distinct id once.

Run: ``python benchmarks/extract_agent_turn.py [--n 1000] [--calls 10]``. Prints the best of five
means in microseconds per request. The machine is shared: run it a few times.
"""

from __future__ import annotations

import argparse
import json
import timeit
from typing import Any

from proxy.classify.engine import Classifier
from proxy.protocols.extract import extract_texts


def agent_body(calls: int) -> dict[str, Any]:
    """A Responses request after ``calls`` tool round trips."""
    items: list[dict[str, Any]] = [{"role": "user", "content": "Weather in Paris and Berlin?"}]
    for i in range(calls):
        call_id = f"call_{i:02d}Xk3vQ9mZr7TpLw2YhN8sBd"
        arguments = json.dumps({"city": "París", "unit": "celsius"})  # ensure_ascii: \u00ed
        items.append(
            {"type": "function_call", "name": "weather", "call_id": call_id, "arguments": arguments}
        )
        items.append({"type": "function_call_output", "call_id": call_id, "output": '{"t": 21}'})
    schema = {"type": "object", "properties": {"summary": {"type": "string"}}}
    return {
        "model": "gpt-4o",
        "instructions": "Be brief.",
        "input": items,
        "tools": [
            {
                "type": "function",
                "name": "weather",
                "description": "Current weather for a city",
                "parameters": {"type": "object", "properties": {"city": {"type": "string"}}},
            }
        ],
        "text": {"format": {"type": "json_schema", "name": "answer", "schema": schema}},
    }


def main() -> None:
    """Measure and print."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=1000)
    parser.add_argument("--calls", type=int, default=10)
    args = parser.parse_args()
    body = agent_body(args.calls)
    classifier = Classifier()
    texts, unscannable = extract_texts("responses", body)
    runs = {
        "extract": lambda: extract_texts("responses", body),
        "extract+classify": lambda: classifier.classify(*extract_texts("responses", body)),
    }
    print(f"{args.calls} tool calls, {len(texts)} text parts, {len(unscannable)} unscannable")
    for name, run in runs.items():
        best = min(timeit.repeat(run, number=args.n, repeat=5)) / args.n
        print(f"{name:>18}: {best * 1e6:7.1f} us per request")


if __name__ == "__main__":
    main()
