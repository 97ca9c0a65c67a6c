"""Respond stage: write the backend's answer to the client — bytes unchanged, streams unbuffered.

A non-streaming body is relayed byte for byte unless a translation must change it. A stream is
written chunk by chunk as it arrives. A failure after the stream started cannot change the status
any more: the client gets one error event in its own API's shape and the stream ends.
"""

from __future__ import annotations

import asyncio

from aiohttp import web

from proxy.backends.checks import DRAIN_S
from proxy.backends.upstream import UpstreamResponse
from proxy.errors import ProxyError, UpstreamError
from proxy.exchange import Exchange
from proxy.http.adapt import Adapter
from proxy.http.errors import stream_error_event
from proxy.telemetry.evidence import usage_of

#: Upstream statuses about sovproxy's own credentials: the caller gets a 502, not our 401.
_CREDENTIAL_STATUSES = frozenset({401, 403, 407})

#: Status recorded (never sent) when the client disconnects first, as nginx logs it.
CLIENT_CLOSED = 499

SSE_HEADERS = {"Cache-Control": "no-cache", "X-Accel-Buffering": "no"}


class _StreamResponse(web.StreamResponse):
    """Headers leave with the first chunk (one write, one wake-up of the client), not before it."""

    _send_headers_immediately = False


async def respond(
    request: web.Request,
    exchange: Exchange,
    upstream: UpstreamResponse,
    adapter: Adapter,
    headers: dict[str, str],
    *,
    want_usage: bool = False,
) -> web.StreamResponse:
    """Relay ``upstream`` to the client; return the (finished) response."""
    if upstream.status == 200 and upstream.content_type == "text/event-stream":
        return await _relay_stream(request, exchange, upstream, adapter, headers)
    body = await upstream.read()
    if upstream.status in _CREDENTIAL_STATUSES:  # our key, not the caller's: never relay it
        raise UpstreamError(
            f"backend {exchange.backend} refused sovproxy's credentials ({upstream.status})",
            code="upstream_auth_failed",
        )
    answered = upstream.status < 400
    relayed = adapter.response_body(body) if answered else adapter.error_body(body, upstream.status)
    exchange.status = upstream.status
    content_type = upstream.headers.get("Content-Type", "application/json")
    response = web.Response(
        status=upstream.status, body=relayed, headers={**headers, "Content-Type": content_type}
    )
    # Send it now: the record stage that follows is then off the client's latency path.
    await response.prepare(request)
    await response.write_eof()
    if want_usage and answered:  # for the attempt's span; read once the client has its answer
        exchange.usage, exchange.response_model = usage_of(body)
    return response


async def _relay_stream(
    request: web.Request,
    exchange: Exchange,
    upstream: UpstreamResponse,
    adapter: Adapter,
    headers: dict[str, str],
) -> web.StreamResponse:
    utf8 = "charset=utf-8" in upstream.headers.get("Content-Type", "").lower()
    content_type = "text/event-stream; charset=utf-8" if utf8 else "text/event-stream"
    response = _StreamResponse(
        status=200, headers={**headers, **SSE_HEADERS, "Content-Type": content_type}
    )
    exchange.status = 200
    delivered = False
    try:
        await response.prepare(request)
        await _pump(response, exchange, upstream, adapter)
        delivered = True  # the whole answer is written: what the client does now changes nothing
        if upstream.failed:  # it was the upstream's own error event, relayed as it came
            exchange.status = UpstreamError.status
        await response.write_eof()
    except UpstreamError as exc:
        upstream.close()
        exchange.status = exc.status
        event = stream_error_event(exchange.client_protocol, _message(exc), exc.type)
        if not await _try_write(response, event) or not await _try_write(response, None):
            exchange.status = CLIENT_CLOSED
        return response
    except ConnectionError:  # the client went away: nothing more can be sent to it
        if not delivered:
            exchange.status = CLIENT_CLOSED
    except asyncio.CancelledError:
        if not delivered:
            upstream.close()
            raise
        _uncancel()  # the client closed its socket after the last event: that is delivery
    if delivered:
        upstream.release_when_complete(DRAIN_S)
    else:
        upstream.close()
    return response


async def _pump(
    response: web.StreamResponse, exchange: Exchange, upstream: UpstreamResponse, adapter: Adapter
) -> None:
    """Upstream events → client bytes, whole events only; stop after the answer's last event."""
    transform = adapter.stream_transform()
    async for events in upstream.events():
        out = transform.feed(events)
        if out:
            await response.write(out)
            exchange.events_delivered += _events_in(out)
    tail = transform.finish()
    if tail:
        await response.write(tail)
        exchange.events_delivered += _events_in(tail)


def _uncancel() -> None:
    task = asyncio.current_task()
    if task is not None:
        task.uncancel()


def _events_in(out: bytes) -> int:
    """Events in whole-event bytes (LF or CRLF framed)."""
    return out.count(b"\n\n") or out.count(b"\r\n\r\n") or out.count(b"\r\r")


async def _try_write(response: web.StreamResponse, data: bytes | None) -> bool:
    """Write ``data`` (or end the stream when None); False when the client has gone."""
    try:
        await (response.write(data) if data is not None else response.write_eof())
    except ConnectionError:
        return False
    return True


def _message(exc: ProxyError) -> str:
    return f"the backend failed mid-stream: {exc.message}"
