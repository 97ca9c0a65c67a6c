"""Cost of the audit log: building a record, writing a line per fsync policy (unsigned and with
checkpoint signing on), one signed checkpoint, verifying (bare chain and against signed
checkpoints), reporting, strict mode's decision record, and reading token usage from answers (A/B:
with and without).

The proxy writes one audit line per request on the event loop, so the write must stay in the
microseconds; signing runs once per checkpoint (``audit.checkpoint_interval_s``), never per record.
Run: ``python benchmarks/audit.py [--n 20000] [--dir DIR]`` (``--dir`` picks the filesystem; the
default is a temporary directory). Prints median microseconds per operation over ``--rounds``
rounds, and records per second for verify and report.
"""

from __future__ import annotations

import argparse
import statistics
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import orjson

from proxy.backends.model import BackendInfo, Hop, derive_facts
from proxy.classify.taxonomy import Classification, Finding, Level
from proxy.exchange import Attempt, Decision, Exchange, Principal
from proxy.telemetry.audit import AuditLog, build_record, verify_files
from proxy.telemetry.audit_checkpoint import Checkpointer
from proxy.telemetry.audit_deployment import verify_deployment
from proxy.telemetry.audit_note import Signer
from proxy.telemetry.evidence import usage_of
from proxy.telemetry.report import build_report, render_html, render_text
from proxy.telemetry.usage_tap import UsageTap

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


def _writes(rounds: int, n: int, base: Path, record: dict[str, Any], signer: Signer | None) -> None:
    """Per-line write cost for each fsync policy; with ``signer``, checkpoint signing is on."""
    label = "signed" if signer else "unsigned"
    for policy in ("never", "interval", "always"):
        count = n if policy != "always" else max(200, n // 50)
        logs: list[AuditLog] = []

        def setup(policy: Any = policy, logs: list[AuditLog] = logs) -> Callable[[int], Any]:
            path = base / f"{label}-{policy}-{len(logs)}.jsonl"
            checkpointer = Checkpointer(path, signer) if signer else None
            log = AuditLog(path, fsync=policy, checkpointer=checkpointer)
            logs.append(log)
            return lambda _i: log.write(record)

        write_us = _per_op_us(rounds, count, setup)
        for log in logs:
            log.close()
        print(f"AuditLog.write fsync={policy} {label}: {write_us:.1f} us/line ({count} lines)")


def _strict_cost(rounds: int, n: int, base: Path, exchanges: list[Exchange]) -> None:
    """Strict mode adds one record per forwarded request: built and written before forwarding."""
    logs: list[AuditLog] = []

    def setup() -> Callable[[int], Any]:
        log = AuditLog(base / f"strict-{len(logs)}.jsonl", fsync="interval")
        logs.append(log)

        def decision(i: int) -> None:
            record = build_record(exchanges[i % 100], BACKENDS, SELF, ts=time.time())
            record["phase"] = "decision"
            log.write(record)

        return decision

    extra_us = _per_op_us(rounds, n, setup)
    for log in logs:
        log.close()
    print(f"strict mode, decision record before forwarding (build + write): +{extra_us:.1f} us/req")


def _checkpoint_cost(rounds: int, base: Path, signer: Signer) -> None:
    # A fresh checkpointer per round: one that has signed size N skips any size <= N.
    def setup() -> Callable[[int], Any]:
        checkpointer = Checkpointer(base / "cp.jsonl", signer)
        return lambda i: checkpointer.sign(i + 1, "ab" * 32)

    sign_us = _per_op_us(rounds, 200, setup)
    print(f"one checkpoint (Ed25519 sign + fsync'd file replace): {sign_us:.0f} us")


def _verify_rates(path: Path, signer: Signer) -> None:
    """Records per second of wall time and per second of this process's CPU time (the second
    stays meaningful on a machine other work shares)."""
    for label, run in (
        ("verify_files (bare chain)", lambda: verify_files([path])),
        ("verify_deployment with public key", lambda: verify_deployment([path], signer.verifier)),
    ):
        wall, cpu = time.perf_counter(), time.process_time()
        result = run()
        wall, cpu = time.perf_counter() - wall, time.process_time() - cpu
        print(
            f"{label}: {result.records / wall:,.0f} records/s wall, "
            f"{result.records / cpu:,.0f} records/CPU-s (ok={result.ok})"
        )


def _usage_ab(rounds: int, n: int) -> None:
    """A/B: the relay's work per answer with usage recording on versus off."""
    for size in (1_000, 16_000):
        body = orjson.dumps(
            {
                "id": "chatcmpl-1",
                "model": "gpt-test",
                "choices": [{"index": 0, "message": {"role": "assistant", "content": "x" * size}}],
                "usage": {"prompt_tokens": 12, "completion_tokens": size // 4},
            }
        )
        on = _per_op_us(rounds, n, lambda body=body: lambda _i: usage_of(body))
        print(f"usage, JSON answer {size // 1000} KB: +{on:.2f} us/answer (after it is sent)")
    chunk = b'data: {"id":"c","choices":[{"index":0,"delta":{"content":"word "}}]}\n\n'
    last = b'data: {"id":"c","choices":[],"usage":{"prompt_tokens":9,"completion_tokens":200}}\n\n'
    events = [chunk] * 200 + [last]
    exchange = _exchange(0)
    plain = _Identity()
    tap = UsageTap(_IdentityAdapter(), exchange).stream_transform()

    def through(transform: Any) -> Callable[[int], None]:
        def run(_i: int) -> None:
            for event in events:
                transform.feed(event)

        return run

    with_tap = _per_op_us(rounds, max(1, n // 20), lambda: through(tap))
    without = _per_op_us(rounds, max(1, n // 20), lambda: through(plain))
    print(
        f"usage, 200-event stream through the relay's transform: {without:.1f} us without, "
        f"{with_tap:.1f} us with the usage tap (+{(with_tap - without) / len(events):.2f} us/event)"
    )


class _Identity:
    def feed(self, chunk: bytes) -> bytes:
        return chunk

    def finish(self) -> bytes:
        return b""


class _IdentityAdapter:
    def request(self) -> Any:
        raise NotImplementedError

    def response_body(self, body: bytes) -> bytes:
        return body

    def error_body(self, body: bytes, status: int) -> bytes:
        return body

    def stream_transform(self) -> _Identity:
        return _Identity()


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
    signer = Signer.generate("bench.example/audit")
    with tempfile.TemporaryDirectory(dir=args.dir) as tmp:
        base = Path(tmp)
        _writes(args.rounds, args.n, base, record, None)
        _writes(args.rounds, args.n, base, record, signer)
        _checkpoint_cost(args.rounds, base, signer)
        _strict_cost(args.rounds, args.n, base, exchanges)
        path = base / "signed-never-0.jsonl"
        print(f"line size: {path.stat().st_size / args.n:.0f} bytes")
        _verify_rates(path, signer)
        start = time.perf_counter()
        report = build_report([path])
        render_text(report)
        render_html(report)
        report_s = time.perf_counter() - start
        print(f"build_report + render: {report.records / report_s:,.0f} records/s")
    _usage_ab(args.rounds, args.n)


if __name__ == "__main__":
    main()
