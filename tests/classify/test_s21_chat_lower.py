"""Twenty-first session: given names typed in lower case in chat prompts.

A name written without its capital, in a part written without capitals, is found where its
frame says it is a person: after a word of address ("remind", "ask", "kun je … herinneren"),
after a word of company where a meeting or call is named ("call with", "termin mit",
"overleg met"), joined to such a name ("tariq and noor"), or opening a clause before a verb of
saying or wanting ("gaëlle veut"). Not an everyday word that is a given name too ("with olive
oil"), not after "for" or "from", not in code ("with conn:"), not in text written with
capitals, not a name outside such a frame, not a name cut at the end of what the detector
reads, and the same in every part of a chat, whatever marks open the part.

Also a known given name standing alone in German text after a finite verb and before a
lower-case word ("Gestern hat Lukas mir geschrieben"): the subject after the verb, where a noun
would take an article; not a noun, a place or a company there. And the owner of what only a
person owns when the word lists hold the given name as a word of some language ("Sarah's
laptop"); not a company, a month or a season. And an unknown token shaped like a surname
("-ewicz", "-sson") opening a sentence before what a colleague wants or keeps doing; not a
place or a brand there.

The rows are written by hand for these tests (not taken from any evaluation set or probe).
"""

from __future__ import annotations

import pytest

from proxy.classify import Classifier
from proxy.classify.taxonomy import TextPart
from tests.found import found

NAME = "pii.person_name"

NAMED = [
    ("quick one: had a call with yusuf about the invoices, pls draft a recap", "yusuf"),
    ("notes: lunch with priyanka and noor re onboarding, they want a buddy system", "priyanka"),
    ("notes: lunch with priyanka and noor re onboarding, they want a buddy system", "noor"),
    ("remind ingrid that the audit starts monday", "ingrid"),
    ("can u ping dimitri about the server logs", "dimitri"),
    ("résumé rapide : point avec gaëlle sur le budget, elle valide", "gaëlle"),
    ("gaëlle veut décaler la réunion, tu peux répondre ?", "gaëlle"),
    ("14:00 call with svenja about the budget", "svenja"),
    ("👋 hey, lunch with priyanka tomorrow?", "priyanka"),
    ("- [ ] call with yusuf re the invoices", "yusuf"),
    ("we met tariq at the fair, pls draft a follow-up", "tariq"),
    ("mach kurz eine notiz: termin mit jannik wegen der abrechnung", "jannik"),
    ("bitte einen termin mit svenja ausmachen, sie ist ab montag krank", "svenja"),
    ("riassunto veloce: riunione con beatrice per il contratto", "beatrice"),
    ("resumen: reunión con ximena sobre las vacaciones", "ximena"),
    ("y ximena quiere cambiar el turno del sábado", "ximena"),
    ("samenvatting: overleg met maarten over de planning", "maarten"),
    ("kun je femke herinneren aan de deadline?", "femke"),
    ("notatka: spotkanie z agnieszka w sprawie urlopu", "agnieszka"),
    ("met with tariq hussain yesterday about the renewal", "tariq hussain"),
    # a row of the sixteenth session's negatives, there because "tell" did not open the
    # sentence; after "tell", a lower-case given name that is no word is whom one tells
    ("we could tell maxime that story, he said", "maxime"),
]

NOT_NAMED = [
    "cook the onions with olive oil and a pinch of salt",
    "pasta with basil and garlic, ready in ten minutes",
    "Garnish the soup with basil and serve immediately.",  # written with capitals
    "ok. Deglaze the pan with sherry.",  # a sentence starts with a capital
    "deglaze with sherry; Add salt",
    "- deglaze the pan with sherry\n- Add salt",
    "def save(conn):\n    with conn:\n        conn.commit()",  # code, no meeting
    "deglaze the pan with sherry and reduce",  # company, but no meeting before it
    "sherry is sweeter than port, right?",  # "is" opens no clause of a person
    "kun je marge toevoegen aan de begroting?",  # the Dutch question's verb takes no person
    "décore le gâteau avec violet et blanc",
    "ich war zwei wochen mit corona krank",
    "il prezzo con iva è di 120 euro",
    "riunione per otto persone in sala grande",
    "a gift for priyanka from the team",  # "for" is no cue
    "flowers from priyanka arrived",  # nor "from"
    "the server farm in sofia is down again",
    "tariq mentioned nothing about it",  # no frame: a name alone at the start
    "priyanka",
]

INVERTED = [
    ("Gestern hat Lukas mir geschrieben, dass die Lieferung später kommt.", "Lukas"),
    ("Leider kann Henrike heute nicht kommen.", "Henrike"),
    ("Vorhin hat Annika angerufen, sie ist krank.", "Annika"),
    ("Morgen muss Torben die Präsentation halten.", "Torben"),
]

NOT_INVERTED = [
    "Dann hat Zeit gefehlt.",
    "Das Projekt hat Priorität bekommen.",
    "Heute hat Bayern gewonnen.",
    "Gestern hat Apple neue Geräte vorgestellt.",
    "Deshalb will Hannover neue Wohnungen bauen.",
    "Im Mai hat Mercedes die Preise erhöht.",
    "Gestern hat Douglas neue Filialen eröffnet.",
    "Am Samstag hat Hertha knapp gewonnen.",
]


OWNERS = [
    ("Sarah's laptop is broken again, can you write a ticket?", "Sarah"),
    ("Peter's appointment was moved to Friday.", "Peter"),
    ("David's contract ends in June.", "David"),
]

NOT_OWNERS = [
    "Apple's laptop sales fell.",
    "May's appointment book is full.",
    "Summer's holiday season starts.",
    "Dell's laptop line is popular.",
    "Amazon's contract with the union.",
]


SHAPED = [
    ("Brzęczyszczykiewicz chce przesunąć termin.", "Brzęczyszczykiewicz"),
    ("Halvorsson wants to move the review.", "Halvorsson"),
]

NOT_SHAPED = [
    "Lamborghini continua a crescere.",
    "Medellín quiere ser más verde.",
    "Amsterdam wil meer fietspaden.",
]


@pytest.mark.parametrize(("text", "value"), NAMED)
def test_a_lower_case_name_in_its_frame_is_found(
    classifier: Classifier, text: str, value: str
) -> None:
    """The lower-case name is a person-name finding."""
    assert value in found(classifier, text, NAME)


@pytest.mark.parametrize("text", NOT_NAMED)
def test_words_and_names_outside_a_frame_stay_out(classifier: Classifier, text: str) -> None:
    """No lower-case person-name finding (a capitalised name is for the other detectors)."""
    assert [span for span in found(classifier, text, NAME) if span.islower()] == []


def test_every_part_of_a_chat_is_read(classifier: Classifier) -> None:
    """The name is found in the third message, a long one, with that message's offsets."""
    third = "ok so set up a call with svenja tomorrow pls. " + "the rest is small talk. " * 20
    parts = [
        TextPart("system", "You are a helpful assistant."),
        TextPart("user.0", "Hello!"),
        TextPart("user.1", third),
    ]
    result = classifier.classify(parts)
    spans = [(f.part, third[f.start : f.end]) for f in result.findings]
    assert spans == [("user.1", "svenja")]


def test_only_the_head_of_a_long_part_is_read(classifier: Classifier) -> None:
    """A name in the first kilobyte is found; one far into a long text is not read."""
    filler = "the quarterly report covers revenue and costs in detail. " * 40
    assert "yusuf" in found(classifier, "call with yusuf today. " + filler, NAME)
    assert found(classifier, filler + "call with yusuf today.", NAME) == []


def test_a_name_cut_at_the_end_of_the_head_is_not_read_shorter(classifier: Classifier) -> None:
    """ "priyanka" across the end of the first kilobyte is not read as "priya"; a name that
    ends right at it, before a space, is read."""
    lead = "call with "

    def padded(name: str) -> str:
        """Lower-case filler, then the cue, with ``name`` ending at character 1024."""
        size = 1024 - len(lead) - len(name)
        return ("ab " * 400)[: size - 1] + " " + lead + "priyanka about it"

    text = padded("priya")
    assert text[1019:1024] == "priya"
    assert found(classifier, text, NAME) == []
    whole = padded("priyanka")
    assert whole[1016:1024] == "priyanka"
    assert found(classifier, whole, NAME) == ["priyanka"]


def test_seam_groups_read_no_fragment(classifier: Classifier) -> None:
    """A seam group (the end of one part, the start of the next) cut inside a part is not
    read as a part: the first message is written with capitals, and its lower-case tail is
    no part of its own."""
    first = "Deglaze the pan and keep the heat low for a while. " * 4
    first += "when the onions are soft, have lunch with priyanka and serve"
    result = classifier.classify([TextPart("a", first), TextPart("b", "ok thanks")])
    assert [f for f in result.findings if f.type == NAME] == []


def test_many_parts_cost_no_hit_budget(classifier: Classifier) -> None:
    """The once-per-part prefilter counts against no budget: a chat of 30,000 short
    lower-case messages, each of which wakes it, is read; a chat of 30,000 numbers still fails
    closed on its own hits."""
    parts = [TextPart(f"m{i}", "ok so we") for i in range(30_000)]
    parts[20_000] = TextPart("m20000", "ok so lunch with priyanka tomorrow")
    result = classifier.classify(parts)
    assert result.error is None
    assert [f.part for f in result.findings] == ["m20000"]
    numbers = classifier.classify([TextPart(f"n{i}", "1") for i in range(30_000)])
    assert numbers.error == "scan budget exceeded: too many candidates"


@pytest.mark.parametrize(("text", "value"), INVERTED)
def test_a_german_subject_after_its_verb_is_found(
    classifier: Classifier, text: str, value: str
) -> None:
    """The given name after the finite verb is a person-name finding."""
    assert value in found(classifier, text, NAME)


@pytest.mark.parametrize("text", NOT_INVERTED)
def test_a_noun_place_or_company_after_the_verb_stays_out(
    classifier: Classifier, text: str
) -> None:
    """No person-name finding."""
    assert found(classifier, text, NAME) == []


@pytest.mark.parametrize(("text", "value"), OWNERS)
def test_the_owner_of_a_colleague_s_things_is_found(
    classifier: Classifier, text: str, value: str
) -> None:
    """The given name before "'s" and an owned noun is a person-name finding."""
    assert value in found(classifier, text, NAME)


@pytest.mark.parametrize("text", NOT_OWNERS)
def test_companies_months_and_seasons_own_nothing(classifier: Classifier, text: str) -> None:
    """No person-name finding."""
    assert found(classifier, text, NAME) == []


@pytest.mark.parametrize(("text", "value"), SHAPED)
def test_an_unknown_surname_shaped_subject_is_found(
    classifier: Classifier, text: str, value: str
) -> None:
    """The surname-shaped token before the verb is a person-name finding."""
    assert value in found(classifier, text, NAME)


@pytest.mark.parametrize("text", NOT_SHAPED)
def test_places_and_brands_before_the_verb_stay_out(classifier: Classifier, text: str) -> None:
    """No person-name finding."""
    assert found(classifier, text, NAME) == []
