"""Names written with initials (session 11): the evidence that makes initials a person's.

Two or more initials or a particle at the start of a line are a name, not a lettered heading;
a particle after a single initial is a surname's; a single initial right after a lower-case
function word is an initial; a surname in capitals after initials is a name, as notices and ads
write it; after two initials or a particle a place is a surname. Options, vitamins, headings,
acronyms and headings in capitals stay unflagged.
"""

from __future__ import annotations

import pytest

from tests.found import classify_text

PERSON = "pii.person_name"

FOUND = [
    # a single initial, an article-particle in lower case and a known surname (as before)
    ("Please ask M. de la Fuente about it.", "M. de la Fuente"),
    ("Please ask K. zu Guttenberg about it.", "K. zu Guttenberg"),
    # 1. two initials or a particle at the start of a line: no lettered heading
    ("R. T. Wolterbos, landbouwer te Ede", "R. T. Wolterbos"),
    ("H. W. ter Bruggencate 41 jaar, koopman", "H. W. ter Bruggencate"),
    ("Bijlage:\nA. H. Stoltenbeek 52 jaar", "A. H. Stoltenbeek"),
    ("- F. van Oordtwijk, penningmeester", "F. van Oordtwijk"),
    # 2. a single initial, then a particle
    ("Het rapport is opgesteld door mevrouw S. van der Kolkhoven.", "S. van der Kolkhoven"),
    ("Please forward the invoice to R. de Vlaming before Friday.", "R. de Vlaming"),
    ("Die Unterlagen hat M. von Brockhusen gestern geschickt.", "M. von Brockhusen"),
    ("Ask T. de Groot about the contract", "T. de Groot"),
    ("Een brief van A. Van Dijckhoven over de zaak", "A. Van Dijckhoven"),
    ("Signed by E. Le Galvennec and two witnesses", "E. Le Galvennec"),
    # 3. a single initial after a lower-case function word
    ("Une conférence de P. Vaudrecourt et de ses élèves.", "P. Vaudrecourt"),
    ("Le projet est mené par M. Castellouin depuis mars.", "M. Castellouin"),
    ("The proposal was reviewed by K. Ashdownley last week.", "K. Ashdownley"),
    ("Gesprek met H. Brinkhorst over de begroting", "H. Brinkhorst"),
    ("Das Treffen mit F. Kesselbrink ist verschoben.", "F. Kesselbrink"),
    ("Una nota de prensa firmada por L. Arriagoitia ayer.", "L. Arriagoitia"),
    ("Lettera scritta con G. Bortolamedi e altri.", "G. Bortolamedi"),
    ("Spotkanie z zarządem prowadzone przez W. Grzybowiak.", "W. Grzybowiak"),
    # 4. a surname in capitals
    ("Inlichtingen bij den makelaar H. J. BRUGGENKAMP te Arnhem.", "H. J. BRUGGENKAMP"),
    ("Te koop bij E. KOK, Breestraat 12.", "E. KOK"),
    ("De Burgemeester, W. F. HOOFT VAN HUYSDUYNEN.", "W. F. HOOFT VAN HUYSDUYNEN"),
    ("Namens het bestuur: J. A. VAN OOSTERWIJK", "J. A. VAN OOSTERWIJK"),
    # 5. a place after a particle or two initials
    ("Kapitein J. M. van Breda, thans te Vlissingen", "J. M. van Breda"),
    ("The letter came from A. de Venlo himself.", "A. de Venlo"),
]


@pytest.mark.parametrize(("text", "name"), FOUND)
def test_name_with_initials_is_found(text: str, name: str) -> None:
    """Initials with evidence of a person make one finding, initials included."""
    result = classify_text(text)
    assert name in [text[f.start : f.end] for f in result.findings if f.type == PERSON], result


NOT_FOUND = [
    "Take vitamin D. Deficiency is common in winter.",
    "Choose option C. Kubernetes runs the workers.",
    "We go with plan B. Then we wait for the results.",
    "Appendix A. Results of the survey",
    "She got grade A. The rest of the class failed.",
    "Choose between A and B. Kubernetes is the better fit.",
    "B. Scope\nThis section lists the goals.",
    "P. S. Thanks again for your help",
    "The U. S. ARMY announced new rules.",
    "P. S. THANKS TO ALL VOLUNTEERS",
    "See Fig. A. RESULTS below.",
    "A. NOTE ON THE SYSTEM",
    "U. S. EPA rules apply here.",
    "Send an A. HTTP request first.",
    "Anlage B. des Vertrags ist gültig.",
    "Consulte el Anexo B. de la Directiva vigente.",
    "Ga naar Rua de S. Mamede en dan rechtsaf.",
    "Option B. PREMIUM is the cheaper one.",
    "We camped at site B. Mount Everest was visible.",
    "The tickets go from A. Berlin to Rome.",
    "Heute haben wir mit K. Rechnung und Bericht gearbeitet.",
    "Delivered by A. Kowalczuk GmbH yesterday.",
    "We met I. A. Maria yesterday.",
    "Visit B. La Paz first, then Cusco.",
    "See I. Le Monde for details.",
    "Our plan is B. LA PAZ TOUR",
    "Choose B. LA PAZ, the cheaper one.",
]


@pytest.mark.parametrize("text", NOT_FOUND)
def test_letter_without_evidence_is_no_name(text: str) -> None:
    """Options, vitamins, headings, acronyms and words in capitals: no person."""
    assert not [f for f in classify_text(text).findings if f.type == PERSON], text
