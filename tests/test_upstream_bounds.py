"""Upstream answers the proxy must not hold whole: a body larger than the backend's
``max_answer_bytes`` is a failed attempt (fallback, or a clean 502), never a memory hog.

The upstream here is a raw asyncio server on 127.0.0.1 whose first answer is chosen by the test
(a huge JSON body, an endless event stream, a gzip bomb); every later answer is a valid one.
"""

from __future__ import annotations

import asyncio
import gzip
from collections.abc import AsyncIterator, Awaitable, Callable
from contextlib import asynccontextmanager
from dataclasses import dataclass, field
from pathlib import Path

import openai
import orjson
import pytest

from proxy.app import create_app
from proxy.demo.run import start_site
from proxy.settings import Settings
from tests.provider_payloads import REPLY, completion_json, error_event, stream_events
from tests.stack import OPEN_POLICY

TEXT = "".join(REPLY)
HELLO = [{"role": "user", "content": "Hello"}]
LIMIT = 256 * 1024
HOPS = [{"role": "hosting", "operator": "self", "operator_hq": "DE", "location": "DE"}]
TIMEOUTS = {"connect": 1.0, "first_byte": 2.0, "idle": 2.0, "total": 30.0}
Writer = Callable[[asyncio.StreamWriter], Awaitable[None]]


def _head(content_type: str, extra: str = "") -> bytes:
    return (
        f"HTTP/1.1 200 OK\r\nContent-Type: {content_type}\r\n{extra}"
        "Transfer-Encoding: chunked\r\n\r\n"
    ).encode()


def _chunk(data: bytes) -> bytes:
    return b"%x\r\n%s\r\n" % (len(data), data)


async def huge_json(writer: asyncio.StreamWriter) -> None:
    """A 200 JSON completion whose content is far larger than the limit."""
    body = orjson.loads(completion_json(False, "m-test"))
    body["choices"][0]["message"]["content"] = "x" * (8 * LIMIT)
    writer.write(_head("application/json") + _chunk(orjson.dumps(body)) + b"0\r\n\r\n")
    await writer.drain()


async def endless_events(writer: asyncio.StreamWriter) -> None:
    """Valid chat chunks, forever (until the proxy hangs up)."""
    first, *_ = stream_events(False, "m-test")
    writer.write(_head("text/event-stream"))
    while True:
        writer.write(_chunk(first * 64))
        await writer.drain()
        await asyncio.sleep(0)


async def gzip_bomb(writer: asyncio.StreamWriter) -> None:
    """A small gzip body that decodes to a JSON answer 64 times the limit."""
    body = orjson.loads(completion_json(False, "m-test"))
    body["choices"][0]["message"]["content"] = " " * (64 * LIMIT)
    packed = gzip.compress(orjson.dumps(body))
    assert len(packed) < LIMIT
    head = _head("application/json", "Content-Encoding: gzip\r\n")
    writer.write(head + _chunk(packed) + b"0\r\n\r\n")
    await writer.drain()


async def comment_then_error(writer: asyncio.StreamWriter) -> None:
    """A keep-alive comment (OpenRouter sends them while it waits), then an error event."""
    writer.write(_head("text/event-stream") + _chunk(b": PROCESSING\n\n"))
    await writer.drain()
    await asyncio.sleep(0.05)
    writer.write(_chunk(error_event(False)) + b"0\r\n\r\n")
    await writer.drain()


async def endless_comments(writer: asyncio.StreamWriter) -> None:
    """Keep-alive comments, many per write, forever: no event ever comes."""
    writer.write(_head("text/event-stream"))
    while True:
        writer.write(_chunk(b": PROCESSING\n\n" * 4096))
        await writer.drain()
        await asyncio.sleep(0)


async def misshapen_events(writer: asyncio.StreamWriter) -> None:
    """Valid event-stream grammar and JSON, but not chat chunks (to a request without stream)."""
    body = b'data: {"choices": 5}\n\ndata: [DONE]\n\n'
    writer.write(_head("text/event-stream") + _chunk(body) + b"0\r\n\r\n")
    await writer.drain()


async def misshapen_json(writer: asyncio.StreamWriter) -> None:
    """Whole JSON, but not a chat completion (to a streaming request)."""
    body = b'{"choices": [{"message": 5}]}'
    writer.write(_head("application/json") + _chunk(body) + b"0\r\n\r\n")
    await writer.drain()


async def endless_head(writer: asyncio.StreamWriter) -> None:
    """A status line, then header lines that never end (4 MiB of them, then silence)."""
    writer.write(b"HTTP/1.1 200 OK\r\n")
    for _ in range(64):
        writer.write(b"".join(b"x-pad-%d: %s\r\n" % (i, b"a" * 1000) for i in range(64)))
        await writer.drain()
    await asyncio.sleep(3600)


@dataclass
class RawUpstream:
    """An OpenAI-style upstream whose first answer is ``first``; then valid JSON answers."""

    first: Writer | None = None
    requests: int = 0
    hung_up: asyncio.Event = field(default_factory=asyncio.Event)

    async def serve(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        try:
            while True:
                head = await reader.readuntil(b"\r\n\r\n")
                length = 0
                for line in head.decode("latin-1").split("\r\n"):
                    name, _, value = line.partition(":")
                    if name.strip().lower() == "content-length":
                        length = int(value)
                raw = await reader.readexactly(length)
                self.requests += 1
                first, self.first = self.first, None
                if first is not None:
                    await first(writer)
                    continue
                if b'"stream":true' in raw:
                    body, kind = b"".join(stream_events(False, "m-test")), "text/event-stream"
                else:
                    body, kind = completion_json(False, "m-test"), "application/json"
                writer.write(_head(kind) + _chunk(body) + b"0\r\n\r\n")
                await writer.drain()
        except (ConnectionError, asyncio.IncompleteReadError):
            self.hung_up.set()
        finally:
            writer.transport.abort()


@asynccontextmanager
async def proxy(
    tmp_path: Path, *ups: RawUpstream, timeouts: dict[str, float] = TIMEOUTS
) -> AsyncIterator[str]:
    """The proxy in front of ``ups`` (tried in order), each with ``max_answer_bytes: LIMIT``."""
    servers = [await asyncio.start_server(up.serve, "127.0.0.1", 0) for up in ups]
    backends = {
        name: {
            "base_url": f"http://127.0.0.1:{server.sockets[0].getsockname()[1]}/v1",
            "models": ["m-test"],
            "hops": HOPS,
            "max_retries": 0,
            "max_answer_bytes": LIMIT,
            "timeouts": timeouts,
        }
        for name, server in zip(("primary", "secondary"), servers, strict=False)
    }
    settings = Settings(backends=backends, policy=OPEN_POLICY, config_dir=tmp_path)
    runner, port = await start_site(create_app(settings), "127.0.0.1", 0)
    try:
        yield f"http://127.0.0.1:{port}/v1"
    finally:
        await runner.cleanup()
        for server in servers:
            server.close()


async def _ask(url: str) -> str:
    async with openai.AsyncOpenAI(base_url=url, api_key="k", max_retries=0) as client:
        done = await client.chat.completions.create(model="m-test", messages=HELLO)  # type: ignore[arg-type]
        return done.choices[0].message.content or ""


@pytest.mark.parametrize("first", [huge_json, endless_events, gzip_bomb])
async def test_an_oversized_answer_falls_back_to_the_next_candidate(
    tmp_path: Path, first: Writer
) -> None:
    """The oversized answer is dropped and the next backend answers."""
    primary, secondary = RawUpstream(first), RawUpstream()
    async with proxy(tmp_path, primary, secondary) as url:
        async with asyncio.timeout(10):
            assert await _ask(url) == TEXT
            if first is endless_events:  # the proxy stopped reading and hung up
                await primary.hung_up.wait()
    assert (primary.requests, secondary.requests) == (1, 1)


async def test_an_oversized_answer_with_no_fallback_is_a_clean_502(tmp_path: Path) -> None:
    """Nowhere else to go: an OpenAI-shaped 502 that says why, and the next request works."""
    primary = RawUpstream(huge_json)
    async with proxy(tmp_path, primary) as url:
        async with asyncio.timeout(10):
            with pytest.raises(openai.APIStatusError) as info:
                await _ask(url)
            assert info.value.status_code == 502
            message = orjson.loads(info.value.response.content)["error"]["message"]
            assert f"{LIMIT} bytes" in message
            assert await _ask(url) == TEXT


async def _ask_stream(url: str) -> str:
    async with openai.AsyncOpenAI(base_url=url, api_key="k", max_retries=0) as client:
        chunks = await client.chat.completions.create(
            model="m-test",
            messages=HELLO,  # type: ignore[arg-type]
            stream=True,
        )
        return "".join([c.choices[0].delta.content or "" async for c in chunks if c.choices])


@pytest.mark.parametrize("first", [comment_then_error, endless_comments])
async def test_keepalive_comments_do_not_count_as_the_streams_start(
    tmp_path: Path, first: Writer
) -> None:
    """Comments before the first event relay nothing yet: an error event (or no event at all)
    after them is still a failed attempt, and the next backend's stream is the client's."""
    primary, secondary = RawUpstream(first), RawUpstream()
    async with proxy(tmp_path, primary, secondary) as url:
        async with asyncio.timeout(10):
            assert await _ask_stream(url) == TEXT
    assert (primary.requests, secondary.requests) == (1, 1)


@pytest.mark.parametrize("first", [misshapen_events, misshapen_json])
async def test_an_answer_that_cannot_be_converted_is_a_failed_attempt(
    tmp_path: Path, first: Writer
) -> None:
    """An answer the proxy must convert to the mode the client asked for, whose JSON does not
    have the API's shape, is a failed attempt (fallback), not an internal error."""
    primary, secondary = RawUpstream(first), RawUpstream()
    async with proxy(tmp_path, primary, secondary) as url:
        async with asyncio.timeout(10):
            ask = _ask if first is misshapen_events else _ask_stream
            assert await ask(url) == TEXT
    assert (primary.requests, secondary.requests) == (1, 1)


async def test_a_response_head_that_never_ends_is_a_failed_attempt(tmp_path: Path) -> None:
    """Header lines without end are not gathered until the first-byte timeout (here longer than
    the test allows): the proxy gives up on them at once and the next backend answers."""
    primary, secondary = RawUpstream(endless_head), RawUpstream()
    patient = {**TIMEOUTS, "first_byte": 60.0}
    async with proxy(tmp_path, primary, secondary, timeouts=patient) as url:
        async with asyncio.timeout(10):
            assert await _ask(url) == TEXT
            await primary.hung_up.wait()
    assert (primary.requests, secondary.requests) == (1, 1)
