"""Build the name gazetteers from Faker's per-locale lists (dev time only; not imported at runtime).

Run: ``.venv/bin/python proxy/classify/data/build_names.py``. Writes, next to this file:

- ``given_names.txt``: given names of the locales below (Latin script only), plus the regular
  case forms of the Polish ones (Anną, Tomasza);
- ``surnames.txt``: surnames of the same locales;
- ``name_words.txt``: given names that are also everyday words (Faker's lorem word lists);
- ``places.txt``: countries, states and cities (Faker's address providers);
- ``common_words.txt``: the everyday words themselves (lower case, three letters or more).

Source: Faker (https://github.com/joke2k/faker), MIT License. Each file names it in its header.
Faker's Polish list has 153 given names (no Małgorzata, Bartosz, Władysława): the Polish given
names of Mimesis (https://github.com/lk-geimfari/mimesis, MIT License,
``mimesis/datasets/pl/person.json``) are added, read from a git snapshot (default: the ``fetch``
tool's mirror; ``--mimesis PATH`` otherwise), with their case forms.
"""

from __future__ import annotations

import argparse
import importlib
import json
import re
import subprocess
from collections.abc import Iterable
from pathlib import Path

import faker

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


def _polish_forms(name: str) -> set[str]:
    """The regular case forms of a Polish given name ("z Anną", "od Tomasza", "z Piotrem")."""
    if name.endswith("a"):
        stem = name[:-1]
        genitive = stem + ("i" if stem[-1:] in "kgl" or stem.endswith("i") else "y")
        return {stem + "ą", stem + "ę", genitive}
    if name[-1:] in "bcdfhjklłmnprstwz":
        return {name + "a", name + "em", name + "owi"}
    return set()


MIMESIS = Path("/work/.mirror/lk-geimfari+mimesis/repo")
#: Mimesis' Polish given names that are first of all words, places or surnames here.
NOT_GIVEN_PL = frozenset(
    [
        "Kołodziej",
        "Nadzieja",
        "Polonia",
        "Izrael",
        "Lew",
        "Malina",
        "Jagoda",
        "Sława",
        "Iwa",
        "Lech",
        "Napoleon",
        "Roma",
    ]
)


def _mimesis_polish(mirror: Path) -> tuple[set[str], str]:
    """Mimesis' Polish given names (one Latin token each) and the snapshot's commit."""

    def git(*args: str) -> str:
        run = ["git", "-C", str(mirror), *args]
        return subprocess.run(run, capture_output=True, check=True, text=True).stdout

    person = json.loads(git("show", "HEAD:mimesis/datasets/pl/person.json"))
    names = {n for group in person["names"].values() for n in group if _latin(n)}
    return names - NOT_GIVEN_PL, git("rev-parse", "--short", "HEAD").strip()


def _given(polish: set[str]) -> set[str]:
    """The given names of every locale and ``polish``, with Polish case forms of the Central
    European ones."""
    forms: set[str] = set()
    for locale in ("pl_PL", "cs_CZ", "sk_SK"):  # Faker's Polish list lacks Anna, Katarzyna...
        provider = importlib.import_module(f"faker.providers.person.{locale}").Provider
        names = (n for n in _values(provider, GIVEN_ATTRS) if _latin(n))
        forms.update(f for n in names for f in _polish_forms(n))
    forms.update(f for n in polish for f in _polish_forms(n))
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


def _write(name: str, what: str, items: Iterable[str], also: str = "") -> None:
    """One file: a header naming source and licence, then one item per line, sorted."""
    header = (
        f"# {what}. Source: Faker {faker.VERSION} (https://github.com/joke2k/faker), MIT License.\n"
        + (f"# {also}\n" if also else "")
        + "# Generated by build_names.py; do not edit by hand.\n"
    )
    (HERE / name).write_text(header + "\n".join(sorted(set(items))) + "\n", encoding="utf-8")


def main() -> None:
    """Write the five files."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--mimesis", type=Path, default=MIMESIS)
    polish, commit = _mimesis_polish(parser.parse_args().mimesis)
    given = _given(polish)
    surnames = _names(SURNAME_ATTRS)
    lorem = _lorem()
    also = (
        "Also: the Polish given names of Mimesis (https://github.com/lk-geimfari/mimesis, "
        f"commit {commit}), MIT License."
    )
    _write("given_names.txt", f"Given names of {len(LOCALES)} Faker locales", given, also)
    _write("surnames.txt", f"Surnames of {len(LOCALES)} Faker locales", surnames)
    _write(
        "name_words.txt",
        "Given names that are also everyday words (Faker lorem word lists)",
        (n for n in given if n.lower() in lorem),
    )
    _write("places.txt", "Countries, states and cities (Faker address providers)", _places())
    _write(
        "common_words.txt",
        "Everyday words of six languages, lower case (Faker lorem word lists)",
        (w for w in lorem if len(w) > 2),
    )


if __name__ == "__main__":
    main()
