"""Optional active health checks: a content-free ``GET {base}/models`` per backend, periodically.

A backend that does not answer (or answers 5xx) is marked down: its targets count as ejected (tried
only when no other allowed candidate answers). A later success marks it up again. Probes carry no
request content.
"""

from __future__ import annotations

import asyncio
import contextlib
import time
from collections.abc import Mapping

from proxy.backends.health import HealthBook
from proxy.backends.upstream import Backend, UpstreamRequest
from proxy.errors import UpstreamError


async def probe_once(backends: Mapping[str, Backend], health: HealthBook) -> dict[str, bool]:
    """Probe every backend once; return name → healthy."""

    async def one(backend: Backend) -> tuple[str, bool]:
        try:
            response = await backend.send(UpstreamRequest("models", "", b"", method="GET"))
            await response.read()
            ok = response.status < 500
        except UpstreamError:
            ok = False
        (health.mark_up if ok else health.mark_down)(backend.name, time.monotonic())
        return backend.name, ok

    return dict(await asyncio.gather(*(one(b) for b in backends.values())))


class Prober:
    """Runs ``probe_once`` every ``interval_s`` seconds until stopped."""

    def __init__(self, backends: Mapping[str, Backend], health: HealthBook, interval_s: float):
        self._backends, self._health, self._interval = backends, health, interval_s
        self._task: asyncio.Task[None] | None = None

    async def _loop(self) -> None:
        while True:
            await probe_once(self._backends, self._health)
            await asyncio.sleep(self._interval)

    def start(self) -> None:
        """Start probing in the background."""
        self._task = asyncio.get_running_loop().create_task(self._loop())

    async def stop(self) -> None:
        """Stop probing."""
        if self._task is not None:
            self._task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._task
