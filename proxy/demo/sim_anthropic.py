"""The Anthropic Messages simulator surface: ``/v1/messages`` (JSON and SSE) and count_tokens."""

from __future__ import annotations

from typing import Any

import orjson
from aiohttp import web

from proxy.demo.simulator import Fault, Simulator, sse, start_stream, tokens, write_paced

_ERROR_TYPES = {
    400: "invalid_request_error",
    401: "authentication_error",
    403: "permission_error",
    404: "not_found_error",
    413: "request_too_large",
    429: "rate_limit_error",
    529: "overloaded_error",
}


class AnthropicSimulator(Simulator):
    """A simulator whose errors use Anthropic's shape."""

    def error_body(self, status: int) -> bytes:
        """``{"type": "error", "error": {...}}``."""
        kind = _ERROR_TYPES.get(status, "api_error")
        return orjson.dumps(
            {"type": "error", "error": {"type": kind, "message": f"simulated {kind}"}}
        )


def anthropic_app(sim: Simulator) -> web.Application:
    """An aiohttp app that behaves like Anthropic's Messages API."""
    app = web.Application(client_max_size=64 * 1024 * 1024)
    handlers = _Handlers(sim)
    app.router.add_post("/v1/messages", handlers.messages)
    app.router.add_post("/v1/messages/count_tokens", handlers.count_tokens)
    return app


def _tool_call(body: dict[str, Any]) -> dict[str, Any] | None:
    """Call the first tool when tools are offered and the last turn is not a tool result."""
    tools = body.get("tools") or []
    if not tools:
        return None
    last = (body.get("messages") or [{}])[-1]
    content = last.get("content")
    if isinstance(content, list) and any(b.get("type") == "tool_result" for b in content):
        return None
    return {
        "type": "tool_use",
        "id": "toolu_sim_1",
        "name": tools[0]["name"],
        "input": {"city": "Paris"},
    }


class _Handlers:
    def __init__(self, sim: Simulator):
        self.sim = sim

    async def messages(self, request: web.Request) -> web.StreamResponse:
        raw = await self.sim.record(request)
        fault = await self.sim.take_fault(request)
        if isinstance(fault, web.StreamResponse):
            return fault
        body = orjson.loads(raw)
        rid = self.sim.next_id("msg")
        model = body.get("model", "sim")
        input_tokens = tokens(orjson.dumps(body.get("messages")).decode())
        tool = _tool_call(body)
        if body.get("stream"):
            return await self._stream(request, body, rid, model, input_tokens, tool, fault)
        content: list[dict[str, Any]] = [{"type": "text", "text": self.sim.reply}]
        if tool is not None:
            content.append(tool)
        return web.Response(
            body=orjson.dumps(
                {
                    "id": rid,
                    "type": "message",
                    "role": "assistant",
                    "model": model,
                    "content": content,
                    "stop_reason": "tool_use" if tool else "end_turn",
                    "stop_sequence": None,
                    "usage": {
                        "input_tokens": input_tokens,
                        "output_tokens": tokens(self.sim.reply),
                    },
                }
            ),
            content_type="application/json",
            headers={"request-id": rid, "anthropic-ratelimit-requests-remaining": "99"},
        )

    async def _stream(
        self,
        request: web.Request,
        body: dict[str, Any],
        rid: str,
        model: str,
        input_tokens: int,
        tool: dict[str, Any] | None,
        fault: Fault | None,
    ) -> web.StreamResponse:
        response = await start_stream(request, rid)
        frames = _message_frames(self.sim, rid, model, input_tokens, tool)
        await write_paced(self.sim, request, response, frames, self.sim.pace_s, fault)
        return response

    async def count_tokens(self, request: web.Request) -> web.StreamResponse:
        raw = await self.sim.record(request)
        fault = await self.sim.take_fault(request)
        if isinstance(fault, web.StreamResponse):
            return fault
        body = orjson.loads(raw)
        return web.json_response(
            {"input_tokens": tokens(orjson.dumps(body.get("messages")).decode())}
        )


def _message_frames(
    sim: Simulator, rid: str, model: str, input_tokens: int, tool: dict[str, Any] | None
) -> list[bytes]:
    """The Messages API's event sequence for the simulator's reply (and tool call, if any)."""
    usage = {"input_tokens": input_tokens, "output_tokens": 1}
    message: dict[str, Any] = {
        "id": rid,
        "type": "message",
        "role": "assistant",
        "model": model,
        "content": [],
        "stop_reason": None,
        "stop_sequence": None,
        "usage": usage,
    }
    text_block = {"type": "text", "text": ""}
    frames = [
        _event({"type": "message_start", "message": message}),
        _event({"type": "content_block_start", "index": 0, "content_block": text_block}),
        _event({"type": "ping"}),
    ]
    frames += [
        _event(
            {
                "type": "content_block_delta",
                "index": 0,
                "delta": {"type": "text_delta", "text": word},
            }
        )
        for word in sim.words()
    ]
    frames.append(_event({"type": "content_block_stop", "index": 0}))
    if tool is not None:
        frames += _tool_frames(tool)
    stop = {"stop_reason": "tool_use" if tool else "end_turn", "stop_sequence": None}
    frames.append(
        _event(
            {
                "type": "message_delta",
                "delta": stop,
                "usage": {"output_tokens": tokens(sim.reply)},
            }
        )
    )
    frames.append(_event({"type": "message_stop"}))
    return frames


def _event(payload: dict[str, Any]) -> bytes:
    """One Anthropic SSE event: the ``event:`` name is the payload's ``type``."""
    return sse(payload, payload["type"])


def _tool_frames(tool: dict[str, Any]) -> list[bytes]:
    start = {**tool, "input": {}}
    payload = orjson.dumps(tool["input"]).decode()
    half = len(payload) // 2
    return [
        sse(
            {"type": "content_block_start", "index": 1, "content_block": start},
            "content_block_start",
        ),
        *(
            sse(
                {
                    "type": "content_block_delta",
                    "index": 1,
                    "delta": {"type": "input_json_delta", "partial_json": piece},
                },
                "content_block_delta",
            )
            for piece in (payload[:half], payload[half:])
        ),
        sse({"type": "content_block_stop", "index": 1}, "content_block_stop"),
    ]
