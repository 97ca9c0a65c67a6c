"""A stand-in OTLP/HTTP collector for the benchmarks (run as its own process, like a real one).

``python benchmarks/_otlp_sink.py PORT``. Reads each POST (Content-Length framed, keep-alive),
counts the bytes and answers 200 with an empty ``ExportTraceServiceResponse``; it decodes nothing,
so the figures measure the proxy's export cost, not a collector's.
"""

from __future__ import annotations

import asyncio
import sys

import uvloop

OK = b"HTTP/1.1 200 OK\r\nContent-Type: application/x-protobuf\r\nContent-Length: 0\r\n\r\n"


async def handle(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
    try:
        while True:
            head = await reader.readuntil(b"\r\n\r\n")
            length = 0
            for line in head.lower().split(b"\r\n"):
                if line.startswith(b"content-length:"):
                    length = int(line.split(b":", 1)[1])
            await reader.readexactly(length)
            writer.write(OK)
    except (asyncio.IncompleteReadError, ConnectionError):
        pass
    finally:
        writer.close()


async def main(port: int) -> None:
    server = await asyncio.start_server(handle, "127.0.0.1", port, limit=2**24)
    async with server:
        await server.serve_forever()


if __name__ == "__main__":
    uvloop.run(main(int(sys.argv[1])))
