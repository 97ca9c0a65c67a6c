"""Structured output through the openai SDK's own paths, served by an Anthropic backend.

``chat.completions.parse(response_format=Model)`` (the default path of LangChain's
``with_structured_output``, instructor's JSON_SCHEMA mode, ``llm --schema``), its streaming
twin, and ``json_object``: the proxy turns the format into a forced tool and the tool's input
into the message content. And the other way: Anthropic's ``output_config.format`` to an
OpenAI-compatible backend.
"""

from __future__ import annotations

import json
from pathlib import Path

import anthropic
import openai
import pytest
from pydantic import BaseModel

from proxy.demo.simulator import Simulator
from tests.stack import Stack, Upstream, running_stack


class Address(BaseModel):
    street: str
    postcode: str


class Person(BaseModel):
    name: str
    age: int
    tags: list[str]
    home: Address


WEATHER_TOOL = {
    "type": "function",
    "function": {
        "name": "get_weather",
        "description": "Weather for a city",
        "parameters": {
            "type": "object",
            "properties": {"city": {"type": "string"}},
            "required": ["city"],
            "additionalProperties": False,
        },
        "strict": True,
    },
}
ASK = [{"role": "user", "content": "Extract the person from: Ada, 36, lives at 1 Main St."}]


async def test_parse_returns_the_pydantic_object(claude: Stack, client: openai.AsyncOpenAI) -> None:
    """``parse`` gets a Person: the schema went out as a forced tool, its input came back."""
    done = await client.chat.completions.parse(
        model="claude-test",
        messages=ASK,  # type: ignore[arg-type]
        response_format=Person,
    )
    choice = done.choices[0]
    assert isinstance(choice.message.parsed, Person)
    assert choice.message.parsed.home.street  # nested $ref resolved and filled
    assert choice.finish_reason == "stop"
    assert choice.message.tool_calls in (None, [])
    sent = claude.sim("claude").received[-1].json()
    assert sent["tool_choice"] == {"type": "tool", "name": "Person"}
    assert sent["tools"][0]["input_schema"]["properties"]["home"] == {"$ref": "#/$defs/Address"}


async def test_streamed_parse_assembles_json_fragments(client: openai.AsyncOpenAI) -> None:
    """The stream helper gets content deltas (Anthropic's input_json_delta) and parses them."""
    async with client.chat.completions.stream(
        model="claude-test",
        messages=ASK,  # type: ignore[arg-type]
        response_format=Person,
        stream_options={"include_usage": True},
    ) as stream:
        deltas = [e.delta async for e in stream if e.type == "content.delta"]
        final = await stream.get_final_completion()
    assert len(deltas) >= 2  # fragments, as they arrived
    assert isinstance(final.choices[0].message.parsed, Person)
    assert final.choices[0].finish_reason == "stop"
    assert final.usage is not None and final.usage.completion_tokens > 0


@pytest.mark.parametrize("stream", [False, True])
async def test_json_object_answers_a_json_object(
    claude: Stack, client: openai.AsyncOpenAI, stream: bool
) -> None:
    """``json_object`` gets content that parses as a JSON object, streamed or not."""
    kwargs = {"model": "claude-test", "messages": ASK, "response_format": {"type": "json_object"}}
    if stream:
        chunks = [c async for c in await client.chat.completions.create(**kwargs, stream=True)]  # type: ignore[call-overload]
        content = "".join(c.choices[0].delta.content or "" for c in chunks if c.choices)
        finish = chunks[-1].choices[0].finish_reason
    else:
        done = await client.chat.completions.create(**kwargs)  # type: ignore[call-overload]
        content, finish = done.choices[0].message.content, done.choices[0].finish_reason
    assert isinstance(json.loads(content), dict)
    assert finish == "stop"
    sent = claude.sim("claude").received[-1].json()
    assert sent["tool_choice"]["type"] == "tool"


async def test_tools_and_structured_output_together(
    claude: Stack, client: openai.AsyncOpenAI
) -> None:
    """With the client's tools, the model may call them first, then answer in the schema."""
    first = await client.chat.completions.parse(
        model="claude-test",
        messages=ASK,  # type: ignore[arg-type]
        tools=[WEATHER_TOOL],  # type: ignore[list-item]
        response_format=Person,
    )
    call = first.choices[0].message.tool_calls[0]  # type: ignore[index]
    assert first.choices[0].finish_reason == "tool_calls"
    assert call.function.name == "get_weather"
    assert claude.sim("claude").received[-1].json()["tool_choice"] == {"type": "any"}
    history = [
        *ASK,
        first.choices[0].message.model_dump(exclude_none=True, exclude={"parsed"}),
        {"role": "tool", "tool_call_id": call.id, "content": "sunny"},
    ]
    second = await client.chat.completions.parse(
        model="claude-test",
        messages=history,  # type: ignore[arg-type]
        tools=[WEATHER_TOOL],  # type: ignore[list-item]
        response_format=Person,
    )
    assert isinstance(second.choices[0].message.parsed, Person)
    assert second.choices[0].finish_reason == "stop"


async def test_a_schema_anthropic_cannot_take_is_a_clear_400(client: openai.AsyncOpenAI) -> None:
    """A non-object root schema is refused before anything is sent, naming the parameter."""
    fmt = {"type": "json_schema", "json_schema": {"name": "n", "schema": {"type": "array"}}}
    with pytest.raises(openai.BadRequestError) as info:
        await client.chat.completions.create(
            model="claude-test",
            messages=ASK,  # type: ignore[arg-type]
            response_format=fmt,  # type: ignore[arg-type]
        )
    assert info.value.param == "response_format.json_schema.schema"  # type: ignore[attr-defined]


async def test_anthropic_structured_outputs_reach_an_openai_backend(tmp_path: Path) -> None:
    """The other way: the anthropic SDK's ``output_config.format`` reaches an OpenAI-compatible
    backend as ``response_format`` json_schema instead of being dropped."""
    ups = {"primary": Upstream(Simulator("openai-sim"), models=("gpt-test",))}
    schema = Person.model_json_schema()
    async with (
        running_stack(tmp_path, ups) as stack,
        anthropic.AsyncAnthropic(base_url=stack.url, api_key="t", max_retries=0) as client,
    ):
        message = await client.messages.create(
            model="gpt-test",
            max_tokens=100,
            messages=ASK,  # type: ignore[arg-type]
            output_config={"format": {"type": "json_schema", "schema": schema}},
        )
    assert message.content[0].type == "text"
    sent = stack.sim("primary").received[-1].json()
    assert sent["response_format"] == {
        "type": "json_schema",
        "json_schema": {"name": "output", "schema": schema},
    }
