"""Person names standing in lists and coordinations, and "Surname (Given)" entries.

- A list ("A, B, C and D", "A, B e C", "A und B") of capitalised items in which one item is
  clearly a person (a known given name and a surname: "philosophers such as Socrate, Platone,
  Immanuel Kant and Karl Jaspers"): its other items of one or two tokens that are no word of
  any language we list, place, month, brand, product or eponym are persons too.
- Without such an item, a list of single tokens is persons when one of them is a known surname,
  the others are no words either, and the context is about people: a plural title, a role or
  an occupation right before ("de heeren Hijraans en Thonnissen", "MM. Bourdy et Marcille"), or
  a role right after ("Rigaud et Perdriel, présidents d'honneur").
- A list holding a place, brand, month or product ("Anna Weber, Paris and Lyon") is a list of
  things: only its items that are known names count then.
- "Kali (Eugène)", "de Pourtalès (Henry)", "NOWAK (Anna)": a capitalised token, or one in
  capitals, and a known given name in parentheses, as rolls, results and obituaries write them.

Firms named after their founders ("Ernst & Young", "Procter & Gamble", "Dolce e Gabbana") are
joined by "&" (no list word here) or are known brands. The prefilters: a comma, a capitalised
item and a list word before a capital (", A B and C", a list of three items or more), or a list
word, one capitalised token, a comma and a lower-case word (" and Perdriel, présidents"); a
plural title before a capital ("MM. A"); " (" with a capitalised word and ")". A coordination of
two items alone ("Harriet Coldwell and Brannagh signed") wakes none of them: a prefilter on every
" and A" cost more than the scan budget of dense transcripts allows.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence

from proxy.classify._base import Detector, Hit, Scan, alternation, words
from proxy.classify.detectors import _lone_words as lone
from proxy.classify.detectors import _names_data as data
from proxy.classify.detectors._bare_names import _SENTENCE as SENTENCE
from proxy.classify.detectors._bare_names import LO, UP
from proxy.classify.detectors._name_evidence import german_text, prev_word
from proxy.classify.detectors._name_speakers import ROLES as SPEAKER_ROLES
from proxy.classify.detectors._name_things import PLACE_GIVEN, thing_last
from proxy.classify.detectors._name_tokens import eponym

#: Words joining the last two items of a list, in the seven languages ("&" joins firms).
_CONJ = words("and|or|as well as|et|ou|und|oder|sowie|e|ed|o|y|u|en|i|oraz|lub|albo")
_PART = r"(?:van der|van den|van de|von der|de la|van|von|de|del|della|di|da|du|le|ten|ter)"
_TOK = rf"[{UP}](?:['’][{UP}])?[{LO}]+(?:-[{UP}][{LO}]+)*(?![\w'’])"
_ITEM = rf"(?:{_PART}[ ])?{_TOK}(?:[ ](?:{_PART}[ ])?{_TOK}){{0,2}}"
_SEP = rf"(?:,?[ ](?:{alternation(_CONJ)})[ ]|,[ ])"
#: The first item starts with a capital: a particle before it is a preposition ("théâtre de
#: Toulouse, et Valois", "della Tyrrell, e Giancarlo Fisichella").
_FIRST = rf"{_TOK}(?:[ ](?:{_PART}[ ])?{_TOK}){{0,2}}"
_LIST = re.compile(rf"(?<![\w.\-'’]){_FIRST}(?:{_SEP}{_ITEM}){{1,14}}")
_SPLIT = re.compile(rf"{_SEP}")
_PARTICLES = frozenset(w for p in data.PARTICLES for w in p.split())

#: Names that stand for example users in cryptography and tutorials, not for people.
_PLACEHOLDERS = frozenset(
    words("Alice|Bob|Carol|Charlie|Dave|Eve|Mallory|Trent|Peggy|Victor|Walter|Oscar|Trudy|Erin")
)
#: Plural titles and words for people before a list of surnames ("MM.", "de heeren",
#: "les époux", "die Gebrüder"), lower case.
_PEOPLE_BEFORE = frozenset(
    words(
        "mm|messieurs|mes|maîtres|époux|frères|sœurs|soeurs|mesdames|mmes|mlles|herren|"
        "gebrüder|eheleute|brüder|schwestern|signori|fratelli|coniugi|sorelle|señores|"
        "hermanos|hermanas|heeren|heren|gebroeders|echtelieden|panowie|państwo|bracia|"
        "siostry|messrs|brothers|sisters|spouses|mr|mrs|ms|dr|drs|profs|proff|dres|docteurs"
    )
)
#: Plural roles and words for people (the singular ones are ``ROLES``), lower case.
_PEOPLE_PLURAL = frozenset(
    words(
        "players|drivers|pilots|actors|actresses|singers|authors|writers|poets|painters|"
        "philosophers|scientists|ministers|presidents|members|leaders|candidates|deputies|"
        "senators|judges|coaches|founders|artists|musicians|composers|saints|kings|emperors|"
        "joueurs|pilotes|acteurs|chanteurs|auteurs|écrivains|poètes|peintres|philosophes|"
        "ministres|présidents|membres|candidats|députés|sénateurs|juges|fondateurs|artistes|"
        "musiciens|compositeurs|saints|rois|empereurs|avocats|notaires|docteurs|conseillers|"
        "spieler|fahrer|schauspieler|sänger|autoren|schriftsteller|dichter|maler|philosophen|"
        "minister|präsidenten|mitglieder|kandidaten|abgeordneten|richter|gründer|künstler|"
        "musiker|komponisten|heiligen|könige|kaiser|tribunen|giocatori|piloti|attori|cantanti|"
        "autori|scrittori|poeti|pittori|filosofi|ministri|presidenti|membri|candidati|"
        "deputati|senatori|giudici|fondatori|artisti|musicisti|compositori|santi|re|"
        "imperatori|jugadores|actores|cantantes|autores|escritores|poetas|pintores|filósofos|"
        "ministros|presidentes|miembros|candidatos|diputados|senadores|jueces|fundadores|"
        "artistas|músicos|compositores|santos|reyes|emperadores|spelers|coureurs|acteurs|"
        "zangers|auteurs|schrijvers|dichters|schilders|filosofen|ministers|leden|kandidaten|"
        "rechters|oprichters|kunstenaars|musici|componisten|heiligen|koningen|keizers|"
        "zawodnicy|kierowcy|aktorzy|piosenkarze|autorzy|pisarze|poeci|malarze|filozofowie|"
        "ministrowie|prezydenci|członkowie|kandydaci|posłowie|sędziowie|założyciele|artyści|"
        "muzycy|kompozytorzy|święci|królowie|cesarze"
    )
)
_ROLES = data.ROLES | lone.ROLES_MORE | _PEOPLE_PLURAL
#: Proper nouns that are no person when they stand alone in a list.
_THINGS = (
    data.NOT_NAME
    | data.PLACES
    | data.PRODUCT_NAMES
    | data.AMBIGUOUS
    | data.NAME_WORDS
    | PLACE_GIVEN
    | lone.COMPANIES
)
_NAME, _CAND, _WORDY, _THING = "name", "cand", "word", "thing"
CONJ, NAME, CAND, WORDY, PLACEHOLDERS = _CONJ, _NAME, _CAND, _WORDY, _PLACEHOLDERS


class _Item:
    """One list item: its capitalised tokens (particles dropped), offsets and whether a
    particle stands inside it ("Femke de Groot")."""

    __slots__ = ("end", "kind", "particle", "start", "toks")

    def __init__(self, toks: list[str], start: int, end: int, particle: bool) -> None:
        self.toks, self.start, self.end, self.particle = toks, start, end, particle
        self.kind = ""


def _items(m: re.Match[str]) -> list[_Item]:
    """The items of a matched list, in order."""
    out: list[_Item] = []
    base, text, pos = m.start(), m.group(), 0
    for sep in [*_SPLIT.finditer(text), None]:
        stop = sep.start() if sep else len(text)
        chunk = text[pos:stop]
        words = chunk.split()
        toks = [t for t in words if t.lower() not in _PARTICLES]
        inside = any(w.lower() in _PARTICLES for w in words[1:])
        out.append(_Item(toks, base + pos, base + stop, inside))
        pos = sep.end() if sep else pos
    return out


def known(tok: str) -> bool:
    """Whether a token is a known given name or surname (or a double surname with one known
    part: "Mbeki-Clarke")."""
    return tok in data.GIVEN or any(part in data.SURNAMES for part in tok.split("-"))


def _token_kind(tok: str, german: bool) -> str:
    """What one token is: a thing (a place, month, brand, product), a word, or a candidate."""
    bare = tok[:-2] if tok.endswith(("'s", "’s")) else tok
    if bare in _THINGS or thing_last(bare) or len(bare) < 3:
        return _THING
    lower = bare.lower()
    if lower in data.COMMON or (german and data.german_noun(bare)):
        return _WORDY
    if lower in data.WORDS and not known(bare):
        return _WORDY
    if german and "-" in bare and not all(known(p) for p in bare.split("-")):
        return _WORDY  # a compound noun ("Friedrich-Darsteller")
    return _CAND


token_kind = _token_kind


def _person_pair(toks: Sequence[str], particle: bool) -> bool:
    """Whether two or three tokens read as a person: a known given name, then a known surname
    or no word, place or thing ("Max Carey", "Regina Hall", "Benjamin Fondane"), or any word
    after a particle ("Femke de Groot")."""
    first, last = toks[0], toks[-1]
    if first not in data.GIVEN or first.lower() in data.COMMON or thing_last(last):
        return False
    if first.lower() in data.PLACE_WORDS:  # "Santa Catalina", "San Andrés"
        return False
    if last in data.NOT_NAME or (last in data.PLACES and last not in data.SURNAMES):
        return False
    return particle or last in data.SURNAMES or last.lower() not in data.WORDS


def item_kind(toks: Sequence[str], german: bool, particle: bool = False) -> str:
    """What an item is: a full name (a given name that is no word or place, then a surname:
    the list's evidence), a candidate (a person's name if the list is one of persons), a word
    (an everyday word: a sentence's first word) or a thing (a place, brand, month...)."""
    if not toks or len(toks) > 3:
        return _WORDY
    if len(toks) > 1 and _person_pair(toks, particle):
        strict = toks[0] not in _THINGS and " ".join(toks).lower() not in data.EPONYMS
        return _NAME if strict else _CAND
    kinds = [_token_kind(t, german) for t in toks]
    if _THING in kinds:
        return _THING
    if _WORDY in kinds or len(toks) == 3:
        return _WORDY
    if len(toks) == 2 and not any(known(t) or data.shaped(t) for t in toks):
        return _WORDY  # a band or a title of two unknown words ("Groove Armada")
    return _CAND


def _classify(items: Sequence[_Item], german: bool, text: str, opens: bool) -> None:
    """Set each item's kind (see ``_item_kind``). The first item may begin with the sentence's
    first word (``opens``: "Asistieron Lucía Fernández, ..."): without it, it may be a name;
    not so inside a sentence ("grupy Iron Maiden oraz ...")."""
    for item in items:
        item.kind = item_kind(item.toks, german, item.particle)
    first = items[0]
    if first.kind == _WORDY and len(first.toks) > 1 and opens and not known(first.toks[0]):
        first.toks = first.toks[1:]
        first.start = text.index(first.toks[0], first.start)
        first.kind = item_kind(first.toks, german, first.particle)


def _people_before(before: str) -> bool:
    """Whether the words right before the list are about people: a plural title, a role or
    an occupation among the last three words ("MM.", "de heeren", "filosofi come")."""
    ws = re.findall(r"[\w’']+", before.rsplit("\n", 1)[-1].lower())[-3:]
    return any(w in _PEOPLE_BEFORE or w in _ROLES for w in ws)


def _people_after(after: str) -> bool:
    """Whether a role follows the list ("Rigaud et Perdriel, présidents d'honneur") or a verb
    only a person does ("Hal and Dizzy won 29 games" is not enough: "shared" verbs do not)."""
    m = re.match(r"[ ]*,?[ ]*([\w’']+(?:[ ][\w’']+)?)", after)
    if not m:
        return False
    first = m.group(1).split()[0].lower()
    return first in _ROLES or m.group(1).lower() in lone.PERSON_VERBS


def _list(m: re.Match[str], scan: Scan) -> Iterator[Hit]:
    """The persons of a list (see the module docstring)."""
    items = _items(m)
    if prev_word(scan.before(m.start(), 24)) in _PARTICLES:
        items = items[1:]  # "della Tyrrell, e Giancarlo Fisichella": a preposition's object
    if len(items) < 2:
        return
    if sum(1 for i in items if " ".join(i.toks) in _PLACEHOLDERS) >= 2:
        return  # the cast of examples and tutorials ("Alice, Bob and Carol agree on a key")
    german = german_text(scan.around(m.start(), m.end(), 60))
    opens = SENTENCE.search(scan.before(m.start(), 24)) is not None
    _classify(items, german, m.string, opens)
    names = [i for i in items if i.kind in (_NAME, _CAND)]
    if len(names) < 2:
        return
    _given_words(items, scan.before(m.start(), 48))
    if any(i.kind == _THING for i in items):
        return  # a list of things ("Anna Weber, Paris, Berlin and Lyon")
    if any(i.kind == _NAME for i in items) or _surname_list(items, m, scan):
        yield from _members(items, m.string)


def _given_words(items: Sequence[_Item], before: str) -> None:
    """In a roster ("Beschikbaar: Ruben, Ingrid, Mohamed en Fleur"), among two known given
    names or more, a given name that is also a word is a name too; not a place, month, product
    or company ("Paris"), nor in a list of colours or flowers ("Rosa, Violeta y Celeste")."""
    given = [i for i in items if i.kind == _CAND and len(i.toks) == 1 and i.toks[0] in data.GIVEN]
    if len(given) < 2:
        return
    cue = re.findall(r"[\w’']+", before.rsplit("\n", 1)[-1].lower())[-4:]
    if _ROSTER.isdisjoint(cue) and not _people_before(before):
        return
    for item in items:
        tok = item.toks[0] if len(item.toks) == 1 else ""
        if item.kind == _THING and tok in data.GIVEN and tok not in _NOT_GIVEN_WORDS:
            item.kind = _CAND


#: Words that open a roster or a list of attendees, lower case.
_ROSTER = frozenset(
    words(
        "available|attendees|attending|present|absent|invited|team|participants|staff|shift|"
        "rota|roster|beschikbaar|aanwezig|afwezig|deelnemers|dienst|rooster|ploeg|"
        "verfügbar|anwesend|abwesend|teilnehmer|eingeladen|schicht|dienstplan|disponibles|"
        "présents|présentes|absents|participants|invités|équipe|disponibili|presenti|assenti|"
        "partecipanti|invitati|squadra|turno|asistentes|presentes|ausentes|invitados|equipo|"
        "obecni|nieobecni|dostępni|uczestnicy|zaproszeni|zespół|dyżur|grafik"
    )
)
#: Given names that stay things in a list of given names (places, months, brands).
_NOT_GIVEN_WORDS = data.PLACES | data.NOT_NAME | data.PRODUCT_NAMES | lone.COMPANIES | PLACE_GIVEN


def _surname_list(items: Sequence[_Item], m: re.Match[str], scan: Scan) -> bool:
    """Whether a list without a full name is one of persons: single-token items after a plural
    title, or with two known given names, or with a known name and people around it."""
    names = [i.toks[0] for i in items if i.kind == _CAND]
    if len(names) != sum(len(i.toks) for i in items if i.kind == _CAND):
        return False  # an item of two unknown tokens
    before = scan.before(m.start(), 48)
    if prev_word(before).lower() in _PEOPLE_BEFORE:
        return True  # "MM. Bourdy et Marcille", "de heeren Hijraans en Thonnissen"
    given = sum(1 for n in names if n in data.GIVEN or n.split("-", 1)[0] in data.GIVEN)
    if given >= 2:
        return True  # "Jean-Paul, Marie-Anne et Marie-Louise"
    if not given and not any(n in data.SURNAMES for n in names):
        return False
    return _people_before(before) or _people_after(scan.after(m.end(), 40))


def _members(items: Sequence[_Item], text: str) -> Iterator[Hit]:
    """Hits for the items that are names: the full names and the candidates; not a famous,
    fictional or example person's (``data.EPONYMS``: "Rembrandt van Rijn en Michiel de Ruyter"
    in a school talk)."""
    for item in items:
        if eponym(text[item.start : item.end].split()):
            continue
        if item.kind in (_NAME, _CAND):
            yield Hit("pii.person_name", None, item.start, item.end)


#: "Kali (Eugène)", "de Pourtalès (Henry)", "NOWAK (Anna)".
_PAREN = re.compile(
    rf"(?<![\w.\-'’])(?P<sur>(?:{_PART}[ ])?(?:{_TOK}|[{UP}]{{2,}}(?:-[{UP}]{{2,}})?(?!\w)))"
    rf"[ ]\((?P<given>{_TOK}(?:[ ]{_TOK})?)\)"
)


def _paren(m: re.Match[str], scan: Scan) -> Iterator[Hit]:
    """A surname and a given name in parentheses (see the module docstring)."""
    given = m.group("given").split()
    first = given[0].split("-", 1)[0]
    if first not in data.GIVEN or first in _THINGS or first.lower() in data.COMMON:
        return
    sur = m.group("sur").split()[-1]
    sur = sur.title() if sur.isupper() else sur
    if sur in data.GIVEN and sur not in data.SURNAMES:
        return  # "Maria (Anna)": a nickname, or a list of first names
    if sur in data.NOT_NAME or sur in data.PLACES or sur in data.AMBIGUOUS:
        return
    if sur.lower() in _SPEAKER_ROLES:
        return  # a chat's speaker: "Conseiller (Loïc) :" (``_name_speakers``)
    lower = sur.lower()
    if lower in data.COMMON or (lower in data.WORDS and sur not in data.SURNAMES):
        return
    if prev_word(scan.before(m.start(), 30)).lower() in data.PLACE_BEFORE:
        return  # "rue Kléber (Jean)": a street
    yield Hit("pii.person_name", None, m.start("sur"), m.end("sur"))
    yield Hit("pii.person_name", None, m.start("given"), m.end("given"))


_SPEAKER_ROLES = frozenset(SPEAKER_ROLES)
_HS_CAP = r"[A-Z\xC3-\xC5]"
#: A lower-case letter's bytes (ASCII, or a Latin letter's lead and continuation bytes).
_HS_LOW = r"[a-z\x80-\xBF\xC3-\xC5]"
#: Plural titles that open a list of surnames, as written ("MM. Bourdy, Marcille et Roux").
_PLURAL_TITLES = words(
    "MM.|Messrs|Messrs.|Mmes|Mlles|Mesdames|Mes|heeren|Heeren|heren|Heren|Herren|messieurs|"
    "Messieurs|signori|Signori|señores|Señores|panowie|Panowie|Gebrüder|gebroeders|Gebroeders|époux|frères|"
    "fratelli|Fratelli|hermanos|bracia|brothers|Brothers"
)
_HS_CONJ = "|".join(re.escape(c) for c in sorted(set(_CONJ)))
#: A list of three items or more (a comma, then a list word: ", Platone, Immanuel Kant e K"),
#: or a list word, one token, a comma and a lower-case word ("et Garrigou, présidents"). Not
#: every list word before a capital: in a transcript of full names ("Jadwiga Szelągowska and
#: Radomir Popescu met") that would add a prefilter hit per pair and spend the scan's budget.
#: As pure literals per word and capital (" e K"), short literals slowed hyperscan's literal
#: database for every text (32.0 against 26.9 ms for both databases over 1 MB of ordinary
#: text, best of 30 alternated scans, 2026-12-04).
_HS_LIST = (
    rf"(?:, {_HS_CAP}[^,.;:!?\n]{{0,60}},? (?:{_HS_CONJ}) {_HS_CAP}"
    rf"| (?:{_HS_CONJ}) {_HS_CAP}{_HS_LOW}+, [a-z])"
)
_HS_TITLE = rf"(?:{'|'.join(re.escape(t) for t in sorted(set(_PLURAL_TITLES)))}):? {_HS_CAP}"
DETECTORS = (
    Detector("person_name.list", _HS_LIST, _LIST, _list, back=240, ahead=80),
    Detector("person_name.list_title", _HS_TITLE, _LIST, _list, back=4, ahead=320),
    Detector(
        "person_name.surname_paren",
        rf" \({_HS_CAP}{_HS_LOW}+(?:[- ]{_HS_CAP}{_HS_LOW}+)?\)",
        _PAREN,
        _paren,
        back=60,
        ahead=4,
    ),
)
