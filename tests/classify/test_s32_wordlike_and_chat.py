"""Thirty-second session: given names that are everyday words, and lower-case chat.

- A word-like given name (Summer, Hope, Dolores, Amparo) is a person when a request frames it
  ("Ask Summer to send", "Avisa también a Amparo de que"), when a verb only a person is the
  subject of follows ("Grace is on leave"), or when two of them are the plural subject of
  joining or arriving, or come from a team ("Summer and Hunter from the Leeds office");
  not a place, a firm, a bank or two seasons.
- A given name typed in lower case opening a chat message is a person before an absence, a
  Polish past tense or a thing not done yet ("jonas ist heut nicht da", "bartek znowu nie
  rozładował", "priya still hasnt sent"), and after the Polish "do" of a verb of writing
  ("napisz do gosi"); a condition then is that person's when the name has it or is off sick
  ("jonas hat migräne"), not when it is a tool ("okta is down, the diabetes portal …"); a chat
  handle made of a given name ("@marta", "@priya.raman"; not "@channel", "@babel/core").
- A surname with its particle after a courtesy title, and a surname after a professional title
  written before it ("la signora De Santis", "il dottor Rossi", "l'avvocato De Luca"); not an
  honorary rank ("professore Emerito").
- The owner of what only a person owns in the German and Dutch genitive or after a bare
  apostrophe ("Ingrids Krankmeldung", "Jonas' Urlaubsantrag", "Sannes verlofaanvraag"); not a
  firm or a place ("Siemens' Arbeitsvertrag", "Paris' Geburtstag").

Rows are written here, after the families the probes' dev halves showed (``fresh3.jsonl``,
``fresh4.jsonl``); none is copied from a probe.
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
    ("just checking that priya still hasnt replied to the client", "priya"),
    ("jonas hat noch nicht geantwortet, kannst du nachhaken?", "jonas"),
    ("marco non ha ancora mandato il file, sollecita tu", "marco"),
    ("ping @priya.raman if the nightly build breaks", "priya.raman"),
    ("czy to brzmi ok? „@marta podpytaj klienta o ofertę”", "marta"),
    ("cc @lena_schmidt on the thread", "lena_schmidt"),
    ("thanks @marta.", "marta"),
    ("ping @michał w sprawie raportu", "michał"),
    ("just checking that priya did not reply to the client", "priya"),
    ("jonas hat sich noch nicht gemeldet, hakst du nach?", "jonas"),
    ("Ping Summer to review the PR.", "Summer"),
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
    "make sure that python doesnt crash on empty input",
    "Give Hope to families in need this Christmas.",
    "Update Nova to version 27 on all compute nodes.",
    "Show Amber if latency exceeds 200 ms, red otherwise.",
    "Veuillez agréer, madame La Directrice, l'expression de mes sentiments.",
    "J'ai écrit à monsieur Le Préfet hier.",
    "Schwedens Bewerbung um die NATO-Mitgliedschaft wurde angenommen.",
    "Metas Tochter WhatsApp führt Werbung ein.",
    "Ruby complains about the constant being reinitialized.",
    "Iris is off today due to maintenance.",
    "ciao, benvenuto negli uffici di milano",
    "napisz raport do maja, potem zobaczymy",
    "update: okta's out today, use the fallback login",
    "Sol y Luna llegan.",
    "Ruby and Julia are joining the benchmark.",
    "Został mecenas Polskiej Kultury.",
    "@channel deploy at 5, @here please stand by",
    "npm i @babel/core @types/node",
    "@retry(3)\ndef fetch(): pass",
    "write to marta@example.com",
    "check that bruno doesnt send the auth header",
    "sophia isnt the right model for this",
    "mama mówi, że kaktus uschnął",
    "Update Nova to version 27 on all nodes.",
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
]

NOT_HEALTH = [
    "sherry is bad for gout?",
    "okta is down again, the diabetes portal login fails",
    "victor is our new chatbot for asthma questions",
    "ok, benvenuto a tutti al webinar sul diabete",
    "update: felix has a bug in the diabetes module",
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
