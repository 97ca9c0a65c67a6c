"""Twenty-fourth session: person names in the forms messages give them.

- Polish given names in every case, and the everyday forms Polish speakers use for each other
  ("z Bartkiem i Gosią", "Podziękuj Jerzemu", "Zapytaj Kacpra", "do Maćka", "Tomku,",
  "przypomnij krzyśkowi"); not the words some forms are spelt as ("Mają problem", "Idą
  święta", "na Sylwestra", "Arka Gdynia"), nor the forms of a name that is a place ("z Kubą":
  Cuba), nor a hospital named after a pope ("Szpital im. Jana Pawła II").
- Given names typed in lower case after a greeting or thanks ("hey maaike,", "cześć gosia"),
  after a message and its addressee's preposition ("a reply to priyanka", "eine nachricht an
  svenja"), owning something ("rodrigo's laptop"), after "with" and a join when a meeting is
  named earlier in the clause ("reunión con el proveedor y con ainhoa"), double given names
  ("marie-solène"); also the common given names that a word list holds but no sentence of its
  source writes in lower case ("lunch with emma", "met with daniel", "and laura wants"), but
  not as an owner. Not an assistant's name, a group or a firm ("hi claude", "hola amigos",
  "lloyd's of london"), nor a firm known as a surname too after a title and a particle ("il
  signore di enel").
- A given name owning something after "that" or a preposition ("and that Gwen's appointment",
  "in Priya's calendar"); not a firm ("at Ford's headquarters").
- Not a name made a law's or, as a lone surname, a disease's ("la loi Evin", "Parkinson's
  disease"); in lower case, not a word after a greeting and a comma, after a verb and "a", or
  before an object after "to" ("hi, greet the new hires", "write a novella", "a message to
  greet the team"), nor what owns no person's thing ("the novella's ending"), nor a meal's
  company ("obiad z kurczakiem i z natką").

Every FOUND row fails on the code before this session (7a53c98); of the NOT_FOUND rows, three
were found there ("il signore di enel", "la loi Evin", "with Parkinson's disease"); the
lower-case ones each fail without the rule they name, on the words a read-only reviewer found
in a first version (the other words seen in review went to ``_NOT_NAMES``).
The rows are written by hand for these tests (not taken from any evaluation set or probe).
"""

from __future__ import annotations

import pytest

from proxy.classify import Classifier
from tests.found import found

PERSON = "pii.person_name"

FOUND = [
    ("Jutro idę na lunch z Bartkiem i Gosią, wrócę koło drugiej.", "Gosią"),
    ("Podziękuj Jerzemu za pomoc przy wdrożeniu, bardzo nam pomógł.", "Jerzemu"),
    ("Zapytaj Kacpra, czy skończył już testy regresyjne.", "Kacpra"),
    ("Napisz maila do Maćka, że faktura jest gotowa.", "Maćka"),
    ("Spotkanie z Zosią i Stasiem przełóż na piątek.", "Stasiem"),
    ("Tomku, czy możesz sprawdzić ten raport przed spotkaniem?", "Tomku"),
    ("przypomnij krzyśkowi, że jutro nie przyjdę", "krzyśkowi"),
    ("hey maaike, can you send me the slides before 3?", "maaike"),
    ("hola ainhoa, ¿me pasas el informe de ventas?", "ainhoa"),
    ("cześć gosia, możesz wysłać mi raport?", "gosia"),
    ("ciao ludovica, mi mandi il verbale?", "ludovica"),
    ("draft a reply to priyanka about the budget numbers", "priyanka"),
    ("schreib eine nachricht an svenja, dass ich später komme", "svenja"),
    ("fais un message à solène pour décaler la réunion", "solène"),
    ("stuur een berichtje naar daan dat ik later ben", "daan"),
    ("rodrigo's laptop is broken again, need a ticket", "rodrigo"),
    ("reunión con el proveedor y con ainhoa sobre el retraso", "ainhoa"),
    ("réunion avec marie-solène demain pour le contrat", "marie-solène"),
    ("The patient says that Gwen's appointment was cancelled twice.", "Gwen"),
    ("Please put the review in Priya's calendar for Monday.", "Priya"),
    ("lunch with emma and the supplier tomorrow, need an agenda", "emma"),
    ("met with daniel about the q3 numbers, he wants a summary", "daniel"),
    ("quick notes: the build is red and laura wants the report by friday", "laura"),
]

NOT_FOUND = [
    "Mają problem z serwerem od rana, sprawdź logi.",
    "Idą święta, więc biuro będzie zamknięte do poniedziałku.",
    "Co robisz na Sylwestra? Napisz zaproszenie dla zespołu.",
    "Handel z Kubą jest objęty embargiem, napisz notatkę.",
    "Arka Gdynia wygrała wczoraj mecz, napisz krótką relację.",
    "Przetłumacz: przesyłka dotrze w czwartek do Szpitala im. Jana Pawła II, oddział kardiologii.",
    "hi claude, can you summarise this thread?",
    "hola amigos, ¿qué tal el finde?",
    "points on how the rules could affect lloyd's of london and smaller firms",
    "il signore di enel non risponde al telefono",
    "He works at Ford's headquarters in Detroit.",
    "hey jarvis, turn on the lights",
    "hi mate, quick question about the build",
    "thanks love, see you tomorrow",
    "she finished school at st. ann's college for women in 2009",
    "hi, greet the new hires in the channel please",
    "write a novella about the sea in three chapters",
    "send a message to greet the new team on monday",
    "the novella's ending is too abrupt, rewrite it",
    "obiad z kurczakiem i z natką pietruszki, ile kalorii?",
    "Write a leaflet for people with Parkinson's disease about exercise.",
    "Résume la loi Evin en trois phrases pour une affiche.",
]


@pytest.mark.parametrize(("text", "value"), FOUND)
def test_names_in_their_forms_are_found(classifier: Classifier, text: str, value: str) -> None:
    """The name is a person-name finding."""
    assert value in found(classifier, text, PERSON)


@pytest.mark.parametrize("text", NOT_FOUND)
def test_words_and_eponyms_stay_out(classifier: Classifier, text: str) -> None:
    """No person-name finding."""
    assert found(classifier, text, PERSON) == []
