"""The one exception tree of sovproxy.

    ProxyError                 500 api_error          any failure we did not foresee
     ├── BadRequest            400 invalid_request_error
     │    ├── NotFound         404 (unknown model or route)
     │    └── PayloadTooLarge  413
     ├── AuthenticationFailed  401 (missing, unknown, revoked or expired key)
     ├── KeyNotAllowed         403 (the key may not use this model or endpoint)
     ├── PolicyDenied          403 (the policy refused; carries rule id and reason code)
     ├── RateLimited           429 (a key, team or tenant limit; carries the rate-limit headers)
     ├── ServiceUnavailable    503 (nothing to send to; audit cannot be written; not ready)
     └── UpstreamError         502 (the backend failed in a way we map)
          ├── UpstreamTimeout      504
          ├── UpstreamUnavailable  502 (connection refused, reset, DNS)
          ├── UpstreamProtocolError 502 (an answer that is not what its framing promises)
          └── UpstreamStatus       the backend's own status and body, passed through

Each class declares ``status``, ``type`` and ``code``; the error middleware renders them in the
caller's API shape. Foreign exceptions (aiohttp, httpx) are translated in ``backends/`` only.
"""

from __future__ import annotations

from collections.abc import Mapping


class ProxyError(Exception):
    """Base of every error sovproxy turns into an HTTP response."""

    status: int = 500
    type: str = "api_error"
    code: str | None = "internal_error"

    def __init__(self, message: str, *, param: str | None = None, code: str | None = None):
        super().__init__(message)
        self.message = message
        self.param = param
        if code is not None:
            self.code = code


class BadRequest(ProxyError):
    """The request is malformed or misses a required field."""

    status = 400
    type = "invalid_request_error"
    code = "invalid_request"


class NotFound(BadRequest):
    """The model (or route) is unknown."""

    status = 404
    code = "model_not_found"


class PayloadTooLarge(BadRequest):
    """The body is over the configured limit."""

    status = 413
    code = "request_too_large"


class AuthenticationFailed(ProxyError):
    """The client key is missing or unknown."""

    status = 401
    type = "authentication_error"
    code = "invalid_api_key"


class KeyNotAllowed(ProxyError):
    """The client key is valid but may not use this model or endpoint."""

    status = 403
    type = "permission_error"
    code = "key_not_allowed"


class RateLimited(ProxyError):
    """A limit of the caller's key, team or tenant is reached; nothing was sent upstream.

    ``headers`` (``retry-after``, ``x-ratelimit-*``, ``RateLimit``, ``RateLimit-Policy``) go on
    the 429 response.
    """

    status = 429
    type = "rate_limit_error"
    code = "rate_limit_exceeded"

    def __init__(self, message: str, *, headers: Mapping[str, str], code: str | None = None):
        super().__init__(message, code=code)
        self.headers = dict(headers)


class PolicyDenied(ProxyError):
    """The routing policy denied the request; carries the rule id and reason code."""

    status = 403
    type = "permission_error"
    code = "policy_denied"

    def __init__(self, message: str, *, rule: str | None, reason: str | None):
        super().__init__(f"{message} (rule={rule}, reason={reason})")
        self.rule = rule
        self.reason = reason


class ServiceUnavailable(ProxyError):
    """No candidate can serve the request, or a required stage cannot run."""

    status = 503
    type = "api_error"
    code = "service_unavailable"


class UpstreamError(ProxyError):
    """A backend failed."""

    status = 502
    type = "api_error"
    code = "upstream_error"


class UpstreamTimeout(UpstreamError):
    """A backend did not answer in time."""

    status = 504
    code = "upstream_timeout"


class UpstreamUnavailable(UpstreamError):
    """A backend could not be reached (refused, reset, unresolvable)."""

    status = 502
    code = "upstream_unavailable"


class UpstreamProtocolError(UpstreamError):
    """A backend answered, but not well-formed: truncated or invalid JSON, an HTML page where JSON
    belongs, lines that are not server-sent events, a stream cut inside an event."""

    status = 502
    code = "upstream_protocol_error"


class UpstreamStatus(UpstreamError):
    """A backend answered with an error status; its status, body and headers pass through."""

    def __init__(
        self,
        status: int,
        body: bytes,
        headers: Mapping[str, str],
        content_type: str,
        protocol: str = "openai",
    ):
        super().__init__(f"upstream answered {status}")
        self.status = status
        self.body = body
        self.headers = dict(headers)
        self.content_type = content_type
        self.protocol = protocol  # the backend's wire protocol: its error body's shape
