"""Translated answers are restored in the protocol the client reads: the real adapters, wrapped."""

from __future__ import annotations

from collections.abc import AsyncIterator
from typing import Any

import orjson
import pytest

from proxy.backends.catalog import backend_info
from proxy.backends.model import BackendSpec, Hop
from proxy.backends.upstream import Backend, build_backends, make_session
from proxy.exchange import Exchange
from proxy.http.adapt import make_adapter
from proxy.http.restoring import Restoring, restoring
from proxy.protocols.sse import SSEParser, format_event
from proxy.redact.pseudonyms import Pseudonymiser
from proxy.redact.restore import Restorer
from proxy.settings import Settings

_P = Pseudonymiser(b"t" * 32, "acme")
SOPHIE = _P.issue("pii.person_name", "Sophie Martin")
OBRIEN = _P.issue("pii.person_name", 'Seán "Ó" Brien')
SELF = Hop(role="proxy", operator="self", operator_hq="DE", location="DE")
PATHS = {"chat.completions": "/v1/chat/completions", "responses": "/v1/responses",
         "messages": "/v1/messages"}  # fmt: skip


@pytest.fixture
async def backends() -> AsyncIterator[dict[str, Backend]]:
    """An Anthropic and an OpenAI-compatible backend (nothing is sent to them here)."""
    specs = {
        "claude": BackendSpec(protocol="anthropic", base_url="http://127.0.0.1:9/v1",
                              models=("m",), hops=(SELF,)),
        "gpt": BackendSpec(base_url="http://127.0.0.1:9/v1", models=("m",), hops=(SELF,)),
    }  # fmt: skip
    trusted = Settings().trusted_jurisdictions
    infos = {name: backend_info(name, spec, SELF, trusted) for name, spec in specs.items()}
    async with make_session() as session:
        yield build_backends(specs, infos, session)


def _exchange(endpoint: str, stream: bool) -> Exchange:
    client = "anthropic" if endpoint == "messages" else "openai"
    body: dict[str, Any] = {"model": "m", "stream": stream, "max_tokens": 64}
    body["input" if endpoint == "responses" else "messages"] = [{"role": "user", "content": "x"}]
    exchange = Exchange(
        "r", endpoint, client, PATHS[endpoint], orjson.dumps(body), body, "m", stream
    )
    exchange.restorer = Restorer(_P.issued)
    return exchange


def _anthropic_wire() -> bytes:
    """An Anthropic stream: a name cut over three text deltas, a tool input over fragments."""
    args = orjson.dumps({"to": OBRIEN}).decode()
    events: list[dict[str, Any]] = [
        {"type": "message_start", "message": {"id": "msg", "type": "message", "role": "assistant",
         "model": "m", "content": [], "stop_reason": None, "usage": {"input_tokens": 3,
         "output_tokens": 0}}},
        {"type": "content_block_start", "index": 0, "content_block": {"type": "text", "text": ""}},
        *[{"type": "content_block_delta", "index": 0, "delta": {"type": "text_delta", "text": t}}
          for t in ("Dear " + SOPHIE[:5], SOPHIE[5:10], SOPHIE[10:] + ",")],
        {"type": "content_block_stop", "index": 0},
        {"type": "content_block_start", "index": 1,
         "content_block": {"type": "tool_use", "id": "t1", "name": "mail", "input": {}}},
        *[{"type": "content_block_delta", "index": 1,
           "delta": {"type": "input_json_delta", "partial_json": args[i : i + 4]}}
          for i in range(0, len(args), 4)],
        {"type": "content_block_stop", "index": 1},
        {"type": "message_delta", "delta": {"stop_reason": "tool_use"},
         "usage": {"output_tokens": 9}},
        {"type": "message_stop"},
    ]  # fmt: skip
    return b"".join(format_event(orjson.dumps(e), e["type"]) for e in events)


def _openai_wire() -> bytes:
    pieces = ["Dear " + SOPHIE[:3], SOPHIE[3:9], SOPHIE[9:], "!"]
    chunks = [{"id": "c", "object": "chat.completion.chunk", "created": 1, "model": "m",
               "choices": [{"index": 0, "delta": {"content": p}, "finish_reason": None}]}
              for p in pieces]  # fmt: skip
    chunks.append({"id": "c", "object": "chat.completion.chunk", "created": 1, "model": "m",
                   "choices": [{"index": 0, "delta": {}, "finish_reason": "stop"}]})  # fmt: skip
    return b"".join(format_event(orjson.dumps(c)) for c in chunks) + b"data: [DONE]\n\n"


def _client_events(adapter: Any, wire: bytes, size: int) -> list[dict[str, Any]]:
    transform = adapter.stream_transform()
    out = b"".join(transform.feed(wire[i : i + size]) for i in range(0, len(wire), size))
    events = SSEParser().feed(out + transform.finish())
    return [orjson.loads(e.data) for e in events if e.data != "[DONE]"]


@pytest.mark.parametrize("size", [1, 7, 100_000])
async def test_anthropic_stream_for_an_openai_chat_client(
    backends: dict[str, Backend], size: int
) -> None:
    """Text cut inside the pseudonym and the tool call's arguments come back restored."""
    exchange = _exchange("chat.completions", True)
    adapter = restoring(make_adapter(exchange, backends["claude"]), exchange)
    events = _client_events(adapter, _anthropic_wire(), size)
    deltas = [c["delta"] for e in events for c in e["choices"]]
    assert "".join(d.get("content") or "" for d in deltas) == "Dear Sophie Martin,"
    calls = [call for d in deltas for call in d.get("tool_calls", [])]
    arguments = "".join(call["function"]["arguments"] for call in calls)
    assert orjson.loads(arguments) == {"to": 'Seán "Ó" Brien'}


@pytest.mark.parametrize("size", [1, 100_000])
async def test_anthropic_stream_for_a_responses_client(
    backends: dict[str, Backend], size: int
) -> None:
    """Deltas, the ``.done`` texts and the completed response are all restored."""
    exchange = _exchange("responses", True)
    adapter = restoring(make_adapter(exchange, backends["claude"]), exchange)
    events = _client_events(adapter, _anthropic_wire(), size)
    text = "".join(e["delta"] for e in events if e["type"] == "response.output_text.delta")
    assert text == "Dear Sophie Martin,"
    done = next(e for e in events if e["type"] == "response.output_text.done")
    assert done["text"] == "Dear Sophie Martin,"
    completed = events[-1]["response"]
    assert completed["output"][0]["content"][0]["text"] == "Dear Sophie Martin,"
    assert orjson.loads(completed["output"][1]["arguments"]) == {"to": 'Seán "Ó" Brien'}
    assert [e["sequence_number"] for e in events] == list(range(len(events)))
    assert exchange.restorer is not None
    assert exchange.restorer.restored == {"pii.person_name": 2}


@pytest.mark.parametrize("size", [1, 100_000])
async def test_openai_stream_for_an_anthropic_client(
    backends: dict[str, Backend], size: int
) -> None:
    """A chat stream translated to Anthropic events is restored in those events."""
    exchange = _exchange("messages", True)
    adapter = restoring(make_adapter(exchange, backends["gpt"]), exchange)
    events = _client_events(adapter, _openai_wire(), size)
    texts = [e["delta"]["text"] for e in events if e["type"] == "content_block_delta"]
    assert "".join(texts) == "Dear Sophie Martin!"


async def test_json_answer_translated_for_an_openai_client(backends: dict[str, Backend]) -> None:
    """An Anthropic message, translated to a chat completion, comes back restored."""
    exchange = _exchange("chat.completions", False)
    adapter = restoring(make_adapter(exchange, backends["claude"]), exchange)
    assert isinstance(adapter, Restoring)
    tool = {"type": "tool_use", "id": "t", "name": "mail", "input": {"to": OBRIEN}}
    message = {
        "id": "msg",
        "type": "message",
        "role": "assistant",
        "model": "m",
        "content": [{"type": "text", "text": f"Dear {SOPHIE}"}, tool],
        "stop_reason": "tool_use",
        "usage": {"input_tokens": 1, "output_tokens": 1},
    }
    answer = orjson.loads(adapter.response_body(orjson.dumps(message)))["choices"][0]["message"]
    assert answer["content"] == "Dear Sophie Martin"
    assert orjson.loads(answer["tool_calls"][0]["function"]["arguments"]) == {
        "to": 'Seán "Ó" Brien'
    }  # fmt: skip


async def test_no_restorer_no_wrapper(backends: dict[str, Backend]) -> None:
    """A request that was not pseudonymised keeps its adapter as it is."""
    exchange = _exchange("chat.completions", True)
    exchange.restorer = None
    adapter = make_adapter(exchange, backends["claude"])
    assert restoring(adapter, exchange) is adapter
