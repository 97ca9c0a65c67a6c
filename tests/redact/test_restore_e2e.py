"""redact_then_route end to end, the way back: the official SDKs read the real values in JSON
answers, streams cut inside pseudonyms, tool-call arguments and translated answers."""

from __future__ import annotations

from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import anthropic
import openai
import orjson
import pytest
from mistralai.client import Mistral

from proxy.demo.simulator import Simulator
from proxy.redact.pseudonyms import Pseudonymiser
from tests.redact_policy import KEY, POLICY
from tests.stack import Stack, Upstream, demo_upstreams, running_stack

NAME, IBAN = "Sophie Martin", "FR76 3000 4000 0312 3456 7890 143"
_P = Pseudonymiser(KEY.encode(), "anonymous")  # the tenant of a request without a client key
PERSON, ACCOUNT = _P.issue("pii.person_name", NAME), _P.issue("financial.iban", IBAN)
#: What the model writes: pseudonyms quoted back, with drift (lower case, no opening bracket,
#: an inflection ending).
REPLY = f"Dear {PERSON}, IBAN {ACCOUNT} is credited. Regards to {PERSON.lower()[1:]}s."
RESTORED = f"Dear {NAME}, IBAN {IBAN} is credited. Regards to {NAME}s."
ASK = f"Write to our client {NAME} that IBAN {IBAN} was credited."
US_HOP = {"role": "hosting", "operator": "Simulated Hyperscaler Inc.", "operator_hq": "US",
          "location": "IE"}  # fmt: skip


class Choppy(Simulator):
    """A simulator that streams its reply three characters at a time, so pseudonyms arrive
    cut across events (``[PE`` | ``RSO`` | ``N_k`` …)."""

    def words(self) -> list[str]:
        return [self.reply[i : i + 3] for i in range(0, len(self.reply), 3)]


@pytest.fixture
async def stack(tmp_path: Path) -> AsyncIterator[Stack]:
    policy = tmp_path / "redact.yaml"
    policy.write_text(POLICY)
    upstreams = demo_upstreams()
    upstreams["us-hyperscaler"].sim = Choppy("US hyperscaler", reply=REPLY)
    upstreams["us-claude"] = Upstream(
        Choppy("claude", reply=REPLY), protocol="anthropic", models=("claude-test",),
        hops=(US_HOP,), extra={"max_retries": 0},
    )  # fmt: skip
    async with running_stack(tmp_path, upstreams, policy=policy, redaction={"key": KEY}) as s:
        yield s


@pytest.fixture
async def oai(stack: Stack) -> AsyncIterator[openai.AsyncOpenAI]:
    async with openai.AsyncOpenAI(base_url=stack.base_url, api_key="t", max_retries=0) as client:
        yield client


def _user(text: str = ASK) -> list[Any]:
    return [{"role": "user", "content": text}]


async def test_chat_json_and_stream_come_back_restored(
    stack: Stack, oai: openai.AsyncOpenAI
) -> None:
    """The JSON answer and the stream (cut inside every pseudonym) read the real values."""
    answer = await oai.chat.completions.create(model="chat", messages=_user())
    assert answer.choices[0].message.content == RESTORED
    stream = await oai.chat.completions.create(model="chat", messages=_user(), stream=True)
    pieces = [c.choices[0].delta.content or "" async for c in stream if c.choices]
    assert "".join(pieces) == RESTORED
    assert all(NAME.encode() not in r.body for r in stack.sim("us-hyperscaler").received)


async def test_the_same_person_in_three_turns(stack: Stack, oai: openai.AsyncOpenAI) -> None:
    """Each turn's answer names the person; the history sent back is pseudonymised alike."""
    history: list[Any] = []
    for turn in (ASK, f"Did {NAME} reply?", f"Thank {NAME}."):
        history.append({"role": "user", "content": turn})
        answer = await oai.chat.completions.create(model="chat", messages=history)
        assert answer.choices[0].message.content == RESTORED
        history.append({"role": "assistant", "content": answer.choices[0].message.content})
    received = stack.sim("us-hyperscaler").received
    assert len(received) == 3
    assert all(PERSON.encode() in r.body and NAME.encode() not in r.body for r in received)


async def test_translated_stream_and_tool_call_for_an_openai_client(
    stack: Stack, oai: openai.AsyncOpenAI
) -> None:
    """An Anthropic backend's stream read by the openai SDK: text and the tool call's arguments
    (the pseudonym cut between two ``input_json_delta`` fragments) are restored."""
    tool = {"type": "function", "function": {"name": "mail", "parameters": {
        "type": "object", "properties": {"to": {"type": "string", "const": PERSON}}}}}  # fmt: skip
    async with oai.chat.completions.stream(
        model="claude-test", messages=_user(), tools=[tool], tool_choice="required"
    ) as stream:
        final = await stream.get_final_completion()
    (call,) = final.choices[0].message.tool_calls or []
    assert call.function.arguments == '{"to":"Sophie Martin"}'
    stream2 = await oai.chat.completions.create(model="claude-test", messages=_user(), stream=True)
    text = "".join([c.choices[0].delta.content or "" async for c in stream2 if c.choices])
    assert text == RESTORED


async def test_responses_stream_from_an_anthropic_backend(
    stack: Stack, oai: openai.AsyncOpenAI
) -> None:
    """The Responses API stream: deltas and the final response read the real values."""
    async with oai.responses.stream(model="claude-test", input=ASK) as stream:
        deltas = [e.delta async for e in stream if e.type == "response.output_text.delta"]
        final = await stream.get_final_response()
    assert "".join(deltas) == RESTORED
    assert final.output_text == RESTORED


async def test_anthropic_sdk_json_stream_and_tool_input(stack: Stack) -> None:
    """The anthropic SDK: a message, a stream and a forced tool's input, all restored."""
    client = anthropic.AsyncAnthropic(base_url=stack.url, api_key="t", max_retries=0)
    async with client:
        message = await client.messages.create(model="claude-test", max_tokens=64, messages=_user())
        assert message.content[0].type == "text" and message.content[0].text == RESTORED
        async with client.messages.stream(
            model="claude-test", max_tokens=64, messages=_user()
        ) as stream:
            text = "".join([piece async for piece in stream.text_stream])
        assert text == RESTORED
        to = {"to": {"type": "string", "const": PERSON}}
        tool: Any = {"name": "mail", "input_schema": {"type": "object", "properties": to}}
        async with client.messages.stream(
            model="claude-test", max_tokens=64, messages=_user(), tools=[tool],
            tool_choice={"type": "any"},
        ) as stream:  # fmt: skip
            final = await stream.get_final_message()
    (use,) = [block for block in final.content if block.type == "tool_use"]
    assert use.input == {"to": NAME}


async def test_structured_output_translated_from_an_anthropic_backend(
    oai: openai.AsyncOpenAI,
) -> None:
    """A JSON ``response_format`` answer (Anthropic's forced tool, translated): the restored
    content is still the JSON the schema asked for, as JSON answer and as stream."""
    schema = {"type": "object", "properties": {"to": {"type": "string", "const": PERSON}}}
    response_format: Any = {
        "type": "json_schema",
        "json_schema": {"name": "mail", "schema": schema},
    }
    answer = await oai.chat.completions.create(
        model="claude-test", messages=_user(), response_format=response_format
    )
    assert orjson.loads(answer.choices[0].message.content or "") == {"to": NAME}
    stream = await oai.chat.completions.create(
        model="claude-test", messages=_user(), response_format=response_format, stream=True
    )
    text = "".join([c.choices[0].delta.content or "" async for c in stream if c.choices])
    assert orjson.loads(text) == {"to": NAME}


async def test_mistralai_sdk_json_and_translated_stream(stack: Stack) -> None:
    """The mistralai SDK reads the real values in a JSON answer and in a stream translated from
    an Anthropic backend (each chunk validated by the SDK)."""
    async with Mistral(api_key="t", server_url=stack.url) as client:
        done = await client.chat.complete_async(model="chat", messages=_user())
        assert done.choices[0].message.content == RESTORED
        stream = await client.chat.stream_async(model="claude-test", messages=_user())
        events = [event async for event in stream]
    text = "".join(str(e.data.choices[0].delta.content or "") for e in events if e.data.choices)
    assert text == RESTORED
