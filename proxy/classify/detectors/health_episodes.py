"""Health episodes said of a person in everyday words (issue 11, family 4): what the words
alone do not make health data, but a person in the phrase does.

- ``health.episode``: an everyday illness after a verb of having ("J'ai une grippe", "Ho la
  febbre", "Mam grypę", "I've got a sore throat") or a positive test ("I tested positive for
  covid"); the illness words stay out of ``health.condition`` (general text names them);
- ``health.hospital``: a person in hospital ("Meine Mutter liegt im Krankenhaus", "è
  ricoverato"), not the hospital itself ("the hospital is closed", "I work at the hospital");
- ``health.injury``: a broken or sprained body part of someone ("He broke his leg", "si è
  rotto il braccio", "Ich habe mir das Bein gebrochen"), an operation ("recovering from knee
  surgery", "wurde am Knie operiert"), a wheelchair ("sitzt im Rollstuhl"); not a chair's leg;
- ``health.allergy``: allergic to something, said of someone ("I'm allergic to penicillin",
  "jestem uczulony na orzechy", "has a peanut allergy"). "Allergic to meetings" and the other
  figurative objects of ``FIGURATIVE`` are no allergy; every other object is (fail closed:
  what people are allergic to is an open list);
- ``health.vital``: blood pressure written as two numbers without a unit ("My blood pressure
  is 160/100", "Ma tension est à 16/10"), blood sugar or pulse as a number, of a person and not
  a reference value;
- ``health.therapy``: going to a therapist or being in therapy ("I'm seeing a therapist",
  "Meine Tochter geht zur Psychotherapie", "Ik ben in therapie"); not "a therapy workshop",
  not being a therapist.

A phrase is about a person when its verb is in the first person, when the clause before it
holds a subject pronoun, a personal anchor (``_health_anchor``) or a named person, or, in the
pro-drop languages (Italian, Spanish, Polish), when the verb starts its clause ("Ho la febbre").
Prefilters are the phrases' shapes (verb, space, object), never a frequent word alone.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from proxy.classify._base import (
    Detector,
    Hit,
    Scan,
    alternation,
    hs_words,
    literal_alternation,
    words,
)
from proxy.classify.detectors import _health_episode_words as w
from proxy.classify.detectors import health
from proxy.classify.detectors._health_anchor import anchored, named
from proxy.classify.detectors._health_subjects import JOINED, given_subject, shared_subject
from proxy.classify.detectors._health_symptom_words import ANIMALS
from proxy.classify.detectors._name_evidence import german_text

_CLAUSE = re.compile(r"[,;:.?!\n()]")
_PRONOUN = re.compile(
    r"(?<!\w)(?:i|we|he|she|they|je|j['’]|il|elle|ils|elles|nous|ich|er|sie|wir|io|lui|lei|"
    r"noi|loro|yo|él|ella|nosotros|ellos|ellas|ik|hij|zij|ze|wij|ja|on|ona|oni|my|"
    # what children call their parents, a subject the anchors leave out ("Mama leży w szpitalu")
    r"mama|mamma|mamá|papá|maman|mutti|mamusia|mum|mummy|grandma|grandpa|granny)(?![\w'’])",
    re.I,
)
_FIRST = frozenset(w.FIRST)
_PRO_DROP = frozenset(w.PRO_DROP + w.HAVE_PRO_DROP)
#: What may stand between a clause's start and a pro-drop verb ("E ho la febbre", "Ya tengo").
_EMPTY_SUBJECT = re.compile(
    r"^\s*(?:(?:e|ma|y|pero|i|a|ale|oggi|hoy|dziś|ya|già|anche)\s+)?$", re.I
)


def of_person(scan: Scan, start: int, verb: str) -> bool:
    """Whether the phrase starting at ``start`` with ``verb`` is said of a person."""
    verb = verb.lower()
    if verb in _FIRST:
        return True
    subject = _CLAUSE.split(scan.before(start, 48))[-1]
    if _PRONOUN.search(subject) or anchored(subject) or named(subject, 0, 0):
        return True
    if given_subject(subject):
        return True
    if verb in _PRO_DROP and _EMPTY_SUBJECT.match(subject) is not None:
        return True
    return JOINED.match(subject) is not None and shared_subject(scan, start - len(subject))


_FOLLOWERS = frozenset(w.ILLNESS_FOLLOWERS + w.THERAPY_FOLLOWERS) | frozenset(
    words(
        "of|alta|forte|fort|hohes|depuis|seit|da|desde|sinds|od|und|et|e|y|en|i|a|al|à|au|per|"
        "heute|gestern|hier|aujourd'hui|ieri|oggi|ayer|hoy|gisteren|vandaag|wczoraj|dziś|dzisiaj|"
        "already|still|schon|noch|déjà|encore|già|ancora|ya|todavía|al|nog|już|nadal|wciąż|"
        "nach|après|dopo|después|na|po|wegen|mit|avec|con|met|z|ze"
    )
)
_COMPOUND_GOES_ON = re.compile(r"^[\-/][^\W\d_]")
_NEXT_WORD = re.compile(r"^\s*([^\W\d_]+(?:['’][^\W\d_]+)?)")


def ends_phrase(scan: Scan, end: int) -> bool:
    """Whether the phrase ends at ``end``: punctuation, a line end, the text's end, a digit or a
    word that goes on with time or cause ("since", "seit"), not a noun ("a cold drink")."""
    after = scan.after(end, 40)
    if _COMPOUND_GOES_ON.match(after):
        return False  # "Corona-Regeln", "covid/flu season"
    if _MEASURED.match(after):
        return True  # "fiebre de 39", "febbre a 38,5", "koorts van 39"
    m = _NEXT_WORD.match(after)
    return m is None or m.group(1).lower() in _FOLLOWERS


_MEASURED = re.compile(r"^\s+(?:de|di|a|van|von|à|z|do)\s+\d", re.I)


def _episode(m: re.Match[str], scan: Scan) -> Iterator[Hit]:
    """An everyday illness someone has, or a positive test of someone."""
    if m.group("positive") is not None:
        if of_person(scan, m.start(), "") or _EMPTY_SUBJECT.match(
            _CLAUSE.split(scan.before(m.start(), 48))[-1]
        ):
            yield Hit("health", "diagnosis", m.start(), m.end())
        return
    inverted = m.group("inv")
    if inverted is not None and m.group("verb").lower() not in _V2_VERBS:
        return  # only German and Dutch put the subject there
    if _not_complaint(m, scan):
        return
    person = inverted is not None or of_person(scan, m.start(), m.group("verb"))
    if ends_phrase(scan, m.end()) and person:
        yield Hit("health", "diagnosis", m.start("what"), m.end("what"))


def _not_complaint(m: re.Match[str], scan: Scan) -> bool:
    """Whether the words around an illness make it no one's complaint: a problem called a
    headache, a topic or a question between verb and illness ("Ich habe noch keine Ahnung von
    Ischias"), a title ("I have Vertigo on Blu-ray"), an animal's, or "ma"/"a" of another
    language than the illness ("ma tosse e febbre": Italian "but")."""
    what, verb = m.group("what"), m.group("verb").lower()
    if "headache" in what.lower() and (
        _TROUBLE.match(scan.after(m.end(), 24)) or _TEAM.search(scan.before(m.start("what"), 16))
    ):
        return True  # "a headache with this migration", "we have a headache"
    if _TOPIC.search(m.string[m.end("verb") : m.start("what")]):
        return True
    if (
        what.lower() in _COMPLAINTS
        and what[:1].isupper()
        and not _SENTENCE_START.search(scan.before(m.start("what"), 3))
        and not german_text(scan.around(m.start(), m.end(), 60))
    ):
        return True  # a capitalised title in a sentence
    if (verb == "ma" and not _POLISH.search(what)) or (verb == "a" and not _FRENCH.match(what)):
        return True
    clause = _CLAUSE.split(scan.before(m.start(), 48))[-1].lower()
    return not ANIMALS.isdisjoint(re.findall(r"\w+", clause))


_TROUBLE = re.compile(
    r"\s+(?:with|because of|from)\s+(?:this|these|that|those|our|your|the new)(?!\w)", re.I
)
_TEAM = re.compile(r"(?<!\w)(?:we|wir|nous|noi|nosotros|wij|my)\s+\S+\s*$", re.I)
_TOPIC = re.compile(
    r"(?<!\w)(?:about|on|of|no|not|never|idea|question|questions|von|über|keine|kein|nie|"
    r"ahnung|sur|pas|jamais|questions?|sulla|sul|della|dubbi|domande|mai|non|sobre|nunca|"
    r"preguntas|over|geen|nooit|vraag|vragen|artikel|o|pytanie|pytania|read|heard|seen|"
    r"written)(?!\w)",
    re.I,
)
_COMPLAINTS = frozenset(w.COMPLAINTS)
_SENTENCE_START = re.compile(r"(?:^|[.!?:\n])\s*$")
_POLISH = re.compile(
    r"[ąćęłńóśźż]|kaszel|trądzik|refluks|postrzał|wyprysk|hemoroidy|wymioty|"
    r"zaparci|katar|kamienie|grypę|covid|przeziębienie",
    re.I,
)
_FRENCH = re.compile(r"(?:une?|des|de|du|la|le|l['’]|mal)(?!\w)", re.I)


_W = r"(?:(?<!\w)|(?=['’]))"
#: A time or a repetition between the verb and the illness, with up to three words after it
#: ("hat seit Tagen Fieber", "heeft al drie dagen last van diarree", "hat seit dem Konzert
#: einen Tinnitus", "heeft weer eczeem", "ha di nuovo la tosse").
_SINCE_WORDS = words(
    "seit|schon|wieder|sinds|al|weer|since|depuis|da|desde|od|again|still|encore|toujours|"
    "immer|noch|di nuovo|ancora|de nuevo|otra vez|nog|opnieuw|znowu|znów|nadal|ciągle"
)
_SINCE = rf"(?:{alternation(_SINCE_WORDS)})"
#: German and Dutch put the subject after the verb when a time or a place opens the sentence
#: ("Seit drei Tagen habe ich Fieber", "Sinds gisteren heb ik koorts", "Heute hat er Grippe").
_INVERTED = words("ich|er|sie|du|wir|ihr|ik|hij|zij|ze|jij|je|u|wij|we")
_V2_VERBS = frozenset(words("habe|hab|hat|hatte|heb|heeft|had"))
_EPISODE_RE = re.compile(
    rf"{_W}(?P<verb>{alternation(w.HAVE)})(?:\s+(?P<inv>{alternation(_INVERTED)}))?\s+"
    rf"(?:{_SINCE}(?:\s+[^\W\d_]+){{0,3}}?\s+)?"
    rf"(?P<what>{alternation((*w.ILLNESSES, *w.COMPLAINTS))})(?!\w)|"
    rf"(?<!\w)(?P<positive>{alternation(w.POSITIVE)})\s*(?:(?:the|la|el|il|de|het)\s+)?"
    r"(?:covid(?:-19)?|corona(?:virus)?|koronawirusa|sars-cov-2|flu|influenza|strep|rsv|"
    r"grippe|gripe|griep|grypę)?",
    re.I,
)
EPISODE = Detector(
    "health.episode",
    rf"(?:{literal_alternation(w.HAVE)}) (?:{literal_alternation(w.ILLNESSES)})|"
    rf"(?:{literal_alternation(_V2_VERBS)}) (?:{literal_alternation(_INVERTED)}) "
    rf"(?:{literal_alternation(w.ILLNESSES)})|"
    rf"(?:{literal_alternation(_SINCE_WORDS)}) [a-zäöüß]+ (?:{literal_alternation(w.ILLNESSES)})|"
    + literal_alternation(w.POSITIVE),
    _EPISODE_RE,
    _episode,
    back=48,
    ahead=32,
    caseless=True,
    unicode=True,
)

#: The complaints, each woken by itself (a literal for hyperscan's literal compiler; a word
#: starting with a capital's letter outside ASCII in both cases, as German writes its nouns).
COMPLAINT_WORDS = tuple(
    Detector(
        "health.episode_complaint",
        re.escape(variant),
        _EPISODE_RE,
        _episode,
        back=len(variant) + 64,
        ahead=32,
        caseless=True,
    )
    for variant in sorted(
        {*w.COMPLAINTS, *(c[:1].upper() + c[1:] for c in w.COMPLAINTS if not c[:1].isascii())}
    )
)

_STILL_WORDS = words(
    "still|now|already|again|currently|noch|schon|wieder|déjà|encore|ancora|già|todavía|ya|"
    "nog|al|wciąż|nadal|już"
)
_STILL = rf"(?:(?:{alternation(_STILL_WORDS)})\s+)?"
_HOSPITAL_RE = re.compile(
    rf"{_W}(?P<verb>{alternation(w.HOSPITAL_VERBS)})\s+{_STILL}"
    rf"(?P<what>{alternation(w.HOSPITAL_PLACES)})(?!\w)|"
    rf"{_W}(?P<verb2>{alternation(w.HOSPITALISED_COPULAS)})\s+{_STILL}"
    rf"(?P<what2>{alternation(w.HOSPITALISED)})(?!\w)",
    re.I,
)


def _hospital(m: re.Match[str], scan: Scan) -> Iterator[Hit]:
    """A person in hospital, or hospitalised."""
    if m.group("verb") is not None:
        verb, group = m.group("verb"), "what"
        if not ends_phrase(scan, m.end()):
            return
    else:
        verb, group = m.group("verb2"), "what2"
    if of_person(scan, m.start(), verb):
        yield Hit("health", "diagnosis", m.start(group), m.end(group))


HOSPITAL = Detector(
    "health.hospital",
    rf"(?:{literal_alternation(w.HOSPITAL_VERBS)}) (?:(?:{literal_alternation(_STILL_WORDS)}) )?"
    rf"(?:{literal_alternation(w.HOSPITAL_PLACES)})|" + hs_words(w.HOSPITALISED),
    _HOSPITAL_RE,
    _hospital,
    back=72,
    ahead=40,
    caseless=True,
    unicode=True,
)

_SIDES = words(
    "left|right|linken|rechten|linke|rechte|linker|rechter|lewą|prawą|lewy|prawy|lewe|prawe"
)
_SIDE = rf"(?:(?:{alternation(_SIDES)})\s+)?"
_OWNER = rf"(?:(?:{alternation(w.BODY_OWNERS)})(?:\s+|(?<=['’])))"
_INJURY_RE = re.compile(
    rf"(?<!\w)(?P<verb>{alternation(w.BREAK_BEFORE)})\s+(?P<owner>{_OWNER}{{0,2}}){_SIDE}"
    rf"(?P<what>{alternation(w.BODY)})(?!\w)|"
    rf"(?<!\w)(?P<owner2>{_OWNER}{{1,2}}){_SIDE}(?P<what2>{alternation(w.BODY)})\s+"
    rf"(?P<verb2>{alternation(w.BREAK_AFTER)})(?!\w)",
    re.I,
)
#: Owners that are a person ("his leg", "mir das Bein", "sobie"); "the"/"a" leave it open.
_PERSON_OWNERS = frozenset(
    words("my|his|her|their|mir|sich|ihm|ihr|mich|zijn|haar|mijn|z'n|m'n|sobie|mu|jej")
)
_REFLEXIVE = re.compile(
    r"(?<!\w)(?:s['’]est|s['’]était|me suis|m['’]étais|je me suis|si è|si era|mi sono|ti sei|"
    r"se ha|se|me|te|me he|mi|si)\s*$",
    re.I,
)
_IDIOM = re.compile(r"^\s+(?:working|trying|to|for|over|doing|getting|making)\b", re.I)
_POLISH_BREAK = re.compile(r"^(?:złama|skręci|zwichn)", re.I)


def _injury(m: re.Match[str], scan: Scan) -> Iterator[Hit]:
    """A body part someone broke, sprained or tore."""
    first = m.group("verb") is not None
    verb = m.group("verb") if first else m.group("verb2")
    owners = set(re.findall(r"[\w'’]+", (m.group("owner") if first else m.group("owner2")) or ""))
    start = m.start("what" if first else "what2")
    personal = (
        not _PERSON_OWNERS.isdisjoint(o.lower() for o in owners)
        or _POLISH_BREAK.match(verb) is not None
        or _REFLEXIVE.search(scan.before(m.start(), 16)) is not None
        or of_person(scan, m.start(), "")
        # a note's noun phrase ("claimant …: fractured left wrist"): an anchor in its context
        or (first and not owners and health.personal(scan, m.start(), m.end()))
    )
    if m.group(0).lower().endswith(("back", "neck")) and _IDIOM.match(scan.after(m.end(), 20)):
        return  # "broke his back working on this release"
    if personal:
        yield Hit("health", "diagnosis", start, m.end())


INJURY = Detector(
    "health.injury",
    rf"(?:{literal_alternation(w.BREAK_BEFORE)}) (?:(?:{literal_alternation(w.BODY_OWNERS)})"
    rf"['’ ]?){{0,2}}(?:(?:{literal_alternation(_SIDES)}) )?(?:{literal_alternation(w.BODY)})|"
    rf"(?:{literal_alternation(w.BODY)}) (?:{literal_alternation(w.BREAK_AFTER)})",
    _INJURY_RE,
    _injury,
    back=72,
    ahead=24,
    caseless=True,
    unicode=True,
)

_SURGERY_RE = re.compile(rf"(?<!\w)(?P<what>{w.SURGERY})(?!\w)", re.I)


def _surgery(m: re.Match[str], scan: Scan) -> Iterator[Hit]:
    """An operation someone had, has or awaits."""
    head = m.group(0).split()[0].lower()
    if m.group(0).lower().endswith("operation") and not ends_phrase(scan, m.end()):
        return  # "had a major operation to migrate the database"
    if head in ("after", "before", "need", "needs"):
        # "after surgery" is said of someone only with a person's word ("after his surgery")
        personal = health.possessive(scan, m.start()) or of_person(scan, m.start(), "")
    else:  # "me operaron", "la operaron": the object pronoun is the person
        personal = head in _FIRST or head in ("me", "mi", "lo", "la", "le")
        personal = personal or of_person(scan, m.start(), head if head in _PRO_DROP else "")
    if personal:
        yield Hit("health", "diagnosis", m.start(), m.end())


SURGERY = Detector(
    "health.injury",
    hs_words(w.SURGERY_LITERALS)
    + "|"
    + literal_alternation(
        f"{kind} operation"
        for kind in words("an|a|his|her|my|their|major|minor|emergency|knee|hip|heart|back|eye")
    ),
    _SURGERY_RE,
    _surgery,
    back=80,
    ahead=16,
    caseless=True,
    unicode=True,
)


def _wheelchair(m: re.Match[str], scan: Scan) -> Iterator[Hit]:
    """Someone in a wheelchair or on crutches."""
    if of_person(scan, m.start(), ""):
        yield Hit("health", "diagnosis", m.start(), m.end())


WHEELCHAIR = Detector(
    "health.injury",
    literal_alternation(w.WHEELCHAIR),
    re.compile(rf"(?<!\w)(?:{alternation(w.WHEELCHAIR)})(?!\w)", re.I),
    _wheelchair,
    back=32,
    ahead=8,
    caseless=True,
    unicode=True,
)

DETECTORS = (EPISODE, *COMPLAINT_WORDS, HOSPITAL, INJURY, SURGERY, WHEELCHAIR)
