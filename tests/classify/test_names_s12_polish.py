"""Polish case forms of given names after imperatives and prepositions ("Pokaż Tomkowi", "z
Kasią", "do Marka"), derived by rule (``_polish_forms``), and the rule's candidates.

Rows are written by hand for these tests. A positive row names the name found; a negative row
must give no person name.
"""

from __future__ import annotations

import pytest

from proxy.classify import Classifier
from proxy.classify.detectors._polish_forms import nominatives
from tests.found import found

PERSON = "pii.person_name"

FOUND = [
    ("Pokaż Bartkowi nowy plan.", "Bartkowi"),
    ("Daj Ani znać, kiedy skończysz.", "Ani"),
    ("Jutro jadę do Pawła na obiad.", "Pawła"),
    ("Byłem wczoraj u Jacka w biurze.", "Jacka"),
    ("Rozmawiałam z Jackiem o urlopie.", "Jackiem"),
    ("Wyślij Agnieszce te dokumenty.", "Agnieszce"),
    ("Idę z Markiem na mecz.", "Markiem"),
    ("Napisz do Wojtka w sprawie faktury.", "Wojtka"),
]
NOT_FOUND = [
    "Jadę do Polski w maju.",
    "Dzwoniłem do Microsoftu w sprawie licencji.",
    "Przenieśliśmy dane do Excela.",
    "Wróciłem z Londynu wczoraj.",
    "Jestem z Niemiec.",
]
FORMS = [
    ("Kowalskiego", "Kowalski"),
    ("Kowalską", "Kowalska"),
    ("Nowakiem", "Nowak"),
    ("Tomkowi", "Tomek"),
    ("Pawła", "Paweł"),
    ("Anię", "Ania"),
    ("Marii", "Maria"),
    ("Marcie", "Marta"),
    ("Oldze", "Olga"),
]


@pytest.mark.parametrize(("text", "name"), FOUND)
def test_a_polish_case_form_after_a_cue_is_a_person(
    classifier: Classifier, text: str, name: str
) -> None:
    """The dative, genitive or instrumental of a known given name after a Polish cue."""
    assert name in found(classifier, text, PERSON)


@pytest.mark.parametrize("text", NOT_FOUND)
def test_places_and_products_in_a_case_form_are_no_person(
    classifier: Classifier, text: str
) -> None:
    """A country, a city or a product in a case form after the same cues: no person."""
    assert found(classifier, text, PERSON) == []


@pytest.mark.parametrize(("form", "nominative"), FORMS)
def test_the_nominative_is_derived_from_a_case_form(form: str, nominative: str) -> None:
    """The regular endings and alternations give the nominative among the candidates."""
    assert nominative in set(nominatives(form))
