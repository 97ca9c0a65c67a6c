"""Revocation on every replica within a second (issue 16), through Redis.

A replica whose keys file shows a key newly revoked (its own reload, or ``sovproxy keys revoke``
editing the file it reads; with Redis the file is polled every 0.5 s) adds the key's sha256 to the
sorted set ``<p>:revoked`` (scored by when the entry expires, ``KEEP_S``) and publishes it on the
channel ``<p>:revocations``; the active book is compared with the last one every ``WATCH_S`` (a
reference comparison), so this happens within 50 ms of the reload. Every replica subscribes and
adds what it hears to ``revoked``, a set in memory the gate checks on each request (a set lookup:
no round trip). A replica that missed a message — its subscription was down, Redis restarted —
reads the sorted set again every ``SYNC_S`` and on every resubscription. So a replica that has
not re-read the file (a ConfigMap propagates in a minute or more) refuses the key within
``SYNC_S`` of the publication at worst, within milliseconds usually.

A key once revoked stays refused by this process (bounded by the number of keys revoked): a key
is never un-revoked — create a new one.
"""

from __future__ import annotations

import asyncio
import contextlib
import re
import sys
from collections.abc import Callable

from redis.asyncio import Redis
from redis.exceptions import RedisError

from proxy.fleet import redis_scripts
from proxy.fleet.principals import KeyBook
from proxy.telemetry.logging import get_logger

#: How long a revocation stays in Redis (every replica's keys file has caught up by then).
KEEP_S = 24 * 3600.0
#: How often the sorted set is read again (catching up on a message missed).
SYNC_S = 0.25
#: How often the active key book is compared with the last one (a reference comparison).
WATCH_S = 0.05
_DIGEST = re.compile(r"[0-9a-f]{64}")
_FAILURES = (RedisError, OSError, asyncio.TimeoutError)


def names(prefix: str = redis_scripts.PREFIX) -> tuple[str, str]:
    """The sorted set of revocations and the channel they are published on."""
    return f"{prefix}:revoked", f"{prefix}:revocations"


def publish_to(url: str, digest: str, timeout_s: float = 2.0) -> None:
    """Record and publish one revocation from outside a proxy (``sovproxy keys revoke
    --redis-url``): every replica refuses the key at once, whether or not its keys file has
    changed yet. ``UserError`` (one line) when Redis does not answer."""
    from redis import Redis as SyncRedis

    from proxy.commands import UserError

    client = SyncRedis.from_url(url, socket_connect_timeout=timeout_s, socket_timeout=timeout_s)
    try:
        set_key, channel = names()
        script = client.register_script(redis_scripts.PUBLISH_REVOKED)
        script(keys=[set_key], args=[channel, int(KEEP_S), digest])
    except (RedisError, OSError, ValueError) as exc:
        raise UserError(
            f"the keys file says revoked, but Redis did not hear it ({type(exc).__name__}): "
            "replicas refuse the key once they read the file"
        ) from None
    finally:
        client.close()
    print(f"published the revocation to every replica sharing {_where(url)}", file=sys.stderr)


def _where(url: str) -> str:
    """``host:port/db`` of a Redis URL, without a user or password."""
    return url.partition("://")[2].rpartition("@")[2] or url


def revoked_in(book: KeyBook | None) -> set[str]:
    """The sha256 digests of the keys ``book`` marks revoked."""
    if book is None:
        return set()
    credentials = book._by_digest.values()  # the book has no public iteration (yet)
    return {c.key.digest() for c in credentials if c.key.revoked}


class Revocations:
    """Publishes the revocations this replica reads, and learns everyone's (see module doc)."""

    def __init__(
        self,
        client: Redis,
        listener: Redis,
        book: Callable[[], KeyBook | None],
        prefix: str = redis_scripts.PREFIX,
    ):
        self.client = client
        self.listener = listener
        self.book = book
        self.set_key, self.channel = names(prefix)
        #: every digest known revoked by this process
        self.revoked: set[str] = set()
        self._published: set[str] = set()
        self._seen_book: KeyBook | None = None
        self._tasks: list[asyncio.Task[None]] = []
        self._publish = client.register_script(redis_scripts.PUBLISH_REVOKED)
        self._pull = client.register_script(redis_scripts.PULL_REVOKED)

    def is_revoked(self, digest: str) -> bool:
        """Whether any replica revoked the key with this sha256."""
        return digest in self.revoked

    async def start(self) -> None:
        """Subscribe, and start comparing books and re-reading the set."""
        loop = asyncio.get_running_loop()
        self._tasks = [loop.create_task(self._listen()), loop.create_task(self._sync())]

    async def stop(self) -> None:
        """Stop both tasks."""
        for task in self._tasks:
            task.cancel()
        for task in self._tasks:
            with contextlib.suppress(asyncio.CancelledError):
                await task
        self._tasks = []

    async def publish(self, digests: set[str]) -> None:
        """Record ``digests`` as revoked in Redis and tell every replica."""
        self.revoked |= digests
        args: list[str | int] = [self.channel, int(KEEP_S), *sorted(digests)]
        await self._publish(keys=[self.set_key], args=args)
        self._published |= digests
        get_logger().info("keys_revocation_published", keys=len(digests))

    async def pull(self) -> None:
        """Read the revocations still kept in Redis (the expired ones are dropped)."""
        self._learn(await self._pull(keys=[self.set_key]))

    def _learn(self, values: list[bytes | str]) -> None:
        for value in values:
            digest = value.decode() if isinstance(value, bytes) else value
            if _DIGEST.fullmatch(digest):
                self.revoked.add(digest)

    async def _sync(self) -> None:
        """Every ``WATCH_S``, publish what a new book revoked; every ``SYNC_S``, read the set."""
        rounds = 0
        while True:
            try:
                book = self.book()
                if book is not self._seen_book:
                    new = revoked_in(book) - self._published
                    self.revoked |= new  # refused here at once, even with Redis down
                    if new:
                        await self.publish(new)
                    self._seen_book = book
                if rounds % round(SYNC_S / WATCH_S) == 0:
                    await self.pull()
            except _FAILURES:
                pass  # Redis down: the book is compared again next time
            rounds += 1
            await asyncio.sleep(WATCH_S)

    async def _listen(self) -> None:
        """Hear revocations as they are published (resubscribe after any failure)."""
        while True:
            pubsub = self.listener.pubsub(ignore_subscribe_messages=True)
            try:
                await pubsub.subscribe(self.channel)
                await self.pull()
                async for message in pubsub.listen():
                    if message.get("type") == "message":
                        self._learn([message["data"]])
            except _FAILURES:
                await asyncio.sleep(SYNC_S)
            finally:
                with contextlib.suppress(*_FAILURES):
                    await pubsub.aclose()  # type: ignore[no-untyped-call]
