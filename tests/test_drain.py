"""Graceful drain of a real ``sovproxy serve``: on SIGTERM ``/readyz`` turns 503 at once, the port
keeps accepting for ``--drain-delay`` then refuses, streams in flight finish within ``--grace``,
and the process exits 0."""

from __future__ import annotations

import asyncio
import contextlib
import itertools
import os
import signal
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from datetime import datetime
from pathlib import Path

import httpx
import openai
import pytest

from proxy.demo.run import start_site
from proxy.demo.sim_openai import openai_app
from proxy.demo.simulator import Simulator
from tests.serve_process import ServeProcess, free_port, serve_process, write_config

#: 30 streamed pieces: at 0.15 s each the stream lasts about 4.5 s, longer than the drain delay.
REPLY = " ".join(f"word{i}" for i in range(30))


@asynccontextmanager
async def _proxy(
    tmp_path: Path, sim: Simulator, *args: str, env: dict[str, str] | None = None
) -> AsyncIterator[ServeProcess]:
    """A ``sovproxy serve`` (with ``args``) in front of ``sim``, listening."""
    runner, upstream_port = await start_site(openai_app(sim), "127.0.0.1", 0)
    port = free_port()
    config = write_config(tmp_path, port, upstream_port)
    try:
        async with serve_process(config, port, *args, env=env) as served:
            await served.listening()
            yield served
    finally:
        await runner.cleanup()


async def _stream_started(port: int) -> tuple[openai.AsyncOpenAI, AsyncIterator[str]]:
    """A streamed chat completion whose first piece has arrived; the rest as an iterator."""
    client = openai.AsyncOpenAI(
        base_url=f"http://127.0.0.1:{port}/v1", api_key="x", max_retries=0, timeout=60
    )
    stream = await client.chat.completions.create(
        model="gpt-test", messages=[{"role": "user", "content": "count"}], stream=True
    )

    async def pieces() -> AsyncIterator[str]:
        async for chunk in stream:
            if chunk.choices and chunk.choices[0].delta.content:
                yield chunk.choices[0].delta.content

    texts = pieces()
    first = await anext(texts)

    async def with_first() -> AsyncIterator[str]:
        yield first
        async for text in texts:
            yield text

    return client, with_first()


async def _refused(port: int) -> bool:
    """Whether a new connection to the port is refused."""
    try:
        _, writer = await asyncio.open_connection("127.0.0.1", port)
    except ConnectionRefusedError:
        return True
    writer.close()
    return False


async def test_sigterm_drains_readyz_first_then_the_port_and_the_stream_finishes(
    tmp_path: Path,
) -> None:
    """A stream in flight at SIGTERM arrives whole; /readyz answers 503 (connection: close) while
    the port still accepts; after the delay a new connection is refused; exit code 0."""
    sim = Simulator("primary", models=("gpt-test",), reply=REPLY, pace_s=0.15)
    async with _proxy(tmp_path, sim, "--drain-delay", "2", "--grace", "30") as served:
        url = f"http://127.0.0.1:{served.port}/readyz"
        async with httpx.AsyncClient() as http:
            assert (await http.get(url)).status_code == 200
            client, texts = await _stream_started(served.port)
            served.proc.send_signal(signal.SIGTERM)
            await served.wait_for("proxy_draining", timeout_s=10)
            ready = await http.get(url)
        assert ready.status_code == 503
        assert ready.json()["draining"] is True
        assert ready.headers["connection"] == "close"
        await served.wait_for("proxy_closing_port", timeout_s=10)
        assert await _refused(served.port)
        received = "".join([text async for text in texts])
        await client.close()
        assert await served.stop() == 0
    assert received == REPLY
    assert served.events("proxy_stopped")
    assert [e["status"] for e in served.events("request_completed")] == [200]


async def test_a_stream_longer_than_the_grace_is_cut_and_the_process_still_exits_0(
    tmp_path: Path,
) -> None:
    """The grace bounds the drain: a stream that outlives it ends early, the exit code is 0.
    (The grace comes from the settings here, ``drain.grace_s``, rather than ``--grace``.)"""
    sim = Simulator("primary", models=("gpt-test",), reply=REPLY, pace_s=1.0)
    async with _proxy(tmp_path, sim, env={"SOVPROXY_DRAIN__GRACE_S": "1"}) as served:
        client, texts = await _stream_started(served.port)
        loop = asyncio.get_running_loop()
        signalled = loop.time()
        served.proc.send_signal(signal.SIGTERM)
        received = []
        with pytest.raises((openai.APIError, httpx.HTTPError)):
            async for text in texts:  # what arrived before the cut
                received.append(text)
        await client.close()
        assert await served.stop(timeout_s=30) == 0
        assert loop.time() - signalled < 20
    assert 0 < len("".join(received)) < len(REPLY)


async def test_workers_drain_alike_under_the_supervisor(tmp_path: Path) -> None:
    """With --workers 2 the supervisor hands the drain to each worker: a stream in flight arrives
    whole, /readyz is 503 during the delay, both workers log their drain, exit code 0."""
    sim = Simulator("primary", models=("gpt-test",), reply=REPLY, pace_s=0.1)
    args = ("--workers", "2", "--drain-delay", "2", "--grace", "30")
    async with _proxy(tmp_path, sim, *args) as served:
        await served.wait_for("proxy_started", count=2)
        client, texts = await _stream_started(served.port)
        served.proc.send_signal(signal.SIGTERM)
        await served.wait_for("proxy_draining", count=2, timeout_s=10)
        async with httpx.AsyncClient() as http:
            assert (await http.get(f"http://127.0.0.1:{served.port}/readyz")).status_code == 503
        received = "".join([text async for text in texts])
        await client.close()
        assert await served.stop() == 0
    assert received == REPLY
    assert {e["delay_s"] for e in served.events("proxy_draining")} == {2.0}
    # each worker kept its port the whole delay (a second SIGTERM from the supervisor cut it short)
    drained = [_seconds(e) for e in served.events("proxy_draining")]
    closed = [_seconds(e) for e in served.events("proxy_closing_port")]
    assert len(closed) == 2 and min(closed) - max(drained) >= 1.9


def _seconds(event: dict[str, object]) -> float:
    """An event's ISO timestamp as seconds."""
    return datetime.fromisoformat(str(event["timestamp"]).replace("Z", "+00:00")).timestamp()


@pytest.mark.parametrize("workers", ["1", "2"])
async def test_stop_signals_that_keep_coming_until_the_exit_still_end_in_exit_code_0(
    tmp_path: Path, workers: str
) -> None:
    """An orchestrator that repeats SIGTERM (or a second Ctrl-C, or logrotate's SIGHUP) while the
    proxy winds down: the drain ends, the process exits 0 rather than dying by the signal in its
    last moments."""
    sim = Simulator("primary", models=("gpt-test",), reply="done", pace_s=0.0)
    async with _proxy(tmp_path, sim, "--workers", workers) as served:
        await served.wait_for("proxy_started", count=int(workers))
        # Signals go through a pidfd, not ``proc.send_signal``: that polls first (bpo-38630),
        # and a poll that reaps the exited child leaves asyncio's child watcher nothing to wait
        # for, so it reports exit code 255 ("Unknown child process pid").
        pidfd = os.pidfd_open(served.proc.pid)
        try:
            for sig in itertools.cycle((signal.SIGTERM, signal.SIGHUP, signal.SIGINT)):
                if served.proc.returncode is not None:
                    break
                with contextlib.suppress(ProcessLookupError):  # exited, not yet reaped
                    signal.pidfd_send_signal(pidfd, sig)
                with contextlib.suppress(TimeoutError):
                    await asyncio.wait_for(served.proc.wait(), 0.005)
        finally:
            os.close(pidfd)
        assert served.proc.returncode == 0
    assert served.events("proxy_stopped")
