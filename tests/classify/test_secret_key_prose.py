"""API keys given in prose or after a spaced key name, in the seven languages (issue 11,
family 5): "the api key is …", "mistral api key: …", "la clé API est …", "Mein API-Schlüssel:
…". Words and variable names said in prose stay public.
"""

from __future__ import annotations

import pytest

from tests.found import classify_text

KEY = "Vq7Lm2Xp9Rt4Kw8Zb3Nd6Hs1Jf5Gc0Ty"
FOUND = [
    f"mistral api key: {KEY}",
    f"the api key is {KEY}",
    f"my access token is {KEY}",
    f"la clé API est {KEY}",
    f"Mein API-Schlüssel: {KEY}",
    f"la chiave API è {KEY}",
    f"mi clave API es {KEY}",
    f"mijn API-sleutel is {KEY}",
    f"mój klucz API: {KEY}",
]


@pytest.mark.parametrize("text", FOUND)
def test_key_in_prose_is_found(text: str) -> None:
    """The value is an API key finding over exactly the value."""
    found = [
        text[f.start : f.end] for f in classify_text(text).findings if f.type == "secret.api_key"
    ]
    assert found == [KEY], text


NOT_FOUND = [
    "The API key is stored in the environment variable MISTRAL_API_KEY",
    "the secret key is generated_per_session_2024",  # words joined in prose
    "the token is refreshed every 3600 seconds",
    "la clé API est stockée dans la variable MISTRAL_API_KEY",
    "API key: <your-api-key-here>",
]


@pytest.mark.parametrize("text", NOT_FOUND)
def test_prose_about_keys_is_not_a_key(text: str) -> None:
    """Sentences about keys, and placeholders, are no keys."""
    assert not [f for f in classify_text(text).findings if f.type == "secret.api_key"], text
