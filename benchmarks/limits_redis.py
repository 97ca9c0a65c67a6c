"""The Redis limiter (issue 16): its added latency per request, and the fleet's throughput.

Latency (per call, ``perf_counter_ns``; of ``--rounds``, the round with the lowest p99): the
reservation a limited request waits for before it is forwarded — ``Gate.admit`` over the
in-process limiter and over Redis (one Lua script, one round trip) — for a key with one limit and
for key + team + tenant with rpm, tpm and concurrent each (9 limits), and the same with budgets
(``limits.BUDGETED``: 8 budget counters in the same script); the settlement after the answer
(reconcile + release, two round trips the client does not wait for on a stream); and a bare
``PING`` on the same connection as the floor. Redis is a ``redis-server`` of its own on loopback
(``--redis-url`` to use another).

Throughput (``--fleet 1,2,3``): that many ``sovproxy serve`` replicas sharing the Redis, the fast
upstream of ``_upstream.py``, a key under 9 limits (never reached), ``--concurrency`` keep-alive
connections spread round-robin over the replicas for ``--seconds``; requests per second. Every
process shares this machine's CPUs, so the figure says what one machine does, not how a fleet of
machines scales.

Run: ``python benchmarks/limits_redis.py [--n 20000] [--rounds 5] [--fleet 1,2,3]``.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import os
import subprocess
import sys
import tempfile
import time
from collections.abc import Awaitable, Callable, Iterator
from pathlib import Path

import orjson
from _load import closed_loop
from _redis_server import redis_server
from limits import BUDGETED, FULL, _book, _credential, _exchange, _pct, _time, infos
from overhead import POLICY, free_port, start_upstream, wait_http

from proxy.fleet.gate import Gate
from proxy.fleet.limits import MemoryLimiter
from proxy.fleet.principals import Credential
from proxy.fleet.redis_gate import SharedState
from proxy.fleet.schema import KeysDoc

BIG = 10**12
KEY = "sk-bench-key-000000001"


def _doc(limits: dict[str, int], shared: bool) -> KeysDoc:
    tenants = {"acme": {"limits": FULL, "teams": {"risk": {"limits": FULL}}}} if shared else {}
    key = {"key": KEY, "tenant": "acme", "team": "risk", "limits": limits}
    return KeysDoc.model_validate({"keys": [key], "tenants": tenants})


def _admit(gate: Gate, credential: Credential) -> Callable[[], Awaitable[None]]:
    """Time the reservation only; settle (untimed) so slots and counts stay as in production."""

    async def call() -> None:
        exchange = _exchange()
        t0 = time.perf_counter_ns()
        ticket, _ = await gate.admit(exchange, credential)
        timings.append((time.perf_counter_ns() - t0) / 1000.0)
        exchange.usage = {"prompt_tokens": 120, "completion_tokens": 80}
        await gate.settle(ticket, exchange)

    timings: list[float] = []
    call.timings = timings  # type: ignore[attr-defined]
    return call


def _settle(gate: Gate, credential: Credential) -> Callable[[], Awaitable[None]]:
    async def call() -> None:
        exchange = _exchange()
        ticket, _ = await gate.admit(exchange, credential)
        exchange.usage = {"prompt_tokens": 120, "completion_tokens": 80}
        t0 = time.perf_counter_ns()
        await gate.settle(ticket, exchange)
        timings.append((time.perf_counter_ns() - t0) / 1000.0)

    timings: list[float] = []
    call.timings = timings  # type: ignore[attr-defined]
    return call


async def _sample(call: Callable[[], Awaitable[None]], n: int) -> list[float]:
    timings: list[float] | None = getattr(call, "timings", None)
    if timings is None:
        return await _time(call, n)
    timings.clear()
    for _ in range(n):
        await call()
    return list(timings)


async def latency(url: str, n: int, rounds: int) -> None:
    """Print p50/p99 of each case, in microseconds."""
    one = _credential(_doc({"requests_per_minute": BIG}, shared=False))
    nine = _credential(_doc(FULL, shared=True))
    budgeted = _credential(_book(BUDGETED, shared=True))
    state = SharedState(url, "fail_closed", 1024, None, lambda: None, infos())
    memory = Gate(MemoryLimiter(), 1024, None, infos())

    async def ping() -> None:
        await state.client.ping()

    cases = {
        "redis PING (the floor)": ping,
        "reserve, 1 limit, memory": _admit(memory, one),
        "reserve, 1 limit, redis": _admit(state.gate, one),
        "reserve, 9 limits, memory": _admit(memory, nine),
        "reserve, 9 limits, redis": _admit(state.gate, nine),
        "reserve, 9 + budgets, memory": _admit(memory, budgeted),
        "reserve, 9 + budgets, redis": _admit(state.gate, budgeted),
        "settle, 9 limits, redis": _settle(state.gate, nine),
        "settle, 9 + budgets, redis": _settle(state.gate, budgeted),
    }
    print(f"{'case':<28} {'p50 us':>8} {'p99 us':>8}   ({n} calls x {rounds}, loopback)")
    try:
        for name, call in cases.items():
            await _sample(call, min(n, 1000))  # warm-up: connection, script cache
            best: list[float] | None = None
            for _ in range(rounds):
                sample = await _sample(call, n)
                if best is None or _pct(sample, 0.99) < _pct(best, 0.99):
                    best = sample
            assert best is not None
            print(f"{name:<28} {_pct(best, 0.5):>8.1f} {_pct(best, 0.99):>8.1f}")
    finally:
        await state.stop()


def _start_replica(tmp: Path, up_port: int, url: str) -> tuple[subprocess.Popen[bytes], int]:
    port = free_port()
    tmp.mkdir(parents=True, exist_ok=True)
    (tmp / "policy.yaml").write_text(POLICY)
    limits = orjson.dumps(FULL).decode()
    tenants = f"{{acme: {{limits: {limits}, teams: {{risk: {{limits: {limits}}}}}}}}}"
    (tmp / "sovproxy.yaml").write_text(
        f"listen: {{host: 127.0.0.1, port: {port}}}\n"
        f"auth: {{keys: [{{key: {KEY}, tenant: acme, team: risk, limits: {limits}}}], "
        f"tenants: {tenants}}}\n"
        f"state: {{redis_url: '{url}'}}\n"
        "backends:\n  upstream:\n    protocol: openai\n"
        f"    base_url: http://127.0.0.1:{up_port}/v1\n    models: [bench]\n"
        "    hops: [{role: hosting, operator: self, operator_hq: DE, location: DE}]\n"
        "policy: policy.yaml\naudit: {path: null}\n"
    )
    env = {k: v for k, v in os.environ.items() if not k.startswith("OTEL_")}
    command = [sys.executable, "-m", "proxy.cli", "serve", "--config", str(tmp / "sovproxy.yaml")]
    proc = subprocess.Popen(command, stdout=subprocess.DEVNULL, env=env)
    wait_http(f"http://127.0.0.1:{port}/healthz")
    return proc, port


@contextlib.contextmanager
def _replicas(count: int, up_port: int, url: str) -> Iterator[list[int]]:
    procs: list[subprocess.Popen[bytes]] = []
    with tempfile.TemporaryDirectory() as tmp:
        try:
            ports = []
            for index in range(count):
                proc, port = _start_replica(Path(tmp) / f"r{index}", up_port, url)
                procs.append(proc)
                ports.append(port)
            yield ports
        finally:
            for proc in procs:
                proc.terminate()
            for proc in procs:
                proc.wait()


async def _fleet_load(ports: list[int], concurrency: int, seconds: float) -> tuple[int, int]:
    body = orjson.dumps({"model": "bench", "messages": [{"role": "user", "content": "Hello."}]})
    auth = f"Authorization: Bearer {KEY}\r\n".encode()
    shares = [concurrency // len(ports) + (i < concurrency % len(ports)) for i in range(len(ports))]
    runs = [closed_loop(p, body, c, seconds, auth) for p, c in zip(ports, shares, strict=True)]
    results = [r for batch in await asyncio.gather(*runs) for r in batch]
    return sum(r.status == 200 for r in results), len(results)


def throughput(url: str, counts: list[int], concurrency: int, seconds: float) -> None:
    """Print requests per second for each number of replicas."""
    upstream, up_port = start_upstream()
    try:
        print(f"{'replicas':>8} {'req/s':>8} {'ok':>8}   ({concurrency} connections, {seconds} s)")
        for count in counts:
            with _replicas(count, up_port, url) as ports:
                asyncio.run(_fleet_load(ports, concurrency, 1.0))  # warm-up
                ok, total = asyncio.run(_fleet_load(ports, concurrency, seconds))
                print(f"{count:>8} {total / seconds:>8.0f} {ok:>8}")
    finally:
        upstream.terminate()
        upstream.wait()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=20_000)
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--redis-url", default=None, help="default: a redis-server of its own")
    parser.add_argument("--fleet", default="", help="replica counts, e.g. 1,2,3")
    parser.add_argument("--concurrency", type=int, default=24)
    parser.add_argument("--seconds", type=float, default=10.0)
    args = parser.parse_args()
    with contextlib.ExitStack() as stack:
        url = args.redis_url or stack.enter_context(redis_server())
        if args.n:
            asyncio.run(latency(url, args.n, args.rounds))
        if args.fleet:
            counts = [int(c) for c in args.fleet.split(",")]
            throughput(url, counts, args.concurrency, args.seconds)


if __name__ == "__main__":
    main()
