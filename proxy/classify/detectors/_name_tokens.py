"""The tokens of a person-name candidate and the exclusions every name detector shares.

``_bare_names`` scores runs of capitalised tokens; the other name detectors (titled, initials,
verbs, surnames first, lists...) read their tokens with the same patterns and refuse the same
runs. A run is not a person at all when a token is a month or weekday, the last token is a
place, a street or institution word is next to it ("rue Victor Hugo", "Albert Einstein
Hospital", "Hugo Boss GmbH"), it stands among Title Case words that are not names (a heading),
or it is an eponym, brand, product, fictional character or placeholder.

In German text a particle that is also an article or a preposition ("das", "des", "zu", "da";
"der", "dem", "den" of "von der") starts a noun phrase rather than a surname: "Mein Bruder Jonas
das Buch gelesen", "Jonas zu Hause", "Jonas von der Arbeit abgeholt", "Lena Das Boot". Such a
name stands only before a known surname or a surname's shape that is no everyday word or
German noun ("Karl-Theodor zu Guttenberg", "Anna da Silva"); after "von" ("von der Leyen", "von
der Tann") any token but an everyday word or German noun. German is read in the function words
around the name that no other language writes, not in its particle nor in the "das" of the
Portuguese names of a list ("Santo Amaro das Brotas"). Dutch "van der" and "van den" are left
alone: Dutch writes nouns in lower case, and many of its surnames are words ("van der Meer").
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from proxy.classify._base import Scan, alternation, words
from proxy.classify.detectors import _names_data as data
from proxy.classify.detectors._name_evidence import german_text, spanish_word
from proxy.classify.detectors._name_evidence import heading as _title_case_run
from proxy.classify.detectors._name_places import place_after as _place_after
from proxy.classify.detectors._name_places import street_before as _street_before
from proxy.classify.detectors._name_things import product_after, thing_last

_LATIN = [chr(c) for c in range(0xC0, 0x250) if c not in (0xD7, 0xF7)]
UP = "A-Z" + "".join(c for c in _LATIN if c.isupper())
LO = "a-z" + "".join(c for c in _LATIN if c.islower())
#: A capitalised token (O'Brien, McKenzie, Schulze-Brandt), possibly possessive (Anna's).
TOK = rf"(?:Mc|Mac)?[{UP}](?:['’][{UP}])?[{LO}]+(?:-[{UP}][{LO}]+)*(?!\w)(?!['’](?!s\b)\w)"
INITIAL = rf"[{UP}]\.(?=[ ])"
PART = alternation(data.PARTICLES)
LEAD = r"(?<![\w.@/\\#$%&*+=<>\-])"
#: A surname in capitals, as French and Polish forms write it ("Camille DUPONT").
UPPER = rf"[{UP}]{{2,}}(?:-[{UP}]{{2,}})?(?!\w)"
_WORD = re.compile(r"\S+")
PARTICLE_WORDS = frozenset(w for p in data.PARTICLES for w in p.split())
_PLACE_ENDINGS = tuple(data.PLACE_ENDINGS)
SENTENCE = re.compile(r"(?:^|[.!?:;\n\"(«“„‹*•>\-])[ \t]*$")
_QUOTED = re.compile(r"[“«„‹]$")
#: The end of a quotation, and what ends a sentence inside one.
_QUOTE_END = re.compile(r"[”»“\"›]")
_SENTENCE_INSIDE = re.compile(r"[.!?;,][ \t]|[.!?]$")
#: What a person's name is made a thing's by: a law, prize, stadium or theorem before it ("la
#: loi Evin", "premio Strega", "stade Pierre Mauroy"); before a lone surname, a disease ("maladie
#: de Parkinson", "Morbus Crohn"; not "la malattia di Marco Rossi"); after a lone surname, an
#: eponymous disease or law ("Parkinson's disease", "Murphy's law"; not "Emily Clarke's
#: disease", "Sarah's principle").
_EPONYM_BEFORE = re.compile(
    r"(?i:(?<![\w-])(?:loi|legge|ley|wet|gesetz|ustawa|ustawy|lex|prix|premio|prijs|nagroda|"
    r"nagrody|stade|stadio|estadio|stadion|théorème|teorema|theorem|twierdzenie)"
    r"(?:[ ](?:de|di|du|del|della|van|von))?[ ]+\Z)"
)
#: Shops and restaurants named after their founder, before a one-token name ("la boulangerie
#: Paul", "Bäckerei Müller"; not "in pizzeria Marco Bianchi ha litigato").
_SHOP_BEFORE = re.compile(
    r"(?i:(?<![\w-])(?:boulangerie|pâtisserie|brasserie|pizzeria|trattoria|osteria|bäckerei|"
    r"metzgerei|konditorei|bakkerij|slagerij|piekarnia|cukiernia|panadería|pastelería|"
    r"librairie|buchhandlung|boekhandel|ristorante|restaurante)[ ]+\Z)"
)
_DISEASE_BEFORE = re.compile(
    r"(?i:(?<![\w-])(?:maladie|malattia|morbo|morbus|enfermedad|ziekte|choroba|chorobą|"
    r"chorobę|chorobie|syndrome|sindrome|síndrome|syndroom|syndrom)"
    r"(?:[ ](?:de|di|du|del|della|van|von))?[ ]+\Z)"
)
_EPONYM_AFTER = re.compile(
    r"['’]s[ ]+(?i:disease|syndrome|law|theorem|paradox|razor|conjecture|lemma|palsy|chorea|"
    r"lymphoma)(?!\w)"
)
COMPANY = re.compile(
    r"^[ ,]*(?:GmbH|AG|SA|SAS|SARL|S\.A\.|Ltd|Inc|LLC|B\.?V\.?|N\.?V\.?|S\.p\.A\.|SpA|S\.?r\.?l\.?|"
    r"S\.L\.|sp\. z o\.o\.|Corp|Group|Holding|plc|KG|SE|& Co|Bank|Banque|Software|Solutions|"
    r"Consulting|Services|Systems|Technologies|"
    # partners of a law or accounting firm ("Bianchi & Associati", "Kowalski i Wspólnicy")
    r"(?:&|and|und|et|e|y|en|i)[ ](?:Partners?|Associati|Associés|Asociados|Wspólnicy|Partnerzy))"
    r"(?!\w)"
)
_NOT_FIRST = data.SALUTATIONS | data.CUE_BEFORE | data.CUE_BEFORE_WEAK | data.PLACE_BEFORE
#: Given names that are also short or everyday words ("Per", "Can", "Will"): their prefilter
#: also needs the capital letter that follows (ASCII or the lead byte of a Latin letter).
WORDLIKE = data.AMBIGUOUS | data.NAME_WORDS | data.PLACES
#: Particles that are German articles or prepositions (and "Der", "Die"... with a capital).
_GERMAN_ARTICLES = frozenset(words("das|der|die|dem|den|des|da|zu"))
#: Words that make the text around such a particle German: function words no other language we
#: scan writes (not "das", "da", "den", "die" of Portuguese, Dutch or English lists of names).
_GERMAN_WORDS = frozenset(
    words(
        "und|ist|nicht|mit|ich|sie|wir|ein|eine|einen|einem|auf|für|hat|habe|haben|bitte|"
        "kannst|wird|sind|auch|noch|oder|aber|wenn|dass|sich|bei|nach|vom|zum|zur|im|mein|"
        "meine|meinem|meinen|unser|unsere|dein|deine|seine|seinen|ihre|ihren|gestern|heute|"
        "wurde|durch|schon|jetzt|immer"
    )
)
_WORDS = re.compile(r"\w+")


class Tok:
    """One token of a run, with offsets in the scan text."""

    __slots__ = ("end", "start", "text")

    def __init__(self, text: str, start: int, end: int) -> None:
        self.text, self.start, self.end = text, start, end

    @property
    def cap(self) -> bool:
        """Whether this is a capitalised name token (not a particle or an initial)."""
        return (
            self.text[0].isupper()
            and not self.text.endswith(".")
            and self.text.lower() not in PARTICLE_WORDS
        )


def tokens(m: re.Match[str]) -> list[Tok]:
    """The tokens of a matched run."""
    base = m.start()
    return [Tok(t.group(), base + t.start(), base + t.end()) for t in _WORD.finditer(m.group())]


def german(name: Sequence[Tok], scan: Scan) -> bool:
    """Whether the name stands in German text, where nouns are capitalised too."""
    return german_text(scan.around(name[0].start, name[-1].end, 60))


def _titled(after: str) -> bool:
    """Whether a run right after an opening quote starts a title (a book, a film, a ship:
    «Il Gattopardo»), not a quoted message («Colombo non ha ancora mandato il report, …»): the
    quotation closes within 60 characters and holds no sentence's punctuation."""
    close = _QUOTE_END.search(after)
    inner = after[: close.start()] if close else after
    return len(inner) < 60 and _SENTENCE_INSIDE.search(inner) is None


def excluded(name: Sequence[Tok], scan: Scan) -> bool:
    """Whether the run is not a person: a month, a place, a street, an eponym (a law, prize,
    stadium or disease named after one), a company, or a German article after a given name."""
    texts = [t.text for t in name]
    last = texts[-1]
    first_common = texts[0].lower() in data.COMMON
    if (
        any(t in data.NOT_NAME for t in texts[1:])
        or _german_article(texts, scan, name[0].start, name[-1].end)
        or last.lower() in data.PLACE_AFTER
        or (last in data.PLACES and last not in data.SURNAMES)
        # "Ville de Paris", "Port de Bouc": a word, then a particle, is a place's name
        or (len(texts) > 1 and texts[1].lower() in PARTICLE_WORDS and first_common)
    ):
        return True
    before = scan.before(name[0].start, 48)
    if (eponym(texts) or eponym_beside(texts, before, scan.after(name[-1].end, 60))) and not own(
        before
    ):
        return True
    if _street_before(before) or _EPONYM_BEFORE.search(before):
        return True
    if _QUOTED.search(before) and _titled(scan.after(name[-1].end, 200)):
        return True
    lone_surname = len(texts) == 1 and last not in data.GIVEN
    if lone_surname and _DISEASE_BEFORE.search(before):
        return True
    if len(texts) == 1 and _SHOP_BEFORE.search(before):
        return True
    if last.lower().endswith(_PLACE_ENDINGS) or thing_last(last):
        return True  # "Wilhelm Gedächtniskirche", "Konrad Adenauer-Straße", "Anna Labs"
    after = scan.after(name[-1].end, 40)
    if len(texts) == 1 and spanish_word(last, after):
        return True  # "Ella tiene fiebre", "Pero no lo sé"
    if lone_surname and (_EPONYM_AFTER.match(after) or _FIRM_AND.match(after)):
        return True  # "the Nobel prize", "Marks & Spencer"
    if len(texts) == 1 and re.match(rf"[ ]?&[ ]?{re.escape(last)}(?!\w)", after):
        return True  # "Johnson & Johnson"; not "Paul & Paula"
    return _place_after(after) or bool(COMPANY.match(after)) or product_after(after)


def eponym(texts: Sequence[str]) -> bool:
    """Whether the tokens, or their first two, spell an eponym's name (``data.EPONYMS``)."""
    lower = [t.lower() for t in texts]
    return " ".join(lower) in data.EPONYMS or " ".join(lower[:2]) in data.EPONYMS


def eponym_beside(texts: Sequence[str], before: str, after: str) -> bool:
    """Whether the run with up to three words after it, or the word before it, spells an
    eponym's name: the run stopped short of its last words ("Santiago Ramón" of "Santiago Ramón
    y Cajal", "Claus Schenk Graf" of "… von Stauffenberg") or after its title ("Dr. Oetker")."""
    lower = [t.lower() for t in texts]
    following: list[str] = []
    pos = 0
    while len(following) < 3 and (found := _BESIDE.match(after, pos)) is not None:
        following.append(found.group(1))
        pos = found.end()
    for index, word in enumerate(following):
        capital = any(c.isupper() for c in word)  # "Cajal", "d'Estaing"
        after_it = following[index + 1] if index + 1 < len(following) else ""
        # a particle, or a word before a capital ("the Great", "of Arc"; not "the great guy")
        joined = word in _JOINS or after_it[:1].isupper()
        if not (capital or joined):
            break
        if " ".join([*lower, *(w.lower() for w in following[: index + 1])]) in data.EPONYMS:
            return True
    previous = _BESIDE_BEFORE.search(before)
    return previous is not None and " ".join([previous.group(1).lower(), *lower]) in data.EPONYMS


def own(before: str) -> bool:
    """Whether the word right before a name makes its bearer someone of the writer's own
    circle, whatever famous person shares the name ("Our new hire Steve Jobs", "mon collègue
    Jean Moulin", "patient Marie Curie"; not "unsere Aktion mit Albert Heijn")."""
    last = _WORDS.findall(before[-24:])[-1:]
    if not last or last[0].lower() not in _OWN:
        return False
    return _OF_SOMEONE.search(before) is None  # "Van Gogh's friend Paul Gauguin"


#: A role of someone named before it: a genitive ("Van Gogh's friend", "Freud’s student").
_OF_SOMEONE = re.compile(r"\w['’]s?[ ]+\w+[ ]*\Z")


#: The roles of the writer's own circle (not kin words, titles, verbs or a possessive alone:
#: "Mozart's father Leopold Mozart", "Dr. Oetker", "signed by Pablo Picasso", "my Harry Potter
#: essay", "my Louis Vuitton bag").
_OWN = frozenset(
    words(
        "hire|colleague|coworker|collègue|kollege|kollegin|collega|colega|collega's|boss|"
        "employee|patient|patientin|patiënt|paziente|paciente|pacjent|pacjentka|client|cliente|"
        "klient|klientka|klant|customer|tenant|locataire|mieter|mieterin|inquilino|huurder|"
        "najemca|candidate|candidat|candidata|kandidat|kandidaat|kandydat|applicant|pupil|"
        "student|studentin|mandant|mandantin|mitarbeiter|mitarbeiterin|kunde|kundin|nachbar|"
        "nachbarin|neighbour|neighbor|vecino|vecina|voisin|voisine|vicino|vicina|buurman|"
        "buurvrouw|sąsiad|sąsiadka|friend|amico|amica|amigo|amiga|ami|amie|freund|freundin|"
        "vriend|vriendin|przyjaciel|przyjaciółka"
    )
)


#: The lower-case words inside an eponym's name: particles and the Spanish "y".
_JOINS = PARTICLE_WORDS | {"y"}
#: Up to three words right after a run, each after one space ("y Cajal", "von Stauffenberg").
_BESIDE = re.compile(r"[ ]([^\W\d_][\w'’-]*)")
#: The word right before a run, a full stop after it left out ("Dr. Oetker").
_BESIDE_BEFORE = re.compile(r"(?:^|[ (\n])([^\W\d_][\w'’-]*)\.?[ ]$")

#: A surname standing alone before "&" and a capitalised word: a firm's name.
_FIRM_AND = re.compile(r"[ ]?&[ ]?[A-Z]")


def _german_article(texts: Sequence[str], scan: Scan, start: int, end: int) -> bool:
    """Whether a German article or preposition joins the name in German text ("Jonas das Buch",
    "Jonas von der Arbeit", "Jonas Die" of "Jonas Die Zeit"); see the module docstring."""
    last = texts[-1]
    at = [
        i
        for i, t in enumerate(texts[1:-1], 1)
        if t.lower() in _GERMAN_ARTICLES and texts[i - 1].lower() != "van"  # "van der Werf"
    ]
    lone = last.lower() in _GERMAN_ARTICLES and last[:1].isupper() and last not in data.SURNAMES
    if not at and not lone:
        return False
    around = f"{scan.before(start, 60)} {scan.after(end, 60)}".lower()
    if _GERMAN_WORDS.isdisjoint(_WORDS.findall(around)):
        return False
    if (
        lone
        or data.german_noun(last)
        or (last.lower() in data.COMMON and last not in data.SURNAMES)
    ):
        return True
    if all(texts[i - 1].lower() == "von" for i in at):
        return False  # "von der Leyen", "von dem Knesebeck"
    if last.lower() in data.WORDS or last.lower() in data.COMMON or last in _ARTICLE_NOUNS:
        return True
    return not (last in data.SURNAMES or data.shaped(last) or _noble(texts, at))


#: Nouns of German set phrases after "zu" and the articles ("zu Hause", "zu Ende", "das Haus").
_ARTICLE_NOUNS = frozenset(
    words("Hause|Haus|Ende|Fuß|Mittag|Abend|Besuch|Hilfe|Beginn|Anfang|Recht|Gast|Bett|Tisch")
)


def _noble(texts: Sequence[str], at: Sequence[int]) -> bool:
    """Whether "zu", "des", "das", "da" or "dos" leads a surname of no word list ("Philipp zu
    Eulenburg", "Daniel des Forges", "Maria das Dores")."""
    return all(texts[i].lower() in {"zu", "des", "das", "da", "dos"} for i in at) and bool(at)


def heading(name: Sequence[Tok], scan: Scan) -> bool:
    """Whether the name sits in Title Case words that are not names (see ``heading``)."""
    return _title_case_run(scan.before(name[0].start, 40), scan.after(name[-1].end, 40))


def given(token: str) -> bool:
    """Whether a token can start a name: a known given name ("Jean-Claude": its first part),
    not a salutation, title, cue or street word."""
    first = token.split("-", 1)[0]
    return (token in data.GIVEN or first in data.GIVEN) and token.lower() not in _NOT_FIRST
