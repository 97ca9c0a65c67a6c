"""redact_then_route end to end, request side: what the backend receives, what is refused, and
the evidence (DESIGN §8 invariant 4), through the official openai SDK against simulated tiers."""

from __future__ import annotations

from collections.abc import AsyncIterator
from pathlib import Path

import openai
import orjson
import pytest

from proxy.redact.pseudonyms import Pseudonymiser
from tests.stack import Stack, demo_upstreams, running_stack

KEY = "test-redaction-key-0123456789"
NAME, IBAN = "Sophie Martin", "FR76 3000 4000 0312 3456 7890 143"

POLICY = """\
apiVersion: sovproxy.dev/v1
kind: RoutingPolicy
metadata: {name: redact-test, version: "1", owner: tests@example.org}
spec:
  default: deny
  on_classifier_error: deny
  pools:
    self_hosted: {tier: self_hosted}
    cloud: {tier: hyperscaler}
  allowed_pools:
    public: [self_hosted, cloud]
    internal: [self_hosted, cloud]
    confidential: [self_hosted]
    restricted: [self_hosted]
  rules:
    - id: R10-draft-in-cloud
      priority: 10
      when: {level.in: [confidential], findings.any: ["pii.person_name", "financial.iban"]}
      action: redact_then_route
      redact: ["pii.person_name", "financial.iban"]
      route_as: internal
      to: [cloud]
    - id: R20-rest-on-prem
      priority: 20
      when: {level.gte: public}
      action: route
      to: [self_hosted]
"""


@pytest.fixture
async def tiers(tmp_path: Path) -> AsyncIterator[Stack]:
    policy = tmp_path / "redact.yaml"
    policy.write_text(POLICY)
    async with running_stack(
        tmp_path, demo_upstreams(), policy=policy, redaction={"key": KEY}
    ) as stack:
        yield stack


@pytest.fixture
async def oai(tiers: Stack) -> AsyncIterator[openai.AsyncOpenAI]:
    async with openai.AsyncOpenAI(base_url=tiers.base_url, api_key="t", max_retries=0) as client:
        yield client


def _pseudonym(kind: str, value: str) -> str:
    return Pseudonymiser(KEY.encode(), "anonymous").issue(kind, value)


async def test_the_cloud_receives_pseudonyms_never_the_values(
    tiers: Stack, oai: openai.AsyncOpenAI
) -> None:
    messages = [
        {"role": "system", "content": f"You draft letters for our client {NAME}."},
        {"role": "user", "content": f"Write to {NAME} that IBAN {IBAN} was credited."},
    ]
    raw = await oai.chat.completions.with_raw_response.create(model="chat", messages=messages)
    assert raw.headers["x-sovproxy-backend"] == "us-hyperscaler"
    assert raw.headers["x-sovproxy-level"] == "confidential"
    assert raw.headers["x-sovproxy-redacted"] == "2"
    (received,) = tiers.sim("us-hyperscaler").received
    sent = received.body + repr(received.headers).encode() + repr(received.query).encode()
    assert NAME.encode() not in sent and b"Martin" not in sent
    assert IBAN.encode() not in sent and IBAN.replace(" ", "").encode() not in sent
    contents = [m["content"] for m in received.json()["messages"]]
    assert contents[0] == f"You draft letters for our client {_pseudonym('pii.person_name', NAME)}."
    assert _pseudonym("financial.iban", IBAN) in contents[1]
    assert not tiers.sim("onprem-llm").received


async def test_the_same_person_gets_the_same_pseudonym_in_every_turn(
    tiers: Stack, oai: openai.AsyncOpenAI
) -> None:
    history: list[dict[str, str]] = []
    for turn in ("Who is Sophie Martin?", "Does Sophie Martin owe us?", "Thank Sophie Martin."):
        history.append({"role": "user", "content": turn})
        await oai.chat.completions.create(model="chat", messages=history)  # type: ignore[arg-type]
        history.append({"role": "assistant", "content": f"Noted about {NAME}."})
    pseudonym = _pseudonym("pii.person_name", NAME)
    received = tiers.sim("us-hyperscaler").received
    assert len(received) == 3
    for request in received:
        texts = [m["content"] for m in request.json()["messages"]]
        assert all(NAME not in text for text in texts)
        assert all(pseudonym in text for text in texts)


async def test_what_is_left_above_route_as_is_denied_and_nothing_is_sent(
    tiers: Stack, oai: openai.AsyncOpenAI
) -> None:
    """The e-mail address is not pseudonymised by the rule: confidential is left, above
    ``route_as: internal``, so the request is denied rather than sent to the cloud."""
    text = f"Write to {NAME} (sophie.martin@chu-lyon.fr)."
    with pytest.raises(openai.PermissionDeniedError) as denied:
        await oai.chat.completions.create(
            model="chat", messages=[{"role": "user", "content": text}]
        )
    assert "redaction_insufficient" in str(denied.value)
    assert all(not tiers.sim(name).received for name in tiers.upstreams)


async def test_the_audit_record_counts_and_never_holds_values(
    tiers: Stack, oai: openai.AsyncOpenAI
) -> None:
    await oai.chat.completions.create(
        model="chat", messages=[{"role": "user", "content": f"{NAME}, {IBAN}: draft a reply."}]
    )
    text = tiers.audit_path.read_text()
    record = orjson.loads(text.splitlines()[-1])
    assert record["action"] == "redact_then_route"
    assert record["redaction"]["redacted"] == {"financial.iban": 1, "pii.person_name": 1}
    assert record["redaction"]["route_as"] == "internal"
    assert record["redaction"]["sent_level"] == "public"
    assert record["backend"] == "us-hyperscaler"
    assert "Martin" not in text and "FR76" not in text and "[PERSON_" not in text
