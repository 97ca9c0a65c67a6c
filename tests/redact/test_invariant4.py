"""DESIGN §8 invariant 4 as a property of the running proxy: after ``redact_then_route``, no
original value of a redacted finding is in any byte a backend receives — or the request is
denied and nothing is sent.

Generated requests carry valid names, IBANs, e-mail addresses, phone numbers and national IDs,
each once after a cue the classifier knows and again bare wherever a request can hold text:
system prompts, user text, content parts, tool results, tool-call arguments (JSON strings, also
written with ``\\uXXXX`` escapes), Anthropic ``tool_use`` inputs, Responses items and
instructions, ``name`` fields and metadata. They go through the official openai and anthropic
SDKs — chat completions, messages and Responses — to an OpenAI and an Anthropic backend, so
every translated route is taken too. Each backend records what it received.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

import anthropic
import openai
import pytest
from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st

from tests.redact.findings_gen import PLANTED, Planted
from tests.redact.wire import clear, received, surfaces, threaded_stack
from tests.stack import Stack

#: (client API, model): the model picks the backend, so each API meets both protocols.
ROUTES = (
    ("chat", "gpt-test"),
    ("chat", "claude-test"),
    ("messages", "claude-test"),
    ("messages", "gpt-test"),
    ("responses", "gpt-test"),
    ("responses", "claude-test"),
)
#: Where a bare copy of a value may stand, per client API.
SPOTS = {
    "chat": ("system", "user", "parts", "args", "tool", "name", "metadata"),
    "messages": ("system", "user", "parts", "tool_use", "tool", "metadata"),
    "responses": ("instructions", "user", "parts", "args", "tool", "metadata"),
}
FILLER = "Here is the file for the quarterly review."


@pytest.fixture(scope="module")
def stack(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Stack]:
    """One proxy for all examples (the backends' records are cleared per example)."""
    with threaded_stack(tmp_path_factory.mktemp("inv4")) as running:
        yield running


@pytest.fixture(scope="module")
def clients(stack: Stack) -> Iterator[tuple[openai.OpenAI, anthropic.Anthropic]]:
    """The official SDKs' synchronous clients, pointed at the proxy."""
    with (
        openai.OpenAI(base_url=stack.base_url, api_key="t", max_retries=0, timeout=20) as oai,
        anthropic.Anthropic(base_url=stack.url, api_key="t", max_retries=0, timeout=20) as claude,
    ):
        yield oai, claude


class Placement:
    """Where each planted value goes: its cue once (user text or system prompt), bare copies
    (in either spelling) in the chosen spots."""

    def __init__(self, api: str) -> None:
        self.api = api
        self.cues: dict[str, list[str]] = {"user": [], "system": []}
        self.bare: dict[str, list[str]] = {spot: [] for spot in SPOTS[api]}
        self.escaped = False
        self.as_keys = False

    def __repr__(self) -> str:
        bare = {spot: got for spot, got in self.bare.items() if got}
        flags = f"escaped={self.escaped}, as_keys={self.as_keys}"
        return f"Placement(cues={self.cues}, bare={bare}, {flags})"

    def text(self, spot: str) -> str:
        """The text of a text spot: its cues and bare values amid filler."""
        cues = self.cues.get("system" if spot == "instructions" else spot, [])
        bare = [f"See {value}." for value in self.bare.get(spot, [])]
        return " ".join([FILLER, *cues, *bare])

    def args(self, spot: str) -> dict[str, Any]:
        """The object of a tool call's arguments (or input): values as values, or as keys."""
        values = self.bare.get(spot, [])
        if self.as_keys:
            return {value: i for i, value in enumerate(values)} | {"note": "ok"}
        return {f"field{i}": value for i, value in enumerate(values)} | {"note": "ok"}

    def args_json(self, spot: str) -> str:
        """The arguments as a JSON string, every character of every value escaped if drawn."""
        text = json.dumps(self.args(spot), ensure_ascii=False)
        if not self.escaped:
            return text
        for value in self.bare.get(spot, []):
            text = text.replace(value, "".join(f"\\u{ord(c):04x}" for c in value))
        return text


@st.composite
def scenarios(draw: st.DrawFn) -> tuple[str, str, list[Planted], Placement]:
    api, model = draw(st.sampled_from(ROUTES))
    planted = draw(st.lists(PLANTED, min_size=1, max_size=3, unique_by=lambda p: p.value))
    placement = Placement(api)
    placement.escaped, placement.as_keys = draw(st.booleans()), draw(st.booleans())
    for p in planted:
        placement.cues[draw(st.sampled_from(("user", "system")))].append(p.cue)
        for spot in draw(st.lists(st.sampled_from(SPOTS[api]), max_size=4, unique=True)):
            placement.bare[spot].append(draw(st.sampled_from(p.spellings)))
    return api, model, planted, placement


def _chat(oai: openai.OpenAI, model: str, at: Placement) -> int:
    names = at.bare["name"]
    user: dict[str, Any] = {"role": "user", "content": at.text("user")}
    if names:
        user["name"] = names[0]
    messages = [
        {"role": "system", "content": at.text("system")},
        {"role": "user", "content": [{"type": "text", "text": at.text("parts")}]},
        {
            "role": "assistant",
            "tool_calls": [
                {
                    "id": "call_1",
                    "type": "function",
                    "function": {"name": "lookup", "arguments": at.args_json("args")},
                }
            ],
        },
        {"role": "tool", "tool_call_id": "call_1", "content": at.text("tool")},
        user,
    ]
    metadata = {f"k{i}": value for i, value in enumerate(at.bare["metadata"])}
    raw = oai.chat.completions.with_raw_response.create(
        model=model,
        messages=messages,  # type: ignore[arg-type]
        metadata=metadata or openai.NOT_GIVEN,
        user=at.bare["metadata"][0] if at.bare["metadata"] else openai.NOT_GIVEN,
    )
    return raw.http_response.status_code


def _messages(claude: anthropic.Anthropic, model: str, at: Placement) -> int:
    messages = [
        {"role": "user", "content": [{"type": "text", "text": at.text("parts")}]},
        {
            "role": "assistant",
            "content": [
                {
                    "type": "tool_use",
                    "id": "toolu_1",
                    "name": "lookup",
                    "input": at.args("tool_use"),
                }
            ],
        },
        {
            "role": "user",
            "content": [
                {"type": "tool_result", "tool_use_id": "toolu_1", "content": at.text("tool")},
                {"type": "text", "text": at.text("user")},
            ],
        },
    ]
    meta = at.bare["metadata"]
    raw = claude.messages.with_raw_response.create(
        model=model,
        max_tokens=64,
        system=at.text("system"),
        messages=messages,  # type: ignore[arg-type]
        metadata={"user_id": meta[0]} if meta else anthropic.NOT_GIVEN,
    )
    return raw.http_response.status_code


def _responses(oai: openai.OpenAI, model: str, at: Placement) -> int:
    items = [
        {"role": "user", "content": [{"type": "input_text", "text": at.text("parts")}]},
        {
            "type": "function_call",
            "call_id": "call_1",
            "name": "lookup",
            "arguments": at.args_json("args"),
        },
        {"type": "function_call_output", "call_id": "call_1", "output": at.text("tool")},
        {"role": "user", "content": at.text("user")},
    ]
    metadata = {f"k{i}": value for i, value in enumerate(at.bare["metadata"])}
    raw = oai.responses.with_raw_response.create(
        model=model,
        instructions=at.text("instructions"),
        input=items,  # type: ignore[arg-type]
        metadata=metadata or openai.NOT_GIVEN,
    )
    return raw.http_response.status_code


def _send(
    clients: tuple[openai.OpenAI, anthropic.Anthropic], api: str, model: str, at: Placement
) -> tuple[int, str]:
    """The status the client saw, and the error it read (if any)."""
    oai, claude = clients
    try:
        if api == "chat":
            return _chat(oai, model, at), ""
        if api == "messages":
            return _messages(claude, model, at), ""
        return _responses(oai, model, at), ""
    except (openai.APIStatusError, anthropic.APIStatusError) as exc:
        return exc.status_code, str(exc)


@settings(
    max_examples=200,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(scenario=scenarios())
def test_no_redacted_value_reaches_any_backend(
    stack: Stack, clients: tuple[openai.OpenAI, anthropic.Anthropic], scenario: Any
) -> None:
    """Whatever the API, route and place: sent means pseudonymised, else denied and unsent."""
    api, model, planted, placement = scenario
    clear(stack)
    status, error = _send(clients, api, model, placement)
    got = received(stack)
    event(f"{api}->{model}: {status}")
    if status != 200:
        assert status == 403 and "redaction" in error, error
        assert not got, "a denied request reached a backend"
        return
    assert got, "an answered request reached no backend"
    for item in got:
        seen = surfaces(item)
        for p in planted:
            for spelling in p.spellings:
                assert not any(spelling in s for s in seen), (p.kind, item.path)
