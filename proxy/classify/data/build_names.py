"""Build the name gazetteers from Faker's per-locale lists (dev time only; not imported at runtime).

Run: ``.venv/bin/python proxy/classify/data/build_names.py``. Writes, next to this file:

- ``given_names.txt``: given names of the locales below (Latin script only), plus the regular
  case forms of the Polish ones (Anną, Tomasza);
- ``surnames.txt``: surnames of the same locales;
- ``name_words.txt``: given names that are also everyday words (Faker's lorem word lists);
- ``places.txt``: countries, states and cities (Faker's address providers);
- ``common_words.txt``: the everyday words themselves (lower case, three letters or more).

Source: Faker (https://github.com/joke2k/faker), MIT License. Each file names it in its header.
The given names and surnames of Mimesis (https://github.com/lk-geimfari/mimesis, MIT License,
``mimesis/datasets/<locale>/person.json``) are added for ``MIMESIS_LOCALES``, less what Mimesis
lists as words, places, companies or products; its Polish given names (Faker has 153: no
Małgorzata, Bartosz, Władysława) get case forms. They are read from a git snapshot (default: the
``fetch`` tool's mirror; ``--mimesis PATH`` otherwise). The names of every locale of faker-js
and FakerPHP (MIT; ``more_fakers.py``; ``--faker-js PATH``, ``--faker-php PATH``), filtered
alike, make a second tier: ``given_names_more.txt`` and ``surnames_more.txt``.
"""

from __future__ import annotations

import argparse
import importlib
import json
import re
import subprocess
import unicodedata
from collections.abc import Callable, Iterable
from pathlib import Path

import faker
import more_fakers
import polish_forms
from hand_lists import NOT_GIVEN, NOT_GIVEN_PL, NOT_LIST_NAMES, NOT_SURNAME, SHORT_FORMS
from polish_forms import DIMINUTIVES, NOT_DATIVE, NOT_FORMS, dative

HERE = Path(__file__).parent
LOCALES = [
    *("en_US", "en_GB", "en_IE", "en_NZ", "fr_FR", "fr_BE", "fr_CH", "fr_CA", "fr_QC"),
    *("de_DE", "de_AT", "de_CH", "it_IT", "es_ES", "es_MX", "es_AR", "es_CL", "es_CO", "es_CA"),
    *("nl_NL", "nl_BE", "pl_PL", "cs_CZ", "sk_SK", "pt_PT", "pt_BR", "ja_JP", "da_DK", "sv_SE"),
    *("no_NO", "fi_FI", "ro_RO", "hu_HU", "hr_HR", "sl_SI", "lt_LT", "lv_LV", "et_EE", "tr_TR"),
    *("ga_IE", "en_IN", "en_PK", "en_KE", "en_NG", "en_TH", "id_ID", "vi_VN", "zh_CN", "sw"),
    *("yo_NG", "ig_NG", "ha_NG", "tw_GH", "zu_ZA"),
]
#: Frequency word lists; es_ES and cs_CZ are left out (their lists hold lower-cased first names).
LOREM = ["en_US", "de_DE", "fr_FR", "it_IT", "nl_NL", "pl_PL"]
ADDRESS = ["en_US", "en_GB", "de_DE", "fr_FR", "it_IT", "es_ES", "nl_NL", "pl_PL", "cs_CZ", "pt_PT"]
GIVEN_ATTRS = re.compile(r"^first_(?:romanized_)?names(?:_male|_female)?$")
SURNAME_ATTRS = re.compile(
    r"^(?:last_(?:romanized_)?names(?:_male|_female)?|male_last_names|unisex_last_names)$"
)
#: One capitalised Latin-script token, optionally hyphenated or with an apostrophe (O'Brien).
SHAPE = re.compile(r"^(?:[A-Z]')?[^\W\d_][^\W\d_'’]+(?:-[^\W\d_]+)?$")


def _values(obj: object, pattern: re.Pattern[str]) -> Iterable[str]:
    """The strings of every class attribute whose name matches ``pattern``."""
    for attr in dir(obj):
        if pattern.match(attr):
            value = getattr(obj, attr)
            if isinstance(value, (tuple, list, dict)):
                yield from (v for v in value if isinstance(v, str))


def _latin(name: str) -> bool:
    """Whether a name is one capitalised Latin-script token."""
    return bool(SHAPE.match(name)) and name[0].isupper() and all(ord(c) < 0x250 for c in name)


def _names(pattern: re.Pattern[str]) -> set[str]:
    """The Latin-script names of every locale, for the attributes matching ``pattern``."""
    out: set[str] = set()
    for locale in LOCALES:
        provider = importlib.import_module(f"faker.providers.person.{locale}").Provider
        out.update(n for n in _values(provider, pattern) if _latin(n))
    return out


def _fold(word: str) -> str:
    """The word without its accents ("życie" -> "zycie"; "ł" -> "l")."""
    plain = unicodedata.normalize("NFKD", word.replace("ł", "l").replace("Ł", "L"))
    return "".join(c for c in plain if not unicodedata.combining(c))


MIMESIS = Path("/work/.mirror/lk-geimfari+mimesis/repo")


#: The English locales of Mimesis: their words alone make ``english_words.txt``.
ENGLISH = ("en", "en-au", "en-ca", "en-gb")
#: Mimesis locales whose names are added (Latin script, Europe and the English-speaking world).
MIMESIS_LOCALES = (
    *("cs", "da", "de", "de-at", "de-ch", "en", "en-au", "en-ca", "en-gb", "es", "es-mx", "et"),
    *("fi", "fr", "hr", "hu", "is", "it", "nl", "nl-be", "no", "pt", "pt-br", "sk", "sv"),
)
#: Mimesis data files whose words are places, companies, products or terms, never names here.
NOT_NAME_FILES = ("address", "finance", "food", "science", "development", "transport")
NOT_NAME_KEYS = frozenset(["address_fmt", "postal_code_fmt", "secondary_address_fmt", "street"])
TOKEN = re.compile(r"[^\W\d_][\w'’-]*")


class Mimesis:
    """Names and words read from a git snapshot of Mimesis (MIT License)."""

    def __init__(self, mirror: Path) -> None:
        self._snapshot = more_fakers.Snapshot(mirror)
        self.commit: str = self._snapshot.commit
        self._git = self._snapshot.git

    def _json(self, locale: str, name: str) -> dict[str, object]:
        path = f"HEAD:mimesis/datasets/{locale}/{name}.json"
        try:
            return dict(json.loads(self._git("show", path)))
        except subprocess.CalledProcessError:  # a locale without that file
            return {}

    def _locales(self) -> list[str]:
        listing = self._git("ls-tree", "--name-only", "HEAD", "mimesis/datasets/")
        return [line.rsplit("/", 1)[-1] for line in listing.split()]

    def names(self, locale: str, key: str) -> set[str]:
        """The names of one locale ("names" or "surnames"), one Latin token each."""
        value = self._json(locale, "person").get(key) or {}
        return {n for n in _strings(value) if _latin(n)}

    def not_names(self) -> tuple[set[str], set[str]]:
        """Tokens of places, companies and products (as written), and everyday words (lower
        case), of every locale."""
        tokens: set[str] = set()
        lower: set[str] = set()
        for locale in self._locales():
            for name in NOT_NAME_FILES:
                data = {k: v for k, v in self._json(locale, name).items() if k not in NOT_NAME_KEYS}
                tokens.update(t for s in _strings(data) for t in TOKEN.findall(s))
            text = self._json(locale, "text")
            lower.update(w.lower() for w in _strings(text.get("words", [])))
            for s in _strings([text.get("text", []), text.get("quotes", [])]):
                lower.update(t.lower() for t in TOKEN.findall(s))
        return tokens, lower

    def lower_in_sentences(self) -> set[str]:
        """The tokens that Mimesis' sentences (questions, texts, quotes) of any locale write in
        lower case: words there, whatever its word lists say."""
        out: set[str] = set()
        for locale in self._locales():
            text = self._json(locale, "text")
            for s in _strings([text.get(key, []) for key in ("questions", "text", "quotes")]):
                out.update(t for t in TOKEN.findall(s) if t.islower())
        return out

    def words(self, locales: tuple[str, ...] = (*MIMESIS_LOCALES, "pl")) -> set[str]:
        """The word lists of the Latin-script locales, lower case, three letters or more."""
        out: set[str] = set()
        for locale in locales:
            text = self._json(locale, "text")
            out.update(w.lower() for w in _strings(text.get("words", [])) if _latin(w.title()))
        return {w for w in out if len(w) > 2}


def _strings(obj: object) -> Iterable[str]:
    """Every string in a JSON value."""
    if isinstance(obj, str):
        yield obj
    elif isinstance(obj, dict):
        for value in obj.values():
            yield from _strings(value)
    elif isinstance(obj, list):
        for value in obj:
            yield from _strings(value)


#: Faker locales whose given names are added like Mimesis' (less words, places, products): the
#: generic English provider (US birth records: Jethro, Lavada, Ottis), and Azerbaijani,
#: Uzbek, Algerian French, Luxembourgish and Liechtenstein German.
EXTRA_GIVEN_LOCALES = ("en", "az_AZ", "uz_UZ", "fr_DZ", "de_LU", "de_LI")


def _keeper(source: Mimesis, common: set[str]) -> Callable[[str], bool]:
    """Whether a name of another source is kept: four letters or more, and no word, place,
    company or product of Mimesis nor an everyday word of ``common``."""
    tokens, lower = source.not_names()

    def keep(name: str) -> bool:
        low = name.lower()
        return len(name) > 3 and low not in common and low not in lower and name not in tokens

    return keep


def _mimesis_names(
    source: Mimesis, keep: Callable[[str], bool]
) -> tuple[set[str], set[str], set[str]]:
    """Mimesis' given names and surnames of ``MIMESIS_LOCALES`` that ``keep`` keeps, and its
    Polish given names (which get case forms)."""
    given = {n for loc in MIMESIS_LOCALES for n in source.names(loc, "names") if keep(n)}
    given.update(n for loc in EXTRA_GIVEN_LOCALES for n in _locale_given(loc) if keep(n))
    locales = (*MIMESIS_LOCALES, "pl")  # Polish given names are read below, with case forms
    surnames = {n for loc in locales for n in source.names(loc, "surnames") if keep(n)}
    polish = source.names("pl", "names") - NOT_GIVEN_PL
    return given - NOT_GIVEN, surnames - NOT_SURNAME, polish


def _locale_given(locale: str) -> set[str]:
    """The Latin-script given names of one Faker locale."""
    provider = importlib.import_module(f"faker.providers.person.{locale}").Provider
    return {n for n in _values(provider, GIVEN_ATTRS) if _latin(n)}


def _given(polish: set[str], words: set[str]) -> set[str]:
    """The given names of every locale, ``polish`` and the Polish diminutives, with the Polish
    case forms of the Central European ones (``polish_forms``): none that is a word of
    ``words`` ("Mają", "Idą") or of a hand list (``NOT_FORMS``: "Arka", "Sylwestra"), nor one
    without accents spelt as a word with them ("Zycie": "życie")."""
    forms: set[str] = set()
    polish = polish | (DIMINUTIVES - NOT_GIVEN_PL)
    for locale in ("pl_PL", "cs_CZ", "sk_SK"):  # Faker's Polish list lacks Anna, Katarzyna...
        provider = importlib.import_module(f"faker.providers.person.{locale}").Provider
        names = [n for n in _values(provider, GIVEN_ATTRS) if _latin(n)]
        forms.update(f for n in names for f in polish_forms.forms(n))
        forms.update(dative(n) or "" for n in names if n in polish or locale == "pl_PL")
    forms.update(f for n in polish for f in polish_forms.forms(n))
    forms.update(dative(n) or "" for n in polish)
    accented = {_fold(w) for w in words if not w.isascii()}  # "życie" typed as "zycie"
    forms = {
        f
        for f in forms
        if f
        and f.lower() not in words
        and not (f.isascii() and _fold(f.lower()) in accented)
        and f not in NOT_DATIVE | NOT_FORMS
    }
    return _names(GIVEN_ATTRS) | polish | forms


def _lorem() -> set[str]:
    """Everyday words of the languages we scan (lower case). Capitalised entries are names or
    places, except German nouns."""
    out: set[str] = set()
    for locale in LOREM:
        provider = importlib.import_module(f"faker.providers.lorem.{locale}").Provider
        nouns = locale == "de_DE"
        out.update(w.lower() for w in provider.word_list if nouns or w.islower())
    return out


def _places() -> set[str]:
    """Countries, states and cities of one token ("Berlin", not "Santa Maria")."""
    attrs = re.compile(r"^(?:countries|states|cities|regions|provinces|counties|departments)$")
    out: set[str] = set()
    for locale in ADDRESS:
        provider = importlib.import_module(f"faker.providers.address.{locale}").Provider
        if locale == "it_IT":  # 16k comuni, many of them surnames too: provinces only
            attrs = re.compile(r"^(?:countries|states)$")
        out.update(v for v in _values(provider, attrs) if _latin(v) and len(v) > 2)
    return out


FAKER = f"Source: Faker {faker.VERSION} (https://github.com/joke2k/faker), MIT License."


def _write(name: str, what: str, items: Iterable[str], also: str = "", source: str = FAKER) -> None:
    """One file: a header naming source and licence, then one item per line, sorted."""
    header = (
        f"# {what}. {source}\n"
        + (f"# {also}\n" if also else "")
        + "# Generated by build_names.py; do not edit by hand.\n"
    )
    (HERE / name).write_text(header + "\n".join(sorted(set(items))) + "\n", encoding="utf-8")


def _spanish(given: set[str], surnames: set[str]) -> set[str]:
    """Everyday Spanish words of three letters or more (Faker's es_ES lorem list), less the
    lower-cased first names that list holds and the surnames of the gazetteers."""
    provider = importlib.import_module("faker.providers.lorem.es_ES").Provider
    names = {n.lower() for n in given | surnames}
    return {w.lower() for w in provider.word_list if len(w) > 2 and w.lower() not in names}


def main() -> None:
    """Write the files."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--mimesis", type=Path, default=MIMESIS)
    parser.add_argument("--faker-js", type=Path, default=more_fakers.FAKER_JS)
    parser.add_argument("--faker-php", type=Path, default=more_fakers.FAKER_PHP)
    args = parser.parse_args()
    source = Mimesis(args.mimesis)
    lorem = _lorem()
    places = _places()
    keep = _keeper(source, lorem)
    more_given, more_surnames, polish = _mimesis_names(source, keep)
    given = _given(polish, lorem | source.words()) | (more_given - places) | SHORT_FORMS
    surnames = _names(SURNAME_ATTRS) | (more_surnames - places)
    also = (
        f"Also: the given names and surnames of {len(MIMESIS_LOCALES)} Mimesis locales "
        f"(https://github.com/lk-geimfari/mimesis, commit {source.commit}), MIT License."
    )
    _write("given_names.txt", f"Given names of {len(LOCALES)} Faker locales", given, also)
    _write("surnames.txt", f"Surnames of {len(LOCALES)} Faker locales", surnames, also)
    _write_more(args, keep, places, given, surnames)
    _write(
        "name_words.txt",
        "Given names that are also everyday words (Faker lorem word lists)",
        (n for n in given if n.lower() in lorem),
    )
    _write("places.txt", "Countries, states and cities (Faker address providers)", places)
    _write(
        "common_words.txt",
        "Everyday words of six languages, lower case (Faker lorem word lists)",
        (w for w in lorem if len(w) > 2),
    )
    _write(
        "spanish_words.txt",
        "Everyday Spanish words, lower case, less given names and surnames (Faker es_ES lorem)",
        _spanish(given, surnames),
    )
    _write_mimesis_lists(source, given, lorem)


def _write_more(
    args: argparse.Namespace,
    keep: Callable[[str], bool],
    places: set[str],
    given: set[str],
    surnames: set[str],
) -> None:
    """The names of faker-js and FakerPHP that the main lists lack, kept like Mimesis' (a second
    tier: the detectors take them only in full names)."""
    (more_given, more_surnames), source = more_fakers.names(args.faker_js, args.faker_php)
    what = "that the main list lacks (taken in full names only)"
    _write(
        "given_names_more.txt",
        f"Given names {what}",
        {n for n in more_given if _latin(n) and keep(n)} - places - given - NOT_GIVEN,
        source=source,
    )
    _write(
        "surnames_more.txt",
        f"Surnames {what}",
        {n for n in more_surnames if _latin(n) and keep(n)} - places - surnames,
        source=source,
    )


def _write_mimesis_lists(source: Mimesis, given: set[str], lorem: set[str]) -> None:
    """The word lists of Mimesis, and the given names that they hold but its sentences never
    write in lower case."""
    licence = f"Source: Mimesis (https://github.com/lk-geimfari/mimesis, commit {source.commit}), "
    licence += "MIT License."
    _write(
        "list_names.txt",
        "Given names (lower case) that Mimesis' word lists hold and none of its sentences "
        "writes in lower case, less everyday words",
        ({g.lower() for g in given} & source.words())
        - source.lower_in_sentences()
        - lorem
        - NOT_LIST_NAMES,
        "The given names are those of given_names.txt (Faker and Mimesis, MIT License).",
        source=licence,
    )
    _write(
        "words.txt",
        "Words of 26 Mimesis locales, lower case (text.json word lists)",
        source.words(),
        source=licence,
    )
    _write(
        "english_words.txt",
        "Words of the English Mimesis locales, lower case (text.json word lists)",
        source.words(ENGLISH),
        source=licence,
    )


if __name__ == "__main__":
    main()
