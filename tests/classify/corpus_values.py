"""Deterministic generators of valid and invalid sensitive values for the labelled corpus.

Valid values come from Faker locales and python-stdnum check-digit functions; invalid ones are
the same values with a corrupted check digit (hard negatives: they look right but are not).
"""

from __future__ import annotations

import base64
import json
import random
import string
from collections.abc import Callable
from typing import TypeVar

import phonenumbers
from faker import Faker
from stdnum import bic, iban, luhn
from stdnum.at import vnr
from stdnum.be import nn
from stdnum.de import idnr
from stdnum.dk import cpr
from stdnum.es import dni, nie
from stdnum.eu import vat
from stdnum.fi import hetu
from stdnum.fr import nir
from stdnum.ie import pps
from stdnum.it import codicefiscale
from stdnum.nl import bsn
from stdnum.pl import pesel
from stdnum.pt import nif
from stdnum.se import personnummer
from stdnum.us import ssn

LOCALES = {
    "en": "en_GB",
    "fr": "fr_FR",
    "de": "de_DE",
    "it": "it_IT",
    "es": "es_ES",
    "nl": "nl_NL",
    "pl": "pl_PL",
}
REGIONS = {"en": "GB", "fr": "FR", "de": "DE", "it": "IT", "es": "ES", "nl": "NL", "pl": "PL"}


VALIDATORS = {
    "fr.nir": nir.is_valid,
    "de.idnr": idnr.is_valid,
    "it.codicefiscale": codicefiscale.is_valid,
    "es.dni": dni.is_valid,
    "es.nie": nie.is_valid,
    "nl.bsn": bsn.is_valid,
    "be.nn": nn.is_valid,
    "pl.pesel": pesel.is_valid,
    "se.personnummer": personnummer.is_valid,
    "dk.cpr": cpr.is_valid,
    "fi.hetu": hetu.is_valid,
    "at.svnr": vnr.is_valid,
    "pt.nif": nif.is_valid,
    "ie.pps": pps.is_valid,
    "us.ssn": ssn.is_valid,
}


T = TypeVar("T")


class Values:
    """All value generators, seeded once."""

    def __init__(self, seed: int) -> None:
        self.rng = random.Random(seed)
        self.fakers = {lang: Faker(loc) for lang, loc in LOCALES.items()}
        for i, faker in enumerate(self.fakers.values()):
            faker.seed_instance(seed + i)

    def digits(self, n: int) -> str:
        return "".join(self.rng.choice(string.digits) for _ in range(n))

    def until(self, make: Callable[[], T], check: Callable[[T], object]) -> T:
        """The first made value that passes the check (library errors count as failing)."""
        while True:
            value = make()
            try:
                if check(value):
                    return value
            except Exception:
                pass

    def corrupt(self, value: str, check: Callable[[str], object]) -> str:
        """The value with one digit changed so that its checksum fails."""
        for _ in range(200):
            positions = [i for i, c in enumerate(value) if c.isdigit()]
            i = self.rng.choice(positions)
            bad = value[:i] + str((int(value[i]) + self.rng.randint(1, 9)) % 10) + value[i + 1 :]
            try:
                ok = check(bad)
            except Exception:
                ok = False
            if not ok:
                return bad
        return value[:-1] + "X"

    # --- national ids -------------------------------------------------------------------
    def date6(self, order: str = "ymd") -> str:
        """Six date digits (years 1940-1999) in the given order."""
        r = self.rng
        parts = {"y": f"{r.randint(40, 99)}", "m": f"{r.randint(1, 12):02d}"}
        parts["d"] = f"{r.randint(1, 28):02d}"
        return "".join(parts[c] for c in order)

    def national_id(self, scheme: str) -> str:
        """A valid value of one national scheme, formatted as people write it."""
        return str(getattr(self, "_" + scheme.replace(".", "_"))())

    def _fr_nir(self) -> str:
        r = self.rng
        base = r.choice("12") + self.date6("ym") + f"{r.randint(1, 95):02d}" + self.digits(6)
        v = base + nir.calc_check_digits(base)
        return f"{v[0]} {v[1:3]} {v[3:5]} {v[5:7]} {v[7:10]} {v[10:13]} {v[13:]}"

    def _de_idnr(self) -> str:
        return self.until(lambda: str(self.rng.randint(1, 9)) + self.digits(10), idnr.is_valid)

    def _it_codicefiscale(self) -> str:
        r = self.rng
        letters = "".join(r.choice(string.ascii_uppercase) for _ in range(6))
        base = f"{letters}{r.randint(40, 99)}{r.choice('ABCDEHLMPRST')}{r.randint(1, 28):02d}"
        base += f"{r.choice('ABCDEFGHLM')}{r.randint(100, 999)}"
        return base + codicefiscale.calc_check_digit(base)

    def _es_dni(self) -> str:
        n = self.digits(8)
        return n + dni.calc_check_digit(n)

    def _es_nie(self) -> str:
        n = self.rng.choice("XYZ") + self.digits(7)
        return n + nie.calc_check_digit(n)

    def _nl_bsn(self) -> str:
        return self.until(lambda: str(self.rng.randint(1, 9)) + self.digits(8), bsn.is_valid)

    def _be_nn(self) -> str:
        return self.until(lambda: self.date6() + self.digits(5), nn.is_valid)

    def _pl_pesel(self) -> str:
        base = self.date6() + self.digits(4)
        return base + pesel.calc_check_digit(base)

    def _se_personnummer(self) -> str:
        return self.until(lambda: self.date6() + "-" + self.digits(4), personnummer.is_valid)

    def _dk_cpr(self) -> str:
        return self.until(lambda: self.date6("dmy") + "-" + self.digits(4), cpr.is_valid)

    def _fi_hetu(self) -> str:
        alphabet = "0123456789ABCDEFHJKLMNPRSTUVWXY"
        return self.until(
            lambda: (
                f"{self.date6('dmy')}-{self.rng.randint(2, 899):03d}" + self.rng.choice(alphabet)
            ),
            hetu.is_valid,
        )

    def _at_svnr(self) -> str:
        return self.until(
            lambda: f"{self.rng.randint(1, 9)}{self.digits(3)} {self.date6('dmy')}", vnr.is_valid
        )

    def _pt_nif(self) -> str:
        return self.until(lambda: self.rng.choice("12") + self.digits(8), nif.is_valid)

    def _ie_pps(self) -> str:
        letters = "ABCDEFGHIJKLMNOPQRSTUVW"
        return self.until(lambda: self.digits(7) + self.rng.choice(letters), pps.is_valid)

    def _gb_nino(self) -> str:
        r = self.rng
        pairs = " ".join(self.digits(2) for _ in range(3))
        return f"{r.choice('ACEHJKLMPRSW')}{r.choice('ABCEHJKLMPRSW')} {pairs} {r.choice('ABCD')}"

    def _us_ssn(self) -> str:
        r = self.rng
        return self.until(
            lambda: f"{r.randint(100, 665)}-{r.randint(10, 99)}-{r.randint(1000, 9999)}",
            ssn.is_valid,
        )

    # --- financial ----------------------------------------------------------------------
    def iban(self, lang: str) -> str:
        value = self.fakers[lang].iban()
        assert iban.is_valid(value)
        return " ".join(value[i : i + 4] for i in range(0, len(value), 4))

    def card(self) -> str:
        prefix = self.rng.choice(["4", "51", "52", "53", "54", "55", "37", "6011"])
        length = 15 if prefix == "37" else 16
        body = prefix + self.digits(length - len(prefix) - 1)
        full = body + luhn.calc_check_digit(body)
        return " ".join(full[i : i + 4] for i in range(0, len(full), 4))

    def vat(self) -> str:
        r = self.rng
        kind = r.choice(["DE", "FR", "NL", "IT", "AT", "BE", "PL", "ES"])
        makers = {
            "DE": lambda: "DE" + str(r.randint(1, 9)) + self.digits(8),
            "FR": lambda: "FR" + self.digits(11),
            "NL": lambda: "NL" + self.digits(9) + "B0" + str(r.randint(1, 9)),
            "IT": lambda: "IT" + self.digits(11),
            "AT": lambda: "ATU" + self.digits(8),
            "BE": lambda: "BE0" + self.digits(9),
            "PL": lambda: "PL" + self.digits(10),
            "ES": lambda: "ES" + r.choice("ABCDEFGH") + self.digits(8),
        }
        return self.until(makers[kind], vat.is_valid)

    def bic(self, lang: str) -> str:
        return self.until(
            lambda: self.fakers[lang].swift(length=self.rng.choice([8, 11])), bic.is_valid
        )

    def phone(self, lang: str, international: bool) -> str:
        region = REGIONS[lang]
        example = phonenumbers.example_number_for_type(region, phonenumbers.PhoneNumberType.MOBILE)
        assert example is not None
        national = str(example.national_number)

        def make() -> phonenumbers.PhoneNumber:
            n = national[:3] + self.digits(len(national) - 3)
            return phonenumbers.parse(f"+{example.country_code}{n}", None)

        number = self.until(make, phonenumbers.is_valid_number)
        fmt = (
            phonenumbers.PhoneNumberFormat.INTERNATIONAL
            if international
            else phonenumbers.PhoneNumberFormat.NATIONAL
        )
        return phonenumbers.format_number(number, fmt)

    # --- secrets ------------------------------------------------------------------------
    def token(self, n: int, alphabet: str = string.ascii_letters + string.digits) -> str:
        return "".join(self.rng.choice(alphabet) for _ in range(n))

    def api_key(self) -> tuple[str, str]:
        kind = self.rng.choice(
            ["aws", "github", "openai", "anthropic", "slack", "google", "stripe"]
        )
        upper = string.ascii_uppercase + string.digits
        value = {
            "aws": "AKIA" + self.token(16, upper),
            "github": "ghp_" + self.token(36),
            "openai": "sk-proj-" + self.token(48, string.ascii_letters + string.digits + "_-"),
            "anthropic": "sk-ant-api03-"
            + self.token(93, string.ascii_letters + string.digits + "_-"),
            "slack": "xoxb-" + self.digits(12) + "-" + self.digits(12) + "-" + self.token(24),
            "google": "AIza" + self.token(35, string.ascii_letters + string.digits + "_-"),
            "stripe": "sk_live_" + self.token(24),
        }[kind]
        return kind, value

    def private_key(self) -> str:
        body = "\n".join(
            self.token(64, string.ascii_letters + string.digits + "+/") for _ in range(8)
        )
        kind = self.rng.choice(
            ["RSA PRIVATE KEY", "PRIVATE KEY", "OPENSSH PRIVATE KEY", "EC PRIVATE KEY"]
        )
        return f"-----BEGIN {kind}-----\n{body}\n-----END {kind}-----"

    def password(self) -> str:
        return (
            self.token(6, string.ascii_letters)
            + self.digits(2)
            + self.rng.choice("!#%&*")
            + self.token(3)
        )

    def jwt(self) -> str:
        def seg(obj: object) -> str:
            return base64.urlsafe_b64encode(json.dumps(obj).encode()).rstrip(b"=").decode()

        payload = {
            "sub": self.digits(8),
            "iat": 1700000000 + self.rng.randint(0, 10**6),
            "role": "user",
        }
        signature = self.token(43, string.ascii_letters + string.digits + "_-")
        return f"{seg({'alg': 'HS256', 'typ': 'JWT'})}.{seg(payload)}.{signature}"
