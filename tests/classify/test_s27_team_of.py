"""A person's team, twenty-seventh session: "het team van Maarten de Wit", "the team of Anna
Roth" name whose team it is, where "Team Sky" or "Calle de Emma Toro" name a team or a street
after a person. A street word before a name still makes it no person.

Rows are written here, after the families a probe's dev half showed (``fresh2.jsonl``).
"""

from __future__ import annotations

import pytest

from proxy.classify import Classifier
from tests.found import found

NAME = "pii.person_name"

#: (text, the names found): missed before this session.
FOUND = [
    (
        "Welkomstmail voor Olena Shevchenko, die maandag start in het team van Maarten de Wit.",
        ["Olena Shevchenko", "Maarten de Wit"],
    ),
    ("Il entre dans la team de Julien Martin en janvier.", ["Julien Martin"]),
]
#: (text, why no name is found).
NOT_FOUND = [
    ("Calle de Emma Toro, junto al mercado", "a street"),
    ("Rue de Marie Curie, à côté de la gare", "a street"),
]


@pytest.mark.parametrize(("text", "names"), FOUND)
def test_the_person_whose_team_it_is_is_found(
    classifier: Classifier, text: str, names: list[str]
) -> None:
    """The name after "team van" / "team of" is a person."""
    assert found(classifier, text, NAME) == names


@pytest.mark.parametrize(("text", "why"), NOT_FOUND)
def test_a_street_named_after_a_person_is_no_name(
    classifier: Classifier, text: str, why: str
) -> None:
    """A street word before the name still makes it a place."""
    assert found(classifier, text, NAME) == [], why
