"""Everything a Responses request sends to an Anthropic backend is classified before routing.

The demo's three tiers with the US hyperscaler speaking the Anthropic protocol, so a
``/v1/responses`` request that reaches it is translated. Each request hides a DNI or an IBAN in
a field the translation sends on (decoded tool arguments, call ids, a JSON schema's ``format``
value); none of them may reach the US tier. The same request without the identifier does.
"""

from __future__ import annotations

import dataclasses
import shutil
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import openai
import pytest

from proxy.demo.sim_anthropic import AnthropicSimulator
from tests.stack import DEMO_POLICY, Stack, demo_upstreams, running_stack

US = "us-hyperscaler"
DNI = "48395762J"
IBAN = "DE44500105175407324931"


@pytest.fixture
async def tiers_claude(tmp_path: Path) -> AsyncIterator[Stack]:
    """The demo's tiers, the US one an Anthropic-protocol backend."""
    policy = tmp_path / "policy.yaml"
    shutil.copy(DEMO_POLICY, policy)
    ups = demo_upstreams()
    ups[US] = dataclasses.replace(ups[US], sim=AnthropicSimulator("us"), protocol="anthropic")
    async with running_stack(tmp_path, ups, policy=policy) as stack:
        yield stack


def _escaped(text: str) -> str:
    return "".join(f"\\u{ord(c):04x}" for c in text)


def _call(arguments: str, call_id: str = "call_1") -> list[dict[str, Any]]:
    return [
        {"role": "user", "content": "Note this down."},
        {"type": "function_call", "name": "note", "call_id": call_id, "arguments": arguments},
        {"type": "function_call_output", "call_id": call_id, "output": "saved"},
    ]


def _schema(fmt: str) -> dict[str, Any]:
    props = {"when": {"type": "string", "format": fmt}}
    schema = {"type": "object", "properties": props}
    return {"format": {"type": "json_schema", "name": "answer", "schema": schema}}


def _tool(parameters: dict[str, Any]) -> dict[str, Any]:
    return {"type": "function", "name": "f", "function": {}, "parameters": parameters}


CASES: dict[str, tuple[dict[str, Any], dict[str, Any]]] = {
    "arguments with JSON escapes": (
        {"input": _call('{"note": "' + _escaped(f"Mi DNI es {DNI}") + '"}')},
        {"input": _call('{"note": "' + _escaped("Mi perro es Toby") + '"}')},
    ),
    "call_id": ({"input": _call("{}", IBAN)}, {"input": _call("{}", "call_abc")}),
    "json schema format value": (
        {"input": "When?", "text": _schema(DNI)},
        {"input": "When?", "text": _schema("date")},
    ),
    "tool parameters beside an empty function object": (
        {"input": "When?", "tools": [_tool(_schema(DNI)["format"]["schema"])]},
        {"input": "When?", "tools": [_tool(_schema("date")["format"]["schema"])]},
    ),
}


@pytest.mark.parametrize("case", CASES)
async def test_hidden_identifier_never_reaches_the_us_tier(tiers_claude: Stack, case: str) -> None:
    """The identifier is classified; the same request without it is public and goes to the US."""
    hidden, clean = CASES[case]
    client = openai.AsyncOpenAI(base_url=tiers_claude.base_url, api_key="t", max_retries=0)
    async with client:
        raw = await client.responses.with_raw_response.create(model="chat", **clean)
        assert raw.headers["x-sovproxy-backend"] == US
        raw = await client.responses.with_raw_response.create(model="chat", **hidden)
        assert raw.headers["x-sovproxy-level"] != "public"
        assert raw.headers["x-sovproxy-backend"] != US
    assert len(tiers_claude.upstreams[US].sim.received) == 1


async def test_a_key_spelling_a_scanned_path_is_still_scanned(tiers: Stack) -> None:
    """A body key named like a scanned part ("messages[0].content") is swept, not taken as seen.

    The same-protocol route forwards the raw body, unknown keys included.
    """
    client = openai.AsyncOpenAI(base_url=tiers.base_url, api_key="t", max_retries=0)
    async with client:
        raw = await client.chat.completions.with_raw_response.create(
            model="chat",
            messages=[{"role": "user", "content": "hi"}],
            extra_body={"messages[0].content": f"Mi DNI es {DNI}"},
        )
    assert raw.headers["x-sovproxy-level"] == "restricted"
    assert len(tiers.upstreams[US].sim.received) == 0


@pytest.mark.parametrize(
    "extra",
    [
        {"service_tier": IBAN},
        {"reasoning_effort": f"Mi DNI es {DNI}"},
        {"verbosity": "Juan Pérez"},
        {"metadata": {"model": IBAN}},
    ],
)
async def test_content_in_a_vocabulary_field_is_scanned(
    tiers: Stack, extra: dict[str, str]
) -> None:
    """A field whose values are protocol words (service_tier, reasoning_effort...) is forwarded
    as sent on a same-protocol route: a value that is not such a word is classified."""
    client = openai.AsyncOpenAI(base_url=tiers.base_url, api_key="t", max_retries=0)
    async with client:
        raw = await client.chat.completions.with_raw_response.create(
            model="chat", messages=[{"role": "user", "content": "hi"}], extra_body=extra
        )
    assert raw.headers["x-sovproxy-level"] != "public"
    assert len(tiers.upstreams[US].sim.received) == 0
