"""Build the labelled multilingual corpus (tests/classify/data/corpus.jsonl), deterministically.

Run: ``python tests/classify/make_corpus.py``. Each line is ``{"id", "text", "level", "types"}``:
the level a careful reviewer would give and the finding types present. About half the texts are
hard negatives (general medical questions, documentation examples, role mailboxes, company
addresses, invalid checksums, markings in prose).
"""

from __future__ import annotations

import json
import os
import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))  # corpus_values beside this script

from corpus_values import VALIDATORS, Values
from stdnum import iban as iban_check
from stdnum.nl import bsn

from proxy.classify.taxonomy import DEFAULT_LEVELS, Level

DATA = Path(__file__).parent / "data"
TEMPLATES = json.loads((DATA / "templates.json").read_text(encoding="utf-8"))
LANGS: list[str] = TEMPLATES["LANGS"]
FILLER: dict[str, list[str]] = TEMPLATES["FILLER"]
POSITIVE: dict[str, dict[str, list[str]]] = TEMPLATES["POSITIVE"]
MARKINGS: list[tuple[str, str]] = [tuple(m) for m in TEMPLATES["MARKINGS"]]
NEGATIVE: dict[str, list[str]] = TEMPLATES["NEGATIVE"]
DIAGNOSES: dict[str, list[str]] = TEMPLATES["DIAGNOSES"]
ICD: list[str] = TEMPLATES["ICD"]
DRUGS: list[str] = TEMPLATES["DRUGS"]
MONTHS: dict[str, str] = TEMPLATES["MONTHS"]
REALISTIC = [
    json.loads(line) for line in (DATA / "realistic.jsonl").read_text("utf-8").splitlines()
]

SEED = 20261121
OUT = DATA / "corpus.jsonl"
NATIONAL = {
    "fr.nir": "Mon numéro de sécurité sociale est {v}.",
    "de.idnr": "Meine Steuer-ID lautet {v}.",
    "it.codicefiscale": "Il mio codice fiscale è {v}.",
    "es.dni": "Mi DNI es {v}.",
    "es.nie": "Mi NIE: {v}",
    "nl.bsn": "Mijn BSN is {v}.",
    "be.nn": "Rijksregisternummer: {v}",
    "pl.pesel": "Mój PESEL to {v}.",
    "se.personnummer": "Personnummer: {v}",
    "dk.cpr": "CPR-nummer: {v}",
    "fi.hetu": "Henkilötunnus {v}",
    "at.svnr": "Sozialversicherungsnummer: {v}",
    "pt.nif": "O meu NIF é {v}.",
    "ie.pps": "My PPS number is {v}.",
    "gb.nino": "National Insurance number: {v}",
    "us.ssn": "SSN: {v}",
}
PASSPORTS = [
    "{l}{l}{d}{d}{d}{d}{d}{d}{d}",
    "{d}{d}{l}{l}{d}{d}{d}{d}{d}",
    "C{l}{d}{d}{l}{d}{d}{d}{d}",
]


class Builder:
    """Fills templates with fresh values and labels the result."""

    def __init__(self) -> None:
        self.v = Values(SEED)
        self.rng: random.Random = self.v.rng
        self.rows: list[dict[str, object]] = []

    def slots(self, lang: str) -> dict[str, str]:
        f = self.v.fakers[lang]
        dob = f.date_of_birth(minimum_age=18, maximum_age=90)
        months = MONTHS.get(lang, MONTHS["en"]).split()
        first, last = f.first_name(), f.last_name()
        _, key = self.v.api_key()
        company = f.company()
        return {
            "email": f"{first}.{last}{self.rng.randint(1, 99)}@{f.free_email_domain()}".lower()
            .encode("ascii", "ignore")
            .decode()
            .replace(" ", ""),
            "phone_intl": self.v.phone(lang, True),
            "phone_nat": self.v.phone(lang, False),
            "ip": f.ipv4_public(),
            "dob_num": dob.strftime("%d.%m.%Y" if lang in ("de", "pl") else "%d/%m/%Y"),
            **{
                f"dob_text_{k}": f"{dob.day} {MONTHS[k].split()[dob.month - 1]} {dob.year}"
                for k in MONTHS
            },
            "name": f"{first} {last}",
            "last": last,
            "address": f.street_address().replace("\n", " ") + ", " + f.postcode() + " " + f.city(),
            "passport": self.passport(),
            "iban": self.v.iban(lang),
            "card": self.v.card(),
            "vat": self.v.vat(),
            "bic": self.v.bic(lang),
            **{f"diag_{k}": self.rng.choice(d) for k, d in DIAGNOSES.items()},
            "icd": self.rng.choice(ICD),
            "drug": self.rng.choice(DRUGS),
            "dose": str(self.rng.choice([5, 10, 20, 25, 50, 100, 500, 850])),
            "lab": f"{self.rng.randint(6, 11)}.{self.rng.randint(0, 9)}",
            "api_key": key,
            "private_key": self.v.private_key(),
            "password": self.v.password(),
            "jwt": self.v.jwt(),
            "domain": f.domain_name(),
            "company": company,
            "company_address": f.street_address().replace("\n", " ")
            + ", "
            + f.postcode()
            + " "
            + f.city(),
            "bad_number": self.v.digits(self.rng.choice([9, 10, 11])),
            "bad_iban": self.v.corrupt(self.v.iban(lang).replace(" ", ""), iban_check.is_valid),
            "filler": self.rng.choice(FILLER[lang]),
            "month": months[dob.month - 1],
        }

    def passport(self) -> str:
        shape = self.rng.choice(PASSPORTS)
        out = ""
        for part in shape.replace("}", "}|").split("|"):
            out += part.replace("{l}", self.rng.choice("ABCDEFGHJKLMNPRSTUVWXYZ")).replace(
                "{d}", str(self.rng.randint(0, 9))
            )
        return out

    def wrap(self, lang: str, text: str) -> str:
        sep = "\n" if "\n" in text else " "
        before = self.rng.choice(["", self.rng.choice(FILLER[lang]) + sep])
        after = self.rng.choice(["", sep + self.rng.choice(FILLER[lang])])
        return before + text + after

    def add(self, text: str, types: set[str], level: Level) -> None:
        self.rows.append(
            {
                "id": f"c{len(self.rows):05d}",
                "text": text,
                "level": level.label,
                "types": sorted(types),
            }
        )

    def positive(self, kind: str, lang: str, template: str) -> tuple[str, set[str], Level]:
        text = template.format(**self.slots(lang))
        return self.wrap(lang, text), {kind}, DEFAULT_LEVELS[kind]

    def build(self) -> list[dict[str, object]]:
        for kind, per_lang in POSITIVE.items():
            for lang, templates in per_lang.items():
                for template in templates:
                    for _ in range(3):
                        self.add(*self.positive(kind, lang, template))
        for scheme, template in NATIONAL.items():
            for _ in range(6):
                value = self.v.national_id(scheme)
                lang = self.rng.choice(LANGS)
                self.add(
                    self.wrap(lang, template.format(v=value)), {"pii.national_id"}, Level.RESTRICTED
                )
        for template, level in MARKINGS:
            for lang in self.rng.sample(LANGS, 3):
                text = template.format(filler=self.rng.choice(FILLER[lang]))
                self.add(text, {"marking"}, Level.parse(level))
        self.negatives()
        self.mixed()
        for row in REALISTIC:
            self.rows.append({"id": f"r{len(self.rows):05d}", **row})
        return self.rows

    def negatives(self) -> None:
        for lang, templates in NEGATIVE.items():
            for template in templates:
                for _ in range(8 if lang == "en" else 12):
                    self.add(
                        self.wrap(lang, template.format(**self.slots(lang))), set(), Level.PUBLIC
                    )
        for scheme, template in NATIONAL.items():
            for _ in range(3 if scheme in VALIDATORS else 0):
                good = self.v.national_id(scheme)
                bad = self.v.corrupt(good, lambda x, s=scheme: _valid(s, x) or _valid("dk.cpr", x))
                self.add(template.format(v=bad), set(), Level.PUBLIC)
        for _ in range(20):
            value = self.v.national_id("nl.bsn")
            assert bsn.is_valid(value)
            self.add(f"Order number {value} ships tomorrow.", set(), Level.PUBLIC)

    def mixed(self) -> None:
        kinds = list(POSITIVE)
        for _ in range(160):
            a, b = self.rng.sample(LANGS, 2)
            k1, k2 = self.rng.sample(kinds, 2)
            t1, s1, l1 = self.positive(k1, a, self.rng.choice(POSITIVE[k1][a]))
            t2, s2, l2 = self.positive(k2, b, self.rng.choice(POSITIVE[k2][b]))
            neg = self.rng.choice(NEGATIVE[self.rng.choice([a, b])]).format(**self.slots(a))
            self.add(f"{t1}\n{neg}\n{t2}", s1 | s2, max(l1, l2))


def _valid(scheme: str, value: str) -> bool:
    """The stdnum check of a scheme ."""
    return bool(VALIDATORS[scheme](value.replace(" ", "").replace("-", "")))


def main() -> None:
    """Write the corpus; re-runs itself with a fixed hash seed (a Faker locale iterates a set)."""
    if os.environ.get("PYTHONHASHSEED") != "0":
        os.execve(
            sys.executable, [sys.executable, *sys.argv], {**os.environ, "PYTHONHASHSEED": "0"}
        )
    rows = Builder().build()
    OUT.parent.mkdir(parents=True, exist_ok=True)
    with OUT.open("w", encoding="utf-8") as fh:
        for row in rows:
            fh.write(json.dumps(row, ensure_ascii=False) + "\n")
    print(f"{len(rows)} texts -> {OUT}")


if __name__ == "__main__":
    main()
