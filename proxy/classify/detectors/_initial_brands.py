"""Brands, companies and sport abbreviations written like a name with initials ("J. Crew",
"H. J. Heinz", "K. O. Punch"), for ``_initial_names``: they are no person in a request.

- ``BRANDS``: companies named after their founder and written with the founder's initials,
  lower case, the initials' letters run together ("hj heinz" for "H. J. Heinz");
- ``BRANDS_BEFORE``: names that are a company before a given word only ("A. P. Moller -
  Maersk", "T. Rowe Price"; "A. P. Moller" alone is also the founder);
- ``SPORT``: abbreviations read letter by letter that are rarely a person's initials ("K. O."
  knock-out, "T. K. O.", "F. C." football club, "M. V. P."): no name unless a known surname
  follows ("K. O. Punch" is none, "K. O. Schneider" is one);
- a company word right after the name ("H. J. Heinz Company", "A. Lange & Söhne").

Hand-written; real people with the same shape stay names ("J. Smith", "L. Dupont").
"""

from __future__ import annotations

import re

from proxy.classify._base import alternation, words
from proxy.classify.detectors import _names_data as data

BRANDS = frozenset(
    words(
        "j crew|j lindeberg|l vuitton|ll bean|jc penney|tj maxx|wh smith|j sainsbury|"
        "fw woolworth|e leclerc|hj heinz|wk kellogg|jm smucker|gh mumm|sc johnson|rj reynolds|"
        "jp morgan|mm warburg|jd power|at kearney|wr grace|wl gore|ch beck|fa brockhaus|"
        "jb metzler|b braun|pf chang|jw marriott|dr horton|ew scripps|c bechstein"
    )
)
#: Name → the word after it that makes it the company.
BRANDS_BEFORE = {
    "ap moller": "maersk",
    "ap møller": "maersk",
    "ap möller": "maersk",
    "t rowe": "price",
}
SPORT = frozenset(words("ko|tko|fc|mvp|psv|ogc|bvb|tsv|hsv|rcd"))
#: Company words after a name with initials ("& Sons", "Company"); the shared exclusions
#: already refuse the legal forms ("GmbH", "& Co", "Ltd").
_COMPANY_AFTER = re.compile(
    r"[ \t]*(?:&|and|und|et|en|e|y)[ \t]+(?:"
    + alternation(words("Sons|Söhne|Fils|Zonen|Figli|Hijos|Brothers|Partners"))
    + r")\b|[ \t]+(?:Company|Corporation|Brothers|Bros\.?)\b"
)
_NEXT_WORD = re.compile(r"[ \t]*[-–]?[ \t]*(\w+)")


def company(initials: str, last: str, after: str) -> bool:
    """Whether initials and a token (as written in the text: "H. J. ", "Heinz") name a brand,
    a company or a sport term rather than a person; ``after`` is the text right after it."""
    letters = "".join(c for c in initials if c.isalpha()).lower()
    key = f"{letters} {last.lower()}"
    if key in BRANDS or _COMPANY_AFTER.match(after):
        return True
    if letters in SPORT and last not in data.SURNAMES:
        return True
    follower = BRANDS_BEFORE.get(key)
    if follower is None:
        return False
    nxt = _NEXT_WORD.match(after)
    return nxt is not None and nxt.group(1).lower() in (follower, follower.replace("ae", "æ"))


#: Words before the initials that make them a person's, whatever a brand list says: titles,
#: greetings, "patient", "my name is", verbs of reaching someone ("Dr. W. H. Smith", "Patient P.
#: F. Chang", "Please email J. W. Marriott").
_PERSON_BEFORE = re.compile(
    r"(?:\b(?:mr|mrs|ms|dr|prof|herr|frau|mme|m|mlle|sig|sig\.ra|sr|sra|dhr|mevr|pan|pani|"
    r"dear|hi|hello|liebe|lieber|cher|chère|caro|cara|patient|patientin|patiente|paziente|"
    r"paciente|patiënt|pacjent|pacjentka|name is|call|email|e-mail|contact|"
    r"lunch with|dinner with)\.?,?[ \t]*)\Z",
    re.IGNORECASE,
)
#: A personal pronoun after the name ("D. R. Horton has diabetes, her …").
_PRONOUN_AFTER = re.compile(
    r"\b(?:his|her|him|he|she|sein|seine|seinen|ihr|ihre|ihren|son|sa|ses|suo|sua|lui|lei|"
    r"zijn|haar|hij|zij|jego|jej|ona)\b",
    re.IGNORECASE,
)


def person_cue(before: str, after: str) -> bool:
    """Whether the text around initials names a person: a title, greeting, patient or reaching
    verb right before, or a personal pronoun in the words after."""
    return bool(_PERSON_BEFORE.search(before) or _PRONOUN_AFTER.search(after))
