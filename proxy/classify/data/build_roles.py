"""Build the occupation nouns written right before a person's name (dev time only; not imported).

Run: ``.venv/bin/python proxy/classify/data/build_roles.py``. Writes ``roles.txt`` next to this
file: one occupation noun a line, lower case, with the languages that list it ("lehrer de",
"pianist de en nl"), for the titled-name detector ("le docteur Houlbrecque", "der Turnlehrer
Battara", "el abogado Ruiz").

Sources: Faker's job providers (https://github.com/joke2k/faker, MIT License:
``faker/providers/job/<locale>``; English, French with its feminine list, Austrian German with
its masculine and feminine lists, Spanish, Polish) and, for the languages Faker has no jobs for
(Italian, Dutch) and as a second source for the others, the occupation lists of Mimesis
(https://github.com/lk-geimfari/mimesis, MIT License, ``mimesis/datasets/<locale>/person.json``,
read from a git snapshot: default the ``fetch`` tool's mirror, ``--mimesis PATH`` otherwise).

A job title of several words gives its head noun: the first word in French, Italian, Spanish
and Polish ("conseiller juridique", "agente di commercio"), the last in English, German and
Dutch ("chartered accountant", "juridisch adviseur"). Kept: one token of letters (a hyphen
inside allowed), four letters or more, that is no everyday word of the six lorem lists
(``common_words.txt``) unless it is an occupation first (``KEEP``), and no word of ``DROP``
(words that are first of all something else before a capital: "general", "major", "page").
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


def _split(text: str) -> list[str]:
    """The words of a space-separated list."""
    return text.split()


MIMESIS = Path("/work/.mirror/lk-geimfari+mimesis/repo")
#: Faker job lists per language: (module, attributes).
FAKER_JOBS: dict[str, list[tuple[str, tuple[str, ...]]]] = {
    "en": [("faker.providers.job", ("jobs",))],
    "fr": [("faker.providers.job.fr_FR", ("jobs", "jobs_female"))],
    "de": [("faker.providers.job.de_DE", ("jobs",))],
    "es": [("faker.providers.job.es", ("jobs",))],
    "pl": [("faker.providers.job.pl_PL", ("jobs",))],
}
MIMESIS_LOCALES = {
    "en": "en",
    "fr": "fr",
    "de": "de",
    "it": "it",
    "es": "es",
    "nl": "nl",
    "pl": "pl",
}
#: Languages whose job titles put the head noun first.
HEAD_FIRST = frozenset(["fr", "it", "es", "pl"])
TOKEN = re.compile(r"^[^\W\d_]+(?:-[^\W\d_]+)?$")
#: Occupations that are also everyday words of the lorem lists, kept: an occupation first.
KEEP = frozenset(
    _split(
        "doctor docteur arzt medico médico lekarz arts teacher lehrer maestro maestra leraar "
        "nauczyciel lawyer avocat anwalt avvocato abogado advocaat adwokat nurse infirmière "
        "pfleger infermiere enfermero verpleegkundige farmer bauer agricoltore boer rolnik "
        "soldier soldat soldato soldado soldaat żołnierz officer officier offizier ufficiale "
        "oficial engineer ingénieur ingenieur ingegnere ingeniero inżynier worker arbeiter "
        "operaio obrero arbeider robotnik driver chauffeur fahrer autista conductor kierowca "
        "painter peintre maler pittore pintor schilder malarz writer écrivain schriftsteller "
        "scrittore escritor schrijver pisarz judge juge richter giudice juez rechter sędzia "
        "priest prêtre priester prete sacerdote ksiądz pastor pasteur pfarrer pastore "
        "dominee merchant marchand kaufmann mercante comerciante koopman kupiec"
    )
)
#: Occupation heads that before a capital are first of all something else: adjectives and
#: titles ("general", "major"), things ("page", "guide", "model", "host", "agent", "monitor"),
#: kinship and ranks the hand lists hold, and software words ("manager", "editor", "user").
DROP = frozenset(
    _split(
        "general major page guide model host agent monitor manager editor user developer "
        "designer operator controller administrator assistant consultant specialist officer "
        "analyst executive director secretary representative associate partner clerk porter "
        "master mate chief head lead senior junior fellow member staff worker crew hand "
        "runner cleaner tester builder reader writer printer player trainer sitter minder "
        "keeper holder owner dealer broker sales support service services technician "
        "programmer coordinator planner "
        "modelo piloto cura criado guía jefe jefa capo chef patron patronne garde "
        "conseil chargé chargée responsable technicien technicienne "
        "agente addetto addetta tecnico tecnica esperto esperta capo direttore "
        "medewerker adviseur hulp manager leider begeleider "
        "pracownik specjalista kierownik doradca asystent technik "
        "leiter leiterin berater beraterin referent referentin fachkraft mitarbeiter "
        "mitarbeiterin techniker technikerin assistent assistentin helfer helferin kraft "
        "copy employment filler setter caller binder blender caster cutter curer feller finisher "
        "mover layer poster sweep tool console disc location talent wedding maschera fattore guida "
        "balia mozzo sosia perito grafico critico tenedor receptor miembro profesional oficial "
        "experte experto major private"
    )
)


#: Endings of a person noun, for heads taken from a title of several words in languages that
#: put the head last (English, Dutch): "Museum/gallery curator" gives "curator", "Schoonmaker
#: gebouwen" no "gebouwen".
PERSON_ENDING = {
    "en": re.compile(r"(?:er|or|ist|ian|ant|ent|man|woman|ess|ee|ier|yer|ic|ive|ary|smith|maid)$"),
    "nl": re.compile(r"(?:er|eur|ist|aar|man|ster|es|ier|ent|ant|or|icus|ige|hoofd|leider)$"),
}


def _head(title: str, lang: str) -> str:
    """The head noun of one job title, lower case: the first word in French, Italian, Spanish
    and Polish, the last in English, German and Dutch (before "für", "der", "in"...: German
    "Assistent der Geschäftsführung")."""
    title = re.sub(r"\(.*?\)|\*in\b| - .*$", " ", title).replace("/", " ").split(",")[0]
    parts = title.split()
    if lang == "de":
        cut = next((i for i, p in enumerate(parts) if i and p.islower() and p != "und"), None)
        parts = parts[:cut]
    if not parts:
        return ""
    return (parts[0] if lang in HEAD_FIRST else parts[-1]).lower()


def _heads(title: str, lang: str, whole: bool) -> Iterable[str]:
    """The occupation nouns of one job title (``whole``: a one-word title is kept as it is)."""
    head = _head(title, lang)
    one_word = whole and len(title.split()) == 1
    if lang in PERSON_ENDING and not (one_word or PERSON_ENDING[lang].search(head)):
        return
    if lang in ("pl", "es", "it") and not one_word and head.endswith(("y", "i", "s")):
        return  # adjectives and plurals: "biegły rewident", "policías"
    yield head
    if lang in ("de", "nl") and "-" in head:
        yield head.rsplit("-", 1)[1]


def _faker_titles(lang: str) -> Iterable[str]:
    """The job titles of Faker's providers for one language; German only the titles that have
    a feminine form ("Lehrer"/"Lehrerin", not "Stickerei" or "Buchhaltung", which are trades)."""
    if lang == "de":
        jobs: list[dict[str, str]] = importlib.import_module(
            "faker.providers.job.de_AT"
        ).Provider.jobs_dict
        for job in jobs:
            if _head(job["male"], lang) != _head(job["female"], lang):
                yield from (job["male"], job["female"])
    for module, attrs in FAKER_JOBS.get(lang, []):
        provider = importlib.import_module(module).Provider
        for attr in attrs:
            values: list[object] = list(getattr(provider, attr))
            yield from (t for t in values if isinstance(t, str))


def _mimesis_titles(mirror: Path, locale: str) -> list[str]:
    """The occupations of one Mimesis locale ("Anwalt / Anwältin" gives both)."""
    run = ["git", "-C", str(mirror), "show", f"HEAD:mimesis/datasets/{locale}/person.json"]
    text = subprocess.run(run, capture_output=True, check=True, text=True).stdout
    titles = json.loads(text).get("occupation", [])
    return [part.strip() for t in titles for part in str(t).split(" / ")]


def _common() -> set[str]:
    """The everyday words (``common_words.txt``, built by ``build_names.py``)."""
    lines = (HERE / "common_words.txt").read_text(encoding="utf-8").splitlines()
    return {line for line in lines if line and not line.startswith("#")}


def build(mirror: Path) -> dict[str, set[str]]:
    """Occupation noun → the languages listing it."""
    common = _common()
    out: dict[str, set[str]] = {}
    for lang, locale in MIMESIS_LOCALES.items():
        titles = [*_faker_titles(lang), *_mimesis_titles(mirror, locale)]
        # Mimesis' English list holds fragments of titles ("Retired", "Optical"): no whole words.
        whole = {t: lang != "en" or t in set(_faker_titles(lang)) for t in titles}
        for title in titles:
            for word in _heads(title, lang, whole[title]):
                if not TOKEN.match(word) or len(word) < 4 or word in DROP:
                    continue
                if word in common and word not in KEEP:
                    continue
                out.setdefault(word, set()).add(lang)
    return out


def _commit(mirror: Path) -> str:
    run = ["git", "-C", str(mirror), "rev-parse", "--short", "HEAD"]
    return subprocess.run(run, capture_output=True, check=True, text=True).stdout.strip()


def main() -> None:
    """Write ``roles.txt``."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--mimesis", type=Path, default=MIMESIS)
    mirror = parser.parse_args().mimesis
    roles = build(mirror)
    header = (
        "# Occupation nouns before a name, lower case, with the languages listing them. "
        f"Source: Faker {faker.VERSION} (https://github.com/joke2k/faker, faker/providers/job), "
        f"and Mimesis (https://github.com/lk-geimfari/mimesis, commit {_commit(mirror)}, "
        "mimesis/datasets/<locale>/person.json occupations), both MIT License.\n"
        "# Generated by build_roles.py; do not edit by hand.\n"
    )
    lines = [f"{word} {' '.join(sorted(langs))}" for word, langs in sorted(roles.items())]
    (HERE / "roles.txt").write_text(header + "\n".join(lines) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
