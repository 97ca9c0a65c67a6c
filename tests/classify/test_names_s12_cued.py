"""A lone known surname after a preposition of company or a verb of asking, telling, calling
or writing, in the seven languages (``_cued_names``), and after Polish cues in a case form.

Rows are written by hand for these tests. A positive row names the name found; a negative row
must give no person name.
"""

from __future__ import annotations

import pytest

from proxy.classify import Classifier
from tests.found import found

PERSON = "pii.person_name"

FOUND = [
    ("We had a long call with Okafor about the budget.", "Okafor"),
    ("The review went fine; I spoke with Lindqvist afterwards.", "Lindqvist"),
    ("Could you ask Moreau whether the invoice was paid?", "Moreau"),
    ("Please send the slides to Kowalczyk before noon.", "Kowalczyk"),
    ("I forwarded the signed copy to Fontaine yesterday.", "Fontaine"),
    ("Remind Castellano about the deadline.", "Castellano"),
    ("Can you email Neumann the draft tonight?", "Neumann"),
    ("Ich habe lange mit Kozłowski gesprochen.", "Kozłowski"),
    ("Frag Lindqvist, ob der Vertrag unterschrieben ist.", "Lindqvist"),
    ("Bitte schick Okafor die Unterlagen.", "Okafor"),
    ("On a dîné avec Lefebvre mardi soir.", "Lefebvre"),
    ("Demandez à Moreau de signer le contrat.", "Moreau"),
    ("Ho parlato a lungo con Esposito stamattina.", "Esposito"),
    ("Chiedi a Marchetti se la riunione è confermata.", "Marchetti"),
    ("Ayer cené con Fernández en el centro.", "Fernández"),
    ("Pregúntale a Navarro si firmó el contrato.", "Navarro"),
    ("Ik heb gisteren met Vermeulen gegeten.", "Vermeulen"),
    ("Vraag Bakker of hij morgen komt.", "Bakker"),
    ("Wczoraj rozmawiałem z Wiśniewskim o projekcie.", "Wiśniewskim"),
    ("Zadzwoń do Lewandowskiego jutro rano.", "Lewandowskiego"),
    ("Przekaż Zielińskiemu, że spotkanie jest odwołane.", "Zielińskiemu"),
    ("Spotkałam się z Kowalczykiem na kawie.", "Kowalczykiem"),
    ("Zapytaj Wójcika o fakturę.", "Wójcika"),
    ("Mam pytanie do Kamińskiej w sprawie umowy.", "Kamińskiej"),
]
NOT_FOUND = [
    "We signed a framework contract with Siemens last year.",
    "Er fährt seit Jahren mit Porsche.",
    "Nous travaillons avec Renault depuis 2019.",
    "Ha vinto il campionato con Ferrari.",
    "Please forward the invoice to Amazon.",
    "Ask Alexa to set a timer.",
    "Call Uber when the meeting ends.",
    "The service is written with Python and Go.",
    "Das Tool ist mit Python geschrieben.",
    "Please send the parcel to Paris.",
    "We partnered with Jordan on water projects.",
    "Please email Support if the login fails.",
    "The curve was fitted with Legendre polynomials.",
    "The text is compressed with Huffman coding.",
    "We checked it with Pearson correlation.",
    "result = merge_with Dubois_table",
    "Jadę do Krakowa w piątek.",
    "Wracam z Warszawy wieczorem.",
    "Pracuję z Pythonem od lat.",
    "Jestem z Niemiec.",
    "Wróciłem z Londynu wczoraj.",
    "Dados do Ribeiro e do Almeida.",
    "We moved from Java to Kotlin.",
    "Send the logs to Splunk and Datadog.",
    "We replaced the queue with Kafka last year.",
    "Please forward the build to Jenkins.",
    "Die App ist mit Swift geschrieben.",
    "Ask Me Anything with the team.",
    "Remind Castellano is a novel I love.",
]


@pytest.mark.parametrize(("text", "name"), FOUND)
def test_a_lone_surname_after_a_person_cue_is_a_person(
    classifier: Classifier, text: str, name: str
) -> None:
    """The known surname after a preposition of company or a verb of communication."""
    assert name in found(classifier, text, PERSON)


@pytest.mark.parametrize("text", NOT_FOUND)
def test_companies_places_and_products_after_the_cues_are_no_person(
    classifier: Classifier, text: str
) -> None:
    """A company, brand, product, place, word or identifier after the same cues: no person."""
    assert found(classifier, text, PERSON) == []
