"""Thirty-first session: names as colleagues call each other.

- Nicknames and short forms the gazetteers lack ("Truus", "Schorsch", "Dédé", "la Yoli"):
  they are given names to every name detector (``_nicknames``).
- A given name after the closings of Dutch, French, Italian, Spanish and Polish notes
  ("Groetjes,", "Liefs,", "Bises,", "Un abbraccio,", "Pozdrowienia,"): a known name there, no
  relative or pet name ("Liefs,\nOma", "Bises,\nTonton"), and no kinship word signing alone
  after any closing ("Regards,\nGrandma").
- In lower-case chat, an article before a nickname (Italian and Spanish colloquial: "el chema",
  "a la yoli") or a first name (German: "dem lukas"), "zeg tegen sanne", and a text message's
  addressee ("smsa do darka", "een appje naar rik"); not an article before a noun ("la bici",
  "el curro", "la vittoria"), nor "tegen" as "against" ("speelt tegen milan").

Rows are written here, after the families a probe's dev half showed (``fresh3.jsonl``); none
is copied from the probe.
"""

from __future__ import annotations

import pytest

from proxy.classify import Classifier
from tests.found import found

NAME = "pii.person_name"

FOUND = [
    ("Bedankt voor de bloemen!\n\nGroetjes,\nTruus", "Truus"),
    ("Merci encore pour le pot de départ !\nBises,\nLéonie", "Léonie"),
    ("Grazie di tutto, ci vediamo lunedì.\nUn abbraccio,\nOttavia", "Ottavia"),
    ("Dzięki za pomoc przy przeprowadzce!\nPozdrowienia,\nJadwiga", "Jadwiga"),
    ("Dédé a encore oublié les clés de la réserve.", "Dédé"),
    ("Frag bitte Schorsch, ob er morgen die Schicht übernimmt.", "Schorsch"),
    ("thanks bex, i owe you a coffee for covering", "bex"),
    ("oye, el txema dice que mañana no viene", "txema"),
    ("mándale un msj a la encarni, que ya está el pedido", "encarni"),
    ("sag dem franzi bitte dass das meeting ausfällt", "franzi"),
    ("zeg even tegen kees dat de sleutel bij de balie ligt", "kees"),
    ("hej zuza, masz chwilę po spotkaniu?", "zuza"),
    # a surname that is a kinship word elsewhere
    ("Kind regards,\nRatan Tata", "Ratan Tata"),
    ("Patient: Jan Dziadek, ur. 12.03.1950", "Jan Dziadek"),
    ("Dear Dr. Papa,\nthank you for the referral.", "Papa"),
    ("stuur een appje naar truus dat de bus later komt", "truus"),
]

NOT_FOUND = [
    "la pizza e il vino, poi al mare con la bici",
    "el lunes vamos al cine con la familia y el perro",
    "der hund und dem kater geht es gut heute",
    "zeg ff tegen de buren dat het feest laat wordt",
    "wir spielen gegen ajax am samstag um drei",
    "Dank je wel voor het pakketje!\nLiefs,\nOma",
    "Thanks for the lovely card.\nRegards,\nGrandma",
    "Merci pour le gâteau !\nBises,\nTonton",
    "psv speelt dinsdag tegen milan in de champions league",
    "me voy al curro, luego hablamos",
    "la vittoria della squadra è meritata",
    "coucou loulou, tu rentres quand ?",
    "Team: Kafka + Flink + Vault",
]


@pytest.mark.parametrize(("text", "value"), FOUND)
def test_nickname_is_found(classifier: Classifier, text: str, value: str) -> None:
    """The nickname is a person-name finding."""
    assert value in found(classifier, text, NAME)


@pytest.mark.parametrize("text", NOT_FOUND)
def test_things_after_an_article_stay_out(classifier: Classifier, text: str) -> None:
    """No person-name finding."""
    assert found(classifier, text, NAME) == []
