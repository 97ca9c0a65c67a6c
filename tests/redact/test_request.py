"""Pseudonymising a request body: every occurrence of every redacted value, stable pseudonyms."""

from __future__ import annotations

from typing import Any

import orjson
import pytest

from proxy.classify.engine import Classifier
from proxy.classify.taxonomy import Finding, TextPart
from proxy.protocols.extract import extract_texts
from proxy.redact.pseudonyms import Pseudonymiser, normalise
from proxy.redact.request import RedactionIncomplete, redact_body, selected

KEY = b"k" * 32


@pytest.fixture(scope="module")
def classifier() -> Classifier:
    return Classifier()


def _redact(classifier: Classifier, body: dict[str, Any], patterns: list[str], tenant: str = "t"):
    texts, unscannable = extract_texts("chat.completions", body)
    found = classifier.classify(texts, unscannable).findings
    return redact_body(body, texts, selected(found, patterns), KEY, tenant)


def test_every_occurrence_is_replaced_also_where_no_cue_stands(classifier: Classifier) -> None:
    """The IBAN found after its cue is also replaced in the tool result and the arguments."""
    iban = "FR76 3000 4000 0312 3456 7890 143"
    body = {
        "model": "m",
        "messages": [
            {"role": "system", "content": f"Customer IBAN: {iban}"},
            {"role": "user", "content": f"Is {iban} valid?"},
            {
                "role": "assistant",
                "tool_calls": [
                    {
                        "id": "c1",
                        "type": "function",
                        "function": {
                            "name": "check",
                            "arguments": orjson.dumps({"iban": iban}).decode(),
                        },
                    }
                ],
            },
            {"role": "tool", "tool_call_id": "c1", "content": f"{iban} ok"},
        ],
    }
    redaction = _redact(classifier, body, ["financial.*"])
    assert iban.encode() not in redaction.raw
    assert redaction.replaced == 4
    (issued,) = redaction.issued
    assert issued.pseudonym.encode() in redaction.raw
    assert redaction.counts() == {"financial.iban": 1}


def test_json_arguments_with_escapes_are_redacted_decoded() -> None:
    """``Fran\\u00e7ois`` in tool arguments is the value ``François``: it is replaced too."""
    texts = [TextPart("messages[0].content", "Name: François Dupont")]
    finding = Finding("pii.person_name", None, 6, 21, "messages[0].content")
    body = {
        "messages": [
            {"role": "user", "content": "Name: François Dupont"},
            {"role": "assistant", "content": '{"who": "Fran\\u00e7ois Dupont"}'},
        ],
    }
    redaction = redact_body(body, texts, [finding], KEY, "t")
    assert "François Dupont".encode() not in redaction.raw
    assert b"Fran\\\\u00e7ois" not in redaction.raw
    assert orjson.loads(redaction.body["messages"][1]["content"]) == {
        "who": redaction.issued[0].pseudonym
    }


def test_same_value_same_pseudonym_across_turns_and_spellings_not_across_tenants() -> None:
    a, b, c = Pseudonymiser(KEY, "acme"), Pseudonymiser(KEY, "acme"), Pseudonymiser(KEY, "other")
    first = a.issue("financial.iban", "FR76 3000 4000 0312 3456 7890 143")
    assert b.issue("financial.iban", "fr7630004000031234567890143") == first
    assert c.issue("financial.iban", "FR76 3000 4000 0312 3456 7890 143") != first
    assert a.issue("pii.person_name", "Sophie  MARTIN") == b.issue(
        "pii.person_name", "sophie martin"
    )
    assert (
        Pseudonymiser(b"other-key" * 4, "acme").issue(
            "financial.iban", "FR7630004000031234567890143"
        )
        != first
    )
    assert normalise("pii.phone", "+33 (0)6 12-34-56-78") == "+33061234567" + "8"


def test_overlapping_findings_leave_no_piece(classifier: Classifier) -> None:
    text = "send to Anna Maria Lopez today"
    texts = [TextPart("messages[0].content", text)]
    found = [
        Finding("pii.person_name", None, 8, 18, "messages[0].content"),  # Anna Maria
        Finding("pii.person_name", None, 13, 24, "messages[0].content"),  # Maria Lopez
    ]
    body = {"messages": [{"role": "user", "content": text}]}
    redaction = redact_body(body, texts, found, KEY, "t")
    sent = redaction.body["messages"][0]["content"]
    assert "Anna" not in sent and "Lopez" not in sent and "Maria" not in sent
    assert sent.startswith("send to [PERSON_") and sent.endswith("] today")


def test_a_value_that_survives_is_refused() -> None:
    """A card number sent as a JSON number cannot be replaced by a string: the redaction is
    refused (the caller denies), never sent half done."""
    text = '{"card":4111111111111111}'
    texts = [TextPart("messages[1].content[0].input", text)]
    finding = Finding("financial.credit_card", None, 8, 24, texts[0].part)
    body = {
        "messages": [
            {
                "role": "assistant",
                "content": [{"type": "tool_use", "input": {"card": 4111111111111111}}],
            }
        ]
    }
    with pytest.raises(RedactionIncomplete):
        redact_body(body, texts, [finding], KEY, "t")


def test_selected_matches_types_and_subtypes() -> None:
    found = [
        Finding("pii.national_id", "fr.nir", 0, 1),
        Finding("pii.email", None, 0, 1),
        Finding("health", None, 0, 1),
    ]
    assert [f.type for f in selected(found, ["pii.national_id.fr.*"])] == ["pii.national_id"]
    assert [f.type for f in selected(found, ["pii.*"])] == ["pii.national_id", "pii.email"]
    assert selected(found, ["financial.*"]) == []
