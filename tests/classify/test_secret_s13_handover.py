"""Credentials handed over in prose and code (issue 13): a password or a code after a few words
about what it opens ("der Code für das Türschloss ist …"), after an adjective ("hasło startowe
…"), a login given as "user / password" after a copula, and provider keys that travel in code
(a Twilio account SID and its auth token, Mailgun, Google OAuth client secrets, a service
account's ``private_key_id``).

Rows are written by hand for these tests. A positive row names the value found; a negative row
must give no finding of the type.
"""

from __future__ import annotations

import pytest

from proxy.classify import Classifier
from proxy.classify.taxonomy import TextPart
from tests.found import found

PASSWORD = "secret.password"
API_KEY = "secret.api_key"

PASSWORDS = [
    ("the door code for the server room is 27Bx#9qa", "27Bx#9qa"),
    ("Reminder: the alarm code at the warehouse is now Qv4!71zz.", "Qv4!71zz"),
    ("pour le local vélo, le code c'est 5Rt#88pm", "5Rt#88pm"),
    ("le code du coffre de l'accueil est Hq9$2wLe, ne le note nulle part", "Hq9$2wLe"),
    ("der Code für das Türschloss im Keller ist Hx3$99pq", "Hx3$99pq"),
    ("das Passwort für den Drucker im 2. Stock lautet Drucker#Blau7", "Drucker#Blau7"),
    ("das Initialpasswort lautet Start#2024xy", "Start#2024xy"),
    ("VPN-Zugang für die Aushilfe mit Tanne&Berg61", "Tanne&Berg61"),
    ("il codice del cancello carrabile è 4B7!x9", "4B7!x9"),
    ("utente lbianchi, password provvisoria Gt6#kw2Pz, da cambiare", "Gt6#kw2Pz"),
    ("el código de la alarma del almacén es 7Tq#20zz", "7Tq#20zz"),
    ("la contraseña de la red de invitados del hotel es Sardina%Mar_19", "Sardina%Mar_19"),
    ("de code van de kluis op kantoor is Kx8#19qa", "Kx8#19qa"),
    ("kod do drzwi magazynu to 7Xq!29ab", "7Xq!29ab"),
    ("konto mkowal, hasło startowe Zima2024!x, zmień po zalogowaniu", "Zima2024!x"),
    ("mot de passe provisoire Kp9#lmQ2 pour la première connexion", "Kp9#lmQ2"),
    ("the login for the test rig is admin / Tr0ub4dor&3", "admin / Tr0ub4dor&3"),
    ("Die Zugangsdaten lauten root / Kiefer!2023", "root / Kiefer!2023"),
]
NOT_PASSWORDS = [
    "the code is simple and readable",
    "the error code is E1234, see the manual",
    "the status code is 404",
    "our code is open source under the MIT licence",
    "the discount code for the fair is SPRING-2024",
    "le code postal de la mairie est 54000",
    "der Code ist in Python3 geschrieben",
    "il codice fiscale dell'azienda è nel contratto",
    "el código de la versión es v2.1.3-beta",
    "de code staat op GitHub: https://github.com/acme/tool",
    "kod źródłowy jest w repozytorium",
    "the access log shows user1@example.org at 10:42",
    "la contraseña de la oficina es segura y larga",
    "the password for the account you created must be at least 12 characters",
    "password temporanea scaduta, chiedi un reset",
    "if code != 200: retry(3)",
    "access token lifetime is 3600 seconds",
]
KEYS = [
    (
        'client = Client("AC2f9e1b7c4d5a6b7c8d9e0f1a2b3c4d5e", "7d3c9a1f0b2e4d6c8a0f1e3d5c7b9a2f")',
        ["AC2f9e1b7c4d5a6b7c8d9e0f1a2b3c4d5e", "7d3c9a1f0b2e4d6c8a0f1e3d5c7b9a2f"],
    ),
    (
        'MAILGUN_KEY = "key-3f9e1b2c4d5a6b7c8d9e0f1a2b3c4d5e"',
        ["key-3f9e1b2c4d5a6b7c8d9e0f1a2b3c4d5e"],
    ),
    (
        'flow = Flow.from_client_config(cfg, "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")',
        ["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"],
    ),
    (
        '  "private_key_id": "5c1e9a0d3b7f2e4a6c8d0b1f3e5a7c9d2b4f6e8a",',
        ["5c1e9a0d3b7f2e4a6c8d0b1f3e5a7c9d2b4f6e8a"],
    ),
]
KEYS += [
    (
        'auth = "0f2e4d6c8a1b3c5d7e9f1a2b4c6d8e0f"\nsid = "AC0f1e2d3c4b5a69788796a5b4c3d2e1f0"',
        ["0f2e4d6c8a1b3c5d7e9f1a2b4c6d8e0f", "AC0f1e2d3c4b5a69788796a5b4c3d2e1f0"],
    ),
    ("export NEW_RELIC_API=NRAK-7Q2W9E4R1T6Y3U8I5O0P2A7S4D9", ["NRAK-7Q2W9E4R1T6Y3U8I5O0P2A7S4D9"]),
    (
        "pulumi login with pul-3c5e7a9b1d2f4a6c8e0b2d4f6a8c0e2b4d6f8a1c",
        ["pul-3c5e7a9b1d2f4a6c8e0b2d4f6a8c0e2b4d6f8a1c"],
    ),
    (
        "sb link --token sbp_9e8d7c6b5a4f3e2d1c0b9a8f7e6d5c4b3a2f1e0d",
        ["sbp_9e8d7c6b5a4f3e2d1c0b9a8f7e6d5c4b3a2f1e0d"],
    ),
]
NOT_KEYS = [
    "md5 checksum 3f9e1b2c4d5a6b7c8d9e0f1a2b3c4d5e for the release tarball",
    "commit 9b8a7c6d5e4f3a2b1c0d9e8f7a6b5c4d3e2f1a0b fixed the build",
    "AC power adapter model AC12 for the laptop",
]


@pytest.mark.parametrize(("text", "value"), PASSWORDS)
def test_a_password_handed_over_in_prose_is_found(
    classifier: Classifier, text: str, value: str
) -> None:
    """The value after the cue, its words and a linking word (or an adjective) is found."""
    assert found(classifier, text, PASSWORD) == [value]


@pytest.mark.parametrize("text", NOT_PASSWORDS)
def test_codes_and_accesses_without_a_secret_value_are_no_passwords(
    classifier: Classifier, text: str
) -> None:
    """Everyday codes, versions, links, rules and code: no password, and no error."""
    assert found(classifier, text, PASSWORD) == []
    assert classifier.classify([TextPart("text", text)]).error is None


@pytest.mark.parametrize(("text", "values"), KEYS)
def test_provider_keys_in_code_are_found(
    classifier: Classifier, text: str, values: list[str]
) -> None:
    """A provider's key shape, and a Twilio auth token beside its account SID."""
    assert sorted(found(classifier, text, API_KEY)) == sorted(values)


@pytest.mark.parametrize("text", NOT_KEYS)
def test_hex_digests_alone_are_no_keys(classifier: Classifier, text: str) -> None:
    """A digest or a commit with no account SID beside it is no key."""
    assert found(classifier, text, API_KEY) == []
