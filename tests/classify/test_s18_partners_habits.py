"""Eighteenth session: persons coordinated with a person found or mentioned in chat, first-person
drinking and drug use, symptoms whose speaker stands further back, and everyday complaints.

1. "Giulia Bianchetti e Oriana Scarpazzoni": an item joined by a list word to a name already
   found is a person when it reads as a name by itself; places, firms, bands and words are not.
   "@Marta Wiśniewska can you check", "thanks @marta.wisniewska", "@EmmaWillis": persons
   mentioned in chat pastes; decorators, package scopes and brands are not.
2. "I smoke weed every day", "Biorę amfetaminę", "Consumo cocaína": the first person; not the
   Dutch generic "je", not nouns ("el consumo de cocaína"), not code or seizures.
3. "I woke up with a stiff neck", "Mir tut seit drei Tagen der Rücken weh"; a lab value of an
   aquarium named in the sentence before stays out.
4. Everyday complaints: "I have a headache", "ich habe Ischias", "heeft weer eczeem", "hat sich
   heute Nacht übergeben", "kann seit Wochen nicht schlafen"; not a problem called a headache,
   advice, animals or machines that "throw up".

The rows are written by hand for these tests (not taken from any evaluation set).
"""

from __future__ import annotations

import pytest

from proxy.classify import Classifier
from tests.found import found

NAME = "pii.person_name"
HEALTH = "health"

PARTNERS = [
    ("The award went to Harriet Coldwell and Oriana Brannagh last spring.", "Oriana Brannagh"),
    ("Oriana Brannagh and Harriet Coldwell signed the lease.", "Oriana Brannagh"),
    ("Hanno firmato Giulia Bianchetti e Oriana Scarpazzoni.", "Oriana Scarpazzoni"),
    ("Étaient présents Mathilde Garnier et Solène Vaudrecourt.", "Solène Vaudrecourt"),
    ("Obecni byli Katarzyna Nowakowska oraz Zbyszko Pietrzykiewicz.", "Zbyszko Pietrzykiewicz"),
    ("With Thaddeus Morrow and Harriet Coldwell in the lead roles.", "Thaddeus Morrow"),
    ("The award went to Harriet Coldwell and Martin Brannagh.", "Martin Brannagh"),
    # two tokens no list knows but the second tier ("Fakhri", "Karadaş" are its surnames)
    ("The panel: Harriet Coldwell and Nargis Fakhri, both from Leeds.", "Nargis Fakhri"),
    ("Gekommen sind Jonas Albrecht und Azar Karadaş aus Bremen.", "Azar Karadaş"),
]

NOT_PARTNERS = [
    ("Harriet Coldwell and Deutsche Bank signed the deal.", "Deutsche Bank"),
    ("Harriet Coldwell and Groove Armada played on Friday.", "Groove Armada"),
    ("Harriet Coldwell and Microsoft Azure are in the contract.", "Microsoft Azure"),
    ("Harriet Coldwell und Deutsche Telekom einigten sich.", "Deutsche Telekom"),
    ("Harriet Coldwell and Sporting Lisbon agreed.", "Sporting Lisbon"),
    ("Harriet Coldwell and Bayern Munich agreed.", "Bayern Munich"),
    # two tokens no list knows: a firm or a place as often as a person
    ("Hanno firmato Harriet Coldwell e Banca Intesa.", "Banca Intesa"),
    ("Firmaron Harriet Coldwell y Telefonica Movistar.", "Telefonica Movistar"),
    ("A meeting of Harriet Coldwell and Kuala Lumpur officials.", "Kuala Lumpur"),
    ("A meeting of Harriet Coldwell and Ashok Leyland executives.", "Ashok Leyland"),
]


@pytest.mark.parametrize(("text", "value"), PARTNERS)
def test_a_person_joined_to_a_person_found_is_found(
    classifier: Classifier, text: str, value: str
) -> None:
    """The partner is a person name of its own."""
    assert value in found(classifier, text, NAME)


@pytest.mark.parametrize(("text", "value"), NOT_PARTNERS)
def test_firms_bands_places_and_words_beside_a_name_stay_out(
    classifier: Classifier, text: str, value: str
) -> None:
    """The name is found; what is joined to it is not a person."""
    names = found(classifier, text, NAME)
    assert "Harriet Coldwell" in names
    assert not any(value in name or name in value for name in names if name != "Harriet Coldwell")


MENTIONS = [
    ("@Marta Wiśniewska can you check the PR?", "Marta Wiśniewska"),
    ("Hi @Pieter Bakker, see the thread below", "Pieter Bakker"),
    ("thanks @marta.wisniewska for the review", "marta.wisniewska"),
    ("cc @pieter_bakker on the incident", "pieter_bakker"),
    ("@EmmaWillis happy birthday!", "EmmaWillis"),
    ("@Anna Klein can you check the figures?", "Anna Klein"),
]

NOT_MENTIONS = [
    "@Override public void run() {}",
    "@pytest.fixture\ndef client(): ...",
    '@app.route("/health")',
    "npm i @types/node @angular/core",
    "@MarioKart is the best game",
    "@FordPerformance what a car",
    "@Demi: I was saying that",
    "write to support@mario.rossi.example",
    "@JohnDeere announced new tractors.",
    "@Fred Perry sale today",
]


@pytest.mark.parametrize(("text", "value"), MENTIONS)
def test_a_person_mentioned_in_a_chat_paste_is_found(
    classifier: Classifier, text: str, value: str
) -> None:
    """The mentioned person's name or handle is a person name."""
    assert value in found(classifier, text, NAME)


@pytest.mark.parametrize("text", NOT_MENTIONS)
def test_decorators_scopes_brands_and_lone_given_names_stay_out(
    classifier: Classifier, text: str
) -> None:
    """No person name."""
    assert found(classifier, text, NAME) == []


HABITS = [
    ("I smoke weed every day and I can't stop.", "smoke weed"),
    ("I use cocaine at parties, is that dangerous?", "use cocaine"),
    ("Ik gebruik elk weekend xtc.", "xtc"),
    ("Ik rook elke dag wiet.", "wiet"),
    ("Ich nehme seit Jahren Kokain.", "Kokain"),
    ("Je bois trop depuis mon divorce.", "bois trop"),
    ("Biorę amfetaminę od miesiąca.", "amfetaminę"),
    ("Palę trawkę codziennie.", "trawkę"),
    ("Piję codziennie od rana.", "Piję"),
    ("Mój mąż dużo pije.", "dużo pije"),
    ("Consumo cocaína los fines de semana.", "cocaína"),
    ("Bebo demasiado.", "Bebo demasiado"),
    ("Fumo erba ogni sera.", "Fumo erba"),
]

NOT_HABITS = [
    "Hoe weet je of je te veel drinkt?",
    "Als je elke dag drinkt, ben je dan verslaafd?",
    "Il consumo di cocaina è aumentato in Italia.",
    "Il fumo di erba fa male ai polmoni.",
    "El consumo de marihuana entre jóvenes.",
    "Tomo nota de la cocaína incautada.",
    "I use LSD radix sort for strings.",
    "I use meth() in my Python class.",
    "I take heroin seizures very seriously as a customs officer.",
    "I use MDMA as a case study in my pharmacology lecture.",
    "Prendo ad esempio la cocaina.",
    "Consumo e spaccio di cocaina: arrestato un uomo.",
    "Bevo troppo poco.",
    "Customs officers took heroin worth 2 million from my neighbour's container.",
    "Ik neem de trein naar Amsterdam.",
    "Prendo un caffè ogni mattina.",
    "Piję kawę codziennie.",
    "Bebo mucha agua todos los días.",
]


@pytest.mark.parametrize(("text", "value"), HABITS)
def test_the_speakers_own_drinking_or_drug_use_is_found(
    classifier: Classifier, text: str, value: str
) -> None:
    """The habit the row names is inside a health finding."""
    assert any(value in span for span in found(classifier, text, HEALTH))


@pytest.mark.parametrize("text", NOT_HABITS)
def test_generic_you_nouns_code_and_seizures_stay_out(classifier: Classifier, text: str) -> None:
    """No health finding."""
    assert found(classifier, text, HEALTH) == []


SYMPTOMS = [
    ("I woke up with a stiff neck this morning.", "stiff neck"),
    ("My ankles swell every evening.", "ankles swell"),
    ("Her knees swelled up after the run.", "knees swelled"),
    ("Mir tut seit drei Tagen der Rücken weh.", "Rücken weh"),
]


@pytest.mark.parametrize(("text", "value"), SYMPTOMS)
def test_symptoms_with_the_speaker_further_back_are_found(
    classifier: Classifier, text: str, value: str
) -> None:
    """The symptom is inside a health finding."""
    assert any(value in span for span in found(classifier, text, HEALTH))


@pytest.mark.parametrize(
    "text",
    [
        "I read that a stiff neck can come from a bad pillow.",
        "I tested my aquarium water today. Calcium was 2.5 mmol/L and magnesium 1300 mg/l.",
        "Erkläre mir bitte die Ursachen für geschwollene Knöchel.",
    ],
)
def test_reported_symptoms_and_aquarium_values_stay_out(classifier: Classifier, text: str) -> None:
    """No health finding: what the speaker read, and a fish tank's water."""
    assert found(classifier, text, HEALTH) == []


COMPLAINTS = [
    ("I have a headache.", "a headache"),
    ("My son has a cough since Monday.", "a cough"),
    ("ich habe Ischias", "Ischias"),
    ("j'ai une sciatique", "une sciatique"),
    ("Tengo diarrea.", "diarrea"),
    ("Mam biegunkę.", "biegunkę"),
    ("Onze zoon heeft weer eczeem in zijn elleboogholtes.", "eczeem"),
    ("Mein Mann hat seit dem Urlaub einen Tinnitus.", "einen Tinnitus"),
    ("Ik heb al drie dagen last van diarree.", "last van diarree"),
    ("Lukas hat sich heute Nacht zweimal übergeben.", "übergeben"),
    ("Mir ist so übel.", "übel"),
    ("Ella se siente muy mareada desde ayer.", "mareada"),
    ("Kann seit Wochen nicht richtig schlafen.", "schlafen"),
    ("je tousse toute la nuit", "tousse"),
    ("Mijn dochter is nog misselijk.", "misselijk"),
]

NOT_COMPLAINTS = [
    "I have a headache with this migration script.",
    "Does aspirin help if you have a headache?",
    "Patients who have vertigo should not drive.",
    "El vino tiene acidez de 3,5 g/l.",
    "The server threw up an error.",
    "Can't sleep until this bug is fixed!",
    "My cat has been vomiting all night.",
    "If you feel dizzy, sit down.",
    "He had spit on his shirt.",
    "Ich möchte heute früh schlafen gehen.",
    "Er hat mir den Schlüssel übergeben.",
    "Ze heeft het stokje overgegeven.",
    "I threw up my hands and gave up on the migration.",
    "I can't sleep until the release next week.",
    "Ik ben misselijk van die politiek.",
    "Feeling dizzy? Sit down and drink water.",
    "Ich habe noch keine Ahnung von Ischias.",
    "I have Vertigo on Blu-ray.",
    "Non è grave, ma tosse e febbre vanno controllate.",
    "We have reflux in the pipe when the pump stops.",
    "My dog has diarrhea.",
    "We have a headache.",
]


@pytest.mark.parametrize(("text", "value"), COMPLAINTS)
def test_a_persons_everyday_complaint_is_found(
    classifier: Classifier, text: str, value: str
) -> None:
    """The complaint is inside a health finding."""
    assert any(value in span for span in found(classifier, text, HEALTH))


@pytest.mark.parametrize("text", NOT_COMPLAINTS)
def test_problems_advice_animals_and_machines_stay_out(classifier: Classifier, text: str) -> None:
    """No health finding."""
    assert found(classifier, text, HEALTH) == []
