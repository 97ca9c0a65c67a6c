"""Valid personal values for redaction tests: hypothesis strategies, each value with a cue.

Numbers carry valid checksums (python-stdnum computes them) and are drawn at random, so they are
never the documentation specimens the detectors ignore. Each kind comes with the sentence that
introduces it (``cue``): the classifier finds the value there; elsewhere it may stand bare.
"""

from __future__ import annotations

from dataclasses import dataclass

import phonenumbers
from hypothesis import assume
from hypothesis import strategies as st
from stdnum import iban
from stdnum.es import dni
from stdnum.fr import nir
from stdnum.it import codicefiscale
from stdnum.pl import pesel


@dataclass(frozen=True)
class Planted:
    """A value of ``kind`` (a finding type) and the sentence that introduces it."""

    kind: str
    value: str
    cue: str

    @property
    def spellings(self) -> tuple[str, ...]:
        """The value as planted and, for a number written in groups, without the spaces
        (``DE12 3456…`` is also ``DE123456…``)."""
        compact = self.value.replace(" ", "")
        if self.kind == "pii.person_name" or compact == self.value:
            return (self.value,)
        return (self.value, compact)


FIRST = ("Sophie", "Pierre", "Hans", "Maria", "Lukas", "Giulia", "Jean", "Anna", "Marco", "Claire")
LAST = ("Martin", "Dubois", "Müller", "Rossi", "Schneider", "Bernard", "Lefèvre", "Fischer")


def _digits(n: int) -> st.SearchStrategy[str]:
    return st.text("0123456789", min_size=n, max_size=n)


@st.composite
def names(draw: st.DrawFn) -> Planted:
    value = f"{draw(st.sampled_from(FIRST))} {draw(st.sampled_from(LAST))}"
    return Planted("pii.person_name", value, f"Our client {value} called.")


def _iban(country: str, bban: str) -> str:
    return f"{country}{iban.calc_check_digits(country + '00' + bban)}{bban}"


@st.composite
def ibans(draw: st.DrawFn) -> Planted:
    country = draw(st.sampled_from(("DE", "NL", "AT")))
    if country == "DE":
        bban = draw(_digits(18))
    elif country == "NL":
        bban = draw(st.sampled_from(("ABNA", "INGB", "RABO"))) + draw(_digits(10))
    else:
        bban = draw(_digits(16))
    compact = _iban(country, bban)
    assert iban.is_valid(compact)
    value = iban.format(compact) if draw(st.booleans()) else compact
    return Planted("financial.iban", value, f"Please pay to IBAN {value} today.")


@st.composite
def emails(draw: st.DrawFn) -> Planted:
    local = f"{draw(st.sampled_from(FIRST))}.{draw(st.sampled_from(LAST))}".lower()
    local = local.replace("ü", "u").replace("è", "e")
    domain = draw(st.sampled_from(("chu-lyon.fr", "firma-beispiel.de", "studio-rossi.it")))
    value = f"{local}{draw(_digits(2))}@{domain}"
    return Planted("pii.email", value, f"Write to {value} please.")


@st.composite
def phones(draw: st.DrawFn) -> Planted:
    pairs = " ".join(draw(_digits(2)) for _ in range(4))
    assume(len(set(pairs)) > 5)  # the detector rightly ignores 06 00 00 00 00
    value = f"+33 6 {pairs}"
    assume(phonenumbers.is_valid_number(phonenumbers.parse(value)))  # an assigned range
    return Planted("pii.phone", value, f"Call her on {value} tomorrow.")


@st.composite
def national_ids(draw: st.DrawFn) -> Planted:
    scheme = draw(st.sampled_from(("pesel", "dni", "nir", "cf")))
    if scheme == "pesel":
        year, month, day = draw(_digits(2)), draw(st.integers(1, 12)), draw(st.integers(1, 28))
        front = f"{year}{month:02d}{day:02d}{draw(_digits(4))}"
        value, cue = front + pesel.calc_check_digit(front), "PESEL {}"
    elif scheme == "dni":
        front = draw(_digits(8))
        value, cue = front + dni.calc_check_digit(front), "DNI {}"
    elif scheme == "nir":
        front = f"{draw(st.sampled_from('12'))}{draw(_digits(2))}{draw(st.integers(1, 12)):02d}"
        front += f"{draw(st.integers(1, 95)):02d}{draw(_digits(6))}"
        front = front.replace("20", "21") if front[5:7] == "20" else front
        value, cue = front + nir.calc_check_digits(front), "numéro de sécurité sociale {}"
    else:
        front = "".join(draw(st.sampled_from("BCDFGLMNPRSTVZ")) for _ in range(6))
        front += f"{draw(_digits(2))}{draw(st.sampled_from('ABCDEHLMPRST'))}"
        front += f"{draw(st.integers(1, 28)):02d}{draw(st.sampled_from('FHL'))}{draw(_digits(3))}"
        value, cue = front + codicefiscale.calc_check_digit(front), "codice fiscale {}"
    return Planted("pii.national_id", value, cue.format(value) + ".")


PLANTED = st.one_of(names(), ibans(), emails(), phones(), national_ids())
