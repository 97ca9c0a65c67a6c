"""Markings that label what follows on their line ("Company Confidential: Q3 forecast") and the
letter and contract markings of UK and French business ("Private and confidential", "Commercial
in confidence", "Confidentiel entreprise") (issue 11, family 6). A config key ("confidential:
false"), a form's "Confidential: No", headings, titles ("Confidential: A Novel") and a
contract's defined term are no markings; a single title-case word before a colon is a title.
"""

from __future__ import annotations

import pytest

from tests.found import classify_text

FOUND = [
    ("Company Confidential: Q3 forecast attached", "confidential"),
    ("CONFIDENTIAL: board minutes of 3 May", "confidential"),
    ("Streng vertraulich: Übernahmeplan", "restricted"),
    ("Private and confidential", "confidential"),
    ("Strictly private and confidential", "restricted"),
    ("Commercial in confidence", "confidential"),
    ("Confidentiel entreprise", "confidential"),
]


@pytest.mark.parametrize(("text", "level"), FOUND)
def test_marking_is_found(text: str, level: str) -> None:
    """The marking is found with the level it signals."""
    assert [f.subtype for f in classify_text(text).findings if f.type == "marking"] == [level]


NOT_FOUND = [
    "confidential: false",  # a configuration key
    "Confidential: No",
    "Internal: parse the headers first",  # a heading
    "Note: the following is confidential.",  # prose
    # review: headings, titles, a contract's defined term, empty fields, config values
    "## Confidential: Handling Guidelines",
    "Confidential: A Novel",
    "Confidential Information: as defined in Section 2",
    "Confidential:",
    "Confidential: true",
]


@pytest.mark.parametrize("text", NOT_FOUND)
def test_not_a_marking(text: str) -> None:
    """Configuration keys, negative answers and prose are no markings."""
    assert not [f for f in classify_text(text).findings if f.type == "marking"], text
