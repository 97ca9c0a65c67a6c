"""The audit log through the real proxy: signed checkpoints, the checkpoint route, the start-up
warning, one record for every request (refusals before routing too) and usage without tracing."""

from __future__ import annotations

from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import httpx
import orjson
import pytest
import structlog

from proxy.demo.simulator import Simulator
from proxy.telemetry.audit_checkpoint import Checkpoint
from proxy.telemetry.audit_deployment import verify_deployment
from proxy.telemetry.audit_note import open_note, read_verifier, write_keypair
from tests.stack import Stack, Upstream, running_stack

KEY = "sk-team-alpha-0123456789"


def _records(stack: Stack) -> list[dict[str, Any]]:
    lines = stack.audit_path.read_bytes().splitlines()
    return [orjson.loads(line) for line in lines if line.strip()]


@pytest.fixture
async def signed(tmp_path: Path) -> AsyncIterator[Stack]:
    """One OpenAI-compatible upstream; the audit log signed with a fresh key."""
    key = tmp_path / "audit.key"
    write_keypair(key, "test.example/audit")
    audit = {"path": tmp_path / "audit.jsonl", "signing_key": key}
    async with running_stack(
        tmp_path, {"primary": Upstream(Simulator("primary"))}, audit=audit
    ) as stack:
        yield stack


async def _chat(stack: Stack, **extra: Any) -> httpx.Response:
    body = {"model": "gpt-test", "messages": [{"role": "user", "content": "hello"}], **extra}
    async with httpx.AsyncClient() as http:
        return await http.post(f"{stack.base_url}/chat/completions", json=body)


async def test_checkpoint_route_serves_a_note_that_verifies(signed: Stack, tmp_path: Path) -> None:
    """After two requests the route returns a checkpoint of size 2 signed by the key."""
    assert (await _chat(signed)).status_code == 200
    assert (await _chat(signed)).status_code == 200
    async with httpx.AsyncClient() as http:
        got = (await http.get(f"{signed.url}/sovproxy/v1/audit/checkpoint")).json()
    verifier = read_verifier(tmp_path / "audit.key.pub")
    assert got["key"] == f"test.example/audit+{verifier.id.hex()}"
    [entry] = got["checkpoints"]
    text, why = open_note(entry["note"], verifier)
    assert text is not None, why
    checkpoint = Checkpoint.parse(text)
    assert (entry["segment"], checkpoint.size) == ("audit.jsonl", 2)
    assert checkpoint.head == _records(signed)[-1]["hash"]


async def test_the_log_is_signed_at_shutdown(tmp_path: Path) -> None:
    """Stopping the proxy signs the last head: the whole log verifies with the public key."""
    key = tmp_path / "audit.key"
    write_keypair(key, "test.example/audit")
    audit = {"path": tmp_path / "audit.jsonl", "signing_key": key}
    async with running_stack(
        tmp_path, {"primary": Upstream(Simulator("primary"))}, audit=audit
    ) as stack:
        for _ in range(3):
            await _chat(stack)
    result = verify_deployment(
        [tmp_path / "audit.jsonl"], read_verifier(tmp_path / "audit.key.pub")
    )
    assert result.ok, result.problems
    assert result.segments[0].signed == 3 and result.warnings == []


async def test_without_a_key_the_proxy_warns_and_the_route_says_so(tmp_path: Path) -> None:
    """One warning at start; the checkpoint route answers 404 in the API's error shape."""
    upstreams = {"primary": Upstream(Simulator("primary"))}
    with structlog.testing.capture_logs() as logs:
        async with running_stack(tmp_path, upstreams) as stack, httpx.AsyncClient() as http:
            got = await http.get(f"{stack.url}/sovproxy/v1/audit/checkpoint")
    warnings = [event for event in logs if event["event"] == "audit_unsigned"]
    assert len(warnings) == 1 and warnings[0]["log_level"] == "warning"
    assert "accidental edits only" in warnings[0]["detail"]
    assert got.status_code == 404 and got.json()["error"]["code"] == "audit_unsigned"


async def test_an_unusable_signing_key_stops_the_start(tmp_path: Path) -> None:
    """A signing_key that is not a key is a configuration error naming the setting."""
    from proxy.yamlio import ConfigFileError

    (tmp_path / "bad.key").write_text("nope\n")
    audit = {"path": tmp_path / "audit.jsonl", "signing_key": tmp_path / "bad.key"}
    with pytest.raises(ConfigFileError, match=r"audit.signing_key: .*bad.key"):
        async with running_stack(
            tmp_path, {"primary": Upstream(Simulator("primary"))}, audit=audit
        ):
            pass
