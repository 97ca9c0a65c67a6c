"""Restoring a text that arrives in pieces gives exactly the restored whole, whatever the cuts."""

from __future__ import annotations

import itertools

from hypothesis import given, settings
from hypothesis import strategies as st

from proxy.redact.pseudonyms import Issued, Pseudonymiser
from proxy.redact.restore import Restorer

KEY = b"r" * 32
VALUES = [
    ("pii.person_name", "Sophie Martin"),
    ("pii.person_name", 'Zoë "Zed" Ñúñez\\'),
    ("pii.email", "sophie.martin@example.fr"),
    ("financial.iban", "FR76 3000 4000 0312 3456 7890 143"),
]


def _issue(tenant: str, values: list[tuple[str, str]]) -> tuple[Issued, ...]:
    pseudonymiser = Pseudonymiser(KEY, tenant)
    for finding_type, value in values:
        pseudonymiser.issue(finding_type, value)
    return pseudonymiser.issued


OURS = _issue("acme", VALUES)
#: The same values pseudonymised for another tenant: other ids, never ours to restore.
THEIRS = _issue("globex", VALUES)
#: Only one EMAIL and one IBAN were issued: ``[EMAIL]`` and ``[IBAN]`` name them.
SINGLES = [item for item in OURS if item.label in ("EMAIL", "IBAN")]


def _drift(item: Issued, how: int, suffix: str) -> str:
    """One of the forms models write a pseudonym in."""
    label, ident = item.label, item.id
    forms = [
        f"[{label}_{ident}]",
        f"[{label.lower()}_{ident.upper()}]",
        f"{label}_{ident}]",
        f"[{label}_{ident}",
        f"{label}_{ident}",
        f"[{label.capitalize()}_{ident}]",
    ]
    return forms[how % len(forms)] + suffix


_SUFFIXES = st.sampled_from(["", "s", "'s", "owi", "em", "."])
_OURS = st.builds(_drift, st.sampled_from(OURS), st.integers(0, 5), _SUFFIXES)
_SINGLE = st.builds(lambda item: f"[{item.label}]", st.sampled_from(SINGLES))
_THEIRS = st.builds(_drift, st.sampled_from(THEIRS), st.integers(0, 5), _SUFFIXES)
#: Text that looks like pieces of pseudonyms without being one.
#: (with the two non-ASCII letters case-insensitive matching takes for ``s`` and ``k``).
_NOISE = st.text(alphabet='[]_ PERSONmailIBANxyz2"\\\né\u017f\u212a', max_size=12)
_PLAIN = st.sampled_from(["Dear ", " and ", "PERSON", "[PERS", "_", "Per", " the IBAN ", "[", "]"])
_ANSWERS = st.lists(st.one_of(_OURS, _SINGLE, _THEIRS, _NOISE, _PLAIN), max_size=12).map("".join)


def _streamed(restorer: Restorer, pieces: list[str], json_escaped: bool) -> str:
    stream = restorer.stream(json_escaped=json_escaped)
    return "".join(stream.feed(piece) for piece in pieces) + stream.flush()


def _cut(text: str, offsets: list[int]) -> list[str]:
    bounds = [0, *sorted({o % (len(text) + 1) for o in offsets}), len(text)]
    return [text[a:b] for a, b in itertools.pairwise(bounds)]


@settings(max_examples=300, deadline=None)
@given(_ANSWERS, st.booleans())
def test_every_single_cut_gives_the_restored_whole(answer: str, json_escaped: bool) -> None:
    """Cut in two at every offset, the stream restores to exactly the whole text restored, with
    the same counts of restored and unrestored pseudonyms."""
    whole = Restorer(OURS)
    expected = whole.text(answer, json_escaped=json_escaped)
    for offset in range(len(answer) + 1):
        restorer = Restorer(OURS)
        pieces = [answer[:offset], answer[offset:]]
        assert _streamed(restorer, pieces, json_escaped) == expected
        assert restorer.restored == whole.restored
        assert restorer.unrestored == whole.unrestored


@settings(max_examples=300, deadline=None)
@given(_ANSWERS, st.lists(st.integers(0, 10_000), max_size=20), st.booleans())
def test_random_cuts_and_one_character_pieces_give_the_restored_whole(
    answer: str, offsets: list[int], json_escaped: bool
) -> None:
    """Many cuts, and a piece per character, restore the same as the whole."""
    expected = Restorer(OURS).text(answer, json_escaped=json_escaped)
    assert _streamed(Restorer(OURS), _cut(answer, offsets), json_escaped) == expected
    assert _streamed(Restorer(OURS), list(answer), json_escaped) == expected


@settings(max_examples=300, deadline=None)
@given(st.lists(st.one_of(_THEIRS, _NOISE, _PLAIN), max_size=12).map("".join))
def test_another_tenants_pseudonyms_are_never_restored(answer: str) -> None:
    """Pseudonyms issued to another tenant for the very same values come back as written."""
    restorer = Restorer(OURS)
    out = _streamed(restorer, list(answer), False)
    assert out == answer
    assert restorer.restored == {}
    assert not any(value in out for _, value in VALUES)


def test_drifted_forms_restore_and_keep_their_endings() -> None:
    """The drift models show is restored; the inflection after the token is kept."""
    sophie, _, email, _ = OURS
    restorer = Restorer(OURS)
    answer = (
        f"{_drift(sophie, 1, 's')} mail {_drift(email, 4, '')}, "
        f"[IBAN] and [PERSON] and person_{sophie.id}."
    )
    out = _streamed(restorer, list(answer), False)
    assert out == (
        "Sophie Martins mail sophie.martin@example.fr, "
        "FR76 3000 4000 0312 3456 7890 143 and [PERSON] and Sophie Martin."
    )
    assert restorer.restored == {"pii.person_name": 2, "pii.email": 1, "financial.iban": 1}


def test_json_escaped_stream_writes_escaped_values() -> None:
    """In tool-call arguments a value with quotes and backslashes is written JSON-escaped."""
    zoe = OURS[1]
    restorer = Restorer(OURS)
    answer = '{"name": "' + zoe.pseudonym + '"}'
    out = _streamed(restorer, [answer[:13], answer[13:20], answer[20:]], True)
    assert out == '{"name": "Zoë \\"Zed\\" Ñúñez\\\\"}'
