"""Thirty-second session, from the dev half of ``fresh4.jsonl`` (rows written here, none
copied from the probe):

- a care handover's line: a room or bed label, a titled or given name, then the person's result
  ("pok. 7 – p. Kubiak, glikemia 320 mg/dl", "Room 14 – Edith, dementia"), the given name a
  person too; not a talk, a webinar or a meeting room's agenda, nor a
  fall of prices or phones; seizures as people name them and more drug brands ("ha crisi
  epilettiche", "toma Nolotil"), not a confiscation;
- two people who quarrel, surnames standing alone ("Barbieri e Pellegrini hanno litigato"); not
  firms or countries;
- who sent apologies in minutes ("Excusée : Océane", "Assente giustificata: Moretti"); not a
  department;
- a given name signing a quoted message off before a French closing guillemet ("… ce soir.
  Fabien »"); no pronoun after the Spanish "ir." read as the Dutch title ("voy a ir. Te paso");
- a rota whose weekdays are abbreviated before a dash ("ma – Femke Jansen", "pon. – Anna
  Nowak"); not a menu.
"""

from __future__ import annotations

import pytest

from proxy.classify import Classifier
from tests.found import found

NAME = "pii.person_name"

HEALTH = [
    "pok. 12 – p. Zielińska, glikemia 280 mg/dl wieczorem",
    "Ch. 3 – M. Girard, glycémie à 3,1 g/L au dîner.",
    "Zi. 9 Frau Lindner – RR 180/100, Puls 96, BZ 240 mg/dl.",
    "Room 7 – Mrs Hughes, BP 170/95, sats 91% on air.",
    "Hab. 4 – Sr. Navarro, glucemia de 290 en la cena.",
    "Giulia ha crisi epilettiche da quando era piccola.",
    "Mein Sohn hat epileptische Anfälle, meist nachts.",
    "Mi hijo toma Nolotil para el dolor de muelas.",
    "Room 14 – Edith, dementia worse tonight, very agitated.",
    "pok. 3 – Halina, cukrzyca, glikemia 300 mg/dl",
]

NOT_HEALTH = [
    "La chute à 16h du CAC 40 inquiète les marchés.",
    "Mon débit chute à 1 Mo/s le soir, c'est normal ?",
    "Il mio telefono è caduto e lo schermo si è rotto.",
    "Room 4 + MS Teams – Lunch & Learn: living with diabetes",
    "Zimmer 3 – Hr. Müller hält einen Vortrag über Diabetes",
    "Room 1 – M. Dupont : formation diabète au travail",
    "Room 4 – Lunch, then a talk on diabetes",
    "Room 2 – Paris, diabetes conference",
    "Room 3 – 1 hr Session: managing diabetes at work",
    "What causes epileptic seizures in adults?",
    "The customs seizure of his car was illegal.",
    "Diabetic recipes for the canteen menu, please.",
    "Der Sturz um 1989 veränderte Europa.",
]

FOUND = [
    ("Barbieri e Pellegrini hanno litigato davanti al cliente.", "Pellegrini"),
    ("Meier und Zimmermann haben sich im Meeting angeschrien.", "Zimmermann"),
    ("Van Dijk en Kuipers hebben ruzie gehad bij de balie.", "Van Dijk"),
    ("Nowak i Wiśniewski pokłócili się na zebraniu.", "Wiśniewski"),
    ("Compte rendu :\nPrésents : Claire, Antoine\nExcusée : Océane\nDécisions : aucune.", "Océane"),
    ("Verbale:\nPresenti: Elisa Conti\nAssente giustificata: Moretti\nSi decide.", "Moretti"),
    ("Acta:\nAsistentes: Nuria Castro\nExcusa su asistencia: Gil\nAcuerdos: no.", "Gil"),
    ("Réponds à ça :\n« Bonjour Hélène, je serai absent. Je t'envoie l'arrêt. Fabien »", "Fabien"),
    ("Maak een rooster:\nma – Femke Jansen\ndi – Roos Bakker\nwo – Sterre de Vries", "Roos Bakker"),
    ("Grafik dyżurów:\npon. – Anna Nowak\nwt. – Ewa Lis-Kowalska\nśr. – Jan Kot", "Jan Kot"),
    ("Excusée : Océane", "Océane"),
    ("Afwezig met bericht: mw. Jansen", "Jansen"),
    ("Nom : KONATÉ Awa\nNé le : 03/02/1980", "KONATÉ Awa"),
    ("Afspraak met ir. Ng over het ontwerp.", "Ng"),
    ("Handover:\nRoom 14 – Edith, restless tonight\nRoom 15 – quiet", "Edith"),
    ("Zi. 7 – Hildegard: schläft schlecht", "Hildegard"),
]

NOT_FOUND = [
    "Apple and Samsung were fighting over patents again.",
    "Smith & Wesson argued that the ban was unconstitutional.",
    "Simon & Schuster argued in court.",
    "France et Allemagne se sont disputés le titre.",
    "ho visto la signora di sopra stamattina",
    "il signore di enel è passato per il contatore",
    "hablé con la señora de la limpieza",
    "Absent: Marketing, Finance",
    "Excusée : la direction",
    "Vale, no voy a ir. Te llamo mañana.",
    "Menu:\nlun: Paella\nmar: Lasagne\nmer: Couscous",
    "From: DOCUSIGN Notifications",
    "Kunde: ZEISS Meditec",
    "name: NGINX Ingress",
    "Tengo que ir. Le digo a mi jefe mañana.",
]


@pytest.mark.parametrize("text", HEALTH)
def test_handover_line_is_health(classifier: Classifier, text: str) -> None:
    """The condition on the record line is a health finding."""
    assert found(classifier, text, "health") != []


@pytest.mark.parametrize("text", NOT_HEALTH)
def test_falls_and_diets_without_a_record_are_none(classifier: Classifier, text: str) -> None:
    """No health finding."""
    assert found(classifier, text, "health") == []


@pytest.mark.parametrize(("text", "value"), FOUND)
def test_quarrelling_and_titled_people_are_found(
    classifier: Classifier, text: str, value: str
) -> None:
    """The name is a person-name finding."""
    assert value in found(classifier, text, NAME)


@pytest.mark.parametrize("text", NOT_FOUND)
def test_firms_countries_and_places_stay_out(classifier: Classifier, text: str) -> None:
    """No person-name finding."""
    assert found(classifier, text, NAME) == []
