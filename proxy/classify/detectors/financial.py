"""Financial identifiers: IBAN, payment card (Luhn), EU VAT number, BIC in banking context.

Checksums decide; the standard documentation examples and the card networks' published test
numbers are not findings, and masked values (``****1234``) never match the patterns.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator

from stdnum import bic, iban, luhn
from stdnum.eu import vat
from stdnum.gb import vat as gb_vat
from stdnum.it import iva
from stdnum.pl import nip
from stdnum.pt import nif

from proxy.classify._base import CODES, DIGITS, Detector, Hit, Scan, compact, words
from proxy.classify.detectors._bic_bare import BIC_BARE
from proxy.classify.detectors._domestic_accounts import DETECTORS as DOMESTIC_ACCOUNTS

_EXAMPLE_IBANS = frozenset(
    words(
        "GB82WEST12345698765432|GB29NWBK60161331926819|DE89370400440532013000|DE02120300000000202051|"
        "FR1420041010050500013M02606|FR7630006000011234567890189|NL91ABNA0417164300|"
        "ES9121000418450200051332|IT60X0542811101000000123456|BE68539007547034|"
        "PL61109010140000071219812874|AT611904300234573201|CH9300762011623852957"
    )
)

IBAN = Detector(
    "iban",
    r"\b[A-Za-z]{2}\d{2}(?:[ \-.]?[A-Za-z0-9]){3}",
    re.compile(r"\b[A-Z]{2}\d{2}(?:[ \-.]?[A-Z0-9]){11,30}\b", re.I),
    lambda m, s: _iban(m),
    back=12,
    ahead=64,
)
#: An IBAN whose country code is set apart (``NO 93 8601 1117947``, ``ME 25 5403 ...``): the
#: digits wake it through the shared DIGITS prefilter; the code must be in capitals.
IBAN_SPACED = Detector(
    "iban.spaced",
    DIGITS,
    re.compile(r"(?<![\w\-.])[A-Z]{2} \d{2}(?:[ \-.]?[A-Z0-9]){11,30}\b"),
    lambda m, s: _iban(m),
    back=48,
    ahead=64,
)
#: Where an IBAN written in groups (of any size, with spaces, dashes or dots) may end.
_GROUP_END = re.compile(r"(?=[ \-.])|$")


def _iban(m: re.Match[str]) -> Iterator[Hit]:
    """A valid IBAN in any case and grouping; groups that overran the number are dropped.

    The ISO 13616 mod-97 check decides; the national account check some countries add (the
    Spanish CCC digits) is not required: fail closed when a bank's own check is unknown.
    """
    raw = m.group(0)
    for cut in sorted({g.start() for g in _GROUP_END.finditer(raw)}, reverse=True):
        value = compact(raw[:cut])
        if len(value) < 15:
            return
        if value in _EXAMPLE_IBANS or len(set(value[4:])) == 1:  # "FR76 0000 0000 …"
            return
        if iban.is_valid(value, check_country=False):
            yield Hit("financial.iban", None, m.start(), m.start() + cut)
            return


_TEST_CARDS = frozenset(
    words(
        "4111111111111111|4242424242424242|4012888888881881|4222222222222|5555555555554444|"
        "5105105105105100|5200828282828210|2223003122003222|378282246310005|371449635398431|"
        "378734493671000|6011111111111117|6011000990139424|3530111333300000|3566002020360505|"
        "30569309025904|38520000023237|36227206271667|6200000000000005|4000056655665556|"
        "4917610000000000|5425233430109903|4263982640269299|6759649826438453|3569990010095841"
    )
)
_CARD_PREFIX = re.compile(r"^(?:4|5[1-5]|2[2-7]|3[47]|3[0689]|6(?:011|5|4[4-9]|2))")
#: Maestro (50, 56-69) and JCB (35) numbers run from 16 to 19 digits.
_LONG_CARD_PREFIX = re.compile(r"^(?:5[06-9]|6|35)")

CARD = Detector(
    "card",
    DIGITS,
    re.compile(r"(?<![\d\-,])(?<!\d\.)(?:\d(?:[ \-.]|[ ]{2})?){12,18}\d(?![\d\-]|[.,]\d)"),
    lambda m, s: _card(m, s),
    back=48,
    ahead=24,
)
#: What may follow a card number in the same run of digits: the expiry month ("09/27"), the
#: security code ("123"), or an Amex's four-digit code after its 4-6-5 groups.
_CARD_TAIL = re.compile(r"(?:[ \-.]|[ ]{2})(\d{2,3}|(?<=^\d{4}[ \-]\d{6}[ \-]\d{5}[ \-])\d{4})$")


#: Labels of article and product numbers: an EAN-13 can pass the Luhn check and start like a
#: Visa ("EAN 4006381330060", "Art.-Nr. 4006381330060 12").
_ARTICLE_LABEL = re.compile(
    r"(?:\bean\b|\bgtin|\bupc\b|\bisbn|\bissn|\bsku\b|\bmpn\b|\bpzn\b|art\.?-?nr|artikel|"
    r"article|articolo|artículo|barcode|code-barres|code barre|strichcode|codice a barre|"
    r"código de barras|streepjescode|kod kreskowy)"
    r"(?:[ \t\-]?(?:nr|no|n°|number|nummer|numéro|numero|número|code|kod))?[ \t:#.\-]{0,3}$",
    re.I,
)
#: The lengths of article numbers in one run: EAN-8, UPC-A, EAN-13, GTIN-14.
_ARTICLE_RUN = re.compile(r"(?:\d{8}|\d{12,14})(?![\d\-.])")


def _diners14(cut: str) -> bool:
    """A 14-digit Diners Club number (a security code may follow it)."""
    return len(cut) == 14 and re.match(r"3(?:0[0-5]|[689])", cut) is not None


#: Where a grouping other than fours belongs: Amex 4-6-5 (34, 37), Diners 4-6-4 (300-305, 36,
#: 38, 39).
_ODD_GROUPS: dict[tuple[int, ...], re.Pattern[str]] = {
    (4, 6, 5): re.compile(r"3[47]"),
    (4, 6, 4): re.compile(r"30[0-5]|3[689]"),
}


def _card(m: re.Match[str], scan: Scan) -> Iterator[Hit]:
    """A Luhn-valid number of a known card network, not a published test number nor after an
    article-number label; an expiry month or security code pasted after it is not part of it
    (a month before "/27" never is), and only a number that is a card by its own length or
    grouping is cut from what follows ("EAN 4006381330060 12 Stück" is no card)."""
    raw = m.group(0)
    if _ARTICLE_RUN.match(raw) and _ARTICLE_LABEL.search(scan.before(m.start(), 32)):
        return  # an EAN, UPC or GTIN in one run after its label, not a card grouped in fours
    tail = _CARD_TAIL.search(raw)
    expiry = tail is not None and re.match(r"/\d", scan.after(m.end(), 2)) is not None
    cut = raw[: tail.start()] if tail else None
    if cut is not None and not re.search(r"[ \-.]", cut) and len(cut) < 15 and not _diners14(cut):
        cut = None  # a short run and a group after it: an article number and a quantity
    for value in (None if expiry else raw, cut):
        if value is not None and _card_number(value):
            yield Hit("financial.credit_card", None, m.start(), m.start() + len(value))
            return


def _card_number(raw: str) -> bool:
    """Whether the digits, as grouped, are a card number."""
    value = re.sub(r"\D", "", raw)
    if not 13 <= len(value) <= 19 or value in _TEST_CARDS or value.startswith("400000"):
        return False
    separators = set(re.sub(r"\d", "", raw))
    if len(separators) > 1 or len(set(value)) < 4:
        return False
    groups = [len(g) for g in re.split(r"[ \-.]+", raw)]
    if not (_CARD_PREFIX.match(value) or _long_card(value, grouped=len(groups) > 1)):
        return False
    if not _network_length(value):
        return False  # "3760123456796": an EAN-13, as no Amex has 13 digits
    if len(groups) > 1 and set(groups[:-1]) != {4}:
        odd = _ODD_GROUPS.get(tuple(groups[:3])) if len(groups) == 3 else None
        if odd is None or not odd.match(value):
            return False  # in fours, Amex 4-6-5 or Diners 4-6-4; not "23 24 25 26 ..."
    return luhn.is_valid(value)


#: The lengths each network issues: Amex 15, Visa 13, 16 or 19, Mir 16 to 19, Mastercard 16,
#: Diners 14 to 19; the rest (Discover, UnionPay, Maestro, JCB) 16 to 19.
_NETWORK_LENGTHS = (
    (re.compile(r"3[47]"), (15,)),
    (re.compile(r"3(?:0[0-59]|[689])"), tuple(range(14, 20))),
    (re.compile(r"4"), (13, 16, 19)),
    (re.compile(r"220[0-4]"), tuple(range(16, 20))),  # Mir
    (re.compile(r"5[1-5]|2[2-7]"), (16,)),
)


def _network_length(value: str) -> bool:
    """Whether the number has a length its network issues."""
    for prefix, lengths in _NETWORK_LENGTHS:
        if prefix.match(value):
            return len(value) in lengths
    return 16 <= len(value) <= 19


def _long_card(value: str, *, grouped: bool) -> bool:
    """A Maestro or JCB number: 16 to 19 digits in fours, or 16 or 19 digits in one run (an
    18-digit account number that starts with 50 is not read as a card)."""
    return bool(_LONG_CARD_PREFIX.match(value)) and (
        len(value) in (16, 19) or (grouped and len(value) >= 16)
    )


_VAT_PREFIX = (
    "AT|BE|BG|CY|CZ|DE|DK|EE|EL|ES|EU|FI|FR|GB|HR|HU|IE|IT|LT|LU|LV|MT|NL|PL|PT|RO|SE|SI|SK|XI"
)
_EXAMPLE_VATS = frozenset({"DE123456789", "FR12345678901", "NL123456789B01", "IT12345678901"})
#: A VAT number as people write it: any case, the Belgian "(0)", spaces, dots or dashes (also
#: right after the country code: DE.136.695.976).
#: The country code is all upper or all lower case, and a digit comes within its first three
#: characters (so "see DE136695976" is not read from "se").
_VAT_RE = re.compile(
    rf"\b(?:{_VAT_PREFIX}|{_VAT_PREFIX.lower()}|{_VAT_PREFIX.title()})"
    r"(?=[ :.\-]{0,3}(?:\(0\))?[0-9A-Za-z]{0,2}[ \-]?\d)"
    r"(?:[ :]{0,2}\(0\))?[ :.\-]{0,3}[0-9A-Za-z](?:[ .\-/]?[0-9A-Za-z]){6,13}\b"
)
_VAT_CUE = r"vat|tva|btw|iva|ust|mwst|nip|moms|alv|uid|cif|nif|tax"
_VAT_CUE_RE = re.compile(rf"(?:{_VAT_CUE})[^\n]{{0,40}}$", re.I)


def _vat_detector(name: str, prefilter: str, back: int, ahead: int) -> Detector:
    """A VAT detector; they differ only in the prefilter that wakes them and its reach."""
    return Detector(name, prefilter, _VAT_RE, _vat, back=back, ahead=ahead)


def _vat(m: re.Match[str], scan: Scan) -> Iterator[Hit]:
    """A valid EU (or UK) VAT number (checksum per country); trailing tokens are trimmed.

    A lower-case country code set apart from the number (``de 136 695 976``) reads as a word
    and a number in prose; it counts only after a VAT cue.
    """
    raw = m.group(0)
    spaced_word = not raw[:2].isupper() and not raw[2].isalnum()
    if spaced_word and not _VAT_CUE_RE.search(scan.before(m.start(), 50)):
        return
    tokens = re.split(r"(?<=[ .\-/])", raw)
    while tokens:
        text = "".join(tokens).rstrip(" .-/")
        value = re.sub(r"[\s.\-:()/]", "", text).upper()
        if value in _EXAMPLE_VATS or not re.search(r"\d{6}", value):
            return
        if len(set(re.sub(r"\D", "", value))) == 1:  # "GB000000000": a form's blank
            return
        if gb_vat.is_valid(value) if value.startswith("GB") else vat.is_valid(value):
            yield Hit("financial.vat_id", None, m.start(), m.start() + len(text))
            return
        tokens = tokens[:-1]


def _cued_tax_number(
    name: str, pattern: str, is_valid: Callable[[str], bool], cue: str
) -> Detector:
    """A company's national tax number written without its VAT country code, after a cue."""
    cue_re = re.compile(rf"(?:{cue})[^\n]{{0,40}}$", re.I)

    def validate(m: re.Match[str], scan: Scan) -> Iterator[Hit]:
        """A valid number after its cue."""
        if is_valid(compact(m.group(0))) and cue_re.search(scan.before(m.start(), 60)):
            yield Hit("financial.vat_id", None, m.start(), m.end())

    return Detector(name, DIGITS, re.compile(pattern), validate, back=48, ahead=24)


#: A Portuguese company's NIF (5, 6, 7, 9 ...: a company, public body, estate or fund) and an
#: Italian company's codice fiscale (11 digits: its partita IVA) are VAT numbers without the
#: country code; a person's NIF or codice fiscale is a national ID (``national_ids``).
PT_NIPC = _cued_tax_number(
    "vat.pt_nipc",
    r"\b\d{3} ?\d{3} ?\d{3}\b",
    lambda v: not v.startswith(("1", "2", "3", "45", "8")) and nif.is_valid(v),
    r"\bnif\b|\bnipc\b|contribuinte|identificação fiscal",
)
IT_PIVA = _cued_tax_number(
    "vat.it_piva",
    r"\b\d{11}\b",
    iva.is_valid,
    r"codice fiscale|partita iva|\bp\.? ?iva\b|\bc\.? ?f\.?(?!\w)|\bvat\b",
)

#: A Polish NIP without its "PL" (grouped 3-3-2-2 or 3-2-2-3 as Polish invoices print it),
#: after "NIP": a company's or a sole trader's tax number.
PL_NIP = _cued_tax_number(
    "vat.pl_nip",
    r"\b\d{3}([ \-]?)\d{3}\1\d{2}\1\d{2}\b|\b\d{3}([ \-])\d{2}\2\d{2}\2\d{3}\b",
    nip.is_valid,
    r"\bnip\b",
)


#: Upper-case codes ride on the shared CODES prefilter and separated forms (``BE (0)468.561.072``,
#: ``de 136 695 976``) on DIGITS; only lower-case codes glued to the number need their own: a
#: lower-case letter and six digits, single separators allowed between them, which every such
#: number holds ("de136695976", "atu1358 5627", "be0403.170701"). The country codes themselves
#: as the prefilter cost 1.9 ms per MB of ordinary text (two-letter literals fire on every
#: "at", "be", "de").
VAT = _vat_detector("vat", CODES, 12, 24)
VAT_SEPARATED = _vat_detector("vat.separated", DIGITS, 48, 24)
VAT_LOWER = _vat_detector("vat.lower", r"[a-z]\d(?:[ .\-/]?\d){5}", 16, 24)


_BIC_CUE = re.compile(r"(?:\bbic\b|\bswift\b|\biban\b|bank|banque|banca|banco|rekening)", re.I)

BIC = Detector(
    "bic",
    r"\b(?:bic|swift|iban|bank|banque|banca|banco|rekening)",
    re.compile(r"\b[A-Z]{4}[A-Z]{2}[A-Z0-9]{2}(?:[A-Z0-9]{3})?\b"),
    lambda m, s: _bic(m, s),
    back=60,
    ahead=60,
    caseless=True,
)
_EXAMPLE_BICS = frozenset({"AAAABBCC", "ABCDEFGH", "XXXXXXXX"})


#: The field a BIC is given in (``BIC: ``, ``SWIFT code``, ``swift=``): after it, a BIC of any
#: country counts ("BIC CUSTOMER" in prose is still a word).
_BIC_LABEL = re.compile(
    r"(?:\b(?:bic|swift)\s*[:=#]|\b(?:bic|swift)[ \-]?code\b[\s:=#]*)\s*[\"']?$", re.I
)


def _bic(m: re.Match[str], scan: Scan) -> Iterator[Hit]:
    """A valid BIC with banking words nearby (an 8-letter capitalised word alone is not one).

    Letters-only codes (which capitalised words can spell: ``STANDARD``) need a European
    country in them, unless they stand right after a ``BIC:`` or ``SWIFT`` label.
    """
    value = m.group(0)
    labelled = _BIC_LABEL.search(scan.before(m.start(), 24)) is not None
    if value in _EXAMPLE_BICS or (
        value.isalpha() and value[4:6] not in _BIC_COUNTRIES and not labelled
    ):
        return
    if not bic.is_valid(value) or not _BIC_CUE.search(scan.around(m.start(), m.end(), 60)):
        return
    yield Hit("financial.bic", None, m.start(), m.end())


_BIC_COUNTRIES = frozenset(
    words(
        "AT|BE|BG|CH|CY|CZ|DE|DK|EE|ES|FI|FR|GB|GR|HR|HU|IE|IS|IT|LI|LT|LU|LV|MT|NL|NO|PL|PT|RO|SE|"
        "SI|SK|US"
    )
)

DETECTORS = (
    IBAN,
    IBAN_SPACED,
    CARD,
    VAT,
    VAT_SEPARATED,
    VAT_LOWER,
    PT_NIPC,
    IT_PIVA,
    PL_NIP,
    BIC,
    BIC_BARE,
    *DOMESTIC_ACCOUNTS,
)
