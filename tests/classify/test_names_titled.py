"""A surname after a title or a role, with no given name (issue 11): "President Obama",
"Kanzler Stresemann", "le général Leclerc", "keizer Daoguang".

Positive rows name the exact spans found; negative rows must yield no person name at all. The
rows are written by hand for these tests (not taken from any evaluation set).
"""

from __future__ import annotations

import pytest

from proxy.classify import Classifier
from tests.found import found

NAME = "pii.person_name"

FOUND = [
    ("President Obama signed the bill on Friday.", "Obama"),
    ("The memo says Minister Scholz refused.", "Scholz"),
    ("Kanzler Stresemann sprach im Reichstag.", "Stresemann"),
    ("Der Befehl von General Wrangel kam zu spät.", "Wrangel"),
    ("Der Sänger Lablache sagte das Konzert ab.", "Lablache"),
    ("De zanger Lablache is ziek.", "Lablache"),
    ("Keizer Daoguang stierf in 1850.", "Daoguang"),
    ("In 1850 stierf keizer Daoguang.", "Daoguang"),
    ("Le général Leclerc entra dans Paris.", "Leclerc"),
    ("Le président Édouard Herriot parla longtemps.", "Édouard Herriot"),
    ("Il generale Cadorna fu sostituito.", "Cadorna"),
    ("El rey Felipe inauguró el puente.", "Felipe"),
    ("Rozmawiałem wczoraj z generał Śmigły o tym.", "Śmigły"),
    ("Judge Kowalewski will rule today.", "Kowalewski"),
    ("Our CTO Rahul asked for a summary of the incident.", "Rahul"),
    ("Sehr geehrte Frau Dr. Brandt, anbei die Unterlagen.", "Brandt"),
    ("Herr Prof. Dr. Weber kommt um zehn.", "Weber"),
    ("Anbei die Unterlagen für Ihren Sohn Leon.", "Leon"),
    ("Direktor Meyer kommt morgen.", "Meyer"),
    ("Prezes Kowalczyk podpisał umowę.", "Kowalczyk"),
]
NOT_FOUND = [
    "General Motors reported higher sales.",
    "The General Assembly voted on Monday.",
    "She works at General Electric in Boston.",
    "We stayed at the President Hotel in Warsaw.",
    "The King Size bed was comfortable.",
    "Prince Edward Island is lovely in June.",
    "Ask the assistant Claude to summarise this thread.",
    "Der Trainer Kurs beginnt am Montag.",
    "Die Kaiser Wilhelm-Gedächtniskirche steht in Berlin.",
    "Nous habitons avenue du Président Wilson à Paris.",
    "The Captain America movie was fun.",
    "In general Python is easy to learn.",
    "The Emperor Penguin lives in Antarctica.",
    "Count Words in the document first.",
    "King Charles Street is closed today.",
    "She drinks a cup of Earl Grey every morning.",
    "Prezydent Francji przyjechał wczoraj.",
    "The Director General spoke first.",
    "Der Direktor Bericht liegt vor.",
    "Director Mode is on.",
    "Der Präsident Frankreichs kam am Montag.",
    "The Prime Minister Office released a statement.",
]


@pytest.mark.parametrize(("text", "name"), FOUND)
def test_a_surname_after_a_title_is_a_person(classifier: Classifier, text: str, name: str) -> None:
    """A title or role before a capitalised token that is no word makes it a name."""
    assert found(classifier, text, NAME) == [name]


@pytest.mark.parametrize("text", NOT_FOUND)
def test_companies_places_and_words_after_a_title_are_no_names(
    classifier: Classifier, text: str
) -> None:
    """A word, a place, a street, a product or a company after a title is no person."""
    assert found(classifier, text, NAME) == []
