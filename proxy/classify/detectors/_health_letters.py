"""A letter to a named person about their health: an addressee block at the head of the letter
("Frau Mariam Al-Khatib" alone on its line, a street or a postcode on the next) and, in the
term's sentence, the letter speaking to its reader about a document of their health ("des von
Ihnen vorgelegten Attests über eine Risikoschwangerschaft", "votre certificat médical"). A
leaflet or a newsletter speaks to its reader too, but has no addressee block; a letter to a
named addressee about a service ("Votre mutuelle rembourse désormais le dépistage du cancer")
names no document of theirs.
"""

from __future__ import annotations

import re

#: How far back an addressee block is looked for (a letterhead and a subject line).
_REACH = 1500
#: A title and a name of two to four capitalised tokens alone on a line, then a line with a
#: house number or a postcode: the address block.
_ADDRESSEE = re.compile(
    r"(?m)^[ \t]*(?:Frau|Herr|Mrs\.?|Mr\.?|Ms\.?|Madame|Monsieur|Mme|M\.|Sig\.ra|Signora|"
    r"Sig\.|Signor|Gent\.(?:ma|mo)|Sra\.|Sr\.|Doña|Don|Dña\.|Mevrouw|Mevr\.|De heer|Dhr\.|"
    r"Pani|Pan)[ ]+[A-ZÀ-ÖØ-ÞĄĆČĘŁŃŚŠŹŻŽ][\w'’-]+(?:[ ]+(?:[a-z]{1,3}[ ]+)?"
    r"[A-ZÀ-ÖØ-ÞĄĆČĘŁŃŚŠŹŻŽ][\w'’-]+){1,3}[ \t]*\r?\n[^\n]*\d"
)
#: The letter speaking to its reader, in the seven languages (formal and informal).
_SECOND_PERSON = re.compile(
    r"(?<![\w-])(?:Ihnen|Ihr|Ihre|Ihres|Ihrer|Ihrem|Ihren|Suo|Sua|Suoi|Sue|Pan|Pani|Pana|"
    r"Panią|Panu|(?i:you|your|vous|votre|vos|usted|uw))(?![\w-])"
)
#: A document of the reader's health the letter refers to: a certificate, a sick note, a
#: diagnosis or a finding ("des von Ihnen vorgelegten Attests", "votre certificat médical").
_DOCUMENT = re.compile(
    r"(?i:attest\w*|bescheinigung|krankschreibung|arbeitsunfähigkeit|gutachten|befund\w*|"
    r"diagnos\w*|certificat\w*|certificate|arrêt de travail|arrêt maladie|certificato|"
    r"certificado|informe médico|parte médico|verklaring|zaświadczeni\w*|orzeczeni\w*|"
    r"fit note|sick note|medical report|doctor's note|referto|rapport médical)"
)


def addressed(before: str, sentence: str) -> bool:
    """Whether the term's ``sentence`` speaks to the addressee of a letter whose address block
    stands in ``before`` (the text before the term, up to ``_REACH`` characters)."""
    return (
        _SECOND_PERSON.search(sentence) is not None
        and _DOCUMENT.search(sentence) is not None
        and _ADDRESSEE.search(before[-_REACH:]) is not None
    )
