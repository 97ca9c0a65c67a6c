"""A name after a courtesy title written in lower case inside a sentence, as French, Italian,
Spanish, Dutch and Polish write them: "écris à monsieur Dupont", "con la signora Bianchi", "con
el señor García", "met meneer Jansen", "z panią Wójcik", "do pana Kowalskiego", and abbreviated
("il cliente sig. Barbieri", "dott.ssa Ferri", "la sra. Ortega", "mme Lefèvre", "dhr. Bakker").

The capitalised titles ("Monsieur", "Signora", "Pan") are the title detector's (``names``).
A title is strong evidence, so the name is a known given name or surname that is no everyday
word, place or product, a surname's shape, or a token of no word list ("la señora Fernández";
not "la signora Luna", "el señor Presidente"); after a Polish title also the regular case form
of a known name ("panem Nowakiem", ``_polish_forms``). A known given name may take the surname
after it ("la signora Maria Bianchi"). The Polish "pan", "pana", "panu", "panem" and "panie"
are English, Spanish or Italian words too ("a pan Asian menu"): they count in text with Polish
letters or words only.

The prefilter is the titles, a space and a capital.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from proxy.classify._base import Detector, Hit, Scan, alternation, hs_words, words
from proxy.classify.detectors import _names_data as data
from proxy.classify.detectors._bare_names import _TOK as TOK
from proxy.classify.detectors._bare_names import _excluded as excluded
from proxy.classify.detectors._bare_names import _Tok as Token
from proxy.classify.detectors._cued_names import _known as cued_known
from proxy.classify.detectors._lone_surnames import no_surname
from proxy.classify.detectors._lone_words import WORDS_FIRST
from proxy.classify.detectors._polish_forms import polish_text

_TITLES = words(
    "monsieur|madame|mademoiselle|signor|signore|signora|signorina|señor|señora|señorita|"
    "meneer|mevrouw|juffrouw|pan|pani|pana|panu|panem|panią|panie|"
    # abbreviated, as Italian, Spanish, French and Dutch notes write them ("il sig. Barbieri")
    "sig.|sig.ra|sig.na|sigg.|dott.|dott.ssa|avv.|geom.|rag.|sr.|sra.|srta.|mme|mlle|dhr.|mevr.|"
    # professional titles written before the surname ("il dottor Rossi", "l'avvocato De Luca",
    # "la doctora Ruiz", "maître Lefort")
    "dottor|dottore|dottoressa|professor|professore|professoressa|ingegner|ingegnere|avvocato|"
    "avvocata|architetto|ragionier|notaio|doctor|doctora|docteur|maître|dokter|doktor|"
    "profesor|profesora|abogado|abogada|licenciado|licenciada"
)
#: The same titles capitalised, as a sentence or a heading starts or as writers honour them
#: ("Ha llamado el Señor Pérez", "Il figlio del Dottor Bianchi", "Doktor Weber"): those the
#: title detector (``names``) has not, and not the abbreviated or Polish ones (it has them).
_CAPITALISED = tuple(
    title.capitalize()
    for title in _TITLES
    if "." not in title
    and title
    not in words(
        "monsieur|madame|mademoiselle|signor|signora|meneer|mevrouw|pan|pani|pana|panu|"
        "panem|panią|panie|mme|mlle"
    )
)
#: What follows a capitalised title and is no surname: God, an office, a fable's animal, a
#: brand ("Señor Dios", "Señora Presidenta", "Maître Corbeau", "Doctor Martens").
_NOT_AFTER_CAPITALISED = frozenset(
    words(
        "Dios|Jesucristo|Jesús|Presidente|Presidenta|Corbeau|Renard|Martens|Frog|Frogs|Simi|"
        "Who|Strange|Sleep|Dolittle|Zhivago|Schiwago|Jivago|Faustus|Frankenstein|Jekyll|No"
    )
)
_POLISH = frozenset(words("pan|pani|pana|panu|panem|panią|panie"))
#: Professional titles: a name of the lists or of a surname's shape after them, not any token
#: ("il professore Emerito", "the professor Emeritus").
_PROFESSIONAL = frozenset(_TITLES[_TITLES.index("dottor") :])
#: Polish titles that are words of other languages too: they need Polish text around them.
_AMBIGUOUS = frozenset(words("pan|pana|panu|panem|panie"))
_PATTERN = re.compile(
    rf"(?:(?<=[lL]['’])|(?<![\w'’-]))(?P<title>{alternation((*_TITLES, *_CAPITALISED))})[ ]"
    rf"(?P<first>{TOK})"
    rf"(?:[ ](?P<second>{TOK}))?"
)


#: What an Italian "sig." follows: an article or preposition, a salutation or a role ("il sig.",
#: "al sig.", "gentile sig.ra", "il cliente sig."); elsewhere it is "significant", as statistics
#: write it ("not sig.", "(sig. Bonferroni)", "Results: sig. Tukey").
_ITALIAN_BEFORE = re.compile(
    r"(?i:(?<!\w)(?:il|al|del|dal|col|sul|nel|lo|la|alla|della|dalla|sulla|nella|le|alle|delle|"
    r"dalle|gli|agli|degli|dagli|i|ai|dei|dai|e|ed|con|per|tra|fra|a|da|di|gentile|gentili|"
    r"gent\.(?:mo|ma|mi)?|egregio|egregia|egr\.|caro|cara|spett\.|cliente|paziente|utente|"
    r"inquilino|inquilina|condomino|condomina)[ ]\Z)"
)


#: Particles that open a surname after a title ("la signora De Santis", "il dott. Lo Iacono",
#: "meneer Van Dijk"): the token after them is the surname.
_PARTICLES = frozenset(
    [p.capitalize() for p in data.PARTICLES if " " not in p] + [*words("Lo|Li|Dal|Dalla|Dello")]
)


def _plain(token: str) -> bool:
    """Whether a token after a title is a name: known and no everyday word, a surname's shape,
    or a token of no word list, place, product or thing."""
    lower = token.lower()
    if lower in data.COMMON or token in data.NOT_NAME or token in data.PRODUCT_NAMES:
        return False
    if token in data.PLACES:
        return False  # "monsieur Paris", "señor Santiago"
    if token in data.SURNAMES or token in data.GIVEN or data.shaped(token):
        return True
    return lower not in data.WORDS


def _particle_surname(particle: str, token: str) -> bool:
    """Whether a particle and the token after it are a surname: no word, and after a French
    article listed (together or the token alone) or of a surname's shape ("la signora De
    Santis", "meneer Van Dijk", "monsieur Le Guennec"; not "madame La Directrice", "monsieur
    Le Préfet")."""
    if token.lower() in data.COMMON or token.lower() in data.WORDS or token in data.PLACES:
        return False
    if particle not in _FRENCH_ARTICLES:
        return True
    listed = f"{particle} {token}" in data.SURNAMES or token in data.SURNAMES
    return listed or data.shaped(token)


_FRENCH_ARTICLES = frozenset(words("Le|La|Les|Du|Des"))


def _name_ok(token: str, polish: bool) -> bool:
    """Whether a token after the title is a name (see the module docstring)."""
    return len(token) > 2 and (_plain(token) or (polish and cued_known(token, True)))


def _titled(m: re.Match[str], scan: Scan) -> Iterator[Hit]:
    """The name after a lower-case courtesy title (or one of ``_CAPITALISED``)."""
    title = m.group("title").lower()
    if title != m.group("title") and m.group("first") in _NOT_AFTER_CAPITALISED:
        return
    polish = title in _POLISH
    if title in _AMBIGUOUS and not polish_text(scan.around(m.start(), m.end(), 60)):
        return
    if title.startswith("sig") and not _ITALIAN_BEFORE.search(scan.before(m.start(), 24)):
        return  # "the effect was not sig. Bonferroni correction applied"
    first, second = m.group("first"), m.group("second")
    last = second if first in _PARTICLES and second else first
    if title in _PROFESSIONAL and not (
        last in data.SURNAMES or last in data.GIVEN or data.shaped(last)
    ):
        return
    if first in _PARTICLES and second and _particle_surname(first, second):
        name = [Token(first, m.start("first"), m.end("first"))]  # "la signora De Santis"
        name.append(Token(second, m.start("second"), m.end("second")))
        if not excluded(name, scan):
            yield Hit("pii.person_name", None, name[0].start, name[-1].end)
        return
    if not _name_ok(first, polish):
        return
    name = [Token(first, m.start("first"), m.end("first"))]
    if second and first in data.GIVEN and second not in data.GIVEN and _name_ok(second, polish):
        name.append(Token(second, m.start("second"), m.end("second")))
    if not excluded(name, scan):
        yield Hit("pii.person_name", None, name[0].start, name[-1].end)


LOWER_TITLE = Detector(
    "person_name.lower_title",
    # the capital after the title (ASCII, or the lead byte of a Latin-1 or Latin Extended-A
    # capital)
    hs_words((*_TITLES, *_CAPITALISED)) + " [A-Z\\xC3-\\xC5]",
    _PATTERN,
    _titled,
    back=16,
    ahead=64,
)


#: Titles as lower-case chat writes them, before a lower-case name ("call mit herrn
#: kaczmarek", "con la sra. ortega", "alla signora de santis", "met meneer de vries").
_CHAT_TITLES = words(
    "herr|herrn|frau|mr|mrs|mme|sra|srta|sig|sig.ra|dott|dott.ssa|dhr|mevr|"
    "monsieur|madame|signor|signore|signora|señor|señora|meneer|mevrouw|pan|pani|pana|panu|"
    "panią"
)
_WORDS_FIRST = frozenset(WORDS_FIRST)
#: Pronouns and determiners that are given names too ("la señora ella", "la signora lei").
_PRONOUNS = frozenset(words("ella|una|lei|mucha"))
#: German titles: a German noun after them is a rank or a role ("herr hauptmann").
_GERMAN_TITLES = frozenset(words("herr|herrn|frau"))
_LOWER = "a-zß-öø-ÿāăąćčďđēėęěğīįıłńňōőœřśşšťūůűųźżž"
_LOWER_NAME = re.compile(
    rf"(?<![\w'’.-])(?P<title>{alternation(_CHAT_TITLES)})\.?[ ]"
    rf"(?P<particles>(?:(?:{alternation(p.lower() for p in data.PARTICLES)})[ ]){{0,2}})"
    rf"(?P<name>[{_LOWER}]{{3,}}(?:-[{_LOWER}]{{3,}})?)(?![\w'’-])"
)


def _word(token: str) -> bool:
    """Whether a lower-case token is a word, a role, a place or a month rather than a name."""
    capital = token.capitalize()
    return (
        token in data.COMMON
        or token in data.WORDS
        or token in data.ROLES
        or capital in data.PLACES
        or capital in data.NOT_NAME
        or capital in _WORDS_FIRST
        or token in _PRONOUNS
    )


def _lower_known(name: str, polish: bool) -> bool:
    """Whether a lower-case token after a title is a known surname or given name (or, after a
    Polish title, its case form) and no word; a double-barrelled one when one part is a known
    surname and no part a word ("montenegro-ibáñez")."""
    parts = name.split("-")
    capitals = [part.capitalize() for part in parts]
    if len(parts) > 1:  # "montenegro-ibáñez": one part a known surname and no word
        sure = [c in data.SURNAMES and not _word(p) for p, c in zip(parts, capitals, strict=True)]
        return any(sure) and not any(part in data.COMMON for part in parts)
    if _word(name):
        return False
    known = capitals[0] in data.SURNAMES or capitals[0] in data.GIVEN
    return known or (polish and cued_known(capitals[0], True))


def _chat_titled(m: re.Match[str], scan: Scan) -> Iterator[Hit]:
    """A lower-case known name after a lower-case title, with its particles (never an unknown
    token after an article: "la señora de la limpieza"; nor a firm known as a surname too: "il
    signore di enel")."""
    title, particles, name = m.group("title"), m.group("particles"), m.group("name")
    if title in _AMBIGUOUS and not polish_text(scan.around(m.start(), m.end(), 60)):
        return
    if title in _GERMAN_TITLES and data.german_noun(name.capitalize()):
        return
    with_particles = bool(particles) and (particles + name).title() in data.SURNAMES
    firm = bool(particles) and no_surname(name.capitalize(), everyday=False)  # "di enel"
    if with_particles or (_lower_known(name, title in _POLISH) and not firm):
        start = m.start("particles") if particles else m.start("name")
        yield Hit("pii.person_name", None, start, m.end("name"))


LOWER_CHAT_TITLE = Detector(
    "person_name.lower_chat_title",
    # a lower-case letter (ASCII, or the lead byte of a Latin-1 or Latin Extended-A letter)
    rf"(?:{hs_words(_CHAT_TITLES)})\.? [a-z\xC3-\xC5]",
    _LOWER_NAME,
    _chat_titled,
    back=16,
    ahead=64,
)

DETECTORS = (LOWER_TITLE, LOWER_CHAT_TITLE)
