"""Simulated LLM backends — SIMULATORS, not models — for ``sovproxy demo`` and the test suite.

Each simulator is a real aiohttp server on 127.0.0.1 that speaks a provider's wire format faithfully
(JSON bodies, SSE framing, usage, error bodies, ``retry-after``) and paces streamed tokens like a
real model. It never echoes the prompt back. Tests use the same servers as recording fakes: every
request received is kept in ``received`` and faults can be queued with ``fail_next``.
"""

from __future__ import annotations

import asyncio
import itertools
import re
from collections import deque
from dataclasses import dataclass, field
from typing import Any

import orjson
from aiohttp import web

#: A frame that carries generated text (an OpenAI content delta, an Anthropic text delta).
_TEXT = re.compile(rb'"(?:content|text|partial_json)":"[^"]')


@dataclass
class Fault:
    """A queued failure: an error status with body and headers, a stall, or a dropped connection."""

    status: int = 500
    body: bytes | None = None
    headers: dict[str, str] = field(default_factory=dict)
    delay_s: float = 0.0
    drop: bool = False
    drop_after_chunks: int | None = None
    raw: bytes | None = None


@dataclass
class Received:
    """One request the simulator received (for tests to assert on)."""

    path: str
    headers: dict[str, str]
    body: bytes
    query: dict[str, str]

    def json(self) -> Any:
        """The body parsed as JSON."""
        return orjson.loads(self.body)


class Simulator:
    """Shared state of one simulated backend."""

    def __init__(
        self,
        label: str,
        *,
        reply: str | None = None,
        pace_s: float = 0.0,
        models: tuple[str, ...] = (),
        ttft_s: float = 0.0,
        tokens_per_s: float | None = None,
    ):
        self.label = label
        self.reply = reply or (
            f"This answer comes from the {label} simulator. It did not read your data: it is a"
            " stand-in that shows where sovproxy routed the request."
        )
        self.pace_s = pace_s
        self.models = models
        #: Timing knobs (used instead of ``pace_s`` when ``tokens_per_s`` is set): the first token
        #: comes ``ttft_s`` after the headers, the rest at ``tokens_per_s`` (usage-field tokens).
        self.ttft_s = ttft_s
        self.tokens_per_s = tokens_per_s
        self.received: list[Received] = []
        self.aborted = 0  # streams cut off because the reader went away
        self.faults: deque[Fault] = deque()
        self._ids = itertools.count(1)

    def fail_next(self, fault: Fault | None = None, **kwargs: Any) -> None:
        """Queue a fault for the next request."""
        self.faults.append(fault or Fault(**kwargs))

    def next_id(self, prefix: str) -> str:
        """A fresh response id."""
        return f"{prefix}-sim-{next(self._ids)}"

    def words(self) -> list[str]:
        """The reply split into streamable pieces (word plus following space)."""
        parts = self.reply.split(" ")
        return [p + (" " if i < len(parts) - 1 else "") for i, p in enumerate(parts)]

    async def record(self, request: web.Request) -> bytes:
        """Read and remember a request."""
        body = await request.read()
        self.received.append(
            Received(request.path, dict(request.headers), body, dict(request.query))
        )
        return body

    async def take_fault(self, request: web.Request) -> web.StreamResponse | Fault | None:
        """Apply a queued fault: a response to return, a stream fault to apply later, or None."""
        if not self.faults:
            return None
        fault = self.faults.popleft()
        if fault.delay_s:
            await asyncio.sleep(fault.delay_s)
        if fault.drop:
            assert request.transport is not None
            request.transport.close()
            return web.Response(status=500)
        if fault.drop_after_chunks is not None or fault.raw is not None:
            return fault
        if fault.status < 400 and fault.body is None:
            return None
        body = fault.body if fault.body is not None else self.error_body(fault.status)
        return web.Response(
            status=fault.status,
            body=body,
            headers={"Content-Type": "application/json", **fault.headers},
        )

    def error_body(self, status: int) -> bytes:
        """An error body in this simulator's API shape (overridden per protocol)."""
        return orjson.dumps(
            {
                "error": {
                    "message": f"simulated error {status}",
                    "type": "server_error",
                    "param": None,
                    "code": None,
                }
            }
        )


def tokens(text: str) -> int:
    """A rough token count (4 characters per token), enough for usage fields."""
    return max(1, len(text) // 4)


def sse(data: Any, event: str | None = None) -> bytes:
    """One SSE frame."""
    payload = data if isinstance(data, bytes) else orjson.dumps(data)
    head = f"event: {event}\n".encode() if event else b""
    return head + b"data: " + payload + b"\n\n"


async def start_stream(request: web.Request, request_id: str) -> web.StreamResponse:
    """Open an SSE response."""
    response = web.StreamResponse(
        headers={
            "Content-Type": "text/event-stream",
            "Cache-Control": "no-cache",
            "x-request-id": request_id,
        }
    )
    await response.prepare(request)
    return response


async def write_paced(
    sim: Simulator,
    request: web.Request,
    response: web.StreamResponse,
    frames: list[bytes],
    pace_s: float,
    fault: Fault | None,
) -> None:
    """Write frames one by one, pausing between them; apply a mid-stream fault if queued.

    With ``sim.tokens_per_s`` set, the pauses follow the simulator's timing knobs instead of
    ``pace_s``: the frames before the first one with text at once, that one after
    ``sim.ttft_s``, and the stream's end ``(tokens(reply) - 1) / tokens_per_s`` after it, the
    frames between spread evenly.
    """
    pauses = _pauses(sim, len(frames), pace_s, frames)
    clock = asyncio.get_running_loop().time
    due = clock()  # with the timing knobs, each frame is due at a fixed time (no drift)
    try:
        for index, frame in enumerate(frames):
            due += pauses[index]
            if pauses[index]:
                await asyncio.sleep(due - clock() if sim.tokens_per_s else pauses[index])
            if fault is not None and fault.drop_after_chunks == index:
                assert request.transport is not None
                request.transport.close()
                return
            if fault is not None and fault.raw is not None and index == 1:
                await response.write(fault.raw)
            await response.write(frame)
        if len(pauses) > len(frames) and pauses[-1]:
            await asyncio.sleep(pauses[-1])
        await response.write_eof()
    except (ConnectionError, asyncio.CancelledError):
        sim.aborted += 1
        raise


def _pauses(sim: Simulator, count: int, pace_s: float, frames: list[bytes]) -> list[float]:
    """The pause before each of ``count`` frames."""
    if sim.tokens_per_s is None:
        return [0.0] + [pace_s] * count  # a pause after each frame, as the pace always was
    first = next((i for i, f in enumerate(frames) if _TEXT.search(f)), 0)
    rest = max(0, tokens(sim.reply) - 1) / sim.tokens_per_s
    between = count - 1 - first  # the frames after the first text frame
    step = rest / between if between > 0 else 0.0
    return [0.0] * first + [sim.ttft_s] + [step] * max(0, between)
