"""``sovproxy serve --workers N`` as a supervisor, with real processes."""

from __future__ import annotations

import asyncio
import os
import signal
import socket
from pathlib import Path

import httpx

from tests.serve_process import free_port, serve_process, write_config


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    return True


def _pids(events: list[dict[str, object]]) -> dict[int, int]:
    """worker index → pid of its latest start."""
    return {int(str(e["worker"])): int(str(e["pid"])) for e in events}


async def _models(port: int) -> int:
    async with httpx.AsyncClient() as http:
        return (await http.get(f"http://127.0.0.1:{port}/v1/models")).status_code


async def test_sigterm_stops_every_worker_and_a_killed_worker_is_replaced(tmp_path: Path) -> None:
    """kill -9 of a worker: logged and replaced, the port keeps answering; SIGTERM to the
    supervisor: it exits 0 and no worker outlives it."""
    port = free_port()
    config = write_config(tmp_path, port, free_port())
    async with serve_process(config, port, "--workers", "2") as served:
        await served.wait_for("worker_started", 2)
        await served.listening()
        await served.wait_for("proxy_started", 2)
        first = _pids(served.events("worker_started"))
        os.kill(first[1], signal.SIGKILL)
        await served.wait_for("worker_started", 3)
        exited = served.events("worker_exited")[0]
        assert (exited["worker"], exited["signal"]) == (1, "SIGKILL")
        assert served.events("worker_restarting")[0]["delay_s"] == 0.5
        second = _pids(served.events("worker_started"))
        assert second[0] == first[0] and second[1] != first[1]
        assert await _models(port) == 200
        await served.wait_for("proxy_started", 3)  # the new worker handles SIGHUP too
        served.proc.send_signal(signal.SIGHUP)  # reload: the workers, not the supervisor
        await served.wait_for("policy_loaded", 2)
        assert served.proc.returncode is None
        assert _pids(served.events("worker_started")) == second
        assert await served.stop(signal.SIGTERM) == 0
    assert not any(_alive(pid) for pid in (*first.values(), *second.values()))
    assert len(served.events("proxy_stopped")) == 2  # both workers drained and stopped
    assert not served.stderr


async def test_a_worker_that_cannot_start_stops_the_supervisor(tmp_path: Path) -> None:
    """The port is taken by another program: exit code 2, one line on stderr, no traceback,
    no worker left running."""
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = int(taken.getsockname()[1])
        config = write_config(tmp_path, port, free_port())
        async with serve_process(config, port, "--workers", "2") as served:
            code = await asyncio.wait_for(served.proc.wait(), 120)
    assert code == 2
    assert len(served.stderr) == 1, served.stderr
    assert served.stderr[0].startswith(
        f"sovproxy: cannot listen on 127.0.0.1:{port}: address already in use ("
    )
    assert not any(_alive(pid) for pid in _pids(served.events("worker_started")).values())


async def test_single_process_port_in_use_is_one_line(tmp_path: Path) -> None:
    """Without --workers the same mistake gives the same one line and exit code 2."""
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = int(taken.getsockname()[1])
        config = write_config(tmp_path, port, free_port())
        async with serve_process(config, port) as served:
            code = await asyncio.wait_for(served.proc.wait(), 120)
    assert code == 2
    assert len(served.stderr) == 1, served.stderr
    assert f"cannot listen on 127.0.0.1:{port}: address already in use" in served.stderr[0]
