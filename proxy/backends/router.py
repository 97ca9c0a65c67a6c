"""The routing runtime: send to the first healthy allowed candidate, retry, then fall back.

The candidate list comes from the policy decision and is the whole universe of this module: it never
sends anywhere else (DESIGN §8, invariant 1). Health is kept per target, a backend and the concrete
model it serves there (``health.Target``). The rules, also in the README ("When upstreams fail"):

- Available targets are tried in policy order. Each gets ``1 + retries`` attempts: ``retries`` is
  the backend's ``max_retries``, or 0 when the client retries by itself (it sends
  ``x-stainless-retry-count``, as the official SDKs do) and ``routing.client_retries`` is
  ``defer``. Moving on to the next candidate is routing, not a retry, and always happens.
- A retry waits the upstream's ``retry-after``/``retry-after-ms`` or an exponential backoff; a wait
  longer than ``max_retry_wait_s`` or than what is left of the deadline is not taken.
- 5xx, 529 and transport failures count toward ejection (``outlier.Ejection``); 408 and 429 do not.
- Ejected (or marked down) targets get no traffic while an available one answers. When none
  does, or none is available (panic mode), each ejected target gets one attempt, the one most
  likely to recover first: never a refusal with nothing tried, never a "cooldown" 503.
- When everything fails the client gets, in this order of preference, the last upstream 429
  (with its ``retry-after``), the last other upstream error status, the last transport error,
  the first refusal to build the request. A deadline that runs out gives an upstream error status
  seen so far or 504 ``deadline_exceeded``.

Once a response is handed to the caller there is no more fallback: a stream that has started is the
client's. Every try is recorded as an ``Attempt`` on the exchange.
"""

from __future__ import annotations

import asyncio
import random
import time
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any, Literal, Protocol

from proxy.backends.health import (
    HealthBook,
    Target,
    backoff_delay,
    is_retryable,
    retry_after_from_headers,
)
from proxy.backends.upstream import Backend, UpstreamRequest, UpstreamResponse
from proxy.errors import (
    ProxyError,
    ServiceUnavailable,
    UpstreamError,
    UpstreamStatus,
    UpstreamTimeout,
)
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
    deadline_s: float | None = None
    client_retries: Literal["defer", "add"] = "defer"


def target_of(backend: Backend, model: str) -> Target:
    """The health target a request for ``model`` reaches on ``backend``."""
    return Target(backend.name, backend.info.concrete_model(model))


async def forward(
    exchange: Exchange,
    candidates: Sequence[str],
    backends: Mapping[str, Backend],
    build: RequestBuilder,
    health: HealthBook,
    options: RoutingOptions,
    observer: AttemptObserver | None = None,
) -> tuple[Backend, UpstreamResponse]:
    """Send ``exchange`` to the first candidate that answers; raise the client's error otherwise."""
    route = _Route(exchange, build, health, options, observer or _NoObserver())
    return await route.run([backends[name] for name in candidates if name in backends])


class _Failures:
    """The failures of one request so far, and which one the client gets."""

    def __init__(self) -> None:
        self.rate_limited: UpstreamStatus | None = None
        self.status: UpstreamStatus | None = None
        self.transport: ProxyError | None = None
        self.refused: ProxyError | None = None

    def add(self, error: ProxyError) -> None:
        if isinstance(error, UpstreamStatus):
            if error.status == 429:
                self.rate_limited = error
            else:
                self.status = error
        else:
            self.transport = error

    def answer(self, *, expired: bool, deadline_s: float | None) -> ProxyError:
        said = self.rate_limited or self.status
        if said is not None:
            return said
        if expired:
            return UpstreamTimeout(
                f"no upstream answered within the request deadline of {deadline_s:g} s",
                code="deadline_exceeded",
            )
        fallback = self.transport or self.refused
        if fallback is not None:
            return fallback
        return ServiceUnavailable(
            "no allowed backend is available for this request", code="no_backend"
        )


class _Route:
    """One request's way through its candidates."""

    def __init__(
        self,
        exchange: Exchange,
        build: RequestBuilder,
        health: HealthBook,
        options: RoutingOptions,
        observer: AttemptObserver,
    ) -> None:
        self.exchange, self.build, self.health = exchange, build, health
        self.options, self.observer = options, observer
        self.failures = _Failures()
        self.expired = False
        deadline_s = options.deadline_s
        self.deadline = None if deadline_s is None else time.monotonic() + deadline_s

    async def run(self, backends: list[Backend]) -> tuple[Backend, UpstreamResponse]:
        by_target = {target_of(b, self.exchange.model): b for b in backends}
        plan = self.health.plan(
            list(by_target), time.monotonic(), fastest_first=self.options.fastest_first
        )
        for target in plan.available:
            backend = by_target[target]
            response = await self._on_target(backend, target, self._retries(backend))
            if response is not None:
                return backend, response
            if self.expired:
                break
        for target in plan.ejected:  # last resort (panic mode when nothing was available)
            if self.expired:
                break
            response = await self._on_target(by_target[target], target, 0)
            if response is not None:
                return by_target[target], response
        raise self.failures.answer(expired=self.expired, deadline_s=self.options.deadline_s)

    def _retries(self, backend: Backend) -> int:
        if self.options.client_retries == "defer" and self.exchange.client_retry_count is not None:
            return 0
        return backend.spec.max_retries

    async def _on_target(
        self, backend: Backend, target: Target, retries: int
    ) -> UpstreamResponse | None:
        """Up to ``1 + retries`` attempts on one target; the response, or None to move on."""
        try:
            request = self.build(backend)
        except ProxyError as exc:  # this candidate cannot take the request (e.g. translation)
            self.failures.refused = self.failures.refused or exc
            return None
        for retry in range(retries + 1):
            if retry and not self.health.available(target, time.monotonic()):
                return None  # ejected by the last failure: no more traffic for it
            response, wait = await self._attempt(backend, target, request, retry)
            if response is not None or self.expired or retry == retries:
                return response
            delay = backoff_delay(retry, retry_after=wait, jitter=random.random())
            if delay > self.options.max_retry_wait_s or not self._fits(delay):
                return None
            await asyncio.sleep(delay)
        return None

    def _left(self) -> float | None:
        return None if self.deadline is None else self.deadline - time.monotonic()

    def _fits(self, delay: float) -> bool:
        left = self._left()
        return left is None or delay < left

    async def _attempt(
        self, backend: Backend, target: Target, request: UpstreamRequest, retry: int
    ) -> tuple[UpstreamResponse | None, float | None]:
        """One try, recorded on the exchange and in the target's health."""
        left = self._left()
        if left is not None and left <= 0:
            self.expired = True
            return None, None
        attempt = Attempt(backend=backend.name, started=time.monotonic(), retry_of=retry or None)
        handle = self.observer.start(backend, len(self.exchange.attempts), request.headers)
        self.exchange.attempts.append(attempt)
        scope = asyncio.timeout(left)
        try:
            async with scope:
                response, error, wait = await _send(backend, request, attempt)
        except TimeoutError:
            if not scope.expired():
                raise
            _finish(attempt, None, "deadline")
            self.observer.end(handle, attempt)
            self.expired = True  # our deadline, not the target's fault: health is untouched
            return None, None
        except BaseException:
            attempt.error = attempt.error or "cancelled"
            self.observer.end(handle, attempt)
            raise
        self.observer.end(handle, attempt, keep_open=response is not None)
        self.health[target].record_outcome(
            time.monotonic(),
            status=attempt.status,
            failed=response is None and not isinstance(error, UpstreamStatus),
            ttfb_s=attempt.first_byte_s,
        )
        if error is not None:
            self.failures.add(error)
        return response, wait


async def _send(
    backend: Backend, request: UpstreamRequest, attempt: Attempt
) -> tuple[UpstreamResponse | None, UpstreamError | None, float | None]:
    """One send: ``(response, None, None)`` when the answer goes to the client (success or an
    error that must not be retried), else ``(None, error, retry_after_seconds_or_None)``."""
    try:
        response = await backend.send(request)
    except UpstreamError as exc:  # refused, reset, timed out, or an invalid answer (framing)
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
