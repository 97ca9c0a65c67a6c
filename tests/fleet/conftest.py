"""Fleet test fixtures: a redis-server of the test's own and a client as the proxy makes it."""

from __future__ import annotations

from collections.abc import AsyncIterator
from pathlib import Path

import pytest
from redis.asyncio import Redis

from proxy.fleet.redis_gate import redis_client
from tests.fleet.redis_server import RedisServer, running_redis


@pytest.fixture
async def server(tmp_path: Path) -> AsyncIterator[RedisServer]:
    """A redis-server of this test's own."""
    async with running_redis(tmp_path) as running:
        yield running


@pytest.fixture
async def client(server: RedisServer) -> AsyncIterator[Redis]:
    """A client as the proxy makes it (no retries, short timeouts)."""
    made = redis_client(server.url)
    yield made
    await made.aclose()
