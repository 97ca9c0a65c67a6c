"""German articles as name particles (session 12): "das", "des", "da", "zu" and the "der" of
"von der" start a noun phrase in German text, not a surname.

A German article or preposition after a given name joins the name only before a known surname
or a surname's shape that is no everyday word or German noun; after "von" before any token but
such a word. Real names with the same particles stay found, in German text and elsewhere, and
Dutch "van der" is left alone.
"""

from __future__ import annotations

import pytest

from tests.found import classify_text

PERSON = "pii.person_name"


def _names(text: str) -> list[str]:
    """The person names found in ``text``."""
    return [text[f.start : f.end] for f in classify_text(text).findings if f.type == PERSON]


#: (text, the false name that must no longer be found).
ARTICLE_ROWS = [
    ("Mein Bruder Jonas das Buch gelesen", "Jonas das Buch"),
    ("Gestern hat Anna das Auto repariert.", "Anna das Auto"),
    ("Ich habe Jonas zu Hause gesehen.", "Jonas zu Hause"),
    ("Wenn Jonas da Zeit hat, kommt er mit.", "Jonas da Zeit"),
    ("Ich habe Jonas von der Arbeit abgeholt.", "Jonas von der Arbeit"),
    ("Ich habe Jonas von dem Termin erzählt.", "Jonas von dem Termin"),
    ("Ich habe Lukas von der Bank abgeholt.", "Lukas von der Bank"),
    ("Sie hat Lena des Weiteren gesagt, dass es klappt.", "Lena des Weiteren"),
    ("Ich habe mit Jonas Der Spiegel gelesen.", "Jonas Der Spiegel"),
    ("Ich habe mit Lena Das Boot gesehen.", "Lena Das Boot"),
    ("Wir haben Jonas Der Wal gezeigt.", "Jonas Der Wal"),
    ("Ich habe mit Jonas Die Zeit gelesen.", "Jonas Die"),
]


@pytest.mark.parametrize(("text", "false_name"), ARTICLE_ROWS)
def test_german_article_joins_no_name(text: str, false_name: str) -> None:
    """In German text an article or preposition after a given name is no particle."""
    assert false_name not in _names(text), text


def test_cue_still_finds_the_given_name() -> None:
    """The relation cue still finds the given name before the article."""
    assert _names("Mein Bruder Jonas das Buch gelesen") == ["Jonas"]


KEPT = [
    ("Karl-Theodor zu Guttenberg trat gestern zurück.", "Karl-Theodor zu Guttenberg"),
    ("Ursula von der Leyen sprach in Brüssel.", "Ursula von der Leyen"),
    ("Ich habe mit Heinrich von der Tann gesprochen.", "Heinrich von der Tann"),
    ("Ich habe mit Anna da Silva gesprochen.", "Anna da Silva"),
    ("Gestern kam Jonas van der Werf zu uns.", "Jonas van der Werf"),
    ("Ich habe mit Jan van der Meer gesprochen.", "Jan van der Meer"),
    ("Maria das Graças Foster was the chief executive.", "Maria das Graças"),
    ("We met Anna das Neves in Lisbon last week.", "Anna das Neves"),
    ("I met Jan van den Berg yesterday.", "Jan van den Berg"),
    ("Gli ho parlato di Marco da Ponte ieri.", "Marco da Ponte"),
]


@pytest.mark.parametrize(("text", "name"), KEPT)
def test_real_particle_names_are_kept(text: str, name: str) -> None:
    """Known surnames and surname shapes after a particle, "von der", Dutch "van der" and
    particles outside German text stay names."""
    assert name in _names(text), text


def test_italian_da_before_a_place_is_no_name() -> None:
    """Italian "da" before a known place is "from" ("Marco da Firenze" is no surname)."""
    assert "Marco da Firenze" not in _names("Ho ricevuto una lettera da Marco da Firenze.")
