"""Roster labels alone on their line with the names below, one per line (``_name_rosters``):
bullets, numbers or none, to the first blank line.

Rows are written by hand for these tests. A positive row names the name found; a negative row
must give no person name.
"""

from __future__ import annotations

import pytest

from proxy.classify import Classifier
from tests.found import found

PERSON = "pii.person_name"

FOUND = [
    ("Attendees:\n- Ingrid Solberg\n- Oluwaseun\n- Priya\n", "Oluwaseun"),
    ("Teilnehmer:\n* Jonas\n* Mehmet (Vertrieb)\n", "Mehmet"),
    ("Présents :\n1. Claire\n2. Hugo\n3. Inès Marchetti\n", "Hugo"),
    ("**Participants:**\n- Tobias\n- Zainab\n\nAgenda: budget", "Zainab"),
    ("Obecni:\nKasia\nTomek\nWiśniewski\n", "Wiśniewski"),
]
NOT_FOUND = [
    "Attendees:\n- Marketing\n- Legal\n",
    "Members:\n- Alice\n- Bob\n",
    "Invited:\n- Paris office\n- Berlin office\n",
    "Team:\n- Backend\n- Frontend\n- QA\n",
    "Absent:\n\nNext steps: ship the release",
]


@pytest.mark.parametrize(("text", "name"), FOUND)
def test_names_below_a_roster_label_are_persons(
    classifier: Classifier, text: str, name: str
) -> None:
    """A name on its own line under a label alone on its line."""
    assert name in found(classifier, text, PERSON)


@pytest.mark.parametrize("text", NOT_FOUND)
def test_groups_and_places_below_a_label_are_no_person(classifier: Classifier, text: str) -> None:
    """Departments, placeholders, places or nothing under the label: no person."""
    assert found(classifier, text, PERSON) == []
