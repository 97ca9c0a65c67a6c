"""Schedules, twenty-eighth session: who is on which weekday or shift ("Früh – Ivana, Bastian;
Spät – Nils", "maandag Sterre, dinsdag Luuk", "za 8/6 Kevin & Anouk") names persons even when
each name stands alone; a timetable of places, dishes, subjects or matches names nobody
(``_name_schedules``).

Rows are written here, after the family a probe's dev half showed (``fresh.jsonl``,
``fresh2.jsonl``); none is copied from the probes.
"""

from __future__ import annotations

import pytest

from proxy.classify import Classifier
from proxy.classify.taxonomy import TextPart
from tests.found import found

NAME = "pii.person_name"

#: (text, the names found): missed before this session.
FOUND = [
    (
        "Dienstplan Station 4: Frühdienst – Jelena, Timo; Spätdienst – Ayşe, Ruben; "
        "Nachtdienst – Wiebke",
        ["Jelena", "Timo", "Ayşe", "Ruben", "Wiebke"],
    ),
    (
        "Permanence accueil : lundi Maëlle, mardi Kylian, mercredi Soraya, jeudi Maëlle",
        ["Maëlle", "Kylian", "Soraya", "Maëlle"],
    ),
    (
        "Turni bar del circolo: sab 14/9 Jacopo & Ilaria, dom 15/9 Matilde",
        ["Jacopo", "Ilaria", "Matilde"],
    ),
    (
        "Put this rota in a table:\nMorning: Siobhan, Kwame\nAfternoon: Priyanka\nEvening: Tadhg",
        ["Siobhan", "Kwame", "Priyanka", "Tadhg"],
    ),
    (
        "Cuadrante de guardias: lunes: Ainhoa, martes: Iker, miércoles: Ainhoa",
        ["Ainhoa", "Iker", "Ainhoa"],
    ),
    (
        "Grafik dyżurów: pon. 2.06 Grażyna, wt. 3.06 Zbyszek, śr. 4.06 Halina",
        ["Grażyna", "Zbyszek", "Halina"],
    ),
    (
        "Wachplan:\n- Samstag: Henrik Lindqvist (bis 14 Uhr)\n- Sonntag: Jannik",
        ["Henrik Lindqvist", "Jannik"],
    ),
    ("Dyżury: pn. 3.06 Grażyna, niedz. 9.06 Halina", ["Grażyna", "Halina"]),
    ("Bereitschaft: Montag Abend: Wiebke, Dienstag Abend: Jelena", ["Wiebke", "Jelena"]),
    (
        "Bardienst: za 12/10 Femke 06 12 34 56 78, zo 13/10 Joep",
        ["Femke", "Joep"],
    ),
]
#: (text, why no name is found).
NOT_FOUND = [
    ("Road trip: Friday: Florence, Saturday: Siena, Sunday: Pisa", "places"),
    ("Split: Monday: Chest, Tuesday: Back, Wednesday: Legs", "muscle groups"),
    ("Menu: lundi – Ratatouille, mardi – Quiche, mercredi – Cassoulet", "dishes"),
    ("Stundenplan: Montag: Mathe, Deutsch; Dienstag: Englisch, Sport", "school subjects"),
    ("Fixtures: Saturday: Chelsea v Arsenal, Sunday: Liverpool v Everton", "matches"),
    ("Monday: Sales review, Tuesday: Budget planning with Finance", "meetings"),
    ("Monday: Anna", "a single slot is no schedule"),
    ("We met on Monday and on Tuesday Lisbon was sunny, Wednesday Porto", "places in prose"),
    ("Mittwoch: Carmen\nDonnerstag: Tosca\nFreitag: Aida", "operas"),
    ("Monday: Margarita\nTuesday: Mojito\nWednesday: Bellini", "cocktails"),
    ("lundi : Nancy, mardi : Metz, mercredi : Lourdes", "towns"),
    ("Mon 3/6 Bridgerton\nTue 4/6 Succession\nWed 5/6 Suits", "series"),
    ("sab 8/6 Juventus, dom 9/6 Lazio", "fixtures"),
    ("Dienstplan: Monday: Alice, Tuesday: Bob, Wednesday: Carol", "the cast of examples"),
    ("tag: Jenkins, tag: Ansible", "tags"),
]


def test_a_long_rota_is_classified_not_failed_closed(classifier: Classifier) -> None:
    """300 lines of weekdays and shifts stay within the scan's budget and are classified;
    under its title's reach (about 50 lines) every name is found, and no partial word ("Spä")
    is reported at the edge of what one slot reads."""
    days = ["Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag"]
    people = ["Anna", "Jonas", "Mehmet", "Marie", "Lukas", "Sophie", "Felix", "Lena"]
    lines = [
        f"{days[i % 7]}: Früh – {people[i % 8]}, Spät – {people[(i + 3) % 8]}" for i in range(300)
    ]
    text = "Dienstplan\n" + "\n".join(lines)
    result = classifier.classify([TextPart("prompt", text)])
    assert result.error is None and result.level.label == "confidential"
    names = found(classifier, "\n".join(text.splitlines()[:41]), NAME)
    assert len(names) == 80 and set(names) == set(people)


@pytest.mark.parametrize(("text", "names"), FOUND)
def test_the_persons_of_a_schedule_are_found(
    classifier: Classifier, text: str, names: list[str]
) -> None:
    """The names after each weekday or shift of a schedule are persons."""
    assert found(classifier, text, NAME) == names


@pytest.mark.parametrize(("text", "why"), NOT_FOUND)
def test_a_timetable_of_things_names_nobody(classifier: Classifier, text: str, why: str) -> None:
    """Places, dishes, subjects, fixtures or meetings by weekday are no persons."""
    assert found(classifier, text, NAME) == [], why
