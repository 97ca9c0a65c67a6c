"""Redact stage speed: the CPU a ``redact_then_route`` adds to a 16 KB chat request with 50
findings (issue 14 target: pseudonymisation <= 0.3 ms).

Run: ``python benchmarks/redact.py [--runs 2000] [--findings 50] [--kb 16]``. The request is a
chat conversation (system prompt, user turns, an assistant tool call with JSON arguments, a tool
result) holding 50 personal values — names, IBANs, e-mail addresses, phone numbers, national IDs —
among ordinary prose. It is classified once (as the pipeline does before deciding; not timed),
then each run times, as the pipeline's redact stage does them:

* ``pseudonymise``: ``selected`` + ``redact_body`` (pseudonyms issued, every occurrence replaced,
  the serialised result checked for survivors);
* ``stage``: the same, plus extracting the texts of the redacted body again and classifying them
  (the second classification DESIGN §8 invariant 4 asks for).

Prints median and p99 of each (µs) and how many values were pseudonymised. ``--before REV`` also
times ``redact_body`` of that git revision's ``proxy/redact/`` (interleaved with the current one,
in the same process, so both see the same machine) — the before/after of an optimisation.
"""

from __future__ import annotations

import argparse
import json
import random
import statistics
import subprocess
import sys
import time
import types
from collections.abc import Callable
from pathlib import Path
from typing import Any

from proxy.classify.engine import Classifier
from proxy.classify.taxonomy import Classification
from proxy.protocols.extract import extract_texts
from proxy.redact.request import redact_body, selected

PATTERNS = ["pii.*", "financial.*"]
KEY = b"benchmark-redaction-key-0123456789"
PROSE = (
    "The quarterly review covers the migration of the billing platform, the open questions on "
    "the supplier contract and the staffing plan for the second half of the year. "
)
FIRST = ("Sophie", "Pierre", "Hans", "Maria", "Lukas", "Giulia", "Claire", "Marco", "Anna")
LAST = ("Martin", "Dubois", "Müller", "Rossi", "Schneider", "Bernard", "Fischer", "Weber")


def _iban(rng: random.Random) -> str:
    from stdnum import iban

    bban = "".join(rng.choice("0123456789") for _ in range(18))
    compact = f"DE{iban.calc_check_digits('DE00' + bban)}{bban}"
    return str(iban.format(compact))


def _pesel(rng: random.Random) -> str:
    from stdnum.pl import pesel

    front = f"{rng.randint(40, 99)}{rng.randint(1, 12):02d}{rng.randint(1, 28):02d}"
    front += f"{rng.randint(0, 9999):04d}"
    return front + str(pesel.calc_check_digit(front))


def _sentence(rng: random.Random, kind: int) -> str:
    """One sentence carrying one personal value (with the cue its detector needs)."""
    first, last = rng.choice(FIRST), rng.choice(LAST)
    if kind == 0:
        return f"Dear {first} {last}, thank you for your letter. "
    if kind == 1:
        return f"Please pay to IBAN {_iban(rng)} by Friday. "
    if kind == 2:
        return f"Write to {first.lower()}.{last.lower()}{rng.randint(10, 99)}@example-firm.de. "
    if kind == 3:
        pairs = " ".join(f"{rng.randint(10, 99)}" for _ in range(4))
        return f"Call her on +33 6 {pairs} tomorrow. "
    return f"Her PESEL {_pesel(rng)} is on file. "


def request(findings: int, kb: int, seed: int = 7) -> dict[str, Any]:
    """A chat request of about ``kb`` KB holding ``findings`` personal values."""
    rng = random.Random(seed)
    sentences = [_sentence(rng, i % 5) for i in range(findings)]
    filler = max(0, kb * 1024 - sum(len(s) for s in sentences) - 600)  # 600: the JSON around
    per = filler // max(1, findings)
    chunks = [s + (PROSE * (per // len(PROSE) + 1))[:per] for s in sentences]
    quarter = max(1, len(chunks) // 4)
    args = {"customer": sentences[0].strip(), "note": chunks[1]}
    return {
        "model": "gpt-test",
        "messages": [
            {"role": "system", "content": "".join(chunks[:quarter])},
            {"role": "user", "content": "".join(chunks[quarter : 2 * quarter])},
            {
                "role": "assistant",
                "tool_calls": [
                    {
                        "id": "call_1",
                        "type": "function",
                        "function": {"name": "lookup", "arguments": json.dumps(args)},
                    }
                ],
            },
            {"role": "tool", "tool_call_id": "call_1", "content": "".join(chunks[2 * quarter :])},
        ],
    }


def _time(runs: int, *steps: Callable[[], object]) -> list[list[float]]:
    """Samples of each step, the steps taking turns run by run (the same noise for all)."""
    for _ in range(min(50, runs)):  # warm-up
        for step in steps:
            step()
    out: list[list[float]] = [[] for _ in steps]
    for _ in range(runs):
        for samples, step in zip(out, steps, strict=True):
            t0 = time.perf_counter()
            step()
            samples.append(time.perf_counter() - t0)
    return out


def _before(rev: str) -> Callable[..., Any]:
    """``redact_body`` of git revision ``rev`` (its request and pseudonyms modules)."""
    root = Path(__file__).resolve().parents[1]

    def load(name: str, path: str, source_fix: tuple[str, str] | None = None) -> Any:
        source = subprocess.run(
            ["git", "-C", str(root), "show", f"{rev}:{path}"],
            check=True,
            capture_output=True,
            text=True,
        ).stdout
        if source_fix:
            source = source.replace(*source_fix)
        module = types.ModuleType(name)
        sys.modules[name] = module  # dataclasses resolve annotations through sys.modules
        exec(compile(source, f"{rev}:{path}", "exec"), module.__dict__)
        return module

    load("_before_pseudonyms", "proxy/redact/pseudonyms.py")
    fix = ("from proxy.redact.pseudonyms import", "from _before_pseudonyms import")
    return load("_before_request", "proxy/redact/request.py", fix).redact_body  # type: ignore[no-any-return]


def _report(name: str, samples: list[float]) -> None:
    ordered = sorted(samples)
    p99 = ordered[min(len(ordered) - 1, int(len(ordered) * 0.99))]
    median = statistics.median(ordered)
    print(f"{name:>14}: median {median * 1e6:8.1f} µs   p99 {p99 * 1e6:8.1f} µs")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--runs", type=int, default=2000)
    parser.add_argument("--findings", type=int, default=50)
    parser.add_argument("--kb", type=int, default=16)
    parser.add_argument("--before", metavar="REV", help="also time redact_body of this revision")
    args = parser.parse_args()
    classifier = Classifier()
    body = request(args.findings, args.kb)
    texts, unscannable = extract_texts("chat.completions", body)
    found = classifier.classify(texts, unscannable).findings

    def pseudonymise() -> object:
        return redact_body(body, texts, selected(found, PATTERNS), KEY, "tenant")

    def stage() -> Classification:
        redaction = redact_body(body, texts, selected(found, PATTERNS), KEY, "tenant")
        again, unscannable_again = extract_texts("chat.completions", redaction.body)
        return classifier.classify(again, unscannable_again)

    redaction = redact_body(body, texts, selected(found, PATTERNS), KEY, "tenant")
    left = stage()
    size = len(json.dumps(body, ensure_ascii=False).encode())
    print(
        f"request {size / 1024:.1f} KB, {len(found)} findings, {len(redaction.issued)} values"
        f" pseudonymised, {redaction.replaced} occurrences replaced; classified again:"
        f" {left.level.label}, {len(left.findings)} findings"
    )
    steps: dict[str, Callable[[], object]] = {"pseudonymise": pseudonymise, "stage": stage}
    if args.before:
        old = _before(args.before)
        assert old(body, texts, selected(found, PATTERNS), KEY, "tenant").raw == redaction.raw
        steps[f"before {args.before[:10]}"] = lambda: old(
            body, texts, selected(found, PATTERNS), KEY, "tenant"
        )
    for name, samples in zip(steps, _time(args.runs, *steps.values()), strict=True):
        _report(name, samples)


if __name__ == "__main__":
    main()
