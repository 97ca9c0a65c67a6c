"""Evidence through the real proxy: the span tree with hop events, the audit chain, metrics."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from pathlib import Path

import httpx
import pytest
from opentelemetry.sdk.trace import ReadableSpan
from opentelemetry.sdk.trace.export.in_memory_span_exporter import InMemorySpanExporter

from proxy.telemetry.audit import verify_files
from proxy.telemetry.tracing import Tracing
from tests.stack import DEMO_POLICY, Stack, demo_upstreams, running_stack

PUBLIC = "What is the capital of Portugal?"
SECRET = "deploy with password: Tr0ub4dor&3xyz please"
TRACEPARENT = "00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01"


@pytest.fixture
async def traced(tmp_path: Path) -> AsyncIterator[tuple[Stack, InMemorySpanExporter]]:
    """The demo tiers with tracing into an in-memory exporter."""
    exporter = InMemorySpanExporter()
    tracer = Tracing.from_env(exporter=exporter, environ={})
    async with running_stack(
        tmp_path, demo_upstreams(), policy=DEMO_POLICY, overrides={"tracer": tracer}
    ) as stack:
        yield stack, exporter


async def _chat(stack: Stack, text: str, headers: dict[str, str] | None = None) -> httpx.Response:
    async with httpx.AsyncClient() as http:
        return await http.post(
            f"{stack.base_url}/chat/completions",
            json={"model": "chat", "messages": [{"role": "user", "content": text}]},
            headers=headers or {},
        )


async def _spans(stack: Stack, exporter: InMemorySpanExporter) -> list[ReadableSpan]:
    await asyncio.to_thread(stack.services.evidence.tracing.force_flush)
    return list(exporter.get_finished_spans())


def _children(spans: list[ReadableSpan], parent: ReadableSpan) -> list[ReadableSpan]:
    return [s for s in spans if s.parent is not None and s.parent.span_id == parent.context.span_id]


async def test_routed_request_span_tree(traced: tuple[Stack, InMemorySpanExporter]) -> None:
    """A routed request: server span → classify, policy and one client span with hop events."""
    stack, exporter = traced
    resp = await _chat(stack, PUBLIC, {"traceparent": TRACEPARENT})
    assert resp.status_code == 200
    spans = await _spans(stack, exporter)
    server = next(s for s in spans if s.name == "POST /v1/chat/completions")
    assert format(server.context.trace_id, "032x") == "0af7651916cd43dd8448eb211c80319c"
    names = sorted(s.name for s in _children(spans, server))
    assert names == ["chat gpt-4o", "sovproxy.classify", "sovproxy.policy"]
    client = next(s for s in spans if s.name == "chat gpt-4o")
    attrs = client.attributes or {}
    assert attrs["sovproxy.backend"] == "us-hyperscaler"
    assert attrs["sovproxy.tier"] == "hyperscaler"
    assert attrs["sovproxy.jurisdictions"] == "DE,IE,US"
    assert attrs["sovproxy.us_reachable"] is True
    assert attrs["sovproxy.rule"] == "R50-public-and-internal"
    assert attrs["gen_ai.request.model"] == "gpt-4o"
    assert attrs["gen_ai.usage.output_tokens"] > 0
    hops = [dict(e.attributes or {}) for e in client.events if e.name == "sovproxy.hop"]
    assert [(h["index"], h["operator"], h["operator_hq"]) for h in hops] == [
        (0, "self", "DE"),
        (1, "Simulated Hyperscaler Inc.", "US"),
    ]
    sent = stack.sim("us-hyperscaler").received[-1].headers["traceparent"]
    assert sent.split("-")[1] == "0af7651916cd43dd8448eb211c80319c"
    assert sent.split("-")[2] == format(client.context.span_id, "016x")


async def test_denied_request_has_no_client_span(
    traced: tuple[Stack, InMemorySpanExporter],
) -> None:
    """A denied request records its decision and never opens a client span."""
    stack, exporter = traced
    assert (await _chat(stack, SECRET)).status_code == 403
    spans = await _spans(stack, exporter)
    server = next(s for s in spans if s.name.startswith("POST"))
    assert (server.attributes or {})["sovproxy.decision"] == "deny"
    assert (server.attributes or {})["sovproxy.rule"] == "G1-no-credentials"
    assert not [s for s in spans if s.kind.name == "CLIENT"]


async def test_fallback_has_two_client_spans(traced: tuple[Stack, InMemorySpanExporter]) -> None:
    """A fallback shows the failed attempt and the one that answered, each with its backend."""
    stack, exporter = traced
    stack.sim("us-hyperscaler").fail_next(status=500)
    assert (await _chat(stack, PUBLIC)).status_code == 200
    clients = [s for s in await _spans(stack, exporter) if s.kind.name == "CLIENT"]
    assert [(s.attributes or {})["sovproxy.backend"] for s in clients] == [
        "us-hyperscaler",
        "eu-cloud",
    ]
    assert clients[0].status.status_code.name == "ERROR"


async def test_audit_chain_records_decisions(traced: tuple[Stack, InMemorySpanExporter]) -> None:
    """Routed and denied requests each leave one verifiable audit line with the hops."""
    stack, _ = traced
    await _chat(stack, PUBLIC)
    await _chat(stack, SECRET)
    stack.services.evidence.audit.close()  # type: ignore[union-attr]
    lines = stack.audit_path.read_text().splitlines()
    assert len(lines) == 2
    assert verify_files([stack.audit_path]).ok
    assert '"us-hyperscaler"' in lines[0] and '"Simulated Hyperscaler Inc."' in lines[0]
    assert '"G1-no-credentials"' in lines[1]
    assert "Tr0ub4dor" not in lines[1] and "Portugal" not in lines[0]


async def test_unwritable_audit_fails_closed(tmp_path: Path) -> None:
    """If the audit log cannot be written, requests are refused with 503 and nothing is sent."""
    blocker = tmp_path / "not-a-dir"
    blocker.write_text("x")
    async with running_stack(
        tmp_path, demo_upstreams(), policy=DEMO_POLICY, audit={"path": blocker / "audit.jsonl"}
    ) as stack:
        resp = await _chat(stack, PUBLIC)
        assert resp.status_code == 503
        assert resp.json()["error"]["code"] == "audit_unavailable"
        assert not any(up.sim.received for up in stack.upstreams.values())
        async with httpx.AsyncClient() as http:
            assert (await http.get(f"{stack.url}/readyz")).status_code == 503


async def test_metrics_endpoint(traced: tuple[Stack, InMemorySpanExporter]) -> None:
    """/metrics exposes requests by level, tier and backend, stage latencies and the policy."""
    stack, _ = traced
    await _chat(stack, PUBLIC)
    async with httpx.AsyncClient() as http:
        text = (await http.get(f"{stack.url}/metrics")).text
    assert 'backend="us-hyperscaler"' in text and 'tier="hyperscaler"' in text
    assert "sovproxy_stage_duration_seconds" in text
    assert 'sovproxy_policy_info{name="default-routing"' in text
    assert "sovproxy_circuit_breaker_state" in text
