"""Thirty-eighth session: numbers written in words, as dictation and speech-to-text write them.
A phone number, a national identifier or a date of birth said word by word is found on the
words, in the seven languages; number words in ordinary prose are not.

Rows are written here; none is copied from a probe or the recall set.
"""

from __future__ import annotations

import pytest

from proxy.classify import Classifier
from proxy.classify.taxonomy import Level, TextPart
from tests.found import found

FOUND = [
    (
        "ring me back on oh seven nine double one four five two eight three six please",
        "pii.phone",
        "oh seven nine double one four five two eight three six",
    ),
    (
        "rappelez-moi au zéro six quarante et un douze cinquante-huit trente merci",
        "pii.phone",
        "zéro six quarante et un douze cinquante-huit trente",
    ),
    (
        "meine Handynummer ist null eins fünf eins zwo acht sieben drei sechs vier eins null",
        "pii.phone",
        "null eins fünf eins zwo acht sieben drei sechs vier eins null",
    ),
    (
        "il mio cellulare è tre quattro sette, due due nove, zero uno otto tre",
        "pii.phone",
        "tre quattro sette, due due nove, zero uno otto tre",
    ),
    (
        "mi móvil es seis siete nueve, treinta, cuarenta y uno, veintiocho",
        "pii.phone",
        "seis siete nueve, treinta, cuarenta y uno, veintiocho",
    ),
    (
        "bel me terug op nul zes drie een vier zeven twee acht negen vijf",
        "pii.phone",
        "nul zes drie een vier zeven twee acht negen vijf",
    ),
    (
        "mój numer to pięćset jeden osiemset osiemdziesiąt cztery dwieście trzynaście",
        "pii.phone",
        "pięćset jeden osiemset osiemdziesiąt cztery dwieście trzynaście",
    ),
    (
        "mój pesel to osiem pięć zero trzy jeden cztery pięć siedem trzy sześć osiem, dziękuję",
        "pii.national_id",
        "osiem pięć zero trzy jeden cztery pięć siedem trzy sześć osiem",
    ),
    (
        "mijn bsn is zes acht twee zeven vijf twee een zeven vier en verder niets",
        "pii.national_id",
        "zes acht twee zeven vijf twee een zeven vier",
    ),
    (
        "patiente née le douze février mille neuf cent quarante-huit, adressée pour bilan",
        "pii.date_of_birth",
        "douze février mille neuf cent quarante-huit",
    ),
    (
        "Herr Kaya, geboren am zweiten Juni neunzehnhundertneunundsechzig, klagt über",
        "pii.date_of_birth",
        "zweiten Juni neunzehnhundertneunundsechzig",
    ),
    (
        "mevrouw, geboren op elf maart negentienhonderdzevenenzestig te Delft",
        "pii.date_of_birth",
        "elf maart negentienhonderdzevenenzestig",
    ),
    (
        "nacida el catorce de julio de mil novecientos setenta y uno en Cádiz",
        "pii.date_of_birth",
        "catorce de julio de mil novecientos setenta y uno",
    ),
    (
        "call me on oh-seven-seven-double-nine-four-six-one-two-three-four-five",
        "pii.phone",
        "oh-seven-seven-double-nine-four-six-one-two-three-four-five",
    ),
    (
        "call me on\noh seven seven double nine\nfour six one two three four five",
        "pii.phone",
        "oh seven seven double nine\nfour six one two three four five",
    ),
    (
        "pacjent urodzony trzeciego marca tysiąc dziewięćset czterdziestego siódmego w Radomiu",
        "pii.date_of_birth",
        "trzeciego marca tysiąc dziewięćset czterdziestego siódmego",
    ),
    (
        "data urodzenia: dwudziestego pierwszego czerwca tysiąc dziewięćset osiemdziesiątego",
        "pii.date_of_birth",
        "dwudziestego pierwszego czerwca tysiąc dziewięćset osiemdziesiątego",
    ),
    (
        "date of birth second of may nineteen eighty four, referred for review",
        "pii.date_of_birth",
        "second of may nineteen eighty four",
    ),
]

CLEAN = [
    "one two three four, the kids counted before the race, then nineteen of them ran",
    "un deux trois soleil, on joue encore cinq minutes ?",
    "eins, zwei, drei, vier – das Lied hat vier Strophen und zwei Refrains",
    "uno dos tres cuatro cinco: así se cuenta en la clase de español",
    "een twee drie vier vijf zes zeven, alle kinderen van de hemel",
    "raz dwa trzy cztery, próba mikrofonu",
    "In nineteen eighty-four Orwell imagined a world of surveillance.",
    "La guerre de mille neuf cent quatorze a duré quatre ans.",
    "W tysiąc dziewięćset osiemdziesiątym dziewiątym roku upadł komunizm.",
    "urodziny firmy: dwudziestego maja, świętujemy w biurze",
]


@pytest.mark.parametrize(("text", "kind", "value"), FOUND)
def test_a_number_said_in_words_is_found(
    classifier: Classifier, text: str, kind: str, value: str
) -> None:
    """The words of the number are one finding of its kind."""
    assert found(classifier, text, kind) == [value]


@pytest.mark.parametrize("text", CLEAN)
def test_counting_and_years_in_prose_are_public(classifier: Classifier, text: str) -> None:
    """Number words in ordinary prose make no finding."""
    result = classifier.classify([TextPart("t", text)])
    assert result.level is Level.PUBLIC, result.findings


_DIGIT_WORDS = ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]


@pytest.mark.parametrize(
    "text",
    [
        # reading figures aloud: pi, counting; prose full of years
        "Read pi aloud: three point "
        + " ".join(_DIGIT_WORDS[(i * 7 + 3) % 9] for i in range(1400)),
        " ".join(_DIGIT_WORDS[(i * 5 + 1) % 9] for i in range(4000)),
        "It happened in nineteen eighty, they said. " * 2000,
        "we saw two one-offs. " * 4000,
    ],
    ids=["pi", "counting", "years", "one-offs"],
)
def test_text_dense_with_number_words_is_public(classifier: Classifier, text: str) -> None:
    """Number words by the thousand spend no scan budget and make no finding."""
    result = classifier.classify([TextPart("t", text)])
    assert (result.level, result.error) == (Level.PUBLIC, None)
