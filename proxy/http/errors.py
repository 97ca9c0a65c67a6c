"""Errors become HTTP responses here and only here (STYLE §5), in the caller's API shape.

The status comes from the exception class, never from message text. Unforeseen exceptions become a
generic 500 without a stack trace (the type is logged, never the content).
``asyncio.CancelledError`` (client gone) is never swallowed.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable

import orjson
import structlog
from aiohttp import web

from proxy.errors import ProxyError, ServiceUnavailable, UpstreamStatus
from proxy.exchange import ClientProtocol
from proxy.http.keys import EXTRA_HEADERS, REQUEST_ID
from proxy.http.parse import client_protocol, new_request_id
from proxy.protocols.errors import (
    anthropic_stream_error,
    openai_stream_error,
    proxy_error_body,
    translate_error_body,
)
from proxy.telemetry.logging import get_logger

Handler = Callable[[web.Request], Awaitable[web.StreamResponse]]

#: ``retry-after`` on a 503 where nothing was sent upstream (no backend, audit log down).
_RETRY_AFTER_S = "1"

_HTTP_TYPES = {404: "not_found_error", 405: "invalid_request_error", 413: "invalid_request_error"}


def client_shape(protocol: str) -> ClientProtocol:
    """The error shape a wire protocol uses (Azure OpenAI uses OpenAI's)."""
    return "anthropic" if protocol == "anthropic" else "openai"


def stream_error_event(protocol: ClientProtocol, message: str, kind: str) -> bytes:
    """The one SSE event that ends a stream which failed after it started."""
    if protocol == "anthropic":
        return anthropic_stream_error(message, "api_error")
    return openai_stream_error(message, kind, code="stream_error")


def render(
    protocol: ClientProtocol, exc: ProxyError, request_id: str, extra: dict[str, str] | None = None
) -> web.Response:
    """An error response; an upstream error passes through with its own status and body."""
    headers = {"x-request-id": request_id, **(extra or {})}
    if protocol == "anthropic":
        headers["request-id"] = request_id
    if isinstance(exc, UpstreamStatus):
        headers.update(exc.headers)
        body, content_type = exc.body, exc.content_type
        if client_shape(protocol) != client_shape(exc.protocol):
            body, content_type = (
                translate_error_body(body, exc.status, protocol),
                "application/json",
            )
        return web.Response(
            status=exc.status, body=body, headers={**headers, "Content-Type": content_type}
        )
    if isinstance(exc, ServiceUnavailable):  # nothing was tried: say when to come back
        headers.setdefault("retry-after", _RETRY_AFTER_S)
    return web.Response(
        status=exc.status,
        body=proxy_error_body(exc, protocol),
        headers={**headers, "Content-Type": "application/json"},
    )


@web.middleware
async def error_middleware(request: web.Request, handler: Handler) -> web.StreamResponse:
    """Give the request its id; turn every exception into a response in the caller's shape."""
    protocol = client_protocol(request.path, request.headers)
    request[REQUEST_ID] = request_id = new_request_id()
    structlog.contextvars.bind_contextvars(request_id=request_id)  # on every event of the request
    try:
        return await handler(request)
    except ProxyError as exc:
        return render(protocol, exc, request_id, request.get(EXTRA_HEADERS))
    except web.HTTPException as exc:
        if exc.status < 400:
            raise
        err = ProxyError(exc.reason, code=str(exc.status))
        err.status, err.type = exc.status, _HTTP_TYPES.get(exc.status, "invalid_request_error")
        return render(protocol, err, request_id)
    except Exception as exc:  # the last line of defence: no stack trace reaches a client
        get_logger().error(
            "unhandled_error",
            error_type=type(exc).__name__,
            path=request.path,
        )
        err = ProxyError("internal error in sovproxy")
        return render(protocol, err, request_id)
    finally:
        structlog.contextvars.unbind_contextvars("request_id")


def json_response(data: object, status: int = 200) -> web.Response:
    """A JSON response serialised with orjson."""
    return web.Response(status=status, body=orjson.dumps(data), content_type="application/json")
