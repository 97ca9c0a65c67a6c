"""Phone numbers, twenty-sixth session: how people hand on someone else's number.

- "his number", "son numéro", "su número", "haar nummer", "jej numer", "ihre Nummer", "my new
  number", "son nouveau numéro" (and "call him", "zadzwonimy", "contattare …") are cues like
  "my number" was: "number" alone is the label of an order or a case, so these count only with
  small linking words before the number ("votre numéro de dossier 06…" is no phone); a record
  that labels the number after a call word makes it the record's ("Call him back re: case
  0161 …"; not "just in case: 0161 …").
- "0049 (0)160 …": the trunk zero in brackets is no digit of the international number.
- After a cue, a number grouped as two countries write theirs is a person's in the one where
  it is a person's ("mob 087 314 2298": an Irish mobile, not a Dutch service number).
- Spanish mobiles are written in threes too ("612 348 905"), read so in Spanish text, with
  spaces, right after a person's name, as a record's cell (the clause ends after it), and not
  after an amount or a verb of quantity ("el presupuesto total es …", "supera las …");
  "dirección", "calle", "móvil", "firmado" count as Spanish words around a number.

Rows are written here; each positive's number is checked valid for its country with
``phonenumbers``.
"""

from __future__ import annotations

import phonenumbers
import pytest

from proxy.classify import Classifier
from tests.found import found

PHONE = "pii.phone"

#: (text, the span found, a country whose plan makes it valid): missed before this session.
FOUND = [
    ("son numéro c'est le 06 71 84 22 05", "06 71 84 22 05", "FR"),
    ("Voici votre numéro : 06 71 84 22 05", "06 71 84 22 05", "FR"),
    ("La vecina me dejó su número 722 81 04 63 por si hay una fuga.", "722 81 04 63", "ES"),
    ("Stuur een sms naar mevrouw Smit, haar nummer is 06-41287733", "06-41287733", "NL"),
    ("zadzwonimy z nowym terminem, numer 601 234 587", "601 234 587", "PL"),
    ("jej numer: 601 234 587", "601 234 587", "PL"),
    ("his number is 07700 123456", "07700 123456", "GB"),
    ("Hier ist seine Nummer: 0171 2345678", "0171 2345678", "DE"),
    (
        "contattare la dott.ssa Valentina Serra al numero 011 56 33 218.",
        "011 56 33 218",
        "IT",
    ),
    ("Kontakt: 0049 (0)160 92741135", "0049 (0)160 92741135", "DE"),
    ("our plumber Kieran Walsh (mob 087 314 2298)", "087 314 2298", "IE"),
    ("Gracias. Firmado: Jonatan Vázquez, 612 348 905.", "612 348 905", "ES"),
    (
        "Pasa a tabla (nombre, móvil, dirección):\nIratxe Goikoetxea 634 210 998",
        "634 210 998",
        "ES",
    ),
]
#: A new number announced ("my new number", "son nouveau numéro"): missed before too.
NEW_NUMBER = [
    ("his new number: 07911 123456", "07911 123456", "GB"),
    ("my new number is 07911 123456", "07911 123456", "GB"),
    ("son nouveau numéro : 06 12 34 56 78", "06 12 34 56 78", "FR"),
    ("Il suo nuovo numero è 347 1234567", "347 1234567", "IT"),
    ("su nuevo número es el 612 345 678", "612 345 678", "ES"),
    ("haar nieuwe nummer is 06 12345678", "06 12345678", "NL"),
    ("jej nowy numer to 601 234 567", "601 234 567", "PL"),
    ("seine neue Nummer: 030 12345678", "030 12345678", "DE"),
]
#: (text, why it is no phone).
NOT_FOUND = [
    ("votre nouveau numéro de client 0612345678", "a customer number after 'nouveau numéro'"),
    ("my new number plate is AB12 CDE 0161 234 5678", "a number plate, then a number"),
    ("votre numéro de dossier 0612345678", "a case number after 'votre numéro'"),
    ("su número de pedido 612 345 678", "an order number after 'su número'"),
    ("El presupuesto total es 612 348 905 y la oficina", "an amount in threes"),
    ("Las ventas fueron de 612 348 905 para el año", "an amount in threes"),
    ("Bonjour, le budget est de 612 348 905 pour le bureau", "French text, an amount"),
    ("Hola, el pedido 612 348 905 llega mañana", "an order number"),
    ("El vídeo ya supera las 712 450 331 reproducciones.", "a count in threes"),
    ("La web recibió 712.345.678 visitas el año pasado.", "a count with dots"),
    ("y la tirada fue de 612 345 678.", "a count after 'de'"),
    ("Zadzwonimy, gdy zamówienie 5012 3456 78 będzie gotowe.", "an order after a call word"),
    ("Call him back re: case 0161 234 5678", "a case after a call word"),
    ("bel hem over factuur 020 123 4567", "an invoice after a call word"),
    ("Ons hoofdkantoor: 087 314 2298", "a Dutch service number without a cue"),
    ("Reproducciones del canal en el último año: 745 118 902", "a label's count in threes"),
    ("Visitantes únicos del portal durante el año | 634 210 998 |", "a table's count"),
    ("Proszę dzwonić w sprawie faktury FV 2024 601 234 567", "an invoice's code and number"),
]
#: Found before and still found: a cue ending in "nummer" that is no one else's number.
KEPT = [
    ("Ons vast nummer thuis: 020 123 4567", "020 123 4567", "NL"),
    ("Het 06-nummer van de stagiair: 0612345678", "0612345678", "NL"),
    # a record word that does not label the number (second review)
    ("Call me, just in case: 0161 234 5678", "0161 234 5678", "GB"),
    ("Ring me in order to confirm: 07911 123456", "07911 123456", "GB"),
    ("Appelle-moi, je suis pilote : 06 12 34 56 78", "06 12 34 56 78", "FR"),
    ("Appelle-moi pour la commande au 06 12 34 56 78", "06 12 34 56 78", "FR"),
]


@pytest.mark.parametrize(("text", "value", "region"), FOUND + KEPT + NEW_NUMBER)
def test_a_phone_number_is_found(
    classifier: Classifier, text: str, value: str, region: str
) -> None:
    """The whole number is one phone finding, and valid in a plan that reads it."""
    assert phonenumbers.is_valid_number(phonenumbers.parse(value, region))
    assert found(classifier, text, PHONE) == [value]


@pytest.mark.parametrize(("text", "why"), NOT_FOUND)
def test_other_numbers_are_not_phone_numbers(classifier: Classifier, text: str, why: str) -> None:
    """Case, order and amount figures are no phones."""
    assert found(classifier, text, PHONE) == [], why
