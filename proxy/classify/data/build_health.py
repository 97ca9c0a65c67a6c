"""Build the condition list of the health detector (dev time only; not imported at runtime).

Run: ``.venv/bin/python proxy/classify/data/build_health.py [--mirror PATH]``. Reads the Human
Disease Ontology from a git snapshot (default: the ``fetch`` tool's mirror of
``DiseaseOntology/HumanDiseaseOntology``) and writes ``conditions.txt`` next to this file:

- English: the label of every disease the ontology maps to ICD-10-CM (``DOreports/
  ICD10inDO.tsv``: the diseases clinicians code, not gene-level subtypes), plus the English
  exact synonyms of those diseases (``src/translations/doid-es-translated.tsv``);
- Spanish: the manually translated exact synonyms and labels of the same diseases (same file);
- French, Italian, German, Dutch, Polish (and Spanish): the one-word Greco-Latin disease names
  (``-itis``, ``-osis``, ``-oma``, ``-emia``, ``-pathy``, ``-algia``, ``-plegia``) carried over
  by each language's regular spelling and suffix rules (arthritis → arthrite, artrite, Arthritis,
  artritis; cardiomyopathy → cardiomyopathie, cardiomiopatia, Kardiomyopathie, kardiomiopatia);
- Polish case forms of the terms ending in ``-a`` (astma → astmę, astmy, astmą, astmie).

Terms that are everyday words (Faker's lorem word lists of six languages, as for the names),
too short or longer than three words, or that the detector finds anyway (see ``covered``) are
left out. Source: Human Disease Ontology
(https://github.com/DiseaseOntology/HumanDiseaseOntology), CC0 1.0; the file header names the
commit. Faker (MIT) supplies only the everyday-word filter.
"""

from __future__ import annotations

import argparse
import csv
import importlib
import io
import re
import subprocess
from collections.abc import Iterable
from pathlib import Path

from proxy.classify.detectors._health_words import SUFFIX_NAMES
from proxy.classify.detectors.lexicons import DIAGNOSES

HERE = Path(__file__).parent
MIRROR = Path("/work/.mirror/DiseaseOntology+HumanDiseaseOntology/repo")
LOREM = ["en_US", "de_DE", "fr_FR", "it_IT", "nl_NL", "pl_PL"]
#: A condition name: letters, spaces, hyphens and apostrophes, up to three words.
SHAPE = re.compile(r"^[^\W\d_][^\W\d_' -]*(?:[ -][^\W\d_][^\W\d_'-]*){0,4}$")
#: English suffix → the suffix in (fr, it, de, es, nl, pl); None where the language names the
#: condition another way (Polish "zapalenie …" for -itis).
SUFFIXES: dict[str, tuple[str | None, ...]] = {
    "itis": ("ite", "ite", "itis", "itis", "itis", None),
    "osis": ("ose", "osi", "ose", "osis", "ose", "oza"),
    "oma": ("ome", "oma", "om", "oma", "oom", None),
    "emia": ("émie", "emia", "ämie", "emia", "emie", "emia"),
    "aemia": ("émie", "emia", "ämie", "emia", "emie", "emia"),
    "pathy": ("pathie", "patia", "pathie", "patía", "pathie", "patia"),
    "algia": ("algie", "algia", "algie", "algia", "algie", "algia"),
    "plegia": ("plégie", "plegia", "plegie", "plejía", "plegie", "plegia"),
}
#: Spelling of Greco-Latin stems per language (fr, it, de, es, nl, pl), applied in order.
STEMS: tuple[tuple[tuple[str, str], ...], ...] = (
    (("ae", "é"), ("oe", "é")),
    (("ph", "f"), ("th", "t"), ("rh", "r"), ("y", "i"), ("ae", "e"), ("oe", "e"), ("k", "c")),
    (("ae", "ä"), ("oe", "ö"), ("c(?=[aou])", "k")),
    (("ph", "f"), ("th", "t"), ("rh", "r"), ("y", "i"), ("ae", "e"), ("oe", "e")),
    (("ae", "e"), ("oe", "e"), ("c(?=[aou])", "k")),
    (("ph", "f"), ("th", "t"), ("rh", "r"), ("y", "i"), ("ae", "e"), ("oe", "e"), ("c", "k")),
)
POLISH_CASES = ("ę", "y", "ą", "ie")
LANGS = ("fr", "it", "de", "es", "nl", "pl")


def _git(mirror: Path, path: str) -> str:
    """A file of the mirror's HEAD commit."""
    out = subprocess.run(
        ["git", "-C", str(mirror), "show", f"HEAD:{path}"], capture_output=True, check=True
    )
    return out.stdout.decode("utf-8")


def _rows(text: str) -> Iterable[list[str]]:
    """Rows of a tab-separated report, quotes stripped, header skipped."""
    reader = csv.reader(io.StringIO(text), delimiter="\t", quotechar='"')
    next(reader, None)
    yield from reader


def ontology_terms(mirror: Path) -> tuple[set[str], set[str]]:
    """English and Spanish names of the diseases the ontology maps to ICD-10-CM."""
    coded = {row[0] for row in _rows(_git(mirror, "DOreports/ICD10inDO.tsv")) if row}
    labels = {row[0]: row[1] for row in _rows(_git(mirror, "DOreports/HumanDO.tsv")) if row}
    english = {labels[i] for i in coded if i in labels}
    spanish: set[str] = set()
    table = _git(mirror, "src/translations/doid-es-translated.tsv")
    for row in _rows(table):
        if len(row) < 8 or row[0] not in coded or row[7] != "MANUALLY TRANSLATED":
            continue
        if row[1] in ("oboInOwl:hasExactSynonym", "rdfs:label"):
            english.add(row[2])
            spanish.add(row[3])
    return english, spanish


def carried_over(term: str) -> dict[str, str]:
    """The term in the other six languages (language → form), for one-word Greco-Latin
    condition names."""
    for suffix in sorted(SUFFIXES, key=len, reverse=True):
        if " " in term or "-" in term or not term.endswith(suffix):
            continue
        stem, out = term[: -len(suffix)], {}
        for lang, rules, ending in zip(LANGS, STEMS, SUFFIXES[suffix], strict=True):
            if ending is None:
                continue
            local = stem
            for old, new in rules:
                local = re.sub(old, new, local)
            out[lang] = local + ending
        return out
    return {}


def polish_cases(term: str) -> set[str]:
    """Regular case forms of a Polish feminine noun in -a (astma → astmę, astmy, astmą, astmie;
    anemia → anemię, anemii, anemią)."""
    if " " in term or not term.endswith("a") or len(term) < 5:
        return set()
    if term.endswith("ia"):
        return {term[:-1] + case for case in ("ę", "i", "ą")}
    return {term[:-1] + case for case in POLISH_CASES}


def everyday_words() -> set[str]:
    """Frequent words of six languages (Faker's lorem lists)."""
    out: set[str] = set()
    for locale in LOREM:
        module = importlib.import_module(f"faker.providers.lorem.{locale}")
        out.update(w.lower() for w in module.Provider.word_list)
    return out


def usable(term: str, common: set[str]) -> bool:
    """Whether a term can stand as a condition name in free text."""
    if not SHAPE.match(term) or len(term) < 5 or term in common:
        return False
    words = term.split()
    return len(words) <= 3 and (len(words) > 1 or len(term) >= 6)


def covered(terms: set[str]) -> set[str]:
    """Terms the detector finds anyway: one-word names by their ending (the suffix detector),
    and phrases that contain a one-word name of the list or the hand lexicon ("chronic
    maxillary sinusitis" has "sinusitis"). Leaving them out keeps the literal set small."""
    ending = re.compile("^" + SUFFIX_NAMES + "(?:en|es|s|n)?$")
    single = {t for t in terms | set(DIAGNOSES) if " " not in t and not ending.match(t)}
    out = {t for t in terms if " " not in t and ending.match(t)}
    for term in terms:
        parts = re.split(r"[ -]", term)
        if " " in term and any(p in single or ending.match(p) for p in parts):
            out.add(term)
    return out


def build(mirror: Path) -> tuple[list[str], str]:
    """The sorted condition list and the mirror's commit."""
    english, spanish = ontology_terms(mirror)
    common = everyday_words()
    base = {t.strip().lower() for t in english | spanish}
    terms = {t for t in base if usable(t, common)}
    forms = [carried_over(t) for t in terms]
    terms |= {f for by_lang in forms for f in by_lang.values() if usable(f, common)}
    polish = {by_lang["pl"] for by_lang in forms if "pl" in by_lang}
    terms |= {c for t in polish for c in polish_cases(t) if usable(c, common)}
    terms -= covered(terms)
    commit = subprocess.run(
        ["git", "-C", str(mirror), "rev-parse", "HEAD"], capture_output=True, check=True, text=True
    ).stdout.strip()
    return sorted(terms), commit


def main() -> None:
    """Write conditions.txt."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--mirror", type=Path, default=MIRROR)
    args = parser.parse_args()
    terms, commit = build(args.mirror)
    header = (
        "# Human Disease Ontology (github.com/DiseaseOntology/HumanDiseaseOntology) "
        f"{commit[:12]}, CC0 1.0; forms carried over by build_health.py\n"
    )
    (HERE / "conditions.txt").write_text(header + "\n".join(terms) + "\n", encoding="utf-8")
    print(f"conditions.txt: {len(terms)} terms")


if __name__ == "__main__":
    main()
