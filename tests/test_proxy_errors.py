"""Every error reaches the openai SDK as the right exception class, in OpenAI's error shape."""

from __future__ import annotations

import asyncio
from pathlib import Path

import httpx
import openai
import orjson
import pytest

from proxy.demo.simulator import Fault, Simulator
from tests.stack import Stack, Upstream, closed_port, running_stack

MESSAGES = [{"role": "user", "content": "hello"}]


def _client(stack: Stack, key: str = "test", **kw: object) -> openai.AsyncOpenAI:
    return openai.AsyncOpenAI(base_url=stack.base_url, api_key=key, max_retries=0, **kw)  # type: ignore[arg-type]


async def _post(stack: Stack, body: bytes, path: str = "/chat/completions") -> httpx.Response:
    async with httpx.AsyncClient() as http:
        return await http.post(
            f"{stack.base_url}{path}", content=body, headers={"Content-Type": "application/json"}
        )


@pytest.mark.parametrize(
    ("body", "status", "code"),
    [
        (b"{not json", 400, "invalid_json"),
        (b"[1, 2]", 400, "invalid_json"),
        (b'{"model": "gpt-test"}', 400, "missing_field"),
        (b'{"model": 3, "messages": []}', 400, "invalid_type"),
        (b'{"model": "nope", "messages": []}', 404, "model_not_found"),
    ],
)
async def test_bad_requests_in_openai_shape(
    stack: Stack, oai: openai.AsyncOpenAI, body: bytes, status: int, code: str
) -> None:
    """Malformed bodies get a 4xx with OpenAI's error object, never a stack trace."""
    resp = await _post(stack, body)
    assert resp.status_code == status
    error = resp.json()["error"]
    assert set(error) == {"message", "type", "param", "code"}
    assert error["code"] == code
    assert "Traceback" not in resp.text
    assert not stack.sim("primary").received


async def test_sdk_exception_classes(stack: Stack, oai: openai.AsyncOpenAI) -> None:
    """The SDK raises BadRequestError and NotFoundError for our 400 and 404."""
    client = oai
    with pytest.raises(openai.NotFoundError):
        await client.chat.completions.create(model="missing-model", messages=MESSAGES)  # type: ignore[arg-type]
    with pytest.raises(openai.BadRequestError):
        await client.chat.completions.create(model="gpt-test", messages="oops")  # type: ignore[arg-type]


async def test_body_over_limit_is_413(tmp_path: Path) -> None:
    """A body over the configured limit is refused with 413 before it is forwarded."""
    ups = {"primary": Upstream(Simulator("p"))}
    async with running_stack(tmp_path, ups, limits={"max_body_bytes": 1000}) as stack:
        resp = await _post(
            stack,
            orjson.dumps(
                {"model": "gpt-test", "messages": [{"role": "user", "content": "x" * 2000}]}
            ),
        )
        assert resp.status_code == 413
        assert resp.json()["error"]["code"] == "request_too_large"
        assert not stack.sim("primary").received


async def test_client_keys(tmp_path: Path) -> None:
    """Missing or wrong client keys get 401; the client key is never forwarded upstream."""
    ups = {"primary": Upstream(Simulator("p"))}
    auth = {"keys": [{"key": "sk-client-good", "tenant": "acme", "team": "web"}]}
    async with running_stack(tmp_path, ups, auth=auth) as stack:
        async with _client(stack, key="wrong") as wrong, _client(stack, "sk-client-good") as good:
            with pytest.raises(openai.AuthenticationError):
                await wrong.chat.completions.create(model="gpt-test", messages=MESSAGES)  # type: ignore[arg-type]
            ok = await good.chat.completions.create(model="gpt-test", messages=MESSAGES)  # type: ignore[arg-type]
        async with httpx.AsyncClient() as http:
            resp = await http.post(
                f"{stack.base_url}/chat/completions",
                json={"model": "gpt-test", "messages": MESSAGES},
            )
        assert resp.status_code == 401
        assert ok.choices
        sent = stack.sim("primary").received
        assert len(sent) == 1
        assert "sk-client-good" not in str(sent[0].headers)


async def test_upstream_errors_pass_through(stack: Stack, oai: openai.AsyncOpenAI) -> None:
    """A 4xx from the upstream reaches the SDK with its status, body and retry-after."""
    upstream_body = orjson.dumps(
        {
            "error": {
                "message": "context too long",
                "type": "invalid_request_error",
                "param": "messages",
                "code": "context_length_exceeded",
            }
        }
    )
    stack.sim("primary").fail_next(status=400, body=upstream_body)
    with pytest.raises(openai.BadRequestError) as info:
        await oai.chat.completions.create(model="gpt-test", messages=MESSAGES)  # type: ignore[arg-type]
    assert info.value.code == "context_length_exceeded"
    assert not stack.sim("secondary").received  # a 400 is the caller's problem: no fallback


async def test_rate_limited_everywhere_passes_retry_after(
    stack: Stack, oai: openai.AsyncOpenAI
) -> None:
    """When every candidate answers 429, the client gets 429 with the upstream retry-after."""
    for name in ("primary", "secondary"):
        stack.sim(name).fail_next(status=429, headers={"retry-after": "60"})
    with pytest.raises(openai.RateLimitError) as info:
        await oai.chat.completions.create(model="gpt-test", messages=MESSAGES)  # type: ignore[arg-type]
    assert info.value.response.headers["retry-after"] == "60"


async def test_fallback_on_500(stack: Stack, oai: openai.AsyncOpenAI) -> None:
    """A 500 from the first candidate falls back to the next one."""
    stack.sim("primary").fail_next(status=500)
    stack.sim("primary").fail_next(status=500)
    raw = await oai.chat.completions.with_raw_response.create(model="gpt-test", messages=MESSAGES)  # type: ignore[arg-type]
    assert raw.headers["x-sovproxy-backend"] == "secondary"


async def test_unreachable_upstream_is_502(tmp_path: Path) -> None:
    """A backend that refuses connections gives 502."""
    ups = {"primary": Upstream(Simulator("p"))}
    async with running_stack(tmp_path, ups) as stack:
        port = closed_port()
        backend = stack.services.backends["primary"]
        backend._base = f"http://127.0.0.1:{port}/v1"
        async with _client(stack) as client:
            with pytest.raises(openai.InternalServerError) as info:
                await client.chat.completions.create(model="gpt-test", messages=MESSAGES)  # type: ignore[arg-type]
        assert info.value.status_code == 502


async def test_slow_upstream_is_504(tmp_path: Path) -> None:
    """A backend slower than its first-byte timeout gives 504, not a hang."""
    ups = {
        "primary": Upstream(
            Simulator("p"), extra={"timeouts": {"first_byte": 0.3}, "max_retries": 0}
        )
    }
    async with running_stack(tmp_path, ups) as stack:
        stack.sim("primary").fail_next(Fault(status=200, delay_s=2.0))
        async with _client(stack) as client:
            with pytest.raises(openai.InternalServerError) as info:
                await client.chat.completions.create(model="gpt-test", messages=MESSAGES)  # type: ignore[arg-type]
        assert info.value.status_code == 504


async def test_failure_mid_stream_ends_with_one_error_event(
    stack: Stack, oai: openai.AsyncOpenAI
) -> None:
    """An upstream that drops mid-stream ends the client's stream with one error event."""
    stack.sim("primary").fail_next(Fault(status=200, drop_after_chunks=3))
    stream = await oai.chat.completions.create(model="gpt-test", messages=MESSAGES, stream=True)  # type: ignore[arg-type]
    with pytest.raises(openai.APIError):
        async for _chunk in stream:
            pass
    assert not stack.sim("secondary").received  # never fall back once streaming started


async def test_client_disconnect_mid_stream(stack: Stack, oai: openai.AsyncOpenAI) -> None:
    """A client that goes away mid-stream cancels the upstream stream; the proxy stays healthy."""
    sim = stack.sim("primary")
    sim.reply = " ".join(["token"] * 50)
    sim.pace_s = 0.05
    async with (
        httpx.AsyncClient() as http,
        http.stream(
            "POST",
            f"{stack.base_url}/chat/completions",
            json={"model": "gpt-test", "messages": MESSAGES, "stream": True},
        ) as resp,
    ):
        async for _line in resp.aiter_lines():
            break
    for _ in range(40):  # the proxy cancels its upstream request: the upstream sees it go
        await asyncio.sleep(0.05)
        if sim.aborted:
            break
    assert sim.aborted == 1
    first = orjson.loads(stack.audit_path.read_text().splitlines()[0])
    assert first["status"] == 499  # recorded as "client closed", not as a served 200
    sim.pace_s = 0.0
    again = await oai.chat.completions.create(model="gpt-test", messages=MESSAGES)  # type: ignore[arg-type]
    assert again.choices[0].message.content == sim.reply
    async with httpx.AsyncClient() as http:
        assert (await http.get(f"{stack.url}/healthz")).status_code == 200
