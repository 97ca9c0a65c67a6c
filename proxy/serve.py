"""``sovproxy serve``: run the app on uvloop; several workers share the port with SO_REUSEPORT."""

from __future__ import annotations

import asyncio
import gc
import multiprocessing
from typing import Any

from aiohttp import web

from proxy.app import create_app
from proxy.settings import Settings
from proxy.telemetry.logging import configure_logging, get_logger


def _run(settings: Settings, host: str, port: int, reuse_port: bool) -> None:
    configure_logging(settings.telemetry.log_level)
    try:
        import uvloop

        loop_factory: Any = uvloop.new_event_loop
    except ImportError:  # pragma: no cover - uvloop is a dependency on POSIX
        loop_factory = asyncio.new_event_loop
    loop = loop_factory()
    asyncio.set_event_loop(loop)
    get_logger().info("proxy_starting", host=host, port=port)
    app = create_app(settings)
    app.on_startup.append(_freeze_startup_heap)
    web.run_app(
        app,
        host=host,
        port=port,
        reuse_port=reuse_port or None,
        access_log=None,
        handler_cancellation=True,
        print=None,
        loop=loop,
    )


async def _freeze_startup_heap(_: web.Application) -> None:
    """Move what start-up built (modules, compiled policy, classifier tables) out of the garbage
    collector's reach: it lives as long as the process, and a full collection that walks it again
    and again stalls the event loop for tens of milliseconds each time."""
    gc.collect()
    gc.freeze()


def worker_settings(settings: Settings, index: int) -> Settings:
    """Worker ``index``'s settings: its own audit file (one writer per hash chain)."""
    path = settings.audit.path
    if path is None:
        return settings
    audit = settings.audit.model_copy(
        update={"path": path.with_name(f"{path.stem}-w{index}{path.suffix}")}
    )
    return settings.model_copy(update={"audit": audit})


def serve(settings: Settings, *, host: str | None, port: int | None, workers: int) -> int:
    """Serve until SIGINT/SIGTERM; ``workers > 1`` forks that many processes on one port."""
    host = host or settings.listen.host
    port = settings.listen.port if port is None else port
    if workers <= 1:
        _run(settings, host, port, False)
        return 0
    ctx = multiprocessing.get_context("spawn")
    procs = [
        ctx.Process(target=_run, args=(worker_settings(settings, i), host, port, True))
        for i in range(workers)
    ]
    for proc in procs:
        proc.start()
    try:
        for proc in procs:
            proc.join()
    except KeyboardInterrupt:
        for proc in procs:
            if proc.pid is not None:
                proc.kill() if not proc.is_alive() else proc.terminate()
        for proc in procs:
            proc.join()
    return 0
