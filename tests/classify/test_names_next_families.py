"""Person names without cues, next families (issue 11): regnal names, a word-like given name
before a known surname, given names before punctuation, Polish given names.

Positive rows name the exact spans found; negative rows must yield no person name at all. The
rows are written by hand for these tests (not taken from any evaluation set).
"""

from __future__ import annotations

import pytest

from proxy.classify import Classifier
from tests.found import found

NAME = "pii.person_name"

REGNAL = [
    ("The charter was sealed by Friedrich II at Palermo.", "Friedrich II"),
    ("Isabel II firmó el decreto en 1845.", "Isabel II"),
    ("La bolla fu emanata da papa Gregorio XIII nel 1582.", "Gregorio XIII"),
    ("Za panowania Kazimierz III zbudowano wiele zamków.", "Kazimierz III"),
    ("Le traité porte la signature de Philippe IV et de son fils.", "Philippe IV"),
    ("Koning Filip II liet de vloot uitrusten.", "Filip II"),
    ("Karl V dankte 1556 ab.", "Karl V"),
    ("Ask whether Benedetto XV wrote that letter.", "Benedetto XV"),
]
REGNAL_NEGATIVE = [
    "The council known as Vatican II changed the liturgy.",
    "The old laptop still runs Windows XP.",
    "We finished Final Fantasy VII last night.",
    "Apollo XI landed on the moon in 1969.",
    "After World War II the harbour was rebuilt.",
    "The drug is now in Phase III trials.",
    "Nel XIX secolo la città crebbe molto.",
    "Pod koniec XV wieku miasto się rozrosło.",
    # parts of a text and numbered things before a given name
    "See Section Anna IV for the reporting duties.",
    "Im Kapitel Victor IV steht die Begründung.",
    "The roller coaster Formula Rossa II is faster.",
]


@pytest.mark.parametrize(("text", "name"), REGNAL)
def test_a_given_name_with_a_regnal_number_is_a_person(
    classifier: Classifier, text: str, name: str
) -> None:
    """A known given name followed by a Roman numeral is a ruler or a pope."""
    assert found(classifier, text, NAME) == [name]


@pytest.mark.parametrize("text", REGNAL_NEGATIVE)
def test_numbered_councils_games_missions_and_centuries_are_not_persons(
    classifier: Classifier, text: str
) -> None:
    """A Roman numeral after a word that is no given name, or before a century word, is not."""
    assert found(classifier, text, NAME) == []


WORD_FIRST = [
    ("Honestly Rose Kowalski deserves a raise.", "Rose Kowalski"),
    ("The report says Frank Hoffmann approved it.", "Frank Hoffmann"),
    ("Gestern hat Max Schneider angerufen.", "Max Schneider"),
    ("Secondo Grace Ferrari il contratto è scaduto.", "Grace Ferrari"),
    ("The jury picked Jack Morrison as winner.", "Jack Morrison"),
    ("The company hired Dean Kowalczyk last year.", "Dean Kowalczyk"),
]
WORD_FIRST_NEGATIVE = [
    "Sign up for the Will Power workshop on Monday.",
    "The parade on May Day starts at noon.",
    "There is a Grace Period of ten days after the due date.",
    "We had lunch in the Rose Garden behind the museum.",
    "After a Frank Discussion the board agreed.",
    "She drinks a cup of Earl Grey every morning.",
    "The audit was done by Grant Thornton in March.",
    "Will Thompson join us?",
]


@pytest.mark.parametrize(("text", "name"), WORD_FIRST)
def test_a_word_like_given_name_before_a_known_surname_is_a_person(
    classifier: Classifier, text: str, name: str
) -> None:
    """A given name that is also a word, inside a sentence, before a known surname."""
    assert found(classifier, text, NAME) == [name]


@pytest.mark.parametrize("text", WORD_FIRST_NEGATIVE)
def test_a_word_like_given_name_before_a_word_or_at_a_sentence_start_is_not(
    classifier: Classifier, text: str
) -> None:
    """Before an everyday word, in a brand or firm, or at a sentence start: no person."""
    assert found(classifier, text, NAME) == []


POLISH = [
    ("Wczoraj dzwoniła Małgorzata Zawadzka w sprawie faktury.", "Małgorzata Zawadzka"),
    ("Umowę podpisał Bartosz Kurek i wysłał ją pocztą.", "Bartosz Kurek"),
    ("Spotkałem się z Władysławą Nowicką w biurze.", "Władysławą Nowicką"),
    ("Rozmawiałem z Bożeną Lis o urlopie.", "Bożeną Lis"),
]
POLISH_NEGATIVE = [
    "Nadzieja umiera ostatnia.",
    "Polonia Warszawa wygrała wczoraj mecz.",
    "Na deser była Malina Kamczatka z ogrodu.",
]


@pytest.mark.parametrize(("text", "name"), POLISH)
def test_polish_given_names_missing_from_faker_are_known(
    classifier: Classifier, text: str, name: str
) -> None:
    """Polish given names (and their case forms) that Faker's list lacks start a name."""
    assert found(classifier, text, NAME) == [name]


@pytest.mark.parametrize("text", POLISH_NEGATIVE)
def test_polish_words_that_are_also_given_names_are_not_names(
    classifier: Classifier, text: str
) -> None:
    """Words, clubs and fruit that a name list also holds start no name."""
    assert found(classifier, text, NAME) == []


BEFORE_FULL_STOP = [
    ("Yesterday I had a long dinner with Gertrude.", "Gertrude"),
    ("The keys are with Leopold.", "Leopold"),
    ("Nobody told me anything about the visit from Henrietta.", "Henrietta"),
    ("Ce matin j'ai parlé avec Clémentine.", "Clémentine"),
]
BEFORE_FULL_STOP_NEGATIVE = [
    "Please upload the file Gertrude.pdf again.",
    "She studied at the University of Alberta.",
    "Het hotel ligt nabij Breda.",
    "Send it to leopold.schmidt@example.com today.",
    # languages, libraries, products and myths named like people (a review's probes)
    "For numerical work I use Julia.",
    "Ich programmiere lieber in Pascal.",
    "The front-end tests are powered by Jasmine.",
    "The ship was named after Hermes.",
    # storms and weather systems
    "The levees failed during hurricane Katrina.",
    "Der Sturm Kyrill kam im Januar 2007.",
]


@pytest.mark.parametrize(("text", "name"), BEFORE_FULL_STOP)
def test_a_lone_given_name_ending_a_sentence_is_found(
    classifier: Classifier, text: str, name: str
) -> None:
    """A given name right before a full stop, inside a sentence, is a person."""
    assert found(classifier, text, NAME) == [name]


@pytest.mark.parametrize("text", BEFORE_FULL_STOP_NEGATIVE)
def test_file_names_institutions_and_places_before_a_full_stop_are_not(
    classifier: Classifier, text: str
) -> None:
    """A name glued to a file extension, after "University of" or "nabij" (near) is none."""
    assert found(classifier, text, NAME) == []


LISTS = [
    (
        "Guests: Tobias Quarnstedt, Helena Vrbanova, Matteo Ziraldi, Ingrid Olafsdottir.",
        ["Tobias Quarnstedt", "Helena Vrbanova", "Matteo Ziraldi", "Ingrid Olafsdottir"],
    ),
    (
        "Musiker: Pietro Varlotti, Fabrizio Moncalvi, Enrico Battaglini, Sergio Trapani.",
        ["Pietro Varlotti", "Fabrizio Moncalvi", "Enrico Battaglini", "Sergio Trapani"],
    ),
    ("Please ask Tobias Quarnstedt, Museum director, about the loan.", ["Tobias Quarnstedt"]),
    ("Die Adresse ist Via Roma, Anna Neri wohnt dort.", ["Anna Neri"]),
]
LISTS_NEGATIVE = [
    "Product Roadmap, Julia Programming, Data Science Overview",
    "Getting Started With Julia Programming And Data Science",
    "We met at the Tobias Quarnstedt Museum yesterday.",
    "The bands were Linkin Park, Arctic Monkeys and Muse.",
]


@pytest.mark.parametrize(("text", "names"), LISTS)
def test_names_in_a_list_are_each_found(
    classifier: Classifier, text: str, names: list[str]
) -> None:
    """Names separated by commas are a list of people, not a Title Case heading, and the
    next item's street or institution word is not theirs."""
    assert found(classifier, text, NAME) == names


@pytest.mark.parametrize("text", LISTS_NEGATIVE)
def test_title_case_lists_and_institutions_are_not_names(classifier: Classifier, text: str) -> None:
    """Headings, a name before its institution word and lists of bands are no person."""
    assert found(classifier, text, NAME) == []


ROLES = [
    ("Nel film recita l'attrice Rose Calabrò accanto a lui.", "Rose Calabrò"),
    ("Gestern sagte der Trainer Max Hollerbach ab.", "Max Hollerbach"),
    ("W filmie zagrała aktorka Grace Wydrzyńska.", "Grace Wydrzyńska"),
]
ROLES_NEGATIVE = [
    "The media player Will Power is free.",
    "Der Trainer Bereich ist neu.",
    "Der Vertrag mit dem Spieler ist verlängert worden.",
]


@pytest.mark.parametrize(("text", "name"), ROLES)
def test_a_role_word_before_a_name_is_a_strong_cue(
    classifier: Classifier, text: str, name: str
) -> None:
    """An occupation right before a name ("l'attrice", "der Trainer", "aktorka") is evidence
    enough for a word-like given name."""
    assert found(classifier, text, NAME) == [name]


@pytest.mark.parametrize("text", ROLES_NEGATIVE)
def test_a_role_word_before_words_is_no_name(classifier: Classifier, text: str) -> None:
    """A role word before everyday words, or alone, names no one."""
    assert found(classifier, text, NAME) == []
