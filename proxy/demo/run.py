"""``sovproxy demo``: three simulated backends and the proxy in front of them, on 127.0.0.1.

The three backends are SIMULATORS standing in for the three tiers a European organisation has: a
self-hosted server, an EU-only cloud and a US hyperscaler's EU region. No keys, no outside network.
"""

from __future__ import annotations

import asyncio
import signal
import tempfile
from collections.abc import Awaitable, Callable
from pathlib import Path
from typing import Any

from aiohttp import web
from pydantic import SecretStr

from proxy.app import create_app
from proxy.demo.sim_openai import openai_app
from proxy.demo.simulator import Simulator
from proxy.settings import AuditSettings, RedactionSettings, Settings, Telemetry
from proxy.telemetry.logging import configure_logging


def _project_dir() -> Path:
    """The checkout (editable install), else the working directory (an image with the repo)."""
    checkout = Path(__file__).resolve().parents[2]
    return checkout if (checkout / "policies").is_dir() else Path.cwd()


REPO_DIR = _project_dir()
DEMO_POLICY = REPO_DIR / "policies" / "default.yaml"

#: name → (label, concrete model, operator, operator_hq, location)
DEMO_BACKENDS: dict[str, tuple[str, str, str, str, str]] = {
    "onprem-llm": ("self-hosted", "llama-3.3-70b-instruct", "self", "DE", "DE"),
    "eu-cloud": ("EU-only cloud", "mistral-large-latest", "Simulated EU Cloud SAS", "FR", "FR"),
    "us-hyperscaler": (
        "US hyperscaler (EU region)",
        "gpt-4o",
        "Simulated Hyperscaler Inc.",
        "US",
        "IE",
    ),
}


async def start_site(app: web.Application, host: str, port: int) -> tuple[web.AppRunner, int]:
    """Serve ``app`` on ``host:port`` (0 picks a free port); return the runner and the port."""
    runner = web.AppRunner(app, access_log=None, handler_cancellation=True)
    await runner.setup()
    site = web.TCPSite(runner, host, port)
    await site.start()
    return runner, int(runner.addresses[-1][1])


def demo_backends(ports: dict[str, int]) -> dict[str, Any]:
    """Inline backend config for the simulators on their ports."""
    out: dict[str, Any] = {}
    for name, (label, model, operator, hq, location) in DEMO_BACKENDS.items():
        out[name] = {
            "protocol": "openai",
            "base_url": f"http://127.0.0.1:{ports[name]}/v1",
            "models": [model],
            "aliases": {"chat": model},
            "description": f"SIMULATOR of a {label} backend",
            "hops": [
                {"role": "hosting", "operator": operator, "operator_hq": hq, "location": location}
            ],
            "max_retries": 0,
        }
    return out


#: The demo's pseudonym key when ``redaction.key`` is not configured (SOVPROXY_REDACTION__KEY):
#: fixed, so the demo shows the same pseudonyms on every run. Never use it in a deployment.
DEMO_REDACTION_KEY = "sovproxy-demo-redaction-key-not-secret"


def demo_settings(settings: Settings) -> Settings:
    """``settings`` with the demo's fixed redaction key, unless one is configured."""
    if settings.redaction.key is not None:
        return settings
    redaction = RedactionSettings(key=SecretStr(DEMO_REDACTION_KEY))
    return settings.model_copy(update={"redaction": redaction})


def _say(text: str) -> None:
    print(text, flush=True)


async def run_demo(
    port: int,
    pace_s: float,
    once: bool,
    out: Callable[[str], None] = _say,
    *,
    traces: bool = False,
) -> None:
    """Start simulators and proxy, print how to use them, serve until Ctrl-C (or once)."""
    runners: list[web.AppRunner] = []
    ports: dict[str, int] = {}
    sims: dict[str, Simulator] = {}
    for name, (label, model, *_rest) in DEMO_BACKENDS.items():
        sims[name] = Simulator(label, pace_s=pace_s, models=(model, "chat"))
        runner, ports[name] = await start_site(openai_app(sims[name]), "127.0.0.1", 0)
        runners.append(runner)
    audit = Path(tempfile.mkdtemp(prefix="sovproxy-demo-")) / "audit.jsonl"
    settings = demo_settings(
        Settings(
            backends=demo_backends(ports),
            policy=DEMO_POLICY,
            audit=AuditSettings(path=audit),
            config_dir=REPO_DIR / "config",
            telemetry=Telemetry(console_traces=traces),
        )
    )
    runner, proxy_port = await start_site(create_app(settings), "127.0.0.1", port)
    runners.append(runner)
    try:
        out(banner(proxy_port, ports, audit))
        from proxy.demo.tour import tour

        await tour(f"http://127.0.0.1:{proxy_port}", out, sims)
        if not once:
            await _wait_for_signal()
    finally:
        for r in reversed(runners):
            await r.cleanup()
        out("sovproxy demo stopped.")


def banner(proxy_port: int, ports: dict[str, int], audit: Path) -> str:
    """How to point an SDK and curl at the demo."""
    lines = [
        f"sovproxy demo: proxy on http://127.0.0.1:{proxy_port}  (Ctrl-C stops everything)",
        "",
    ]
    lines.append("Simulated backends (SIMULATORS, not models):")
    for name, (label, model, operator, hq, location) in DEMO_BACKENDS.items():
        lines.append(
            f"  {name:15} {label:28} model={model:24} operator={operator}"
            f" (HQ {hq}, runs in {location})  127.0.0.1:{ports[name]}"
        )
    base = f"http://127.0.0.1:{proxy_port}/v1"
    lines += [
        "",
        "Point the openai SDK at it (any API key works: auth is off in the demo):",
        f'  client = openai.OpenAI(base_url="{base}", api_key="demo")',
        '  client.chat.completions.create(model="chat",'
        ' messages=[{"role": "user", "content": "Hi"}])',
        "Or curl (see the x-sovproxy-* headers for the decision):",
        f"  curl -si {base}/chat/completions -H 'Content-Type: application/json' \\",
        """    -d '{"model": "chat", "messages": [{"role": "user", "content": "My IBAN is """
        """DE58 4306 0967 7000 3124 58"}]}'""",
        f"Audit log: {audit}   (sovproxy audit verify {audit})",
        "",
    ]
    return "\n".join(lines)


async def _wait_for_signal() -> None:
    stop = asyncio.Event()
    loop = asyncio.get_running_loop()
    for sig in (signal.SIGINT, signal.SIGTERM):
        loop.add_signal_handler(sig, stop.set)
    try:
        await stop.wait()
    finally:
        for sig in (signal.SIGINT, signal.SIGTERM):
            loop.remove_signal_handler(sig)


def main(port: int, pace_s: float, once: bool, *, traces: bool = False) -> int:
    """Entry point for the CLI."""
    configure_logging("info")
    runner: Callable[[Awaitable[None]], None] = _runner()
    runner(run_demo(port, pace_s, once, traces=traces))
    return 0


def _runner() -> Callable[[Awaitable[None]], None]:
    try:
        import uvloop

        return lambda coro: uvloop.run(coro)  # type: ignore[arg-type]
    except ImportError:  # pragma: no cover - uvloop is a dependency on POSIX
        return lambda coro: asyncio.run(coro)  # type: ignore[arg-type]
