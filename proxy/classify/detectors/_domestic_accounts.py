"""Bank account numbers in their domestic written forms, which are IBANs without the letters.

- Poland: the NRB ("numer rachunku bankowego"), 26 digits, written in groups as "61 1090 1014
  0000 0712 1981 2874" or run together. It is the Polish IBAN without "PL": its two check
  digits hold for "PL" + the number (ISO 13616, mod 97), and the bank's eight-digit sort code
  carries its own check digit (weights 3, 9, 7, 1, 3, 9, 7; NBP's rule). A random 26-digit run
  passes both about once in a thousand.
- Belgium: the pre-IBAN account number "539-0075470-34", still printed on forms: ten digits and
  two check digits (the ten mod 97, 97 for 0), with its dashes.

Both share the prefilter of every digit-led scheme. They are reported as ``financial.iban``: the
same account, the same sensitivity.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from proxy.classify._base import DIGITS, Detector, Hit, Scan

_NRB = re.compile(r"(?<![\w.\-/])(?:\d{2}(?:[ ]\d{4}){6}|\d{26})(?![\w\-/]|[ .,]\d)")
_BE = re.compile(r"(?<![\w.\-/])\d{3}-\d{7}-\d{2}(?![\w\-/])")
_SORT_WEIGHTS = (3, 9, 7, 1, 3, 9, 7)
#: The IBAN registry's examples for Poland and Belgium, in domestic form: published examples
#: are not findings (like their IBAN forms in ``financial``).
EXAMPLES = frozenset({"61109010140000071219812874", "539007547034"})


def nrb_valid(digits: str) -> bool:
    """Whether 26 digits are a Polish NRB: IBAN check digits for "PL" and the sort code's."""
    if len(digits) != 26 or not digits.isdigit():
        return False
    if int(digits[2:] + "2521" + digits[:2]) % 97 != 1:  # P = 25, L = 21
        return False
    sort = digits[2:10]
    total = sum(int(d) * w for d, w in zip(sort, _SORT_WEIGHTS, strict=False))
    return (10 - total % 10) % 10 == int(sort[7])


def be_account_valid(digits: str) -> bool:
    """Whether 12 digits are a Belgian account number (the first ten mod 97, 97 for 0)."""
    if len(digits) != 12 or not digits.isdigit() or digits[:10] == "0" * 10:
        return False
    check = int(digits[:10]) % 97 or 97
    return check == int(digits[10:])


def _nrb(m: re.Match[str], scan: Scan) -> Iterator[Hit]:
    """A Polish NRB."""
    digits = m.group().replace(" ", "")
    if digits not in EXAMPLES and nrb_valid(digits):
        yield Hit("financial.iban", None, m.start(), m.end())


def _be(m: re.Match[str], scan: Scan) -> Iterator[Hit]:
    """A Belgian domestic account number."""
    digits = m.group().replace("-", "")
    if digits not in EXAMPLES and be_account_valid(digits):
        yield Hit("financial.iban", None, m.start(), m.end())


DETECTORS = (
    Detector("iban.pl_nrb", DIGITS, _NRB, _nrb, back=48, ahead=48),
    Detector("iban.be_domestic", DIGITS, _BE, _be, back=48, ahead=24),
)
