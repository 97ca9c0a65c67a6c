"""Passwords written with underscores and a digit (issue 11, family 5): a literal when said in
prose or assigned in a shell or .env line ("export PGPASSWORD=mypg_pw_2024"), a variable when
assigned in code ("password = user_password"); a reference to a variable is not a value. In
quotes, or after a password word of prose ("hasło: …"), such a value is a literal.
"""

from __future__ import annotations

import pytest

from tests.found import classify_text

PASSWORD = "secret.password"
FOUND = [
    ("export PGPASSWORD=mypg_pw_2024", "mypg_pw_2024"),
    ("DB_PASSWORD=app_secret_42", "app_secret_42"),
    ("La contraseña del router es Gato_Negro_12", "Gato_Negro_12"),
    ("Das Passwort ist Blauer_Hund_7", "Blauer_Hund_7"),
    ("PASSWORD=$ecr3tPa55", "$ecr3tPa55"),  # a dollar sign inside a literal, not a variable
    # quoted: a string literal in code, JSON or YAML, not a variable's name
    ('{"password": "tide_pool_2031"}', "tide_pool_2031"),
    ('db_password = "orchard_77"', "orchard_77"),
    ("SMTP_PASSWORD='relay_pw_2025'", "relay_pw_2025"),
    # a password word of prose names no variable ("hasło", "Passwort", "mot de passe")
    ("hasło: zielony_most_8", "zielony_most_8"),
    ("Passwort: kalte_sonne_3", "kalte_sonne_3"),
    ("mot de passe : pont_rouge_5", "pont_rouge_5"),
    ("il codice del wifi è lago-verde-2030", "lago-verde-2030"),
]


@pytest.mark.parametrize(("text", "value"), FOUND)
def test_literal_password_is_found(text: str, value: str) -> None:
    """The value is found as a password, over exactly the value."""
    result = classify_text(text)
    assert [text[f.start : f.end] for f in result.findings if f.type == PASSWORD] == [value]


NOT_FOUND = [
    "password = user_password",  # a variable
    "password = pw_2",  # code assigns variables with spaces around "="
    "DB_PASSWORD = os_env_1",
    "self.password = get_pw_2()",
    "the password is user_pass",
    "PASSWORD=$DB_PASS_2",  # a shell variable
    "password: ${db_pass}",
    "set PASSWORD=%DB_PASS_2%",
    '{"password": "password_2"}',  # names the field, not its value
    'password: "{db_password_1}"',  # a format field
    'password = "${DB_PASS_1}"',
    "pwd: db_pass_1",  # an English password word may name a variable in code
    'password = os.environ["db_pw_1"]',
    # review: identifiers, UI texts, references and placeholders in quotes or after "Passwort:"
    '"password": "login_form_v2"',
    'password: "pw_field_2"',
    '"password": "reset_password_step_2"',
    '"password": "change_me_123"',
    "Passwort: siehe_wiki_2",
    "hasło: pole_formularza_1",
]


@pytest.mark.parametrize("text", NOT_FOUND)
def test_variable_is_not_a_password(text: str) -> None:
    """Names of variables and references to them are no passwords."""
    assert not [f for f in classify_text(text).findings if f.type == PASSWORD], text
