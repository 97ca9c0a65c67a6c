"""A real ``redis-server`` for the tests: on 127.0.0.1, a free port, no persistence, a tmp dir.

Missing ``redis-server``: the test fails when ``CI`` is set (``.ci/run`` installs it), and is
skipped locally with the reason.
"""

from __future__ import annotations

import asyncio
import os
import shutil
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path

import pytest
from redis.asyncio import Redis

from tests.serve_process import free_port

START_TIMEOUT_S = 10.0


def redis_binary() -> str:
    """The path of ``redis-server`` (fail in CI, skip elsewhere when it is missing)."""
    found = shutil.which("redis-server")
    if found is None:
        reason = "redis-server is not installed (apt-get install redis-server)"
        if os.environ.get("CI"):
            pytest.fail(reason)
        pytest.skip(reason)
    return found


class RedisServer:
    """One redis-server process that a test can kill and start again on the same port."""

    def __init__(self, directory: Path) -> None:
        self.binary = redis_binary()
        self.directory = directory
        self.port = free_port()
        self.proc: asyncio.subprocess.Process | None = None

    @property
    def url(self) -> str:
        """The ``redis://`` URL of this server (database 0)."""
        return f"redis://127.0.0.1:{self.port}/0"

    async def start(self) -> None:
        """Start it and wait until it answers PING."""
        self.proc = await asyncio.create_subprocess_exec(
            *(self.binary, "--port", str(self.port), "--bind", "127.0.0.1"),
            *("--save", "", "--appendonly", "no", "--dir", str(self.directory)),
            stdout=asyncio.subprocess.DEVNULL,
            stderr=asyncio.subprocess.DEVNULL,
        )
        client = Redis(host="127.0.0.1", port=self.port)
        deadline = asyncio.get_running_loop().time() + START_TIMEOUT_S
        try:
            while True:
                try:
                    await client.ping()
                    return
                except Exception as exc:  # refused until it listens
                    if asyncio.get_running_loop().time() > deadline:
                        raise AssertionError(f"redis-server did not start on {self.port}") from exc
                    await asyncio.sleep(0.05)
        finally:
            await client.aclose()

    async def kill(self) -> None:
        """Kill it (SIGKILL: no goodbye to its clients) and wait for it to be gone."""
        if self.proc is not None and self.proc.returncode is None:
            self.proc.kill()
            await self.proc.wait()


@asynccontextmanager
async def running_redis(directory: Path) -> AsyncIterator[RedisServer]:
    """A started ``RedisServer``, killed on the way out."""
    server = RedisServer(directory)
    await server.start()
    try:
        yield server
    finally:
        await server.kill()
