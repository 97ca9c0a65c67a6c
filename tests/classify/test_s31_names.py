"""Thirty-first session: a surname no list holds, standing alone before a verb of being away
or standing in, in English and the Romance languages ("Whitcombe is on leave", "Scuderoni è in
ferie"), also in the subjunctive, the future or a subordinate clause ("avant que Kaczmarek parte
en congés", "before Whitcombe goes on leave"); in German, Dutch and Polish, whose nouns the lists
miss ("bevor Vertrieb in Urlaub geht"), a known surname there ("bevor Schmidt in Urlaub geht").

Before an opinion, which institutions and tools are said to hold too ("Rectorat estime que",
"Zarząd uważa, że", "Rustc complains about the lifetime"), such a token is no surname; what the
lists hold as something else stays out before any verb ("Kubernetes thinks that", "Matignon
estime que").

A lone given name in French text with "du" is no longer taken for a German noun ("du mail et
retire Baptiste"): "du", "am" and "im", which French and English write too, make a text German
only beside another German word.
"""

from __future__ import annotations

import pytest

from proxy.classify import Classifier
from tests.found import found

PERSON = "pii.person_name"

FOUND = [
    ("Pour info, Lemarchaud est en congé jusqu'à lundi.", "Lemarchaud"),
    ("FYI Whitcombe is on leave until Monday, so ping me instead.", "Whitcombe"),
    ("Ho sentito che Scuderoni è in ferie fino a lunedì.", "Scuderoni"),
    ("Te aviso: Villaroya está de baja esta semana.", "Villaroya"),
    # the same in the subjunctive, the future or a subordinate clause; in German, Dutch and
    # Polish a known surname (or a surname's shape) only
    ("On signe avant que Kaczmarek parte en congés, sinon tout glisse.", "Kaczmarek"),
    ("Serve la firma prima che Scuderoni vada in ferie.", "Scuderoni"),
    ("Hace falta antes de que Villaroya se vaya de vacaciones.", "Villaroya"),
    ("We need the sign-off before Whitcombe goes on leave.", "Whitcombe"),
    ("Bitte bis Freitag, bevor Schmidt in Urlaub geht.", "Schmidt"),
    ("Graag voordat Jansen op vakantie gaat.", "Jansen"),
    ("Proszę to wysłać, zanim Kowalczyk pójdzie na urlop.", "Kowalczyk"),
    # French "du" alone does not make the text German (where nouns are capitalised too)
    ("Retire le nom du client et mets Clothilde en copie.", "Clothilde"),
    ("Mets Solène en copie du mail et retire Baptiste, il n'est plus sur le projet.", "Baptiste"),
]

NOT_FOUND = [
    "Rustc complains about the lifetime of the borrowed value.",
    "Kubernetes thinks that the pod is dead and restarts it.",
    "Webpack complains about the loader config again.",
    "Matignon estime que le budget doit être revu.",
    "Schalke beschwert sich über den Schiedsrichter.",
    "Rectorat estime que la date de la rentrée est bonne.",
    "Zarząd uważa, że to dobry kierunek.",
    "Directie vindt dat het budget omlaag moet.",
    "Vorstand meint, dass die Zahlen reichen.",
    "Ministero pensa che sia giusto rinviare.",
    "Prezes uważa, że to błąd.",
    "Wir müssen liefern, bevor Vertrieb in Urlaub geht.",
    "The release must ship before Kubernetes goes on holiday.",
    "Standup is off today, see you tomorrow.",
    "Helpdesk is on leave today, call the hotline.",
    "Reminder: Payroll is on holiday schedule this week.",
    "Avant que Backend parte en congés, on livre la version.",
    "Maîtresse est absente aujourd'hui, la classe est fermée.",
]


@pytest.mark.parametrize(("text", "value"), FOUND)
def test_unknown_surname_before_a_person_verb_is_found(
    classifier: Classifier, text: str, value: str
) -> None:
    """The surname is a person-name finding."""
    assert value in found(classifier, text, PERSON)


@pytest.mark.parametrize("text", NOT_FOUND)
def test_tools_firms_and_seats_stay_out(classifier: Classifier, text: str) -> None:
    """No person-name finding."""
    assert found(classifier, text, PERSON) == []
