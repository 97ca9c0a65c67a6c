"""A real stack for tests: simulated upstreams and the proxy, all on 127.0.0.1."""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from aiohttp import web

from proxy.app import SERVICES, create_app
from proxy.demo.run import start_site
from proxy.demo.sim_openai import openai_app
from proxy.demo.simulator import Simulator
from proxy.runtime import Services
from proxy.settings import Settings

FIXTURES = Path(__file__).parent / "fixtures"
OPEN_POLICY = FIXTURES / "open.yaml"


@dataclass
class Upstream:
    """One simulated backend and how it is configured."""

    sim: Simulator
    protocol: str = "openai"
    models: tuple[str, ...] = ("gpt-test", "emb-test")
    hops: tuple[dict[str, str], ...] = (
        {"role": "hosting", "operator": "self", "operator_hq": "DE", "location": "DE"},
    )
    extra: dict[str, Any] = field(default_factory=dict)
    port: int = 0


@dataclass
class Stack:
    """A running proxy in front of simulated upstreams."""

    url: str
    upstreams: dict[str, Upstream]
    app: web.Application
    audit_path: Path

    @property
    def base_url(self) -> str:
        """The OpenAI-style base URL (``.../v1``)."""
        return f"{self.url}/v1"

    def sim(self, name: str) -> Simulator:
        """The simulator behind backend ``name``."""
        return self.upstreams[name].sim

    @property
    def services(self) -> Services:
        """The proxy's assembled services."""
        return self.app[SERVICES]


def _app_for(up: Upstream) -> web.Application:
    if up.protocol == "anthropic":
        from proxy.demo.sim_anthropic import anthropic_app

        return anthropic_app(up.sim)
    return openai_app(up.sim)


@asynccontextmanager
async def running_stack(
    tmp_path: Path,
    upstreams: dict[str, Upstream],
    *,
    policy: Path = OPEN_POLICY,
    overrides: dict[str, Any] | None = None,
    **settings: Any,
) -> AsyncIterator[Stack]:
    """Start every upstream and the proxy; stop them all afterwards."""
    runners: list[web.AppRunner] = []
    try:
        for up in upstreams.values():
            runner, up.port = await start_site(_app_for(up), "127.0.0.1", 0)
            runners.append(runner)
        backends = {
            name: {
                "protocol": up.protocol,
                "base_url": f"http://127.0.0.1:{up.port}/v1",
                "models": list(up.models),
                "hops": list(up.hops),
                **up.extra,
            }
            for name, up in upstreams.items()
        }
        audit = tmp_path / "audit.jsonl"
        settings.setdefault("audit", {"path": audit})
        config = Settings(backends=backends, policy=policy, config_dir=tmp_path, **settings)
        app = create_app(config, **(overrides or {}))
        runner, port = await start_site(app, "127.0.0.1", 0)
        runners.append(runner)
        yield Stack(f"http://127.0.0.1:{port}", upstreams, app, audit)
    finally:
        for r in reversed(runners):
            await r.cleanup()


def closed_port() -> int:
    """A port on 127.0.0.1 that nothing listens on."""
    import socket

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


DEMO_POLICY = Path(__file__).resolve().parents[1] / "policies" / "default.yaml"


def demo_upstreams() -> dict[str, Upstream]:
    """The demo's three tiers as simulated OpenAI-compatible backends, each serving ``chat``."""
    from proxy.demo.run import DEMO_BACKENDS

    out = {}
    for name, (label, model, operator, hq, location) in DEMO_BACKENDS.items():
        hop = {"role": "hosting", "operator": operator, "operator_hq": hq, "location": location}
        out[name] = Upstream(
            Simulator(label),
            models=(model,),
            hops=(hop,),
            extra={"aliases": {"chat": model}, "max_retries": 0},
        )
    return out
