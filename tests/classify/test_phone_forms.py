"""Phone numbers as people write them (issue 11, family 3), in the seven languages.

Forms from the national numbering plans and style guides: DIN 5008 and the older German slash
and bracket forms ("089/1234567", "(0 30) 12 34 56 78"), Belgian and Austrian slashes, Italian,
Spanish and Polish numbers with no trunk zero written in one run after a cue ("cellulare
3471234567", "móvil: 612345678", "komórka 601234567"), a Polish area code in brackets. Rows are
written here; each number is checked valid for its country with ``phonenumbers`` below. Hard
negatives: dates, times, amounts, order, invoice and customer numbers, postcodes, versions,
toll-free and premium numbers, the ranges reserved for fiction.
"""

from __future__ import annotations

import phonenumbers
import pytest

from proxy.classify import Classifier
from tests.found import found

PHONE = "pii.phone"

#: (text, the span found, the country whose plan makes the number valid)
FOUND = [
    ("Tel. 089/1234567", "089/1234567", "DE"),
    ("Tel. 089 / 123 45 67", "089 / 123 45 67", "DE"),
    ("Telefon (0 30) 12 34 56 78", "(0 30) 12 34 56 78", "DE"),
    ("Handy 089 1234567", "089 1234567", "DE"),
    ("Festnetz: 0891234567, ab 18 Uhr", "0891234567", "DE"),
    ("il mio cellulare è 3471234567", "3471234567", "IT"),
    ("cellulare: 347/1234567", "347/1234567", "IT"),
    ("per urgenze cell. 3471234567", "3471234567", "IT"),
    ("WhatsApp: 3471234567", "3471234567", "IT"),
    ("mi móvil: 612345678", "612345678", "ES"),
    ("mi móvil es 612 345678", "612 345678", "ES"),
    ("llámame al 612345678 mañana", "612345678", "ES"),
    ("komórka 601234567", "601234567", "PL"),
    ("zadzwoń pod (22) 123 45 67", "(22) 123 45 67", "PL"),
    ("mój numer to 601234567", "601234567", "PL"),
    ("My CN number is 13812345678", "13812345678", "CN"),
    ('{"phone_number": "3471234567"}', "3471234567", "IT"),
    ("contattami al 3471234567", "3471234567", "IT"),
    ("Escríbeme al 612 34 56 78", "612 34 56 78", "ES"),
    ("Sie erreichen mich unter 0301234567", "0301234567", "DE"),
    ("347 1234567 (cellulare)", "347 1234567", "IT"),
    ("3471234567 (WhatsApp)", "3471234567", "IT"),
    ("0301234567 - Festnetz", "0301234567", "DE"),
    # an Italian or Spanish mobile grouped exactly as its plan writes it needs no cue
    ("Text Marco at 347 123 4567 please", "347 123 4567", "IT"),
    ("Pásale a Lucía el 612 34 56 78", "612 34 56 78", "ES"),
    # glued to a label's colon, in a link, without the "+" in a WhatsApp link
    ("Tel.:+49 30 1234567", "+49 30 1234567", "DE"),
    ("Mobil:0171 1234567", "0171 1234567", "DE"),
    ('<a href="tel:+33612345678">appeler</a>', "+33612345678", "FR"),
    ("https://wa.me/491711234567", "491711234567", "001"),
    ("Mobilnr. 3471234567", "3471234567", "IT"),
    # the North American written form is read by its own plan
    ("My US number is (415) 555-2671", "(415) 555-2671", "US"),
    # the country code in brackets
    ("Handy (+49) 171 1234567", "(+49) 171 1234567", "DE"),
    ("Tel. (+39) 347 123 4567", "(+39) 347 123 4567", "IT"),
    ("o meu telemóvel é 912 345 678", "912 345 678", "PT"),
    # a phone cue does not reach past another number's label
    ("Telefon: 030 1234567, Kundennummer 0301234568", "030 1234567", "DE"),
    ("tél. 01 42 68 53 00, commande 01 42 68 53 01", "01 42 68 53 00", "FR"),
]

#: (text, why it is not a person's phone number)
NOT_FOUND = [
    ("Termin am 12.03.2024 um 14:30, Tel. folgt", "date and time"),
    ("Rechnung Nr. 0301234567 vom 03.12.2024", "invoice number"),
    ("Bestellnummer 0171 1234567", "order number"),
    ("Betrag: 1 234 567,89 EUR", "amount"),
    ("Telefonkonferenz am 2024-12-03 um 10 Uhr", "date after a compound"),
    ("Kundennummer: 347 123 4567", "customer number"),
    ("Telefon und Kundennummer 3471234567", "label between cue and number"),
    ("Tel. 0800 1234567", "German toll-free"),
    ("Telefon: 0900 1234567", "German premium rate"),
    ("Hotline: 0180 5 123456", "hotline"),
    ("facture n° 06 12 34 56 78", "invoice number"),
    ("commande 0612345678 livrée le 03/12/2024", "order number"),
    ("mon portable coûte 612345678 euros", "amount after a cue"),
    ("le 06/12/2024 à 14h30", "date"),
    ("ordine n. 3471234567", "order number"),
    ("fattura 347/1234567 del 03/12/2024", "invoice number"),
    ("CAP 00184 Roma, importo 1.234.567,89 euro", "postcode and amount"),
    ("numero verde 800 123 456", "toll-free"),
    ("pedido 612345678", "order number"),
    ("el 12/03/2024 a las 14:30", "date and time"),
    ("teléfono de atención al cliente 900 123 456", "hotline"),
    ("bestelling 0612345678", "order number"),
    ("factuurnummer 06 12 34 56 78", "invoice number"),
    ("zamówienie nr 601 234 567", "order number"),
    ("kwota 1 234 567 zł", "amount"),
    ("version 2.14.3 released 2024-03-12", "version and date"),
    ("order number 07911 123456", "order number"),
    ("Her number is 0044 20 7946 0958", "Ofcom range for drama"),
    ("Handy: 12:30 bis 14:00", "times after a cue"),
    ("Telefon 1234567890123", "too long for the plan"),
    ("tu peux me joindre au 08 91 23 45 67", "French premium rate after a French cue"),
    ("Le budget atteint 601 234 567 en 2023.", "an amount in groups of three"),
    ("Ludność: 612 345 678 osób", "a count"),
    ("NIP 601 234 567", "a Polish tax number"),
    ("Codice 347 123 4567", "a code"),
    ("Artikel 347 123 4567", "an article number"),
    ("the Llama model has 7000000000 parameters", "a count after a word"),
    ("Bestellung:0171 1234567", "an order number after a colon"),
    ("Uhrzeit:14:30-16:00", "times"),
    ("WhatsApp order 491711234567", "an order number"),
    ("Call me on 0161 496 0123", "Ofcom's range for drama"),
    ("My US number is (415) 555-0132", "NANP range for fiction (not read by another plan)"),
    # a run of digits counts only after punctuation or a small linking word
    ("Mobile release 202412031 is out", "a build number"),
    ("Handy kostet 120000000", "an amount"),
    ("cell value 3471234567", "a spreadsheet value"),
    ("telefon sprzedany za 123456789", "a price"),
    ("Telefonat am 2024 1203 geplant", "a date and a time after a compound"),
    ("phone screen 1170 2532 pixels", "a resolution"),
    ("ordinateur portable 1299 9999", "a laptop, two short groups"),
    ("ul. Marszałkowska 1, 00-950 Warszawa, godz. 14:30", "postcode and time"),
    ("Postcode 1012 AB Amsterdam, 09:00-17:30", "postcode and opening hours"),
    ("CP 28013 Madrid, versión 3.12.1 (build 20240312)", "postcode, version, build"),
    ("75008 Paris, le 12/03/2024 à 09h30", "postcode, date, time"),
    ("versione 1.2.3 del 12.03.2024", "version and date"),
    ("Überweisung an IBAN DE02 1203 0000 0000 2020 51, Betrag 1.250,00 €", "IBAN, amount"),
    ("Steuernummer 181/815/08155", "a tax number with slashes"),
    ("Tel. 12.03.2024", "a date after a cue"),
    ("Telefon 14:30-16:00 Uhr", "hours after a cue"),
]


def test_the_positive_numbers_are_valid() -> None:
    """Each positive row's number is valid in its country's plan (rows are not guesses)."""
    for _, value, region in FOUND:
        number = value if region != "001" else "+" + value  # international, "+" left out
        assert phonenumbers.is_valid_number(phonenumbers.parse(number, region)), value


@pytest.mark.parametrize(("text", "value", "region"), FOUND)
def test_a_phone_number_in_a_written_form_is_found(
    classifier: Classifier, text: str, value: str, region: str
) -> None:
    """The whole number is one phone finding (and no other number is one)."""
    assert found(classifier, text, PHONE) == [value]


@pytest.mark.parametrize(("text", "why"), NOT_FOUND)
def test_other_numbers_are_not_phone_numbers(classifier: Classifier, text: str, why: str) -> None:
    """Dates, amounts, labelled numbers, service and fictional numbers are no findings."""
    assert found(classifier, text, PHONE) == [], why
