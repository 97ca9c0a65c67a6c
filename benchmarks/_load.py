"""A lean HTTP/1.1 keep-alive load generator (so the client costs little CPU next to the proxy)."""

from __future__ import annotations

import asyncio
import time
from dataclasses import dataclass


@dataclass
class Result:
    """One request: status, time to first body byte and total time (seconds)."""

    status: int
    first_s: float
    total_s: float


class Conn:
    """One keep-alive connection."""

    def __init__(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter):
        self.reader, self.writer = reader, writer

    @classmethod
    async def open(cls, port: int) -> Conn:
        reader, writer = await asyncio.open_connection("127.0.0.1", port, limit=2**24)
        return cls(reader, writer)

    async def post(self, path: str, body: bytes, extra: bytes = b"") -> Result:
        """POST and read the whole answer (Content-Length or chunked)."""
        start = time.perf_counter()
        self.writer.write(
            b"POST %s HTTP/1.1\r\nHost: bench\r\nContent-Type: application/json\r\n"
            b"Content-Length: %d\r\n%s\r\n" % (path.encode(), len(body), extra) + body
        )
        head = await self.reader.readuntil(b"\r\n\r\n")
        status = int(head[9:12])
        lower = head.lower()
        if b"transfer-encoding: chunked" in lower:
            first = await self._chunked(start)
        else:
            i = lower.index(b"content-length:") + 15
            length = int(lower[i : lower.index(b"\r\n", i)])
            await self.reader.readexactly(length)
            first = time.perf_counter() - start
        return Result(status, first, time.perf_counter() - start)

    async def _chunked(self, start: float) -> float:
        first = 0.0
        while True:
            size = int((await self.reader.readuntil(b"\r\n")).strip(), 16)
            if size == 0:
                await self.reader.readuntil(b"\r\n")
                return first
            await self.reader.readexactly(size + 2)
            if not first:
                first = time.perf_counter() - start

    def close(self) -> None:
        """Close the connection."""
        self.writer.close()


async def closed_loop(
    port: int, body: bytes, concurrency: int, seconds: float, extra: bytes = b""
) -> list[Result]:
    """Each of ``concurrency`` connections sends back to back for ``seconds``."""
    conns = [await Conn.open(port) for _ in range(concurrency)]
    results: list[Result] = []
    deadline = time.perf_counter() + seconds

    async def worker(conn: Conn) -> None:
        while time.perf_counter() < deadline:
            results.append(await conn.post("/v1/chat/completions", body, extra))

    await asyncio.gather(*(worker(c) for c in conns))
    for c in conns:
        c.close()
    return results


async def open_loop(
    port: int, body: bytes, rate: float, seconds: float, extra: bytes = b""
) -> list[Result]:
    """Start one request every ``1/rate`` seconds regardless of answers (latency at a rate)."""
    pool: asyncio.Queue[Conn] = asyncio.Queue()
    for _ in range(64):
        pool.put_nowait(await Conn.open(port))
    results: list[Result] = []
    tasks = []

    async def one() -> None:
        conn = await pool.get()
        results.append(await conn.post("/v1/chat/completions", body, extra))
        pool.put_nowait(conn)

    start = time.perf_counter()
    n = int(rate * seconds)
    for i in range(n):
        delay = start + i / rate - time.perf_counter()
        if delay > 0:
            await asyncio.sleep(delay)
        tasks.append(asyncio.ensure_future(one()))
    await asyncio.gather(*tasks)
    while not pool.empty():
        pool.get_nowait().close()
    return results
