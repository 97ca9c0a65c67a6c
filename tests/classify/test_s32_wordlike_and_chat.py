"""Thirty-second session: given names that are everyday words, and lower-case chat.

- A word-like given name (Summer, Hope, Dolores, Amparo) is a person when a request frames it
  ("Ask Summer to send", "Avisa también a Amparo de que"), when a verb only a person is the
  subject of follows ("Grace is on leave"), or when two of them are the plural subject of
  joining or arriving, or come from a team ("Summer and Hunter from the Leeds office");
  not a place, a firm, a bank or two seasons.
- A given name typed in lower case opening a chat message is a person before an absence or a
  Polish past tense ("jonas ist heut nicht da", "bartek znowu nie rozładował"), and after the
  Polish "do" of a verb of writing ("napisz do gosi"); a condition then is that person's
  ("jonas hat migräne").
- A surname with its particle after a courtesy title, and a surname after a professional title
  written before it ("la signora De Santis", "il dottor Rossi", "l'avvocato De Luca"); not an
  honorary rank ("professore Emerito").
- The owner of what only a person owns in the German and Dutch genitive or after a bare
  apostrophe ("Ingrids Krankmeldung", "Jonas' Urlaubsantrag", "Sannes verlofaanvraag"); not a
  firm or a place ("Siemens' Arbeitsvertrag", "Paris' Geburtstag").

Rows are written here, after the families a probe's dev half showed (``fresh3.jsonl``); none
is copied from the probe.
"""

from __future__ import annotations

import pytest

from proxy.classify import Classifier
from tests.found import found

NAME = "pii.person_name"

FOUND = [
    ("Ask Summer to forward the signed quote.", "Summer"),
    ("Ask Hope if she has the badge for the visitor.", "Hope"),
    ("Vraag aan Hope of ze het contract al heeft.", "Hope"),
    ("Avisa también a Amparo de que el cliente llega antes.", "Amparo"),
    ("Grace is on leave next week, can you take her calls?", "Grace"),
    ("Dolores está de vacaciones hasta el día 20.", "Dolores"),
    ("Rosa est en congé jusqu'à mardi.", "Rosa"),
    ("Summer and Hunter from the Bristol office are joining the workshop.", "Hunter"),
    ("Dolores y Amparo llegan mañana con los contratos.", "Amparo"),
    ("Hope et Grace, de l'équipe paie, rejoignent le projet.", "Grace"),
    ("Jade und Blanca vom Team Süd kommen zur Schulung.", "Blanca"),
    ("jonas ist heute nicht da, kannst du die übergabe machen?", "jonas"),
    ("sophie is off sick today so the demo moves to friday", "sophie"),
    ("chloé est malade aujourd'hui, je prends ses rendez-vous", "chloé"),
    ("bartek znowu nie odpisał klientowi, przypomnisz mu?", "bartek"),
    ("kasia w końcu wysłała raport, sprawdź go proszę", "kasia"),
    ("napisz do niego i do gosi, że zebranie przesunięte", "gosi"),
    ("Ingrids Krankmeldung ist heute gekommen.", "Ingrid"),
    ("Tobias' Lebenslauf liegt bei mir, bitte kurz lesen.", "Tobias"),
    ("Jonas Urlaubsantrag liegt noch bei der Personalabteilung.", "Jonas"),
    ("Müllers Arbeitsvertrag läuft im März aus.", "Müller"),
    ("Sannes verlofaanvraag staat nog open.", "Sanne"),
    ("James' appraisal is due on Friday.", "James"),
    ("Rispondi alla signora De Santis che il rimborso è partito.", "De Santis"),
    ("Ho sentito la dott.ssa Lo Iacono per il referto.", "Lo Iacono"),
    ("Ik heb meneer Van Dijk teruggebeld.", "Van Dijk"),
    ("Ho parlato con il dottor Rossi della pratica.", "Rossi"),
    ("Domani vedo l'avvocato De Luca per il contratto.", "De Luca"),
    ("Mañana hablo con la doctora Ruiz del informe.", "Ruiz"),
    ("J'ai rendez-vous avec maître Lefort jeudi.", "Lefort"),
]

NOT_FOUND = [
    "Send Chase to the bank.",
    "Ask Chase to refund the card fee.",
    "Call Mercedes to book a service for the van.",
    "Bel Mercedes of BMW voor een offerte.",
    "Tell Paris to wait for the next release.",
    "Summer is on holiday schedule until Monday.",
    "Summer and Autumn are coming, the catalogue changes.",
    "Paris and Lincoln are joining the city alliance.",
    "Rosario y Mercedes llegan a la final del torneo.",
    "Chase is fed up with the regulators, the article says.",
    "dane do maila są w arkuszu, napisz do działu kadr",
    "sherry is out of stock again lol",
    "Siemens' Arbeitsvertrag mit der IG Metall gilt ab Mai.",
    "Douglas' Geburtstag-Aktion startet am Montag.",
    "Paris' Geburtstag wird mit einem Feuerwerk gefeiert.",
    "She was made professor Emeritus in 2019.",
    "È stato nominato professore Emerito dell'ateneo.",
    "Il parere dell'avvocato Generale dello Stato è pubblico.",
]

HEALTH = [
    "jonas hat migräne, kannst du seine schicht übernehmen?",
    "ok, kasia ma grypę od wczoraj",
    "jonas ist heut nicht da, migräne. übernimmst du?",
    "Ho un esaurimento e il medico mi ha dato due settimane.",
]

NOT_HEALTH = [
    "sherry is bad for gout?",
]


@pytest.mark.parametrize(("text", "value"), FOUND)
def test_wordlike_and_lower_case_names_are_found(
    classifier: Classifier, text: str, value: str
) -> None:
    """The name is a person-name finding."""
    assert value in found(classifier, text, NAME)


@pytest.mark.parametrize("text", NOT_FOUND)
def test_firms_places_seasons_and_words_stay_out(classifier: Classifier, text: str) -> None:
    """No person-name finding."""
    assert found(classifier, text, NAME) == []


@pytest.mark.parametrize("text", HEALTH)
def test_condition_of_a_chat_subject_is_health(classifier: Classifier, text: str) -> None:
    """The condition is a health finding."""
    assert found(classifier, text, "health") != []


@pytest.mark.parametrize("text", NOT_HEALTH)
def test_no_person_no_health(classifier: Classifier, text: str) -> None:
    """No health finding."""
    assert found(classifier, text, "health") == []
