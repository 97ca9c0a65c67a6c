"""The first stage: who is calling and what did they send — and, when that fails, the exchange
that records the refusal (every request leaves one audit record, DESIGN §7).

A refusal before routing (401 wrong key, 400 invalid JSON or label, 413 too large) has no parsed
request. Its exchange carries what is known and safe to keep: the endpoint, the requested model
when the body is JSON, and for a wrong key the same key id a configured key gets (the first 12 hex
digits of the SHA-256 of the presented key) — never the key itself, never the content.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from typing import Any

import orjson
from aiohttp import web

from proxy.errors import RateLimited, ServiceUnavailable
from proxy.exchange import Exchange, Principal
from proxy.fleet.limits import Ticket
from proxy.fleet.principals import Credential
from proxy.http.keys import EXTRA_HEADERS, REQUEST_ID
from proxy.http.parse import Endpoint, _presented_key, build_exchange, read_body
from proxy.runtime import Services

_MODEL_MAX = 128
UNAUTHENTICATED = "unauthenticated"


@dataclass(slots=True)
class Admission:
    """What the first stage learnt before it failed (or all of it)."""

    principal: Principal | None = None
    raw: bytes | None = None
    credential: Credential | None = None
    #: the limits' reservation of an admitted request (settled once it is answered)
    ticket: Ticket | None = None
    #: the limit check's outcome of a refused request (for its audit record)
    limits: dict[str, Any] | None = None
    #: ``x-ratelimit-*`` and ``RateLimit`` fields for the answer
    rate_headers: dict[str, str] = field(default_factory=dict)


async def admit(
    request: web.Request, endpoint: Endpoint, services: Services, seen: Admission
) -> Exchange:
    """Authenticate, read and parse the request, check what its key may use and reserve its
    limits; ``seen`` keeps what was learnt on the way."""
    seen.principal, seen.credential = services.auth.lookup(request.headers)
    services.auth.check(seen.credential)  # revoked or expired: refused under its tenant
    seen.raw = await read_body(request, services.settings.limits.max_body_bytes)
    exchange = build_exchange(
        request[REQUEST_ID], request.path, endpoint, seen.raw, request.headers, seen.principal
    )
    if seen.credential is not None:
        seen.credential.check_use(exchange.model, endpoint.name)
    try:
        seen.ticket, seen.rate_headers = await services.gate.admit(exchange, seen.credential)
    except RateLimited as exc:
        seen.limits = exchange.limits
        request[EXTRA_HEADERS] = exc.headers
        raise
    except ServiceUnavailable:  # the limits' shared state does not answer (fail_closed)
        seen.limits = exchange.limits
        raise
    return exchange


def rate_headers(headers: dict[str, str], seen: Admission) -> dict[str, str]:
    """The answer's headers with this caller's rate-limit fields: when its key is limited, the
    backend's own ``x-ratelimit-*`` (sovproxy's account with the provider) give way to them."""
    if not seen.rate_headers:
        return headers
    kept = {k: v for k, v in headers.items() if not k.startswith("x-ratelimit-")}
    return kept | seen.rate_headers


async def settle(seen: Admission, exchange: Exchange, services: Services) -> None:
    """Once the request is answered (or failed): count its real tokens, free its slot."""
    await services.gate.settle(seen.ticket, exchange)


def refused_exchange(request: web.Request, endpoint: Endpoint, seen: Admission) -> Exchange:
    """The exchange of a request refused before it was parsed."""
    principal = seen.principal or Principal(
        tenant=UNAUTHENTICATED, key_id=presented_key_id(request)
    )
    model, stream = _requested(seen.raw)
    return Exchange(
        request_id=request[REQUEST_ID],
        endpoint=endpoint.name,
        client_protocol=endpoint.protocol,
        path=request.path,
        raw_body=b"",
        body={},
        model=model,
        stream=stream,
        principal=principal,
        limits=seen.limits,
    )


def presented_key_id(request: web.Request) -> str | None:
    """The key id of the key the caller presented (as configured keys get), else ``None``."""
    key = _presented_key(request.headers)
    return hashlib.sha256(key.encode()).hexdigest()[:12] if key else None


def _requested(raw: bytes | None) -> tuple[str, bool]:
    """The requested model and stream flag of a body that may not be valid."""
    try:
        body = orjson.loads(raw) if raw else None
    except orjson.JSONDecodeError:
        return "", False
    if not isinstance(body, dict):
        return "", False
    model = body.get("model")
    return (model[:_MODEL_MAX] if isinstance(model, str) else ""), body.get("stream") is True
