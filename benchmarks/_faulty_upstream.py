"""An OpenAI-compatible upstream that misbehaves on purpose, for ``soak.py`` (its own process).

``python benchmarks/_faulty_upstream.py PORT LABEL``. What it does with a request is decided by the
request itself, so the load generator knows which requests a correct proxy could answer:

- model ``always-429``: 429 with ``retry-after: 1``; model ``always-500``: 500;
- otherwise the ``user`` field reads ``soak:<LABEL>=<outcome>,...``; this upstream applies its own
  outcome: ``ok``, ``429`` (retry-after 1), ``500``/``502``/``503``/``529`` (OpenAI error body),
  ``reset`` (connection closed before any answer), ``stall`` (answers after 3 s, past the proxy's
  first-byte timeout). No entry for LABEL means ``ok``.

Streams answer with 12 events and ``[DONE]``.
"""

from __future__ import annotations

import asyncio
import sys

import orjson
from aiohttp import web

STALL_S = 3.0
CHUNK = (
    b'data: {"id":"c","object":"chat.completion.chunk","created":0,"model":"soak",'
    b'"choices":[{"index":0,"delta":{"content":"tok "},"finish_reason":null}]}\n\n'
)


def _answer(model: str) -> bytes:
    return orjson.dumps(
        {
            "id": "chatcmpl-soak",
            "object": "chat.completion",
            "created": 0,
            "model": model,
            "choices": [
                {
                    "index": 0,
                    "message": {"role": "assistant", "content": "A soak answer."},
                    "finish_reason": "stop",
                }
            ],
            "usage": {"prompt_tokens": 10, "completion_tokens": 4, "total_tokens": 14},
        }
    )


def _error(status: int) -> web.Response:
    kind = "rate_limit_error" if status == 429 else "server_error"
    body = {"error": {"message": f"soak {status}", "type": kind, "param": None, "code": None}}
    headers = {"retry-after": "1"} if status == 429 else {}
    return web.Response(
        status=status, body=orjson.dumps(body), content_type="application/json", headers=headers
    )


def outcome_for(body: dict[str, object], label: str) -> str:
    """This upstream's outcome for the request (see the module docstring)."""
    model = body.get("model")
    if model == "always-429":
        return "429"
    if model == "always-500":
        return "500"
    user = body.get("user")
    if not isinstance(user, str) or not user.startswith("soak:"):
        return "ok"
    plan = dict(part.split("=", 1) for part in user[5:].split(",") if "=" in part)
    return plan.get(label, "ok")


async def _stream(request: web.Request) -> web.StreamResponse:
    response = web.StreamResponse(headers={"Content-Type": "text/event-stream"})
    await response.prepare(request)
    for _ in range(12):
        await response.write(CHUNK)
    await response.write(b"data: [DONE]\n\n")
    await response.write_eof()
    return response


def make_app(label: str) -> web.Application:
    """The app for one upstream named ``label``."""

    async def chat(request: web.Request) -> web.StreamResponse:
        body = orjson.loads(await request.read())
        outcome = outcome_for(body, label)
        if outcome == "reset":
            assert request.transport is not None
            request.transport.close()
            return web.Response(status=500)
        if outcome == "stall":
            await asyncio.sleep(STALL_S)
        elif outcome != "ok":
            return _error(int(outcome))
        if body.get("stream"):
            return await _stream(request)
        return web.Response(body=_answer(str(body.get("model"))), content_type="application/json")

    app = web.Application()
    app.router.add_post("/v1/chat/completions", chat)
    return app


def main() -> None:
    port, label = int(sys.argv[1]), sys.argv[2]
    web.run_app(make_app(label), host="127.0.0.1", port=port, access_log=None, print=None)


if __name__ == "__main__":
    main()
