"""Thirty-fourth session: health as school trip lists, care-home handovers and parents'
messages write it (allergies as nouns, intolerances, bedwetting, motion sickness, pressure
ulcers, hearing aids, a cast, fertility treatment, Polish multi-word names in their cases);
sample addresses of forms, article numbers and impossible card lengths are no findings."""

from __future__ import annotations

import pytest

from proxy.classify import Classifier
from tests.found import found

HEALTH, ADDRESS, PHONE, CARD = (
    "health",
    "pii.postal_address",
    "pii.phone",
    "financial.credit_card",
)

FOUND = [
    ("- Karim El Idrissi: allergia alle arachidi, papà 329 774 1836", HEALTH, "arachidi"),
    ("- Oliwia Stępień – alergia na orzechy, EpiPen u wychowawcy", HEALTH, "orzechy"),
    ("- Mia Rautenberg – Bienengiftallergie, Notfallset", HEALTH, "Bienengiftallergie"),
    ("- Olivia Reyes: alergia a las picaduras de avispa", HEALTH, "alergia"),
    ("Mein Sohn hat eine Nussallergie.", HEALTH, "Nussallergie"),
    ("My son has a severe peanut allergy.", HEALTH, "allergy"),
    ("- Luca Novak – Bettnässer, bitte diskret", HEALTH, "Bettnässer"),
    ("- Pablo Gil: enuresis nocturna, que duerma cerca del baño", HEALTH, "enuresis"),
    ("- Nikodem Baran – choroba lokomocyjna, Aviomarin", HEALTH, "choroba lokomocyjna"),
    ("Mój brat ma chorobę afektywną dwubiegunową.", HEALTH, "dwubiegunową"),
    ("Moja siostra walczy z chorobą afektywną dwubiegunową.", HEALTH, "dwubiegunową"),
    ("- M. Abdelkader Hamidi : toilette au lit, escarre sacrum stade 2", HEALTH, "escarre"),
    ("Noor heeft sinds vorige week een hoortoestel.", HEALTH, "hoortoestel"),
    (
        "Candidata 1 – Beatriz Soler: 5 años en cuentas a pagar. Comentó que está en "
        "tratamiento de fertilidad.",
        HEALTH,
        "fertilidad",
    ),
    ("Constats : Yanis Meziane, dysgraphie et TDAH diagnostiqué en 2022.", HEALTH, "dysgraphie"),
]

NOT_FOUND = [
    ("My colleague has an allergy to meetings.", HEALTH),
    ("Peanut allergy affects about two per cent of children.", HEALTH),
    ("Allergies are bad this spring, says the pollen report.", HEALTH),
    ("Ausfüllbeispiel: Max Mustermann, Musterstraße 1, 12345 Musterstadt.", ADDRESS),
    ("Voorbeeld: Jan Jansen, Voorbeeldstraat 1, 1234 AB Ergens.", ADDRESS),
    ("Przykład: ul. Przykładowa 1, 00-001 Warszawa.", ADDRESS),
    ("Unser Artikel mit PZN 04894632 ist um 6,1 % teurer geworden.", PHONE),
    ("Sur la référence 3760123456796 on a 95 retours.", CARD),
    ("Sarah Jones, allergy nurse at St Thomas', gives the talk.", HEALTH),
    ("Name: Tom Weber, allergies: none", HEALTH),
    ("- Tom Weber: nessuna allergia alle arachidi", HEALTH),
    ("- Tom Weber: sin alergia a la penicilina", HEALTH),
    ("Le salarié doit signaler toute allergie au service RH.", HEALTH),
    ("Patient in left lateral decubitus for the chest X-ray.", HEALTH),
]

STILL_FOUND = [
    ("Ich wohne in der Hauptstraße 5, 10115 Berlin.", ADDRESS, "Hauptstraße 5"),
    ("Amex card: 3794 580730 21571", CARD, "3794 580730 21571"),
    ("Diners: 36368193036422", CARD, "36368193036422"),
    ("Ruf mich an: 0489 4632 11", PHONE, "0489 4632 11"),
    ("Best regards, Stewart. 07911 234567", PHONE, "07911 234567"),
    ("Kontakt: Anna Weber, Stuttgart. 0711 2345678", PHONE, "0711 2345678"),
    ("I live at 5 Musters Road, West Bridgford, Nottingham NG2 7PP", ADDRESS, "Musters Road"),
    ("Diners: 30956909048222", CARD, "30956909048222"),
    ("Mir: 2200 1396 2982 5426 095", CARD, "2200 1396 2982 5426 095"),
    ("- Léa Martin : intolérance au lactose", HEALTH, "intolérance au lactose"),
    ("- Paul Weber: Heuschnupfen, Cetirizin morgens", HEALTH, "Heuschnupfen"),
]


@pytest.mark.parametrize(("text", "kind", "value"), FOUND + STILL_FOUND)
def test_found(classifier: Classifier, text: str, kind: str, value: str) -> None:
    """The value is inside a finding of its type."""
    assert any(value in span for span in found(classifier, text, kind))


@pytest.mark.parametrize(("text", "kind"), NOT_FOUND)
def test_not_found(classifier: Classifier, text: str, kind: str) -> None:
    """No finding of the type."""
    assert found(classifier, text, kind) == []
