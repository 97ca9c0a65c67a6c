"""Invariant 5: request content and credentials never reach logs, spans, metrics or audit."""

from __future__ import annotations

import asyncio
import io
import tempfile
from pathlib import Path

import httpx
import orjson
import structlog
from hypothesis import given, settings
from hypothesis import strategies as st
from opentelemetry.sdk.trace.export.in_memory_span_exporter import InMemorySpanExporter

from proxy.telemetry.logging import configure_logging
from proxy.telemetry.tracing import Tracing
from tests.stack import DEMO_POLICY, demo_upstreams, running_stack

canaries = st.text(
    alphabet="abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789", min_size=10, max_size=24
).map(lambda s: f"Cnry{s}")


def _requests(canary: str) -> list[tuple[dict[str, object], dict[str, str]]]:
    """Requests carrying the canary in every place content can hide."""
    tool_call = {
        "id": "call_1",
        "type": "function",
        "function": {"name": "lookup", "arguments": f'{{"q": "{canary}"}}'},
    }
    return [
        (
            {"model": "chat", "messages": [{"role": "user", "content": f"Tell me about {canary}"}]},
            {"X-Note": canary},
        ),
        (
            {
                "model": "chat",
                "messages": [
                    {"role": "system", "content": f"password: {canary}"},
                    {"role": "user", "content": "hi"},
                ],
            },
            {},
        ),
        (
            {
                "model": "chat",
                "messages": [
                    {"role": "user", "content": "look it up"},
                    {"role": "assistant", "content": None, "tool_calls": [tool_call]},
                    {
                        "role": "tool",
                        "tool_call_id": "call_1",
                        "content": f"{canary} lives at 5 Rue X",
                    },
                ],
            },
            {"Authorization": f"Bearer {canary}"},
        ),
        (
            {
                "model": "chat",
                "messages": [
                    {
                        "role": "user",
                        "content": [
                            {"type": "text", "text": canary},
                            {
                                "type": "image_url",
                                "image_url": {"url": f"https://example.org/{canary}.png"},
                            },
                        ],
                    }
                ],
            },
            {},
        ),
    ]


def _odd_requests(canary: str) -> list[tuple[str, bytes]]:
    """Error paths, streams, unknown fields and the Anthropic surface, each carrying the canary."""
    return [
        ("/v1/chat/completions", f'{{"model": "{canary}", "messages": []}}'.encode()),
        ("/v1/chat/completions", f'{{"model": "chat", "messages": [{{"x": "{canary}"'.encode()),
        (
            "/v1/chat/completions",
            orjson.dumps(
                {
                    "model": "chat",
                    "stream": True,
                    "x_vendor": canary,
                    "messages": [{"role": "user", "content": "hi"}],
                }
            ),
        ),
        (
            "/v1/messages",
            orjson.dumps(
                {
                    "model": "chat",
                    "max_tokens": 5,
                    "system": canary,
                    "messages": [{"role": "user", "content": canary}],
                }
            ),
        ),
        (
            "/v1/messages",
            orjson.dumps(
                {
                    "model": "chat",
                    "max_tokens": "many",
                    "messages": [{"role": "user", "content": canary}],
                }
            ),
        ),
    ]


async def _scenario(canary: str, tmp: Path) -> str:
    """Send every request; return everything the evidence recorded, as one string."""
    logs = io.BytesIO()
    configure_logging("debug", stream=logs)
    exporter = InMemorySpanExporter()
    tracer = Tracing.from_env(exporter=exporter, environ={})
    async with running_stack(
        tmp, demo_upstreams(), policy=DEMO_POLICY, overrides={"tracer": tracer}
    ) as stack:
        async with httpx.AsyncClient() as http:
            for body, headers in _requests(canary):
                await http.post(f"{stack.base_url}/chat/completions", json=body, headers=headers)
            for path, raw in _odd_requests(canary):
                await http.post(f"{stack.url}{path}", content=raw)
            metrics = (await http.get(f"{stack.url}/metrics")).text
        await asyncio.to_thread(tracer.force_flush)
        spans = "".join(span.to_json() for span in exporter.get_finished_spans())
        sent = sum(len(up.sim.received) for up in stack.upstreams.values())
    audit = stack.audit_path.read_text()
    assert sent >= 1 and audit.count("\n") >= 4 and spans  # the evidence was really produced
    return logs.getvalue().decode() + spans + metrics + _without_unknown_models(audit)


def _without_unknown_models(audit: str) -> str:
    """The audit log minus the one piece of input it keeps on purpose (issue 13): the model name
    a 404 ``model_not_found`` refused, so an auditor sees which model was asked for."""
    records = [orjson.loads(line) for line in audit.splitlines() if line.strip()]
    for record in records:
        if record.get("error") == "model_not_found":
            record.pop("model")
    return "\n".join(orjson.dumps(record).decode() for record in records)


@settings(max_examples=8, deadline=None)
@given(canary=canaries)
def test_canary_never_reaches_the_evidence(canary: str) -> None:
    """Whatever the canary and wherever it sits in a request, no evidence sink contains it."""
    try:
        with tempfile.TemporaryDirectory() as tmp:
            recorded = asyncio.run(_scenario(canary, Path(tmp)))
    finally:
        structlog.reset_defaults()
    assert "request_completed" in recorded
    assert canary not in recorded
