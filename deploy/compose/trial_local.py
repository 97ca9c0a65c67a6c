"""The compose trial without Docker: three ``sovproxy serve`` behind HAProxy on 127.0.0.1, in front
of one simulated OpenAI-compatible backend, under a steady load of streamed completions; one
replica is stopped mid-run and the clients count what they noticed.

    python deploy/compose/trial_local.py --seconds 30 --clients 8 --signal TERM --pace 0.15

Needs ``haproxy`` on PATH (Debian: ``apt-get install haproxy``). Prints one JSON object: streams
completed, failed (by error) and cut short, and how long the stopped replica took to exit. With
``--signal TERM`` the replica drains (``--drain-delay 3 --grace 60``); ``--signal KILL`` is the
baseline of a replica that dies with its streams.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import signal
import socket
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

import openai

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from proxy.demo.run import start_site  # noqa: E402
from proxy.demo.sim_openai import openai_app  # noqa: E402
from proxy.demo.simulator import Simulator  # noqa: E402

REPLY = " ".join(f"token{i}" for i in range(40))
HAPROXY = """global
    log stdout format raw local0 err
defaults
    mode http
    timeout connect 5s
    timeout client 120s
    timeout server 120s
    retry-on conn-failure empty-response
    retries 2
    option redispatch
frontend sovproxy
    bind 127.0.0.1:{lb}
    default_backend sovproxy
backend sovproxy
    balance leastconn
    option httpchk GET /readyz
    http-check expect status 200
    default-server check inter 1s fall 2 rise 2
{servers}
"""


def _port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def _config(work: Path, upstream: int) -> Path:
    config = work / "sovproxy.yaml"
    config.write_text(
        "auth: none\nbackends:\n  primary:\n"
        f"    base_url: http://127.0.0.1:{upstream}/v1\n    models: [gpt-test]\n"
        "    hops: [{role: hosting, operator: Example Cloud SAS, operator_hq: FR, location: FR}]\n"
        f"policy: {ROOT / 'tests' / 'fixtures' / 'open.yaml'}\n"
    )
    return config


async def _replica(config: Path, port: int, work: Path) -> asyncio.subprocess.Process:
    env = {**os.environ, "SOVPROXY_AUDIT__PATH": str(work / f"replica-{port}.jsonl")}
    args = ["serve", "--config", str(config), "--port", str(port), "--drain-delay", "3"]
    return await asyncio.create_subprocess_exec(
        sys.executable,
        "-m",
        "proxy.cli",
        *args,
        "--grace",
        "60",
        cwd=ROOT,
        env=env,
        stdout=asyncio.subprocess.DEVNULL,
        stderr=asyncio.subprocess.DEVNULL,
    )


async def _ready(port: int) -> None:
    for _ in range(600):
        try:
            _, writer = await asyncio.open_connection("127.0.0.1", port)
        except OSError:
            await asyncio.sleep(0.2)
            continue
        writer.close()
        return
    raise SystemExit(f"nothing listens on {port}")


async def _client(lb: int, until: float, tally: Counter[str]) -> None:
    async with openai.AsyncOpenAI(
        base_url=f"http://127.0.0.1:{lb}/v1", api_key="x", max_retries=0, timeout=60
    ) as client:
        while time.monotonic() < until:
            try:
                stream = await client.chat.completions.create(
                    model="gpt-test", messages=[{"role": "user", "content": "hi"}], stream=True
                )
                text = "".join(
                    [c.choices[0].delta.content or "" async for c in stream if c.choices]
                )
                tally["completed" if text == REPLY else "cut_short"] += 1
            except (openai.APIError, OSError) as exc:
                tally[f"failed:{type(exc).__name__}"] += 1


async def main(
    seconds: float, clients: int, sig: signal.Signals, pace_s: float
) -> dict[str, object]:
    sim = Simulator("primary", models=("gpt-test",), reply=REPLY, pace_s=pace_s)
    runner, upstream = await start_site(openai_app(sim), "127.0.0.1", 0)
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        config = _config(work, upstream)
        ports = [_port() for _ in range(3)]
        replicas = [await _replica(config, port, work) for port in ports]
        for port in ports:
            await _ready(port)
        lb = _port()
        servers = "\n".join(f"    server r{i} 127.0.0.1:{p}" for i, p in enumerate(ports))
        (work / "haproxy.cfg").write_text(HAPROXY.format(lb=lb, servers=servers))
        haproxy = await asyncio.create_subprocess_exec(
            "haproxy", "-db", "-f", str(work / "haproxy.cfg")
        )
        await _ready(lb)
        await asyncio.sleep(2.5)  # first health checks
        tally: Counter[str] = Counter()
        until = time.monotonic() + seconds
        load = [asyncio.create_task(_client(lb, until, tally)) for _ in range(clients)]
        await asyncio.sleep(seconds / 3)
        replicas[1].send_signal(sig)
        stopped = time.monotonic()
        code = await replicas[1].wait()
        exit_s = time.monotonic() - stopped
        await asyncio.gather(*load)
        for proc in (haproxy, replicas[0], replicas[2]):
            proc.terminate()
            await proc.wait()
    await runner.cleanup()
    return {
        "signal": sig.name,
        "seconds": seconds,
        "clients": clients,
        "pace_s": pace_s,
        "streams": dict(tally),
        "stopped_replica_exit_code": code,
        "stopped_replica_exit_s": round(exit_s, 2),
    }


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=float, default=20.0)
    parser.add_argument("--clients", type=int, default=8)
    parser.add_argument("--signal", choices=["TERM", "KILL"], default="TERM")
    parser.add_argument(
        "--pace", type=float, default=0.05, help="seconds between streamed tokens (40)"
    )
    args = parser.parse_args()
    result = asyncio.run(
        main(args.seconds, args.clients, signal.Signals[f"SIG{args.signal}"], args.pace)
    )
    print(json.dumps(result))
