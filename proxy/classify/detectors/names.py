"""Person names, found through the cues a reader relies on, and without cues (``_bare_names``).

Names: a title (Mr, Mme, Herr, Sig.ra...), a salutation (Dear, Bonjour, Sehr geehrte...), a form
field (Name:, Nom :, Nachname:...), a signature block after a closing, or a self-introduction.
Companies, generic salutations ("Dear Customer") and placeholder names (John Doe, Max
Mustermann) are not personal data.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence

from proxy.classify._base import Detector, Hit, Scan, alternation, hs_words, words
from proxy.classify.detectors import (
    _bare_names,
    _initial_names,
    _lower_titles,
    _name_carers,
    _name_cc,
    _name_chat_lower,
    _name_columns,
    _name_lists,
    _name_mentions,
    _name_rosters,
    _name_schedules,
    _name_signoffs,
    _name_title_compounds,
    _name_verbs,
    _reversed_names,
    _surname_datives,
    _surname_names,
    _titled_names,
)
from proxy.classify.detectors import _names_data as data
from proxy.classify.detectors._name_cues import (
    CLOSINGS,
    FIELDS,
    INFORMAL,
    INTRO,
    KIN,
    KNOWN_ONLY,
    SALUTATIONS,
    STOP,
)
from proxy.classify.detectors._name_evidence import SPANISH_OPENERS as _SPANISH_OPENERS
from proxy.classify.detectors._name_evidence import spanish_after_ir
from proxy.classify.detectors._name_places import place_after
from proxy.classify.detectors._name_tokens import COMPANY as _COMPANY
from proxy.classify.detectors._name_tokens import eponym, eponym_beside, own
from proxy.classify.detectors._relation_words import BUSINESS, POSSESSIVES, RELATIONS, ROLES

_UP = "A-ZÀ-ÖØ-ÞĄĆČĘŁŃŚŠŹŻŽ"
_LO = "a-zà-öø-ÿąćčęěłńóśšźżž"
_CAP = rf"[{_UP}](?:['’][{_UP}])?[{_LO}]+(?:['’][{_LO}]+)?(?:-[{_UP}][{_LO}]+)?(?!\w)"
_TOKEN = rf"(?:{_CAP}|[{_UP}]{{3,}}(?!\w))"
_PARTICLE = (
    r"(?:van der|van den|van de|van|von der|von|de la|de los|de|del|della|di|da|du|le|ten|ter|zu)"
)
#: A Dutch or German surname led by its capitalised particles ("Van den Broeck", "Von der Heide").
_FULL = rf"((?:V[ao]n[ ]de[mnr]?[ ])?{_CAP}(?:[ ](?:{_PARTICLE}[ ])?{_TOKEN}){{0,3}})"

_TITLES = words(
    "Mr|Mrs|Ms|Miss|Mx|Dr|Prof|Mme|Mlle|Herr|Frau|Sig|Sig.ra|Signor|Signora|Dott|Dott.ssa|Sr|Sra|"
    "Srta|Doña|Dhr|Mevr|Mevrouw|Meneer|Pan|Pani|Panie|Pana|Monsieur|Madame|Mademoiselle|Herrn|M.|"
    "Dra|heer|mevrouw"
)
#: Academic, professional and courtesy titles in lower case, as Dutch, Italian and Polish write
#: them; with their dot only ("dr. Jansen", "l'avv. Bianchi", "dhr. Kees Bruinsma", the Polish
#: "p. Nowak" for pan or pani; "the prof Tuesday", "p. Table 3" are none), and before a name that
#: is no everyday word (``_dotted_ok``). Not "sig."
#: or "mw.": statistics write "not sig. Bonferroni …", power "500 mw. Siemens …".
#: A Polish surname's or case form's shape, for the name after "p." ("Nowak", "Zielińską",
#: "Kwiatkowski", "Wójcik", "Adamczyk", "Nowaka").
_POLISH_NAME = re.compile(
    r"[ąćęłńśźżó]|(?:sk|ck|dzk)(?:i|a|iego|iej|im|iemu|ą)$|wicz|czyk|[aeiuy]k(?:a|iem|owi|u)?$"
)
_DOTTED_TITLES = words("dr|prof|mr|drs|ir|dott|dott.ssa|avv|ing|inż|dhr|mevr|p")
#: Places, assistants and words greeted like people ("Hola, Madrid!", "Hello, Siri!").
_NOT_GREETED = data.PLACES | data.PRODUCT_NAMES | data.AMBIGUOUS


def _known(tokens: list[str], matched: str) -> bool:
    """Whether a name after a greeting and a comma is a known given name or surname (or comes
    after a title: "Servus, Herr Huber")."""
    if len(matched.split()) > len(tokens) + 1:  # greeting, title, name
        return True
    first, last = tokens[0], tokens[-1].title()
    if len(tokens) == 1 and (first in _NOT_GREETED or first.title() in _NOT_GREETED):
        return False  # "Bonjour, Paris!", "Hey, Alexa!"
    return first in data.GIVEN or last in data.SURNAMES or data.shaped(last)


def _known_only(tokens: list[str]) -> bool:
    """Whether a field that names firms as often as people holds a known name first, no article
    and no everyday word last ("Agent: Orla Byrne"; not "Cliente: Enel Energia", "El Corte")."""
    last = tokens[-1].lower()
    everyday = len(tokens) > 1 and (last in data.WORDS or last in data.SPANISH_WORDS)
    article = tokens[0].lower() in _SPANISH_OPENERS or tokens[0].lower() in _LEADS
    return _known(tokens[:1], tokens[0]) and not everyday and not article


def _signed(cue: str, tokens: list[str], value: str) -> bool:
    """Whether a name after a closing (``cue``, lower case) may sign: no kinship word alone
    ("Regards,\nGrandma"), and after an informal closing a known name ("Liefs,\nTruus"; not
    "Bises,\nTonton")."""
    if cue in _INFORMAL:
        return _known(value.split(), value)
    return not (cue in _CLOSINGS and len(tokens) == 1 and tokens[0] in KIN)


_INFORMAL = frozenset(INFORMAL)
_CLOSINGS = frozenset(CLOSINGS)
_PLACEHOLDERS = frozenset(
    words("john doe|jane doe|max mustermann|erika mustermann|mario rossi|jan jansen")
)
_I = r"(?i:"


def _name_detector(
    name: str,
    cues: Sequence[str],
    tail: str,
    hs_tail: str,
    *,
    caseless_cue: bool,
    end: str = "",
) -> Detector:
    """A detector for names following one family of cues (``end`` constrains what follows)."""
    cue = alternation(cues)
    cue_re = f"{_I}{cue})" if caseless_cue else f"(?:{cue})"
    return Detector(
        f"person_name.{name}",
        hs_words(cues) + hs_tail,
        re.compile(r"(?<![\w])" + cue_re + tail + _FULL + end),
        lambda m, s: _name(m, s),
        back=40,
        ahead=80,
        caseless=caseless_cue,
        unicode=True,
    )


def _name(m: re.Match[str], scan: Scan) -> Iterator[Hit]:
    """A name unless a token is a generic word, a placeholder or it names a company. After a
    greeting and a comma ("Hello, Maria!") the name is a known one or follows a title: the
    comma also sets off words ("Moin, Leute!", "Hello, Kubernetes!")."""
    value = m.group(1)
    tokens = value.lower().split()
    if tokens[0] in STOP or tokens[-1] in STOP or value.lower() in _PLACEHOLDERS:
        return
    if m.re is SALUTATION_COMMA.pattern and not _known(value.split(), m.group(0)):
        return
    if m.re is TITLE_DOTTED.pattern and not _dotted_ok(value.split()):
        return
    if m.group(0)[:3].lower() == "ir." and spanish_after_ir(value.split()[0]):
        return  # "tengo que ir. Te llamo": the Spanish verb, then a pronoun
    if m.group(0)[:2] == "p." and not any(_POLISH_NAME.search(t) for t in value.split()):
        return  # "p. Nowak" is pan or pani; "p. Smith", "p. Chr.", "p. Table" are not
    cue = m.group(0)[: m.start(1) - m.start()]
    if not _signed(cue.strip(" \t\r\n,!.").lower(), tokens, value):
        return
    if _ambiguous_cue(cue, scan.before(m.start(), 80)) and not _known(value.split(), value):
        return
    if cue.split(":", 1)[0].strip().lower() in KNOWN_ONLY and not _known_only(value.split()):
        return  # "User-Agent: Mozilla", "Agent: Windows Update", "Cliente: Enel Energia"
    end = m.end(1)
    if scan.after(end, 1) == ":" and " " in value:  # the next field's label: "Nowak Hospital:"
        value = value.rsplit(" ", 1)[0]
        end = m.start(1) + len(value)
    if _COMPANY.match(scan.after(end, 30)) or _institution(value, scan.after(end, 40)):
        return
    if (
        m.re in _TITLED
        and _eponym(value.split(), scan, m.start(1), end)
        and not own(scan.before(m.start(), 24))
    ):
        return  # "Dr. Oetker", "Dr John Watson"; not "Name: Anna Kowalska"
    yield Hit("pii.person_name", None, m.start(1), end)


def _eponym(texts: list[str], scan: Scan, start: int, end: int) -> bool:
    """Whether a titled name is an eponym's, alone or with the words beside it."""
    return eponym(texts) or eponym_beside(texts, scan.before(start, 48), scan.after(end, 60))


def _institution(value: str, after: str) -> bool:
    """Whether the name is the start of an institution's or a street's name: a street or
    institution word right after it on the same line ("Prof. Ada Lindqvist School of Music"),
    or as the last of three capitalised tokens that is no surname ("M. Lenox Hill Hospital").
    A place in parentheses ("Dr. Ada Weber (Halle)"), on the next line (a signature's "Klinik
    für Kardiologie") or as the next field's label is no part of the name; nor is a surname
    ("Dr. Park", "Ms. Lane")."""
    caps = [t for t in value.split() if t[:1].isupper()]
    if len(caps) >= 3 and caps[-1].lower() in data.PLACE_AFTER and caps[-1] not in data.SURNAMES:
        return True
    line = _LABEL.sub("", after.split("\n", 1)[0])  # "Patient: Jan Nowak Hospital: St Mary's"
    return not line.startswith(" (") and place_after(line)


#: A field label and what follows it on the line: the next field of a flattened form.
_LABEL = re.compile(r"[ \t]*\S+:.*")


#: Field cues that are everyday words too (the Polish "to" is "are": "Szczyty to: Rysy"): in
#: lower case, a header field only at the start of a line, after quote or bullet marks ("to:
#: Anna Nowak", "> an: Jonas Weber"); elsewhere a known name only. A capitalised "To:" is a
#: header anywhere ("Forwarded. From: X, To: Y").
_LINE_FIELDS = frozenset(words("to|an|aan|de|da|van|von|od|à"))
_LINE_START = re.compile(r"(?:^|\n)[ \t>*•\-]*\Z")
#: Before the Italian "sono" ("I am", and "they are": "le vette più alte sono Ortles e Gran
#: Zebrù"): a sentence's start, a greeting's comma or "io" make it a self-introduction;
#: elsewhere a known name only ("Grazie per la pazienza, sono Bellucci").
_SONO_BEFORE = re.compile(
    r"(?:^|[.!?:;\n(\"«“]|\bio|\b(?:ciao|salve|buongiorno|buonasera|pronto|ehi|hey|hi|hello),)"
    r"[ \t]*\Z",
    re.IGNORECASE,
)


def _ambiguous_cue(cue: str, before: str) -> bool:
    """Whether a cue that is also an everyday word stands where it is that word."""
    word = cue.split(":", 1)[0].strip()
    if ":" in cue and word in _LINE_FIELDS:  # lower case only: "To:" is a header anywhere
        return _LINE_START.search(before) is None
    word = word.lower()
    if word == "sono":
        return _SONO_BEFORE.search(before) is None
    return False


#: Particles that lead a surname with a capital ("De Wit", "Van Dijk", "Le Goff").
_LEADS = frozenset(words("van|von|de|da|di|du|le|la|ten|ter|del|della|zu|dos|das"))


def _dotted_ok(tokens: list[str]) -> bool:
    """Whether a name after a lower-case title is one: a known given name or surname that is
    no everyday word, a surname's shape, or a token of no word list, place or product ("dr.
    Jansen"; not "Lake dr. Then", "the dr. Monday", "Ocean dr. Miami", "pkg mgr. Homebrew")."""
    first, last = tokens[0], tokens[-1]
    lower = last.lower()
    if data.shaped(last) or (last in data.SURNAMES and lower not in data.COMMON):
        return True
    if len(tokens) > 1 and first.lower() in _LEADS:
        return True  # "mr. De Wit"
    if len(tokens) > 1 and first in data.GIVEN:
        return first.lower() not in data.COMMON
    if lower in data.WORDS or lower in data.COMMON or last in data.PLACES:
        return False
    return last not in data.PRODUCT_NAMES and last not in data.NOT_NAME


#: A greeting, a comma and a name closing the greeting ("Hello, Maria!", "Cześć, Kasia!").
SALUTATION_COMMA = _name_detector(
    "salutation_comma",
    SALUTATIONS,
    rf",[ ]+(?:(?:{alternation(_TITLES)})\.?[ ]+){{0,3}}",
    r", +(?-i:[^\sa-z])",
    caseless_cue=True,
    end=r"(?=[ \t]*(?:[,!.:;?\r\n]|$))",
)
TITLE_DOTTED = _name_detector(  # "dr. Van den Broeck", "l'avv. Bianchi", "mr. De Wit"
    "title_dotted",
    _DOTTED_TITLES,
    rf"\.[ ]+(?:(?:{alternation(_TITLES)})\.?[ ]+){{0,2}}",
    r"\. *[^ a-z]",
    caseless_cue=False,
)
DETECTORS_NAMES = (
    _name_detector(  # "Frau Dr. Brandt", "Herr Prof. Dr. Weber": the name after the titles
        "title",
        _TITLES,
        rf"\.?[ ]+(?:(?:{alternation(_TITLES)})\.?[ ]+){{0,2}}",
        # A superset of '\.? +[^ a-z]' (it also takes "Dr.X"): the class right after the title
        # lets hyperscan match "Dr." and "Dr " as literals, 0.8 ms less per MB of the whole
        # regex database's scan (9.0 against 8.1 ms, 2026-12-04)
        r"[. ]\.? *[^ a-z]",
        caseless_cue=False,
    ),
    TITLE_DOTTED,
    _name_detector(
        "salutation",
        SALUTATIONS,
        rf"[ ]+(?:(?:{alternation(_TITLES)})\.?[ ]+){{0,3}}",
        r" +(?-i:[^\sa-z])",
        caseless_cue=True,
    ),
    SALUTATION_COMMA,
    _name_detector(
        "field", FIELDS, r"[ \t]*:[ \t]*", r"[ \t]*:[ \t]*(?-i:[^\sa-z])", caseless_cue=True
    ),
    _name_detector(
        "signature",
        CLOSINGS,
        r"[ \t]*(?:[,!.][ \t]*(?:\r?\n)?|\r?\n)[ \t]*",
        r"[ \t]*(?:[,!.][ \t]*(?:\r?\n)?|\r?\n)[ \t]*(?-i:[^\sa-z])",
        caseless_cue=True,
        end=r"[ \t]*(?=\r?\n|$|,|\|)",
    ),
    _name_detector("intro", INTRO, r"[ ]+", r" +(?-i:[^\sa-z])", caseless_cue=True),
)
#: The patterns of the title detectors (a title before an eponym's name is none).
_TITLED = frozenset((DETECTORS_NAMES[0].pattern, TITLE_DOTTED.pattern))
#: Relations and roles (``_relation_words``).
_ALL_RELATIONS = (*RELATIONS, *ROLES)
#: A person named after a possessive and a relation ("my colleague Marta", "meine Tochter Lena",
#: "ma fille Chloé", "moja córka Zosia"): any capitalised name, known or not.
#: The prefilter scans bytes (hyperscan's UTF-8 mode made it cost 2.2 ms per MB of ordinary text
#: inside the regular-expression database, a repeated space after the words as much): the words
#: in lower case, capitalised and in capitals (byte mode folds ASCII case only: "MA SŒUR"), then
#: a comma and a space or a space, and a second space or what is no lower-case ASCII letter (a
#: superset of ",? +" and a capital). A word in mixed case with a non-ASCII letter inside
#: ("Ma SœUR") is not woken; the exact pattern would take it.
_RELATION_WORDS = {
    form for word in _ALL_RELATIONS for form in (word, word[:1].upper() + word[1:], word.upper())
}
RELATION = Detector(
    "person_name.relation",
    hs_words(_RELATION_WORDS) + r"(?: |, )(?-i: |[^\sa-z])",
    re.compile(
        rf"(?<![\w]){_I}{alternation(POSSESSIVES)})[ ]+(?:[\w-]+[ ]+)?"
        rf"(?P<rel>{_I}{alternation(_ALL_RELATIONS)})),?[ ]+{_FULL}"
    ),
    lambda m, s: _relation(m, s),
    back=60,
    ahead=80,
    caseless=True,
)


def _relation(m: re.Match[str], scan: Scan) -> Iterator[Hit]:
    """The name after a relation (group 2, ``_FULL``): its first token, and the next ones while
    they can be a name's (not an everyday word or a German noun: "meiner Tochter Lena
    Bescheid sagen")."""
    toks = list(re.finditer(r"\S+", m.group(2)))
    first = toks[0].group()
    noun = first.lower() in data.COMMON or data.german_noun(first)
    if (noun and first not in data.GIVEN) or first in data.NOT_NAME:
        return  # "meiner Tochter Bescheid"; a given name that is a word is one here ("Lina")
    if m.group("rel").lower() in BUSINESS and first not in data.GIVEN:
        return
    german = data.german_noun
    end = toks[0].end()
    for tok in toks[1:]:
        word = tok.group()
        if word[:1].isupper() and (word.lower() in data.COMMON or german(word)):
            break
        end = tok.end()
    value = m.group(2)[:end]
    if value.lower().split()[-1] in STOP or value.lower() in _PLACEHOLDERS:
        return
    if _COMPANY.match(scan.after(m.start(2) + end, 30)):
        return
    yield Hit("pii.person_name", None, m.start(2), m.start(2) + end)


_BORN = words("born|née|né|nata|nato|geboren|geb.|nacida|nacido|urodzona|urodzony|ur.")
#: A name right before a birth cue ("Maria Rossi, nata a Roma il ...").
BEFORE_BIRTH = Detector(
    "person_name.before_birth",
    r",? +" + hs_words(_BORN),
    re.compile(
        rf"({_CAP}(?:[ ](?:{_PARTICLE}[ ])?{_TOKEN}){{1,3}}),?[ ]+{_I}{alternation(_BORN)})(?!\w)"
    ),
    lambda m, s: _name(m, s),
    back=80,
    ahead=8,
    caseless=True,
    unicode=True,
)

#: Names without cues (gazetteers, shape, context and exclusions): see ``_bare_names``.
DETECTORS = (
    *DETECTORS_NAMES,
    RELATION,
    BEFORE_BIRTH,
    *_bare_names.DETECTORS,
    *_name_verbs.DETECTORS,
    *_surname_names.DETECTORS,
    *_surname_datives.DETECTORS,
    *_titled_names.DETECTORS,
    *_name_title_compounds.DETECTORS,
    *_reversed_names.DETECTORS,
    *_initial_names.DETECTORS,
    *_name_lists.DETECTORS,
    *_name_rosters.DETECTORS,
    *_name_schedules.DETECTORS,
    *_lower_titles.DETECTORS,
    *_name_chat_lower.DETECTORS,
    *_name_carers.DETECTORS,
    *_name_columns.DETECTORS,
    *_name_signoffs.DETECTORS,
    *_name_cc.DETECTORS,
    *_name_mentions.DETECTORS,
)
