"""What the proxy costs: proxy vs direct, with every stage sovproxy has (issue: foundation).

Starts a fast local upstream and ``sovproxy serve`` (classification, policy, audit log, JSON
logs; tracing off) as separate processes on 127.0.0.1, then measures for 1 KB and 16 KB
messages, streaming and not:

* throughput at fixed concurrency (closed loop), direct and through the proxy;
* the proxy's CPU time per request (from /proc during the throughput run);
* added latency p50/p99 at a fixed rate (open loop, default 200 req/s);
* added time to first chunk for streams;
* RSS of the proxy with 256 concurrent slow streams.

Run: ``python benchmarks/overhead.py [--seconds 5] [--rate 200] [--concurrency 32]``.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.request
from collections.abc import Callable
from pathlib import Path

import orjson
import uvloop

sys.path.insert(0, str(Path(__file__).parent))
from _load import Conn, closed_loop, open_loop

HERE = Path(__file__).resolve().parent
PROSE = (
    "Our quarterly planning meeting covered the roadmap for the public website, the migration of "
    "the documentation to the new static site generator and the accessibility review. The team "
    "agreed to ship the new navigation in the next release and to collect feedback from users. "
)

POLICY = """apiVersion: sovproxy.dev/v1
kind: RoutingPolicy
metadata: {name: bench, version: "1", owner: bench@example.org}
spec:
  default: deny
  pools: {all: {names: [upstream]}}
  allowed_pools: {public: [all], internal: [all], confidential: [all], restricted: [all]}
  rules:
    - {id: route-all, priority: 10, when: {level.gte: public}, action: route, to: [all]}
"""


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def wait_http(url: str, timeout: float = 30.0) -> None:
    deadline = time.time() + timeout
    while time.time() < deadline:
        try:
            with urllib.request.urlopen(url, timeout=1):
                return
        except OSError:
            time.sleep(0.1)
    raise RuntimeError(f"{url} did not come up")


def cpu_seconds(pid: int) -> float:
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def rss_mib(pid: int) -> float:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return 0.0


def body_of(size: int, stream: bool) -> bytes:
    text = (PROSE * (size // len(PROSE) + 1))[: size - 120]
    payload = {"model": "bench", "messages": [{"role": "user", "content": text}]}
    if stream:
        payload["stream"] = True
    return orjson.dumps(payload)


def pct(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(q * len(ordered)))]


def start_upstream() -> tuple[subprocess.Popen[bytes], int]:
    """The fast upstream (and stand-in OTLP receiver) in its own process."""
    port = free_port()
    upstream = subprocess.Popen([sys.executable, str(HERE / "_upstream.py"), str(port)])
    wait_port(port)
    return upstream, port


def wait_port(port: int, timeout: float = 30.0) -> None:
    deadline = time.time() + timeout
    while time.time() < deadline:
        with socket.socket() as s:
            if s.connect_ex(("127.0.0.1", port)) == 0:
                return
        time.sleep(0.05)
    raise RuntimeError(f"port {port} did not open")


def pin_layout(enabled: bool) -> set[int] | None:
    """With ``--pin``: this process (the load generator) and everything it starts from now on
    runs on the first CPU, and the CPUs returned are the proxy's own, as in a deployment where the
    proxy does not share its cores with its clients and backends. None when not pinning."""
    cpus = sorted(os.sched_getaffinity(0))
    if not enabled or len(cpus) < 2:
        return None
    os.sched_setaffinity(0, {cpus[0]})
    return set(cpus[1:])


def _on_cpus(cpus: set[int] | None) -> Callable[[], None] | None:
    return None if cpus is None else (lambda: os.sched_setaffinity(0, cpus))


def start_proxy(
    tmp: Path,
    up_port: int,
    *,
    audit: bool = True,
    env_extra: dict[str, str] | None = None,
    cpus: set[int] | None = None,
) -> tuple[subprocess.Popen[bytes], int]:
    """``sovproxy serve`` in front of the upstream, with every stage (audit optional)."""
    proxy_port = free_port()
    (tmp / "policy.yaml").write_text(POLICY)
    (tmp / "sovproxy.yaml").write_text(
        f"""listen: {{host: 127.0.0.1, port: {proxy_port}}}
auth: none
backends:
  upstream:
    protocol: openai
    base_url: http://127.0.0.1:{up_port}/v1
    models: [bench]
    hops: [{{role: hosting, operator: self, operator_hq: DE, location: DE}}]
policy: policy.yaml
audit: {{path: {"audit.jsonl" if audit else "null"}}}
"""
    )
    env = {k: v for k, v in os.environ.items() if not k.startswith("OTEL_")}
    env.update(env_extra or {})
    proxy = subprocess.Popen(
        [sys.executable, "-m", "proxy.cli", "serve", "--config", str(tmp / "sovproxy.yaml")],
        stdout=subprocess.DEVNULL,
        env=env,
        preexec_fn=_on_cpus(cpus),
    )
    wait_http(f"http://127.0.0.1:{proxy_port}/healthz")
    return proxy, proxy_port


def start_bare(up_port: int, cpus: set[int] | None = None) -> tuple[subprocess.Popen[bytes], int]:
    """The bare aiohttp pass-through (no stages), for comparison."""
    port = free_port()
    proc = subprocess.Popen(
        [sys.executable, str(HERE / "_bare_proxy.py"), str(port), str(up_port)],
        preexec_fn=_on_cpus(cpus),
    )
    wait_port(port)
    return proc, port


async def measure(
    args: argparse.Namespace, proxy_pid: int, up: int, px: int, label: str = "sovproxy"
) -> list[list[str]]:
    rows = []
    for size in (1024 * int(k) for k in args.sizes.split(",")):
        for stream in (mode == "stream" for mode in args.modes.split(",")):
            body = body_of(size, stream)
            await closed_loop(px, body, 4, 0.5)  # warm-up
            direct = await closed_loop(up, body, args.concurrency, args.seconds)
            cpu0 = cpu_seconds(proxy_pid)
            proxied = await closed_loop(px, body, args.concurrency, args.seconds)
            cpu_ms = (cpu_seconds(proxy_pid) - cpu0) * 1000 / max(1, len(proxied))
            key = (lambda r: r.first_s) if stream else (lambda r: r.total_s)
            added50, added99, errors = [], [], sum(r.status != 200 for r in proxied)
            for _ in range(args.rounds):  # alternate direct and proxied: drift hits both alike
                d = [key(r) * 1000 for r in await open_loop(up, body, args.rate, args.seconds)]
                lat_p = await open_loop(px, body, args.rate, args.seconds)
                p = [key(r) * 1000 for r in lat_p]
                errors += sum(r.status != 200 for r in lat_p)
                added50.append(statistics.median(p) - statistics.median(d))
                added99.append(pct(p, 0.99) - pct(d, 0.99))
            rows.append(
                [
                    label,
                    f"{size // 1024} KB",
                    "stream" if stream else "json",
                    f"{len(direct) / args.seconds:,.0f}",
                    f"{len(proxied) / args.seconds:,.0f}",
                    f"{cpu_ms:.3f}",
                    f"{statistics.median(added50):+.3f}",
                    f"{statistics.median(added99):+.3f}",
                    str(errors),
                ]
            )
    return rows


async def slow_streams(proxy_pid: int, px: int, n: int = 256) -> tuple[float, float, float]:
    before = rss_mib(proxy_pid)
    conns = [await Conn.open(px) for _ in range(n)]
    peak = before

    async def sample() -> None:
        nonlocal peak
        while True:
            peak = max(peak, rss_mib(proxy_pid))
            await asyncio.sleep(0.05)

    sampler = asyncio.ensure_future(sample())
    body = body_of(1024, True)
    results = await asyncio.gather(
        *(c.post("/v1/chat/completions", body, b"x-bench-pace-ms: 100\r\n") for c in conns)
    )
    sampler.cancel()
    for c in conns:
        c.close()
    bad = sum(r.status != 200 for r in results)
    if bad:
        print(f"slow streams: {bad} failed")
    return before, peak, rss_mib(proxy_pid)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--seconds", type=float, default=5.0)
    parser.add_argument("--rate", type=float, default=200.0)
    parser.add_argument("--concurrency", type=int, default=32)
    parser.add_argument("--bare", action="store_true", help="also measure a bare aiohttp relay")
    parser.add_argument("--rounds", type=int, default=3, help="latency rounds (median reported)")
    parser.add_argument("--sizes", default="1,16", help="message sizes in KB, comma-separated")
    parser.add_argument("--modes", default="json,stream", help="json, stream or both")
    parser.add_argument("--no-slow-streams", action="store_true", help="skip the RSS check")
    parser.add_argument("--pin", action="store_true", help="proxy on its own CPU (see pin_layout)")
    args = parser.parse_args()
    cpus = pin_layout(args.pin)
    with tempfile.TemporaryDirectory() as tmp:
        upstream, up = start_upstream()
        rows: list[list[str]] = []
        try:
            if args.bare:
                bare, bp = start_bare(up, cpus)
                try:
                    rows += uvloop.run(measure(args, bare.pid, up, bp, "bare aiohttp"))
                finally:
                    bare.terminate()
                    bare.wait()
            proxy, px = start_proxy(Path(tmp), up, cpus=cpus)
            try:
                rows += uvloop.run(measure(args, proxy.pid, up, px))
                if not args.no_slow_streams:
                    before, peak, after = uvloop.run(slow_streams(proxy.pid, px))
            finally:
                proxy.terminate()
                proxy.wait()
        finally:
            upstream.terminate()
            upstream.wait()
    head = [
        "proxy",
        "size",
        "mode",
        "direct req/s",
        "proxy req/s",
        "proxy CPU ms/req",
        f"added p50 ms@{args.rate:.0f}/s",
        "added p99 ms",
        "errors",
    ]
    widths = [max(len(h), *(len(r[i]) for r in rows)) for i, h in enumerate(head)]
    print("  ".join(h.rjust(w) for h, w in zip(head, widths, strict=True)))
    for row in rows:
        print("  ".join(c.rjust(w) for c, w in zip(row, widths, strict=True)))
    print("(stream rows: latency is time to first chunk)")
    if cpus is not None:
        print(f"(pinned: proxies on CPUs {sorted(cpus)}, load generator and upstream on the other)")
    if args.no_slow_streams:
        return
    print(
        f"256 concurrent slow streams (2 s each): proxy RSS {before:.1f} MiB before, "
        f"{peak:.1f} MiB peak, {after:.1f} MiB after"
    )


if __name__ == "__main__":
    main()
