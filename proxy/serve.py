"""``sovproxy serve``: run the app on uvloop; several workers share the port with SO_REUSEPORT.

With ``workers > 1`` this process becomes a supervisor (:mod:`proxy.supervisor`) of that many
worker processes. A worker that cannot start (port in use, a missing variable, an invalid policy)
exits with :data:`EXIT_CANNOT_START` after handing its one-line reason to the supervisor.
SIGTERM or SIGINT starts a graceful drain (:class:`Drain`): ``/readyz`` turns 503, the port
closes after ``--drain-delay``, requests in flight get ``--grace`` to finish, exit code 0.
SIGHUP reloads the policy and the keys file at once (``Services.reload``: the same one-snapshot
reload as their polls); one that arrives while the process starts is ignored (the start reads
every file anyway) instead of ending the process.
"""

from __future__ import annotations

import asyncio
import contextlib
import errno
import gc
import logging
import os
import signal
from dataclasses import dataclass
from typing import Any

from aiohttp import web

from proxy.app import DRAINING, SERVICES, create_app
from proxy.policy.loader import PolicyError
from proxy.settings import Settings
from proxy.telemetry.log_bridge import AccessLogger
from proxy.telemetry.logging import configure_logging, get_logger
from proxy.yamlio import ConfigFileError

#: A worker's exit code when it could not start: not restarted, the supervisor gives up.
EXIT_CANNOT_START = 2


class StartError(Exception):
    """The proxy cannot start; the message is one line (or one line per problem) for the user."""


@dataclass(frozen=True)
class Drain:
    """How the proxy stops on SIGTERM or SIGINT.

    At the signal ``/readyz`` answers 503 at once, so a load balancer that polls it stops sending
    new requests; the port keeps accepting for ``delay_s`` (the time the balancer needs to notice),
    then closes; requests and streams in flight get ``grace_s`` more to finish, then whatever is
    left is cut and the process exits 0. A second signal skips what is left of ``delay_s``.
    An orchestrator's kill timeout must exceed ``delay_s + grace_s``.
    """

    delay_s: float = 0.0
    grace_s: float = 60.0


def _run(
    settings: Settings, host: str, port: int, reuse_port: bool, drain: Drain = Drain()
) -> None:
    configure_logging(settings.telemetry.log_level)
    try:
        import uvloop

        loop_factory: Any = uvloop.new_event_loop
    except ImportError:  # pragma: no cover - uvloop is a dependency on POSIX
        loop_factory = asyncio.new_event_loop
    hangup = signal.signal(signal.SIGHUP, signal.SIG_IGN)  # until the reload handler is set
    get_logger().info("proxy_starting", host=host, port=port)
    app = create_app(settings)
    app.on_startup.append(_freeze_startup_heap)
    app.on_startup.append(_reload_on_hangup)
    app.on_startup.append(_started)
    drained = False
    try:
        with asyncio.Runner(loop_factory=loop_factory) as runner:
            runner.run(_serve(app, host, port, reuse_port, drain))
        drained = True
    except (ConfigFileError, PolicyError) as exc:
        raise StartError(str(exc)) from None
    except OSError as exc:
        raise StartError(_listen_error(host, port, exc)) from None
    finally:
        if not drained:
            signal.signal(signal.SIGHUP, hangup)
    get_logger().info("proxy_stopped", host=host, port=port)


async def _serve(
    app: web.Application, host: str, port: int, reuse_port: bool, drain: Drain
) -> None:
    """Listen until a stop signal, then drain (see :class:`Drain`)."""
    stop = _stop_signals()
    runner = web.AppRunner(
        app,
        access_log=logging.getLogger("aiohttp.access"),
        access_log_class=AccessLogger,
        handler_cancellation=True,
        shutdown_timeout=drain.grace_s,
    )
    await runner.setup()
    stopped = False
    try:
        await web.TCPSite(runner, host, port, reuse_port=reuse_port or None).start()
        signum = await stop.get()
        stopped = True
        app[DRAINING].set()
        get_logger().info(
            "proxy_draining",
            signal=signal.Signals(signum).name,
            delay_s=drain.delay_s,
            grace_s=drain.grace_s,
        )
        with contextlib.suppress(TimeoutError):
            await asyncio.wait_for(stop.get(), drain.delay_s)
        get_logger().info("proxy_closing_port", host=host, port=port)
    finally:
        await runner.cleanup()
        if stopped:  # before the loop closes and puts back the default actions
            loop = asyncio.get_running_loop()
            for sig in _AFTER_DRAIN:
                loop.remove_signal_handler(sig)
            ignore_stop_signals()


#: Signals that would end the process once the drain is over (SIGHUP's default action too).
_AFTER_DRAIN = (signal.SIGTERM, signal.SIGINT, signal.SIGHUP)


def ignore_stop_signals() -> None:
    """Once the drain is over, a stop or reload signal has nothing left to act on. Ignored, a
    repeated SIGTERM cannot end the process by the signal (exit -15 after a clean drain), a
    second Ctrl-C cannot print a traceback, and a late SIGHUP (logrotate) cannot end it either.
    (Between removing the loop's handlers and this, the default actions hold for a few
    microseconds.)"""
    for sig in _AFTER_DRAIN:
        signal.signal(sig, signal.SIG_IGN)


def _stop_signals() -> asyncio.Queue[int]:
    """SIGTERM and SIGINT, in the order they arrive."""
    queue: asyncio.Queue[int] = asyncio.Queue()
    loop = asyncio.get_running_loop()
    for sig in (signal.SIGTERM, signal.SIGINT):
        loop.add_signal_handler(sig, queue.put_nowait, sig)
    return queue


async def _reload_on_hangup(app: web.Application) -> None:
    """SIGHUP: every hot-reloadable file at once (set once the services have started; it replaces
    the policy store's own handler, which reloads the policy only: one handler per signal)."""
    services = app[SERVICES]

    def reload() -> None:
        get_logger().info("reload_signalled", signal="SIGHUP")
        services.reload()

    asyncio.get_running_loop().add_signal_handler(signal.SIGHUP, reload)


def _listen_error(host: str, port: int, exc: OSError) -> str:
    reason = os.strerror(exc.errno).lower() if exc.errno else str(exc)
    hint = {
        errno.EADDRINUSE: "another program listens there; pick another with --port",
        errno.EACCES: "ports below 1024 need privileges; pick another with --port",
        errno.EADDRNOTAVAIL: "no interface has that address; check --host or listen.host",
    }.get(exc.errno or 0)
    return f"cannot listen on {host}:{port}: {reason}" + (f" ({hint})" if hint else "")


async def _freeze_startup_heap(_: web.Application) -> None:
    """Move what start-up built (modules, compiled policy, classifier tables) out of the garbage
    collector's reach: it lives as long as the process, and a full collection that walks it again
    and again stalls the event loop for tens of milliseconds each time."""
    gc.collect()
    gc.freeze()


async def _started(_: web.Application) -> None:
    """Services built and started (policy and keys loaded, SIGHUP handled); the socket binds
    next."""
    get_logger().info("proxy_started")


def worker_settings(settings: Settings, index: int) -> Settings:
    """Worker ``index``'s settings: its own audit segment, ``audit.jsonl`` → ``audit-w<i>.jsonl``
    (one writer per hash chain; ``sovproxy audit verify DIR`` checks the segments together)."""
    from proxy.telemetry.audit_checkpoint import worker_segment

    path = settings.audit.path
    if path is None:
        return settings
    audit = settings.audit.model_copy(update={"path": worker_segment(path, index)})
    return settings.model_copy(update={"audit": audit})


def serve(
    settings: Settings,
    *,
    host: str | None,
    port: int | None,
    workers: int,
    drain: Drain = Drain(),
) -> int:
    """Serve until SIGINT/SIGTERM, then drain; ``workers > 1`` supervises that many processes on
    one port (each drains alike).

    Raises :class:`StartError` when the proxy cannot start.
    """
    host = host or settings.listen.host
    port = settings.listen.port if port is None else port
    if workers <= 1:
        _run(settings, host, port, False, drain)
        return 0
    from proxy.supervisor import Supervisor

    return Supervisor(settings, host, port, workers, drain).run()
