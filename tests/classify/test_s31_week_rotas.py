"""Rotas by week, thirty-first session: who is on call in which week ("S14 : Romain", "wk 23:
Noor K.", "KW 12 – Jana + Malte", "tydz. 27: Ola S."), two people of one week joined by "+",
and a given name with an initial keeping its dot; a release or sprint plan by week names
nobody (``_name_schedules``, ``_name_rosters``).

Rows are written here, after the family a probe's dev half showed (``fresh3.jsonl``); none is
copied from the probe.
"""

from __future__ import annotations

import pytest

from proxy.classify import Classifier
from tests.found import found

NAME = "pii.person_name"

#: (text, the names found): missed before this session.
FOUND = [
    (
        "Astreintes mai :\nS19 : Gaëtan\nS20 : Maud P.\nS21 : Gaëtan + Inès\nMerci de valider.",
        ["Gaëtan", "Maud P.", "Gaëtan", "Inès"],
    ),
    (
        "Bereitschaft Q2\nKW 14 – Jana\nKW 15 – Hannes + Jana\nKW 16 – Levin R.",
        ["Jana", "Hannes", "Jana", "Levin R."],
    ),
    (
        "On-call rota:\n- week 3: Priya\n- week 4: Callum + Priya\n- week 5: Tobias H.",
        ["Priya", "Callum", "Priya", "Tobias H."],
    ),
    (
        "Reperibilità giugno\nsett. 23: Arianna\nsett. 24: Edoardo + Arianna",
        ["Arianna", "Edoardo", "Arianna"],
    ),
    (
        "Dyżury serwisowe:\ntydz. 31: Oskar\ntydz. 32: Wiktoria K.\ntydz. 33: Oskar + Igor",
        ["Oskar", "Wiktoria K.", "Oskar", "Igor"],
    ),
]

NOT_FOUND = [
    ("Release plan:\nwk 23: Phoenix\nwk 24: Atlas + Hermes\nwk 25: Orion", "code names"),
    ("Sprint plan:\nS14: Login\nS15: Billing + Search\nS16: Export", "features"),
    ("Menu de la cantine :\nS14 : Lasagnes\nS15 : Couscous + Salade", "dishes"),
]


@pytest.mark.parametrize(("text", "names"), FOUND)
def test_the_persons_of_a_week_rota_are_found(
    classifier: Classifier, text: str, names: list[str]
) -> None:
    """The names after each week of an on-call rota are persons."""
    assert found(classifier, text, NAME) == names


@pytest.mark.parametrize(("text", "why"), NOT_FOUND)
def test_a_plan_by_week_names_nobody(classifier: Classifier, text: str, why: str) -> None:
    """Code names, features or dishes by week are no persons."""
    assert found(classifier, text, NAME) == [], why
