"""The gate of a fleet (``state: {redis_url: ...}``): limits on Redis, revocations heard from every
replica, and what happens when Redis does not answer.

``SharedGate`` is the ``Gate`` with two additions:

- a key any replica revoked is refused (401 ``key_revoked``, as a revoked key in this replica's
  own file is) before anything is counted;
- Redis unreachable: ``on_unavailable: fail_closed`` refuses with 503 ``limits_unavailable`` in the
  caller's API shape, ``fail_open`` admits the request uncounted. Either way the mode is the
  ``outcome`` of the audit record's ``limits`` and a ``sovproxy_limit_checks_total`` label.

``SharedState`` builds the Redis clients, the limiter, the revocations and the gate from the
settings, and starts and stops them with the app.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Literal

from prometheus_client import CollectorRegistry
from redis.asyncio import Redis
from redis.asyncio.retry import Retry
from redis.backoff import NoBackoff

from proxy.backends.model import BackendInfo
from proxy.errors import AuthenticationFailed, ServiceUnavailable
from proxy.exchange import Exchange
from proxy.fleet.gate import Gate, estimate_tokens
from proxy.fleet.limits import Ticket
from proxy.fleet.principals import Credential, KeyBook
from proxy.fleet.redis_limiter import RedisLimiter, StateUnavailable
from proxy.fleet.redis_revocations import Revocations

Mode = Literal["fail_closed", "fail_open"]
#: A request never waits longer than this on Redis (connect or answer).
TIMEOUT_S = 0.25


class SharedGate(Gate):
    """``Gate`` over ``RedisLimiter`` (see the module docstring)."""

    def __init__(
        self,
        limiter: RedisLimiter,
        output_cap: int,
        registry: CollectorRegistry | None,
        revocations: Revocations,
        on_unavailable: Mode,
        infos: Mapping[str, BackendInfo] | None = None,
    ):
        super().__init__(limiter, output_cap, registry, infos)
        self.revocations = revocations
        self.on_unavailable = on_unavailable

    async def admit(
        self, exchange: Exchange, credential: Credential | None
    ) -> tuple[Ticket | None, dict[str, str]]:
        """``Gate.admit``, after the fleet's revocations; Redis down: the configured mode."""
        if credential is not None and self.revocations.is_revoked(credential.key.digest()):
            raise AuthenticationFailed("this API key has been revoked", code="key_revoked")
        try:
            return await super().admit(exchange, credential)
        except StateUnavailable:
            return self._unavailable(exchange)

    def _unavailable(self, exchange: Exchange) -> tuple[Ticket | None, dict[str, str]]:
        mode = self.on_unavailable
        exchange.limits = {
            "outcome": mode,
            "state": self.limiter.state,
            "scope": None,
            "limit": None,
            "retry_after_s": None,
            "reserved_tokens": estimate_tokens(exchange, self.output_cap),
            "tokens": None,
        }
        self._checks.labels(mode, "", "").inc()
        if mode == "fail_closed":
            raise ServiceUnavailable(
                "the rate limits cannot be checked right now (their shared state does not "
                "answer); retry shortly",
                code="limits_unavailable",
            )
        return None, {}


def redis_client(url: str, *, timeout_s: float | None = TIMEOUT_S) -> Redis:
    """A client that never retries or waits beyond ``timeout_s`` (``None``: no read timeout, for
    the subscription, which waits for messages)."""
    return Redis.from_url(
        url,
        retry=Retry(NoBackoff(), 0),
        socket_connect_timeout=TIMEOUT_S,
        socket_timeout=timeout_s,
        health_check_interval=30 if timeout_s is None else 0,
    )


class SharedState:
    """The Redis clients, limiter, revocations and gate of one app."""

    def __init__(
        self,
        url: str,
        on_unavailable: Mode,
        output_cap: int,
        registry: CollectorRegistry | None,
        book: Callable[[], KeyBook | None],
        infos: Mapping[str, BackendInfo] | None = None,
    ):
        self.client = redis_client(url)
        self.listener = redis_client(url, timeout_s=None)
        self.limiter = RedisLimiter(self.client)
        self.revocations = Revocations(self.client, self.listener, book)
        self.gate = SharedGate(
            self.limiter, output_cap, registry, self.revocations, on_unavailable, infos
        )

    async def start(self) -> None:
        """Subscribe to revocations."""
        await self.revocations.start()

    async def stop(self) -> None:
        """Stop listening and renewing, close the connections."""
        await self.revocations.stop()
        await self.limiter.close()
        await self.client.aclose()
        await self.listener.aclose()
