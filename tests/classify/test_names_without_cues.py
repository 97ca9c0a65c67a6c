"""Person names without cues (issue 11, family 1): gazetteers, shape, context and exclusions.

Positive rows name the exact span found; negative rows must yield no person name at all. The
names are written by hand for these tests (not generated, not from any evaluation set).
"""

from __future__ import annotations

import pytest

from proxy.classify import Classifier
from proxy.classify.taxonomy import TextPart

NAME = "pii.person_name"

POSITIVE = [
    # English
    ("Please forward the contract to Eleanor Whitfield before Friday.", "Eleanor Whitfield"),
    ("I had lunch with Gregory Thornton and we talked about the budget.", "Gregory Thornton"),
    ("Can you check why Oliver Pennington was charged twice?", "Oliver Pennington"),
    ("Tomomi Nishiyama lives at 4 Elm Road, Leeds.", "Tomomi Nishiyama"),
    ("The ticket was opened by Margaret O'Sullivan yesterday.", "Margaret O'Sullivan"),
    ("The lease was signed by May Thompson on behalf of the tenants.", "May Thompson"),
    # French
    ("Le dossier de Camille Lefèvre est incomplet, merci de relancer.", "Camille Lefèvre"),
    ("J'ai reçu un appel de Thibault Marchand ce matin.", "Thibault Marchand"),
    ("Le dossier de Jean-Claude Martinet est prêt.", "Jean-Claude Martinet"),
    ("Nathalie Rousseau habite au troisième étage.", "Nathalie Rousseau"),
    ("Pierre Lemaire a appelé ce matin pour le devis.", "Pierre Lemaire"),
    ("Pièce jointe : attestation de Sébastien GARNIER, reçue hier.", "Sébastien GARNIER"),
    # German
    ("Ich habe gestern mit Jürgen Hoffmann telefoniert.", "Jürgen Hoffmann"),
    ("Bitte leite das an Annegret Schulze-Brandt weiter.", "Annegret Schulze-Brandt"),
    ("Laut Henrik Vogelsang wohnt die Familie jetzt in Kassel.", "Henrik Vogelsang"),
    # Italian
    ("Ho parlato con Giulia Bianchetti ieri sera.", "Giulia Bianchetti"),
    ("La pratica di Alessandro Mancuso è ancora aperta.", "Alessandro Mancuso"),
    ("Riassumi la lettera che Francesca De Luca ha scritto al comune.", "Francesca De Luca"),
    # Spanish
    ("El contrato de Lucía Fernández vence en marzo.", "Lucía Fernández"),
    ("Ayer hablé con Rodrigo Santamaría sobre la factura.", "Rodrigo Santamaría"),
    ("Resume el correo de María del Carmen Ortega, por favor.", "María del Carmen Ortega"),
    # Dutch
    ("Het contract van Pieter van der Berg loopt volgende maand af.", "Pieter van der Berg"),
    ("Kun je Femke de Groot vragen of ze morgen kan?", "Femke de Groot"),
    ("Sanne Hoekstra woont sinds mei in Utrecht.", "Sanne Hoekstra"),
    # Polish
    ("Rozmawiałem wczoraj z Katarzyna Nowakowska o fakturze.", "Katarzyna Nowakowska"),
    ("Wniosek złożył Tomasz Wiśniewski w poniedziałek.", "Tomasz Wiśniewski"),
    ("Agnieszka Zielińska mieszka przy ulicy Długiej.", "Agnieszka Zielińska"),
    ("Spotkałem się z Martą Wróblewską w biurze.", "Martą Wróblewską"),
    ("Proszę o kontakt od Tomasza Kalinowskiego.", "Tomasza Kalinowskiego"),
    # Czech and mixed text, names from elsewhere
    ("Please add Chukwuemeka Okafor to the distribution list.", "Chukwuemeka Okafor"),
    ("Šárka Ottová has asked for a refund of the second payment.", "Šárka Ottová"),
    (
        "Meeting notes: Lukas Brenner (DE) and Ingrid Halvorsen agreed.",
        ["Lukas Brenner", "Ingrid Halvorsen"],
    ),
    ("Zusammenfassung bitte: Dorota Kamińska hat die Rechnung bezahlt.", "Dorota Kamińska"),
    ("Our new hire, Mateusz Kowalczyk, starts on the first.", "Mateusz Kowalczyk"),
    ("The report from Helena Marsh’s team is late.", "Helena Marsh"),
    ("user = find_user('Rebecca Lindqvist')  # returns None", "Rebecca Lindqvist"),
    # a known given name and an unknown capitalised word after a lower-case word
    ("The report was reviewed by Hilary Quarrington last week.", "Hilary Quarrington"),
    ("Il contratto è stato firmato da Paolo Zanfirelli ieri.", "Paolo Zanfirelli"),
    ("La factura la revisó Marta Quintanilleja ayer.", "Marta Quintanilleja"),
    # German text: an unknown capitalised word after a given name that is no common noun
    ("Gestern hat Gunther Wesselbrink die Kündigung geschickt.", "Gunther Wesselbrink"),
    ("Die Rechnung von Ottilie Krambeck ist noch offen.", "Ottilie Krambeck"),
    # at the start of a sentence, a rare word after a given name
    ("Henrietta Clowsley asked for the second invoice.", "Henrietta Clowsley"),
    ("Bartholomäus Fenchler hat angerufen.", "Bartholomäus Fenchler"),
    # Title Case words around, but inside a sentence (a list of people)
    (
        "Invited: Ingrid, Torsten Aalbeck, Henrietta Clowsley and the board.",
        ["Ingrid", "Torsten Aalbeck", "Henrietta Clowsley"],
    ),
    # a given name alone inside a sentence, or before a strong verb
    ("Can you ask whether Gwendolyn approved the refund?", "Gwendolyn"),
    ("Il faut rappeler Séverine demain matin.", "Séverine"),
    ("Ayer hablé con Remedios sobre el contrato.", "Remedios"),
    ("Fabrizio said the delivery was late.", "Fabrizio"),
    # a given name the gazetteers lack, before a known surname or a surname shape
    ("The claim was filed by Oluwadamilare Schneider on Monday.", "Oluwadamilare Schneider"),
    ("Il reclamo è stato firmato da Radomir Popescu ieri.", "Radomir Popescu"),
    (
        "Guests: Rolf Ekdahl, Teodozja Kowalczyk, and two others.",
        ["Rolf Ekdahl", "Teodozja Kowalczyk"],
    ),
    # a number before or after a name that is no house number
    ("In 2019 Gertrude Hallworth joined the board.", "Gertrude Hallworth"),
    ("Paid: Ottilie Krambeck 100 EUR, the rest next week.", "Ottilie Krambeck"),
    # after a possessive and a relation, any name, known or not, before any punctuation
    ("Can you write a birthday card for my colleague Marta?", "Marta"),
    ("Meine Tochter Lena hat seit gestern Fieber.", "Lena"),
    ("Ma fille Chloé a rendez-vous demain.", "Chloé"),
    ("La mia collega Giulia è in ferie fino a lunedì.", "Giulia"),
    ("Mi hija Lucía empieza el colegio.", "Lucía"),
    ("Mijn dochter Sanne is jarig.", "Sanne"),
    ("Moja córka Zosia ma gorączkę.", "Zosia"),
    ("My friend, Bartek, asked about the invoice.", "Bartek"),
    # initials before a surname
    ("The minutes were taken by K. J. Hoekstra-Vermeulen.", "K. J. Hoekstra-Vermeulen"),
    ("Bitte den Vertrag an H. M. Grünwaldt schicken.", "H. M. Grünwaldt"),
    ("Please send it to K. J. Ross's office.", "K. J. Ross"),
    ("Ho inoltrato la pratica a R. Bianchetti ieri.", "R. Bianchetti"),
]

NEGATIVE = [
    # eponyms, streets and institutions
    "We met at rue Victor Hugo, near the station.",
    "The office is on Avenue Charles de Gaulle in Neuilly.",
    "She was treated at the Albert Einstein Hospital in São Paulo.",
    "Take the tram to Piazza Giuseppe Garibaldi.",
    "Visit Santa Maria Novella when you are in Florence.",
    "Unsere Schule liegt in der Konrad Adenauer Straße.",
    "Nuestras oficinas: Calle de Emma Toro 495, Madrid.",
    "Ship it to 221 Baker Street, London.",
    "He won the Nobel Prize and later the Max Planck Medal.",
    "The Anne Frank House is closed on Mondays.",
    "Der Kaiser Wilhelm Gedächtniskirche ist berühmt.",
    # brands, companies and products
    "Can you compare Claude Code with GitHub Copilot for refactoring?",
    "Hugo Boss opened a new store downtown.",
    "I bought a Calvin Klein jacket and a Tommy Hilfiger shirt.",
    "Morgan Stanley raised its forecast.",
    "Invoice from Martin Weber GmbH attached.",
    # common words that are also names
    "Will you send the report by Monday?",
    "May I ask a question about the API?",
    "Mark the date in your calendar.",
    "Grace periods apply to all invoices.",
    "Rose Garden Party planning starts in June.",
    "Summer Sale ends on Sunday.",
    # sentence-initial capitalised words and headings
    "Florence Italy travel guide for beginners",
    "Paris France is lovely in spring.",
    "Victoria Station is crowded today.",
    # titles of works, fictional characters, placeholders
    "Summarise the plot of Harry Potter for a ten-year-old.",
    "Write an essay on “Anna Karenina” and its ending.",
    "Sherlock Holmes is a fictional detective.",
    "Dear John Doe, this is a template.",
    "Max Mustermann, Musterstraße 1, 12345 Musterstadt",
    # code identifiers
    "class AnnaSchmidt(BaseModel): pass",
    "user.first_name = 'Anna'; user.last_name = 'Schmidt'",
    "See docs/Anna_Schmidt.md and the ThomasMueller module.",
    # acronyms after a given name
    "We benchmarked Julia GPU kernels against the Python API.",
    # German nouns after a given name
    "Kannst du mit Lena Kontakt aufnehmen?",
    "Ich gebe Emma Bescheid, dass Paul Urlaub hat.",
    "Getting Started With Julia Programming And Data Science",
    # months, weekdays and places
    "The meeting moved from April to June.",
    "Berlin Brandenburg airport opened late.",
    # Title Case runs and place words after a lower-case word
    "The API returned 500 Internal Server Error.",
    "La serie se emitió primero en Reino Unido.",
    "Głównymi ośrodkami są Kazimierz Dolny i Annopol.",
    "Il participe au Mémorial Ivan Hlinka chaque été.",
    # German nouns after a given name, a noun ending or a common noun
    "Wir sagen Emma Bescheid und geben Paul Zeit.",
    "Wir haben mit Lena Rücksprache gehalten.",
    # a given name alone that is a place, a thing or a month
    "The prison is in Alberta, near the border.",
    "Tell me about this Meta post and the Oscar ceremony.",
    "Die Ausstellung beginnt im Juni und endet im Oktober.",
    "Wir haben über die finanzielle Lage gesprochen.",
    # a name followed by the word that makes it an institution
    "Concerts at the Royal Albert Hall sell out quickly.",
    "He studied at Jackson High School in Seattle.",
    # places, clubs and landmarks of two capitalised words inside a sentence
    "The hurricane made landfall in Puerto Rico last night.",
    "Er unterschrieb einen Vertrag bei Athletic Bilbao.",
    "We hiked to the top of Mount Logan in July.",
    "Elle a grandi au Sri Lanka avant de venir en France.",
    "Er arbeitet bei der Firma Schneider in Kassel.",
    # a name on the line after a number, and a relation before a name and a German noun
    ("Order 123\nJadwiga Szelągowska will pick it up.", "Jadwiga Szelągowska"),
    ("Du musst meiner Tochter Lena Bescheid sagen.", "Lena"),
    # a relation word before something that is not a name
    "Our manager The Hague office will reply.",
    "His father Thomas Müller GmbH sold the company.",
    "My son loves it. My daughter too.",
    "Our partner Accenture will run the migration.",
    "My manager Approved the budget and my friend Python is great.",
    # a single letter ending a sentence is no initial
    "Take vitamin D. Deficiency is common in winter.",
    "Option A. Serverless, option B. Kubernetes.",
    # initials that are abbreviations, headings or plans
    "A. Introduction\nB. Scope of the audit",
    "The U.S. Army and the St. Louis office agreed.",
    "If plan A fails we use plan B. Then we review it.",
    "Siehe Anlage B. Vertrag und Rechnung folgen.",
]


def _names(classifier: Classifier, text: str) -> list[str]:
    """The person names found in one text."""
    result = classifier.classify([TextPart("text", text)])
    return [text[f.start : f.end] for f in result.findings if f.type == NAME]


@pytest.mark.parametrize(("text", "name"), POSITIVE)
def test_bare_names_are_found(classifier: Classifier, text: str, name: str | list[str]) -> None:
    """A person's name without any cue is found, with its exact span and nothing else."""
    assert _names(classifier, text) == ([name] if isinstance(name, str) else name)


@pytest.mark.parametrize("text", NEGATIVE)
def test_name_lookalikes_are_not_names(classifier: Classifier, text: str) -> None:
    """Eponyms, brands, streets, common words, titles, code and dates are not person names."""
    assert _names(classifier, text) == []


def test_two_names_in_one_run_are_two_findings(classifier: Classifier) -> None:
    """Names listed without separators are found one by one."""
    found = _names(classifier, "Attendees: Ingrid Halvorsen Lukas Brenner")
    assert found == ["Ingrid Halvorsen", "Lukas Brenner"]


def test_later_mentions_of_a_person_are_found(classifier: Classifier) -> None:
    """Once a person is found, the surname or given name alone elsewhere in the request is that
    person too, also in another part; a word that is also an everyday word is not."""
    text = "Jadwiga Szelągowska called. Later Szelągowska wrote that Jadwiga is ill."
    assert _names(classifier, text) == ["Jadwiga Szelągowska", "Szelągowska", "Jadwiga"]
    parts = [
        TextPart("system", "The customer is Eberhard Quenstedt."),
        TextPart("user", "Draft a reply to Quenstedt about the delay."),
    ]
    found = classifier.classify(parts).findings
    assert [(f.part, f.start) for f in found if f.type == NAME] == [("system", 16), ("user", 17)]
    assert _names(classifier, "Pierre Rose lives here. The rose garden is nice.") == ["Pierre Rose"]


def test_a_mention_ending_the_text_is_found(classifier: Classifier) -> None:
    """The last word of the request is a mention too ("… Thanks, Hollingsworth"), in the last
    part as in the only one; a name part glued to "_" or "@" there is still not."""
    text = "Dear Ottilie Hollingsworth, thanks for the call. Regards to Hollingsworth"
    assert _names(classifier, text) == ["Ottilie Hollingsworth", "Hollingsworth"]
    parts = [
        TextPart("system", "The customer is Eberhard Quenstedt."),
        TextPart("user", "Draft a reply to Quenstedt"),
    ]
    found = classifier.classify(parts).findings
    assert [(f.part, f.start) for f in found if f.type == NAME] == [("system", 16), ("user", 17)]
    glued = "Dear Ottilie Hollingsworth, see the file Hollingsworth_"
    assert _names(classifier, glued) == ["Ottilie Hollingsworth"]


def test_mentions_cost_linear_time_on_a_long_transcript(classifier: Classifier) -> None:
    """A transcript repeating the same speakers: every occurrence is a finding, and the work
    per occurrence does not grow with the number of names found (it was quadratic)."""
    unit = "Jadwiga Szelągowska and Radomir Popescu met today. "
    small = classifier.classify([TextPart("t", unit * 200)]).findings
    large = classifier.classify([TextPart("t", unit * 800)]).findings
    assert len(small) == 400 and len(large) == 1600
