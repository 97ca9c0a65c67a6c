"""Thirty-second session, from the dev half of ``fresh4.jsonl`` (rows written here): a password
given as the new one after a sentence saying it changed, in the seven languages; not a policy,
a standard or a mail that sends it.
"""

from __future__ import annotations

import pytest

from proxy.classify import Classifier
from tests.found import found

PASSWORD = "secret.password"

FOUND = [
    ("The Wi-Fi password was changed, the new one is Lantern42!Fog.", "Lantern42!Fog"),
    ("Le mot de passe de l'imprimante a changé, le nouveau est Brume77#Nord.", "Brume77#Nord"),
    ("Das WLAN-Passwort wurde geändert, das neue ist Nebel2025!Süd.", "Nebel2025!Süd"),
    ("La password del NAS è cambiata, la nuova è Vento88!Sud.", "Vento88!Sud"),
    ("La contraseña del router ha cambiado, la nueva es Niebla51!Oeste.", "Niebla51!Oeste"),
    ("Het wachtwoord van de kassa is gewijzigd, het nieuwe is Mist63!Oost.", "Mist63!Oost"),
    ("Hasło do drukarki zostało zmienione, nowe to Mgla2025!Wschod.", "Mgla2025!Wschod"),
    ("Der Türcode wurde geändert, der neue lautet 4711#Ab.", "4711#Ab"),
]

NOT_FOUND = [
    "The password policy changed, the new one is ISO-27001 based.",
    "Reset your password, the new one is sent by mail.",
    "Le mot de passe a changé, le nouveau est plus long.",
    "We store the password with bcrypt, the new one is Argon2id.",
    "The password hashing changed, the new one is PBKDF2-SHA256.",
    "Password policy updated, the new one is PCI-DSS-v4.0!",
]


@pytest.mark.parametrize(("text", "value"), FOUND)
def test_new_password_after_a_change_is_found(
    classifier: Classifier, text: str, value: str
) -> None:
    """The new value is a password finding."""
    assert value in found(classifier, text, PASSWORD)


@pytest.mark.parametrize("text", NOT_FOUND)
def test_policies_and_sentences_are_no_password(classifier: Classifier, text: str) -> None:
    """No password finding."""
    assert found(classifier, text, PASSWORD) == []
