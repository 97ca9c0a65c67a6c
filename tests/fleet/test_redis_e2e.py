"""Two proxies sharing one real redis-server, seen by the openai SDK: one count between them, the
same 429, Redis down in either mode (answer, audit record, metric) and back, and a key revoked in
one proxy's keys file refused by the other, which never re-reads its own copy."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from contextlib import AsyncExitStack, asynccontextmanager
from pathlib import Path
from typing import Any

import httpx
import openai
import orjson
import pytest

from proxy.cli import main
from proxy.demo.simulator import Simulator
from proxy.fleet.redis_limiter import RETRY_S
from tests.fleet.redis_server import RedisServer, running_redis
from tests.stack import Stack, Upstream, closed_port, running_stack

MESSAGES = [{"role": "user", "content": "hello"}]
KEY = "sk-fleet-redis-0001"


def _auth(limits: dict[str, int]) -> dict[str, Any]:
    return {"keys": [{"key": KEY, "tenant": "acme", "team": "risk", "limits": limits}]}


@asynccontextmanager
async def _fleet(
    tmp_path: Path, server: RedisServer, auth: list[Any], mode: str = "fail_closed"
) -> AsyncIterator[list[Stack]]:
    """One proxy per entry of ``auth`` (each its own directory), all on ``server``."""
    state = {"redis_url": server.url, "on_unavailable": mode}
    async with AsyncExitStack() as stack:
        fleet = []
        for index, each in enumerate(auth):
            home = tmp_path / f"replica{index}"
            home.mkdir(exist_ok=True)
            ups = {"primary": Upstream(Simulator("primary"))}
            running = running_stack(home, ups, auth=each, state=state)
            fleet.append(await stack.enter_async_context(running))
        yield fleet


async def _chat(stack: Stack, key: str = KEY) -> Any:
    # a bound on each request: a stalled exchange fails the test instead of holding CI (one run
    # on 2026-12-06 stalled in the revocation test for over 20 minutes; not reproduced since)
    async with openai.AsyncOpenAI(
        base_url=stack.base_url, api_key=key, max_retries=0, timeout=30.0
    ) as client:
        return await client.chat.completions.create(
            model="gpt-test",
            messages=MESSAGES,  # type: ignore[arg-type]
            max_tokens=10,
        )


def _limits(stack: Stack) -> list[Any]:
    lines = stack.audit_path.read_bytes().splitlines()
    return [orjson.loads(line)["limits"] for line in lines]


@pytest.fixture
async def server(tmp_path: Path) -> AsyncIterator[RedisServer]:
    """A redis-server of this test's own."""
    async with running_redis(tmp_path) as running:
        yield running


async def test_two_proxies_count_one_limit(tmp_path: Path, server: RedisServer) -> None:
    """3 requests a minute across two proxies: the 4th, on either, is the SDK's RateLimitError
    with the usual fields; the audit says the state was Redis."""
    auth = _auth({"requests_per_minute": 3})
    async with _fleet(tmp_path, server, [auth, auth]) as (one, two):
        for stack in (one, two, one):
            await _chat(stack)
        with pytest.raises(openai.RateLimitError) as refused:
            await _chat(two)
        headers = refused.value.response.headers
        assert headers["x-ratelimit-limit-requests"] == "3"
        assert headers["x-ratelimit-remaining-requests"] == "0"
        assert int(headers["retry-after"]) >= 1
        assert '"key-rpm";q=3;w=60' in headers["RateLimit-Policy"]
        assert {r["state"] for r in _limits(one) + _limits(two)} == {"redis"}
        assert _limits(two)[-1]["outcome"] == "refused"


async def test_redis_down_fail_closed_then_back(tmp_path: Path, server: RedisServer) -> None:
    """Redis killed: 503 limits_unavailable in the API's shape, audited and counted; restarted:
    admitted again, no proxy restart."""
    async with _fleet(tmp_path, server, [_auth({"requests_per_minute": 100})]) as (proxy,):
        await _chat(proxy)
        await server.kill()
        with pytest.raises(openai.InternalServerError) as down:
            await _chat(proxy)
        assert down.value.status_code == 503
        assert down.value.code == "limits_unavailable"
        assert _limits(proxy)[-1]["outcome"] == "fail_closed"
        async with httpx.AsyncClient() as http:
            metrics = (await http.get(f"{proxy.url}/metrics")).text
        assert 'sovproxy_limit_checks_total{limit="",outcome="fail_closed",scope=""} 1.0' in metrics
        await server.start()
        await asyncio.sleep(RETRY_S)
        answer = await _chat(proxy)
        assert answer.choices[0].message.content
        assert _limits(proxy)[-1]["outcome"] == "allowed"


async def test_redis_down_fail_open(tmp_path: Path, server: RedisServer) -> None:
    """fail_open: Redis killed, the request is answered uncounted and the audit says so."""
    auth = _auth({"requests_per_minute": 1})
    async with _fleet(tmp_path, server, [auth], mode="fail_open") as (proxy,):
        await _chat(proxy)
        await server.kill()
        for _ in range(2):  # over the limit of 1: nothing counts while Redis is away
            await _chat(proxy)
        assert [r["outcome"] for r in _limits(proxy)] == ["allowed", "fail_open", "fail_open"]


async def test_revoked_in_one_file_refused_by_every_proxy(
    tmp_path: Path, server: RedisServer, capsys: pytest.CaptureFixture[str]
) -> None:
    """Each proxy reads its own copy of the keys file; the key revoked in the first copy is
    refused by the second within a second, though its copy still says the key is valid."""
    copies = []
    for index in range(2):
        home = tmp_path / f"replica{index}"
        home.mkdir()
        copies.append(home / "keys.yaml")
        copies[-1].write_text("keys:\n")
    assert (
        main(["keys", "create", "--file", str(copies[0]), "--tenant", "acme", "--name", "a"]) == 0
    )
    key = capsys.readouterr().out.strip()
    copies[1].write_bytes(copies[0].read_bytes())
    auth = {"keys_file": "keys.yaml"}
    async with _fleet(tmp_path, server, [auth, auth]) as (one, two):
        await _chat(two, key)
        assert main(["keys", "revoke", "--file", str(copies[0]), "a"]) == 0
        loop = asyncio.get_running_loop()
        revoked_at = loop.time()
        while True:
            try:
                await _chat(two, key)
            except openai.AuthenticationError as exc:
                assert exc.code == "key_revoked"
                break
            assert loop.time() - revoked_at < 5.0, "the second proxy never refused the key"
            await asyncio.sleep(0.02)
        # one's poll (1 s) plus the publication; two never reloads
        assert loop.time() - revoked_at < 2.0
        assert b"revoked" not in copies[1].read_bytes()
        with pytest.raises(openai.AuthenticationError):
            await _chat(one, key)


async def test_keys_revoke_publishes_to_proxies_whose_files_have_not_changed(
    tmp_path: Path, server: RedisServer, capsys: pytest.CaptureFixture[str]
) -> None:
    """``keys revoke --redis-url`` on a file no proxy reads (a repository's copy, before it is
    deployed): the running proxy refuses the key within a second all the same."""
    deployed = tmp_path / "replica0" / "keys.yaml"
    deployed.parent.mkdir()
    deployed.write_text("keys:\n")
    assert main(["keys", "create", "--file", str(deployed), "--tenant", "acme", "--name", "a"]) == 0
    key = capsys.readouterr().out.strip()
    repository = tmp_path / "repository" / "keys.yaml"
    repository.parent.mkdir()
    repository.write_bytes(deployed.read_bytes())
    async with _fleet(tmp_path, server, [{"keys_file": "keys.yaml"}]) as (proxy,):
        await _chat(proxy, key)
        revoke = ["keys", "revoke", "--file", str(repository), "a", "--redis-url", server.url]
        assert main(revoke) == 0
        assert "published the revocation" in capsys.readouterr().err
        loop = asyncio.get_running_loop()
        revoked_at = loop.time()
        with pytest.raises(openai.AuthenticationError) as refused:
            while loop.time() - revoked_at < 1.0:
                await _chat(proxy, key)
                await asyncio.sleep(0.02)
        assert refused.value.code == "key_revoked"
        assert b"revoked" not in deployed.read_bytes()


def test_keys_revoke_with_redis_down_says_so(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Redis not answering: the file is revoked, and one line says the replicas were not told."""
    keys = tmp_path / "keys.yaml"
    keys.write_text("keys:\n")
    assert main(["keys", "create", "--file", str(keys), "--tenant", "acme", "--name", "a"]) == 0
    capsys.readouterr()
    url = f"redis://127.0.0.1:{closed_port()}/0"
    assert main(["keys", "revoke", "--file", str(keys), "a", "--redis-url", url]) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert err[-1].endswith("replicas refuse the key once they read the file"), err
    assert "revoked: true" in keys.read_text()
