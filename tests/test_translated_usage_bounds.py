"""Token counts an Anthropic backend reports are client-visible numbers, whatever they are.

A backend (or a gateway in front of one) answering a usage of 2**64-1 or -5 tokens used to make
the translated answer unserialisable: the client got a 500 ``internal_error`` for a completed
generation. The counts are now kept within 0..2**53, and the client gets its answer.
"""

from __future__ import annotations

import openai
import orjson
import pytest

from proxy.demo.simulator import Fault
from tests.stack import Stack

HUGE = 2**64 - 1


def _answer(usage: dict[str, int]) -> Fault:
    body = {
        "id": "msg_1",
        "type": "message",
        "role": "assistant",
        "model": "claude-test",
        "content": [{"type": "text", "text": "Bonjour"}],
        "stop_reason": "end_turn",
        "usage": usage,
    }
    return Fault(status=200, body=orjson.dumps(body), headers={"content-type": "application/json"})


USAGES = [
    {"input_tokens": HUGE, "output_tokens": HUGE, "cache_read_input_tokens": HUGE},
    {"input_tokens": -5, "output_tokens": 3},
]


@pytest.mark.parametrize("usage", USAGES)
async def test_responses_answer_survives_odd_usage(claude: Stack, usage: dict[str, int]) -> None:
    """The Responses API answer arrives with counts in range."""
    claude.sim("claude").fail_next(_answer(usage))
    async with openai.AsyncOpenAI(base_url=claude.base_url, api_key="t", max_retries=0) as client:
        resp = await client.responses.create(model="claude-test", input="Hello")
    assert resp.output_text == "Bonjour"
    assert resp.usage is not None
    assert 0 <= resp.usage.input_tokens <= 2**62 and 0 <= resp.usage.output_tokens <= 2**62


@pytest.mark.parametrize("usage", USAGES)
async def test_chat_answer_survives_odd_usage(claude: Stack, usage: dict[str, int]) -> None:
    """The Chat Completions answer arrives with counts in range."""
    claude.sim("claude").fail_next(_answer(usage))
    async with openai.AsyncOpenAI(base_url=claude.base_url, api_key="t", max_retries=0) as client:
        resp = await client.chat.completions.create(
            model="claude-test", messages=[{"role": "user", "content": "Hello"}]
        )
    assert resp.choices[0].message.content == "Bonjour"
    assert resp.usage is not None
    assert 0 <= resp.usage.prompt_tokens <= 2**62 and 0 <= resp.usage.completion_tokens <= 2**62


DEEP_TOOL_ANSWER = (
    b'{"id":"msg_1","type":"message","role":"assistant","model":"claude-test","content":'
    b'[{"type":"tool_use","id":"toolu_1","name":"f","input":{"a":'
    + b"[" * 300
    + b"]" * 300
    + b'}}],"stop_reason":"tool_use","usage":{"input_tokens":1,"output_tokens":1}}'
)


async def test_an_answer_too_deep_to_translate_is_a_bad_gateway(claude: Stack) -> None:
    """A tool input nested deeper than the JSON encoder writes is the backend's fault: a 502 in
    the API's error shape for both translated APIs, not a 500 internal_error."""
    deep = Fault(status=200, body=DEEP_TOOL_ANSWER, headers={"content-type": "application/json"})
    async with openai.AsyncOpenAI(base_url=claude.base_url, api_key="t", max_retries=0) as client:
        claude.sim("claude").fail_next(deep)
        with pytest.raises(openai.APIStatusError) as responses:
            await client.responses.create(model="claude-test", input="Hello")
        claude.sim("claude").fail_next(deep)
        with pytest.raises(openai.APIStatusError) as chat:
            await client.chat.completions.create(
                model="claude-test", messages=[{"role": "user", "content": "Hello"}]
            )
    for raised in (responses.value, chat.value):
        assert raised.status_code == 502
        assert isinstance(raised.body, dict) and raised.body.get("code") != "internal_error"


DEEP = {"type": "object", "x": [[[]]]}
for _ in range(300):
    DEEP = {"x": DEEP}


async def test_a_request_too_deep_to_translate_is_a_bad_request(claude: Stack) -> None:
    """A tool schema nested deeper than the JSON encoder writes is refused with a 400 naming the
    cause (Responses and Chat), not a 500 internal_error; nothing reaches the backend."""
    tool = {"type": "function", "name": "f", "parameters": DEEP}
    chat_tool = {"type": "function", "function": {"name": "f", "parameters": DEEP}}
    async with openai.AsyncOpenAI(base_url=claude.base_url, api_key="t", max_retries=0) as client:
        with pytest.raises(openai.BadRequestError) as responses:
            await client.responses.create(model="claude-test", input="Hi", tools=[tool])  # type: ignore[list-item]
        with pytest.raises(openai.BadRequestError) as chat:
            await client.chat.completions.create(
                model="claude-test",
                messages=[{"role": "user", "content": "Hi"}],
                tools=[chat_tool],  # type: ignore[list-item]
            )
    for raised in (responses.value, chat.value):
        assert "nested too deeply" in raised.message
    assert claude.sim("claude").received == []
