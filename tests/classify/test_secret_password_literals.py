"""Passwords written with underscores and a digit (issue 11, family 5): a literal when said in
prose or assigned in a shell or .env line ("export PGPASSWORD=mypg_pw_2024"), a variable when
assigned in code ("password = user_password"); a reference to a variable is not a value.
"""

from __future__ import annotations

import pytest

from proxy.classify import classify_text

PASSWORD = "secret.password"
FOUND = [
    ("export PGPASSWORD=mypg_pw_2024", "mypg_pw_2024"),
    ("DB_PASSWORD=app_secret_42", "app_secret_42"),
    ("La contraseña del router es Gato_Negro_12", "Gato_Negro_12"),
    ("Das Passwort ist Blauer_Hund_7", "Blauer_Hund_7"),
    ("PASSWORD=$ecr3tPa55", "$ecr3tPa55"),  # a dollar sign inside a literal, not a variable
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
]


@pytest.mark.parametrize("text", NOT_FOUND)
def test_variable_is_not_a_password(text: str) -> None:
    """Names of variables and references to them are no passwords."""
    assert not [f for f in classify_text(text).findings if f.type == PASSWORD], text
