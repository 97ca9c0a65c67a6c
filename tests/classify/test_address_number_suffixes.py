"""House numbers with bis/ter/quater before the street word ("3 bis avenue Victor Hugo") or after
a slash ("Via Roma 15/bis"), as French and Italian addresses write them (issue 11, family 2)."""

from __future__ import annotations

import pytest

from tests.found import classify_text

ADDRESS = "pii.postal_address"
FOUND = [
    ("J'habite 3 bis avenue Victor Hugo à Lyon", "3 bis avenue Victor Hugo"),
    ("Livraison au 12 ter boulevard Voltaire", "12 ter boulevard Voltaire"),
    ("J'habite au 3 bis rue des Lilas", "3 bis rue des Lilas"),
    ("Spedire a Via Roma 15/bis", "Via Roma 15/bis"),
    ("abito in via Garibaldi 7/bis a Torino", "via Garibaldi 7/bis"),
]


@pytest.mark.parametrize(("text", "street"), FOUND)
def test_address_with_number_suffix_is_found(text: str, street: str) -> None:
    """The address is found, with its suffixed house number."""
    result = classify_text(text)
    spans = [text[f.start : f.end] for f in result.findings if f.type == ADDRESS]
    assert any(street in span for span in spans), (text, result.findings)


@pytest.mark.parametrize(
    "text", ["von Haltestelle 3 bis Piazza Navona", "Il a 3 bis rue", "Bus 3 bis Via Roma"]
)
def test_suffix_without_street_is_no_address(text: str) -> None:
    """A German "bis" (until) before a street word, or no street name, is no address."""
    assert not [f for f in classify_text(text).findings if f.type == ADDRESS], text
