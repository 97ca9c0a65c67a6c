"""The log of a real ``sovproxy serve`` process: JSON lines only, whatever clients send."""

from __future__ import annotations

import asyncio
import contextlib
import subprocess
import sys
from pathlib import Path

import openai
import orjson

from proxy.demo.run import start_site
from proxy.demo.sim_openai import openai_app
from proxy.demo.simulator import Simulator
from tests.serve_process import ROOT, free_port, serve_process, write_config

SECRET_PROMPT = "Patient Zuzanna Wiśniewska-Kowalczyk, IBAN DE58430609677000312458"


async def _raw(port: int, data: bytes) -> bytes:
    """Send raw bytes on a fresh connection; what the server answered before closing."""
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    writer.write(data)
    await writer.drain()
    try:
        return await asyncio.wait_for(reader.read(200), 10)
    finally:
        writer.close()


def _parsed(lines: list[str]) -> list[dict[str, object]]:
    """Every line as a JSON object (fails on the first line that is not one)."""
    out = []
    for line in lines:
        try:
            event = orjson.loads(line)
        except orjson.JSONDecodeError:
            raise AssertionError(f"not a JSON line: {line!r}") from None
        assert isinstance(event, dict), line
        out.append(event)
    return out


async def test_every_line_is_json_and_levels_do_not_collide(tmp_path: Path) -> None:
    """Good requests, upstream failures, malformed HTTP and TLS bytes on the plain port: stdout
    and stderr hold JSON events only; request_completed keeps severity and data level apart;
    aiohttp's parser errors are one event with the exception type and no request bytes."""
    sim = Simulator("primary", models=("gpt-test",))
    runner, upstream_port = await start_site(openai_app(sim), "127.0.0.1", 0)
    port = free_port()
    config = write_config(tmp_path, port, upstream_port)
    try:
        async with serve_process(config, port) as served:
            await served.listening()
            async with openai.AsyncOpenAI(
                base_url=f"http://127.0.0.1:{port}/v1", api_key="x", max_retries=0
            ) as oai:
                reply = await oai.chat.completions.create(
                    model="gpt-test", messages=[{"role": "user", "content": SECRET_PROMPT}]
                )
                assert reply.choices[0].message.content
                sim.fail_next(status=500)
                with contextlib.suppress(openai.InternalServerError):
                    await oai.chat.completions.create(
                        model="gpt-test", messages=[{"role": "user", "content": "hi"}]
                    )
            assert (await _raw(port, b"GARBAGE\r\n\r\n")).startswith(b"HTTP/1.")
            bad_length = b"GET / HTTP/1.1\r\nHost: x\r\nContent-Length: " + b"Zuzanna\r\n\r\n"
            assert b" 400 " in await _raw(port, bad_length)
            await _raw(port, b"\x16\x03\x01\x00\xa5\x01\x00\x00\xa1\x03\x03")
            await _raw(port, b"POST /v1/chat/completions HTTP/1.1\r\nContent-Length: 9\r\n\r\n{")
            assert await served.stop() == 0
    finally:
        await runner.cleanup()
    events = _parsed(served.stdout + served.stderr)
    assert not served.stderr
    completed = [e for e in events if e["event"] == "request_completed"]
    assert [e["status"] for e in completed] == [200, 500]
    first = completed[0]
    assert (first["level"], first["data_level"]) == ("info", "confidential")
    assert (first["tier"], first["jurisdictions"]) == ("eu_only", ["DE", "FR"])
    parser_errors = [e for e in events if e.get("logger") == "aiohttp.server"]
    assert parser_errors and all("exc_type" in e and "traceback" in e for e in parser_errors)
    everything = "\n".join(served.stdout)
    assert "Zuzanna" not in everything and "Traceback" not in everything
    assert [e["event"] for e in events][-1] == "proxy_stopped"


_NOISY = """
import asyncio, gc, threading, warnings
from proxy.telemetry.logging import configure_logging
configure_logging("info")
async def boom():
    raise ValueError("secret Zuzanna")
async def main():
    asyncio.ensure_future(boom())
    await asyncio.sleep(0.05)
    gc.collect()
asyncio.run(main())
gc.collect()
warnings.warn("deprecated thing", UserWarning)
thread = threading.Thread(target=lambda: 1 / 0)
thread.start(); thread.join()
class Leaky:
    def __del__(self):
        raise RuntimeError("Zuzanna in __del__")
Leaky()
raise KeyError("Zuzanna at top level")
"""


def test_python_and_asyncio_output_becomes_json_events() -> None:
    """Never-retrieved task exceptions, warnings, thread and unraisable exceptions and an
    uncaught exception: each one JSON event with its type, none with its message."""
    done = subprocess.run(
        [sys.executable, "-c", _NOISY], capture_output=True, text=True, timeout=60, cwd=ROOT
    )
    assert done.returncode == 1
    assert not done.stderr
    events = _parsed(done.stdout.splitlines())
    kinds = [(e["event"], e.get("exc_type")) for e in events]
    assert ("library_log", "ValueError") in kinds  # asyncio: Task exception was never retrieved
    assert ("thread_exception", "ZeroDivisionError") in kinds
    assert ("unraisable_exception", "RuntimeError") in kinds
    assert ("unhandled_exception", "KeyError") in kinds
    assert any(e.get("logger") == "py.warnings" for e in events)
    assert "Zuzanna" not in done.stdout
