"""The Anthropic Messages simulator surface: ``/v1/messages`` (JSON and SSE) and count_tokens."""

from __future__ import annotations

import re
from typing import Any

import orjson
from aiohttp import web

from proxy.demo.quote import answer, streamed
from proxy.demo.schema_sample import sample
from proxy.demo.simulator import Fault, Simulator, sse, start_stream, tokens, write_paced
from proxy.protocols._shape import as_dict, as_list

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


_TOOL_NAME = re.compile(r"[a-zA-Z0-9_-]{1,64}")


def _tool_call(body: dict[str, Any]) -> dict[str, Any] | None:
    """The tool call the simulated model makes, if any.

    With ``tool_choice`` ``tool`` the named tool is called, with ``any`` the first one (the
    last one after a tool result), each with an input built from its ``input_schema`` — and,
    as Anthropic documents for a forced choice, without text before it. Otherwise the first
    tool is called with ``{"city": "Paris"}`` unless the last turn is a tool result.
    """
    tools = body.get("tools") or []
    if not tools:
        return None
    last = as_dict((as_list(body.get("messages")) or [{}])[-1])
    blocks = map(as_dict, as_list(last.get("content")))
    answered = any(b.get("type") == "tool_result" for b in blocks)
    choice = as_dict(body.get("tool_choice"))
    if choice.get("type") == "tool":
        tool = next(t for t in tools if t["name"] == choice["name"])
    elif choice.get("type") == "any":
        tool = tools[-1] if answered else tools[0]
    elif answered or choice.get("type") == "none":
        return None
    else:
        return {"type": "tool_use", "id": "toolu_sim_1", "name": tools[0]["name"], "input": _CITY}
    return {
        "type": "tool_use",
        "id": "toolu_sim_1",
        "name": tool["name"],
        "input": sample(tool.get("input_schema")),
    }


_CITY = {"city": "Paris"}


def _forced(body: dict[str, Any]) -> bool:
    return (body.get("tool_choice") or {}).get("type") in ("tool", "any")


def _invalid(body: dict[str, Any]) -> str | None:
    """What Anthropic's API would refuse in this request's tools and turns (None if nothing)."""
    tools = [as_dict(t) for t in as_list(body.get("tools"))]
    for i, tool in enumerate(tools):
        if not _TOOL_NAME.fullmatch(str(tool.get("name"))):
            return f"tools.{i}.name: String should match pattern '^[a-zA-Z0-9_-]{{1,64}}$'"
        if as_dict(tool.get("input_schema")).get("type") != "object":
            return f"tools.{i}.input_schema.type: Input should be 'object'"
    choice = as_dict(body.get("tool_choice"))
    if choice.get("type") == "tool" and choice.get("name") not in {t["name"] for t in tools}:
        return f"tool_choice: tool {choice.get('name')!r} is not among the tools"
    offered: set[Any] = set()
    for i, message in enumerate(map(as_dict, as_list(body.get("messages")))):
        blocks = [as_dict(b) for b in as_list(message.get("content"))]
        if message.get("role") == "user":
            for block in blocks:
                if block.get("type") == "tool_result" and block.get("tool_use_id") not in offered:
                    return f"messages.{i}: unexpected tool_use_id in tool_result blocks"
        offered = {b.get("id") for b in blocks if b.get("type") == "tool_use"}
    return None


class _Handlers:
    def __init__(self, sim: Simulator):
        self.sim = sim

    async def messages(self, request: web.Request) -> web.StreamResponse:
        raw = await self.sim.record(request)
        fault = await self.sim.take_fault(request)
        if isinstance(fault, web.StreamResponse):
            return fault
        body = orjson.loads(raw)
        problem = _invalid(body)
        if problem is not None:
            error = {"type": "invalid_request_error", "message": problem}
            return web.json_response({"type": "error", "error": error}, status=400)
        rid = self.sim.next_id("msg")
        model = body.get("model", "sim")
        input_tokens = tokens(orjson.dumps(body.get("messages")).decode())
        tool = _tool_call(body)
        if body.get("stream"):
            return await self._stream(request, body, rid, model, input_tokens, tool, fault)
        reply = answer(self.sim.reply, body)
        content: list[dict[str, Any]] = []
        if not _forced(body):
            content.append({"type": "text", "text": reply})
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
                        "output_tokens": tokens(reply),
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
        text = not _forced(body)
        reply = answer(self.sim.reply, body)
        frames = _message_frames(self.sim, reply, rid, model, input_tokens, tool, text=text)
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
    sim: Simulator,
    reply: str,
    rid: str,
    model: str,
    input_tokens: int,
    tool: dict[str, Any] | None,
    *,
    text: bool = True,
) -> list[bytes]:
    """The Messages API's event sequence for the reply (and tool call, if any)."""
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
    frames = [_event({"type": "message_start", "message": message}), _event({"type": "ping"})]
    if text:
        frames += _text_frames(streamed(sim, reply))
    if tool is not None:
        frames += _tool_frames(tool, 1 if text else 0)
    stop = {"stop_reason": "tool_use" if tool else "end_turn", "stop_sequence": None}
    frames.append(
        _event(
            {
                "type": "message_delta",
                "delta": stop,
                "usage": {"output_tokens": tokens(reply)},
            }
        )
    )
    frames.append(_event({"type": "message_stop"}))
    return frames


def _text_frames(words: list[str]) -> list[bytes]:
    text_block = {"type": "text", "text": ""}
    frames = [_event({"type": "content_block_start", "index": 0, "content_block": text_block})]
    frames += [
        _event(
            {
                "type": "content_block_delta",
                "index": 0,
                "delta": {"type": "text_delta", "text": word},
            }
        )
        for word in words
    ]
    frames.append(_event({"type": "content_block_stop", "index": 0}))
    return frames


def _event(payload: dict[str, Any]) -> bytes:
    """One Anthropic SSE event: the ``event:`` name is the payload's ``type``."""
    return sse(payload, payload["type"])


def _tool_frames(tool: dict[str, Any], index: int) -> list[bytes]:
    start = {**tool, "input": {}}
    payload = orjson.dumps(tool["input"]).decode()
    half = len(payload) // 2
    pieces = (payload[:half], payload[half:])
    return [
        _event({"type": "content_block_start", "index": index, "content_block": start}),
        *(
            _event(
                {
                    "type": "content_block_delta",
                    "index": index,
                    "delta": {"type": "input_json_delta", "partial_json": piece},
                }
            )
            for piece in pieces
        ),
        _event({"type": "content_block_stop", "index": index}),
    ]
