"""Thirty-third session (rows written here, none copied from a probe): samples and populations
that are no one.

- a form's blanks: an IBAN, VAT number or phone number whose digits are all one ("FR76 0000
  0000 …", "GB000000000", "06 00 00 00 00"), Ofcom's drama numbers however the digits read
  ("01632 960000" in a CSV without English around it);
- a table row or a JSON record whose e-mail is at a documentation domain, the localised ones
  too ("jean.dupont@exemple.fr"): its names and dates are a sample's; a label's word as a
  value ("Prénom");
- the end of a range of ages ("kobiety w wieku 45-74 lat") is a population, not a patient;
- a bank named after a person ("Banco Santander").

Real values beside them stay findings.
"""

from __future__ import annotations

import pytest

from proxy.classify import Classifier
from proxy.classify.taxonomy import TextPart

FR_SAMPLE = (
    "nom;prenom;email;telephone;iban;date_naissance\n"
    "DUPONT;Jean;jean.dupont@exemple.fr;06 00 00 00 00;FR76 0000 0000 0000 0000 0000 000;"
    "01/01/1970\n"
    "MARTIN;Prénom;prenom.nom@example.com;01 00 00 00 00;FR76 XXXX XXXX XXXX;JJ/MM/AAAA\n"
)
UK_SAMPLE = (
    "supplier,contact_name,contact_email,phone,vat_number\n"
    "Acme Ltd,John Doe,john.doe@example.com,01632 960000,GB000000000\n"
    "Test plc,Jane Doe,jane@example.org,07700 900001,GB000000000\n"
)
PL_SAMPLE = (
    '{"klient": {"imie": "Jan", "nazwisko": "Kowalski", "email": "jan.kowalski@example.com",'
    ' "telefon": "+48 000 000 000", "rachunek": "PL00 0000 0000 0000 0000 0000 0000"}}'
)

CLEAN = [
    FR_SAMPLE,
    UK_SAMPLE,
    PL_SAMPLE,
    "Program profilaktyki raka piersi obejmie kobiety w wieku 45-74 lat.",
    "Patients aged 18-65 years old with asthma were included in the trial.",
    "Compara Banco Santander, BBVA y CaixaBank por ratio CET1.",
]

FOUND = [
    (FR_SAMPLE + "LEROY;Camille;c.leroy@orange.fr;06 58 20 14 97;;12/03/1984\n", "Camille"),
    (FR_SAMPLE + "LEROY;Camille;c.leroy@orange.fr;06 58 20 14 97;;12/03/1984\n", "12/03/1984"),
    ("Pacjentka 45 lat, rak piersi, po mastektomii.", "rak piersi"),
    ("Contact: Sven Jansen, +31 6 12345678", "+31 6 12345678"),
]


@pytest.mark.parametrize("text", CLEAN)
def test_samples_blanks_and_populations_are_public(classifier: Classifier, text: str) -> None:
    """No finding at all: the prompt is public."""
    result = classifier.classify([TextPart("text", text)])
    assert [text[f.start : f.end] for f in result.findings] == []


@pytest.mark.parametrize(("text", "value"), FOUND)
def test_real_values_beside_samples_are_found(
    classifier: Classifier, text: str, value: str
) -> None:
    """The real value is a finding."""
    result = classifier.classify([TextPart("text", text)])
    assert value in [text[f.start : f.end] for f in result.findings]
