"""Explain shows a redact_then_route as it would happen: the pseudonymised texts and body, the
counts per type, the decision once confirmed (or the denial), with the deployment's pseudonyms;
through ``sovproxy policy explain`` and ``POST /sovproxy/v1/explain``. Nothing is sent."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import aiohttp
import openai
import orjson
import pytest

from proxy.cli import main
from proxy.redact.pseudonyms import Pseudonymiser
from tests.redact_policy import IBAN, KEY, NAME, POLICY
from tests.stack import Stack

REPO = Path(__file__).resolve().parents[1]
EMAIL = "sophie.martin@chu-lyon.fr"


def _pseudonym(kind: str, value: str, tenant: str = "anonymous") -> str:
    return Pseudonymiser(KEY.encode(), tenant).issue(kind, value)


def _chat(text: str) -> dict[str, Any]:
    return {"model": "chat", "messages": [{"role": "user", "content": text}]}


def _config(tmp_path: Path, key: str | None) -> Path:
    policy = tmp_path / "redact.yaml"
    policy.write_text(POLICY)
    lines = [
        f"backends: {REPO / 'config' / 'backends.yaml'}",
        f"policy: {policy}",
        "auth: none",
    ]
    if key is not None:
        lines.append(f"redaction: {{key: {key}}}")
    config = tmp_path / "sovproxy.yaml"
    config.write_text("\n".join(lines) + "\n")
    return config


def _cli_explain(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], text: str, key: str | None
) -> tuple[dict[str, Any], str, str]:
    request = tmp_path / "req.json"
    request.write_bytes(orjson.dumps({"tenant": "bank", "body": _chat(text)}))
    config = _config(tmp_path, key)
    assert main(["policy", "explain", "--request", str(request), "--config", str(config)]) == 0
    out, err = capsys.readouterr()
    return orjson.loads(out), out, err


def test_cli_shows_the_deployments_pseudonyms_and_the_confirmed_decision(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """With ``redaction.key`` in --config, explain shows the pseudonymised text exactly as the
    deployment would send it, the counts per type and the level it is sent at; no original
    value appears anywhere in the output."""
    text = f"Draft a letter to {NAME} about IBAN {IBAN}."
    report, out, err = _cli_explain(tmp_path, capsys, text, KEY)
    person = _pseudonym("pii.person_name", NAME, "bank")
    iban = _pseudonym("financial.iban", IBAN, "bank")
    redaction = report["redaction"]
    assert redaction["texts"] == [
        {"part": "messages[0].content", "text": f"Draft a letter to {person} about IBAN {iban}."}
    ]
    assert redaction["body"] == _chat(f"Draft a letter to {person} about IBAN {iban}.")
    assert redaction["counts"] == {"financial.iban": 1, "pii.person_name": 1}
    assert redaction["confirmed"] is True and redaction["route_as"] == "internal"
    assert report["decision"]["action"] == "redact_then_route"
    assert report["decision"]["level"] == "confidential"
    assert report["decision"]["sent_level"] == "public"
    assert [d["backend"] for d in report["would_send_to"]] == ["us-hyperscaler"]
    assert NAME not in out and "Martin" not in out and "FR76" not in out
    assert "random" not in err


def test_cli_without_a_key_uses_a_random_one_and_says_so(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Without ``redaction.key`` the CLI still pseudonymises (a random key) and says the
    pseudonyms are not the ones a proxy sends."""
    report, out, err = _cli_explain(tmp_path, capsys, f"Write to {NAME}.", None)
    (text,) = report["redaction"]["texts"]
    assert text["text"].startswith("Write to [PERSON_") and NAME not in out
    assert text["text"] != f"Write to {_pseudonym('pii.person_name', NAME, 'bank')}."
    assert "random key" in err and "random key" in report["redaction"]["key"]


def test_cli_shows_why_a_redaction_is_not_enough(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """An e-mail address the rule does not pseudonymise stays confidential: explain shows the
    denial, the pseudonymised text and what was left above ``route_as``."""
    report, _, _ = _cli_explain(tmp_path, capsys, f"Write to {NAME} ({EMAIL}).", KEY)
    assert report["decision"]["action"] == "deny"
    assert report["decision"]["reason"] == "redaction_insufficient"
    assert report["would_send_to"] == []
    redaction = report["redaction"]
    assert redaction["confirmed"] is False and redaction["sent_level"] is None
    assert redaction["left"]["level"] == "confidential"
    assert [f["type"] for f in redaction["left"]["findings"]] == ["pii.email"]
    (text,) = redaction["texts"]
    left = redaction["left"]["findings"][0]
    assert text["text"][left["start"] : left["end"]] == EMAIL
    assert any("above internal" in step["why"] for step in report["decision"]["trace"])


def test_cli_explain_of_a_plain_route_has_no_redaction(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A request no redact rule matches is explained as before, without a redaction section."""
    report, _, err = _cli_explain(tmp_path, capsys, "What is the capital of Portugal?", None)
    assert report["decision"]["action"] == "route" and "redaction" not in report
    assert err == ""


async def _explain(stack: Stack, body: dict[str, Any]) -> tuple[int, dict[str, Any]]:
    async with (
        aiohttp.ClientSession() as session,
        session.post(f"{stack.url}/sovproxy/v1/explain", json=body) as resp,
    ):
        return resp.status, orjson.loads(await resp.read())


async def test_the_endpoint_shows_exactly_what_the_backend_then_receives(
    redact_tiers: Stack,
) -> None:
    """``POST /sovproxy/v1/explain`` sends nothing and shows the body the hyperscaler receives
    when the same request is then really made (same key, same pseudonyms)."""
    body = _chat(f"Draft a letter to {NAME} about IBAN {IBAN}.")
    status, report = await _explain(redact_tiers, {"path": "/v1/chat/completions", "body": body})
    assert status == 200, report
    assert all(not redact_tiers.sim(name).received for name in redact_tiers.upstreams)
    assert report["redaction"]["counts"] == {"financial.iban": 1, "pii.person_name": 1}
    assert report["redaction"]["key"].startswith("redaction.key: the pseudonyms are the ones")
    async with openai.AsyncOpenAI(
        base_url=redact_tiers.base_url, api_key="t", max_retries=0
    ) as client:
        await client.chat.completions.create(**body)
    (received,) = redact_tiers.sim("us-hyperscaler").received
    sent = received.json()["messages"]
    assert sent == report["redaction"]["body"]["messages"]
    assert _pseudonym("pii.person_name", NAME) in sent[0]["content"]
    assert report["would_send_to"][0]["backend"] == "us-hyperscaler"


async def test_the_endpoint_reports_a_denied_redaction(redact_tiers: Stack) -> None:
    """What is left above ``route_as`` is a denial in explain too, with its reason."""
    body = _chat(f"Write to {NAME} ({EMAIL}).")
    status, report = await _explain(redact_tiers, {"body": body})
    assert status == 200
    assert report["decision"]["reason"] == "redaction_insufficient"
    assert report["redaction"]["left"]["level"] == "confidential"
    assert NAME not in orjson.dumps(report).decode()
    assert all(not redact_tiers.sim(name).received for name in redact_tiers.upstreams)


async def test_an_anthropic_request_is_explained_with_its_system_prompt_pseudonymised(
    redact_tiers: Stack,
) -> None:
    """A Messages body: the name is replaced in the system prompt and the turn alike."""
    body = {
        "model": "chat",
        "max_tokens": 100,
        "system": f"You write letters for our client {NAME}.",
        "messages": [{"role": "user", "content": f"Remind {NAME} of IBAN {IBAN}."}],
    }
    status, report = await _explain(redact_tiers, {"path": "/v1/messages", "body": body})
    assert status == 200, report
    person = _pseudonym("pii.person_name", NAME)
    sent = report["redaction"]["body"]
    assert sent["system"] == f"You write letters for our client {person}."
    assert sent["messages"][0]["content"].startswith(f"Remind {person} of IBAN [IBAN_")
    assert report["decision"]["action"] == "redact_then_route"
    assert {part["part"] for part in report["redaction"]["texts"]} >= {"system"}
