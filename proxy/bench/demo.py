"""``sovproxy bench --demo``: the demo's three simulated backends (and its proxy), on 127.0.0.1.

The simulators are SIMULATORS, not models: each is given a time to first token and a token rate
so the figures show the method (and that the bench recovers what was configured), nothing about
real providers.
"""

from __future__ import annotations

import contextlib
import sys
import tempfile
from collections.abc import AsyncIterator
from dataclasses import dataclass
from pathlib import Path

import structlog
from aiohttp import web

from proxy.backends.catalog import backend_info
from proxy.backends.model import BackendInfo, BackendSpec
from proxy.demo.run import DEMO_BACKENDS, DEMO_POLICY, REPO_DIR, demo_backends, start_site
from proxy.demo.sim_openai import openai_app
from proxy.demo.simulator import Simulator
from proxy.settings import AuditSettings, Settings
from proxy.telemetry.logging import configure_logging

#: Simulated timing per demo backend: (time to first token in seconds, output tokens per second).
DEMO_TIMING: dict[str, tuple[float, float]] = {
    "onprem-llm": (0.080, 150.0),
    "eu-cloud": (0.050, 200.0),
    "us-hyperscaler": (0.030, 300.0),
}


@dataclass(frozen=True, slots=True)
class DemoSite:
    """The running demo: backend specs and infos, and the proxy's URL when it was started."""

    specs: dict[str, BackendSpec]
    infos: dict[str, BackendInfo]
    proxy_url: str | None


@contextlib.asynccontextmanager
async def demo_site(with_proxy: bool) -> AsyncIterator[DemoSite]:
    """Start the simulators (and the demo proxy in front of them); stop them on exit."""
    runners: list[web.AppRunner] = []
    ports: dict[str, int] = {}
    scratch = tempfile.TemporaryDirectory(prefix="sovproxy-bench-")
    logging_before = structlog.get_config()
    configure_logging("error", stream=sys.stderr.buffer)  # no line per request amid the table
    try:
        for name, (label, model, *_rest) in DEMO_BACKENDS.items():
            ttft, rate = DEMO_TIMING[name]
            sim = Simulator(label, models=(model, "chat"), ttft_s=ttft, tokens_per_s=rate)
            runner, ports[name] = await start_site(openai_app(sim), "127.0.0.1", 0)
            runners.append(runner)
        settings = _settings(ports, Path(scratch.name))
        specs = {n: BackendSpec.model_validate(s) for n, s in demo_backends(ports).items()}
        self_hop = settings.self_hop.hop()
        infos = {
            n: backend_info(n, s, self_hop, settings.trusted_jurisdictions)
            for n, s in specs.items()
        }
        url = None
        if with_proxy:
            from proxy.app import create_app

            runner, port = await start_site(create_app(settings), "127.0.0.1", 0)
            runners.append(runner)
            url = f"http://127.0.0.1:{port}"
        yield DemoSite(specs, infos, url)
    finally:
        for runner in reversed(runners):
            await runner.cleanup()
        scratch.cleanup()
        structlog.configure(**logging_before)


def _settings(ports: dict[str, int], scratch: Path) -> Settings:
    return Settings(
        backends=demo_backends(ports),
        policy=DEMO_POLICY,
        audit=AuditSettings(path=scratch / "audit.jsonl"),
        config_dir=REPO_DIR / "config",
    )
