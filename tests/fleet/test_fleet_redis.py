"""The fleet case, for real: three ``sovproxy serve`` processes sharing one redis-server, a
simulated backend, and the test as the balancer (round-robin, 12 requests in flight).

- a 100 requests/minute limit admits 100 across the three, plus at most what is in flight (not
  100 per replica);
- a tokens/minute budget overshoots by at most the reservations in flight, and so do a tokens/day
  budget and a tier budget (the backend's tier: refused as tier_budget_exhausted once spent);
- a key revoked with ``sovproxy keys revoke`` in the file one replica reads is refused by all
  three within a second — the other two read a copy that still says it is valid;
- ``serve --workers 2`` starts with limits (counted in Redis) and its workers count together;
- redis-server killed mid-run: every replica answers 503 ``limits_unavailable`` (the configured
  ``fail_closed``); restarted, they admit again without a restart of their own.
"""

from __future__ import annotations

import asyncio
import hashlib
import sys
from collections.abc import AsyncIterator, Awaitable, Callable
from contextlib import AsyncExitStack
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import openai
import pytest
import pytest_asyncio

from proxy.demo.run import start_site
from proxy.demo.sim_openai import openai_app
from proxy.demo.simulator import Simulator
from proxy.protocols.tokens import estimate_input_tokens
from tests.fleet.redis_server import RedisServer
from tests.serve_process import OPEN_POLICY, ROOT, ServeProcess, cli_process, free_port

pytestmark = pytest.mark.asyncio(loop_scope="module")

REPLICAS = 3
IN_FLIGHT = 12
NAMES = ("rpm", "tpm", "gone", "plain", "budget", "tier")
KEYS = {name: f"sk-fleet-{name}-000000000001" for name in NAMES}
LIMITS = {
    "rpm": "{requests_per_minute: 100}",
    "tpm": "{tokens_per_minute: 3000}",
    "budget": "{budgets: [{tokens: 3000, per: day}]}",
    "tier": "{tier_budgets: {eu_only: {tokens: 2000, per: month}}}",  # the backend's tier
}
MAX_TOKENS = 100
WORKERS_KEY = "sk-fleet-workers-0000001"
MESSAGES = [{"role": "user", "content": "hello"}]


def _keys_file(path: Path) -> None:
    lines = ["keys:"]
    for name, key in KEYS.items():
        digest = hashlib.sha256(key.encode()).hexdigest()
        limits = f", limits: {LIMITS[name]}" if name in LIMITS else ""
        lines.append(f"  - {{key_sha256: {digest}, tenant: acme, name: {name}{limits}}}")
    path.write_text("\n".join(lines) + "\n")


def _config(home: Path, port: int, backend_port: int, redis_url: str) -> Path:
    config = home / "sovproxy.yaml"
    config.write_text(
        f"listen: {{host: 127.0.0.1, port: {port}}}\n"
        "auth: {keys_file: keys.yaml}\n"
        f"state: {{redis_url: '{redis_url}', on_unavailable: fail_closed}}\n"
        "backends:\n  primary:\n"
        f"    base_url: http://127.0.0.1:{backend_port}/v1\n"
        "    models: [gpt-test]\n    max_retries: 0\n"
        "    hops: [{role: hosting, operator: Example Cloud SAS, operator_hq: FR, location: FR}]\n"
        f"policy: {OPEN_POLICY}\n"
        f"audit: {{path: {home / 'audit.jsonl'}}}\n"
    )
    return config


def _workers(tmp: Path, backend_port: int, redis_url: str) -> Any:
    """``serve --workers 2`` with its own keys file (WORKERS_KEY: 5 requests a minute)."""
    home = tmp / "workers"
    home.mkdir()
    digest = hashlib.sha256(WORKERS_KEY.encode()).hexdigest()
    (home / "keys.yaml").write_text(
        f"keys:\n  - {{key_sha256: {digest}, tenant: acme, limits: {{requests_per_minute: 5}}}}\n"
    )
    port = free_port()
    config = _config(home, port, backend_port, redis_url)
    return cli_process(port, "serve", "--config", str(config), "--workers", "2")


@dataclass
class Fleet:
    """The replicas (their keys files: replica 0 its own, 1 and 2 one copy) and Redis."""

    redis: RedisServer
    replicas: list[ServeProcess]
    keys_files: list[Path]
    clients: dict[tuple[str, int], openai.AsyncOpenAI]
    #: ``serve --workers 2`` (its key: WORKERS_KEY, 5 requests a minute)
    workers: ServeProcess

    def client(self, name: str, index: int) -> openai.AsyncOpenAI:
        """The openai client of key ``name`` on replica ``index``."""
        return self.clients[name, index % REPLICAS]


@pytest_asyncio.fixture(scope="module", loop_scope="module")
async def fleet(tmp_path_factory: pytest.TempPathFactory) -> AsyncIterator[Fleet]:
    """Redis, a simulated backend and three replicas, started once for the module."""
    tmp = tmp_path_factory.mktemp("fleet")
    async with AsyncExitStack() as stack:
        redis = RedisServer(tmp)
        await redis.start()
        stack.push_async_callback(redis.kill)
        runner, backend_port = await start_site(openai_app(Simulator("primary")), "127.0.0.1", 0)
        stack.push_async_callback(runner.cleanup)
        replicas, keys_files = [], []
        for index in range(REPLICAS):
            home = tmp / f"replica{index}"
            home.mkdir()
            keys = home / "keys.yaml" if index < 2 else tmp / "replica1" / "keys.yaml"
            if index < 2:
                _keys_file(keys)
            else:
                (home / "keys.yaml").symlink_to(keys)  # replicas 1 and 2: one file
            keys_files.append(keys)
            port = free_port()
            config = _config(home, port, backend_port, redis.url)
            running = cli_process(port, "serve", "--config", str(config))
            replicas.append(await stack.enter_async_context(running))
        workers = await stack.enter_async_context(_workers(tmp, backend_port, redis.url))
        await asyncio.gather(*(r.listening() for r in [*replicas, workers]))
        clients = {}
        for name, key in KEYS.items():
            for index, replica in enumerate(replicas):
                url = f"http://127.0.0.1:{replica.port}/v1"
                client = openai.AsyncOpenAI(base_url=url, api_key=key, max_retries=0)
                clients[name, index] = await stack.enter_async_context(client)
        yield Fleet(redis, replicas, keys_files, clients, workers)


async def _spread(count: int, send: Callable[[int], Awaitable[Any]]) -> list[Any]:
    """``send(i)`` for ``i`` in range(count), ``IN_FLIGHT`` at a time; results or errors."""
    numbers = iter(range(count))
    out: list[Any] = [None] * count

    async def worker() -> None:
        for i in numbers:
            try:
                out[i] = await send(i)
            except openai.APIStatusError as exc:
                out[i] = exc

    await asyncio.gather(*(worker() for _ in range(IN_FLIGHT)))
    return out


def _chat(fleet: Fleet, name: str, **extra: Any) -> Callable[[int], Awaitable[Any]]:
    def send(i: int) -> Awaitable[Any]:
        client = fleet.client(name, i)
        return client.chat.completions.create(model="gpt-test", messages=MESSAGES, **extra)

    return send


async def test_requests_per_minute_across_replicas(fleet: Fleet) -> None:
    """150 requests round-robin: 100 admitted (± what was in flight), the rest 429."""
    results = await _spread(150, _chat(fleet, "rpm"))
    admitted = [r for r in results if not isinstance(r, Exception)]
    refused = [r for r in results if isinstance(r, openai.RateLimitError)]
    assert len(admitted) + len(refused) == 150
    assert 100 <= len(admitted) <= 100 + IN_FLIGHT, len(admitted)
    assert refused[0].response.headers["x-ratelimit-limit-requests"] == "100"


async def test_token_budget_overshoots_by_the_reservations_in_flight(fleet: Fleet) -> None:
    """A 3000 tokens/minute budget: what the admitted requests really used exceeds it by no
    more than the reservations of the requests in flight, and most of it is used."""
    results = await _spread(150, _chat(fleet, "tpm", max_tokens=MAX_TOKENS))
    admitted = [r for r in results if not isinstance(r, Exception)]
    assert all(isinstance(r, openai.RateLimitError) for r in results if r not in admitted)
    used = sum(r.usage.total_tokens for r in admitted)
    body = {"model": "gpt-test", "messages": MESSAGES, "max_tokens": MAX_TOKENS}
    reservation = estimate_input_tokens(body) + MAX_TOKENS
    assert used <= 3000 + IN_FLIGHT * reservation, used
    assert used >= 3000 - (IN_FLIGHT + 1) * reservation, used  # refused only near the budget


async def test_day_and_tier_budgets_overshoot_by_the_reservations_in_flight(fleet: Fleet) -> None:
    """A 3000 tokens/day budget and a 2000 tokens/month budget of the only backend's tier:
    what the admitted requests used exceeds each by no more than the reservations in flight;
    the refusals are budget_exhausted and tier_budget_exhausted."""
    body = {"model": "gpt-test", "messages": MESSAGES, "max_tokens": MAX_TOKENS}
    reservation = estimate_input_tokens(body) + MAX_TOKENS
    for name, budget, code in (
        ("budget", 3000, "budget_exhausted"),
        ("tier", 2000, "tier_budget_exhausted"),
    ):
        results = await _spread(100, _chat(fleet, name, max_tokens=MAX_TOKENS))
        admitted = [r for r in results if not isinstance(r, Exception)]
        refused = [r for r in results if r not in admitted]
        assert refused and all(isinstance(r, openai.RateLimitError) for r in refused)
        assert {r.code for r in refused} == {code}
        used = sum(r.usage.total_tokens for r in admitted)
        assert budget - (IN_FLIGHT + 1) * reservation <= used <= budget + IN_FLIGHT * reservation


async def _refused_at(client: openai.AsyncOpenAI, loop: asyncio.AbstractEventLoop) -> float:
    """When ``client``'s key is first refused with 401 key_revoked (polling every 20 ms)."""
    while True:
        try:
            await client.chat.completions.create(model="gpt-test", messages=MESSAGES)
        except openai.AuthenticationError as exc:
            assert exc.code == "key_revoked"
            return loop.time()
        await asyncio.sleep(0.02)


async def test_revoked_key_refused_by_every_replica_within_a_second(fleet: Fleet) -> None:
    """``sovproxy keys revoke`` on replica 0's file; 1 and 2 read a copy that is not changed."""
    loop = asyncio.get_running_loop()
    for index in range(REPLICAS):
        await _chat(fleet, "gone")(index)
    revoke = [sys.executable, "-m", "proxy.cli", "keys", "revoke", "gone"]
    proc = await asyncio.create_subprocess_exec(
        *revoke, "--file", str(fleet.keys_files[0]), cwd=ROOT
    )
    assert await proc.wait() == 0
    revoked_at = loop.time()
    watchers = [_refused_at(fleet.client("gone", i), loop) for i in range(REPLICAS)]
    refused = await asyncio.wait_for(asyncio.gather(*watchers), 5.0)
    assert max(refused) - revoked_at < 1.0, [round(t - revoked_at, 3) for t in refused]
    assert b"revoked" not in fleet.keys_files[1].read_bytes()


async def test_workers_of_one_serve_count_together(fleet: Fleet) -> None:
    """``serve --workers 2`` with limits starts when they are counted in Redis (it is refused
    without), and its two workers admit a 5 requests/minute key 5 times between them."""
    url = f"http://127.0.0.1:{fleet.workers.port}/v1"
    async with openai.AsyncOpenAI(base_url=url, api_key=WORKERS_KEY, max_retries=0) as client:

        async def send(_: int) -> Any:
            return await client.chat.completions.create(model="gpt-test", messages=MESSAGES)

        results = await _spread(12, send)
    assert sum(not isinstance(r, Exception) for r in results) == 5
    assert all(isinstance(r, openai.RateLimitError) for r in results if isinstance(r, Exception))


async def test_redis_killed_fails_closed_and_recovers(fleet: Fleet) -> None:
    """Mid-run: Redis killed → 503 limits_unavailable on every replica for a limited key (an
    unlimited one is answered: nothing to check); restarted → admitted again, no restart."""
    limited, unlimited = _chat(fleet, "tpm", max_tokens=1), _chat(fleet, "plain")
    await fleet.redis.kill()
    for index in range(REPLICAS):
        with pytest.raises(openai.InternalServerError) as down:
            await limited(index)
        assert down.value.status_code == 503 and down.value.code == "limits_unavailable"
        assert (await unlimited(index)).choices[0].message.content
    await fleet.redis.start()  # empty: the budgets start again
    loop = asyncio.get_running_loop()
    deadline = loop.time() + 5.0
    for index in range(REPLICAS):
        while True:
            try:
                await limited(index)
                break
            except openai.InternalServerError:
                assert loop.time() < deadline, f"replica {index} did not recover"
                await asyncio.sleep(0.1)
