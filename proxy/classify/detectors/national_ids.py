"""National identification numbers: one detector per scheme, valid only with a valid checksum.

Schemes whose checksum is weak or absent (a random 9- or 11-digit order number passes it one
time in ten) also need a cue naming the scheme nearby, unless the value has the scheme's
distinctive written form (``123-45-6789``, ``YYMMDD-NNNN``). Well-known specimen values
(documentation examples) are never findings.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator

from stdnum.at import vnr
from stdnum.be import nn
from stdnum.de import idnr
from stdnum.dk import cpr
from stdnum.es import dni, nie
from stdnum.es import nif as es_nif
from stdnum.fi import hetu
from stdnum.fr import nir
from stdnum.gb import nhs
from stdnum.ie import pps
from stdnum.it import codicefiscale
from stdnum.nl import bsn
from stdnum.pl import pesel
from stdnum.pt import nif
from stdnum.se import personnummer
from stdnum.us import ssn

from proxy.classify._base import CODES, DIGITS, Detector, Hit, Scan, compact, hs_words, words
from proxy.classify.detectors._id_context import ddmmyy_real, labelled_otherwise, pesel_born

SPECIMENS = frozenset(
    words(
        "123456789|123456782|111222333|12345678Z|X1234567L|123456789A|AB123456C|QQ123456C|219099999|"
        "RSSMRA85T10A562S|18500000000|1234567T|12345678903|8112189876|811218+9876|"
        "198112189876|85073003328|1237010180|65170839J003"
    )
)
#: Century signs and the Finnish/Swedish "+" form: the shared DIGITS prefilter stops at letters
#: and "+", so ``131052A308T`` and ``811218+9876`` need one of their own.
_SIGNED = r"\d{6}[\-+A-FU-Ya-fu-y]\d{3}[0-9A-Ya-y]"
#: Corsican NIR (department 2A/2B) written without spaces: no digit run long enough for DIGITS.
_CORSICA = r"\d2[ABab] ?\d{3}"
#: Groups apart by a space, dot or dash, or by two spaces as a scanned payslip's OCR leaves them.
_NIR_GAP = r"(?:[ .\-]| {2})?"
_NIR = (
    rf"\b[12]{_NIR_GAP}\d{{2}}{_NIR_GAP}\d{{2}}{_NIR_GAP}(?:\d{{2}}|2[AB]){_NIR_GAP}\d{{3}}"
    rf"{_NIR_GAP}\d{{3}}(?:[ .\-]{{1,3}}|/)?\d{{2}}\b"
)
#: A digit of the codice fiscale, or the letter that replaces it in an omocodia variant.
_OMO = "[0-9LMNP-V]"
_DECIMAL = re.compile(r"\d[.,]$")  # the digits after a decimal point are not an identifier
_GB_BAD_PREFIXES = frozenset(words("BG|GB|NK|KN|TN|NT|ZZ"))


#: "NINO" in capitals only: "nino" is Spanish for child (niño) and an Italian given name.
_NINO_CUE = r"national insurance|(?-i:\bNINO\b|\bNINo\b)|\bni (?:number|no\b)"
_CF_CUE = r"codice fiscale|cod\.? ?fisc|\bc\.? ?f\b\.?|tax code"


def _hetu_valid(value: str) -> bool:
    """A Finnish HETU, temporary numbers (individual part 900-999) included: DVV gives them to
    persons not yet registered, so they identify a person as much as permanent ones."""
    return bool(hetu.is_valid(value, allow_temporary=True))


def _pt_person(value: str) -> bool:
    """A Portuguese NIF of a natural person: the AT gives 1-3 to residents, 45 to non-residents
    and 8 to sole traders; 5, 6, 7, 9 are companies, public bodies, estates and funds."""
    return value.startswith(("1", "2", "3", "45", "8")) and bool(nif.is_valid(value))


def _gb_nino(value: str) -> bool:
    """UK National Insurance number: format and the published prefix rules (no checksum)."""
    return (
        re.fullmatch(r"[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z]\d{6}[A-D]", value) is not None
        and value[:2] not in _GB_BAD_PREFIXES
    )


def scheme(
    subtype: str,
    pattern: str,
    is_valid: Callable[[str], bool],
    *,
    cue: str | None = None,
    formatted: str | None = None,
    bare: Callable[[str], bool] | None = None,
    caseless: bool = False,
    keep_dashes: bool = False,
    prefilter: str | None = None,
    woken_by: tuple[str, ...] = (),
) -> Detector:
    """Build the detector of one scheme (the pattern is valid for hyperscan and ``re``).

    A scheme with a ``cue`` needs it before or after the value, unless the value has the
    scheme's distinctive ``formatted`` shape, or ``bare`` accepts the written value and the
    text does not label it as another kind of number (see ``_id_context``).
    ``caseless`` makes the exact pattern ignore case (``48395762-j``). Schemes that start
    with letters share the ``CODES`` prefilter, which matches capitals only: a prefilter of
    their own for lower case (``prefilter``) costs a literal-free hyperscan engine, measured
    at +40 µs per 16 KB for the codice fiscale: such forms are woken instead by the scheme's cue
    words (``woken_by``, any case), and the value is looked for in any case after them.
    """
    context = None if cue is None else _Context(cue, formatted, bare)

    def validate(m: re.Match[str], scan: Scan) -> Iterator[Hit]:
        """A valid checksum, not a specimen, and the scheme's cue when it needs one."""
        value = m.group(0).replace(" ", "").upper() if keep_dashes else compact(m.group(0))
        if value in SPECIMENS or not is_valid(value) or _DECIMAL.search(scan.before(m.start(), 2)):
            return
        if context is not None and not context.accepts(m, scan):
            return
        yield Hit("pii.national_id", subtype, m.start(), m.end())

    flags = re.I if caseless else 0
    if woken_by:
        prefilter = hs_words(woken_by)
    elif prefilter is None:
        prefilter = CODES if re.match(r"\\b\[[A-Z]", pattern) else DIGITS
    return Detector(
        f"national_id.{subtype}",
        prefilter,
        re.compile(pattern, flags),
        validate,
        back=48,
        ahead=72 if woken_by else 24,
        caseless=bool(woken_by),
    )


class _Context:
    """What lets a number of a cue-needing scheme count: its cue, its shape, or bare strength."""

    def __init__(self, cue: str, formatted: str | None, bare: Callable[[str], bool] | None):
        self.before = re.compile(rf"(?:{cue})[^\n]{{0,50}}$", re.I)
        #: a cue further back in the sentence counts when nothing between names another number
        #: ("dit BSN … voor de loonadministratie? 874572654", not "BSN-aanvraag …; het
        #: zaaknummer 835337406" nor "BSN … bel het algemene nummer 278683873")
        self.before_far = re.compile(rf"(?:{cue})(?P<gap>[^\n.;]{{51,80}})$", re.I)
        self.after = re.compile(rf"^[^\n]{{0,30}}?(?:{cue})", re.I)
        self.formatted = re.compile(formatted) if formatted else None
        self.bare = bare

    def accepts(self, m: re.Match[str], scan: Scan) -> bool:
        """Whether the match stands as an identifier of the scheme in its context."""
        raw = m.group(0)
        before = scan.before(m.start(), 100)
        # the near cue within the last 70 characters (a negative start is the string's start)
        if self.before.search(before, len(before) - 70) or self.after.search(
            scan.after(m.end(), 40)
        ):
            return True
        far = self.before_far.search(before)
        strong = far is not None and not _GAP_LABEL.search(far.group("gap"))
        if not strong:
            shaped = self.formatted is not None and self.formatted.fullmatch(raw) is not None
            strong = shaped or (self.bare is not None and self.bare(raw))
        # read only for a number that could count: most digit runs have no cue and no shape
        return strong and not labelled_otherwise(before[-40:], scan.after(m.end(), 12))


#: Words between a far cue and a number that name another number ("het zaaknummer",
#: "confirmation number:", "Aktenzeichen"), or label it otherwise (``labelled_otherwise``).
_GAP_LABEL = re.compile(
    r"num|\bnr\b|\bno\b|n[°º]|#|:|zeichen|\bref|\bid\b|code|kod|"
    r"order|bestel|factur|invoice|rechnung|ticket|account|konto|tel|phone",
    re.I,
)


def _svnr_bare(raw: str) -> bool:
    """The SV-Nr as the insurers write it (``1237 010180``) with a real date of birth."""
    return re.fullmatch(r"\d{4} \d{6}", raw) is not None and ddmmyy_real(raw[5:])


def _de_rvnr(value: str) -> bool:
    """A German Rentenversicherungsnummer (``65 170839 J 003``): area, date of birth (DDMMYY),
    the surname's initial, serial and a check digit (the initial as its two-digit place in the
    alphabet, weights 2 1 2 5 7 1 2 1 2 1 2 1, the digit sums of the products, mod 10)."""
    if not ddmmyy_real(value[2:8]):
        return False
    digits = value[:8] + f"{ord(value[8]) - 64:02d}" + value[9:11]
    total = sum(
        sum(divmod(int(d) * w, 10))
        for d, w in zip(digits, (2, 1, 2, 5, 7, 1, 2, 1, 2, 1, 2, 1), strict=True)
    )
    return total % 10 == int(value[11])


def es_nss(value: str) -> bool:
    """A Spanish social security number (número de afiliación, NAF/NUSS): the province (01-53
    and 66), the number and two check digits, the province and number read as one number mod
    97 (the number without its leading zeros when it is under 10 000 000)."""
    digits = re.sub(r"[ /.\-]", "", value)
    if not re.fullmatch(r"\d{12}", digits) or not (
        1 <= int(digits[:2]) <= 53 or digits[:2] == "66"
    ):
        return False
    province, number = int(digits[:2]), int(digits[2:10])
    base = province * 10**8 + number if number >= 10**7 else province * 10**7 + number
    return base % 97 == int(digits[10:])


def _always(_raw: str) -> bool:
    """A scheme whose checks are strong enough for any written form."""
    return True


DETECTORS = (
    *(
        scheme("fr.nir", _NIR, nir.is_valid, caseless=True, prefilter=prefilter)
        for prefilter in (DIGITS, _CORSICA)
    ),
    scheme(
        "de.idnr",
        r"\b\d{2} ?\d{3} ?\d{3} ?\d{3}\b",
        idnr.is_valid,
        cue=r"steuer|\bidnr|\bid-nr|identifikations-?n|\btin\b|tax id|tax identification",
        bare=_always,
    ),
    scheme(
        "it.codicefiscale",
        rf"\b[A-Z]{{6}}{_OMO}{{2}}[A-EHLMPR-T]{_OMO}{{2}}[A-Z]{_OMO}{{3}}[A-Z]\b",
        codicefiscale.is_valid,
    ),
    # in lower case or grouped in three ("bncgnn 72c14 f205k") only after the cue
    scheme(
        "it.codicefiscale",
        rf"\b[A-Z]{{6}} ?{_OMO}{{2}}[A-EHLMPR-T]{_OMO}{{2}} ?[A-Z]{_OMO}{{3}}[A-Z]\b",
        codicefiscale.is_valid,
        cue=_CF_CUE,
        caseless=True,
        woken_by=words("codice fiscale|cod. fisc|cod. fiscale|cod fisc|c.f.|cf|tax code"),
    ),
    scheme("es.dni", r"\b\d{2}\.?\d{3}\.?\d{3}[ \-]?[A-Z]\b", dni.is_valid, caseless=True),
    # numbers under 10 000 000 written without their leading zero (1.234.567-L): seven digits
    # and a letter is also an Irish PPS or VAT number, so only after a cue
    scheme(
        "es.dni",
        r"\b\d\.?\d{3}\.?\d{3}[ \-]?[A-Z]\b",
        lambda v: dni.is_valid(v.zfill(9)),
        cue=r"\bdni\b|\bnif\b|documento nacional|d\.n\.i\.",
        caseless=True,
    ),
    # K, L and M numbers: Spanish minors, Spaniards abroad, foreigners without an NIE
    scheme("es.nif", r"\b[KLM][ \-]?\d{7}[ \-]?[A-Z]\b", es_nif.is_valid),
    scheme("es.nie", r"\b[XYZ][ \-]?\d{7}[ \-]?[A-Z]\b", nie.is_valid),
    # in lower or mixed case ("x1234567l", "x1234567L", "X1234567l"), with a prefilter of its own
    # (CODES and DIGITS need capitals or a word boundary before the digits); measured within the
    # noise of the regex scan
    scheme(
        "es.nie",
        # no spaces: "z 1018000 w 2010" is Polish prose
        r"\b(?:[xyz]-?\d{7}-?[a-zA-Z]|[XYZ]-?\d{7}-?[a-z])\b",
        nie.is_valid,
        prefilter=r"\b[xyzXYZ]-?\d{7}-?[a-z]|\b[xyz]-?\d{7}",
    ),
    scheme(
        "nl.bsn",
        r"\b(?:\d{4}([. ]?)\d{2}\1\d{3}|\d{3}([ \-])\d{3}\2\d{3})\b",
        bsn.is_valid,
        cue=r"\bbsn\b|burgerservicenummer|sofi-?nummer|citizen service number",
        # as the Dutch passport and ID card print it; no amount is grouped 4-2-3
        formatted=r"\d{4}\.\d{2}\.\d{3}",
    ),
    scheme(
        "be.nn",
        r"\b\d{2}([ .]?)\d{2}\1\d{2}[ .\-]?\d{3}[ .\-]?\d{2}\b",
        nn.is_valid,
        cue=r"rijksregister|registre national|national (?:register )?number|num[ée]ro national|"
        r"\binsz\b|\bniss\b|\brrn\b|\bnn\b|nationaal nummer|identificatienummer",
        formatted=r"\d{2}\.\d{2}\.\d{2}[ .\-]?\d{3}[.\-]?\d{2}|\d{2} \d{2} \d{2} \d{3} \d{2}",
        bare=_always,  # mod 97 and the birth date: 0.16 % of random 11-digit numbers
    ),
    # the birth date set apart ("840409 42599") only after the cue
    scheme(
        "pl.pesel",
        r"\b\d{6} ?\d{5}\b",
        pesel.is_valid,
        cue=r"pesel",
        bare=lambda raw: " " not in raw and pesel_born(raw),
    ),
    *(
        scheme(
            "se.personnummer",
            r"\b(?:18|19|20)?\d{6}[\-+]?\d{4}\b",
            personnummer.is_valid,
            cue=r"personnummer|personnr|\bpnr\b|person(?:al identity)? (?:number|code)|"
            r"personal (?:number|id)|identity code",
            formatted=r"(?:18|19|20)?\d{6}[\-+]\d{4}",
            bare=lambda raw: len(raw) == 10 or raw.startswith(("18", "19", "20")),
            prefilter=prefilter,
        )
        for prefilter in (DIGITS, _SIGNED)
    ),
    scheme(
        "dk.cpr",
        r"\b\d{6}-?\d{4}\b",  # no space before the serial: spaced numbers are too common
        cpr.is_valid,
        cue=r"\bcpr\b|cpr-n|cpr-nummer|personnummer",
    ),
    scheme(
        "fi.hetu",
        r"(?<!\d)\d{6}[\-+A-FU-Y]\d{3}[0-9A-Y]\b",
        _hetu_valid,
        keep_dashes=True,
        caseless=True,
        prefilter=_SIGNED,
    ),
    scheme(
        "at.svnr",
        r"\b\d{4} ?\d{6}\b",
        vnr.is_valid,
        cue=r"\bsv[\- ]?n(?:umme)?r|\bsvnr|sozialversicherungs|versicherungsn|\bvsnr\b|"
        r"social security|e-card",
        bare=_svnr_bare,
    ),
    scheme(
        "pt.nif",
        r"\b\d{3} ?\d{3} ?\d{3}\b",
        _pt_person,
        cue=r"\bnif\b|contribuinte|identificação fiscal|n\.?º fiscal",
    ),
    scheme("ie.pps", r"\b\d{7}[A-W][ABWTX]?\b", pps.is_valid),
    # in lower case or with a space or dash before the letters ("1234567 T"): only after a cue
    scheme(
        "ie.pps",
        # lower-case letters glued only ("2000004 at 14:00" after "pps": packets per second)
        r"\b\d{7}(?:[ \-]?[A-W][ABWTX]?|[a-w][abwtx]?)\b",
        pps.is_valid,
        cue=r"\bppsn?\b|personal public service",
    ),
    scheme(
        "gb.nino",
        r"\b[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z] ?\d{2} ?\d{2} ?\d{2} ?[A-D]\b",
        _gb_nino,
    ),
    # in lower case written in one run or grouped otherwise, after its cue ("my national
    # insurance number is jg103759a"); the cue words wake it
    scheme(
        "gb.nino",
        r"\b[a-z]{2} ?\d{2} ?\d{2} ?\d{2} ?[a-d]\b",
        _gb_nino,
        cue=_NINO_CUE,
        caseless=True,
        woken_by=words("national insurance|nino|ni number|ni no"),
    ),
    # in lower case only as HMRC groups it (``ab 12 34 56 c``); the digits wake it
    scheme(
        "gb.nino",
        r"\b[a-z]{2} \d{2} \d{2} \d{2} [a-d]\b",
        _gb_nino,
        prefilter=DIGITS,
    ),
    # the German social insurance (pension) number: the letter inside makes its spaced form its own
    scheme(
        "de.rvnr",
        r"\b\d{2} ?\d{6} ?[A-Z] ?\d{3}\b",
        _de_rvnr,
        cue=r"sozialversicherungs|\bsv-?n(?:umme)?r|\bsvnr\b|rentenversicherungs|\brv-?n(?:umme)?r|"
        r"\brvnr\b|versicherungsnummer|social (?:security|insurance)",
        formatted=r"\d{2} \d{6} [A-Z] \d{3}",
    ),
    # the NHS number (England, Wales, Isle of Man): ten digits, mod 11, grouped 3-3-4
    scheme(
        "gb.nhs",
        r"\b\d{3}([ \-]?)\d{3}\1\d{4}\b",
        nhs.is_valid,
        cue=r"\bnhs[_ ]?(?:no\b|number|num\b|#)|\bnhs\s*:|\bnhs[ \t]*\Z|\(nhs\)",
    ),
    scheme(
        "es.nss",
        r"\b\d{2}([ /\-]?)\d{8}\1\d{2}\b",
        es_nss,
        cue=r"n[úu]mero de (?:la )?seguridad social|n[º°o]\.? (?:de )?(?:la )?seguridad social|"
        r"\bn\.?s\.?s\b|\bnaf\b|\bnuss\b|afiliaci[oó]n|num_ss",
        formatted=r"\d{2}/\d{8}/\d{2}",
    ),
    scheme(
        "us.ssn",
        r"\b\d{3}([ \-]?)\d{2}\1\d{4}\b",
        ssn.is_valid,
        cue=r"\bssn\b|social security",
        formatted=r"\d{3}-\d{2}-\d{4}",
    ),
)
