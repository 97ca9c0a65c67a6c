"""The routing runtime: send to the first healthy allowed candidate, retry, then fall back.

The candidate list comes from the policy decision and is the whole universe of this module: it never
sends anywhere else (DESIGN §8, invariant 1). Retries honour ``retry-after``; a wait longer than the
configured maximum falls back to the next candidate instead. Once a response is handed to the caller
(headers received, status not retryable) there is no more fallback: a stream that has started is the
client's. Every try is recorded as an ``Attempt`` on the exchange.

A candidate is skipped, not tried, when its circuit breaker is open (or its half-open probe is out)
or an active health check marked it down (``HealthBook.admit``), and when the request cannot be put
to it (a translation the backend's protocol cannot honour). With nothing tried the caller gets 503.
"""

from __future__ import annotations

import asyncio
import random
import time
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any, Protocol

from proxy.backends.health import (
    HealthBook,
    backoff_delay,
    is_retryable,
    retry_after_from_headers,
)
from proxy.backends.upstream import Backend, UpstreamRequest, UpstreamResponse
from proxy.errors import ProxyError, ServiceUnavailable, UpstreamError, UpstreamStatus
from proxy.exchange import Attempt, Exchange

RequestBuilder = Callable[[Backend], UpstreamRequest]


class AttemptObserver(Protocol):
    """Told about every attempt (the evidence opens a client span and adds trace headers)."""

    def start(self, backend: Backend, index: int, headers: dict[str, str]) -> Any:
        """An attempt begins; may add headers; returns a handle for ``end``."""

    def end(self, handle: Any, attempt: Attempt, *, keep_open: bool = False) -> None:
        """The attempt ended (``keep_open`` for the one whose answer goes to the client)."""


class _NoObserver:
    def start(self, backend: Backend, index: int, headers: dict[str, str]) -> Any:
        return None

    def end(self, handle: Any, attempt: Attempt, *, keep_open: bool = False) -> None:
        return None


#: Passed-through response headers that tell a client when to come back.
_RETRY_HEADERS = ("retry-after", "retry-after-ms", "x-request-id", "request-id")


@dataclass(frozen=True, slots=True)
class RoutingOptions:
    """Knobs of the runtime (from settings)."""

    fastest_first: bool = False
    max_retry_wait_s: float = 10.0


async def forward(
    exchange: Exchange,
    candidates: Sequence[str],
    backends: Mapping[str, Backend],
    build: RequestBuilder,
    health: HealthBook,
    options: RoutingOptions,
    observer: AttemptObserver | None = None,
) -> tuple[Backend, UpstreamResponse]:
    """Send ``exchange`` to the first candidate that answers; raise the last error otherwise."""
    observer = observer or _NoObserver()
    last_error: ProxyError | None = None
    for name in health.order(
        list(candidates), time.monotonic(), fastest_first=options.fastest_first
    ):
        backend = backends.get(name)
        if backend is None:  # a policy candidate this deployment does not have: never guess
            continue
        try:
            request = build(backend)
        except ProxyError as exc:  # this candidate cannot take the request (e.g. translation)
            last_error = last_error or exc
            continue
        result, error = await _try_backend(exchange, backend, request, health, options, observer)
        if result is not None:
            return backend, result
        last_error = error or last_error
    if last_error is not None:
        raise last_error
    raise ServiceUnavailable("no allowed backend is available for this request", code="no_backend")


async def _try_backend(
    exchange: Exchange,
    backend: Backend,
    request: UpstreamRequest,
    health: HealthBook,
    options: RoutingOptions,
    observer: AttemptObserver,
) -> tuple[UpstreamResponse | None, UpstreamError | None]:
    """Up to ``1 + max_retries`` tries on one backend; a response, or the error to fall back on."""
    state = health[backend.name]
    error: UpstreamError | None = None
    for retry in range(backend.spec.max_retries + 1):
        now = time.monotonic()
        if not health.admit(backend.name, now):
            return None, error
        attempt = Attempt(backend=backend.name, started=now, retry_of=retry or None)
        handle = observer.start(backend, len(exchange.attempts), request.headers)
        exchange.attempts.append(attempt)
        try:
            response, error, wait = await _attempt(backend, request, attempt)
        except BaseException:
            attempt.error = attempt.error or "cancelled"
            observer.end(handle, attempt)
            health.release(backend.name, time.monotonic())
            raise
        observer.end(handle, attempt, keep_open=response is not None)
        now = time.monotonic()
        if response is not None:
            state.record_success(now, attempt.first_byte_s)
            return response, None
        state.record_failure(now)
        if retry == backend.spec.max_retries:
            break
        delay = backoff_delay(retry, retry_after=wait, jitter=random.random())
        if delay > options.max_retry_wait_s:
            break
        await asyncio.sleep(delay)
    return None, error


async def _attempt(
    backend: Backend, request: UpstreamRequest, attempt: Attempt
) -> tuple[UpstreamResponse | None, UpstreamError | None, float | None]:
    """One try: ``(response, None, None)`` when the answer goes to the client (success or an
    error that must not be retried), else ``(None, error, retry_after_seconds_or_None)``."""
    try:
        response = await backend.send(request)
    except UpstreamError as exc:
        _finish(attempt, None, type(exc).__name__)
        return None, exc, None
    _finish(attempt, response.status, None)
    if not is_retryable(response.status, None):
        return response, None, None
    body = await _read_error_body(response)
    headers = {k: v for k in _RETRY_HEADERS if (v := response.headers.get(k)) is not None}
    error = UpstreamStatus(response.status, body, headers, response.content_type, backend.protocol)
    return None, error, retry_after_from_headers(response.headers, time.time())


def _finish(attempt: Attempt, status: int | None, error: str | None) -> None:
    elapsed = time.monotonic() - attempt.started
    attempt.status, attempt.error = status, error
    attempt.first_byte_s = elapsed if status is not None else None
    attempt.total_s = elapsed


async def _read_error_body(response: UpstreamResponse) -> bytes:
    try:
        return await response.read()
    except UpstreamError:
        return b""
