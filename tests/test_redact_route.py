"""redact_then_route end to end, request side: what the backend receives, what is refused, and
the evidence (DESIGN §8 invariant 4), through the official openai SDK against simulated tiers."""

from __future__ import annotations

from collections.abc import AsyncIterator

import openai
import orjson
import pytest

from proxy.redact.pseudonyms import Pseudonymiser
from tests.redact_policy import IBAN, KEY, NAME
from tests.stack import Stack


@pytest.fixture
async def oai(redact_tiers: Stack) -> AsyncIterator[openai.AsyncOpenAI]:
    async with openai.AsyncOpenAI(
        base_url=redact_tiers.base_url, api_key="t", max_retries=0
    ) as client:
        yield client


def _pseudonym(kind: str, value: str) -> str:
    return Pseudonymiser(KEY.encode(), "anonymous").issue(kind, value)


async def test_the_cloud_receives_pseudonyms_never_the_values(
    redact_tiers: Stack, oai: openai.AsyncOpenAI
) -> None:
    messages = [
        {"role": "system", "content": f"You draft letters for our client {NAME}."},
        {"role": "user", "content": f"Write to {NAME} that IBAN {IBAN} was credited."},
    ]
    raw = await oai.chat.completions.with_raw_response.create(model="chat", messages=messages)
    assert raw.headers["x-sovproxy-backend"] == "us-hyperscaler"
    assert raw.headers["x-sovproxy-level"] == "confidential"
    assert raw.headers["x-sovproxy-redacted"] == "2"
    (received,) = redact_tiers.sim("us-hyperscaler").received
    sent = received.body + repr(received.headers).encode() + repr(received.query).encode()
    assert NAME.encode() not in sent and b"Martin" not in sent
    assert IBAN.encode() not in sent and IBAN.replace(" ", "").encode() not in sent
    contents = [m["content"] for m in received.json()["messages"]]
    assert contents[0] == f"You draft letters for our client {_pseudonym('pii.person_name', NAME)}."
    assert _pseudonym("financial.iban", IBAN) in contents[1]
    assert not redact_tiers.sim("onprem-llm").received


async def test_the_same_person_gets_the_same_pseudonym_in_every_turn(
    redact_tiers: Stack, oai: openai.AsyncOpenAI
) -> None:
    history: list[dict[str, str]] = []
    for turn in ("Who is Sophie Martin?", "Does Sophie Martin owe us?", "Thank Sophie Martin."):
        history.append({"role": "user", "content": turn})
        await oai.chat.completions.create(model="chat", messages=history)  # type: ignore[arg-type]
        history.append({"role": "assistant", "content": f"Noted about {NAME}."})
    pseudonym = _pseudonym("pii.person_name", NAME)
    received = redact_tiers.sim("us-hyperscaler").received
    assert len(received) == 3
    for request in received:
        texts = [m["content"] for m in request.json()["messages"]]
        assert all(NAME not in text for text in texts)
        assert all(pseudonym in text for text in texts)


async def test_what_is_left_above_route_as_is_denied_and_nothing_is_sent(
    redact_tiers: Stack, oai: openai.AsyncOpenAI
) -> None:
    """The e-mail address is not pseudonymised by the rule: confidential is left, above
    ``route_as: internal``, so the request is denied rather than sent to the cloud."""
    text = f"Write to {NAME} (sophie.martin@chu-lyon.fr)."
    with pytest.raises(openai.PermissionDeniedError) as denied:
        await oai.chat.completions.create(
            model="chat", messages=[{"role": "user", "content": text}]
        )
    assert "redaction_insufficient" in str(denied.value)
    assert all(not redact_tiers.sim(name).received for name in redact_tiers.upstreams)


async def test_the_audit_record_counts_and_never_holds_values(
    redact_tiers: Stack, oai: openai.AsyncOpenAI
) -> None:
    await oai.chat.completions.create(
        model="chat", messages=[{"role": "user", "content": f"{NAME}, {IBAN}: draft a reply."}]
    )
    text = redact_tiers.audit_path.read_text()
    record = orjson.loads(text.splitlines()[-1])
    assert record["action"] == "redact_then_route"
    assert record["redaction"]["redacted"] == {"financial.iban": 1, "pii.person_name": 1}
    assert record["redaction"]["route_as"] == "internal"
    assert record["redaction"]["sent_level"] == "public"
    assert record["backend"] == "us-hyperscaler"
    assert "Martin" not in text and "FR76" not in text and "[PERSON_" not in text
