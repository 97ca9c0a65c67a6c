"""One streamed request, timed: time to first token, the gaps between tokens, the end.

A token event is one that carries generated text (an OpenAI ``delta.content`` or tool-call
arguments, an Anthropic ``text_delta``/``input_json_delta``). The output token count comes from
the answer's usage fields when the backend sends them; otherwise it is the number of token events
(``token_source`` says which).
"""

from __future__ import annotations

import time
from dataclasses import dataclass, field
from typing import Any

import orjson

from proxy.backends.upstream import UpstreamRequest, UpstreamResponse
from proxy.bench.targets import Target
from proxy.errors import UpstreamError


@dataclass(slots=True)
class Sample:
    """The outcome of one request; times in seconds from the request's start."""

    started: float  # seconds since the sweep point started
    error: str | None = None  # an error kind (``http_429``, ``upstream_timeout``…), None when ok
    ttft: float | None = None
    e2e: float = 0.0
    gaps: list[float] = field(default_factory=list)  # between consecutive token events
    output_tokens: int | None = None
    token_source: str = "usage"  # or "chunks"

    @property
    def ok(self) -> bool:
        """True when the answer streamed to its end with at least one token."""
        return self.error is None


@dataclass(slots=True)
class _Reading:
    """What the events said so far."""

    first: float | None = None
    last: float | None = None
    gaps: list[float] = field(default_factory=list)
    events: int = 0
    usage_out: int | None = None

    def token(self, at: float) -> None:
        if self.first is None:
            self.first = at
        elif self.last is not None:
            self.gaps.append(at - self.last)
        self.last = at
        self.events += 1


def request_for(target: Target, prompt: str, max_tokens: int) -> UpstreamRequest:
    """A streaming request in the target's protocol."""
    payload: dict[str, Any] = {
        "model": target.model,
        "max_tokens": max_tokens,
        "messages": [{"role": "user", "content": prompt}],
        "stream": True,
    }
    if target.protocol == "anthropic":
        endpoint = "messages"
    else:
        endpoint = "chat.completions"
        payload["stream_options"] = {"include_usage": True}
    return UpstreamRequest(
        endpoint,
        target.model,
        orjson.dumps(payload),
        True,
        headers={"Accept": "text/event-stream"},
    )


async def measure(target: Target, request: UpstreamRequest, started: float) -> Sample:
    """Send ``request`` and time its answer; failures become a sample with an error kind."""
    sample = Sample(started=started)
    start = time.perf_counter()
    try:
        response = await target.backend.send(request)
        try:
            sample.error = _check(target, response)
            if sample.error is None:
                await _read(response, start, sample)
        finally:
            if response.complete:
                response.release_when_complete(1.0)  # keep the connection for the next one
            else:
                response.close()
    except UpstreamError as exc:
        sample.error = exc.code or "upstream_error"
    sample.e2e = time.perf_counter() - start
    return sample


def _check(target: Target, response: UpstreamResponse) -> str | None:
    if response.status != 200:
        return f"http_{response.status}"
    if target.path == "proxy" and response.headers.get("x-sovproxy-backend") != target.name:
        return "routed_elsewhere"
    return None


async def _read(response: UpstreamResponse, start: float, sample: Sample) -> None:
    reading = _Reading()
    async for piece in response.events():
        at = time.perf_counter() - start
        for line in piece.split(b"\n"):
            if line.startswith(b"data:"):
                _event(line[5:].strip(), at, reading)
    if response.failed:
        sample.error = "stream_error_event"
    elif reading.first is None:
        sample.error = "no_tokens"
    sample.ttft, sample.gaps = reading.first, reading.gaps
    if reading.usage_out is not None:
        sample.output_tokens = reading.usage_out
    else:
        sample.output_tokens, sample.token_source = reading.events, "chunks"


def _event(data: bytes, at: float, reading: _Reading) -> None:
    if not data or data == b"[DONE]":
        return
    try:
        event = orjson.loads(data)
    except orjson.JSONDecodeError:
        return
    if not isinstance(event, dict):
        return
    if _has_token(event):
        reading.token(at)
    out = _usage_out(event)
    if out is not None:
        reading.usage_out = out


def _has_token(event: dict[str, Any]) -> bool:
    delta = event.get("delta")
    if isinstance(delta, dict) and (delta.get("text") or delta.get("partial_json")):
        return True  # Anthropic content_block_delta
    for choice in event.get("choices") or ():
        step = choice.get("delta") if isinstance(choice, dict) else None
        if isinstance(step, dict) and (step.get("content") or step.get("tool_calls")):
            return True
    return False


def _usage_out(event: dict[str, Any]) -> int | None:
    usage = event.get("usage")
    if not isinstance(usage, dict):
        message = event.get("message")
        usage = message.get("usage") if isinstance(message, dict) else None
    if not isinstance(usage, dict):
        return None
    count = usage.get("completion_tokens", usage.get("output_tokens"))
    return count if isinstance(count, int) and count >= 0 else None
