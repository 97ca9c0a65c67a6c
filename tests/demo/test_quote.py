"""The demo simulators quote the pseudonyms of the last user turn back, with the drift models
show, so the restore is visible; the quote is what the proxy's Restorer puts the values back in."""

from __future__ import annotations

import pytest

from proxy.demo.quote import answer, last_user_text, pieces, quoted
from proxy.redact.pseudonyms import Pseudonymiser
from proxy.redact.restore import Restorer

NAME, OTHER, IBAN = "Katarzyna Nowak", "Jan de Vries", "DE74 2605 0001 0081 2745 63"


def _issuer() -> Pseudonymiser:
    return Pseudonymiser(b"demo-quote-test-key-0123", "acme")


@pytest.mark.parametrize(
    ("body", "text"),
    [
        (
            {"messages": [{"role": "user", "content": "a"}, {"role": "assistant", "content": "b"}]},
            "a",
        ),
        ({"messages": [{"role": "user", "content": [{"type": "text", "text": "c"}]}]}, "c"),
        ({"input": "d"}, "d"),
        ({"input": [{"role": "user", "content": [{"type": "input_text", "text": "e"}]}]}, "e"),
        ({"prompt": "f"}, "f"),
        ({"prompt": ["g", "h"]}, "g\nh"),
        ({"messages": [{"role": "system", "content": "s"}]}, ""),
    ],
)
def test_the_last_user_turn_of_every_api_shape(body: dict[str, object], text: str) -> None:
    """Chat, Messages, Responses and completions bodies: the last user turn's text."""
    assert last_user_text(body) == text


def test_the_quote_drifts_as_models_do_and_the_restorer_takes_it_back() -> None:
    """Verbatim, lower-cased, unbracketed and id-less forms all appear, and every one is
    restored to its value by the proxy's Restorer."""
    issuer = _issuer()
    person, other = issuer.issue("pii.person_name", NAME), issuer.issue("pii.person_name", OTHER)
    iban = issuer.issue("financial.iban", IBAN)
    sentence = quoted(f"Write to {person} and {other} about {iban}, {person}.")
    lowered = "[person_" + other.split("_")[1]
    bare = iban.strip("[]")
    assert sentence == (
        f"You mentioned {person}, {lowered} and {bare}. Regarding [IBAN]: here is my draft."
    )
    restorer = Restorer(issuer.issued)
    assert restorer.text(sentence) == (
        f"You mentioned {NAME}, {OTHER} and {IBAN}. Regarding {IBAN}: here is my draft."
    )
    assert not restorer.unrestored


def test_a_single_person_is_named_without_its_id() -> None:
    """With one person among other single values, the id-less form is ``[PERSON]``."""
    issuer = _issuer()
    text = f"{issuer.issue('financial.iban', IBAN)} of {issuer.issue('pii.person_name', NAME)}"
    assert quoted(text).endswith("Regarding [PERSON]: here is my draft.")


def test_without_pseudonyms_the_reply_is_unchanged() -> None:
    """A turn without pseudonyms gets the simulator's reply as it always did."""
    body = {"messages": [{"role": "user", "content": "What is the capital of Portugal?"}]}
    assert answer("The reply.", body) == "The reply."


def test_only_the_last_user_turn_is_quoted() -> None:
    """Pseudonyms of earlier turns and of the system prompt are not quoted."""
    person = _issuer().issue("pii.person_name", NAME)
    body = {
        "messages": [
            {"role": "system", "content": f"About {person}."},
            {"role": "user", "content": "Hello"},
        ]
    }
    assert answer("R.", body) == "R."


def test_a_stream_splits_every_pseudonym_across_two_pieces() -> None:
    """The pieces rejoin to the text, and no piece holds a whole pseudonym."""
    issuer = _issuer()
    text = answer("R.", {"input": f"{issuer.issue('pii.person_name', NAME)} owes us."})
    parts = pieces(text)
    assert "".join(parts) == text
    assert all("[PERSON_" not in part or "]" not in part for part in parts)
    assert any(part.endswith("[PERSON_") or part.startswith("[PER") for part in parts)


def test_a_reply_that_names_pseudonyms_itself_is_said_as_scripted() -> None:
    """A test that scripts the model's answer with pseudonyms gets exactly that answer."""
    person = _issuer().issue("pii.person_name", NAME)
    scripted = f"Dear {person}, noted."
    assert answer(scripted, {"input": f"Write to {person}."}) == scripted
