"""Error bodies in each provider's shape, and translation of upstream error bodies between them.

OpenAI:    ``{"error": {"message", "type", "param", "code"}}``
Anthropic: ``{"type": "error", "error": {"type", "message"}}``

A client must see errors in the shape its SDK parses, whatever backend produced them. The
HTTP status is kept by the caller; these functions only rewrite bodies. Upstream bodies are
not always JSON (proxies in front of backends answer HTML or plain text), so translation
never fails: it falls back to the raw text as the message and the status for the type.
"""

from __future__ import annotations

from typing import Any, Final, Literal

import orjson

from proxy.errors import ProxyError
from proxy.protocols.sse import format_event

Protocol = Literal["openai", "anthropic"]

ANTHROPIC_ERROR_TYPES: Final[dict[int, str]] = {
    400: "invalid_request_error",
    401: "authentication_error",
    402: "billing_error",
    403: "permission_error",
    404: "not_found_error",
    408: "timeout_error",
    413: "request_too_large",
    429: "rate_limit_error",
    500: "api_error",
    503: "overloaded_error",
    504: "timeout_error",
    529: "overloaded_error",
}
"""HTTP status → Anthropic ``error.type``; other 4xx → invalid_request_error, 5xx → api_error."""

OPENAI_ERROR_TYPES: Final[dict[int, str]] = {
    400: "invalid_request_error",
    401: "authentication_error",
    403: "permission_error",
    404: "not_found_error",
    409: "conflict_error",
    413: "invalid_request_error",
    422: "invalid_request_error",
    429: "rate_limit_error",
}
"""HTTP status → OpenAI ``error.type``; other 4xx → invalid_request_error, 5xx → server_error."""

_MAX_MESSAGE: Final = 2000


def openai_error_body(
    message: str, type: str, code: str | None = None, param: str | None = None
) -> bytes:
    """An OpenAI error body."""
    return orjson.dumps({"error": {"message": message, "type": type, "param": param, "code": code}})


def anthropic_error_body(message: str, type: str) -> bytes:
    """An Anthropic error body."""
    return orjson.dumps({"type": "error", "error": {"type": type, "message": message}})


def anthropic_error_type(status: int) -> str:
    """The Anthropic error type for an HTTP status."""
    if status in ANTHROPIC_ERROR_TYPES:
        return ANTHROPIC_ERROR_TYPES[status]
    return "invalid_request_error" if 400 <= status < 500 else "api_error"


def openai_error_type(status: int) -> str:
    """The OpenAI error type for an HTTP status."""
    if status in OPENAI_ERROR_TYPES:
        return OPENAI_ERROR_TYPES[status]
    return "invalid_request_error" if 400 <= status < 500 else "server_error"


def proxy_error_body(exc: ProxyError, to: Protocol) -> bytes:
    """The body for one of our own errors, in the caller's shape (status comes from ``exc``)."""
    if to == "anthropic":
        return anthropic_error_body(exc.message, anthropic_error_type(exc.status))
    return openai_error_body(exc.message, exc.type, exc.code, exc.param)


def parse_error_body(body: bytes) -> tuple[str | None, str | None, str | None]:
    """``(message, type, code)`` from an error body of either shape (or FastAPI's ``detail``).

    Missing parts are None; a body that is not JSON gives its text as the message.
    """
    try:
        data: Any = orjson.loads(body)
    except orjson.JSONDecodeError:
        text = body.decode("utf-8", "replace").strip()
        return (text[:_MAX_MESSAGE] or None), None, None
    if not isinstance(data, dict):
        return None, None, None
    err = data.get("error")
    if isinstance(err, dict):
        code = err.get("code")
        return (
            _str(err.get("message")),
            _str(err.get("type")),
            str(code) if isinstance(code, str | int) else None,
        )
    if isinstance(err, str):
        return err, _str(data.get("type")) if data.get("type") != "error" else None, None
    return _str(data.get("message")) or _detail(data.get("detail")), None, None


def _str(value: Any) -> str | None:
    return value if isinstance(value, str) and value else None


def _detail(detail: Any) -> str | None:
    if isinstance(detail, str):
        return detail or None
    if detail is None:
        return None
    return orjson.dumps(detail).decode()[:_MAX_MESSAGE]


def translate_error_body(body: bytes, status: int, to: Protocol) -> bytes:
    """Rewrite an upstream error body into the ``to`` shape, keeping its message.

    The type is kept when the target protocol knows it, otherwise derived from ``status``;
    an OpenAI ``code`` survives into OpenAI bodies only (Anthropic bodies have no code).
    """
    message, kind, code = parse_error_body(body)
    message = message or f"upstream answered HTTP {status}"
    if to == "anthropic":
        known = set(ANTHROPIC_ERROR_TYPES.values())
        return anthropic_error_body(
            message, kind if kind in known else anthropic_error_type(status)
        )
    known = set(OPENAI_ERROR_TYPES.values()) | {"server_error"}
    return openai_error_body(message, kind if kind in known else openai_error_type(status), code)


def openai_stream_error(message: str, type: str, code: str | None = None) -> bytes:
    """An SSE frame the OpenAI and Mistral SDKs raise on when it arrives mid-stream."""
    return format_event(openai_error_body(message, type, code))


def anthropic_stream_error(message: str, type: str) -> bytes:
    """An ``event: error`` SSE frame the Anthropic SDK raises on when it arrives mid-stream."""
    return format_event(anthropic_error_body(message, type), "error")
