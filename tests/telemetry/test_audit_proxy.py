"""The audit log through the real proxy: signed checkpoints, the checkpoint route, the start-up
warning, one record for every request (refusals before routing too) and usage without tracing."""

from __future__ import annotations

import hashlib
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import anthropic
import httpx
import openai
import orjson
import pytest
import structlog
from mistralai.client import Mistral

from proxy.demo.sim_anthropic import AnthropicSimulator
from proxy.demo.simulator import Simulator
from proxy.telemetry.audit_checkpoint import Checkpoint
from proxy.telemetry.audit_deployment import verify_deployment
from proxy.telemetry.audit_note import open_note, read_verifier, write_keypair
from tests.stack import DEMO_POLICY, Stack, Upstream, demo_upstreams, running_stack

KEY = "sk-team-alpha-0123456789"
SECRET = "deploy with password: Tr0ub4dor&3xyz please"


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
    assert (await _chat(signed)).status_code == 200
    async with httpx.AsyncClient() as http:  # polled again at once: not re-signed (once a second)
        again = (await http.get(f"{signed.url}/sovproxy/v1/audit/checkpoint")).json()
    assert again["checkpoints"] == got["checkpoints"]


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


async def test_a_signing_key_others_can_read_is_warned_about(tmp_path: Path) -> None:
    """A key readable by group or others still works, with one warning saying so."""
    key = tmp_path / "audit.key"
    write_keypair(key, "test.example/audit")
    key.chmod(0o644)
    audit = {"path": tmp_path / "audit.jsonl", "signing_key": key}
    upstreams = {"primary": Upstream(Simulator("primary"))}
    with structlog.testing.capture_logs() as logs:
        async with running_stack(tmp_path, upstreams, audit=audit) as stack:
            assert (await _chat(stack)).status_code == 200
    [warning] = [event for event in logs if event["event"] == "audit_key_readable"]
    assert warning["mode"] == "0o644"
    assert not [event for event in logs if event["event"] == "audit_unsigned"]


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


@pytest.fixture
async def guarded(tmp_path: Path) -> AsyncIterator[Stack]:
    """The demo tiers behind client keys and a 2 kB body limit."""
    auth = {"keys": [{"key": KEY, "tenant": "alpha"}]}
    async with running_stack(
        tmp_path,
        demo_upstreams(),
        policy=DEMO_POLICY,
        auth=auth,
        limits={"max_body_bytes": 2048},
    ) as stack:
        yield stack


async def _post(
    stack: Stack, content: bytes, key: str | None = KEY, **headers: str
) -> httpx.Response:
    if key is not None:
        headers["Authorization"] = f"Bearer {key}"
    async with httpx.AsyncClient() as http:
        return await http.post(
            f"{stack.base_url}/chat/completions",
            content=content,
            headers={"Content-Type": "application/json", **headers},
        )


def _body(model: str = "chat", text: str = "hello") -> bytes:
    return orjson.dumps({"model": model, "messages": [{"role": "user", "content": text}]})


async def test_every_refusal_before_routing_leaves_one_record(guarded: Stack) -> None:
    """401 (wrong and missing key), 400 (invalid JSON, unknown label), 404 (unknown model,
    name kept), 413 and 403: one record each, with status and reason code, and metrics."""
    wrong = "sk-wrong-key-do-not-log-42"
    sent = [
        (await _post(guarded, _body(), key=wrong)).status_code,
        (await _post(guarded, _body(), key=None)).status_code,
        (await _post(guarded, b'{"model": "chat", "messages": [')).status_code,
        (await _post(guarded, _body(), **{"X-Data-Classification": "topsecret"})).status_code,
        (await _post(guarded, _body(model="gpt-9-ultra"))).status_code,
        (await _post(guarded, _body(text="x" * 4096))).status_code,
        (await _post(guarded, _body(text=SECRET))).status_code,
    ]
    assert sent == [401, 401, 400, 400, 404, 413, 403]
    guarded.services.evidence.audit.close()  # type: ignore[union-attr]
    records = _records(guarded)
    assert [(r["status"], r["error"]) for r in records] == [
        (401, "invalid_api_key"),
        (401, "invalid_api_key"),
        (400, "invalid_json"),
        (400, "invalid_label"),
        (404, "model_not_found"),
        (413, "request_too_large"),
        (403, "policy_denied"),
    ]
    assert records[0]["tenant"] == "unauthenticated"
    assert records[0]["key_id"] == hashlib.sha256(wrong.encode()).hexdigest()[:12]
    assert records[1]["key_id"] is None
    assert [r["model"] for r in records[3:5]] == ["chat", "gpt-9-ultra"]
    assert records[4]["tenant"] == "alpha" and records[6]["action"] == "deny"
    log = guarded.audit_path.read_text()
    assert wrong not in log and "hello" not in log and "Tr0ub4dor" not in log
    assert verify_deployment([guarded.audit_path]).ok
    async with httpx.AsyncClient() as http:
        metrics = (await http.get(f"{guarded.url}/metrics")).text
    assert (
        'sovproxy_refusals_total{endpoint="chat.completions",reason="invalid_api_key",'
        'status="401"} 2.0' in metrics
    )
    assert 'reason="model_not_found",status="404"} 1.0' in metrics


@pytest.fixture
async def mixed(tmp_path: Path) -> AsyncIterator[Stack]:
    """An OpenAI-compatible backend (gpt-test) and an Anthropic one (claude-test); no tracing."""
    ups = {
        "primary": Upstream(Simulator("openai-sim"), models=("gpt-test",)),
        "claude": Upstream(
            AnthropicSimulator("anthropic-sim"), protocol="anthropic", models=("claude-test",)
        ),
    }
    async with running_stack(tmp_path, ups) as stack:
        assert not stack.services.evidence.tracing.enabled
        yield stack


HELLO: Any = [{"role": "user", "content": "Hello there, how are you today?"}]


async def _openai_call(stack: Stack, model: str, stream: bool) -> None:
    async with openai.AsyncOpenAI(base_url=stack.base_url, api_key="t", max_retries=0) as client:
        if not stream:
            await client.chat.completions.create(model=model, messages=HELLO)
            return
        chunks = await client.chat.completions.create(
            model=model, messages=HELLO, stream=True, stream_options={"include_usage": True}
        )
        async for _ in chunks:
            pass


async def _anthropic_call(stack: Stack, model: str, stream: bool) -> None:
    async with anthropic.AsyncAnthropic(base_url=stack.url, api_key="t", max_retries=0) as client:
        if not stream:
            await client.messages.create(model=model, max_tokens=50, messages=HELLO)
            return
        async with client.messages.stream(model=model, max_tokens=50, messages=HELLO) as events:
            async for _ in events:
                pass


async def _mistral_call(stack: Stack, model: str, stream: bool) -> None:
    async with Mistral(api_key="t", server_url=stack.url) as client:
        if not stream:
            await client.chat.complete_async(model=model, messages=HELLO)
            return
        async for _ in await client.chat.stream_async(model=model, messages=HELLO):
            pass


CALLS = {"openai": _openai_call, "anthropic": _anthropic_call, "mistral": _mistral_call}


#: every SDK x backend x JSON/stream, except the mistralai SDK streaming from an OpenAI-style
#: backend: that SDK does not ask for stream usage and such a backend then sends none (below)
CASES = [
    (sdk, model, stream)
    for sdk in sorted(CALLS)
    for model in ("gpt-test", "claude-test")
    for stream in (False, True)
    if (sdk, model, stream) != ("mistral", "gpt-test", True)
]


@pytest.mark.parametrize(("sdk", "model", "stream"), CASES)
async def test_usage_is_recorded_without_tracing(
    mixed: Stack, sdk: str, model: str, stream: bool
) -> None:
    """The backend's input and output token counts reach the audit record and the metrics,
    for JSON and streams, native and translated, with tracing off."""
    await CALLS[sdk](mixed, model, stream)
    mixed.services.evidence.audit.close()  # type: ignore[union-attr]
    [record] = _records(mixed)
    assert (record["status"], record["stream"]) == (200, stream)
    usage = record["usage"]
    tokens_in = usage.get("input_tokens", usage.get("prompt_tokens"))
    tokens_out = usage.get("output_tokens", usage.get("completion_tokens"))
    assert tokens_in and tokens_in > 0 and tokens_out and tokens_out > 0, usage
    backend = "claude" if model == "claude-test" else "primary"
    async with httpx.AsyncClient() as http:
        metrics = (await http.get(f"{mixed.url}/metrics")).text
    line = f'sovproxy_tokens_total{{backend="{backend}",type="output"}} {float(tokens_out)}'
    assert line in metrics


async def test_a_stream_that_reports_no_usage_records_none(mixed: Stack) -> None:
    """An OpenAI-style stream the client did not ask usage for carries none: none is invented."""
    async with openai.AsyncOpenAI(base_url=mixed.base_url, api_key="t", max_retries=0) as client:
        async for _ in await client.chat.completions.create(
            model="gpt-test", messages=HELLO, stream=True
        ):
            pass
    mixed.services.evidence.audit.close()  # type: ignore[union-attr]
    [record] = _records(mixed)
    assert record["status"] == 200 and record["usage"] == {}
    assert record["events_delivered"] > 1


@pytest.mark.skipif(not Path("/dev/full").exists(), reason="needs /dev/full")
@pytest.mark.parametrize("mode", ["standard", "strict"])
async def test_strict_mode_sends_nothing_it_could_not_record(tmp_path: Path, mode: str) -> None:
    """The audit disk is full (/dev/full). Standard mode answers the first request and loses
    its record; strict mode writes the decision first, fails, and refuses with nothing sent."""
    audit = {"path": Path("/dev/full"), "mode": mode, "fsync": "never"}
    async with running_stack(
        tmp_path, {"primary": Upstream(Simulator("primary"))}, audit=audit
    ) as stack:
        got = await _chat(stack)
        received = len(stack.sim("primary").received)
    if mode == "strict":
        assert got.status_code == 503 and got.json()["error"]["code"] == "audit_unavailable"
        assert received == 0
    else:
        assert (got.status_code, received) == (200, 1)


async def test_strict_mode_writes_decision_then_outcome(tmp_path: Path) -> None:
    """Two records per forwarded request: the decision, then the outcome naming it; refusals and
    denials stay one record; the report counts each request once."""
    from proxy.telemetry.report import build_report

    audit = {"path": tmp_path / "audit.jsonl", "mode": "strict"}
    async with running_stack(
        tmp_path, {"primary": Upstream(Simulator("primary"))}, audit=audit
    ) as stack:
        assert (await _chat(stack)).status_code == 200
        assert (await _chat(stack, model="nope")).status_code == 404
    records = _records(stack)
    assert [(r.get("phase"), r["status"]) for r in records] == [
        ("decision", None),
        ("outcome", 200),
        (None, 404),
    ]
    assert records[1]["decision_seq"] == records[0]["seq"]
    assert records[0]["request_id"] == records[1]["request_id"]
    assert records[0]["backend"] is None and records[0]["candidates"] == ["primary"]
    report = build_report([tmp_path / "audit.jsonl"])
    assert report.verify.ok and report.records == 2
