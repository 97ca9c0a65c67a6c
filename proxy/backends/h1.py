"""A lean HTTP/1.1 client for the upstream hop: a keep-alive pool of asyncio protocols (httptools).

Only what a proxy's upstream leg needs: one request per connection at a time, bodies sent whole,
answers read whole or relayed piece by piece as they arrive (with back-pressure: a slow reader
pauses the socket), gzip/deflate decoded. Nothing here knows about LLMs; failures are
``WireError`` or ``TimeoutError``, and ``upstream.py`` turns them into the proxy's error tree.
"""

from __future__ import annotations

import asyncio
import ssl
import time
from collections import deque
from collections.abc import Callable
from types import TracebackType
from typing import cast

import httptools
from multidict import CIMultiDict, CIMultiDictProxy

from proxy.backends.wire import Origin as Origin
from proxy.backends.wire import WireError as WireError
from proxy.backends.wire import decode, decoder

#: Buffered body bytes above which the socket is paused until the reader catches up.
_HIGH_WATER = 1024 * 1024
_MAX_HEAD = 256 * 1024  # bytes of a response head (httptools has no limit of its own)


class _Conn(asyncio.Protocol):
    """One connection; parses one answer at a time and wakes the single reader waiting on it."""

    def __init__(self, pool: Pool, origin: Origin):
        self.pool, self.origin = pool, origin
        self.transport: asyncio.Transport | None = None
        self.parser: httptools.HttpResponseParser | None = None
        self.waiter: asyncio.Future[None] | None = None
        self.closed = False
        self.idle_since = 0.0
        self._reset()

    def _reset(self) -> None:
        self.status = 0
        self.raw_headers: list[tuple[bytes, bytes]] = []
        self.headers_done = self.complete = self.informational = self.until_eof = False
        self.keep_alive = False
        self.body: deque[bytes] = deque()
        self.buffered = self.head_size = 0
        self.paused = False
        self.error: BaseException | None = None
        self.on_done: Callable[[], None] | None = None  # set while the rest is discarded

    # asyncio.Protocol
    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        self.transport = cast(asyncio.Transport, transport)  # uvloop's is not a subclass

    def data_received(self, data: bytes) -> None:
        if self.parser is None:  # bytes nobody asked for: the connection is unusable
            self._fail(WireError("upstream sent data without a request"))
            return
        if not self.headers_done and len(data) + self.head_size > _MAX_HEAD:
            self._fail(WireError(f"upstream response head exceeds {_MAX_HEAD} bytes"))
            return
        self.head_size += len(data)
        try:
            self.parser.feed_data(data)
        except httptools.HttpParserError as exc:
            if self.complete:  # the answer is whole; what follows it is never read
                self._fail(WireError("upstream sent more after a complete answer"))
            else:
                self._fail(WireError(f"malformed upstream response ({type(exc).__name__})"))

    def connection_lost(self, exc: Exception | None) -> None:
        self.closed = True
        self.pool.forget(self)
        if self.parser is not None and not self.complete and self.error is None:
            if self.headers_done and self.until_eof:
                self.complete = True  # the body was delimited by the close
            else:
                self.error = WireError("upstream closed the connection before answering in full")
        self._wake()
        self._done()

    # httptools callbacks
    def on_message_begin(self) -> None:
        if self.complete:  # a second answer nobody asked for: stop parsing, drop the connection
            raise WireError("upstream sent more after a complete answer")

    def on_header(self, name: bytes, value: bytes) -> None:
        self.raw_headers.append((name, value))

    def on_headers_complete(self) -> None:
        assert self.parser is not None
        self.status = self.parser.get_status_code()
        if self.status < 200:  # an informational answer (103 and the like): skip it
            self.informational, self.raw_headers = True, []
            return
        names = {n.lower() for n, _ in self.raw_headers}
        self.until_eof = (
            b"content-length" not in names
            and b"transfer-encoding" not in names
            and self.status not in (204, 304)
        )
        self.headers_done = True
        self._wake()

    def on_body(self, body: bytes) -> None:
        if self.on_done is not None:  # the reader has what it wanted: the rest is not kept
            return
        self.body.append(body)
        self.buffered += len(body)
        if self.buffered > _HIGH_WATER and not self.paused and self.transport is not None:
            self.paused = True
            self.transport.pause_reading()
        self._wake()

    def on_message_complete(self) -> None:
        if self.informational:
            self.informational = False
            return
        assert self.parser is not None
        self.keep_alive = self.parser.should_keep_alive()
        self.complete = True
        self._wake()
        if self.on_done is not None:  # after this callback returns: the parser is still busy
            asyncio.get_running_loop().call_soon(self._done)

    def _done(self) -> None:
        callback, self.on_done = self.on_done, None
        if callback is not None:
            callback()

    # used by Pool and Response
    def _fail(self, error: BaseException) -> None:
        if self.error is None:
            self.error = error
        self.abort()
        self._wake()
        self._done()

    def _wake(self) -> None:
        waiter, self.waiter = self.waiter, None
        if waiter is not None and not waiter.done():
            waiter.set_result(None)

    async def wait(self, deadline: float) -> None:
        """Until the parser makes progress (or the connection breaks) or ``deadline`` passes."""
        if self.error is not None or self.complete:
            return
        loop = asyncio.get_running_loop()
        self.waiter = waiter = loop.create_future()
        timer = loop.call_at(deadline, _expire, waiter)
        try:
            await waiter
        finally:
            timer.cancel()
            if self.waiter is waiter:
                self.waiter = None

    def take(self) -> bytes:
        """Everything buffered so far (resuming a paused socket)."""
        data = b"".join(self.body) if len(self.body) != 1 else self.body[0]
        self.body.clear()
        self.buffered = 0
        if self.paused and self.transport is not None and not self.closed:
            self.paused = False
            self.transport.resume_reading()
        return data

    def start(self, payload: bytes, body: bytes) -> None:
        """Send one request on this (idle) connection."""
        assert self.transport is not None
        self._reset()
        self.parser = httptools.HttpResponseParser(self)
        if body and len(body) > 65536:
            self.transport.writelines((payload, body))
        else:
            self.transport.write(payload + body)

    def abort(self) -> None:
        """Drop the connection now."""
        self.closed = True
        if self.transport is not None:
            self.transport.abort()


def _expire(waiter: asyncio.Future[None]) -> None:
    if not waiter.done():
        waiter.set_exception(TimeoutError())


class Response:
    """An answer whose status and headers have arrived; the caller reads or iterates the body."""

    def __init__(self, conn: _Conn, pool: Pool, deadline: float):
        self._conn, self._pool, self._deadline = conn, pool, deadline
        self.status = conn.status
        headers: CIMultiDict[str] = CIMultiDict()
        for name, value in conn.raw_headers:
            headers.add(name.decode("latin-1"), value.decode("latin-1"))
        self.headers = CIMultiDictProxy(headers)
        self._decoder = decoder(self.headers.get("Content-Encoding", ""))
        self.max_decoded = 0  # bytes one piece may decode to (0: no limit)
        self._done = self._returned = False

    async def next_chunk(self, idle: float) -> bytes:
        """The next piece of the (decoded) body as it arrived; ``b""`` at its end."""
        conn = self._conn
        deadline = min(self._deadline, asyncio.get_running_loop().time() + idle)
        while True:
            if conn.body:
                return self._decode(conn.take())
            if conn.complete:  # anything the server sent after a whole answer does not undo it
                return self._finish()
            if conn.error is not None:
                raise conn.error
            if conn.closed:
                raise WireError("upstream connection dropped")
            await conn.wait(deadline)

    async def read(self, idle: float) -> bytes:
        """The whole (decoded) body."""
        parts = []
        while chunk := await self.next_chunk(idle):
            parts.append(chunk)
        return b"".join(parts)

    def _decode(self, data: bytes) -> bytes:
        if self._decoder is None:
            return data
        return decode(self._decoder, data, self.max_decoded)

    def _finish(self) -> bytes:
        if self._done:
            return b""
        self._done = True
        tail = self._decode(b"") + self._decoder.flush() if self._decoder is not None else b""
        self.release()
        return tail

    def release_when_complete(self, timeout: float) -> None:
        """The reader is done; the answer may not be: discard the rest as it arrives and give
        the connection back when the answer ends, or drop it after ``timeout`` seconds."""
        conn = self._conn
        if self._returned:  # already back in the pool: it may be serving another request
            return
        conn.take()
        if conn.complete or conn.error is not None or conn.closed:
            self.release()
            return
        timer = asyncio.get_running_loop().call_later(timeout, self.close)

        def done() -> None:
            timer.cancel()
            self.release()

        conn.on_done = done

    def release(self) -> None:
        """Give the connection back (reusable only when the answer was read in full)."""
        conn = self._conn
        self._return(conn.complete and conn.keep_alive and not conn.body and not conn.closed)

    def close(self) -> None:
        """Drop the connection (the reader gave up or the answer broke)."""
        self._return(False)

    def _return(self, reusable: bool) -> None:
        if not self._returned:  # once only: the connection may serve another request after
            self._returned = True
            self._pool.checkin(self._conn, reusable=reusable)


class Pool:
    """Keep-alive connections by origin, at most ``limit_per_host`` in use per origin at a time."""

    def __init__(self, *, limit_per_host: int = 256, keepalive: float = 15.0):
        self._limit = limit_per_host
        self._keepalive = keepalive
        self._idle: dict[Origin, list[_Conn]] = {}
        self._slots: dict[Origin, asyncio.Semaphore] = {}
        self._out: set[_Conn] = set()
        self._ssl: ssl.SSLContext | None = None

    async def __aenter__(self) -> Pool:
        return self

    async def __aexit__(
        self, t: type[BaseException] | None, e: BaseException | None, tb: TracebackType | None
    ) -> None:
        await self.close()

    async def request(
        self,
        origin: Origin,
        head: bytes,
        body: bytes,
        *,
        connect: float,
        first_byte: float,
        total: float,
    ) -> Response:
        """Send ``head`` (request line and headers, without Host) and ``body``; wait for headers."""
        now = asyncio.get_running_loop().time()
        header_deadline = now + min(first_byte, total)
        conn = await self._checkout(origin, min(connect, total), header_deadline)
        try:
            conn.start(b"%sHost: %s\r\n\r\n" % (head, origin.host_header), body)
            while not conn.headers_done:
                if conn.error is not None:
                    raise conn.error
                if conn.closed:
                    raise WireError("upstream closed the connection before answering")
                await conn.wait(header_deadline)
            return Response(conn, self, now + total)
        except BaseException:
            self.checkin(conn, reusable=False)
            raise

    async def _checkout(self, origin: Origin, connect: float, deadline: float) -> _Conn:
        """An idle or new connection; waiting for a free slot counts against ``deadline``."""
        slots = self._slots.get(origin)
        if slots is None:
            slots = self._slots[origin] = asyncio.Semaphore(self._limit)
        if slots.locked():  # every slot is in use: wait, but not past the first-byte deadline
            async with asyncio.timeout_at(deadline):
                await slots.acquire()
        else:
            await slots.acquire()
        try:
            conn = self._reuse(origin) or await self._connect(origin, connect)
        except BaseException:
            slots.release()
            raise
        self._out.add(conn)
        return conn

    def _reuse(self, origin: Origin) -> _Conn | None:
        idle = self._idle.get(origin)
        now = time.monotonic()
        while idle:
            conn = idle.pop()
            if not conn.closed and now - conn.idle_since < self._keepalive:
                return conn
            conn.abort()
        return None

    async def _connect(self, origin: Origin, timeout: float) -> _Conn:
        loop = asyncio.get_running_loop()
        tls = self._tls() if origin.scheme == "https" else None
        try:
            async with asyncio.timeout(timeout):
                _, conn = await loop.create_connection(
                    lambda: _Conn(self, origin),
                    origin.host,
                    origin.port,
                    ssl=tls,
                    server_hostname=origin.host if tls else None,
                )
        except TimeoutError:
            raise
        except (OSError, ssl.SSLError) as exc:
            raise WireError(f"cannot connect ({type(exc).__name__})") from exc
        return conn

    def _tls(self) -> ssl.SSLContext:
        if self._ssl is None:
            self._ssl = ssl.create_default_context()
        return self._ssl

    def checkin(self, conn: _Conn, *, reusable: bool) -> None:
        """Return a checked-out connection: idle for reuse, or closed."""
        if conn not in self._out:
            return
        self._out.discard(conn)
        self._slots[conn.origin].release()
        conn.parser = None
        if reusable and not conn.closed:
            conn.idle_since = time.monotonic()
            self._idle.setdefault(conn.origin, []).append(conn)
        else:
            conn.abort()

    def forget(self, conn: _Conn) -> None:
        """A connection closed by the other side leaves the idle list."""
        idle = self._idle.get(conn.origin)
        if idle and conn in idle:
            idle.remove(conn)

    async def close(self) -> None:
        """Close every connection, idle or in use."""
        for idle in self._idle.values():
            for conn in idle:
                conn.abort()
        self._idle.clear()
        for conn in list(self._out):
            conn.abort()
        await asyncio.sleep(0)  # let the transports finish closing
