"""SIGHUP to a real ``sovproxy serve`` reloads the keys file (and the policy) at once, with the
file poll set to an hour: a key revoked in the file is refused on the next request, a broken
file keeps the keys loaded before, ``--workers 2`` reloads in every worker, and a SIGHUP while the
process starts does not end it."""

from __future__ import annotations

import asyncio
import signal
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path

import httpx
import openai
import pytest

from proxy.cli import main
from tests.serve_process import ServeProcess, free_port, serve_process, write_config

#: the keys file is polled once an hour: only SIGHUP can reload it within a test
AUTH = "auth: {keys_file: keys.yaml, poll_interval_s: 3600}"


def _create(keys: Path, name: str, capsys: pytest.CaptureFixture[str]) -> str:
    """A key made by ``sovproxy keys create`` (stdout holds the key only)."""
    capsys.readouterr()
    assert main(["keys", "create", "--file", str(keys), "--tenant", "acme", "--name", name]) == 0
    return capsys.readouterr().out.strip()


def _config(tmp_path: Path, port: int) -> Path:
    config = write_config(tmp_path, port, free_port())
    config.write_text(config.read_text().replace("auth: none", AUTH))
    return config


@asynccontextmanager
async def _served(tmp_path: Path, *args: str) -> AsyncIterator[ServeProcess]:
    """``sovproxy serve`` (with ``args``) reading ``keys.yaml`` beside its config, listening."""
    port = free_port()
    async with serve_process(_config(tmp_path, port), port, *args) as served:
        await served.listening()
        yield served


async def _status(port: int, key: str) -> tuple[int, str | None]:
    """Status and error code of ``GET /v1/models`` with ``key``, on a new connection (so each
    call may reach another worker)."""
    async with httpx.AsyncClient(headers={"Authorization": f"Bearer {key}"}) as http:
        answer = await http.get(f"http://127.0.0.1:{port}/v1/models")
    code = None if answer.status_code == 200 else answer.json()["error"]["code"]
    return answer.status_code, code


async def _chat(port: int, key: str) -> None:
    """One chat completion through the openai SDK (the simulator behind it is not running, so
    an admitted key gets a 502; a refused one the 401 raised here)."""
    client = openai.AsyncOpenAI(base_url=f"http://127.0.0.1:{port}/v1", api_key=key, max_retries=0)
    async with client:
        with pytest.raises(openai.APIStatusError) as answer:
            await client.chat.completions.create(
                model="gpt-test",
                messages=[{"role": "user", "content": "hello"}],
            )
    if answer.value.status_code == 401:
        raise answer.value


async def _until(port: int, key: str, want: tuple[int, str | None], timeout_s: float) -> float:
    """Seconds until ``key`` gets ``want`` on /v1/models (fails after ``timeout_s``)."""
    loop = asyncio.get_running_loop()
    started = loop.time()
    while await _status(port, key) != want:
        assert loop.time() - started < timeout_s, f"{key[:8]}… never got {want}"
        await asyncio.sleep(0.02)
    return loop.time() - started


@pytest.mark.alone  # bounds the time to the refusal: not beside another test's load
async def test_sighup_revokes_at_once_and_a_broken_file_keeps_the_last_keys(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Revoked in the file: served until SIGHUP (the poll is an hour), refused right after it,
    on /v1/models and through the SDK; then a broken file + SIGHUP: one keys_rejected line, the
    process keeps serving with the keys it had (the other key passes, the revoked one stays
    refused)."""
    keys = tmp_path / "keys.yaml"
    keys.write_text("keys:\n")
    gone, kept = _create(keys, "gone", capsys), _create(keys, "kept", capsys)
    async with _served(tmp_path) as served:
        assert await _status(served.port, gone) == (200, None)
        assert main(["keys", "revoke", "--file", str(keys), "gone"]) == 0
        await asyncio.sleep(0.5)
        assert await _status(served.port, gone) == (200, None)  # no poll reloads it
        served.proc.send_signal(signal.SIGHUP)
        took = await _until(served.port, gone, (401, "key_revoked"), timeout_s=5.0)
        assert took < 2.0
        with pytest.raises(openai.AuthenticationError):
            await _chat(served.port, gone)
        await _chat(served.port, kept)  # admitted (the backend's 502 is not a 401)
        await served.wait_for("policy_loaded")  # the policy is read again too
        assert [e["keys"] for e in served.events("keys_loaded")] == [2]

        keys.write_text(keys.read_text() + "  - {tenant: acme, name: [broken\n")
        served.proc.send_signal(signal.SIGHUP)
        await served.wait_for("keys_rejected")
        assert await _status(served.port, kept) == (200, None)
        assert await _status(served.port, gone) == (401, "key_revoked")
        rejected = served.events("keys_rejected")
        assert len(rejected) == 1 and rejected[0]["path"] == str(keys)
        assert served.proc.returncode is None
        assert len(served.events("reload_signalled")) == 2


async def test_sighup_to_the_supervisor_reloads_every_worker(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """--workers 2: SIGHUP to the supervisor, each worker reloads the keys file; the revoked key
    is refused on every new connection, whichever worker takes it."""
    keys = tmp_path / "keys.yaml"
    keys.write_text("keys:\n")
    gone = _create(keys, "gone", capsys)
    async with _served(tmp_path, "--workers", "2") as served:
        await served.wait_for("proxy_started", 2)
        assert main(["keys", "revoke", "--file", str(keys), "gone"]) == 0
        served.proc.send_signal(signal.SIGHUP)
        # one in each worker; far inside the hour's poll even with the other core busy
        await served.wait_for("keys_loaded", 2, timeout_s=30.0)
        answers = {await _status(served.port, gone) for _ in range(20)}
        assert answers == {(401, "key_revoked")}
        assert served.proc.returncode is None


async def test_sighup_while_starting_does_not_end_the_process(tmp_path: Path) -> None:
    """A SIGHUP that arrives while the proxy starts (compiling its classifier) is ignored: the
    proxy comes up and answers, instead of dying of the signal's default action."""
    (tmp_path / "keys.yaml").write_text("keys:\n")
    port = free_port()
    async with serve_process(_config(tmp_path, port), port) as served:
        await served.wait_for("proxy_starting")
        served.proc.send_signal(signal.SIGHUP)
        await served.listening()
        await served.wait_for("proxy_started")
        assert served.proc.returncode is None
        assert await _status(port, "sk-unknown-000000001") == (401, "invalid_api_key")
