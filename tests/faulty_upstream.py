"""A fault-injecting upstream: a raw asyncio HTTP/1.1 server on 127.0.0.1 that speaks just enough
OpenAI (``/v1/chat/completions``) and Anthropic (``/v1/messages``) to be a provider, and misbehaves
on demand, one fault per request, in ways an aiohttp server never would:

===================  ===========================================================================
fault                what the next request gets
===================  ===========================================================================
``ok``               a valid answer: JSON, or an event stream when the request says ``stream``
``reset``            a stream that starts, then the connection is reset (RST) between events
``cut_mid_event``    a stream that stops inside an event (``data: {"id": "chatcmpl-s``), then
                     the connection closes without the chunked terminator
``stall``            headers, then silence (or nothing at all with ``stall_headers``)
``stall_headers``    nothing at all: the connection stays open and silent
``stall_mid_stream`` a stream's first events, then silence
``slow_stream``      a valid stream, one event every 50 ms
``early_end``        a stream's first events, then a clean end of body without the last event
``error_first``      a stream whose first event is the provider's error event
``error_mid``        a stream's first events, then the provider's error event, then the end
``garbage``          bytes that are not HTTP
``truncated_json``   200 ``application/json`` whose body (length-correct) is cut-off JSON
``invalid_sse``      200 ``text/event-stream`` whose lines are not server-sent events
``invalid_sse_late`` a valid first event, then a line that is not a server-sent event
``html_502``         a CDN's 502 page (``text/html``)
``html_200``         the same page with status 200
``second_response``  a valid answer followed at once by a second, unrequested HTTP response
``sse_for_json``     an event stream even when the request says ``stream: false``
``json_for_sse``     a JSON answer even when the request says ``stream: true``
``status:<n>``       status ``n`` with the provider's error JSON and ``retry-after: 1``
===================  ===========================================================================

``faults`` is a queue: each request pops one (``ok`` when empty). ``requests`` records each
request's path and JSON body, so a test can assert what reached this upstream; ``connections``
counts the connections accepted (keep-alive reuse is visible).
"""

from __future__ import annotations

import asyncio
from collections import deque
from dataclasses import dataclass, field
from typing import Any

import orjson

from tests.provider_payloads import (
    HTML_PAGE,
    REPLY,
    completion_json,
    error_event,
    error_json,
    stream_events,
)

__all__ = ["REPLY", "FaultyUpstream", "completion_json", "stream_events"]


@dataclass
class Received:
    """One request as the upstream saw it."""

    path: str
    body: dict[str, Any]


@dataclass
class FaultyUpstream:
    """Start with ``async with FaultyUpstream() as up:``; ``up.base_url`` ends in ``/v1``."""

    faults: deque[str] = field(default_factory=deque)
    requests: list[Received] = field(default_factory=list)
    port: int = 0
    connections: int = 0

    def __post_init__(self) -> None:
        self._tasks: set[asyncio.Task[None]] = set()
        self._writers: set[asyncio.StreamWriter] = set()
        self._server: asyncio.Server | None = None

    @property
    def base_url(self) -> str:
        """The provider-style base URL of this upstream."""
        return f"http://127.0.0.1:{self.port}/v1"

    def fail_next(self, *faults: str) -> None:
        """Queue faults for the next requests, in order."""
        self.faults.extend(faults)

    async def __aenter__(self) -> FaultyUpstream:
        self._server = await asyncio.start_server(self._serve, "127.0.0.1", 0)
        self.port = self._server.sockets[0].getsockname()[1]
        return self

    async def __aexit__(self, *exc: object) -> None:
        assert self._server is not None
        self._server.close()
        for writer in list(self._writers):
            writer.transport.abort()
        for task in list(self._tasks):
            task.cancel()
        await asyncio.gather(*self._tasks, return_exceptions=True)

    async def _serve(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        task = asyncio.current_task()
        assert task is not None
        self._tasks.add(task)
        self._writers.add(writer)
        self.connections += 1
        try:
            while await self._one(reader, writer):
                pass
        except (ConnectionError, asyncio.IncompleteReadError, asyncio.LimitOverrunError):
            pass
        except asyncio.CancelledError:  # shutdown: end quietly (asyncio logs a cancelled handler)
            pass
        finally:
            self._tasks.discard(task)
            self._writers.discard(writer)
            writer.transport.abort()

    async def _one(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> bool:
        """Answer one request; False when the connection must end."""
        head = await reader.readuntil(b"\r\n\r\n")
        request_line, *lines = head.decode("latin-1").split("\r\n")
        length = 0
        for line in lines:
            name, _, value = line.partition(":")
            if name.strip().lower() == "content-length":
                length = int(value)
        raw = await reader.readexactly(length)
        path = request_line.split(" ")[1].split("?")[0]
        body = orjson.loads(raw) if raw else {}
        self.requests.append(Received(path, body))
        fault = self.faults.popleft() if self.faults else "ok"
        return await answer(writer, fault, path, body)


async def answer(writer: asyncio.StreamWriter, fault: str, path: str, body: dict[str, Any]) -> bool:
    """Write the answer ``fault`` asks for; False when the connection must end."""
    anthropic = path.endswith("/messages")
    model = str(body.get("model", "model"))
    stream = bool(body.get("stream"))
    if fault.startswith("status:"):
        status = int(fault.split(":")[1])
        writer.write(_response(status, error_json(anthropic, status), {"retry-after": "1"}))
        return True
    if fault in _SPECIAL:
        return await _SPECIAL[fault](writer, anthropic, model)
    if fault == "second_response":
        writer.write(_valid(anthropic, model, stream) + _response(200, b'{"second": true}'))
        await writer.drain()
        return False
    if fault == "sse_for_json":
        stream = True
    if fault == "json_for_sse":
        stream = False
    writer.write(_valid(anthropic, model, stream))
    return True


def _valid(anthropic: bool, model: str, stream: bool) -> bytes:
    if not stream:
        return _response(200, completion_json(anthropic, model))
    return _response(200, b"".join(stream_events(anthropic, model)), sse=True)


async def _reset(writer: asyncio.StreamWriter, anthropic: bool, model: str) -> bool:
    events = stream_events(anthropic, model)
    writer.write(_stream_head() + _chunk(b"".join(events[:2])))
    await writer.drain()
    await asyncio.sleep(0.05)
    writer.transport.abort()
    return False


async def _cut_mid_event(writer: asyncio.StreamWriter, anthropic: bool, model: str) -> bool:
    events = stream_events(anthropic, model)
    partial = b'event: content_block_delta\ndata: {"type": "con' if anthropic else b""
    partial = partial or b'data: {"id": "chatcmpl-s'
    writer.write(_stream_head() + _chunk(b"".join(events[:2]) + partial))
    await writer.drain()
    await asyncio.sleep(0.05)
    writer.close()
    return False


async def _stall(writer: asyncio.StreamWriter, anthropic: bool, model: str) -> bool:
    writer.write(_stream_head())
    await writer.drain()
    await asyncio.sleep(3600)
    return False


async def _stall_mid_stream(writer: asyncio.StreamWriter, anthropic: bool, model: str) -> bool:
    events = stream_events(anthropic, model)
    writer.write(_stream_head() + _chunk(b"".join(events[:2])))
    await writer.drain()
    await asyncio.sleep(3600)
    return False


async def _slow_stream(writer: asyncio.StreamWriter, anthropic: bool, model: str) -> bool:
    writer.write(_stream_head())
    for event in stream_events(anthropic, model):
        writer.write(_chunk(event))
        await writer.drain()
        await asyncio.sleep(0.05)
    writer.write(b"0\r\n\r\n")
    return True


async def _early_end(writer: asyncio.StreamWriter, anthropic: bool, model: str) -> bool:
    events = stream_events(anthropic, model)
    writer.write(_stream_head() + _chunk(b"".join(events[:3])))
    await writer.drain()
    await asyncio.sleep(0.05)
    writer.write(b"0\r\n\r\n")
    return True


async def _error_first(writer: asyncio.StreamWriter, anthropic: bool, model: str) -> bool:
    writer.write(_stream_head() + _chunk(error_event(anthropic)) + b"0\r\n\r\n")
    return True


async def _error_mid(writer: asyncio.StreamWriter, anthropic: bool, model: str) -> bool:
    events = stream_events(anthropic, model)[:3]
    writer.write(_stream_head() + _chunk(b"".join(events)))
    await writer.drain()
    await asyncio.sleep(0.05)
    writer.write(_chunk(error_event(anthropic)) + b"0\r\n\r\n")
    return True


async def _stall_headers(writer: asyncio.StreamWriter, anthropic: bool, model: str) -> bool:
    await asyncio.sleep(3600)
    return False


async def _garbage(writer: asyncio.StreamWriter, anthropic: bool, model: str) -> bool:
    writer.write(b"\x16\x03\x01 this is not HTTP at all \xff\xfe\r\n\r\n")
    await writer.drain()
    return False


async def _truncated_json(writer: asyncio.StreamWriter, anthropic: bool, model: str) -> bool:
    whole = completion_json(anthropic, model)
    writer.write(_response(200, whole[: len(whole) // 2]))
    return True


async def _invalid_sse(writer: asyncio.StreamWriter, anthropic: bool, model: str) -> bool:
    body = b'{"id": "chatcmpl-1", "choices": []}\nthis is not an event stream\n\n'
    writer.write(_response(200, body, sse=True))
    return True


async def _invalid_sse_late(writer: asyncio.StreamWriter, anthropic: bool, model: str) -> bool:
    events = stream_events(anthropic, model)
    writer.write(_stream_head() + _chunk(events[0]))
    await writer.drain()
    await asyncio.sleep(0.02)
    writer.write(_chunk(b"<html>upstream error</html>\n\n") + b"0\r\n\r\n")
    return True


async def _html(writer: asyncio.StreamWriter, status: int) -> bool:
    writer.write(_response(status, HTML_PAGE, {"Content-Type": "text/html"}))
    return True


async def _html_502(writer: asyncio.StreamWriter, anthropic: bool, model: str) -> bool:
    return await _html(writer, 502)


async def _html_200(writer: asyncio.StreamWriter, anthropic: bool, model: str) -> bool:
    return await _html(writer, 200)


_SPECIAL = {
    "reset": _reset,
    "cut_mid_event": _cut_mid_event,
    "stall": _stall,
    "stall_headers": _stall_headers,
    "stall_mid_stream": _stall_mid_stream,
    "slow_stream": _slow_stream,
    "early_end": _early_end,
    "error_first": _error_first,
    "error_mid": _error_mid,
    "garbage": _garbage,
    "truncated_json": _truncated_json,
    "invalid_sse": _invalid_sse,
    "invalid_sse_late": _invalid_sse_late,
    "html_502": _html_502,
    "html_200": _html_200,
}


def _response(
    status: int, body: bytes, headers: dict[str, str] | None = None, *, sse: bool = False
) -> bytes:
    all_headers = {
        "Content-Type": "text/event-stream" if sse else "application/json",
        "Content-Length": str(len(body)),
        **(headers or {}),
    }
    lines = [f"HTTP/1.1 {status} X"] + [f"{k}: {v}" for k, v in all_headers.items()]
    return ("\r\n".join(lines) + "\r\n\r\n").encode() + body


def _stream_head() -> bytes:
    return (
        b"HTTP/1.1 200 OK\r\nContent-Type: text/event-stream\r\nTransfer-Encoding: chunked\r\n\r\n"
    )


def _chunk(data: bytes) -> bytes:
    return b"%x\r\n%s\r\n" % (len(data), data)
