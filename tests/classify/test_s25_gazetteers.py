"""Twenty-fifth session: the given names and surnames of faker-js and FakerPHP.

- Full names whose given name only those lists hold ("Guendalina", "Zinedine", "Oluwaseun",
  "Bogdanka"), found inside a sentence with no cue around them.
- Not a club, an ocean, a city or a team that the new lists hold as a given name ("against
  Everton", "l'oceano Pacifico", "per Tarso", "Fulgor Libertas Forlì": ``NOT_GIVEN``).
- Not "Surname, Given" read across two members of a list of names: the end of a full name and
  the next given name ("Chen Wei, Oluwaseun").

Every FOUND row fails on the code before this session (6463083); each NOT_FOUND row about a
club, ocean, city or team is found when its word is taken out of ``NOT_GIVEN``; the roster is
read "Wei, Oluwaseun" without the check on the token before the surname. The rows are
written by hand for these tests (not taken from any evaluation set or probe).
"""

from __future__ import annotations

import pytest

from proxy.classify import Classifier
from tests.found import found

PERSON = "pii.person_name"

FOUND = [
    ("Bitte leite die Rechnung an Guendalina Ferraro weiter.", "Guendalina Ferraro"),
    ("The lease was signed by Zinedine Haddad last week.", "Zinedine Haddad"),
    ("Ho parlato con Gianmario Giuffrida ieri sera.", "Gianmario Giuffrida"),
    ("Merci de rappeler Oluwaseun Adebayo avant midi.", "Oluwaseun Adebayo"),
    ("Het contract ging naar Lodovica Genovese in Gent.", "Lodovica Genovese"),
    ("Please add Deepali Ketonen to the onboarding list.", "Deepali Ketonen"),
    ("La factura la firmó Novak Urbánek ayer.", "Novak Urbánek"),
    ("Wczoraj dzwoniła Bogdanka Chmielewska w sprawie faktury.", "Bogdanka Chmielewska"),
]

NOT_FOUND = [
    "They lost the home game against Everton on Saturday.",
    "Molte città si affacciano sull'oceano Pacifico, soprattutto in Giappone.",
    "Con lui proseguì per Tarso e di lì raggiunse Antiochia.",
    "Jugó con el Fulgor Libertas Forlì de la Legadue.",
]


@pytest.mark.parametrize(("text", "name"), FOUND)
def test_name_of_the_new_lists_is_found(classifier: Classifier, text: str, name: str) -> None:
    """A full name whose given name comes from faker-js or FakerPHP is a person name."""
    assert name in found(classifier, text, PERSON)


@pytest.mark.parametrize("text", NOT_FOUND)
def test_place_or_club_of_the_new_lists_is_no_name(classifier: Classifier, text: str) -> None:
    """A club, an ocean, a city or a team those lists hold as a given name is no person."""
    assert found(classifier, text, PERSON) == []


def test_list_of_names_is_not_read_surname_first(classifier: Classifier) -> None:
    """Each member of a roster is its own name: "Wei, Oluwaseun" is no "Surname, Given"."""
    text = "Attendees: Lars, Fatima, Chen Wei, Oluwaseun"
    assert found(classifier, text, PERSON) == ["Lars", "Fatima", "Chen Wei", "Oluwaseun"]
