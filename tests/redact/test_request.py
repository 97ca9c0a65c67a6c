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


def test_a_short_piece_is_replaced_where_found_not_everywhere(classifier: Classifier) -> None:
    """An IBAN split across parts leaves a one-character piece ("1"): it is replaced in its
    part only — the model name, the ids and the other digits are left alone."""
    iban = "DE02 3704 0044 0532 0131 11"
    body = {
        "model": "gpt-4.1",
        "messages": [
            {
                "role": "user",
                "content": [
                    {"type": "text", "text": f"Please pay to IBAN {iban[:-1]}"},
                    {"type": "text", "text": f"{iban[-1]} today, call_1 and version 1.1"},
                ],
            }
        ],
    }
    redaction = _redact(classifier, body, ["financial.*"])
    sent = redaction.body
    assert sent["model"] == "gpt-4.1"
    second = sent["messages"][0]["content"][1]["text"]
    assert second.startswith("[IBAN_") and second.endswith("] today, call_1 and version 1.1")
    assert iban[:-1].encode() not in redaction.raw


def test_zero_width_and_fullwidth_spellings_share_the_plain_pseudonym() -> None:
    """What a reader reads decides: a value hidden with zero-width spaces or written in
    fullwidth digits is the plain value, so it gets the plain value's pseudonym."""
    iban = "DE02 3704 0044 0532 0131 11"
    hidden = "\u200b".join(iban)
    wide = iban.translate({ord(d): ord(d) + 0xFEE0 for d in "0123456789"})
    issuer = Pseudonymiser(KEY, "t")
    plain = issuer.issue("financial.iban", iban)
    assert Pseudonymiser(KEY, "t").issue("financial.iban", hidden) == plain
    assert Pseudonymiser(KEY, "t").issue("financial.iban", wide) == plain
    assert normalise("pii.person_name", "So\u00adphie\u200d Martin") == "sophie martin"


def test_a_number_inside_json_arguments_is_refused() -> None:
    """Tool-call arguments that hold the value as a JSON number cannot be rewritten without
    breaking them: refused (the caller denies), as for a number in a tool_use input."""
    texts = [TextPart("messages[0].content", "PESEL 44051401458")]
    finding = Finding("pii.national_id", "pl.pesel", 6, 17, texts[0].part)
    call = {"id": "c", "type": "function", "function": {"name": "f", "arguments": ""}}
    call["function"]["arguments"] = '{"pesel": 44051401458}'  # type: ignore[index]
    body = {
        "messages": [
            {"role": "user", "content": texts[0].text},
            {"role": "assistant", "tool_calls": [call]},
        ]
    }
    with pytest.raises(RedactionIncomplete):
        redact_body(body, texts, [finding], KEY, "t")


def test_a_value_inside_a_protocol_word_is_refused() -> None:
    """Protocol words (model, role, type) are never rewritten; a value inside one would be
    sent as it is, so the redaction is refused rather than sent."""
    texts = [TextPart("messages[0].content", "Ask Mini about it")]
    body = {"model": "gpt-4o-Mini", "messages": [{"role": "user", "content": texts[0].text}]}
    found = Finding("pii.person_name", None, 4, 8, texts[0].part)
    with pytest.raises(RedactionIncomplete):
        redact_body(body, texts, [found], KEY, "t")


@pytest.mark.parametrize("key", [b"k" * 32, b"x" * 100, b"sixteen-chars-ok"])
def test_the_id_is_the_start_of_the_base32_hmac_sha256(key: bytes) -> None:
    """Ids are what the README says: HMAC-SHA256 under the key, RFC 4648 base32, lower case."""
    import base64
    import hashlib
    import hmac

    from proxy.redact.pseudonyms import ID_LEN, normalise, pseudonym_id

    message = "\x1f".join(("0", "acme", "pii.email", normalise("pii.email", "A@b.example")))
    digest = hmac.new(key, message.encode(), hashlib.sha256).digest()
    expected = base64.b32encode(digest).decode().lower()[:ID_LEN]
    assert pseudonym_id(key, "acme", "pii.email", "A@b.example") == expected


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("Please email Jadwiga", " Szelągowska about the lease."),  # one word per part
        ("Please email Jadwiga Szelą", "gowska about the lease."),  # cut inside the surname
    ],
)
def test_a_name_split_across_content_parts_leaves_no_piece(
    classifier: Classifier, first: str, second: str
) -> None:
    """A given name found in one content part and the rest of the name in the next: both
    pieces are pseudonymised (the surname alone in the second part is no name to a scan of
    that part, and was sent before)."""
    content = [{"type": "text", "text": first}, {"type": "text", "text": second}]
    body = {"model": "m", "messages": [{"role": "user", "content": content}]}
    redaction = _redact(classifier, body, ["pii.person_name"])
    sent = orjson.dumps(redaction.body).decode()
    assert "Jadwiga" not in sent and "gowska" not in sent and "Szel" not in sent
    assert "about the lease." in sent
