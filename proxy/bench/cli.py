"""``sovproxy bench``: run the latency benchmark on this deployment's or the demo's backends."""

from __future__ import annotations

import argparse
import asyncio
import os

from proxy.bench.runner import bench, render


async def _run_config(args: argparse.Namespace) -> str:
    from proxy.backends.upstream import build_backends, make_session
    from proxy.commands import UserError
    from proxy.runtime import load_infos
    from proxy.settings import load_settings
    from proxy.yamlio import ConfigFileError

    try:
        settings = load_settings(args.config)
        specs, infos = load_infos(settings, os.environ)
    except ConfigFileError as exc:
        raise UserError(f"invalid configuration: {exc}") from None
    async with make_session() as session:
        backends = build_backends(specs, infos, session)
        figures = await bench(
            backends, requests=args.requests, concurrency=args.concurrency, model=args.model
        )
    return render(figures)


async def _run_demo(args: argparse.Namespace) -> str:
    from proxy.backends.catalog import backend_info
    from proxy.backends.model import BackendSpec
    from proxy.backends.upstream import build_backends, make_session
    from proxy.demo.run import DEMO_BACKENDS, demo_backends, start_site
    from proxy.demo.sim_openai import openai_app
    from proxy.demo.simulator import Simulator
    from proxy.settings import Settings

    runners, ports = [], {}
    for name, (label, model, *_rest) in DEMO_BACKENDS.items():
        sim = Simulator(label, pace_s=0.01, models=(model,))
        runner, ports[name] = await start_site(openai_app(sim), "127.0.0.1", 0)
        runners.append(runner)
    settings = Settings()
    specs = {n: BackendSpec.model_validate(s) for n, s in demo_backends(ports).items()}
    infos = {
        n: backend_info(n, s, settings.self_hop.hop(), settings.trusted_jurisdictions)
        for n, s in specs.items()
    }
    try:
        async with make_session() as session:
            figures = await bench(
                build_backends(specs, infos, session),
                requests=args.requests,
                concurrency=args.concurrency,
                model=args.model or "chat",
            )
    finally:
        for runner in runners:
            await runner.cleanup()
    return (
        "Demo backends are SIMULATORS: the figures show the method, not real providers.\n"
        + render(figures)
    )


def run(args: argparse.Namespace) -> int:
    """Print the latency table."""
    print(asyncio.run(_run_demo(args) if args.demo else _run_config(args)))
    return 0
