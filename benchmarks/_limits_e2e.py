"""``benchmarks/limits.py --e2e N``: the limit check's cost as a client sees it, through the proxy.

Two keys on one proxy, one without limits and one under a key, a team and a tenant limit each of
rpm, tpm and concurrent (never reached), requests alternating between them so that load and
noise fall on both alike.
"""

from __future__ import annotations

import statistics
import tempfile
import time
from pathlib import Path
from typing import Any

import aiohttp
import orjson

from proxy.app import create_app
from proxy.demo.run import start_site
from proxy.demo.sim_openai import openai_app
from proxy.demo.simulator import Simulator
from proxy.settings import Settings
from proxy.telemetry.logging import configure_logging

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
PLAIN, LIMITED = "sk-bench-unlimited-0001", "sk-bench-limited-00001"
BODY = orjson.dumps(
    {"model": "gpt-test", "max_tokens": 64, "messages": [{"role": "user", "content": "Hello."}]}
)


def _settings(tmp: Path, up_port: int, full: dict[str, int]) -> Settings:
    (tmp / "policy.yaml").write_text(POLICY)
    hop = {"role": "hosting", "operator": "self", "operator_hq": "DE", "location": "DE"}
    backend = {
        "protocol": "openai",
        "base_url": f"http://127.0.0.1:{up_port}/v1",
        "models": ["gpt-test"],
        "hops": [hop],
    }
    keys = [
        {"key": PLAIN, "tenant": "acme"},
        {"key": LIMITED, "tenant": "acme", "team": "risk", "limits": full},
    ]
    tenants = {"acme": {"limits": full, "teams": {"risk": {"limits": full}}}}
    return Settings(
        backends={"upstream": backend},
        policy=tmp / "policy.yaml",
        config_dir=tmp,
        auth={"keys": keys, "tenants": tenants},
        audit={"path": None},
    )


async def _one(http: aiohttp.ClientSession, url: str, key: str) -> float:
    t0 = time.perf_counter()
    async with http.post(url, data=BODY, headers={"Authorization": f"Bearer {key}"}) as resp:
        await resp.read()
        assert resp.status == 200, resp.status
    return (time.perf_counter() - t0) * 1e6


def _pct(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(q * len(ordered)))]


async def run(n: int, full: dict[str, Any]) -> None:
    """Send ``n`` requests per key, alternating; print latency per key and the difference."""
    configure_logging("warning")
    runners = []
    with tempfile.TemporaryDirectory() as tmp:
        try:
            up_runner, up_port = await start_site(openai_app(Simulator("bench")), "127.0.0.1", 0)
            runners.append(up_runner)
            app = create_app(_settings(Path(tmp), up_port, full))
            runner, port = await start_site(app, "127.0.0.1", 0)
            runners.append(runner)
            url = f"http://127.0.0.1:{port}/v1/chat/completions"
            times: dict[str, list[float]] = {PLAIN: [], LIMITED: []}
            async with aiohttp.ClientSession() as http:
                for i in range(n + 200):  # the first 200 pairs warm up
                    order = (PLAIN, LIMITED) if i % 2 else (LIMITED, PLAIN)
                    for key in order:
                        took = await _one(http, url, key)
                        if i >= 200:
                            times[key].append(took)
        finally:
            for r in reversed(runners):
                await r.cleanup()
    print(f"\nthrough the proxy, {n} requests per key, alternating:")
    for name, key in (("no limits", PLAIN), ("9 limits", LIMITED)):
        p50, p99 = _pct(times[key], 0.5), _pct(times[key], 0.99)
        print(f"  {name:<10} p50 {p50:8.1f} us   p99 {p99:8.1f} us")
    diff = statistics.median(times[LIMITED]) - statistics.median(times[PLAIN])
    print(f"  added by the limit check (difference of medians): {diff:+.1f} us")
