"""The upstream HTTP/1.1 client against real servers on 127.0.0.1: aiohttp ones, and raw sockets
for the wire cases a framework would never send (no length, 1xx, garbage, a cut-short body).
"""

from __future__ import annotations

import asyncio
import gzip
import zlib
from collections.abc import AsyncIterator, Awaitable, Callable

import pytest
from aiohttp import web

from proxy.backends import h1, upstream, wire
from proxy.demo.run import start_site

Handler = Callable[[asyncio.StreamReader, asyncio.StreamWriter], Awaitable[None]]
LIMITS = {"connect": 2.0, "first_byte": 2.0, "total": 10.0}


def head(path: str = "/v1/x", method: str = "POST", length: int = 0) -> bytes:
    return f"{method} {path} HTTP/1.1\r\nContent-Length: {length}\r\n".encode()


class RawServer:
    """A socket server on 127.0.0.1 that runs ``handler`` per connection and closes them all."""

    def __init__(self, handler: Handler):
        self.handler = handler
        self.writers: list[asyncio.StreamWriter] = []
        self.tasks: list[asyncio.Task[None]] = []

    async def _serve(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        self.writers.append(writer)
        self.tasks.append(asyncio.current_task())  # type: ignore[arg-type]
        try:
            await self.handler(reader, writer)
        except (ConnectionError, asyncio.IncompleteReadError):
            pass
        finally:
            writer.close()

    async def __aenter__(self) -> h1.Origin:
        self.server = await asyncio.start_server(self._serve, "127.0.0.1", 0)
        return h1.Origin("http", "127.0.0.1", self.server.sockets[0].getsockname()[1])

    async def __aexit__(self, *exc: object) -> None:
        self.server.close()
        for writer in self.writers:
            writer.close()
        for task in self.tasks:
            task.cancel()
        await asyncio.gather(*self.tasks, return_exceptions=True)
        await self.server.wait_closed()


async def read_request(reader: asyncio.StreamReader) -> bytes:
    """Read one request (head and Content-Length body)."""
    request_head = await reader.readuntil(b"\r\n\r\n")
    length = 0
    for line in request_head.split(b"\r\n"):
        if line.lower().startswith(b"content-length:"):
            length = int(line.split(b":")[1])
    return request_head + await reader.readexactly(length)


class Peers:
    """An aiohttp upstream that answers with the client's port, so connection reuse is visible."""

    def __init__(self) -> None:
        self.ports: list[int] = []
        self.big = b"x" * (3 * 1024 * 1024)

    async def echo(self, request: web.Request) -> web.StreamResponse:
        peer = request.transport.get_extra_info("peername") if request.transport else None
        self.ports.append(peer[1] if peer else 0)
        body = await request.read()
        headers = {"Connection": "close"} if request.query.get("close") else {}
        return web.Response(body=b"got " + body, headers=headers)

    async def gz(self, request: web.Request) -> web.Response:
        payload = b'{"answer": "compressed"}' * 100
        return web.Response(body=gzip.compress(payload), headers={"Content-Encoding": "gzip"})

    async def stream(self, request: web.Request) -> web.StreamResponse:
        response = web.StreamResponse(headers={"Content-Type": "text/event-stream"})
        await response.prepare(request)
        for start in range(0, len(self.big), 65536):
            await response.write(self.big[start : start + 65536])
        await response.write_eof()
        return response

    def app(self) -> web.Application:
        app = web.Application()
        app.router.add_post("/echo", self.echo)
        app.router.add_get("/gz", self.gz)
        app.router.add_get("/stream", self.stream)
        return app


@pytest.fixture
async def peers() -> AsyncIterator[tuple[Peers, h1.Origin]]:
    peers = Peers()
    runner, port = await start_site(peers.app(), "127.0.0.1", 0)
    yield peers, h1.Origin("http", "127.0.0.1", port)
    await runner.cleanup()


async def test_sequential_requests_reuse_one_connection(peers: tuple[Peers, h1.Origin]) -> None:
    """Keep-alive: three requests in a row travel over one connection, bodies intact."""
    server, origin = peers
    async with h1.Pool() as pool:
        for i in range(3):
            body = f"hello {i} ✓".encode()
            response = await pool.request(origin, head("/echo", length=len(body)), body, **LIMITS)
            assert response.status == 200
            assert await response.read(5) == b"got " + body
    assert len(server.ports) == 3 and len(set(server.ports)) == 1


async def test_connection_close_is_not_reused(peers: tuple[Peers, h1.Origin]) -> None:
    """An answer with ``Connection: close`` retires its connection; the next request opens anew."""
    server, origin = peers
    async with h1.Pool() as pool:
        for _ in range(2):
            response = await pool.request(origin, head("/echo?close=1"), b"", **LIMITS)
            assert await response.read(5) == b"got "
    assert len(set(server.ports)) == 2


async def test_gzip_answers_are_decoded(peers: tuple[Peers, h1.Origin]) -> None:
    _, origin = peers
    async with h1.Pool() as pool:
        response = await pool.request(origin, head("/gz", "GET"), b"", **LIMITS)
        assert await response.read(5) == b'{"answer": "compressed"}' * 100


async def test_a_large_stream_arrives_whole_in_pieces(peers: tuple[Peers, h1.Origin]) -> None:
    """A 3 MiB chunked answer read slowly (the socket pauses and resumes) arrives byte-exact."""
    server, origin = peers
    async with h1.Pool() as pool:
        response = await pool.request(origin, head("/stream", "GET"), b"", **LIMITS)
        pieces = []
        while chunk := await response.next_chunk(5):
            pieces.append(chunk)
            await asyncio.sleep(0.01)
        assert b"".join(pieces) == server.big
        assert len(pieces) > 1


async def test_idle_connections_closed_or_expired_are_not_reused() -> None:
    """A connection the server closed while idle, or one past our keep-alive, is never reused."""
    connections = 0

    async def handler(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        nonlocal connections
        connections += 1
        await read_request(reader)
        writer.write(b"HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nok")
        await writer.drain()
        if connections == 1:  # the first connection is closed by the server while idle
            await asyncio.sleep(0.02)
            writer.close()
            return
        await reader.read()

    async with RawServer(handler) as origin, h1.Pool(keepalive=0.3) as pool:
        for pause in (0.1, 0.5, 0.0):
            response = await pool.request(origin, head(), b"", **LIMITS)
            assert await response.read(5) == b"ok"
            await asyncio.sleep(pause)
    assert connections == 3  # closed by the server, expired by us, then reused


async def test_at_most_limit_connections_per_origin(peers: tuple[Peers, h1.Origin]) -> None:
    """Eight concurrent requests through a pool limited to two use two connections, all answered."""
    server, origin = peers
    async with h1.Pool(limit_per_host=2) as pool:

        async def one(i: int) -> bytes:
            body = str(i).encode()
            response = await pool.request(origin, head("/echo", length=len(body)), body, **LIMITS)
            return await response.read(5)

        answers = await asyncio.gather(*(one(i) for i in range(8)))
    assert answers == [f"got {i}".encode() for i in range(8)]
    assert len(set(server.ports)) == 2


async def test_waiting_for_a_free_connection_counts_against_the_first_byte_timeout(
    peers: tuple[Peers, h1.Origin],
) -> None:
    """With every connection busy, a request gives up at its first-byte deadline, not never."""
    _, origin = peers
    async with h1.Pool(limit_per_host=1) as pool:
        busy = await pool.request(origin, head("/stream", "GET"), b"", **LIMITS)
        with pytest.raises(TimeoutError):
            await pool.request(origin, head("/echo"), b"", **{**LIMITS, "first_byte": 0.2})
        busy.close()
        response = await pool.request(origin, head("/echo"), b"", **LIMITS)
        assert await response.read(5) == b"got "


async def test_body_delimited_by_close_and_informational_answers() -> None:
    """A 103 before the answer is skipped; an answer without a length ends at the close."""

    async def handler(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        await read_request(reader)
        writer.write(b"HTTP/1.1 103 Early Hints\r\nLink: </a>\r\n\r\n")
        writer.write(b"HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\n\r\nuntil the end")
        await writer.drain()
        writer.close()

    async with RawServer(handler) as origin, h1.Pool() as pool:
        response = await pool.request(origin, head(), b"", **LIMITS)
        assert response.status == 200 and "Link" not in response.headers
        assert await response.read(5) == b"until the end"


@pytest.mark.parametrize(
    "answer",
    [
        b"HTTP/1.1 200 OK\r\nContent-Length: 100\r\n\r\nonly part",
        b"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n5\r\nhello\r\n",
        b"HTTP/1.1 200 OK\r\nContent-Encoding: gzip\r\nContent-Length: 9\r\n\r\nnot gzip!",
    ],
    ids=["short-length", "unterminated-chunks", "bad-gzip"],
)
async def test_a_broken_body_is_an_error_not_a_short_answer(answer: bytes) -> None:
    async def handler(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        await read_request(reader)
        writer.write(answer)
        await writer.drain()
        writer.close()

    async with RawServer(handler) as origin, h1.Pool() as pool:
        response = await pool.request(origin, head(), b"", **LIMITS)
        with pytest.raises(h1.WireError):
            await response.read(5)


async def test_garbage_and_silence_and_refusal() -> None:
    """Not HTTP → WireError; no answer in time → TimeoutError; nobody listening → WireError."""
    calls = 0

    async def handler(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        nonlocal calls
        calls += 1
        await read_request(reader)
        if calls == 1:
            writer.write(b"SSH-2.0-OpenSSH_9.6\r\n\r\n")
            await writer.drain()
        await asyncio.sleep(1)
        writer.close()

    async with RawServer(handler) as origin, h1.Pool() as pool:
        with pytest.raises(h1.WireError):
            await pool.request(origin, head(), b"", **LIMITS)
        with pytest.raises(TimeoutError):
            await pool.request(origin, head(), b"", **{**LIMITS, "first_byte": 0.2})
    async with h1.Pool() as pool:
        with pytest.raises(h1.WireError):
            await pool.request(origin, head(), b"", **LIMITS)


@pytest.mark.parametrize("delay", [0.0, 0.05], ids=["same-packet", "later"])
async def test_an_unrequested_second_answer_is_never_read_and_drops_the_connection(
    delay: float,
) -> None:
    """Bytes after a whole answer are not part of it; that connection is never reused."""
    peers: list[int] = []

    async def handler(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        peers.append(writer.get_extra_info("peername")[1])
        while True:
            await read_request(reader)
            writer.write(b"HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nok")
            await asyncio.sleep(delay)
            writer.write(b"HTTP/1.1 200 OK\r\nContent-Length: 6\r\n\r\nsecond")
            await writer.drain()

    async with RawServer(handler) as origin, h1.Pool() as pool:
        for _ in range(2):
            response = await pool.request(origin, head(), b"", **LIMITS)
            assert await response.read(5) == b"ok"
            await asyncio.sleep(0.1)  # the surplus arrives while the connection is idle or in use
    assert len(peers) == 2  # the second request needed a new connection


@pytest.mark.parametrize(("rest", "reused"), [(b"3\r\nend\r\n0\r\n\r\n", True), (b"", False)])
async def test_a_reader_done_early_reuses_the_connection_only_if_the_answer_ends(
    rest: bytes, reused: bool
) -> None:
    """After the last event the rest is discarded; the connection is kept only if it ends."""
    peers: list[int] = []

    async def handler(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        peers.append(writer.get_extra_info("peername")[1])
        while True:
            await read_request(reader)
            writer.write(b"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n4\r\nlast\r\n")
            await writer.drain()
            await asyncio.sleep(0.05)
            writer.write(rest)

    async with RawServer(handler) as origin, h1.Pool() as pool:
        for _ in range(2):
            response = await pool.request(origin, head(), b"", **LIMITS)
            assert await response.next_chunk(1) == b"last"
            response.release_when_complete(0.2)
            await asyncio.sleep(0.3)
    assert len(peers) == (1 if reused else 2)


async def test_a_stalled_stream_times_out_and_its_connection_is_dropped() -> None:
    closed = asyncio.Event()

    async def handler(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        await read_request(reader)
        writer.write(b"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n3\r\none\r\n")
        await writer.drain()
        await reader.read()  # until the client hangs up
        closed.set()

    async with RawServer(handler) as origin, h1.Pool() as pool:
        response = await pool.request(origin, head(), b"", **LIMITS)
        assert await response.next_chunk(1) == b"one"
        with pytest.raises(TimeoutError):
            await response.next_chunk(0.2)
        response.close()
        await asyncio.wait_for(closed.wait(), 2)


def test_deflate_decoder_matches_zlib() -> None:
    """``deflate`` is the zlib format, as HTTP servers send it."""
    decoder = wire.decoder("deflate")
    assert decoder is not None
    assert decoder.decompress(zlib.compress(b"abc" * 50)) == b"abc" * 50
    with pytest.raises(h1.WireError):
        wire.decoder("br")


@pytest.mark.parametrize("value", ["sk-key\r\nX-Smuggled: 1", "sk-key\n", "sk-\rkey", "sk\0key"])
def test_a_header_value_with_a_line_break_is_refused_not_sent(value: str) -> None:
    """A key read with a trailing newline, or one built to smuggle a header, never goes out."""
    with pytest.raises(h1.WireError, match="authorization"):
        upstream._head("POST", "/v1/chat/completions", {"Authorization": f"Bearer {value}"}, b"")
    assert upstream._head("POST", "/v1/x", {"Authorization": "Bearer ok"}, b"{}").endswith(
        b"Content-Length: 2\r\nAccept-Encoding: gzip, deflate\r\n"
    )
