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

from proxy.protocols.extract import extract_texts
from proxy.redact.request import selected
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
REDACTED = ["pii.person_name", "pii.email", "pii.phone", "pii.national_id", "financial.iban"]
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


def _chat(model: str, at: Placement) -> dict[str, Any]:
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
    body: dict[str, Any] = {"model": model, "messages": messages}
    if at.bare["metadata"]:
        body["metadata"] = {f"k{i}": value for i, value in enumerate(at.bare["metadata"])}
        body["user"] = at.bare["metadata"][0]
    return body


def _messages(model: str, at: Placement) -> dict[str, Any]:
    tool_use = {"type": "tool_use", "id": "toolu_1", "name": "lookup", "input": at.args("tool_use")}
    messages = [
        {"role": "user", "content": [{"type": "text", "text": at.text("parts")}]},
        {"role": "assistant", "content": [tool_use]},
        {
            "role": "user",
            "content": [
                {"type": "tool_result", "tool_use_id": "toolu_1", "content": at.text("tool")},
                {"type": "text", "text": at.text("user")},
            ],
        },
    ]
    body = {"model": model, "max_tokens": 64, "system": at.text("system"), "messages": messages}
    if at.bare["metadata"]:
        body["metadata"] = {"user_id": at.bare["metadata"][0]}
    return body


def _responses(model: str, at: Placement) -> dict[str, Any]:
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
    body: dict[str, Any] = {"model": model, "instructions": at.text("instructions"), "input": items}
    if at.bare["metadata"]:
        body["metadata"] = {f"k{i}": value for i, value in enumerate(at.bare["metadata"])}
    return body


#: Client API → (how its body is built, the endpoint the classifier reads it as).
BUILD = {
    "chat": (_chat, "chat.completions"),
    "messages": (_messages, "messages"),
    "responses": (_responses, "responses"),
}


def _send(
    clients: tuple[openai.OpenAI, anthropic.Anthropic], api: str, body: dict[str, Any]
) -> tuple[int, str]:
    """The status the client saw, and the error it read (if any)."""
    oai, claude = clients
    try:
        if api == "chat":
            raw: Any = oai.chat.completions.with_raw_response.create(**body)
        elif api == "messages":
            raw = claude.messages.with_raw_response.create(**body)
        else:
            raw = oai.responses.with_raw_response.create(**body)
    except (openai.APIStatusError, anthropic.APIStatusError) as exc:
        return exc.status_code, str(exc)
    return raw.http_response.status_code, ""


def _redacted_values(stack: Stack, endpoint: str, body: dict[str, Any]) -> set[str]:
    """The values of the findings the policy redacts, as the proxy's classifier finds them."""
    texts, unscannable = extract_texts(endpoint, body)
    found = stack.services.classifier.classify(texts, unscannable).findings
    by_part = {part.part: part.text for part in texts}
    return {by_part[f.part][f.start : f.end] for f in selected(found, REDACTED)}


@settings(
    max_examples=200,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(scenario=scenarios())
def test_no_redacted_value_reaches_any_backend(
    stack: Stack, clients: tuple[openai.OpenAI, anthropic.Anthropic], scenario: Any
) -> None:
    """Whatever the API, route and place: what is sent is pseudonymised; a denial sends
    nothing, and is needed only when the classifier missed a value the first time.

    Checked are the values of the redacted findings and every spelling of each planted value
    the classifier found (one it did not find is not redacted: the classifier's recall)."""
    api, model, planted, placement = scenario
    build, endpoint = BUILD[api]
    body = build(model, placement)
    values = _redacted_values(stack, endpoint, body)
    found = [p for p in planted if p.value in values]
    for p in planted:
        event(f"{p.kind}: {'found' if p in found else 'not found'}")
    clear(stack)
    status, error = _send(clients, api, body)
    got = received(stack)
    event(f"{api}->{model}: {status}")
    if status != 200:
        assert status == 403 and "redaction" in error, error
        assert not got, "a denied request reached a backend"
        # every place drawn here holds text the redaction rewrites: a denial is only right
        # when the classifier missed a value that it then finds in the pseudonymised request
        assert len(found) < len(planted), error
        return
    assert got, "an answered request reached no backend"
    secrets = values | {spelling for p in found for spelling in p.spellings}
    for item in got:
        seen = surfaces(item)
        leaked = [value for value in secrets if any(value in s for s in seen)]
        assert not leaked, (leaked, item.path)
