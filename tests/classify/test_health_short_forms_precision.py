"""Short forms and named persons in health data, precision (issue 11, family 4): acronyms that
are also currencies, buses, products, regions or roles, said in a sentence with "my", and
persons named as authors or discoverers, are no health data; the real cases stay found.

Rows written by hand for these tests (a review's probes among them), not from any dataset.
"""

from __future__ import annotations

import pytest

from proxy.classify import Classifier
from proxy.classify.taxonomy import Level, TextPart

POSITIVE = [
    ("My wife has MS and needs a wheelchair.", "MS"),
    ("Mijn schoonmoeder heeft MS.", "MS"),
    ("Frau Meier hat eine AU bis Freitag.", "AU"),
    ("Ha la SLA da due anni.", "SLA"),
    ("Pat. w/ hx of MI, CABG 2019, EF 35%.", "MI"),
    ("Pt with known T2DM and HTN, on metformin.", "T2DM"),
    ("Anna Schmidt has diabetes.", "diabetes"),
    ("Lena Hoffmann is off sick with the flu this week.", "off sick"),
]
NEGATIVE = [
    # clinical shorthand that is also a currency, a bus, a product or an exam
    "Can you review my pull request? TIA",
    "My PLC project uses TIA Portal V17.",
    "I paid 80 CHF for my train ticket.",
    "Mein Gehalt ist 8000 CHF brutto.",
    "Our checkout must be PCI DSS compliant, what do I need?",
    "We use PCI passthrough on my Proxmox host.",
    "My OSA exam is tomorrow.",
    "I need a DVT build of my game.",
    # history cues that are other words
    "My app uses EF Core, locale pt-BR.",
    "My PE file parser has a known issue.",
    "Improve the DX for my HF models.",
    # a verb of having whose subject is no person, or a list of acronyms
    "My site has ADS and analytics.",
    "My laptop has ME and AMT enabled.",
    "My account has CF and Workers enabled.",
    "I have CF, AWS and GCP accounts.",
    "My company has AU, NZ and UK offices.",
    "Mój router ma SM i działa.",
    "My team has RA and QA for each release.",
    # a named person as author, lecturer or discoverer
    "What did Robert Koch discover about tuberculosis?",
    "Write a summary of the paper by John Smith on diabetes prevalence in Europe.",
    "Review this article by Anna Schmidt about asthma treatment guidelines.",
    "Professor Jan Kowalski gives a lecture on epilepsy tomorrow.",
    "Co odkryła Maria Skłodowska o raku?",
]


@pytest.mark.parametrize(("text", "fragment"), POSITIVE)
def test_short_forms_and_named_patients_are_health_data(
    classifier: Classifier, text: str, fragment: str
) -> None:
    """The condition, said of a person, is restricted health data at its place."""
    result = classifier.classify([TextPart("t", text)])
    at = text.index(fragment)
    spans = [(f.start, f.end) for f in result.findings if f.type == "health"]
    assert result.level == Level.RESTRICTED
    assert any(s < at + len(fragment) and e > at for s, e in spans), spans


@pytest.mark.parametrize("text", NEGATIVE)
def test_acronyms_products_and_authors_are_not_health_data(
    classifier: Classifier, text: str
) -> None:
    """No health finding, and the text is not restricted."""
    result = classifier.classify([TextPart("t", text)])
    assert [f for f in result.findings if f.type == "health"] == []
    assert result.level != Level.RESTRICTED
