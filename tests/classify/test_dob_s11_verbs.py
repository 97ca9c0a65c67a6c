"""Dates of birth given with a birth verb or a birthday word (issue 11, dates of birth in every
written form of the seven languages): the Spanish and Polish verbs ("nació el", "urodziła się"),
the German and Dutch verb at the end of the clause ("am 14.02.1979 in Graz geboren"), and the
birthday nouns ("mi cumpleaños", "moje urodziny", "mon anniversaire").

Rows are written by hand for these tests. A positive row names the date found; a negative row
must give no date of birth.
"""

from __future__ import annotations

import pytest

from proxy.classify import Classifier
from tests.found import found

DOB = "pii.date_of_birth"

FOUND = [
    ("Er wurde am 14.02.1979 in Graz geboren.", "14.02.1979"),
    ("Sie ist am 3. März 1990 geboren und lebt in Wien.", "3. März 1990"),
    ("Zij werd op 14 februari 1979 in Leuven geboren.", "14 februari 1979"),
    ("Mijn dochter is op 02-03-2019 geboren.", "02-03-2019"),
    ("Nació el 14 de febrero de 1979 en Bilbao.", "14 de febrero de 1979"),
    ("Mi hija nació el 02/03/2019.", "02/03/2019"),
    ("Nací en Cádiz el 7 de julio de 1981.", "7 de julio de 1981"),
    ("Urodziła się 14 lutego 1979 roku w Gdańsku.", "14 lutego 1979"),
    ("Urodziłem się 03.05.1985 w Lublinie.", "03.05.1985"),
    ("Mon anniversaire : 14 février 1979", "14 février 1979"),
    ("Mi cumpleaños es el 3 de mayo de 1990.", "3 de mayo de 1990"),
    ("Il mio compleanno è il 9 ottobre 1988.", "9 ottobre 1988"),
    ("Moje urodziny: 3 maja 1990", "3 maja 1990"),
    ("Mijn verjaardag is op 3 mei 1990.", "3 mei 1990"),
    ("Mio nonno nacque il 2 giugno 1946 a Bari.", "2 giugno 1946"),
    ("Date of birth (as on marriage certificate): 03.05.1980", "03.05.1980"),
    ("Geburtsdatum laut Hochzeitsurkunde: 03.05.1980", "03.05.1980"),
    ("Anna Schmidt, Projektleiterin, geboren am 3.5.1980", "3.5.1980"),
]
NOT_FOUND = [
    "Die Firma wurde am 3. Mai 1985 gegründet.",
    "Am 3. Mai 1985 wurde der Vertrag unterzeichnet. Geboren wurde die Idee später.",
    "Op 14 februari 1979 vertrokken wij naar Gent.",
    "Wer wurde vor dem 3. Mai 1985 geboren?",
    "Er wurde am 31.02.1979 geboren.",  # no such day
    "Mon anniversaire de mariage : 14 février 1979",
    "Nuestro cumpleaños de boda es el 3 de mayo de 1990.",
    "La empresa nació en 1985.",
    "Urodziny firmy obchodzimy 3 maja.",
    "Il compleanno della città è il 21 aprile.",
    "El proyecto nació el 3 de marzo de 2015.",
    "Firma urodziła się 5 maja 2001.",
    "Il compleanno del progetto è il 3 marzo 2015.",
    "Die Idee wurde am 3. März 2020 geboren.",
    "Das Gebäude wurde am 14.02.1979 eröffnet, in Graz geboren ist nur der Architekt.",
]


@pytest.mark.parametrize(("text", "date"), FOUND)
def test_a_birth_verb_or_birthday_word_makes_a_birth_date(
    classifier: Classifier, text: str, date: str
) -> None:
    """The date after a birth verb or birthday word, or before a clause-final "geboren"."""
    assert date in found(classifier, text, DOB)


@pytest.mark.parametrize("text", NOT_FOUND)
def test_other_dates_are_no_birth_dates(classifier: Classifier, text: str) -> None:
    """A founding, a departure, a comparison, a wedding, an impossible day: no birth date."""
    assert found(classifier, text, DOB) == []
