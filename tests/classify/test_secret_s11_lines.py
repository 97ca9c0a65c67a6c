"""Passwords of several words on a keyword line (issue 11, family 5: "values with spaces … in
keyword lines"): "Passwort: Sommer Sonne 2024", "hasło: kot w butach 5", "wifi password: Blue
Tiger 77". The whole value is the finding, not its first word.

Rows are written by hand for these tests. A positive row names the password found; a negative
row must give no password.
"""

from __future__ import annotations

import pytest

from proxy.classify import Classifier
from proxy.classify.taxonomy import TextPart
from tests.found import found

PASSWORD = "secret.password"

FOUND = [
    ("Passwort: Sommer Sonne 2024", "Sommer Sonne 2024"),
    ("password = hunter two 42", "hunter two 42"),
    ("password: my secret 2024!", "my secret 2024!"),
    ("hasło: kot w butach 5", "kot w butach 5"),
    ("wifi password: Blue Tiger 77", "Blue Tiger 77"),
    ("- Kennwort: Roter Apfel 19", "Roter Apfel 19"),
    ("server: db01\nuser: admin\npassword: Tram Halte 8!\n", "Tram Halte 8!"),
    ("contraseña: gato negro 33", "gato negro 33"),
    ("passphrase: my dog 7", "my dog 7"),  # a short first word after a passphrase word
    ("password: Xy7!abc9 # root", "Xy7!abc9"),  # one strong token: the comment is no part
    ("Hasło: YYXCKc69%UuD Dziękuję za odpowiedź.", "YYXCKc69%UuD"),
]
NOT_FOUND = [
    "Password: at least 8 characters",
    "Password: 8 characters minimum",
    "Password: see wiki page 2",
    "Password: reset link sent 2 days ago",
    "Passwort: ist abgelaufen seit 2 Tagen",
    "Mot de passe : a expiré il y a 2 jours",
    "password: everything above moved only once",
    "password = get_password(user, 2)",
    "The password: ok",
    "user: admin, password: ab",
    "Password: 2 attempts left",
    "password: 4 digits only",
    "password: 8+ characters",
    "password: Q1 2024 report",
    "password: TBD 2024",
    "passphrase: The passphrase that protects the key.",
    "Args:\n    passphrase: An optional passphrase for the key file.",
]


@pytest.mark.parametrize(("text", "value"), FOUND)
def test_a_value_of_several_words_on_a_keyword_line_is_a_password(
    classifier: Classifier, text: str, value: str
) -> None:
    """The value runs to the end of the line."""
    assert found(classifier, text, PASSWORD) == [value]


@pytest.mark.parametrize("text", NOT_FOUND)
def test_policies_messages_and_code_are_no_passwords(classifier: Classifier, text: str) -> None:
    """A rule, a reference, a message, a sentence or a call: no password, and no error."""
    assert found(classifier, text, PASSWORD) == []
    assert classifier.classify([TextPart("text", text)]).error is None
