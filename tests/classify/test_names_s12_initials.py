"""Brands, companies and sport abbreviations written with initials (session 12).

"J. Crew", "H. J. Heinz", "J. P. Morgan" are companies named after a founder; "A. P. Moller"
is one before "Maersk"; a company word after the name ("Company", "& Söhne") makes one; "K. O."
and "F. C." are read letter by letter. None is a person; people with the same shape are.
"""

from __future__ import annotations

import pytest

from tests.found import classify_text

PERSON = "pii.person_name"


def _names(text: str) -> list[str]:
    """The person names found in ``text``."""
    return [text[f.start : f.end] for f in classify_text(text).findings if f.type == PERSON]


NOT_FOUND = [
    "Her new coat is by J. Crew and the scarf too.",
    "Une collaboration entre Moët et L. Vuitton cette année.",
    "He won with a K. O. Punch in the second round.",
    "Shipping with A. P. Moller - Maersk is slow this month.",
    "Shipping with A. P. Moller Maersk is slow this month.",
    "We bought the ketchup from H. J. Heinz last year.",
    "The H. J. Heinz Company makes ketchup.",
    "Ask J. P. Morgan about the loan terms.",
    "The magazines are sold at W. H. Smith in the station.",
    "A watch from A. Lange & Söhne costs a fortune.",
    "The fund is now managed by T. Rowe Price in Baltimore.",
    "We bought it from H. J. Heinz Company last year.",
    "The toys came from W. Brandsma and Sons in May.",
    "Das Buch erschien bei C. H. Beck in München.",
    "The match was won by F. C. Kleinhausen on Sunday.",
]


@pytest.mark.parametrize("text", NOT_FOUND)
def test_brand_with_initials_is_no_person(text: str) -> None:
    """A brand, a company or a sport abbreviation written with initials is no name."""
    assert not _names(text), text


FOUND = [
    ("The report was signed by J. Smith yesterday.", "J. Smith"),
    ("Une lettre de L. Dupont est arrivée ce matin.", "L. Dupont"),
    ("The report was written by A. P. Moller in 1904.", "A. P. Moller"),
    ("The letter was signed by K. O. Schneider last week.", "K. O. Schneider"),
    ("The proposal was reviewed by J. Crewdson last week.", "J. Crewdson"),
    ("The order was approved by H. J. Heinzmann on Monday.", "H. J. Heinzmann"),
    ("The payment went to M. Morgan and her partner.", "M. Morgan"),
]


@pytest.mark.parametrize(("text", "name"), FOUND)
def test_people_with_the_same_shape_stay_names(text: str, name: str) -> None:
    """Known surnames, other surnames and the founder without the company word stay names."""
    assert name in _names(text), text
