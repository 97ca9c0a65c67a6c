"""What the evidence costs: tracing (OTLP/HTTP export) and the audit log vs neither.

The issue's target: tracing and audit together add <= 10% to the proxy's p50 latency. Runs the
proxy four ways against the same fast upstream, exporting spans to a stand-in collector in its own
process (``_otlp_sink.py``: a collector is never the LLM backend), and prints p50/p99 latency at a
fixed rate and CPU per request for a 1 KB chat request.

Run: ``python benchmarks/tracing.py [--seconds 5] [--rate 200] [--rounds 2]``.
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

import uvloop

sys.path.insert(0, str(Path(__file__).parent))
from _load import closed_loop, open_loop
from overhead import (
    HERE,
    body_of,
    cpu_seconds,
    free_port,
    pct,
    start_proxy,
    start_upstream,
    wait_port,
)

VARIANTS = {
    "no audit, no tracing": (False, {}),
    "audit only": (True, {}),
    "audit + tracing (OTLP/HTTP)": (True, {"OTEL_TRACES_EXPORTER": "otlp"}),
    "audit + tracing, 25% sampled": (
        True,
        {
            "OTEL_TRACES_EXPORTER": "otlp",
            "OTEL_TRACES_SAMPLER": "parentbased_traceidratio",
            "OTEL_TRACES_SAMPLER_ARG": "0.25",
        },
    ),
}


async def run_variant(
    pid: int, port: int, seconds: float, rate: float
) -> tuple[float, float, float]:
    body = body_of(1024, False)
    await closed_loop(port, body, 4, 0.5)
    cpu0 = cpu_seconds(pid)
    done = await closed_loop(port, body, 16, seconds)
    cpu_ms = (cpu_seconds(pid) - cpu0) * 1000 / max(1, len(done))
    lat = [r.total_s * 1000 for r in await open_loop(port, body, rate, seconds)]
    return statistics.median(lat), pct(lat, 0.99), cpu_ms


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--seconds", type=float, default=5.0)
    parser.add_argument("--rate", type=float, default=200.0)
    parser.add_argument("--rounds", type=int, default=2)
    args = parser.parse_args()
    upstream, up = start_upstream()
    sink_port = free_port()
    sink = subprocess.Popen([sys.executable, str(HERE / "_otlp_sink.py"), str(sink_port)])
    wait_port(sink_port)
    figures: dict[str, list[tuple[float, float, float]]] = {name: [] for name in VARIANTS}
    try:
        for _ in range(args.rounds):
            for name, (audit, env) in VARIANTS.items():
                env = (
                    {**env, "OTEL_EXPORTER_OTLP_ENDPOINT": f"http://127.0.0.1:{sink_port}"}
                    if env
                    else {}
                )
                with tempfile.TemporaryDirectory() as tmp:
                    proxy, port = start_proxy(Path(tmp), up, audit=audit, env_extra=env)
                    try:
                        figures[name].append(
                            uvloop.run(run_variant(proxy.pid, port, args.seconds, args.rate))
                        )
                    finally:
                        proxy.terminate()
                        proxy.wait()
    finally:
        for process in (upstream, sink):
            process.terminate()
            process.wait()
    base = statistics.median(f[0] for f in figures["no audit, no tracing"])
    print(f"{'variant':30} {'p50 ms':>8} {'p99 ms':>8} {'CPU ms/req':>11} {'p50 vs bare':>12}")
    for name, runs in figures.items():
        p50 = statistics.median(r[0] for r in runs)
        p99 = statistics.median(r[1] for r in runs)
        cpu = statistics.median(r[2] for r in runs)
        print(f"{name:30} {p50:8.3f} {p99:8.3f} {cpu:11.3f} {100 * (p50 / base - 1):+11.1f}%")
    print(f"(1 KB chat, {args.rate:.0f} req/s open loop, {args.rounds} rounds, medians)")


if __name__ == "__main__":
    main()
