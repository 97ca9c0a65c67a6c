"""Upstreams that answer badly, through the official SDKs (issue 15: every answer well-formed).

Before the first byte reaches the client a malformed answer is a failed attempt: the proxy falls
back to the next allowed backend and the client gets the right answer. With nowhere to fall back
to, the client gets a clean error in its API's shape. After the first byte the stream ends with
one error event on its own line. Every case ends within a bounded time.
"""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import anthropic
import httpx
import openai
import orjson
import pytest
from aiohttp import web
from mistralai.client import Mistral

from proxy.app import SERVICES, create_app
from proxy.demo.run import start_site
from proxy.exchange import Exchange
from proxy.http.adapt import make_adapter
from proxy.http.relay import respond
from proxy.settings import Settings
from tests.faulty_upstream import REPLY, FaultyUpstream, stream_events
from tests.stack import OPEN_POLICY

TEXT = "".join(REPLY)
PROXY: web.AppKey[Proxy] = web.AppKey("proxy")
HELLO = [{"role": "user", "content": "Hello"}]
BOUND_S = 10.0
TIMEOUTS = {"connect": 1.0, "first_byte": 1.0, "idle": 1.0, "total": 5.0}


@dataclass
class Proxy:
    """A proxy in front of faulty upstreams ``primary`` (tried first) and maybe ``secondary``."""

    url: str
    primary: FaultyUpstream
    secondary: FaultyUpstream | None
    audit: Path
    app: web.Application

    def records(self) -> list[dict[str, Any]]:
        """The audit records written so far."""
        lines = self.audit.read_text().splitlines() if self.audit.exists() else []
        return [r for r in map(orjson.loads, lines) if "request_id" in r]


@asynccontextmanager
async def proxy(tmp_path: Path, protocol: str, *, fallback: bool = True) -> AsyncIterator[Proxy]:
    """Start the upstreams (speaking ``protocol``) and the proxy on 127.0.0.1."""
    async with FaultyUpstream() as primary, FaultyUpstream() as secondary:
        ups = {"primary": primary, **({"secondary": secondary} if fallback else {})}
        backends = {
            name: {
                "protocol": protocol,
                "base_url": up.base_url,
                "models": ["m-test"],
                "hops": [
                    {"role": "hosting", "operator": "self", "operator_hq": "DE", "location": "DE"}
                ],
                "max_retries": 0,
                "timeouts": TIMEOUTS,
            }
            for name, up in ups.items()
        }
        audit = tmp_path / "audit.jsonl"
        settings = Settings(
            backends=backends, policy=OPEN_POLICY, config_dir=tmp_path, audit={"path": audit}
        )
        runner: web.AppRunner | None = None
        try:
            app = create_app(settings)
            runner, port = await start_site(app, "127.0.0.1", 0)
            second = secondary if fallback else None
            yield Proxy(f"http://127.0.0.1:{port}", primary, second, audit, app)
        finally:
            if runner is not None:
                await runner.cleanup()


async def ask(client: str, url: str, stream: bool) -> str:
    """The answer's text, asked through the official SDK ``client``."""
    if client == "openai":
        async with openai.AsyncOpenAI(base_url=f"{url}/v1", api_key="k", max_retries=0) as oai:
            if not stream:
                done = await oai.chat.completions.create(model="m-test", messages=HELLO)  # type: ignore[arg-type]
                return done.choices[0].message.content or ""
            chunks = await oai.chat.completions.create(model="m-test", messages=HELLO, stream=True)  # type: ignore[arg-type]
            return "".join([c.choices[0].delta.content or "" async for c in chunks if c.choices])
    if client == "anthropic":
        async with anthropic.AsyncAnthropic(base_url=url, api_key="k", max_retries=0) as ant:
            if not stream:
                message = await ant.messages.create(model="m-test", max_tokens=64, messages=HELLO)  # type: ignore[arg-type]
                return "".join(b.text for b in message.content if b.type == "text")
            events = await ant.messages.create(
                model="m-test", max_tokens=64, messages=HELLO, stream=True
            )  # type: ignore[arg-type]
            parts = [
                e.delta.text
                async for e in events
                if e.type == "content_block_delta" and e.delta.type == "text_delta"
            ]
            return "".join(parts)
    async with Mistral(api_key="k", server_url=url) as mistral:
        if not stream:
            answer = await mistral.chat.complete_async(model="m-test", messages=HELLO)  # type: ignore[arg-type]
            return str(answer.choices[0].message.content)
        events = await mistral.chat.stream_async(model="m-test", messages=HELLO)  # type: ignore[arg-type]
        return "".join(
            [str(e.data.choices[0].delta.content or "") async for e in events if e.data.choices]
        )


CLIENTS = [
    ("openai", "openai"),
    ("anthropic", "anthropic"),
    ("mistral", "openai"),
    ("openai", "anthropic"),  # translated: an openai client on an Anthropic backend
]
BEFORE_FIRST_BYTE = [
    "truncated_json",
    "html_200",
    "html_502",
    "garbage",
    "invalid_sse",
    "stall_headers",
    "stall",
    "status:500",
    "error_first",
]


@pytest.mark.parametrize(("client", "backend"), CLIENTS, ids=lambda v: str(v))
@pytest.mark.parametrize("stream", [False, True], ids=["json", "stream"])
@pytest.mark.parametrize("fault", BEFORE_FIRST_BYTE)
async def test_a_malformed_answer_before_the_first_byte_falls_back(
    tmp_path: Path, client: str, backend: str, stream: bool, fault: str
) -> None:
    """Whatever the first backend sends, the client gets the second backend's correct answer."""
    async with proxy(tmp_path, backend) as p:
        p.primary.fail_next(fault)
        async with asyncio.timeout(BOUND_S):
            assert await ask(client, p.url, stream) == TEXT
        assert len(p.primary.requests) == 1
        assert p.secondary is not None and len(p.secondary.requests) == 1
        assert p.records()[-1]["status"] == 200


async def _error_of(client: str, url: str, stream: bool) -> tuple[int, dict[str, Any]]:
    """The status and JSON body of the error the SDK raised."""
    with pytest.raises(Exception) as info:
        await ask(client, url, stream)
    exc = info.value
    if isinstance(exc, openai.APIStatusError | anthropic.APIStatusError):
        return exc.status_code, orjson.loads(exc.response.content)
    status, body = getattr(exc, "status_code", None), getattr(exc, "body", None)
    assert isinstance(status, int) and isinstance(body, str), repr(exc)  # mistralai's SDKError
    return status, orjson.loads(body)


@pytest.mark.parametrize(("client", "backend"), CLIENTS, ids=lambda v: str(v))
@pytest.mark.parametrize("fault", ["truncated_json", "html_200", "html_502", "invalid_sse"])
async def test_with_no_fallback_the_client_gets_a_clean_error_in_its_shape(
    tmp_path: Path, client: str, backend: str, fault: str
) -> None:
    """No HTML, no half JSON: a 502 whose body the client's SDK parses as its own error."""
    async with proxy(tmp_path, backend, fallback=False) as p:
        p.primary.fail_next(fault)
        async with asyncio.timeout(BOUND_S):
            status, body = await _error_of(client, p.url, stream=fault == "invalid_sse")
    assert status == 502
    if client == "anthropic":
        assert body["type"] == "error" and body["error"]["type"] == "api_error"
        message = body["error"]["message"]
    else:
        message = body["error"]["message"]
        assert body["error"]["type"]
    assert "<html>" not in message and "Bad Gateway" not in message
    assert p.records()[-1]["status"] == 502


def _events(wire: bytes) -> list[bytes]:
    """The SSE events of a response body; asserts it ends at an event boundary."""
    assert wire.endswith(b"\n\n"), wire[-80:]
    return wire[:-2].split(b"\n\n")


@pytest.mark.parametrize("backend", ["openai", "anthropic"])
@pytest.mark.parametrize(
    "fault",
    ["cut_mid_event", "reset", "invalid_sse_late", "stall_mid_stream", "early_end", "error_mid"],
)
async def test_a_stream_broken_after_the_first_byte_ends_with_one_error_event(
    tmp_path: Path, backend: str, fault: str
) -> None:
    """Whole events only, then one error event on its own line in the caller's protocol."""
    async with proxy(tmp_path, backend) as p:
        p.primary.fail_next(fault)
        body = {"model": "m-test", "messages": HELLO, "stream": True, "max_tokens": 64}
        path = "/v1/messages" if backend == "anthropic" else "/v1/chat/completions"
        async with httpx.AsyncClient(timeout=BOUND_S) as http:
            answer = await http.post(p.url + path, json=body)
    assert answer.status_code == 200
    events = _events(answer.content)
    *relayed, last = events
    assert relayed, "the stream had started before it broke"
    for event in relayed:  # each one whole: its data parses
        data = event.split(b"data: ", 1)[1]
        assert b"\ndata:" not in data and isinstance(orjson.loads(data), dict)
    if backend == "anthropic":
        assert last.startswith(b"event: error\ndata: ")
        assert orjson.loads(last.split(b"data: ", 1)[1])["type"] == "error"
    else:
        assert last.startswith(b"data: {") and "error" in orjson.loads(last[len(b"data: ") :])
    assert not any(b"error" in event for event in relayed)  # one error event, the last
    assert p.secondary is not None and not p.secondary.requests  # a started stream is the client's
    assert p.records()[-1]["status"] in {502, 504}


@pytest.mark.parametrize(("client", "backend"), CLIENTS, ids=lambda v: str(v))
async def test_a_broken_stream_is_an_error_in_every_sdk_within_a_bound(
    tmp_path: Path, client: str, backend: str
) -> None:
    """Each SDK raises (never hangs, never yields a glued half event as data)."""
    async with proxy(tmp_path, backend) as p:
        p.primary.fail_next("cut_mid_event")
        async with asyncio.timeout(BOUND_S):
            with pytest.raises(Exception) as info:
                await ask(client, p.url, stream=True)
    assert 'chatcmpl-s"data' not in str(info.value)


@pytest.mark.parametrize(("client", "backend"), CLIENTS, ids=lambda v: str(v))
async def test_an_event_stream_to_a_request_without_streaming_becomes_json(
    tmp_path: Path, client: str, backend: str
) -> None:
    """``stream: false`` answered with text/event-stream reaches the client as one JSON answer."""
    async with proxy(tmp_path, backend, fallback=False) as p:
        p.primary.fail_next("sse_for_json")
        async with asyncio.timeout(BOUND_S):
            assert await ask(client, p.url, stream=False) == TEXT
        p.primary.fail_next("sse_for_json")
        path = "/v1/messages" if client == "anthropic" else "/v1/chat/completions"
        body = {"model": "m-test", "messages": HELLO, "max_tokens": 64}
        async with httpx.AsyncClient(timeout=BOUND_S) as http:
            answer = await http.post(p.url + path, json=body)
    assert answer.headers["content-type"].startswith("application/json")
    assert isinstance(answer.json(), dict)


@pytest.mark.parametrize(("client", "backend"), CLIENTS, ids=lambda v: str(v))
async def test_a_json_answer_to_a_streaming_request_becomes_a_stream(
    tmp_path: Path, client: str, backend: str
) -> None:
    """``stream: true`` answered with one JSON body reaches the client as the events it reads."""
    async with proxy(tmp_path, backend, fallback=False) as p:
        p.primary.fail_next("json_for_sse", "json_for_sse")
        async with asyncio.timeout(BOUND_S):
            assert await ask(client, p.url, stream=True) == TEXT
        path = "/v1/messages" if client == "anthropic" else "/v1/chat/completions"
        body = {"model": "m-test", "messages": HELLO, "max_tokens": 64, "stream": True}
        async with httpx.AsyncClient(timeout=BOUND_S) as http:
            answer = await http.post(p.url + path, json=body)
    assert answer.headers["content-type"].startswith("text/event-stream")
    assert _events(answer.content)
    assert [r["status"] for r in p.records()] == [200, 200]


@pytest.mark.parametrize(("client", "backend"), CLIENTS, ids=lambda v: str(v))
@pytest.mark.parametrize("stream", [False, True], ids=["json", "stream"])
async def test_a_second_unrequested_response_is_never_relayed(
    tmp_path: Path, client: str, backend: str, stream: bool
) -> None:
    """The valid first answer reaches the client as it was; the surplus never does."""
    async with proxy(tmp_path, backend, fallback=False) as p:
        p.primary.fail_next("second_response")
        async with asyncio.timeout(BOUND_S):
            assert await ask(client, p.url, stream) == TEXT
            assert await ask(client, p.url, stream) == TEXT  # on a fresh upstream connection
    assert [r["status"] for r in p.records()] == [200, 200]


async def _last_record(p: Proxy) -> dict[str, Any]:
    """The last audit record, once the proxy has written it."""
    for _ in range(100):
        if records := p.records():
            return records[-1]
        await asyncio.sleep(0.02)
    raise AssertionError("no audit record")


@pytest.mark.parametrize(("client", "backend"), CLIENTS, ids=lambda v: str(v))
async def test_a_stream_read_to_its_last_event_is_recorded_as_delivered(
    tmp_path: Path, client: str, backend: str
) -> None:
    """The SDK closing its connection after [DONE] / message_stop is not a 499: 200."""
    async with proxy(tmp_path, backend, fallback=False) as p:
        p.primary.fail_next("slow_stream")  # the upstream ends its body 50 ms after the last event
        async with asyncio.timeout(BOUND_S):
            assert await ask(client, p.url, stream=True) == TEXT
        await asyncio.sleep(0.2)
        record = await _last_record(p)
        assert record["status"] == 200
        if client == backend or client == "mistral":  # the upstream's events, passed through
            assert record["events_delivered"] == len(stream_events(backend == "anthropic", "m"))


@pytest.mark.parametrize(("client", "backend"), CLIENTS, ids=lambda v: str(v))
async def test_after_a_whole_stream_the_upstream_connection_is_reused(
    tmp_path: Path, client: str, backend: str
) -> None:
    """Stopping at the last event does not cost a new upstream connection per stream."""
    async with proxy(tmp_path, backend, fallback=False) as p:
        p.primary.fail_next("slow_stream", "ok", "slow_stream")
        for stream in (True, False, True):
            assert await ask(client, p.url, stream) == TEXT
            await asyncio.sleep(0.3)  # the upstream ends its body 50 ms after the last event
        assert p.primary.connections == 1


@pytest.mark.parametrize("backend", ["openai", "anthropic"])
async def test_a_client_that_leaves_mid_stream_is_recorded_as_499(
    tmp_path: Path, backend: str
) -> None:
    """A truly interrupted stream stays 499 (the client read two events, then hung up)."""
    async with proxy(tmp_path, backend, fallback=False) as p:
        p.primary.fail_next("slow_stream")
        body = {"model": "m-test", "messages": HELLO, "stream": True, "max_tokens": 64}
        path = "/v1/messages" if backend == "anthropic" else "/v1/chat/completions"
        seen = b""
        async with (
            httpx.AsyncClient(timeout=BOUND_S) as http,
            http.stream("POST", p.url + path, json=body) as answer,
        ):
            async for piece in answer.aiter_raw():
                seen += piece
                if seen.count(b"\n\n") >= 2:
                    break
        record = await _last_record(p)
        assert record["status"] == 499
        assert 2 <= record["events_delivered"] < len(stream_events(backend == "anthropic", "m"))


@pytest.mark.parametrize("backend", ["openai", "anthropic"])
async def test_the_relay_counts_the_events_a_client_got(tmp_path: Path, backend: str) -> None:
    """``exchange.events_delivered``: all of them for a whole stream, how far a 499 got."""
    exchanges: list[Exchange] = []

    async def relay(request: web.Request) -> web.StreamResponse:
        body = orjson.loads(await request.read())
        client = "anthropic" if request.path.endswith("/messages") else "openai"
        endpoint = "messages" if client == "anthropic" else "chat.completions"
        exchange = Exchange("r", endpoint, client, request.path, b"", body, "m-test", True)
        exchanges.append(exchange)
        upstream_backend = request.app[PROXY].app[SERVICES].backends["primary"]
        adapter = make_adapter(exchange, upstream_backend)
        upstream = await upstream_backend.send(adapter.request())
        return await respond(request, exchange, upstream, adapter, {})

    async with proxy(tmp_path, backend, fallback=False) as p:
        app = web.Application()
        app[PROXY] = p
        app.router.add_post("/v1/{tail:.*}", relay)
        runner, port = await start_site(app, "127.0.0.1", 0)
        try:
            p.primary.fail_next("slow_stream", "slow_stream")
            path = f"http://127.0.0.1:{port}" + (
                "/v1/messages" if backend == "anthropic" else "/v1/chat/completions"
            )
            body = {"model": "m-test", "messages": HELLO, "stream": True, "max_tokens": 64}
            async with httpx.AsyncClient(timeout=BOUND_S) as http:
                whole = await http.post(path, json=body)
                async with http.stream("POST", path, json=body) as answer:
                    async for _first in answer.aiter_raw():
                        break  # hang up after the first piece
            await asyncio.sleep(0.3)
        finally:
            await runner.cleanup()
    complete, cut = exchanges
    assert complete.status == 200
    assert complete.events_delivered == len(_events(whole.content))
    assert 1 <= cut.events_delivered < complete.events_delivered
