"""``sovproxy demo`` shows one redact-then-route request end to end: the hyperscaler simulator
receives pseudonyms only, quotes them back, and the client gets the real values; the simulators'
quoting through the official SDKs, JSON and streamed."""

from __future__ import annotations

from collections.abc import AsyncIterator

import anthropic
import openai
import pytest

from proxy.demo.quote import answer
from proxy.demo.run import DEMO_REDACTION_KEY, run_demo, start_site
from proxy.demo.sim_anthropic import anthropic_app
from proxy.demo.sim_openai import openai_app
from proxy.demo.simulator import Simulator
from proxy.demo.tour import REDACT_PROMPT
from proxy.redact.pseudonyms import Pseudonymiser

NAME, IBAN = "Katarzyna Nowak", "DE74 2605 0001 0081 2745 63"


def _pseudonym(key: str, kind: str, value: str) -> str:
    return Pseudonymiser(key.encode(), "anonymous").issue(kind, value)


async def _demo_lines() -> dict[str, str]:
    lines: list[str] = []
    await run_demo(0, 0.0, True, out=lines.append)
    section = "\n".join(lines).split("Redact, route, restore")[1]
    rows = {}
    for row in section.splitlines()[1:]:
        if row.startswith("  "):
            label, _, value = row.strip().partition("  ")
            rows[label] = value.strip()
    return rows


async def test_the_demo_shows_pseudonyms_out_and_values_back() -> None:
    """The hyperscaler got the demo key's pseudonyms and never the name or IBAN; its answer
    quotes them; the client's answer has the real values back."""
    rows = await _demo_lines()
    person = _pseudonym(DEMO_REDACTION_KEY, "pii.person_name", NAME)
    iban = _pseudonym(DEMO_REDACTION_KEY, "financial.iban", IBAN)
    assert rows["you sent"] == REDACT_PROMPT
    assert "R25-name-and-iban-pseudonymised" in rows["decision"]
    assert "2 values pseudonymised -> us-hyperscaler" in rows["decision"]
    assert rows["us-hyperscaler got"] == REDACT_PROMPT.replace(NAME, person).replace(IBAN, iban)
    assert person in rows["it answered"] and "[PERSON]" in rows["it answered"]
    assert NAME not in rows["it answered"] and "Nowak" not in rows["us-hyperscaler got"]
    assert rows["you got back"].startswith(f"You mentioned {NAME} and {IBAN}. Regarding {NAME}:")


async def test_a_configured_redaction_key_is_kept(monkeypatch: pytest.MonkeyPatch) -> None:
    """SOVPROXY_REDACTION__KEY wins over the demo's fixed key."""
    key = "an-operator-chosen-redaction-key"
    monkeypatch.setenv("SOVPROXY_REDACTION__KEY", key)
    rows = await _demo_lines()
    assert _pseudonym(key, "pii.person_name", NAME) in rows["us-hyperscaler got"]
    assert _pseudonym(DEMO_REDACTION_KEY, "pii.person_name", NAME) not in rows["us-hyperscaler got"]


PERSON = _pseudonym(DEMO_REDACTION_KEY, "pii.person_name", NAME)
PROMPT = f"Draft a payment reminder to {PERSON}."


@pytest.fixture
async def sims() -> AsyncIterator[dict[str, str]]:
    runners = []
    urls = {}
    for name, app in (
        ("openai", openai_app(Simulator("openai sim"))),
        ("anthropic", anthropic_app(Simulator("anthropic sim"))),
    ):
        runner, port = await start_site(app, "127.0.0.1", 0)
        runners.append(runner)
        urls[name] = f"http://127.0.0.1:{port}"
    yield urls
    for runner in runners:
        await runner.cleanup()


async def test_the_openai_simulator_quotes_in_json_and_splits_in_streams(
    sims: dict[str, str],
) -> None:
    """Chat JSON carries the quote; a chat stream carries it too, the pseudonym cut across
    two chunks; Responses carries it."""
    messages = [{"role": "user", "content": PROMPT}]
    want = answer(Simulator("openai sim").reply, {"messages": messages})
    async with openai.AsyncOpenAI(base_url=f"{sims['openai']}/v1", api_key="k") as client:
        done = await client.chat.completions.create(model="m", messages=messages)  # type: ignore[arg-type]
        assert done.choices[0].message.content == want
        stream = await client.chat.completions.create(model="m", messages=messages, stream=True)  # type: ignore[arg-type]
        deltas = [c.choices[0].delta.content async for c in stream if c.choices]
        assert "".join(d or "" for d in deltas) == want
        assert PERSON not in deltas and not any(PERSON in (d or "") for d in deltas)
        resp = await client.responses.create(model="m", input=PROMPT)
        assert resp.output_text == want


async def test_the_anthropic_simulator_quotes_in_json_and_streams(sims: dict[str, str]) -> None:
    """Messages JSON and stream carry the quote, the stream with the pseudonym cut in two."""
    messages = [{"role": "user", "content": PROMPT}]
    want = answer(Simulator("anthropic sim").reply, {"messages": messages})
    async with anthropic.AsyncAnthropic(base_url=sims["anthropic"], api_key="k") as client:
        done = await client.messages.create(model="m", max_tokens=64, messages=messages)  # type: ignore[arg-type]
        assert done.content[0].text == want  # type: ignore[union-attr]
        texts = []
        async with client.messages.stream(model="m", max_tokens=64, messages=messages) as s:  # type: ignore[arg-type]
            async for text in s.text_stream:
                texts.append(text)
        assert "".join(texts) == want and not any(PERSON in t for t in texts)


def test_the_readme_example_is_what_the_demo_sends() -> None:
    """The README's "Redact, route, restore" example shows the demo key's real pseudonyms."""
    from pathlib import Path

    readme = " ".join((Path(__file__).resolve().parents[2] / "README.md").read_text().split())
    sent = REDACT_PROMPT.replace(NAME, PERSON).replace(
        IBAN, _pseudonym(DEMO_REDACTION_KEY, "financial.iban", IBAN)
    )
    assert f"`{REDACT_PROMPT}` reaches the hyperscaler as `{sent}`" in readme
