"""Symptoms in everyday words (issue 11, family 4): a part of the body and what is wrong with it,
said of a person, in EN FR DE IT ES NL PL.

People describe what they feel before anyone names a condition: "my knee hurts when I climb
stairs", "j'ai des fourmis dans les mains la nuit", "Meine Mutter hat geschwollene Beine", "mi
fa male il ginocchio", "a mi abuelo se le hinchan los tobillos", "mijn knie doet pijn", "boli
mnie kolano", "my husband can't lift his left arm". A symptom word (``SYMPTOMS``) with a part of
the body (``BODY``) in the same clause, at most two other words apart (determiners, prepositions
and words of position are free: "la parte baja de la espalda"), a movement someone cannot make
with a part, or a German or Dutch compound ("Wadenkrämpfe", "rugpijn") is a symptom of a
particular person: the sentence is about one (``health.personal``), the speaker is its subject
or object right before it ("je saigne du nez", "mi fa male", "boli mnie", "nie mogę") or a few
words back ("I woke up with a stiff neck", "Mir tut seit Tagen der Rücken weh"), or a
relative stands beside it ("Babci spuchły kostki"). A part further away in the sentence counts
when the sentence holds the writer or someone close and nothing of a topic (``_far``: "Bei
meinem Sohn ist das Knie seit dem Sturz stark angeschwollen").

Not symptoms: the same words said of no one ("Swollen ankles can be a sign of heart failure",
"Pijn op de borst kan …"), idioms ("a pain in the neck", "stiff upper lip", "shake hands", "a
lump in my throat"), figures and topics (a head that hurts from code or a project, legs that
tremble with emotion, a novel's hero, a nurse's patients: ``FIGURATIVE``), animals' parts, and
parts named like other things ("the pain came back", "on the other hand, …", "back-end") unless
a determiner or the symptom stands right before them.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from proxy.classify._base import Detector, Hit, Scan, alternation, by_first_letter, top_level
from proxy.classify.detectors import _health_symptom_words as w
from proxy.classify.detectors import health
from proxy.classify.detectors.health_sentences import anchored_by, topic_free

_SYMPTOM_RE = re.compile(
    rf"(?<!\w)(?:(?P<symptom>{by_first_letter('|'.join(w.SYMPTOMS))})|"
    rf"(?P<move>{by_first_letter('|'.join(w.MOVES))})|"
    rf"(?P<compound>(?:{by_first_letter(w.COMPOUND_PARTS)})(?:{w.COMPOUND_ENDS})))(?!\w)",
    re.I,
)


def _prefilter_piece(piece: str) -> str:
    """A symptom's prefilter: its word beginning, ended by a boundary when the piece is a whole
    word ending in an ASCII letter ("numb" must not wake on "number", "lever" on "leverage")."""
    if piece.endswith(r"\w*"):
        return piece[:-3]
    last = piece[-2:-1] if piece.endswith("?") else piece[-1:]
    return piece + r"\b" if last.isascii() and last.isalpha() else piece


#: Symptom words; compounds by their second half; movements only a few words after a negation
#: ("can't lift", "nicht heben", "non riesco ad alzare").
_PREFILTER = (
    r"\b(?:"
    + "|".join(_prefilter_piece(p) for p in top_level("|".join(w.SYMPTOMS)))
    + r")|(?:schmerz|krämpfe|krampf|pijn|kramp)|"
    + r"(?:\b(?:not|cannot|unable|nicht|kaum|niet|nie|non|no|pas|plus)\b|n['’]t)"
    + r"[^.\n]{0,24}\b(?:"
    + "|".join(w.MOVES)
    + r")\b"
)
#: Words, hyphenated ones whole ("back-end", "spine-tingling" name no part of the body).
_TOKEN = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*")
_CLAUSE = re.compile(r"[,.;:!?\n()\[\]\"“”]")
_IDIOMS = re.compile(rf"(?<!\w)(?:{alternation(w.IDIOMS)})(?!\w)", re.I)
_FIGURATIVE = frozenset(w.FIGURATIVE)
_WORD = re.compile(r"[^\W\d_]+")
_SENTENCE_END = re.compile(r"[.?!\n]")


def _sentence(scan: Scan, start: int, end: int) -> str:
    """The sentence around a span (up to 120 characters each side)."""
    head = _SENTENCE_END.split(scan.before(start, 120))[-1]
    tail = _SENTENCE_END.split(scan.after(end, 120))[0]
    return head + scan.text[start:end] + tail


_MODAL = re.compile(
    r"\s+(?:can|may|could|might|is often|are often|kan|kunnen|kann|können|peut|peuvent|puede|"
    r"pueden|può|possono|może|mogą)(?!\w)",
    re.I,
)
#: How many words may stand between a symptom and its part.
_GAP = 2


def _tokens(text: str, offset: int) -> list[tuple[str, int, int]]:
    """The words of ``text`` in lower case with their offsets in the scanned text."""
    return [
        (t.group(0).lower(), offset + t.start(), offset + t.end()) for t in _TOKEN.finditer(text)
    ]


def is_part(word: str) -> bool:
    """Whether a word (lower case) names a part of the body in one of the languages."""
    if word in w.BODY or word.startswith(_POLISH_STEMS):
        return True
    side = next((side for side in _SIDES if word.startswith(side)), "")
    return bool(side) and word[len(side) :] in w.BODY  # "linkerhand", "rechterpols"


_POLISH_STEMS = tuple(w.POLISH_STEMS)
#: Any part of the body, or the start of one (a superset of ``is_part``: one search at C speed).
_ANY_PART = re.compile(rf"(?<!\w)(?:{alternation((*w.BODY, *w.POLISH_STEMS, *w.SIDES))})", re.I)
_SIDES = tuple(w.SIDES)


def _part(
    words: list[tuple[str, int, int]], index: int, *, adjacent: bool
) -> tuple[int, int] | None:
    """The span of a part of the body at ``index``, if it is one there: a part named like other
    things only after a determiner or right beside the symptom."""
    word, start, end = words[index]
    if not is_part(word):
        return None
    previous = words[index - 1][0] if index else ""
    only = w.ONLY_AFTER.get(word)
    if only is not None and previous not in only:
        return None
    if word in w.NEEDS_DETERMINER and not adjacent and previous not in w.DETERMINERS:
        return None
    return start, end


def _body(
    before: list[tuple[str, int, int]], after: list[tuple[str, int, int]], *, move: bool, gap: int
) -> tuple[int, int] | None:
    """The nearest part of the body after the symptom or, but for a movement, before it, with
    at most ``gap`` other words between."""
    span = _nearest(after, range(len(after)), gap)
    if span is not None or not before:
        return span
    if move:  # "den Arm nicht heben", "de arm niet optillen": the part before the negation
        if before[-1][0] not in w.NEGATIONS:
            return None
        before = before[:-1]
    return _nearest(before, range(len(before) - 1, -1, -1), gap)


def _nearest(words: list[tuple[str, int, int]], order: range, most: int) -> tuple[int, int] | None:
    """The first part of the body in ``order`` (outwards from the symptom) with at most
    ``most`` other words before it; determiners, prepositions and words of position cost
    nothing ("la parte baja de la espalda", "au bas du dos")."""
    gap = 0
    for step, index in enumerate(order):
        span = _part(words, index, adjacent=step == 0)
        if span is not None:
            return span
        if words[index][0] not in _LIGHT:
            gap += 1
        if gap > most or step > 4:
            return None
    return None


_LIGHT = w.DETERMINERS | w.LIGHT


def _symptom(m: re.Match[str], scan: Scan) -> Iterator[Hit]:
    """A symptom of a part of the body, of a person; a movement only after a negation."""
    compound = m.group("compound") is not None
    head = _CLAUSE.split(scan.before(m.start(), 60))[-1]
    tail = _CLAUSE.split(scan.after(m.end(), 60))[0]
    if not compound and _ANY_PART.search(head + " " + tail) is None:
        if m.group("move") is None and _far(m, scan):  # the part beyond a comma
            yield Hit("health", "diagnosis", m.start(), m.end())
        return  # no part of the body in the clause: most symptom words in ordinary text
    before = _tokens(head, m.start() - len(head))
    after = _tokens(tail, m.end())
    move = m.group("move") is not None
    if move and w.NEGATIONS.isdisjoint(word for word, _, _ in before[-4:]):
        return
    if compound:  # "Wadenkrämpfe", "rugpijn": the part is in the word
        span: tuple[int, int] | None = (m.start(), m.end())
    else:
        span = _body(before, after, move=move, gap=_GAP)
    if span is None:
        if not move and _far(m, scan):
            yield Hit("health", "diagnosis", m.start(), m.end())
        return
    start, end = min(span[0], m.start()), max(span[1], m.end())
    if not w.ANIMALS.isdisjoint([word for word, _, e in before if e <= start][-3:]):
        return  # "my dog's leg is swollen", "la pata hinchada"
    if _MODAL.match(scan.after(end, 24)):
        return  # "Pijn op de borst kan veel oorzaken hebben": what a symptom can be, in general
    sentence = _sentence(scan, start, end)
    if _IDIOMS.search(sentence) or not _FIGURATIVE.isdisjoint(_WORD.findall(sentence.lower())):
        return  # "a pain in the neck", "my head hurts from this code", "… dall'emozione"
    if _mine(before, after, start, end, scan):
        yield Hit("health", "diagnosis", start, end)


def _far(m: re.Match[str], scan: Scan) -> bool:
    """Whether a symptom whose part stands further away in its sentence is the writer's or a
    relative's ("bei meinem Sohn ist das Knie seit dem Sturz stark angeschwollen", "mijn
    rechterpols doet al drie dagen zeer"): a part of the body and a first-person word or a
    relative in the sentence, and nothing of a topic, an idiom, an animal or a general case."""
    if not _FAR_SYMPTOM.search(m.group(0)):
        return False  # "pieką" (they bake), "steif" (stiff cream), "burning" (a budget)
    if _FAR_NOT.match(scan.after(m.end(), 16)):
        return False  # "numb to criticism", "numb-ingly"
    head = _SENTENCE_END.split(scan.before(m.start(), 120))[-1]
    tail = _SENTENCE_END.split(scan.after(m.end(), 120))[0]
    sentence = head + " " + tail
    words = _tokens(head, m.start() - len(head)) + _tokens(tail, m.end())
    lowered = {word for word, _, _ in words}
    if (
        not anchored_by(sentence)
        or not topic_free(sentence)
        or not _FAR_REPORTED.isdisjoint(lowered)
    ):
        return False
    if not w.ANIMALS.isdisjoint(lowered) or not _FIGURATIVE.isdisjoint(lowered):
        return False
    if not _FAR_THINGS.isdisjoint(lowered):
        return False
    if _IDIOMS.search(head + m.group(0) + tail) or _MODAL.match(tail):
        return False
    return any(_part(words, i, adjacent=False) is not None for i in range(len(words)))


#: The symptoms that name a body's trouble only, read with a part further away: swollen,
#: numb, itching, tingling, a rash, a sprain (not "burning", "stiff", "piec-" of baking).
_FAR_SYMPTOM = re.compile(
    r"swoll|schwoll|zwoll|gonfi|gonfl|hinch|spuch|numb|taub|gevoelloos|intorpid|entumec|engourd|"
    r"drętw|itch|juck|jeuk|prurit|picor|démang|swędz|swędzi|tingl|kribbel|tintel|formicol|"
    r"hormigue|fourmi|mrowi|rash|ausschlag|uitslag|sprain|verstaucht|verstuikt|esguince|entorse",
    re.I,
)


def _je(before: list[tuple[str, int, int]]) -> bool:
    """Whether the French "je" is the symptom's subject ("je saigne du nez", "je me suis
    bloqué le dos"); the Dutch "je" is "you" ("doen je knieën pijn")."""
    words = [word for word, _, _ in before[-3:]]
    if "je" not in words:
        return False
    return all(word in _JE_CHAIN for word in words[words.index("je") + 1 :])


_JE_CHAIN = frozenset(("me", "m", "ne", "n", "suis", "sens"))


def _mine(
    before: list[tuple[str, int, int]],
    after: list[tuple[str, int, int]],
    start: int,
    end: int,
    scan: Scan,
) -> bool:
    """Whether a symptom is someone's: the speaker's in the first person right before it ("je
    saigne du nez", "nie mogę podnieść", "I can't lift") or as its object ("mi fa male", "boli
    mnie"), a relative's beside it, or a person's the sentence is about."""
    near = {word for word, _, _ in before[-4:]} | {word for word, _, _ in after[:1]}
    if not w.FIRST_PERSON.isdisjoint(near) or not w.RELATIVES_NEAR.isdisjoint(near):
        return True
    if _je(before):
        return True
    if any(len(word) > 5 and word.endswith(("łam", "łem")) for word, _, _ in before[-4:]):
        return True  # the Polish first person past: "obudziłam się ze sztywną szyją"
    if _speaker(before, scan):
        return True
    return health.personal(scan, start, end)


def _speaker(before: list[tuple[str, int, int]], scan: Scan) -> bool:
    """Whether the speaker is the clause's subject or object further back: "I" up to six words
    before with no "that" or "if" between ("I woke up with a stiff neck"; not "I read that …"),
    or a German or Polish object pronoun up to eight words before ("Mir tut seit drei Tagen der
    Rücken weh"); never in a clause that reports, teaches or asks for causes."""
    if not _REPORTED.isdisjoint(word for word, _, _ in before):
        return False  # "Erkläre mir die Ursachen für …", "I teach a course on back pain"
    if not _OBJECT.isdisjoint(word for word, _, _ in before[-8:]):
        return True
    near = before[-7:]
    for index, (_, s, e) in enumerate(near):
        if scan.text[s:e] == "I":
            return _REPORTED.isdisjoint(word for word, _, _ in near[index:])
    return False


_OBJECT = frozenset(("mir", "mich", "mnie"))
_REPORTED = frozenset(
    (
        "that",
        "if",
        "whether",
        "about",
        "how",
        "what",
        "why",
        "think",
        "read",
        "on",
        "where",
        "course",
        "users",
        "teach",
        "ursachen",
        "erkläre",
        "erklär",
        "warum",
        "wyjaśnij",
        "causes",
    )
)
_FAR_NOT = re.compile(r"-|\s+(?:to|für|à|a|voor|na|from)\b", re.I)
#: Things that swell and go numb too: batteries, doors, rivers, wood.
_FAR_THINGS = frozenset(
    (
        "battery", "akku", "batterie", "batteria", "batería", "accu", "bateria", "door", "tür",
        "porte", "porta", "puerta", "deur", "drzwi", "river", "fluss", "rivière", "fiume", "río",
        "rivier", "rzeka", "wood", "holz", "bois", "legno", "madera", "hout", "drewno",
    )
)  # fmt: skip
#: What reports, teaches or asks for causes in a sentence, for ``_far``: ``_REPORTED`` less the
#: words a person's own sentence holds too ("on", "that", "if", "how", "what", "why", "where").
_FAR_REPORTED = _REPORTED - {"on", "that", "if", "how", "what", "why", "where"}


SYMPTOM = Detector(
    "health.symptom",
    _PREFILTER,
    _SYMPTOM_RE,
    _symptom,
    back=20,
    ahead=16,
    caseless=True,
    unicode=True,
)
DETECTORS = (SYMPTOM,)
