"""Thirty-fourth session: names as colleagues write them at work, in seven languages: a name
before the unit the person works in ("Sarah from HR", "Katrin aus der Buchhaltung"), after
thanks ("¡Gracias Lucía!"), after a workflow's participle ("Revisado por Navarro"), before a
present-tense speech verb ("Dubois dit que"); famous, fictional and example persons in a list
are not names."""

from __future__ import annotations

import pytest

from proxy.classify import Classifier
from tests.found import found

NAME = "pii.person_name"

FOUND = [
    ("Sarah from HR called about your contract.", "Sarah"),
    ("Mitchell from accounting is out today.", "Mitchell"),
    ("Tom from IT fixed the printer.", "Tom"),
    ("Julien du service RH a appelé ce matin.", "Julien"),
    ("Katrin aus der Buchhaltung hat angerufen.", "Katrin"),
    ("Schneider vom Empfang hat das Paket.", "Schneider"),
    ("Giulia dell'amministrazione ha chiamato.", "Giulia"),
    ("Galli della contabilità è assente oggi.", "Galli"),
    ("Lucía de contabilidad llamó ayer.", "Lucía"),
    ("Sanne van de boekhouding belde vanochtend.", "Sanne"),
    ("Wójcik z księgowości dzwoniła rano.", "Wójcik"),
    ("Thanks Sarah! See you tomorrow.", "Sarah"),
    ("¡Gracias Lucía! Nos vemos mañana.", "Lucía"),
    ("Grazie Giulia, a domani.", "Giulia"),
    ("Bedankt Sanne, tot morgen.", "Sanne"),
    ("Dzięki Agnieszka, do jutra.", "Agnieszka"),
    ("Revisado por Navarro el lunes.", "Navarro"),
    ("Geprüft von Schneider, freigegeben.", "Schneider"),
    ("Rivisto da Ferraro, ok per me.", "Ferraro"),
    ("Nagekeken door Verhoeven vorige week.", "Verhoeven"),
    ("Approved by Whitfield on Monday.", "Whitfield"),
    ("Dubois dit que le rapport est en retard.", "Dubois"),
    ("Pídele a Lucía que mande las diapositivas.", "Lucía"),
    ("Garcia says that he will come tomorrow.", "Garcia"),
    ("Vielen Dank Anna!", "Anna"),
]

NOT_FOUND = [
    "Reports from HR are due on Friday.",
    "Updates from IT: the VPN is down tonight.",
    "Greetings from Accounting!",
    "Feedback from sales was positive this quarter.",
    "News from the bank: rates rise again.",
    "Thanks Obama is an old meme.",
    "Thanks Mate! Merci Maman ! Grazie Mamma!",
    "Install Okta from IT on every laptop.",
    "Courrier de la mairie arrivé ce matin.",
    "Merci Paris pour cet accueil !",
    "Mijn zoon heeft een spreekbeurt over Rembrandt van Rijn en Michiel de Ruyter.",
    "Fammi un riassunto delle reazioni di Giorgia Meloni ed Elly Schlein.",
    "Zrób streszczenie: co mówił Donald Tusk i jak odpowiedział Jarosław Kaczyński.",
    "Ejemplo para la web: Juan Español Español autoriza a Fulano de Tal.",
    "¿Por qué la ELA se conoce como enfermedad de Lou Gehrig?",
]


@pytest.mark.parametrize(("text", "name"), FOUND)
def test_a_colleague_is_named(classifier: Classifier, text: str, name: str) -> None:
    """The colleague's name is in a name finding."""
    assert any(name in span for span in found(classifier, text, NAME))


@pytest.mark.parametrize("text", NOT_FOUND)
def test_no_colleague_there(classifier: Classifier, text: str) -> None:
    """A word, a place, a famous or an example person is no name finding."""
    assert found(classifier, text, NAME) == []
