"""A bounded soak: mixed traffic through ``sovproxy serve`` against misbehaving 127.0.0.1 upstreams.

``python benchmarks/soak.py [--seconds 300] [--concurrency 8] [--seed 1]``

Two upstreams (``primary``, ``secondary``; ``benchmarks/_faulty_upstream.py``) and the proxy run as
their own processes. Each request says how each upstream treats it, so the generator knows which
requests a correct proxy can answer:

- ``healthy`` (45 %): primary only, always answers;
- ``flaky`` (40 %): both upstreams; each answers with probability 0.75, else 429 (retry-after 1),
  500, 502, 503, 529, a reset before the answer, or a stall past the first-byte timeout.
  Answerable when at least one of the two would answer;
- ``always-429`` / ``always-500`` (7.5 % each): primary only, never answerable; the client must get
  the upstream's status in a well-formed error (a 429 with ``retry-after``).

From 40 % to 60 % of the run primary has an outage for ``flaky``: 503 to every such request.

A quarter of the requests stream; half carry ``x-stainless-retry-count: 0`` like the official SDKs.
Prints the share of answerable requests answered (target ≥ 99.5 %), the failure kinds, how the
unanswerable ones were refused, and the proxy's RSS over time.
"""

from __future__ import annotations

import argparse
import asyncio
import random
import subprocess
import sys
import tempfile
import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

import aiohttp
import orjson
from overhead import free_port, rss_mib, wait_http, wait_port

HERE = Path(__file__).resolve().parent
FAULTS = ("429", "500", "502", "503", "529", "reset", "stall")
P_OK = 0.75

POLICY = """apiVersion: sovproxy.dev/v1
kind: RoutingPolicy
metadata: {name: soak, version: "1", owner: bench@example.org}
spec:
  default: deny
  pools: {all: {names: [primary, secondary]}}
  allowed_pools: {public: [all], internal: [all], confidential: [all], restricted: [all]}
  rules:
    - {id: route-all, priority: 10, when: {level.gte: public}, action: route, to: [all]}
"""

BACKEND = """  {name}:
    protocol: openai
    base_url: http://127.0.0.1:{port}/v1
    models: [{models}]
    timeouts: {{connect: 1, first_byte: 1, idle: 5, total: 30}}
    hops: [{{role: hosting, operator: self, operator_hq: DE, location: DE}}]
"""


@dataclass
class Tally:
    """What the clients saw."""

    answerable: int = 0
    answered: int = 0
    failures: Counter[str] = field(default_factory=Counter)
    refusals: Counter[str] = field(default_factory=Counter)
    latencies: list[float] = field(default_factory=list)


@dataclass(frozen=True)
class Job:
    """One request to send and what a correct proxy would do with it."""

    body: bytes
    stream: bool
    sdk: bool
    answerable: bool
    expect_status: int | None  # for unanswerable requests with a fixed upstream status


def make_job(rng: random.Random, outage: bool = False) -> Job:
    """Draw one request from the mix (in an ``outage`` primary answers 503 to flaky ones)."""
    roll, stream, sdk = rng.random(), rng.random() < 0.25, rng.random() < 0.5
    body: dict[str, object] = {"messages": [{"role": "user", "content": "Summarise the memo."}]}
    if stream:
        body["stream"] = True
    if roll < 0.45:
        body["model"] = "healthy"
        return Job(orjson.dumps(body), stream, sdk, True, None)
    if roll < 0.85:
        plan = {name: "ok" if rng.random() < P_OK else rng.choice(FAULTS) for name in ("a", "b")}
        if outage:
            plan["a"] = "503"
        body["model"] = "flaky"
        body["user"] = f"soak:primary={plan['a']},secondary={plan['b']}"
        return Job(orjson.dumps(body), stream, sdk, "ok" in plan.values(), None)
    status = 429 if roll < 0.925 else 500
    body["model"] = f"always-{status}"
    return Job(orjson.dumps(body), stream, sdk, False, status)


def well_formed(job: Job, status: int, data: bytes) -> bool:
    """A complete answer: JSON with choices, or an event stream ending with [DONE]."""
    if status != 200:
        return False
    if job.stream:
        return data.rstrip().endswith(b"data: [DONE]")
    try:
        return bool(orjson.loads(data).get("choices"))
    except (orjson.JSONDecodeError, AttributeError):
        return False


def error_kind(status: int, data: bytes) -> str:
    """``<status> <code>`` of an error answer, or ``<status> malformed`` if it is not one."""
    try:
        error = orjson.loads(data)["error"]
        return f"{status} {error.get('code') or error.get('type')}"
    except (orjson.JSONDecodeError, KeyError, TypeError, AttributeError):
        return f"{status} malformed"


async def send(session: aiohttp.ClientSession, url: str, job: Job, tally: Tally) -> None:
    """Send one job and tally what came back."""
    headers = {"Content-Type": "application/json"}
    if job.sdk:
        headers["x-stainless-retry-count"] = "0"
    started = time.monotonic()
    try:
        async with session.post(url, data=job.body, headers=headers) as response:
            data = await response.read()
            status, retry_after = response.status, response.headers.get("retry-after")
    except (aiohttp.ClientError, TimeoutError) as exc:
        status, data, retry_after = 0, type(exc).__name__.encode(), None
    tally.latencies.append(time.monotonic() - started)
    ok = well_formed(job, status, data)
    if job.answerable:
        tally.answerable += 1
        tally.answered += ok
        if not ok:
            tally.failures[error_kind(status, data) if status else data.decode()] += 1
        return
    kind = error_kind(status, data)
    if status == 429 and retry_after is None:
        kind += " without retry-after"
    tally.refusals[f"{kind} (expected {job.expect_status})"] += 1


async def drive(url: str, args: argparse.Namespace, proxy_pid: int) -> tuple[Tally, list[str]]:
    """Closed-loop load for ``args.seconds``; RSS sampled every tenth of the run."""
    tally, rss, rng = Tally(), [], random.Random(args.seed)
    begin = time.monotonic()
    stop = begin + args.seconds
    outage = (begin + 0.4 * args.seconds, begin + 0.6 * args.seconds)
    timeout = aiohttp.ClientTimeout(total=60)

    async def worker(session: aiohttp.ClientSession) -> None:
        while (now := time.monotonic()) < stop:
            job = make_job(rng, outage[0] <= now < outage[1])
            await send(session, url, job, tally)

    async def sample() -> None:
        start = time.monotonic()
        while time.monotonic() < stop:
            rss.append(f"{time.monotonic() - start:5.0f} s {rss_mib(proxy_pid):6.1f} MiB")
            await asyncio.sleep(max(1.0, args.seconds / 10))

    connector = aiohttp.TCPConnector(limit=args.concurrency)
    async with aiohttp.ClientSession(connector=connector, timeout=timeout) as session:
        sampler = asyncio.ensure_future(sample())
        await asyncio.gather(*(worker(session) for _ in range(args.concurrency)))
        await sampler
    rss.append(f"  end {rss_mib(proxy_pid):6.1f} MiB")
    return tally, rss


def start(tmp: Path, routing: str) -> tuple[list[subprocess.Popen[bytes]], int]:
    """Both upstreams and the proxy."""
    procs, ports = [], {}
    for name in ("primary", "secondary"):
        ports[name] = free_port()
        script = str(HERE / "_faulty_upstream.py")
        command = [sys.executable, script, str(ports[name]), name]
        procs.append(subprocess.Popen(command, stderr=subprocess.DEVNULL))
        wait_port(ports[name])
    models = {"primary": "healthy, flaky, always-429, always-500", "secondary": "flaky"}
    backends = "".join(
        BACKEND.format(name=name, port=ports[name], models=models[name]) for name in ports
    )
    port = free_port()
    (tmp / "policy.yaml").write_text(POLICY)
    (tmp / "sovproxy.yaml").write_text(
        f"listen: {{host: 127.0.0.1, port: {port}}}\nauth: none\nbackends:\n{backends}"
        f"policy: policy.yaml\naudit: {{path: audit.jsonl}}\nrouting: {routing}\n"
    )
    command = [sys.executable, "-m", "proxy.cli", "serve", "--config", str(tmp / "sovproxy.yaml")]
    with (tmp / "proxy.log").open("wb") as log:
        procs.append(subprocess.Popen(command, stdout=log, stderr=subprocess.STDOUT))
    wait_http(f"http://127.0.0.1:{port}/healthz")
    return procs, port


def log_lines(path: Path) -> str:
    """How many lines the proxy logged, and how many of them were not JSON."""
    lines = path.read_bytes().splitlines()
    raw = sum(1 for line in lines if not line.startswith(b"{"))
    return f"proxy log: {len(lines)} lines, {raw} not JSON"


def report(tally: Tally, rss: list[str], seconds: float) -> None:
    """Print the figures."""
    total = tally.answerable + sum(tally.refusals.values())
    share = 100.0 * tally.answered / max(1, tally.answerable)
    ordered = sorted(tally.latencies)
    p50, p99 = (ordered[int(q * (len(ordered) - 1))] if ordered else 0.0 for q in (0.5, 0.99))
    rate = total / seconds
    print(
        f"{total} requests in {seconds:.0f} s ({rate:.1f}/s), latency p50 {p50 * 1000:.0f} ms",
        end="",
    )
    print(f", p99 {p99 * 1000:.0f} ms")
    print(f"answerable: {tally.answered} of {tally.answerable} answered ({share:.2f} %)")
    for kind, count in tally.failures.most_common():
        print(f"  failed: {count:6d}  {kind}")
    print("not answerable, refused as:")
    for kind, count in tally.refusals.most_common():
        print(f"  {count:6d}  {kind}")
    print("proxy RSS:")
    for line in rss:
        print(f"  {line}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--seconds", type=float, default=300.0)
    parser.add_argument("--concurrency", type=int, default=8)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--routing", default="{deadline_s: 10}", help="the routing: settings")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        procs, port = start(Path(tmp), args.routing)
        try:
            url = f"http://127.0.0.1:{port}/v1/chat/completions"
            tally, rss = asyncio.run(drive(url, args, procs[-1].pid))
        finally:
            for proc in reversed(procs):
                proc.terminate()
                proc.wait(timeout=10)
        logged = log_lines(Path(tmp) / "proxy.log")
    report(tally, rss, args.seconds)
    print(logged)


if __name__ == "__main__":
    main()
