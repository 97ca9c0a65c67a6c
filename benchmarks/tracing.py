"""What the evidence costs: tracing (OTLP/HTTP export) and the audit log vs neither.

The issue's target: tracing and audit together add <= 10% to the proxy's p50 latency. Runs the
proxy four ways against the same fast upstream, exporting spans to a stand-in collector in its own
process (``_otlp_sink.py``: a collector is never the LLM backend), and prints p50/p99 latency at a
fixed rate and CPU per request for a 1 KB chat request.

All proxies run at once; latency is taken in short slices from each in turn, many times over,
so that the machine's drift (large on a shared 2-core box) hits every variant alike. Two processes
of the same variant differ by several percent in p50, so each variant runs as several processes,
and the difference to the bare proxy comes with a 95 % interval from a bootstrap that resamples
processes, then slices within them.

Run: ``python benchmarks/tracing.py [--instances 6] [--cycles 12] [--slice 1] [--rate 200]``.
"""

from __future__ import annotations

import argparse
import random
import statistics
import subprocess
import sys
import tempfile
from dataclasses import dataclass, field
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
    pin_layout,
    start_proxy,
    start_upstream,
    wait_port,
)

BARE = "no audit, no tracing"
VARIANTS = {
    BARE: (False, {}),
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


@dataclass
class Instance:
    """One running proxy of one variant, and what was measured on it."""

    variant: str
    process: subprocess.Popen[bytes]
    port: int
    slices: list[list[float]] = field(default_factory=list)
    cpu_ms: list[float] = field(default_factory=list)


async def measure(instances: list[Instance], args: argparse.Namespace) -> None:
    """CPU per request (closed loop), then latency in short open-loop slices taken in turn from
    every instance, many times over: slow drift of the machine then hits every variant alike."""
    body = body_of(1024, False)
    for inst in instances:
        await closed_loop(inst.port, body, 4, 0.5)
        cpu0 = cpu_seconds(inst.process.pid)
        done = await closed_loop(inst.port, body, 16, args.seconds)
        inst.cpu_ms.append((cpu_seconds(inst.process.pid) - cpu0) * 1000 / max(1, len(done)))
    order = list(instances)
    for _ in range(args.cycles):
        random.shuffle(order)
        for inst in order:
            results = await open_loop(inst.port, body, args.rate, args.slice)
            inst.slices.append([r.total_s * 1000 for r in results])


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--seconds", type=float, default=3.0, help="closed-loop CPU run per proxy")
    parser.add_argument("--rate", type=float, default=200.0)
    parser.add_argument("--instances", type=int, default=6, help="proxy processes per variant")
    parser.add_argument("--cycles", type=int, default=12, help="latency slices per instance")
    parser.add_argument("--slice", type=float, default=1.0, help="seconds per latency slice")
    parser.add_argument("--pin", action="store_true", help="proxies on their own CPU")
    parser.add_argument("--resamples", type=int, default=200, help="bootstrap resamples")
    args = parser.parse_args()
    cpus = pin_layout(args.pin)
    upstream, up = start_upstream()
    sink_port = free_port()
    sink = subprocess.Popen([sys.executable, str(HERE / "_otlp_sink.py"), str(sink_port)])
    wait_port(sink_port)
    instances: list[Instance] = []
    with tempfile.TemporaryDirectory() as tmp:
        try:
            for i in range(args.instances):
                for n, (name, (audit, env)) in enumerate(VARIANTS.items()):
                    otlp = {"OTEL_EXPORTER_OTLP_ENDPOINT": f"http://127.0.0.1:{sink_port}"}
                    home = Path(tmp) / f"{i}-{n}"
                    home.mkdir()
                    proxy, port = start_proxy(
                        home, up, audit=audit, env_extra={**env, **otlp} if env else {}, cpus=cpus
                    )
                    instances.append(Instance(name, proxy, port))
            uvloop.run(measure(instances, args))
        finally:
            for process in (*(inst.process for inst in instances), upstream, sink):
                process.terminate()
                process.wait()
    report(instances, args)
    if cpus is not None:
        print(
            f"(pinned: proxies on CPUs {sorted(cpus)}, load generator, upstream, collector apart)"
        )


def report(instances: list[Instance], args: argparse.Namespace) -> None:
    groups: dict[str, list[Instance]] = {name: [] for name in VARIANTS}
    for inst in instances:
        groups[inst.variant].append(inst)
    pooled = {name: [x for i in grp for s in i.slices for x in s] for name, grp in groups.items()}
    base = statistics.median(pooled[BARE])
    intervals = bootstrap(groups, args.resamples)
    print(
        f"{'variant':30} {'p50 ms':>8} {'p99 ms':>8} {'CPU ms/req':>11} {'p50 vs bare':>12}"
        f"  {'95 % interval':>15}"
    )
    for name, lat in pooled.items():
        p50 = statistics.median(lat)
        cpu = statistics.median(c for i in groups[name] for c in i.cpu_ms)
        low, high = intervals[name]
        print(
            f"{name:30} {p50:8.3f} {pct(lat, 0.99):8.3f} {cpu:11.3f} "
            f"{100 * (p50 / base - 1):+11.1f}%  {low:+6.1f} … {high:+5.1f}%"
        )
    for name, group in groups.items():
        each = sorted(statistics.median(x for s in i.slices for x in s) for i in group)
        print(f"  p50 of each {name} process: " + " ".join(f"{p:.3f}" for p in each))
    print(
        f"(1 KB chat, {args.rate:.0f} req/s open loop; {args.instances} processes per variant, "
        f"{args.cycles} interleaved {args.slice:g} s slices each; {len(pooled[BARE])} requests "
        f"per variant; interval from {args.resamples} resamples of processes, then slices)"
    )


def bootstrap(groups: dict[str, list[Instance]], resamples: int) -> dict[str, tuple[float, float]]:
    """A 95 % interval for each variant's p50 relative to the bare proxy's, in percent."""
    rng = random.Random(7)

    def resampled_p50(group: list[Instance]) -> float:
        picked = [rng.choice(group) for _ in group]
        return statistics.median(
            x for inst in picked for _ in inst.slices for x in rng.choice(inst.slices)
        )

    ratios: dict[str, list[float]] = {name: [] for name in groups}
    for _ in range(resamples):
        base = resampled_p50(groups[BARE])
        for name, group in groups.items():
            ratios[name].append(100 * (resampled_p50(group) / base - 1))
    return {name: (pct(r, 0.025), pct(r, 0.975)) for name, r in ratios.items()}


if __name__ == "__main__":
    main()
