"""Person names, eleventh session: names in participant lists after a roster label at a line's
start ("Attendees:", "Teilnehmer:", "Présents :", "Partecipanti:", "Asistentes:", "Aanwezig:",
"Obecni:", "CC:"), given names alone or with unknown names (``_name_rosters``).

1. Known given names, full names and, beside a known name, unknown capitalised tokens are
   persons; the span is the name alone (without a bracketed role or an address).
2. Numbers, e-mail addresses, departments, teams, companies, roles, places, weekdays, code
   and a lone "Team:" name are nobody.

Positive rows name one span that was not found before; negative rows must yield no person name
at all. The rows are written by hand for these tests (not taken from any evaluation set).
"""

from __future__ import annotations

import pytest

from proxy.classify import Classifier
from tests.found import found

NAME = "pii.person_name"

FOUND = [
    # English labels and mail headers
    ("Attendees: Lars, Fatima, Chen Wei, Oluwaseun", "Lars"),
    ("Attendees: Lars, Fatima, Chen Wei, Oluwaseun", "Chen Wei"),
    ("Attendees: Lars, Fatima, Chen Wei, Oluwaseun", "Oluwaseun"),
    ("Present: Ingrid and Rahul", "Ingrid"),
    ("CC: Priya, Tom", "Tom"),
    ("Apologies: Siobhan, Declan", "Declan"),
    ("Invitees: Yusuf & Mirela", "Mirela"),
    ("**Attendees:** Nadia, Kwame, Tobias (Finance)", "Tobias"),
    ("- Absent: Henrik / Małgorzata", "Henrik"),
    ("Attendees: Lars (Sales), Fatima (HR), Marketing team", "Lars"),
    ("Cc: Anouk, Radek <radek@example.org>", "Radek"),
    ("Attendees: Lars E., Fatima B.", "Fatima B."),
    ("Notes of the weekly sync\nATTENDEES: Ingrid, Tobias, Adaeze\nAgenda: budget", "Adaeze"),
    # German
    ("Teilnehmer: Jonas, Lea, Mehmet", "Mehmet"),
    ("Anwesend: Sabine und Jörg", "Sabine"),
    ("Entschuldigt: Ulrike", "Ulrike"),
    ("VERTEILER: Kerstin; Dragan", "Dragan"),
    # French
    ("Présents : Claire, Hugo et Inès", "Hugo"),
    ("Excusés : Mathéo, Anaïs", "Anaïs"),
    ("PRÉSENTS : Gaëlle, Yannick", "Yannick"),
    # Italian
    ("Partecipanti: Giulia, Marco", "Marco"),
    ("Assenti: Federica e Lorenzo", "Federica"),
    # Spanish
    ("Asistentes: Javier y Lucía", "Javier"),
    ("Invitados: Nuria y Xabier", "Nuria"),
    # Dutch
    ("Aanwezig: Daan, Sanne", "Daan"),
    ("Afwezig: Femke en Joost", "Femke"),
    # Polish
    ("Obecni: Kasia, Tomek", "Kasia"),
    ("Nieobecni: Grzegorz i Wojtek", "Grzegorz"),
]

NOT_FOUND = [
    "Participants: 12",
    "Attendees: all",
    "Attendees: 14 (of 20)",
    "Present: Marketing, Sales, HR",
    "Team: Backend, Frontend",
    "Team: Phoenix",
    "Members: Germany, France, Italy",
    "CC: legal@acme.com",
    "Attendees: all staff, HR team",
    "Invited: ACME GmbH, Globex Ltd",
    "Present: Sales (EMEA), Finance (DACH)",
    "Members: Alice, Bob, Carol",
    "Present: Monday, Tuesday",
    "Absent: None",
    "Invited: Yes",
    "Agenda: Budget, Hiring, Roadmap",
    "Teilnehmer: Vertrieb, Einkauf, Geschäftsführung",
    "Présents : la direction, les ventes",
    "Presenti: Vendite e Amministrazione",
    "Asistentes: Ventas y Compras",
    "Aanwezig: Directie, Inkoop",
    "Obecni: Zarząd i Księgowość",
    "class Meeting:\n    members: List[Member]\n    present: bool",
    "cc: gcc\nteam: backend",
]

#: Lists holding a person, and items beside it that are no person.
NOT_LISTED = [
    ("Teilnehmer: Jonas, Vertrieb, Vorstand", "Vertrieb"),
    ("Attendees: Nadia (Globex Ltd), Kwame", "Globex"),
    ("Attendees: Nadia, Weber Consulting", "Weber"),
    ("Members: Ingrid, Norway, Zephyrine", "Zephyrine"),
    ("Attendees: Tobias, Finance, Legal", "Finance"),
]


@pytest.mark.parametrize(("text", "name"), FOUND)
def test_roster_name_is_found(classifier: Classifier, text: str, name: str) -> None:
    """A name in a participant list after a roster label is a person name, the name alone."""
    assert name in found(classifier, text, NAME)


@pytest.mark.parametrize("text", NOT_FOUND)
def test_roster_of_things_is_no_name(classifier: Classifier, text: str) -> None:
    """Numbers, groups, companies, places, weekdays and code after a label are no names."""
    assert found(classifier, text, NAME) == []


@pytest.mark.parametrize(("text", "token"), NOT_LISTED)
def test_thing_beside_a_roster_name_is_no_name(
    classifier: Classifier, text: str, token: str
) -> None:
    """Departments, companies and unknown tokens in a list with a place are no names."""
    assert not any(token in span for span in found(classifier, text, NAME))
