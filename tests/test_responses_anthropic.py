"""The Responses API (openai-agents' default model class) served by an Anthropic backend.

Every test goes through the official openai SDK's ``client.responses`` methods against the
proxy, with an Anthropic-protocol simulator upstream.
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import openai
import orjson
import pytest
from pydantic import BaseModel

from proxy.demo.sim_anthropic import AnthropicSimulator
from proxy.demo.simulator import Fault
from tests.stack import DEMO_POLICY, Stack, demo_upstreams, running_stack

WEATHER = {
    "type": "function",
    "name": "get_weather",
    "description": "Weather for a city",
    "parameters": {"type": "object", "properties": {"city": {"type": "string"}}},
}


def _sent(stack: Stack, name: str = "claude") -> dict[str, Any]:
    return dict(stack.sim(name).received[-1].json())


async def test_plain_text(claude: Stack, client: openai.AsyncOpenAI) -> None:
    """A string input gets the model's text, a completed status and usage that adds up."""
    raw = await client.responses.with_raw_response.create(model="claude-test", input="Hello")
    resp = raw.parse()
    assert resp.output_text == claude.sim("claude").reply
    assert resp.status == "completed" and resp.object == "response"
    assert resp.model == "claude-test" and resp.id.startswith("resp_")
    assert resp.usage is not None and resp.usage.input_tokens > 0
    assert resp.usage.total_tokens == resp.usage.input_tokens + resp.usage.output_tokens
    assert raw.headers["x-sovproxy-backend"] == "claude"
    sent = _sent(claude)
    assert sent["messages"] == [{"role": "user", "content": [{"type": "text", "text": "Hello"}]}]
    assert sent["max_tokens"] > 0 and "system" not in sent


async def test_instructions_and_settings(claude: Stack, client: openai.AsyncOpenAI) -> None:
    """``instructions`` and developer messages become the system prompt; limits carry over."""
    resp = await client.responses.create(
        model="claude-test",
        instructions="Be brief.",
        input=[
            {"role": "developer", "content": "Answer in French."},
            {"role": "user", "content": [{"type": "input_text", "text": "Hello"}]},
        ],
        max_output_tokens=77,
        temperature=0.2,
    )
    assert resp.output_text == claude.sim("claude").reply
    assert resp.instructions == "Be brief." and resp.temperature == 0.2
    sent = _sent(claude)
    assert sent["system"] == "Be brief.\n\nAnswer in French."
    assert sent["max_tokens"] == 77 and sent["temperature"] == 0.2


async def test_function_tool_round_trip(claude: Stack, client: openai.AsyncOpenAI) -> None:
    """A function_call comes back; its function_call_output, sent with the call, is matched
    upstream to the same tool_use id (the simulator refuses unmatched results, as Anthropic)."""
    first = await client.responses.create(
        model="claude-test",
        input="Weather in Paris?",
        tools=[WEATHER],  # type: ignore[list-item]
    )
    calls = [item for item in first.output if item.type == "function_call"]
    assert len(calls) == 1 and calls[0].name == "get_weather"
    assert calls[0].arguments.replace(" ", "") == '{"city":"Paris"}'
    assert _sent(claude)["tools"][0]["name"] == "get_weather"
    history: list[Any] = [
        {"role": "user", "content": "Weather in Paris?"},
        *(item.model_dump(exclude_none=True) for item in first.output),
        {"type": "function_call_output", "call_id": calls[0].call_id, "output": "sunny, 21 C"},
    ]
    second = await client.responses.create(
        model="claude-test",
        input=history,
        tools=[WEATHER],  # type: ignore[list-item]
    )
    assert second.output_text == claude.sim("claude").reply
    assert [i.type for i in second.output] == ["message"]
    turns = _sent(claude)["messages"]
    assert [t["role"] for t in turns] == ["user", "assistant", "user"]
    result = turns[2]["content"][0]
    assert result["type"] == "tool_result" and result["content"] == "sunny, 21 C"
    assert result["tool_use_id"] == turns[1]["content"][-1]["id"] == calls[0].call_id


async def test_stream_events_and_usage(claude: Stack, client: openai.AsyncOpenAI) -> None:
    """``stream=True``: the SDK's iterator gets the Responses event sequence and final usage."""
    stream = await client.responses.create(model="claude-test", input="Hello", stream=True)
    events = [event async for event in stream]
    kinds = [e.type for e in events]
    assert kinds[:4] == [
        "response.created",
        "response.in_progress",
        "response.output_item.added",
        "response.content_part.added",
    ]
    assert kinds[-4:] == [
        "response.output_text.done",
        "response.content_part.done",
        "response.output_item.done",
        "response.completed",
    ]
    text = "".join(e.delta for e in events if e.type == "response.output_text.delta")
    assert text == claude.sim("claude").reply
    assert [e.sequence_number for e in events] == list(range(len(events)))
    done = events[-1].response  # type: ignore[union-attr]
    assert done.output_text == text and done.status == "completed"
    assert done.usage is not None and done.usage.output_tokens > 0
    record = orjson.loads(claude.audit_path.read_text().splitlines()[-1])
    assert record["usage"]["output_tokens"] == done.usage.output_tokens  # the audit has it too
    assert record["events_delivered"] == len(events)


async def test_streamed_function_call_through_the_stream_helper(
    client: openai.AsyncOpenAI,
) -> None:
    """The SDK's ``responses.stream`` helper (which checks event identities) assembles a call."""
    async with client.responses.stream(
        model="claude-test",
        input="Weather?",
        tools=[WEATHER],  # type: ignore[list-item]
    ) as stream:
        deltas = [
            e.delta async for e in stream if e.type == "response.function_call_arguments.delta"
        ]
        final = await stream.get_final_response()
    call = next(item for item in final.output if item.type == "function_call")
    assert "".join(deltas) == call.arguments and len(deltas) >= 2
    assert call.name == "get_weather" and call.call_id.startswith("toolu_")


class City(BaseModel):
    name: str
    population: int


@pytest.mark.parametrize("stream", [False, True])
async def test_text_format_json_schema(
    claude: Stack, client: openai.AsyncOpenAI, stream: bool
) -> None:
    """``text.format`` json_schema (openai-agents' ``output_type``) parses into the model."""
    if stream:
        async with client.responses.stream(
            model="claude-test", input="Biggest city?", text_format=City
        ) as events:
            parsed = (await events.get_final_response()).output_parsed
    else:
        done = await client.responses.parse(
            model="claude-test", input="Biggest city?", text_format=City
        )
        parsed = done.output_parsed
    assert isinstance(parsed, City)
    assert _sent(claude)["tool_choice"] == {"type": "tool", "name": "City"}


async def test_what_needs_stored_state_is_a_clear_400(client: openai.AsyncOpenAI) -> None:
    """previous_response_id is refused with a 400 naming it: nothing is stored."""
    with pytest.raises(openai.BadRequestError) as info:
        await client.responses.create(
            model="claude-test", input="more", previous_response_id="resp_123"
        )
    assert info.value.param == "previous_response_id"  # type: ignore[attr-defined]


async def test_upstream_errors_reach_the_sdk_as_its_own(
    claude: Stack, client: openai.AsyncOpenAI
) -> None:
    """An Anthropic 429 is a RateLimitError in OpenAI's shape, retry-after kept."""
    for _ in range(2):
        claude.sim("claude").fail_next(status=429, headers={"retry-after": "120"})
    with pytest.raises(openai.RateLimitError) as info:
        await client.responses.create(model="claude-test", input="Hello")
    assert info.value.response.headers["retry-after"] == "120"
    assert "simulated rate_limit_error" in info.value.message


async def test_a_stream_cut_mid_way_ends_with_an_error(
    claude: Stack, client: openai.AsyncOpenAI
) -> None:
    """An upstream stream dropped mid-answer never looks like a completed response."""
    claude.sim("claude").fail_next(Fault(status=200, drop_after_chunks=4))
    stream = await client.responses.create(model="claude-test", input="Hello", stream=True)
    kinds: list[str] = []
    with pytest.raises(openai.APIError):
        async for event in stream:
            kinds.append(event.type)
    assert kinds[0] == "response.created" and "response.completed" not in kinds


IBAN = "Please send the reminder for IBAN DE58 4306 0967 7000 3124 58 today."
SECRET = "our key is AKIAZ4R7QX2NB5KLMW3P and the secret is in the vault"


@pytest.fixture
async def tiers(tmp_path: Path) -> AsyncIterator[Stack]:
    """The demo's three tiers; the EU-only and hyperscaler tiers speak Anthropic's protocol."""
    ups = demo_upstreams()
    for name in ("eu-cloud", "us-hyperscaler"):
        ups[name].sim = AnthropicSimulator(name)
        ups[name].protocol = "anthropic"
    async with running_stack(tmp_path, ups, policy=DEMO_POLICY) as stack:
        yield stack


def _counts(stack: Stack) -> dict[str, int]:
    return {name: len(up.sim.received) for name, up in stack.upstreams.items()}


async def test_texts_inside_input_items_are_classified(tiers: Stack) -> None:
    """An IBAN in a function_call_output item routes to the EU tier, a credential is denied:
    the classifier sees every text of the Responses request, whatever backend serves it."""
    async with openai.AsyncOpenAI(base_url=tiers.base_url, api_key="t", max_retries=0) as c:
        public = await c.responses.with_raw_response.create(model="chat", input="Capital of Peru?")
        assert public.headers["x-sovproxy-backend"] == "us-hyperscaler"
        history = [
            {"role": "user", "content": "Which account?"},
            {"type": "function_call", "call_id": "call_1", "name": "lookup", "arguments": "{}"},
            {"type": "function_call_output", "call_id": "call_1", "output": IBAN},
        ]
        routed = await c.responses.with_raw_response.create(model="chat", input=history)  # type: ignore[arg-type]
        assert routed.headers["x-sovproxy-backend"] == "eu-cloud"
        assert routed.headers["x-sovproxy-level"] == "confidential"
        assert routed.parse().output_text == tiers.sim("eu-cloud").reply
        before = _counts(tiers)
        history[2]["output"] = SECRET
        with pytest.raises(openai.PermissionDeniedError):
            await c.responses.create(model="chat", input=history)  # type: ignore[arg-type]
        assert _counts(tiers) == before


async def test_a_json_answer_to_a_streamed_request_still_streams_responses_events(
    claude: Stack, client: openai.AsyncOpenAI
) -> None:
    """A backend that answers JSON to ``stream: true`` still gives the client Responses events."""
    message = {
        "id": "msg_json",
        "type": "message",
        "role": "assistant",
        "model": "claude-test",
        "content": [{"type": "text", "text": "Answered as JSON."}],
        "stop_reason": "end_turn",
        "stop_sequence": None,
        "usage": {"input_tokens": 5, "output_tokens": 4},
    }
    claude.sim("claude").fail_next(status=200, body=orjson.dumps(message))
    stream = await client.responses.create(model="claude-test", input="Hello", stream=True)
    events = [event async for event in stream]
    assert events[0].type == "response.created" and events[-1].type == "response.completed"
    assert events[-1].response.output_text == "Answered as JSON."  # type: ignore[union-attr]
    assert events[-1].response.usage.output_tokens == 4  # type: ignore[union-attr]
