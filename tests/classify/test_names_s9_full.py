"""Person names, ninth session: names of two tokens that the cue-less detector missed.

1. Given names the gazetteers lacked: Faker's generic English list (US birth records: Jethro,
   Lavada, Ottis), Azerbaijani, Uzbek, Algerian French and Luxembourgish ones, and English short
   forms that the word filters drop (Matt, Phil, Freddie). Words, places and brands in those
   lists stay out ("Easter", "Nile", "Lemma", "Tierra").
2. A word-first given name ("Grace", "Jack", "Max", "Serena") at the start of a sentence before
   a surname that is no word, when the sentence goes on in lower case, a comma or a
   possessive: it counts as it does inside a sentence. A modal ("May Hollander join us?"), a
   word as the second token ("Rose Garden tours"), an eponym or a heading stay no person.

Positive rows name the exact spans found and were not found before; negative rows must yield no
person name at all. The rows are written by hand for these tests (not taken from any
evaluation set).
"""

from __future__ import annotations

import pytest

from proxy.classify import Classifier
from tests.found import found

NAME = "pii.person_name"

GIVEN = [
    ("Yesterday I phoned Jethro Quillfeather about the lease.", "Jethro Quillfeather"),
    ("The bass was played by Matt Dornbusch on that record.", "Matt Dornbusch"),
    ("Please forward the invoice to Freddie Vantongeren.", "Freddie Vantongeren"),
    ("We hired Mitch Albery last week.", "Mitch Albery"),
    ("The contract was signed by Anar Quliyev in Baku.", "Anar Quliyev"),
    ("The report was written by Sardor Toshmatov.", "Sardor Toshmatov"),
    ("Les clés sont chez Arezki Bouzerdine depuis hier.", "Arezki Bouzerdine"),
]
NOT_GIVEN = [
    "The Easter Parade starts at noon.",
    "We flew over the Nile Delta last year.",
    "The Lemma Proof below shows it.",
    "We sailed to Tierra del Fuego.",
    "See the Counting Rod Numerals block.",
    "Das Haus liegt im Kreis Lippe.",
    "Farma leży w hrabstwie Crawford, blisko rzeki.",
]
CLAUSE = [
    ("Grace Hollingsworth was promoted in spring.", "Grace Hollingsworth"),
    ("Jack Brannigan, you owe me a coffee.", "Jack Brannigan"),
    ("Serena Kowalczyk won the final in straight sets.", "Serena Kowalczyk"),
    ("Frank Zappelmeyer signed the papers today.", "Frank Zappelmeyer"),
    ("Ruby Okafor is our new tenant.", "Ruby Okafor"),
    ("Dean Kowalczyk, the new hire, starts Monday.", "Dean Kowalczyk"),
    ("Summer Glau starred in that series.", "Summer Glau"),
    ("Salvador Quintanilla, our landlord, called back.", "Salvador Quintanilla"),
]
NOT_CLAUSE = [
    "May Hollander join us later?",
    "Rose Garden tours start at ten.",
    "Summer Sale ends on Friday.",
    "Jack Russell terriers are small.",
    "Grace Period ends tomorrow.",
    "Frank Discussion Forum rules.",
    "Victoria Station is closed.",
    "Star Trek is a series.",
    "Storm Eunice was strong.",
    "Max Verwaltung hat angerufen.",
    "Amber Alert was issued.",
    "Hope Street is long.",
    "Will Power is a virtue.",
    "Crystal Palace won the match.",
    "Jack Brannigan Interview Transcript",
]


@pytest.mark.parametrize(("text", "name"), GIVEN)
def test_given_names_of_the_added_lists_are_found(
    classifier: Classifier, text: str, name: str
) -> None:
    """A given name of the added lists before an unknown surname is a person."""
    assert found(classifier, text, NAME) == [name]


@pytest.mark.parametrize("text", NOT_GIVEN)
def test_words_and_places_of_the_added_lists_are_no_names(
    classifier: Classifier, text: str
) -> None:
    """Words, places and units dropped from the lists give no person name."""
    assert found(classifier, text, NAME) == []


@pytest.mark.parametrize(("text", "name"), CLAUSE)
def test_word_first_name_starting_a_sentence_before_a_surname(
    classifier: Classifier, text: str, name: str
) -> None:
    """A word-first given name opening a sentence, before a surname, is a person."""
    assert found(classifier, text, NAME) == [name]


@pytest.mark.parametrize("text", NOT_CLAUSE)
def test_word_first_name_before_a_word_or_in_a_heading_is_no_person(
    classifier: Classifier, text: str
) -> None:
    """Modals, words, eponyms and headings at a sentence start give no person name."""
    assert found(classifier, text, NAME) == []


#: Surnames that the added lists also hold as given names (US birth records: Huston, Doss,
#: Austen): as the last token they count as any capitalised word, as they did before the lists.
SURNAME_ALSO_GIVEN = [
    ("The film was directed by John Huston in 1975.", "John Huston"),
    ("Later that year Desmond Doss went back to church.", "Desmond Doss"),
    # ("Jane Austen" is a famous writer: an eponym since the thirty-first session)
    ("Wir lesen gerade einen Roman von Jane Emerson.", "Jane Emerson"),
]


@pytest.mark.parametrize(("text", "name"), SURNAME_ALSO_GIVEN)
def test_surname_that_is_also_a_given_name_ends_a_name(
    classifier: Classifier, text: str, name: str
) -> None:
    """A given name of the added lists as the last token still ends a person's name."""
    assert found(classifier, text, NAME) == [name]
