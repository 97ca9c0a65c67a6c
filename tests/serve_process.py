"""``sovproxy serve`` as a real subprocess: start it, collect every output line, stop it."""

from __future__ import annotations

import asyncio
import os
import signal
import socket
import sys
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from dataclasses import dataclass, field
from pathlib import Path

import orjson

ROOT = Path(__file__).resolve().parents[1]
OPEN_POLICY = ROOT / "tests" / "fixtures" / "open.yaml"
START_TIMEOUT_S = 120.0


def free_port() -> int:
    """A port nothing listens on right now."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def write_config(tmp_path: Path, port: int, upstream_port: int, **extra: str) -> Path:
    """A config with one OpenAI-compatible backend ``primary`` (gpt-test) on ``upstream_port``."""
    config = tmp_path / "sovproxy.yaml"
    lines = [
        f"listen: {{host: 127.0.0.1, port: {port}}}",
        "auth: none",
        "backends:",
        "  primary:",
        f"    base_url: http://127.0.0.1:{upstream_port}/v1",
        "    models: [gpt-test]",
        "    max_retries: 0",
        "    hops: [{role: hosting, operator: Example Cloud SAS, operator_hq: FR, location: FR}]",
        f"policy: {OPEN_POLICY}",
        f"audit: {{path: {tmp_path / 'audit.jsonl'}}}",
        *(f"{key}: {value}" for key, value in extra.items()),
    ]
    config.write_text("\n".join(lines) + "\n")
    return config


@dataclass
class ServeProcess:
    """A running ``sovproxy serve`` and the lines it printed so far (stdout and stderr)."""

    proc: asyncio.subprocess.Process
    port: int
    stdout: list[str] = field(default_factory=list)
    stderr: list[str] = field(default_factory=list)

    def events(self, name: str) -> list[dict[str, object]]:
        """The JSON log events called ``name`` on stdout."""
        out = []
        for line in self.stdout:
            event = orjson.loads(line)
            if event.get("event") == name:
                out.append(event)
        return out

    async def wait_for(self, name: str, count: int = 1, timeout_s: float = START_TIMEOUT_S) -> None:
        """Wait until ``count`` events called ``name`` were logged."""
        deadline = asyncio.get_running_loop().time() + timeout_s
        while len(self.events(name)) < count:
            if asyncio.get_running_loop().time() > deadline:
                raise AssertionError(f"no {count}x {name} in {self.stdout}{self.stderr}")
            await asyncio.sleep(0.1)

    async def listening(self) -> None:
        """Wait until the port accepts connections."""
        deadline = asyncio.get_running_loop().time() + START_TIMEOUT_S
        while True:
            try:
                _, writer = await asyncio.open_connection("127.0.0.1", self.port)
            except OSError:
                if self.proc.returncode is not None:
                    raise AssertionError(f"serve exited: {self.stdout}{self.stderr}") from None
                if asyncio.get_running_loop().time() > deadline:
                    raise
                await asyncio.sleep(0.2)
                continue
            writer.close()
            return

    async def stop(self, sig: int = signal.SIGTERM, timeout_s: float = 60.0) -> int:
        """Signal the process and wait for it to exit; its exit code."""
        if self.proc.returncode is None:
            self.proc.send_signal(sig)
        return await asyncio.wait_for(self.proc.wait(), timeout_s)


async def _collect(stream: asyncio.StreamReader | None, lines: list[str]) -> None:
    assert stream is not None
    async for raw in stream:
        lines.append(raw.decode("utf-8", "replace").rstrip("\n"))


@asynccontextmanager
async def serve_process(
    config: Path, port: int, *args: str, env: dict[str, str] | None = None
) -> AsyncIterator[ServeProcess]:
    """Start ``python -m proxy.cli serve --config CONFIG ARGS``; stop (SIGKILL) it afterwards."""
    async with cli_process(port, "serve", "--config", str(config), *args, env=env) as running:
        yield running


@asynccontextmanager
async def cli_process(
    port: int, *args: str, env: dict[str, str] | None = None, replace_env: bool = False
) -> AsyncIterator[ServeProcess]:
    """Start ``python -m proxy.cli ARGS`` (the environment: ours plus ``env``, or only ``env``)."""
    proc = await asyncio.create_subprocess_exec(
        sys.executable,
        "-m",
        "proxy.cli",
        *args,
        cwd=ROOT,
        env=dict(env or {}) if replace_env else {**os.environ, **(env or {})},
        stdout=asyncio.subprocess.PIPE,
        stderr=asyncio.subprocess.PIPE,
    )
    running = ServeProcess(proc, port)
    readers = [
        asyncio.create_task(_collect(proc.stdout, running.stdout)),
        asyncio.create_task(_collect(proc.stderr, running.stderr)),
    ]
    try:
        yield running
    finally:
        if proc.returncode is None:
            proc.kill()
            await proc.wait()
        await asyncio.gather(*readers)
