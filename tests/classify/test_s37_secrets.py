"""Thirty-seventh session: a password after the English contraction "password's", and a key
named by its provider ("Clé Mistral :", "my mistral key is", "Groq-Key:"), whose value has no
prefix of its own. A possessive before a noun, a placeholder or a reference is none.

Rows are written here; none is copied from a probe or the recall set.
"""

from __future__ import annotations

import pytest

from proxy.classify import Classifier
from tests.found import found

FOUND = [
    (
        "the wifi's CottageNet and the password's Heron&Moss2031, all caps H",
        "secret.password",
        "Heron&Moss2031",
    ),
    ("guest password's kettle-river-58", "secret.password", "kettle-river-58"),
    (
        "Clé Mistral : Qm7TzP2vXc9LrW4aHs8dKj3nYb6FgE1u",
        "secret.api_key",
        "Qm7TzP2vXc9LrW4aHs8dKj3nYb6FgE1u",
    ),
    (
        "my mistral key is Qm7TzP2vXc9LrW4aHs8dKj3nYb6FgE1u but it returns 401",
        "secret.api_key",
        "Qm7TzP2vXc9LrW4aHs8dKj3nYb6FgE1u",
    ),
    (
        "Groq-Key: Qm7TzP2vXc9LrW4aHs8dKj3nYb6FgE1u",
        "secret.api_key",
        "Qm7TzP2vXc9LrW4aHs8dKj3nYb6FgE1u",
    ),
    (
        "Chiave Cohere = Qm7TzP2vXc9LrW4aHs8dKj3nYb6FgE1u",
        "secret.api_key",
        "Qm7TzP2vXc9LrW4aHs8dKj3nYb6FgE1u",
    ),
]

NOT_FOUND = [
    ("the password's length must be at least 12", "secret.password"),
    ("the password's hash is stored with argon2id", "secret.password"),
    ("the mistral key is stored in vault_secret_mistral_prod", "secret.api_key"),
    ("Mistral key: your-mistral-api-key-here", "secret.api_key"),
    ("Which Mistral key tier gives 32k context?", "secret.api_key"),
]


@pytest.mark.parametrize(("text", "kind", "value"), FOUND)
def test_the_value_is_a_secret(classifier: Classifier, text: str, kind: str, value: str) -> None:
    """The value is a finding of its kind."""
    assert found(classifier, text, kind) == [value]


@pytest.mark.parametrize(("text", "kind"), NOT_FOUND)
def test_no_value_no_secret(classifier: Classifier, text: str, kind: str) -> None:
    """No finding of the kind."""
    assert found(classifier, text, kind) == []
