"""Person names, tenth session: a surname or given name followed by a role in apposition
(``_apposed_names``): "Brannigan, the journalist who", "Durand, le maire du village".

Positive rows name the exact span and were not found before; negative rows (places, companies,
bands, things followed by a role further on) must yield no person name at all. The rows are
written by hand for these tests.
"""

from __future__ import annotations

import pytest

from proxy.classify import Classifier
from tests.found import found

NAME = "pii.person_name"

FOUND = [
    ("We called Brannigan, the journalist who broke the story.", "Brannigan"),
    ("Kowalczuk, our secretary, sent the minutes on Friday.", "Kowalczuk"),
    ("The coach was Frank Almeda, a former striker.", "Frank Almeda"),
    ("J'ai croisé Durandeau, le maire du village, au marché.", "Durandeau"),
    ("Ich sprach gestern mit Kowalski, dem Trainer der Mannschaft.", "Kowalski"),
    ("Ne ho parlato con Bertolazzi, il sindaco della città.", "Bertolazzi"),
    ("Hablé con Etxeberria, el alcalde del pueblo, ayer.", "Etxeberria"),
    ("Ik sprak met Vermeulen, de burgemeester van de stad.", "Vermeulen"),
    ("Wczoraj Nowakowski, trener drużyny, wysłał plik.", "Nowakowski"),
]

NOT_FOUND = [
    "Google, the search company, said it would appeal.",
    "Paris, the capital, hosts the president this week.",
    "We drove through Grimmenau, a town whose mayor is new.",
    "Wąchock, burmistrz miasta, ogłosił nowy plan.",
    "I love the Beatles, a band whose singer was shot.",
    "Rust, the language, has a founder too.",
    "Microsoft, the cofounder said, will stay in Redmond.",
    "Sections, the secretary said, must be short.",
]


@pytest.mark.parametrize(("text", "name"), FOUND)
def test_name_before_apposed_role_is_found(classifier: Classifier, text: str, name: str) -> None:
    assert name in found(classifier, text, NAME)


@pytest.mark.parametrize("text", NOT_FOUND)
def test_thing_before_apposed_role_is_no_name(classifier: Classifier, text: str) -> None:
    assert found(classifier, text, NAME) == []
