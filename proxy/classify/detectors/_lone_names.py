"""Person names standing alone as one token, surname or given name, found by what surrounds
them (the word lists are in ``_lone_words``):

- before an English verb only a person does ("Stoloff was born", "Hitzig died"): a known
  given name or surname, or a token unknown to every word list; before such a verb of the
  other languages, where an adverb may open the sentence before an inverted subject ("Ayer
  murió mi abuelo"), and before a verb organisations share ("Behe said", "Müller sagte",
  "Rossi ha dichiarato"): a known given name or surname, or an unknown token shaped like a
  surname ("Halvorsson wants", "Brzęczyszczykiewicz chce");
- being a role or occupation ("Hitzig became a professor", "Tillotson was an American
  novelist"): a known name or an unknown token;
- before "'s" and a noun only a person owns ("Lessing's patron"), and after a creative
  work's agent ("composed by Damon", "écrites par Sameer"): a known name ("Brexit's birth",
  "written by Dependabot" are none).

A known name is never a word of any language we list ("Rust won", "Sales said"), but for a
given name before what only a person owns ("Sarah's laptop": the lists hold "sarah").

A token is never a month, place, brand, product, eponym, everyday word (``COMMON``), a German
noun in German text, a word of any language we list when unknown as a name, or a word glued to
code (``_bare_names._LEAD``). It starts a sentence, or follows a lower-case word that is no
article or locative preposition ("the Beatles said", "in Paris lived"), a number or a comma; a
capitalised word right before it makes it part of a longer run (``_name_verbs``'s candidates).

Every prefilter is a literal (the verb, "'s" and the noun, the agent), or a lower-case letter,
a copula and the role.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from proxy.classify._base import Detector, Hit, Scan, alternation, hs_words, words
from proxy.classify.detectors import _lone_words as lone
from proxy.classify.detectors import _names_data as data
from proxy.classify.detectors._bare_names import _LEAD as LEAD
from proxy.classify.detectors._bare_names import _SENTENCE as SENTENCE
from proxy.classify.detectors._bare_names import _TOK as TOK
from proxy.classify.detectors._bare_names import UP
from proxy.classify.detectors._bare_names import _excluded as excluded
from proxy.classify.detectors._bare_names import _Tok as Token
from proxy.classify.detectors._name_evidence import german_text, prev_word
from proxy.classify.detectors._name_things import brand_like

_PERSON = frozenset(lone.PERSON_VERBS)
_NEGATED = frozenset(lone.NEGATED)
#: English verbs: no subject follows them after an adverb ("said he" is no sentence).
_ENGLISH = frozenset((*lone.PERSON_VERBS, *lone.SHARED_VERBS_EN))
_VERBS = (*lone.PERSON_VERBS, *lone.PERSON_VERBS_INVERTED, *lone.SHARED_VERBS, *lone.NEGATED)
_ROLES = data.ROLES | lone.ROLES_MORE
_NOT_ALONE = (
    data.NOT_NAME
    | data.PLACES
    | data.AMBIGUOUS
    | data.NAME_WORDS
    | data.PRODUCT_NAMES
    | lone.COMPANIES
    | frozenset(lone.WORDS_FIRST)
)
#: Words after which a capitalised token is a thing or a place ("the Beatles", "in Paris").
#: A copula before it is no such word ("was Lessing's patron").
_NOT_BEFORE = (data.NOT_BEFORE_SINGLE - {"is", "was", "est", "ist", "es", "è", "sono"}) | frozenset(
    w for p in data.PARTICLES for w in p.split()
)
#: Words before a place or a thing ("in Paris", "that Ford") that a possessive turns into a
#: conjunction or a preposition before a person ("that Gwen's appointment"; not "the Queen's").
_OWNER_AFTER = frozenset(words("that|to|at|in|into|onto|near|across"))
#: A capitalised word glued to the token ("Tomomi Nishiyama", "New York"): a longer run.
_CAP_BEFORE = re.compile(rf"[{UP}][\w’'-]*[ ]+\Z")


def _known(text: str) -> bool:
    """Whether a token is a known given name or surname (or its first part is one)."""
    return text in data.GIVEN or text in data.SURNAMES or text.split("-", 1)[0] in data.SURNAMES


def _kind(tok: Token, scan: Scan, *, negated: bool = False, owner: bool = False) -> str | None:
    """What a token is: "known" (a given name or surname), "unknown" (no word of any list we
    hold) or None (a word, place, month, brand, product or company). Before what a person has
    not done (``negated``), a known surname that is a word of another language than English
    is known ("Brandt hat schon wieder …": "brandt" is Dutch for "burns"); before what only a
    person owns (``owner``), so is a known given name that the word lists hold too ("Sarah's
    laptop", "Peter's appointment": the lists hold "sarah" and "peter" as words;
    everyday words, months and word-first names stay out through ``COMMON`` and
    ``_NOT_ALONE``)."""
    text = tok.text
    if len(text) < 3 or text in _NOT_ALONE or text.lower() in data.COMMON:
        return None
    if german_text(scan.around(tok.start, tok.end, 60)) and data.german_noun(text):
        return None
    if brand_like(text):
        return None
    if text.lower() in data.WORDS:  # also a known surname that is a word ("Sales said")
        foreign = text in data.SURNAMES and text.lower() not in data.ENGLISH_WORDS
        return "known" if (negated and foreign) or (owner and text in data.GIVEN) else None
    return "known" if _known(text) else "unknown"


def _alone(tok: Token, scan: Scan, *, owner: bool = False) -> bool:
    """Whether the token starts a sentence or a clause, or follows a lower-case word that is
    no article, locative preposition or particle (see the module docstring); an owner may
    follow "that" or a preposition ("and that Gwen's appointment", "in Priya's calendar")."""
    before = scan.before(tok.start, 40)
    if not before.strip() or SENTENCE.search(before):
        return True
    if _CAP_BEFORE.search(before):
        return _opener(before)
    word = prev_word(before)
    if word.lower() in _NOT_BEFORE and not (owner and word.lower() in _OWNER_AFTER):
        return False
    return bool(word) and (word[0].islower() or word[0].isdigit() or before.rstrip()[-1] == ",")


def _opener(before: str) -> bool:
    """Whether the capitalised word right before the token is an everyday word opening the
    sentence ("When Carder was", "Then Hitzig said"), not a name or a heading's word."""
    head = before.rstrip()
    word = prev_word(head)
    rest = head[: -len(word)] if word else head
    opens = not rest.strip() or SENTENCE.search(rest) is not None
    lower = word.lower()
    if lower in lone.OPENERS:  # "Ayer Lucía dijo", "Leider hat Brandt": also when a name
        return opens
    return opens and (lower in data.COMMON or lower in data.WORDS) and not _known(word)


def _person(
    tok: Token, scan: Scan, *, strong: bool, negated: bool = False, owner: bool = False
) -> bool:
    """Whether a lone token is a person: ``strong`` context takes a known name or an unknown
    token, weak context a known name or an unknown token shaped like a surname
    ("Brzęczyszczykiewicz chce", "Halvorsson wants"); never an excluded token
    (``_bare_names``)."""
    kind = _kind(tok, scan, negated=negated, owner=owner)
    if kind is None or (kind == "unknown" and not strong and not data.shaped(tok.text)):
        return False
    return _alone(tok, scan, owner=owner) and not excluded([tok], scan)


def _before_verb(m: re.Match[str], scan: Scan) -> Iterator[Hit]:
    """A lone token before a verb only a person does, or one shared with organisations; not
    when a pronoun follows the verb of a language that inverts: the token is then an adverb
    before an inverted subject ("Vermutlich starb sie", "Dann sagte er"). English does not
    ("Kowalczyk said he would send it"), but "it" there speaks of a firm ("Schneider said it
    would expand")."""
    verb = m.group(2)
    nxt = _NEXT.match(scan.after(m.end(2), 16))
    pronoun = nxt.group(1).lower() if nxt else ""
    if verb.endswith(("que", "che", "że")):
        pronoun = ""  # "Dubois dit qu'il viendra": the pronoun opens the clause said
    if pronoun in _PRONOUNS and (verb not in _ENGLISH or pronoun == "it"):
        return  # also "Schneider said it would expand": a firm
    tok = Token(m.group(1), m.start(1), m.end(1))
    if _person(tok, scan, strong=verb in _PERSON, negated=verb in _NEGATED):
        yield Hit("pii.person_name", None, tok.start, tok.end)


def _owner(m: re.Match[str], scan: Scan) -> Iterator[Hit]:
    """A lone token before "'s" and a noun only a person owns, unless a company word follows
    ("Apple's parent company"); an unknown token only if shaped like a surname, or before a
    spouse ("Vandersloot's wife")."""
    nxt = _NEXT.match(scan.after(m.end(), 24))
    if nxt and nxt.group(1).lower() in lone.NOT_AFTER_OWNED:
        return
    tok = Token(m.group(1), m.start(1), m.end(1))
    strong = m.group(2) in lone.KIN  # "Vandersloot's wife": no firm has one
    if _person(tok, scan, strong=strong, owner=True):  # a known name: not "Brexit's birth"
        yield Hit("pii.person_name", None, tok.start, tok.end)


def _authored(m: re.Match[str], scan: Scan) -> Iterator[Hit]:
    """A lone token after a creative work's agent, not followed by a capitalised word."""
    tok = Token(m.group(1), m.start(1), m.end(1))
    if _kind(tok, scan) == "known" and not excluded([tok], scan):  # not "by Dependabot"
        yield Hit("pii.person_name", None, tok.start, tok.end)


def _is_role(m: re.Match[str], scan: Scan) -> Iterator[Hit]:
    """A lone token in a strong context (group 1): it is, was or became a role ("Hitzig
    became a professor"), or owns what only a person owns."""
    tok = Token(m.group(1), m.start(1), m.end(1))
    if _person(tok, scan, strong=True):
        yield Hit("pii.person_name", None, tok.start, tok.end)


_NEXT = re.compile(r"[ ]*([\w’'-]+)")
#: Subject pronouns after a verb: the word before the verb is no subject (V2 inversion).
_PRONOUNS = frozenset(
    words(
        "er|sie|es|ich|wir|ihr|man|du|il|elle|ils|elles|on|je|egli|ella|lui|lei|essi|él|ella|"
        "hij|zij|ze|we|wij|jij|je|ik|jullie|het|on|ona|oni|one|he|she|they|i|we|you|it|there|"
        "io|noi|voi|yo|tú|usted|nosotros|ustedes|wy"
    )
)
#: The token is not followed by another capitalised token (then it is part of a longer name).
_ENDS = rf"(?![ ]+[{UP}])"
_COPULAS = "became|becomes|is|was|remained"
#: An object pronoun between the subject and its verb ("Lucía me dijo", "Giulia mi ha detto",
#: "Camille m'a dit", "Kasia mi powiedziała").
#: Not "se", "ci" or "vi": impersonal or of place ("Medina se puede visitar", "Villeneuve se
#: trouve", "ci vuole tempo"); never after a comma ("Pazienza, ci vuole").
_CLITIC = r"(?:(?:me|te|le|les|nos|os|mi|ti|gli|lui|leur|nous|vous|mu|jej)[ ]+|[mtl]['’])"
_VERB_RE = re.compile(rf"{LEAD}({TOK})(?=(?:[ ]+{_CLITIC}|,?[ ]+)({alternation(_VERBS)})(?!\w))")
_OWNER_RE = re.compile(rf"{LEAD}({TOK})['’]s[ ]+({alternation(lone.OWNED)})(?!\w)")
_AUTHORED_RE = re.compile(rf"(?<!\w)(?:{alternation(lone.AUTHORED)})[ ]({TOK}){_ENDS}")

#: The verbs are one alternation of whole words, no class before them: a class or a
#: capitalised word ahead of a literal costs hyperscan a prefix engine over the whole text (a
#: millisecond per MB of ordinary text), where the verbs alone, about 140 per MB there, cost
#: the exact pattern a few microseconds each in a short window. The nouns after "'s" and the
#: agents are pure literals (" 's widow", "composed by "), which hyperscan's literal compiler
#: takes with the given names' at almost no cost.
BEFORE_VERB = Detector(
    "person_name.lone_before_verb",
    hs_words(_VERBS),
    _VERB_RE,
    _before_verb,
    back=48,
    ahead=4,
    unicode=True,
)
OWNER = tuple(
    Detector(
        "person_name.lone_owner",
        apostrophe + "s " + noun,
        _OWNER_RE,
        _owner,
        back=len(noun) + 48,
        ahead=4,
    )
    for noun in sorted(set(lone.OWNED))
    for apostrophe in "'’"
)
AUTHORED = tuple(
    Detector(
        "person_name.lone_authored",
        agent + " ",
        _AUTHORED_RE,
        _authored,
        back=len(agent) + 2,
        ahead=40,
    )
    for agent in sorted(set(lone.AUTHORED))
)
#: "... became a professor", "... was an American novelist" (a copula and the role prefilter).
IS_ROLE = Detector(
    "person_name.lone_is_role",
    rf"[a-zà-ÿ] (?:{_COPULAS}) (?:an? |the )(?:[A-Za-z]+ )?{hs_words(_ROLES)}",
    re.compile(
        rf"{LEAD}({TOK})(?=[ ]+(?:{_COPULAS})[ ]+(?:an?|the)[ ]+(?:[A-Za-z]+[ ]+)?"
        rf"(?:{alternation(_ROLES)})(?![\w'’-]))"
    ),
    _is_role,
    back=96,
    ahead=4,
    unicode=True,
)


def _who(m: re.Match[str], scan: Scan) -> Iterator[Hit]:
    """A lone token before a relative pronoun only persons take ("Hargreaves, who joined in
    May", "Ibarra, quien lo firmó"): a known name or an unknown token shaped like a surname
    (English speaks of firms with "who" too: "We thank Contoso, who funded it")."""
    tok = Token(m.group(1), m.start(1), m.end(1))
    if _person(tok, scan, strong=False):
        yield Hit("pii.person_name", None, tok.start, tok.end)


#: The relative pronouns of persons: English "who" and "whom", Spanish "quien" (not "whose",
#: "qui", "che", "die" or "który", which things take too).
_WHO = ("who", "whom", "quien", "quienes")
_WHO_RE = re.compile(rf"{LEAD}({TOK}),[ ](?:{'|'.join(_WHO)})(?!\w)")
WHO = tuple(
    Detector("person_name.lone_who", f", {word} ", _WHO_RE, _who, back=48, ahead=2) for word in _WHO
)
DETECTORS = (BEFORE_VERB, IS_ROLE, *OWNER, *AUTHORED, *WHO)
