"""Recipients of a message and numbers in brackets (fifteenth session):

- a given name that a message frame follows after an imperative, also one that is an everyday
  word too ("stuur Bas een kort berichtje", "Dis à Rose qu'elle …"), but no place, product or
  unknown token ("Tell Paris that", "Bel Ziggo terug"), and not before "back" or "know"
  ("Call Chase back", "Let Corona know");
- the dative of a Polish feminine given name ("odpisz Ewie, że …", "Powiedz Monice"), not a
  word spelt so without its accent ("Zycie jest piękne");
- a phone number in brackets right after a name ("Élodie Marchetti (06 71 42 38 90)"), not
  after another number's label ("Ref (06 71 42 38 90)");
- an Irish Eircode on its own (one per address): ending an address line, otherwise after the
  word "Eircode"; not its published example, a Windows version, an error code or a register
  dump, not inside a longer code, not a routing key alone.

Rows are written by hand for these tests. A positive row names the value found; a negative row
must give no finding of its type.
"""

from __future__ import annotations

import pytest

from proxy.classify import Classifier
from tests.found import found

PERSON = "pii.person_name"
PHONE = "pii.phone"
ADDRESS = "pii.postal_address"

FOUND = [
    ("stuur Bas een kort berichtje dat de borrel vrijdag om 16:30 begint", PERSON, "Bas"),
    ("Tell Hope that the room is booked.", PERSON, "Hope"),
    ("Dis à Rose qu'elle est en retard pour la réunion.", PERSON, "Rose"),
    ("odpisz Ewie, że czwartek o 10 pasuje", PERSON, "Ewie"),
    ("Powiedz Agnieszce, że spotkanie jest jutro.", PERSON, "Agnieszce"),
    ("Powiedz Monice, że spotkanie jest jutro.", PERSON, "Monice"),
    ("Napisz Magdzie, że wszystko gotowe.", PERSON, "Magdzie"),
    ("Przypomnij Elżbiecie, że jutro ma dyżur.", PERSON, "Elżbiecie"),
    ("Przypomnij Dorocie, że jutro ma dyżur.", PERSON, "Dorocie"),
    (
        "« Bonjour Docteur, c'est Élodie Marchetti (06 71 42 38 90). Merci »",
        PHONE,
        "06 71 42 38 90",
    ),
    ("Ruf bitte Frau Maier (0171 2345678) zurück.", PHONE, "0171 2345678"),
    ("Jan (030 12345678) hat angerufen.", PHONE, "030 12345678"),
    (
        "label:\n\ndeclan moriarty\n7 seaview terrace\nsalthill\ngalway\nH91 E2C4",
        ADDRESS,
        "H91 E2C4",
    ),
    ("my eircode is T12 YX5P if the courier asks", ADDRESS, "T12 YX5P"),
    ("Eircode: D02X285", ADDRESS, "D02X285"),
    ("Postcode: H91 E2C4", ADDRESS, "H91 E2C4"),
    ('{"postcode": "H91 E2C4"}', ADDRESS, "H91 E2C4"),
    ("Ship to H91 E2C4 please.", ADDRESS, "H91 E2C4"),
    ("1. H91 E2C4", ADDRESS, "H91 E2C4"),
    ("Kinsale, Co. Cork P17 AC98 Ireland", ADDRESS, "P17 AC98"),
    ("Eircode D6W X285 for the delivery", ADDRESS, "D6W X285"),
]
NOT_FOUND = [
    ("Tell Paris that we will not come this year.", PERSON),
    ("Bel Ziggo terug over de storing.", PERSON),
    ("Let May know nothing about June.", PERSON),
    ("Ask Alexa that question again.", PERSON),
    ("Call Chase back about the card.", PERSON),
    ("Let Corona know.", PERSON),
    ("Call Mercy back about the test results.", PERSON),
    ("Zycie jest piękne, napisz do mnie.", PERSON),
    ("Idzie burza, zamknij okna.", PERSON),
    ("Ref (06 71 42 38 90) in the ticket.", PHONE),
    ("Numéro de commande (0612345678) à rappeler.", PHONE),
    ("Paid (0 612 345 678 EUR) yesterday.", PHONE),
    ("Eircode's own example is A65 F4E2.", ADDRESS),
    ("part number XD02 X285-B is out of stock", ADDRESS),
    ("The routing key H91 covers Galway city.", ADDRESS),
    ("model T12 3456 ships in May", ADDRESS),
    ("D02X285 is the build tag", ADDRESS),
    ("Upgrade the laptops to W11 23H2 next week.", ADDRESS),
    ("Upgrade the laptops to W11 23H2", ADDRESS),
    ("Register dump: C12 A4F0 D13 0E2F", ADDRESS),
    ("Error code E11 3F2A", ADDRESS),
    ("Error code: E11 3F2A", ADDRESS),
    ("Hi, the printer shows E11 3F2A", ADDRESS),
    ("Thanks, firmware build W12 A3F9", ADDRESS),
]


@pytest.mark.parametrize(("text", "kind", "value"), FOUND)
def test_recipients_datives_bracketed_phones_and_eircodes_are_found(
    classifier: Classifier, text: str, kind: str, value: str
) -> None:
    """The name or number the row names is found as its type."""
    assert value in found(classifier, text, kind)


@pytest.mark.parametrize(("text", "kind"), NOT_FOUND)
def test_places_products_words_labelled_numbers_and_other_codes_stay_out(
    classifier: Classifier, text: str, kind: str
) -> None:
    """A place, a product, a word, another number's label or another code: no finding of the
    type."""
    assert found(classifier, text, kind) == []
