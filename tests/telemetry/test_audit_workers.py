"""``serve --workers 2`` writes one signed segment per worker; the directory verifies as one
deployment and its report is not broken."""

from __future__ import annotations

import asyncio
import signal
from pathlib import Path

import httpx

from proxy.demo.run import start_site
from proxy.demo.sim_openai import openai_app
from proxy.demo.simulator import Simulator
from proxy.telemetry.audit_deployment import verify_deployment
from proxy.telemetry.audit_note import read_verifier, write_keypair
from proxy.telemetry.report import build_report
from tests.serve_process import OPEN_POLICY, free_port, serve_process

REQUESTS = 24


def _config(tmp_path: Path, port: int, upstream: int) -> Path:
    logs = tmp_path / "logs"
    logs.mkdir()
    config = tmp_path / "sovproxy.yaml"
    config.write_text(
        "\n".join(
            [
                f"listen: {{host: 127.0.0.1, port: {port}}}",
                "auth: none",
                "backends:",
                "  primary:",
                f"    base_url: http://127.0.0.1:{upstream}/v1",
                "    models: [gpt-test]",
                "    hops: [{role: hosting, operator: Example SAS, operator_hq: FR, location: FR}]",
                f"policy: {OPEN_POLICY}",
                f"audit: {{path: {logs / 'audit.jsonl'}, signing_key: '${{env:AUDIT_KEY}}'}}",
            ]
        )
        + "\n"
    )
    return config


async def _send(port: int) -> list[int]:
    body = {"model": "gpt-test", "messages": [{"role": "user", "content": "hi"}]}
    statuses = []
    for _ in range(REQUESTS):  # a new connection each: SO_REUSEPORT spreads them over workers
        async with httpx.AsyncClient() as http:
            got = await http.post(f"http://127.0.0.1:{port}/v1/chat/completions", json=body)
            statuses.append(got.status_code)
    return statuses


async def test_two_workers_write_two_signed_segments_that_verify(tmp_path: Path) -> None:
    """Each worker signs its own segment; stopped cleanly, the directory verifies with the
    public key, every request is in it once, and the report says intact."""
    key = tmp_path / "audit.key"
    write_keypair(key, "test.example/audit")
    runner, upstream = await start_site(openai_app(Simulator("primary")), "127.0.0.1", 0)
    port = free_port()
    try:
        config = _config(tmp_path, port, upstream)
        env = {"AUDIT_KEY": str(key)}  # the key's path from the environment, as any value
        async with serve_process(config, port, "--workers", "2", env=env) as s:
            await s.wait_for("proxy_starting", 2)
            await s.listening()
            assert await _send(port) == [200] * REQUESTS
            assert await s.stop(signal.SIGTERM) == 0
    finally:
        await runner.cleanup()
    logs = tmp_path / "logs"
    assert sorted(p.name for p in logs.iterdir() if p.suffix == ".jsonl") == [
        "audit-w0.jsonl",
        "audit-w1.jsonl",
    ]
    result = await asyncio.to_thread(
        verify_deployment, [logs], read_verifier(tmp_path / "audit.key.pub")
    )
    assert result.ok, result.problems
    assert result.records == REQUESTS
    assert all(seg.signed == seg.result.records for seg in result.segments if seg.result)
    report = build_report([logs])
    assert report.verify.ok and report.records == REQUESTS
