"""Latency across backends: what each pipe costs (``sovproxy bench``).

Sends one fixed, public prompt (never user data) to each configured backend through the same
upstream client the proxy uses, streaming, and reports time to first byte, time to first token and
total time per backend next to its tier and jurisdictions.
"""

from __future__ import annotations

import asyncio
import statistics
import time
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

import orjson

from proxy.backends.upstream import Backend, UpstreamRequest
from proxy.errors import UpstreamError

PROMPT = "Reply with the single word OK."


@dataclass
class BackendFigures:
    """Measured latencies (seconds) of one backend."""

    name: str
    tier: str
    jurisdictions: str
    ttfb: list[float] = field(default_factory=list)
    ttft: list[float] = field(default_factory=list)
    total: list[float] = field(default_factory=list)
    errors: int = 0


def _request(backend: Backend, model: str) -> UpstreamRequest:
    concrete = backend.info.concrete_model(model)
    messages = [{"role": "user", "content": PROMPT}]
    if backend.protocol == "anthropic":
        payload = {"model": concrete, "max_tokens": 8, "messages": messages, "stream": True}
        endpoint = "messages"
    else:
        payload = {"model": concrete, "max_tokens": 8, "messages": messages, "stream": True}
        endpoint = "chat.completions"
    return UpstreamRequest(
        endpoint, concrete, orjson.dumps(payload), True, headers={"Accept": "text/event-stream"}
    )


async def _one(backend: Backend, model: str, figures: BackendFigures) -> None:
    start = time.perf_counter()
    try:
        response = await backend.send(_request(backend, model))
        figures.ttfb.append(time.perf_counter() - start)
        if response.status != 200:
            await response.read()
            figures.errors += 1
            return
        first = None
        async for _chunk in response.chunks():
            first = first or time.perf_counter() - start
        response.release()
        figures.ttft.append(first or time.perf_counter() - start)
        figures.total.append(time.perf_counter() - start)
    except UpstreamError:
        figures.errors += 1


async def _guarded(
    gate: asyncio.Semaphore, backend: Backend, model: str, figures: BackendFigures
) -> None:
    async with gate:
        await _one(backend, model, figures)


def _model_for(backend: Backend, model: str | None) -> str | None:
    if model is not None:
        return model if backend.info.serves(model) else None
    return backend.info.models[0] if backend.info.models else None


async def bench(
    backends: Mapping[str, Backend], *, requests: int, concurrency: int, model: str | None
) -> list[BackendFigures]:
    """Measure every backend that serves ``model`` (or its first model)."""
    out = []
    for name, backend in backends.items():
        chosen = _model_for(backend, model)
        facts = backend.info.facts
        figures = BackendFigures(name, facts.tier, ",".join(sorted(facts.jurisdictions)))
        out.append(figures)
        if chosen is None:
            continue
        gate = asyncio.Semaphore(concurrency)
        await asyncio.gather(*(_guarded(gate, backend, chosen, figures) for _ in range(requests)))
    return out


def _ms(values: Sequence[float], q: float) -> str:
    if not values:
        return "-"
    ordered = sorted(values)
    if q == 0.5:
        return f"{statistics.median(ordered) * 1000:.1f}"
    return f"{ordered[min(len(ordered) - 1, int(q * len(ordered)))] * 1000:.1f}"


def render(figures: Sequence[BackendFigures]) -> str:
    """A table of the figures, one backend a row."""
    head = [
        "backend",
        "tier",
        "jurisdictions",
        "ok",
        "errors",
        "TTFB p50",
        "TTFT p50",
        "TTFT p95",
        "total p50",
        "total p95",
    ]
    rows = [
        [
            f.name,
            f.tier,
            f.jurisdictions,
            str(len(f.total)),
            str(f.errors),
            _ms(f.ttfb, 0.5),
            _ms(f.ttft, 0.5),
            _ms(f.ttft, 0.95),
            _ms(f.total, 0.5),
            _ms(f.total, 0.95),
        ]
        for f in figures
    ]
    widths = [max(len(h), *(len(r[i]) for r in rows)) for i, h in enumerate(head)]
    lines = ["  ".join(h.ljust(w) for h, w in zip(head, widths, strict=True))]
    lines += ["  ".join(c.ljust(w) for c, w in zip(r, widths, strict=True)) for r in rows]
    return "\n".join(lines) + "\n(milliseconds; TTFT = first streamed chunk)"
