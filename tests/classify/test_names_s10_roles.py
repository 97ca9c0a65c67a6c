"""A surname after an occupation, a German or Dutch compound role, or a kinship noun: "le
docteur Houlbrecque", "der Turnlehrer Battara", "la veuve Perrichon", "de weduwe Smit".

The occupations come from Faker's and Mimesis' job lists (``data/build_roles.py``). Positive
rows name the exact spans found; negative rows must yield no person name at all. The rows are
written by hand for these tests (not taken from any evaluation set).
"""

from __future__ import annotations

import pytest

from proxy.classify import Classifier
from proxy.classify.detectors import _role_words as roles
from tests.found import found

NAME = "pii.person_name"

FOUND = [
    ("Il fut soigné hier par le docteur Vauquelinat.", "Vauquelinat"),
    ("Nous avons vu le notaire Brichetoux ce matin.", "Brichetoux"),
    ("el abogado Zubeldía presentó el recurso.", "Zubeldía"),
    ("Lo ha visitato il cardiologo Bertolazzi ieri.", "Bertolazzi"),
    ("Er wurde vom Turnlehrer Kalbfuhr unterrichtet, und das war gut.", "Kalbfuhr"),
    ("Gestern kam der Oberleutnant Kreipenhof zurück.", "Kreipenhof"),
    ("Der neue Ministerpräsident Fürst Worontzow sprach.", "Worontzow"),
    ("de hoofdinspecteur Verbruggen kwam te laat.", "Verbruggen"),
    ("La veuve Perrichonne a vendu la maison.", "Perrichonne"),
    ("Déjà, les époux Lambrequin étaient partis.", "Lambrequin"),
    ("Gestern besuchte uns die Witwe Hunkeler im Dorf.", "Hunkeler"),
    ("Ieri la vedova Scarpellini è partita.", "Scarpellini"),
    ("Ayer la viuda Etxeberria vendió la casa.", "Etxeberria"),
    ("Gisteren is de weduwe Hoogendijk verhuisd.", "Hoogendijk"),
    ("Wczoraj wdowa Przybylska sprzedała dom.", "Przybylska"),
    ("I asked my roommate Vandersloot about it.", "Vandersloot"),
    ("Wczoraj notariusz Gwiazdowicz sporządził akt.", "Gwiazdowicz"),
]
NOT_FOUND = [
    "Install it with the package manager Homebrew first.",
    "Open the file in the text editor Emacs.",
    "Der Lehrer Deutschland zeigte die Karte.",
    "Der Präsident Bank kam am Montag.",
    "Ich fahre mit dem Autopilot Tesla nach Hause.",
    "The Steel Worker Union met on Monday.",
    "Die Lehrer Zeitung erscheint monatlich.",
    "She works as a software developer Monday to Friday.",
]


@pytest.mark.parametrize(("text", "name"), FOUND)
def test_a_surname_after_a_role_or_kin_noun_is_a_person(
    classifier: Classifier, text: str, name: str
) -> None:
    """An occupation, a compound role or a kinship noun before a capitalised non-word is a cue."""
    assert found(classifier, text, NAME) == [name]


@pytest.mark.parametrize("text", NOT_FOUND)
def test_words_places_and_products_after_a_role_are_no_names(
    classifier: Classifier, text: str
) -> None:
    """A word, a place or a product after a role is no person; German roles need German text."""
    assert found(classifier, text, NAME) == []


def test_the_built_occupations_are_loaded() -> None:
    """The built list holds occupations of the seven languages and none of the dropped words."""
    assert {"avocat", "abogado", "avvocato", "notaio", "lekarz", "boekhouder"} <= roles.OCCUPATIONS
    assert "general" not in roles.OCCUPATIONS and "manager" not in roles.OCCUPATIONS
