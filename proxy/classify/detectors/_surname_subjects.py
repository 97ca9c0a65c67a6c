"""A surname standing alone as the subject where ``_lone_names`` (known names and surname
shapes before the verbs people and firms share) does not reach: colleagues written about in
work messages ("et Bortolotti trouve que c'est trop risqué", "Nowakowski uważa, że", "e Dell'Orto
è stufo", "Resumen: De la Fuente quiere cambiar la fecha").

- Before a verb only a person is the subject of, in the seven languages (thinking or believing
  that, complaining, being fed up or annoyed: "trouve que", "beschwert sich", "è stufo", "se
  queja", "klaagt", "narzeka") or being away or standing in ("is on leave", "est en congé",
  "prima che … vada in ferie", "bevor … in Urlaub geht"): a surname standing alone
  (``_lone_surnames.lone_surname``: known or of a surname's shape, and no word, place, role,
  firm or organisation). Before an English or Romance verb of being away, a token no list holds
  counts too ("Whitcombe is on leave"), unless it is a colloquial role, a compound of two listed
  words ("Helpdesk", "Backend"), written in lower case elsewhere in the text, or a service's
  absence follows ("is on holiday schedule"); not before an absence said of software or rooms
  ("is off today", "est absent").
- Before those verbs and the shared verbs of ``_lone_words`` ("veut", "riesce a", "said",
  "hasn't"), a surname with its particle ("Dell'Orto", "De la Fuente", "Van Dijk", "Di Stefano"):
  after a particle that is no article ("Van", "Di", "Della", "De la", "D'") any token that is no
  organisation, place, product or role; after "Le", "La", "Lo", "De" (an article too: "Le
  Monde", "La Redoute", "De Telegraaf") only a surname standing alone.

The name opens a sentence or a clause (after ", ", "and", "et", "und", "que", "dass", "before",
"bevor", "zanim" ...).
The prefilters are ``_lone_names``' verb prefilter (shared: one pattern) and the person-only
verbs after a lower-case letter and spaces.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from proxy.classify._base import Detector, Hit, Scan, alternation, hs_words, words
from proxy.classify.detectors import _lone_words as lone
from proxy.classify.detectors import _names_data as data
from proxy.classify.detectors._lone_names import BEFORE_VERB
from proxy.classify.detectors._lone_surnames import lone_surname, no_surname
from proxy.classify.detectors._name_pairs import SEASONS, given_person
from proxy.classify.detectors._name_tokens import LO, UP

#: Verbs and phrases only a person is the subject of, per language. Hand-written.
_OPINIONS = words(
    "thinks that|believes that|feels that|is fed up|is annoyed|is upset|is angry|complains|"
    "keeps complaining|trouve que|pense que|estime que|croit que|se plaint|en a marre|"
    "est agacé|est agacée|est fâché|est fâchée|glaubt, dass|denkt, dass|meint, dass|"
    "findet, dass|beschwert sich|ist genervt|ist sauer|pensa che|crede che|trova che|"
    "si lamenta|è stufo|è stufa|è arrabbiato|è arrabbiata|piensa que|cree que|opina que|"
    "se queja|está harto|está harta|está enfadado|está enfadada|vindt dat|denkt dat|meent dat|"
    "klaagt|baalt|is boos|uważa, że|myśli, że|twierdzi, że|narzeka|jest zły|jest zła|ma dość"
)
#: Away, on leave or off sick; chairing or standing in for someone; also in the future, the
#: subjunctive or a subordinate clause ("avant que Kaczmarek parte en congés", "prima che
#: Santoro vada in ferie", "bevor Schmidt in Urlaub geht"). English and Romance first: a
#: capitalised token no list holds before them is a surname too (``_UNKNOWN_OK``).
_AWAY_EN_ROMANCE = words(
    "is on leave|is on holiday|is on vacation|is off sick|is out sick|is off today|"
    "is out of office|is on parental leave|is on maternity leave|is on paternity leave|"
    "will chair|is chairing|will cover for|is covering for|goes on leave|goes on holiday|"
    "goes on vacation|will be away|will be on leave|"
    "est en congé|est en congés|est en vacances|est malade|est en arrêt|est absent|"
    "est absente|présidera|me remplace|parte en congé|parte en congés|parte en vacances|"
    "part en congé|part en congés|part en vacances|soit en congé|soit en congés|"
    "soit en vacances|soit absent|soit absente|sera en congé|sera en congés|sera en vacances|"
    "sera absent|sera absente|"
    "è in ferie|è in vacanza|è in malattia|è malato|è malata|è assente|è in maternità|"
    "presiederà|mi sostituisce|vada in ferie|va in ferie|sia in ferie|andrà in ferie|"
    "sarà in ferie|vada in vacanza|va in vacanza|sia in vacanza|sarà assente|sia assente|"
    "vada in maternità|va in maternità|"
    "está de vacaciones|está de baja|está enfermo|está enferma|está de permiso|presidirá|"
    "me sustituye|se vaya de vacaciones|se va de vacaciones|esté de vacaciones|esté de baja|"
    "estará de vacaciones|estará de baja|se coja vacaciones|se coge vacaciones"
)
#: German, Dutch and Polish: German capitalises its nouns and the lists miss many Dutch and
#: Polish ones ("bevor Vertrieb in Urlaub geht", "Recepcja jest nieobecna"), so only a known
#: surname or a surname's shape before them.
_AWAY_OTHER = words(
    "ist im Urlaub|ist in Urlaub|ist krank|ist krankgeschrieben|ist in Elternzeit|"
    "ist im Mutterschutz|hat Urlaub|vertritt mich|leitet die Sitzung|in Urlaub geht|"
    "in den Urlaub geht|in Urlaub fährt|in den Urlaub fährt|im Urlaub ist|krank ist|"
    "in Elternzeit geht|geht in Urlaub|fährt in Urlaub|"
    "is op vakantie|is met vakantie|is ziek|is afwezig|heeft vakantie|heeft verlof|"
    "is met verlof|zit de vergadering voor|vervangt mij|op vakantie gaat|met vakantie gaat|"
    "op vakantie is|met verlof gaat|ziek is|gaat op vakantie|gaat met vakantie|"
    "jest na urlopie|jest chory|jest chora|jest na zwolnieniu|jest na L4|ma urlop|"
    "jest nieobecny|jest nieobecna|poprowadzi zebranie|zastępuje mnie|idzie na urlop|"
    "pójdzie na urlop|jedzie na urlop|wyjedzie na urlop|będzie na urlopie"
)
_AWAY = (*_AWAY_EN_ROMANCE, *_AWAY_OTHER)
_PERSON_ONLY = (*_OPINIONS, *_AWAY)
#: The shared verbs of ``_lone_names``, before which only a particle surname counts here.
_SHARED = (*lone.SHARED_VERBS, *lone.NEGATED)
_WRITTEN = (*_PERSON_ONLY, *_SHARED)
#: Each verb with either apostrophe ("hasn't", "hasn’t").
_VERBS = tuple(sorted({verb.replace("'", mark) for verb in _WRITTEN for mark in "'’"}))
_STRONG = frozenset(verb.replace("'", mark) for verb in _PERSON_ONLY for mark in "'’")
#: Before these a token no list holds is a surname too ("Whitcombe is on leave"); not before an
#: opinion, which institutions and tools are said to hold as well ("Rectorat estime que",
#: "Zarząd uważa, że", "Rustc complains").
#: Not before the absences said of software, rooms and services too ("Standup is off today",
#: "Confluence is out of office", "Frontend è assente", "Webmail est absent du menu").
_UNKNOWN_OK = frozenset(_AWAY_EN_ROMANCE) - frozenset(
    words(
        "is off today|is out of office|est absent|est absente|soit absent|soit absente|"
        "sera absent|sera absente|è assente|sia assente|sarà assente"
    )
)
#: Colloquial roles and kin no list holds, and what follows an absence that makes it a
#: service's ("is on holiday schedule").
_NOT_UNKNOWN = frozenset(
    words("profe|seño|maîtresse|maitresse|nounou|tonton|tatie|mémé|pépé|jefe|jefa|capo|patron")
)
_SERVICE_AFTER = re.compile(r"[ ]+(?:schedule|hours|mode|calendar|rota|plan|rates|season)\b")
_PARTICLE = (
    r"(?:De la|De los|Van der|Van den|Van de|Von der|Della|Dell['’]|Dall['’]|Del|De|Di|Da|Le|"
    r"La|Lo|Van|Von|Ten|Ter|D['’])"
)
#: What may stand right before the subject: the start of the text, a sentence's or a clause's
#: end, or a conjunction that opens a clause.
_LEAD = re.compile(
    r"(?:\A|[.!?:;]\s+|\n\s*|,[ ]|(?<![\w])(?:and|but|while|that|et|mais|que|und|aber|dass|"
    r"e|ma|che|mentre|y|pero|en|maar|dat|terwijl|i|ale|że|"
    # a reason: "because Paterson is on leave", "perché Bortolotti è in ferie"
    r"because|as|since|weil|da|denn|car|perché|poiché|porque|ya que|omdat|"
    r"want|bo|ponieważ|gdyż|FYI|fyi|"
    # a time: "before Paterson goes on leave", "bevor Schmidt in Urlaub geht"
    r"before|until|when|once|bevor|bis|sobald|wenn|avant|quand|lorsque|quando|finché|"
    r"cuando|voordat|totdat|zodra|zanim|gdy|kiedy)[ ])\Z"
)
_SUBJECT_RE = re.compile(
    rf"(?<![\w'’\-])(?P<name>(?P<particle>{_PARTICLE}(?:[ ]|(?<=['’])))?"
    rf"[{UP}][{LO}]{{3,}}(?:-[{UP}][{LO}]+)?),?[ ]+(?P<verb>{alternation(_VERBS)})(?!\w)"
)
#: Particles that are articles too: the token after them must be a surname standing alone.
_ARTICLES = frozenset(("Le ", "La ", "Lo ", "De "))


def _person(name: str, particle: str | None, unknown: bool) -> bool:
    """Whether the subject is a surname (see the module docstring): after a particle that is
    no article, a token that may be an everyday word ("De la Fuente", "Della Valle"); before a
    verb of being away (``unknown``), a token no list holds ("Whitcombe is on leave")."""
    last = name[len(particle) :] if particle else name
    if not particle or particle in _ARTICLES:
        return lone_surname(last, unknown=unknown)
    return not any(no_surname(part, everyday=False) for part in last.split("-"))


def _subject(m: re.Match[str], scan: Scan) -> Iterator[Hit]:
    """A surname opening a sentence or clause before a person's verb (see the module)."""
    particle = m.group("particle")
    verb = m.group("verb")
    if verb not in _STRONG and not particle:
        return  # a lone token before a shared verb: ``_lone_names``' case
    name = m.group("name")
    unknown = verb in _UNKNOWN_OK and _unknown_ok(name, scan, m.end())
    if not _LEAD.search(scan.before(m.start("name"), 12)):
        return
    if not (_person(name, particle, unknown) or (not particle and _wordlike_given(name, verb))):
        return
    yield Hit("pii.person_name", None, m.start("name"), m.end("name"))


def _wordlike_given(name: str, verb: str) -> bool:
    """Whether a given name that is an everyday word too is a person here: before a verb of
    being away that software and services are not said to be (``_UNKNOWN_OK``, or the German,
    Dutch and Polish ones: "Grace is on leave", "Dolores está de baja"; not "Iris is off
    today", nor an opinion: "Ruby complains"); no place, product, firm or season ("Paris is on
    holiday", "Chase is fed up")."""
    return (
        (verb in _UNKNOWN_OK or verb in _AWAY_OTHER_SET)
        and name in data.AMBIGUOUS
        and given_person(name)
        and name not in SEASONS
    )


_AWAY_OTHER_SET = frozenset(verb.replace("'", mark) for verb in _AWAY_OTHER for mark in "'’")


def _unknown_ok(name: str, scan: Scan, end: int) -> bool:
    """Whether a token no list holds may be a surname here: no colloquial role, no compound of
    two listed words ("Standup", "Helpdesk", "Backend"), not written in lower case nearby
    ("Staging ... deploy to staging"), and no service's absence after it."""
    lower = name.lower()
    if lower in _NOT_UNKNOWN or _SERVICE_AFTER.match(scan.text, end, scan.hi):
        return False
    if any(_listed(lower[:i]) and _listed(lower[i:]) for i in range(3, len(lower) - 2)):
        return False
    around = scan.before(end, _AROUND) + scan.after(end, _AROUND)  # bounded: no n² on long parts
    return re.search(rf"(?<!\w){re.escape(lower)}(?!\w)", around) is None


#: How far around an unknown surname its lower-case use is looked for.
_AROUND = 2000


def _listed(word: str) -> bool:
    """Whether a lower-case word is in a word list we hold."""
    return word in data.WORDS or word in data.COMMON or word in data.ENGLISH_WORDS


#: Two prefilters: ``_lone_names``' own for the shared verbs (one pattern for both), and the
#: verbs only a person is the subject of.
SURNAME_SUBJECT = tuple(
    Detector(
        "person_name.surname_subject",
        prefilter,
        _SUBJECT_RE,
        _subject,
        back=48,
        ahead=4,
        unicode=True,
    )
    for prefilter in (BEFORE_VERB.prefilter, r"[a-zà-ÿ] +" + hs_words(_STRONG))
)

DETECTORS = SURNAME_SUBJECT
