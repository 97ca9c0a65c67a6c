"""Simulated LLM backends — SIMULATORS, not models — for ``sovproxy demo`` and the test suite.

Each simulator is a real aiohttp server on 127.0.0.1 that speaks a provider's wire format faithfully
(JSON bodies, SSE framing, usage, error bodies, ``retry-after``) and paces streamed tokens like a
real model. It never echoes the prompt back. Tests use the same servers as recording fakes: every
request received is kept in ``received`` and faults can be queued with ``fail_next``.
"""

from __future__ import annotations

import asyncio
import itertools
from collections import deque
from dataclasses import dataclass, field
from typing import Any

import orjson
from aiohttp import web


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
    ):
        self.label = label
        self.reply = reply or (
            f"This answer comes from the {label} simulator. It did not read your data: it is a"
            " stand-in that shows where sovproxy routed the request."
        )
        self.pace_s = pace_s
        self.models = models
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
    """Write frames one by one, pausing between them; apply a mid-stream fault if queued."""
    try:
        for index, frame in enumerate(frames):
            if fault is not None and fault.drop_after_chunks == index:
                assert request.transport is not None
                request.transport.close()
                return
            if fault is not None and fault.raw is not None and index == 1:
                await response.write(fault.raw)
            await response.write(frame)
            if pace_s:
                await asyncio.sleep(pace_s)
        await response.write_eof()
    except (ConnectionError, asyncio.CancelledError):
        sim.aborted += 1
        raise
