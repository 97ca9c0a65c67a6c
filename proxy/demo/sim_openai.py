"""The OpenAI-compatible simulator surface: chat, completions, embeddings, responses, models."""

from __future__ import annotations

import base64
import struct
import time
import zlib
from dataclasses import dataclass
from typing import Any

import orjson
from aiohttp import web

from proxy.demo.quote import answer, streamed
from proxy.demo.simulator import Fault, Simulator, sse, start_stream, tokens, write_paced


def openai_app(sim: Simulator) -> web.Application:
    """An aiohttp app that behaves like an OpenAI-compatible API."""
    app = web.Application(client_max_size=64 * 1024 * 1024)
    handlers = _Handlers(sim)
    app.router.add_post("/v1/chat/completions", handlers.chat)
    app.router.add_post("/v1/completions", handlers.completions)
    app.router.add_post("/v1/embeddings", handlers.embeddings)
    app.router.add_post("/v1/responses", handlers.responses)
    app.router.add_get("/v1/models", handlers.models)
    # Azure OpenAI paths: /openai/deployments/{deployment}/chat/completions?api-version=...
    app.router.add_post("/openai/deployments/{deployment}/chat/completions", handlers.chat)
    app.router.add_post("/openai/deployments/{deployment}/embeddings", handlers.embeddings)
    return app


class _Handlers:
    def __init__(self, sim: Simulator):
        self.sim = sim

    async def _begin(
        self, request: web.Request
    ) -> tuple[dict[str, Any], web.StreamResponse | Fault | None]:
        raw = await self.sim.record(request)
        fault = await self.sim.take_fault(request)
        try:
            body = orjson.loads(raw)
        except orjson.JSONDecodeError:
            return {}, web.json_response(
                {
                    "error": {
                        "message": "invalid JSON",
                        "type": "invalid_request_error",
                        "param": None,
                        "code": None,
                    }
                },
                status=400,
            )
        return body, fault

    async def chat(self, request: web.Request) -> web.StreamResponse:
        body, fault = await self._begin(request)
        if isinstance(fault, web.StreamResponse):
            return fault
        model = body.get("model", "sim")
        rid = self.sim.next_id("chatcmpl")
        n = int(body.get("n") or 1)
        prompt_tokens = tokens(orjson.dumps(body.get("messages", [])).decode())
        reply = answer(self.sim.reply, body)
        if body.get("stream"):
            include_usage = bool((body.get("stream_options") or {}).get("include_usage"))
            return await self._chat_stream(
                request, rid, model, n, include_usage, prompt_tokens, fault, _tool_call(body), reply
            )
        call = _tool_call(body)
        message: dict[str, Any] = {"role": "assistant", "content": reply, "refusal": None}
        if call is not None:
            message["tool_calls"] = [call]
        return web.json_response(
            {
                "id": rid,
                "object": "chat.completion",
                "created": int(time.time()),
                "model": model,
                "choices": [
                    {
                        "index": i,
                        "message": message,
                        "logprobs": None,
                        "finish_reason": "tool_calls" if call else "stop",
                    }
                    for i in range(n)
                ],
                "usage": _usage(prompt_tokens, tokens(reply) * n),
                "system_fingerprint": "fp_simulator",
            },
            headers={"x-request-id": rid, "x-ratelimit-remaining-requests": "99"},
            dumps=lambda o: orjson.dumps(o).decode(),
        )

    async def _chat_stream(
        self,
        request: web.Request,
        rid: str,
        model: str,
        n: int,
        include_usage: bool,
        prompt_tokens: int,
        fault: Fault | None,
        call: dict[str, Any] | None = None,
        reply: str = "",
    ) -> web.StreamResponse:
        response = await start_stream(request, rid)
        chunks = _Chunks(rid, model, int(time.time()), include_usage)
        frames = [
            chunks.frame([_choice(i, {"role": "assistant", "content": ""}) for i in range(n)])
        ]
        for word in streamed(self.sim, reply):
            frames += [chunks.frame([_choice(i, {"content": word})]) for i in range(n)]
        if call is not None:
            frames += _tool_call_frames(chunks, call)
        finish = "tool_calls" if call else "stop"
        frames.append(chunks.frame([_choice(i, {}, finish) for i in range(n)]))
        if include_usage:
            frames.append(chunks.frame([], _usage(prompt_tokens, tokens(reply) * n)))
        frames.append(b"data: [DONE]\n\n")
        await write_paced(self.sim, request, response, frames, self.sim.pace_s, fault)
        return response

    async def completions(self, request: web.Request) -> web.StreamResponse:
        body, fault = await self._begin(request)
        if isinstance(fault, web.StreamResponse):
            return fault
        model, rid = body.get("model", "sim"), self.sim.next_id("cmpl")
        reply = answer(self.sim.reply, body)
        if body.get("stream"):
            response = await start_stream(request, rid)
            frames = [
                sse(
                    {
                        "id": rid,
                        "object": "text_completion",
                        "created": int(time.time()),
                        "model": model,
                        "choices": [
                            {"text": w, "index": 0, "logprobs": None, "finish_reason": None}
                        ],
                    }
                )
                for w in streamed(self.sim, reply)
            ]
            frames.append(
                sse(
                    {
                        "id": rid,
                        "object": "text_completion",
                        "created": int(time.time()),
                        "model": model,
                        "choices": [
                            {"text": "", "index": 0, "logprobs": None, "finish_reason": "stop"}
                        ],
                    }
                )
            )
            frames.append(b"data: [DONE]\n\n")
            await write_paced(self.sim, request, response, frames, self.sim.pace_s, fault)
            return response
        return _json(
            {
                "id": rid,
                "object": "text_completion",
                "created": int(time.time()),
                "model": model,
                "choices": [{"text": reply, "index": 0, "logprobs": None, "finish_reason": "stop"}],
                "usage": _usage(tokens(str(body.get("prompt"))), tokens(reply)),
            },
            rid,
        )

    async def embeddings(self, request: web.Request) -> web.StreamResponse:
        body, fault = await self._begin(request)
        if isinstance(fault, web.StreamResponse):
            return fault
        inputs = body.get("input")
        items = (
            inputs
            if isinstance(inputs, list) and inputs and not isinstance(inputs[0], int)
            else [inputs]
        )
        as_b64 = body.get("encoding_format") == "base64"
        data = []
        for i, item in enumerate(items):
            seed = zlib.crc32(str(item).encode())
            vector = [((seed >> k) % 1000) / 1000.0 for k in range(8)]
            embedding: Any = (
                base64.b64encode(struct.pack(f"<{len(vector)}f", *vector)).decode()
                if as_b64
                else vector
            )
            data.append({"object": "embedding", "index": i, "embedding": embedding})
        rid = self.sim.next_id("emb")
        total = sum(tokens(str(x)) for x in items)
        return _json(
            {
                "id": rid,
                "object": "list",
                "data": data,
                "model": body.get("model"),
                "usage": {"prompt_tokens": total, "total_tokens": total},
            },
            rid,
        )

    async def responses(self, request: web.Request) -> web.StreamResponse:
        body, fault = await self._begin(request)
        if isinstance(fault, web.StreamResponse):
            return fault
        rid = self.sim.next_id("resp")
        reply = answer(self.sim.reply, body)
        message = {
            "type": "message",
            "id": rid.replace("resp", "msg"),
            "status": "completed",
            "role": "assistant",
            "content": [{"type": "output_text", "text": reply, "annotations": []}],
        }
        out_tokens = tokens(reply)
        in_tokens = tokens(orjson.dumps(body.get("input")).decode())
        return _json(
            {
                "id": rid,
                "object": "response",
                "created_at": int(time.time()),
                "status": "completed",
                "model": body.get("model"),
                "output": [message],
                "parallel_tool_calls": True,
                "tool_choice": "auto",
                "tools": [],
                "usage": {
                    "input_tokens": in_tokens,
                    "output_tokens": out_tokens,
                    "total_tokens": in_tokens + out_tokens,
                    "input_tokens_details": {"cached_tokens": 0},
                    "output_tokens_details": {"reasoning_tokens": 0},
                },
            },
            rid,
        )

    async def models(self, request: web.Request) -> web.StreamResponse:
        await self.sim.record(request)
        fault = await self.sim.take_fault(request)
        if isinstance(fault, web.StreamResponse):
            return fault
        return _json(
            {
                "object": "list",
                "data": [
                    {"id": m, "object": "model", "created": 0, "owned_by": self.sim.label}
                    for m in self.sim.models
                ],
            },
            self.sim.next_id("models"),
        )


def _choice(index: int, delta: dict[str, Any], finish: str | None = None) -> dict[str, Any]:
    return {"index": index, "delta": delta, "logprobs": None, "finish_reason": finish}


@dataclass(frozen=True)
class _Chunks:
    """Builds ``chat.completion.chunk`` SSE frames of one stream."""

    rid: str
    model: str
    created: int
    include_usage: bool

    def frame(self, choices: list[dict[str, Any]], usage: Any = None) -> bytes:
        data: dict[str, Any] = {
            "id": self.rid,
            "object": "chat.completion.chunk",
            "created": self.created,
            "model": self.model,
            "system_fingerprint": "fp_simulator",
            "choices": choices,
        }
        if self.include_usage:
            data["usage"] = usage
        return sse(data)


def _tool_call_frames(chunks: _Chunks, call: dict[str, Any]) -> list[bytes]:
    """The tool call as OpenAI streams it: id and name first, then the arguments in pieces."""
    args = call["function"]["arguments"]
    head = {**call, "index": 0, "function": {"name": call["function"]["name"], "arguments": ""}}
    frames = [chunks.frame([_choice(0, {"tool_calls": [head]})])]
    for piece in (args[: len(args) // 2], args[len(args) // 2 :]):
        delta = {"tool_calls": [{"index": 0, "function": {"arguments": piece}}]}
        frames.append(chunks.frame([_choice(0, delta)]))
    return frames


def _tool_call(body: dict[str, Any]) -> dict[str, Any] | None:
    """Call the first tool when tools are offered and the last message is not a tool result."""
    tools = body.get("tools") or []
    messages = body.get("messages") or [{}]
    if not tools or messages[-1].get("role") == "tool":
        return None
    return {
        "id": "call_sim_1",
        "type": "function",
        "function": {"name": tools[0]["function"]["name"], "arguments": '{"city": "Paris"}'},
    }


def _usage(prompt: int, completion: int) -> dict[str, int]:
    return {
        "prompt_tokens": prompt,
        "completion_tokens": completion,
        "total_tokens": prompt + completion,
    }


def _json(data: Any, rid: str) -> web.Response:
    return web.Response(
        body=orjson.dumps(data), content_type="application/json", headers={"x-request-id": rid}
    )
