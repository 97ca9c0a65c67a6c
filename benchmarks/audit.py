"""Cost of the audit log: building a record, writing a line per fsync policy, verifying, reporting.

The proxy writes one audit line per request on the event loop, so the write must stay in the
microseconds. Run: ``python benchmarks/audit.py [--n 20000] [--dir DIR]`` (``--dir`` picks the
filesystem; the default is a temporary directory). Prints median microseconds per operation over
``--rounds`` rounds, and lines per second for verify and report.
"""

from __future__ import annotations

import argparse
import statistics
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from proxy.backends.model import BackendInfo, Hop, derive_facts
from proxy.classify.taxonomy import Classification, Finding, Level
from proxy.exchange import Attempt, Decision, Exchange, Principal
from proxy.telemetry.audit import AuditLog, build_record, verify_files
from proxy.telemetry.report import build_report, render_html, render_text

SELF = Hop(role="proxy", operator="self", operator_hq="DE", location="DE")
HOPS = (
    Hop(role="edge", operator="Cloudflare Inc.", operator_hq="US", location="EU"),
    Hop(role="hosting", operator="Mistral AI SAS", operator_hq="FR", location="FR"),
)
BACKENDS = {
    "mistral": BackendInfo(
        name="mistral",
        protocol="openai",
        models=("mistral-large",),
        aliases=(),
        hops=HOPS,
        facts=derive_facts((SELF, *HOPS)),
    )
}


def _exchange(index: int) -> Exchange:
    findings = tuple(Finding("pii.email", None, 0, 5, "messages[0].content") for _ in range(3))
    return Exchange(
        request_id=f"req-{index:08d}",
        endpoint="chat.completions",
        client_protocol="openai",
        path="/v1/chat/completions",
        raw_body=b"{}",
        body={},
        model="mistral-large",
        stream=False,
        principal=Principal(tenant=f"tenant-{index % 7}", team="risk", key_id="key-1"),
        classification=Classification(level=Level.CONFIDENTIAL, findings=findings),
        decision=Decision(
            action="route",
            level=Level.CONFIDENTIAL,
            rule="pii-eu",
            candidates=("mistral",),
            policy_name="bank",
            policy_version="3",
            policy_sha256="ab" * 32,
        ),
        attempts=[Attempt("mistral", status=200, connect_s=0.01, first_byte_s=0.2, total_s=0.4)],
        backend="mistral",
        status=200,
        timings={"classify_s": 0.0004, "policy_s": 0.00002, "total_s": 0.41},
        usage={"prompt_tokens": 120, "completion_tokens": 80, "total_tokens": 200},
    )


def _per_op_us(rounds: int, n: int, setup: Callable[[], Callable[[int], Any]]) -> float:
    """Median over rounds of microseconds per call of the function ``setup`` returns."""
    samples = []
    for _ in range(rounds):
        step = setup()
        start = time.perf_counter()
        for index in range(n):
            step(index)
        samples.append((time.perf_counter() - start) / n * 1e6)
    return statistics.median(samples)


def main() -> None:
    """Run every measurement and print one line per figure."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--n", type=int, default=20_000)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--dir", type=Path, default=None)
    args = parser.parse_args()
    exchanges = [_exchange(index) for index in range(100)]
    build_us = _per_op_us(
        args.rounds,
        args.n,
        lambda: lambda i: build_record(exchanges[i % 100], BACKENDS, SELF),
    )
    print(f"build_record: {build_us:.1f} us/record")
    record = build_record(exchanges[0], BACKENDS, SELF)
    with tempfile.TemporaryDirectory(dir=args.dir) as tmp:
        base = Path(tmp)
        for policy in ("never", "interval", "always"):
            count = args.n if policy != "always" else max(200, args.n // 50)
            logs: list[AuditLog] = []

            def setup(policy: Any = policy, logs: list[AuditLog] = logs) -> Callable[[int], Any]:
                log = AuditLog(base / f"{policy}-{len(logs)}.jsonl", fsync=policy)
                logs.append(log)
                return lambda _i: log.write(record)

            write_us = _per_op_us(args.rounds, count, setup)
            for log in logs:
                log.close()
            print(f"AuditLog.write fsync={policy}: {write_us:.1f} us/line ({count} lines)")
        path = base / "never-0.jsonl"
        size = path.stat().st_size
        print(f"line size: {size / args.n:.0f} bytes")
        start = time.perf_counter()
        result = verify_files([path])
        verify_s = time.perf_counter() - start
        print(f"verify_files: {result.records / verify_s:,.0f} lines/s (ok={result.ok})")
        start = time.perf_counter()
        report = build_report([path])
        render_text(report)
        render_html(report)
        report_s = time.perf_counter() - start
        print(f"build_report + render: {report.records / report_s:,.0f} lines/s")


if __name__ == "__main__":
    main()
