"""Error bodies in both shapes, status mapping, and upstream error translation."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import anthropic
import httpx2
import openai
import orjson
import pytest

from proxy.errors import BadRequest, PolicyDenied, ProxyError, UpstreamTimeout
from proxy.protocols.errors import (
    anthropic_error_body,
    anthropic_error_type,
    anthropic_stream_error,
    openai_error_body,
    openai_error_type,
    openai_stream_error,
    parse_error_body,
    proxy_error_body,
    translate_error_body,
)


def test_openai_error_body_shape() -> None:
    """openai_error_body renders message, type, param and code under "error"."""
    body = orjson.loads(openai_error_body("bad", "invalid_request_error", "c", "messages"))
    assert body == {
        "error": {
            "message": "bad",
            "type": "invalid_request_error",
            "param": "messages",
            "code": "c",
        }
    }


def test_anthropic_error_body_shape() -> None:
    """anthropic_error_body renders the {"type": "error", "error": {type, message}} envelope."""
    body = orjson.loads(anthropic_error_body("slow down", "rate_limit_error"))
    assert body == {"type": "error", "error": {"type": "rate_limit_error", "message": "slow down"}}


@pytest.mark.parametrize(
    ("status", "anthropic_type", "openai_type"),
    [
        (400, "invalid_request_error", "invalid_request_error"),
        (401, "authentication_error", "authentication_error"),
        (402, "billing_error", "invalid_request_error"),
        (403, "permission_error", "permission_error"),
        (404, "not_found_error", "not_found_error"),
        (408, "timeout_error", "invalid_request_error"),
        (409, "invalid_request_error", "conflict_error"),
        (413, "request_too_large", "invalid_request_error"),
        (422, "invalid_request_error", "invalid_request_error"),
        (429, "rate_limit_error", "rate_limit_error"),
        (500, "api_error", "server_error"),
        (502, "api_error", "server_error"),
        (503, "overloaded_error", "server_error"),
        (504, "timeout_error", "server_error"),
        (529, "overloaded_error", "server_error"),
    ],
)
def test_status_to_error_type(status: int, anthropic_type: str, openai_type: str) -> None:
    """Each HTTP status maps to the error type each provider uses for it."""
    assert anthropic_error_type(status) == anthropic_type
    assert openai_error_type(status) == openai_type


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (b'{"error": {"message": "m", "type": "t", "code": "c"}}', ("m", "t", "c")),
        (b'{"error": {"message": "m", "type": "t", "code": 42}}', ("m", "t", "42")),
        (b'{"type": "error", "error": {"type": "overloaded_error", "message": "busy"}}',
         ("busy", "overloaded_error", None)),
        (b'{"error": "plain", "type": "x"}', ("plain", "x", None)),
        (b'{"error": "plain", "type": "error"}', ("plain", None, None)),
        (b'{"message": "mistral says no"}', ("mistral says no", None, None)),
        (b'{"detail": "fastapi"}', ("fastapi", None, None)),
        (b'{"detail": [{"loc": ["body"], "msg": "x"}]}',
         ('[{"loc":["body"],"msg":"x"}]', None, None)),
        (b'{"detail": null}', (None, None, None)),
        (b'{"detail": ""}', (None, None, None)),
        (b"[1, 2]", (None, None, None)),
        (b"<html>502 Bad Gateway</html>", ("<html>502 Bad Gateway</html>", None, None)),
        (b"", (None, None, None)),
    ],
)  # fmt: skip
def test_parse_error_body(body: bytes, expected: tuple[Any, ...]) -> None:
    """Message, type and code are found in either shape, FastAPI detail, or raw text."""
    assert parse_error_body(body) == expected


@pytest.mark.parametrize(
    ("body", "status", "to", "expected"),
    [
        (b'{"error": {"message": "m", "type": "rate_limit_error", "code": "rl"}}', 429,
         "anthropic", {"type": "error", "error": {"type": "rate_limit_error", "message": "m"}}),
        (b'{"error": {"message": "m", "type": "server_error"}}', 500, "anthropic",
         {"type": "error", "error": {"type": "api_error", "message": "m"}}),
        (b'{"type": "error", "error": {"type": "overloaded_error", "message": "busy"}}', 529,
         "openai", {"error": {"message": "busy", "type": "server_error", "param": None,
                              "code": None}}),
        (b'{"type": "error", "error": {"type": "not_found_error", "message": "no"}}', 404,
         "openai", {"error": {"message": "no", "type": "not_found_error", "param": None,
                              "code": None}}),
        (b"gateway exploded", 502, "openai",
         {"error": {"message": "gateway exploded", "type": "server_error", "param": None,
                    "code": None}}),
        (b"", 503, "anthropic",
         {"type": "error", "error": {"type": "overloaded_error",
                                     "message": "upstream answered HTTP 503"}}),
    ],
)  # fmt: skip
def test_translate_error_body(body: bytes, status: int, to: Any, expected: Any) -> None:
    """An upstream error body is rewritten into the other shape, keeping its message."""
    assert orjson.loads(translate_error_body(body, status, to)) == expected


@pytest.mark.parametrize(
    ("status", "exc_type"),
    [
        (400, anthropic.BadRequestError),
        (401, anthropic.AuthenticationError),
        (403, anthropic.PermissionDeniedError),
        (404, anthropic.NotFoundError),
        (429, anthropic.RateLimitError),
        (500, anthropic.InternalServerError),
    ],
)
def test_anthropic_sdk_reads_translated_error(
    anthropic_client: Callable[[Any], anthropic.Anthropic],
    status: int,
    exc_type: type[anthropic.APIStatusError],
) -> None:
    """The Anthropic SDK raises the right class, with the upstream message, on our body."""
    upstream = openai_error_body("upstream says no", openai_error_type(status))
    body = translate_error_body(upstream, status, "anthropic")
    client = anthropic_client(lambda _r: httpx2.Response(status, content=body))
    with pytest.raises(exc_type) as info:
        client.messages.create(model="m", max_tokens=5, messages=[{"role": "user", "content": "x"}])
    assert info.value.status_code == status
    assert "upstream says no" in info.value.message
    assert isinstance(info.value.body, dict)
    assert info.value.body["error"]["type"] == anthropic_error_type(status)


def test_openai_sdk_reads_translated_error(
    openai_client: Callable[[Any], openai.OpenAI],
) -> None:
    """The OpenAI SDK exposes message, type and code of a translated Anthropic error."""
    upstream = anthropic_error_body("too many", "rate_limit_error")
    body = translate_error_body(upstream, 429, "openai")
    client = openai_client(lambda _r: httpx2.Response(429, content=body))
    with pytest.raises(openai.RateLimitError) as info:
        client.chat.completions.create(model="m", messages=[{"role": "user", "content": "x"}])
    assert "too many" in info.value.message
    assert info.value.type == "rate_limit_error"


@pytest.mark.parametrize(
    ("exc", "to", "expected"),
    [
        (BadRequest("n>1", param="n"), "openai",
         {"error": {"message": "n>1", "type": "invalid_request_error", "param": "n",
                    "code": "invalid_request"}}),
        (BadRequest("n>1", param="n"), "anthropic",
         {"type": "error", "error": {"type": "invalid_request_error", "message": "n>1"}}),
        (PolicyDenied("denied", rule="r", reason="x"), "anthropic",
         {"type": "error", "error": {"type": "permission_error",
                                    "message": "denied (rule=r, reason=x)"}}),
        (UpstreamTimeout("slow"), "anthropic",
         {"type": "error", "error": {"type": "timeout_error", "message": "slow"}}),
        (ProxyError("boom"), "openai",
         {"error": {"message": "boom", "type": "api_error", "param": None,
                    "code": "internal_error"}}),
    ],
)  # fmt: skip
def test_proxy_error_body(exc: ProxyError, to: Any, expected: Any) -> None:
    """Our own errors render in the caller's shape with the class's type and code."""
    assert orjson.loads(proxy_error_body(exc, to)) == expected


def test_stream_error_frames() -> None:
    """Mid-stream error frames: OpenAI as a data line, Anthropic as an error event."""
    assert openai_stream_error("x", "server_error").startswith(b'data: {"error":')
    frame = anthropic_stream_error("x", "api_error")
    assert frame.startswith(b"event: error\ndata: ")
    assert frame.endswith(b"\n\n")
