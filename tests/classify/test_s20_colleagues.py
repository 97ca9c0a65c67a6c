"""Twentieth session: colleagues named the way work prompts name them, and the things named
after people or read as house numbers that are no person's address.

1. "Ayer Lucía dijo", "Purtroppo Giulia ha detto", "Ieri Giulia mi ha detto", "Camille m'a
   dit": a name after a sentence adverb the word lists lack, and an object pronoun between a
   name and its verb; not a place, a company or an everyday word there.
2. "Castellanos quiere cambiar la fecha", "Kowalczyk ciągle zmienia plany", "Hargreaves
   reproduced the crash": a known surname or given name opening a sentence before what a
   colleague wants or keeps doing, or did; not a company, a product, a place, the weather, a
   determiner, an impersonal "se puede"/"ci vuole", or an adverb before an inverted subject
   ("Dan kan je", "Frost kann", "Medina se puede visitar").
3. "call mit herrn kaczmarek", "con la sra. ortega", "meneer de vries": a known lower-case
   name after a lower-case title in chat; not a role, a word, a pronoun, a brand or an unknown
   word after an article ("madame la présidente", "dr house", "la señora de la limpieza").
4. "Priya's laptop", "Priya's appointment" (a known name only); a roster of given names that
   holds one that is also a word ("Ruben, Ingrid, Mohamed en Fleur"); not a list of places or
   months, nor a brand's laptop.
5. "Szpital im. Jana Pawła II" (named after a person) is no person; "in Piazza Cavour alle 7",
   "en la Plaza de Colón a las 8" are a meeting's hour, not an address; "lives at 221 Baker
   Street" still is one.

The rows are written by hand for these tests (not taken from any evaluation set or probe).
"""

from __future__ import annotations

import pytest

from proxy.classify import Classifier
from tests.found import found

NAME = "pii.person_name"
ADDRESS = "pii.postal_address"

NAMED = [
    ("Ayer Lucía dijo que deja la empresa.", "Lucía"),
    ("Ayer Lucía me dijo que deja la empresa.", "Lucía"),
    ("Hoy Martínez ha dicho que no viene.", "Martínez"),
    ("Purtroppo Giulia ha detto che non viene.", "Giulia"),
    ("Ieri Giulia mi ha detto che lascia l'azienda.", "Giulia"),
    ("Hier, Camille m'a dit qu'elle quittait l'entreprise.", "Camille"),
    ("Camille lui a dit non.", "Camille"),
    ("Wczoraj Kasia mi powiedziała, że odchodzi.", "Kasia"),
    ("Alors Camille veut partir plus tôt.", "Camille"),
    ("Hargreaves reproduced the crash on Firefox.", "Hargreaves"),
    ("Castellanos sigue sin mandar el informe.", "Castellanos"),
    ("Castellanos quiere cambiar la fecha.", "Castellanos"),
    ("Bertolini continua a cambiare idea.", "Bertolini"),
    ("Bertolini vuole spostare la riunione.", "Bertolini"),
    ("Kowalczyk ciągle zmienia plany.", "Kowalczyk"),
    ("Kowalczyk chce przesunąć termin.", "Kowalczyk"),
    ("Lefebvre veut migrer le serveur.", "Lefebvre"),
    ("Lefebvre trouve que c'est trop cher.", "Lefebvre"),
    ("Vermeulen wil de vergadering verzetten.", "Vermeulen"),
    ("kurz zusammenfassen: call mit herrn kaczmarek wegen lieferung", "kaczmarek"),
    ("resumen: llamada con la sra. ortega por el retraso", "ortega"),
    ("llamada con la sra. montenegro-ibáñez por el retraso", "montenegro-ibáñez"),
    ("met meneer de vries gebeld over de levering", "de vries"),
    ("can you email mr hargreaves about it", "hargreaves"),
    ("rozmawiałem dziś z panią kowalską o urlopie", "kowalską"),
    ("Priya's laptop won't connect to the VPN since the update.", "Priya"),
    ("Marieke's laptop maakt geen verbinding.", "Marieke"),
    ("Priya's appointment was cancelled twice.", "Priya"),
    ("Beschikbaar: Ruben, Ingrid, Mohamed en Fleur.", "Fleur"),
    ("Available: Ruben, Ingrid, Mohamed and Fleur; nobody two nights in a row.", "Ruben"),
    ("Hargreaves told my manager about the outage.", "Hargreaves"),
    ("Müller sagte ja zu dem Angebot.", "Müller"),
    ("Dałem im. Anna Nowak nic nie powiedziała.", "Anna Nowak"),
    ("Szkoła Podstawowa nr 5 zaprasza. Anna Nowak prowadzi zajęcia.", "Anna Nowak"),
]

NOT_NAMED = [
    "Ayer Madrid ganó el partido.",
    "Hoy Telefónica anunció resultados.",
    "Entonces Europa dijo basta.",
    "Meanwhile Google said it would comply.",
    "Afterwards Paris said nothing.",
    "Ayer Madrid me dijo nada.",
    "Hoy Google nos dijo que no.",
    "Microsoft wants to move the deadline.",
    "Dan kan je het morgen sturen.",
    "Python kann das nicht.",
    "Oggi può piovere.",
    "Siemens kann liefern.",
    "Docker needs root.",
    "Firefox keeps crashing.",
    "Apple reported record revenue.",
    "Mucha gente quiere venir.",
    "Español quiere curso salud.",
    "madame la présidente a parlé.",
    "monsieur le maire est arrivé.",
    "señor presidente, gracias.",
    "the dr house episode was good",
    "open it in ms excel",
    "our sr devops left",
    "I need to talk to herr direktor",
    "Madrid naturaleza señora ella sala",
    "Apple's laptop sales fell.",
    "Tesla's car is recalled.",
    "We visited Paris, Lyon, Marseille and Nice.",
    "Colours: Red, Green, Violet and Rose.",
    "Wyślij wyniki do Szpitala im. Jana Pawła II w Krakowie do piątku.",
    "Spotkanie w Liceum im. Marii Skłodowskiej-Curie o 9.",
    "Szkoła Podstawowa im. św. Jadwigi Królowej zaprasza.",
    "Szkoła Podstawowa nr 5 im. Adama Mickiewicza zaprasza.",
    "Colores: Rosa, Violeta, Celeste y Esmeralda",
    "Medina se puede visitar en un día.",
    "Villeneuve se trouve à dix kilomètres.",
    "Pazienza, ci vuole tempo.",
    "Kafka keeps rebalancing partitions.",
    "Frost kann die Rohre beschädigen.",
    "Mróz może uszkodzić rury.",
    "Rossignol doit licencier.",
    "Preston's manager was sacked.",
    "la señora de la limpieza no vino hoy",
    "el señor de movistar llamó",
    "la signora delle pulizie non è venuta",
    "mevrouw van de gemeente belde",
    "die frau von der krankenkasse hat angerufen",
    "madame la directrice a appelé",
    "herr hauptmann hat angerufen",
    "z panią kadrową rozmawiałem",
    "dr martens boots are on sale",
]

ADDRESSES = [
    ("He lives at 221 Baker Street, London NW1 6XE.", "221 Baker Street"),
    ("J'habite à 12 rue de la Paix, 75002 Paris.", "12 rue de la Paix"),
    ("Abito in Piazza Cavour 7, 00193 Roma.", "Piazza Cavour 7"),
    ("Vivo en la Plaza de Colón 8, 28001 Madrid.", "Plaza de Colón 8"),
    ("Wohnhaft in der Hauptstraße 5, 10115 Berlin.", "Hauptstraße 5"),
    ("Vivo en la Calle Virgen de la O 5, Sevilla.", "Calle Virgen de la O 5"),
]

HOURS = [
    "Ci vediamo in Piazza Cavour alle 7 per il caffè.",
    "Nos vemos en la Plaza de Colón a las 8 para el desayuno.",
    "Treffen am Marktplatz um 9, dann Hauptstraße um 10.",
    "Meet me at Baker Street at 5.",
]


@pytest.mark.parametrize(("text", "value"), NAMED)
def test_a_colleague_named_as_work_prompts_name_them_is_found(
    classifier: Classifier, text: str, value: str
) -> None:
    """The name is a person-name finding."""
    assert value in found(classifier, text, NAME)


@pytest.mark.parametrize("text", NOT_NAMED)
def test_places_companies_words_roles_and_eponyms_stay_out(
    classifier: Classifier, text: str
) -> None:
    """No person-name finding."""
    assert found(classifier, text, NAME) == []


@pytest.mark.parametrize(("text", "value"), ADDRESSES)
def test_an_address_with_its_house_number_is_still_found(
    classifier: Classifier, text: str, value: str
) -> None:
    """The street and its number are inside an address finding."""
    assert any(value in span for span in found(classifier, text, ADDRESS))


@pytest.mark.parametrize("text", HOURS)
def test_a_square_and_an_hour_is_no_address(classifier: Classifier, text: str) -> None:
    """No address finding."""
    assert found(classifier, text, ADDRESS) == []
