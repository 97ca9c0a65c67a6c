"""Contact and identity data: e-mail, phone (``_phone_numbers``), IP address, passport (dates of
birth: ``dates``).

Each validator encodes what a careful reviewer would label: role mailboxes, documentation
domains, hotlines and reserved IP ranges are not personal data; a date is a birth date only when
the text presents it as one.
"""

from __future__ import annotations

import ipaddress
import re
from collections.abc import Iterator

from proxy.classify._base import DIGITS, Detector, Hit, Scan, alternation, hs_words, words
from proxy.classify.detectors._phone_numbers import DETECTORS as PHONES
from proxy.classify.detectors.dates import DOB, DOB_AFTER_NAME, DOB_ANSWER, DOB_VERB_LAST

_ROLE_MAILBOXES = frozenset(
    words(
        "info|support|contact|sales|noreply|no-reply|donotreply|do-not-reply|admin|hello|office|"
        "kontakt|service|team|help|billing|privacy|dpo|hr|jobs|careers|press|webmaster|"
        "postmaster|abuse|security|accounts|accounting|marketing|newsletter|feedback|enquiries|"
        "inquiries|reception|bureau|secretariat|accueil|contacto|soporte|assistenza|servizio|"
        "klantenservice|biuro|kundenservice|datenschutz|presse|compta|facturation|rgpd|gdpr|"
        "legal|ventas|helpdesk|it-support|notifications|mailer-daemon|root|user|username|email|"
        "name|you|your.name|yourname|firstname.lastname|first.last|someone|foo|bar|test"
    )
)
_DOC_DOMAINS = re.compile(
    r"(?:^|\.)(?:example\.(?:com|org|net)|example|test|invalid|localhost|domain\.com|"
    r"email\.com|company\.com|acme\.com|(?:exemple|beispiel|esempio|ejemplo|voorbeeld|przyklad|"
    r"przykład)\.(?:com|fr|de|it|es|nl|pl|at|be|ch))$|\.(?:png|jpe?g|gif|svg|webp)$",
    re.I,
)

EMAIL = Detector(
    "email",
    r"[^\s@]@(?:[A-Za-z0-9\-]+\.[A-Za-z]|[A-Za-z0-9\-]*[^\x00-\x7f])",
    # internationalised domains in Unicode (bücher.de, пример.рф) or punycode (xn--p1ai)
    re.compile(
        r"(?<![\w.%+-])([^\W_][\w.%+-]{0,63})@"
        r"((?:[^\W_][\w-]{0,62}\.){1,8}(?:xn--[A-Za-z0-9-]{1,59}|[^\W\d_]{2,24}))\b"
    ),
    lambda m, s: _email(m),
    back=80,
    ahead=300,
    unicode=True,
)


def _email(m: re.Match[str]) -> Iterator[Hit]:
    """An e-mail address unless it is a role mailbox or a documentation domain."""
    local, domain = m.group(1).lower(), m.group(2).lower()
    if local in _ROLE_MAILBOXES or local.split("+")[0] in _ROLE_MAILBOXES:
        return
    if _DOC_DOMAINS.search(domain):
        return
    yield Hit("pii.email", None, m.start(), m.end())


IPV4 = Detector(
    "ipv4",
    DIGITS,
    re.compile(r"(?<![\w.])(?:\d{1,3}\.){3}\d{1,3}(?![\w]|\.\d)"),
    lambda m, s: _ip(m),
    back=48,
    ahead=8,
)
IPV6 = Detector(
    "ipv6",
    r"[0-9A-Fa-f]{1,4}:(?:[0-9A-Fa-f]{0,4}:){1,6}[0-9A-Fa-f]{1,4}",
    re.compile(r"(?<![\w:])(?:[0-9A-Fa-f]{0,4}:){2,7}[0-9A-Fa-f]{0,4}(?![\w:])"),
    lambda m, s: _ip(m),
    back=40,
    ahead=40,
)


def _ip(m: re.Match[str]) -> Iterator[Hit]:
    """A globally routable address (private, reserved and documentation ranges excluded)."""
    try:
        address = ipaddress.ip_address(m.group(0))
    except ValueError:
        return
    if address.version == 6 and len([g for g in m.group(0).split(":") if g]) < 3:
        return  # "::2" in a slice, "a::f" in code: too short to be a real address
    if address.is_global and not address.is_multicast:
        yield Hit("pii.ip_address", None, m.start(), m.end())


#: Passport cues in each language, with the country their language suggests (a guess that the
#: number's format confirms). Field names (``passport_no``, ``passportNumber``) count as cues.
_PASSPORT_CUES = {
    **dict.fromkeys(words("passport|passportnumber|passportno|passportnr|passportid"), None),
    **dict.fromkeys(words("passeport|passeports"), "fr"),
    **dict.fromkeys(words("reisepass|reisepassnummer|reisepass-nr|reisepassnr|passnummer"), "de"),
    **dict.fromkeys(words("pass-nr|pass-nummer|pass nr|passnr|pass-no"), "de"),
    **dict.fromkeys(words("passaporto|passaporti"), "it"),
    **dict.fromkeys(words("pasaporte|pasaportes"), "es"),
    **dict.fromkeys(words("paspoort|paspoortnummer|paspoortnr|paspoort-nr"), "nl"),
    **dict.fromkeys(words("paszport|paszportu|paszportem"), "pl"),
    **dict.fromkeys(words("passaporte"), "pt"),
}
_NATIONALITIES = {
    "fr": "french|français|française|francese|francés|francesa|frans|francuski",
    "de": "german|deutsch|deutscher|deutschen|allemand|tedesco|alemán|duits|niemiecki",
    "it": "italian|italien|italienisch|italiano|italiana|italiaans|włoski",
    "es": "spanish|espagnol|spanisch|spagnolo|español|española|spaans|hiszpański",
    "nl": "dutch|néerlandais|niederländisch|olandese|neerlandés|nederlands|holenderski",
    "pl": "polish|polonais|polnisch|polacco|polaco|pools|polski|polskiego",
    "be": "belgian|belge|belgisch|belgischer|belga|belgijski",
    "at": "austrian|autrichien|österreichisch|österreichischer|austriaco|oostenrijks|austriacki",
    "pt": "portuguese|portugais|portugiesisch|portoghese|portugués|portugees|português|portuguesa",
    "gb": "british|uk|britannique|britisch|britannico|británico|brits|brytyjski",
    "us": "american|us|u.s.|américain|amerikanisch|americano|amerikaans|amerykański",
}
_NATIONALITY_RE = re.compile(
    "|".join(f"(?P<{cc}>\\b(?:{words})\\b)" for cc, words in _NATIONALITIES.items()), re.I
)
#: Each issuing country's number format, as its passport authority documents it.
_FORMATS = {
    cc: re.compile(rx)
    for cc, rx in {
        "fr": r"\d{2}[A-Z]{2}\d{5}",
        "de": r"[CFGHJK][0-9CFGHJKLMNPRTVWXYZ]{8}",
        "it": r"[A-Z]{2}\d{7}",
        "es": r"[A-Z]{2,3}\d{6}",
        "nl": r"[A-NP-Z]{2}[A-NP-Z0-9]{6}\d",
        "pl": r"[A-Z]{2}\d{7}",
        "be": r"[A-Z]{2}\d{6}",
        "at": r"[A-Z]\d{7}",
        "pt": r"[A-Z]{1,2}\d{6}",
    }.items()
}
#: Formats that name their country on their own, most specific first (two letters and seven
#: digits is Italian, Polish, Irish and Finnish alike, so it names none).
_DISTINCTIVE = tuple(
    (cc, re.compile(rx))
    for cc, rx in (
        ("fr", r"\d{2}[A-Z]{2}\d{5}"),
        ("es", r"[A-Z]{3}\d{6}"),
        ("de", r"[CFGHJK](?=\d*[CFGHJKLMNPRTVWXYZ])[0-9CFGHJKLMNPRTVWXYZ]{8}"),
        ("nl", r"[A-NP-Z]{2}(?=\d*[A-NP-Z])[A-NP-Z0-9]{6}\d"),
    )
)
_SPECIMENS = frozenset(
    words("C01X00T47|L01X00T47|123456789|X1234567|AB1234567|SPECI2014|SPECI2021|SPECI2022")
)

PASSPORT = Detector(
    "passport",
    hs_words(_PASSPORT_CUES, suffixes=True),
    re.compile(
        # the holder may stand between ("paszport mojej żony Karoliny Szewczyk ma numer …")
        r"(?<!\w)(" + alternation(_PASSPORT_CUES) + r")(?![^\W_])[^\n\d]{0,60}?"
        r"(?<![^\W_])((?=[A-Z0-9]*\d)[A-Z0-9]{2}[ ]?[A-Z0-9]{4,7})\b",
        re.I,
    ),
    lambda m, s: _passport(m, s) if _cue_reaches(m) else iter(()),
    back=64,
    ahead=110,
    caseless=True,
    unicode=True,
)


#: Further than 30 characters from its cue, a number is the passport's when a number word stands
#: between ("paszport mojej żony … ma numer EB0499192") or it is written in one run of eight or
#: more ("… YA1234567"), not a spaced pair ("the passport office says the backlog should clear
#: by Q3 2025").
_NUMBER_WORD = re.compile(r"n[uú]m|\bnr\b|\bno\b|n[°º]|#|:", re.I)


def _cue_reaches(m: re.Match[str]) -> bool:
    """Whether the passport cue reaches the number (see ``_NUMBER_WORD``)."""
    gap, value = m.string[m.end(1) : m.start(2)], m.group(2)
    if len(gap) <= 30 or _NUMBER_WORD.search(gap) is not None:
        return True
    return " " not in value and len(value) >= 8


#: The number first, its cue after in the same sentence: "AAA123456 es mi número de pasaporte",
#: "XK1234567 (passport)"; eight characters at least (flight LH1234 before passport control).
PASSPORT_AFTER = Detector(
    "passport.after",
    PASSPORT.prefilter,
    re.compile(
        r"(?<![\w\-])(?P<value>(?=[A-Z0-9]*\d)[A-Z0-9]{2}[ ]?[A-Z0-9]{6,7})\b"
        r"[^\n\d.;!?]{0,30}?(?<!\w)(?P<cue>" + alternation(_PASSPORT_CUES) + r")(?![^\W_])",
        re.I,
    ),
    lambda m, s: _passport(m, s),
    back=80,
    ahead=16,
    caseless=True,
    unicode=True,
)


def _passport(m: re.Match[str], scan: Scan) -> Iterator[Hit]:
    """A passport number next to a passport cue; subtype is the issuing country when known."""
    after = "cue" in m.re.groupindex
    raw, cue = (m["value"], m["cue"]) if after else (m[2], m[1])
    value = raw.replace(" ", "").upper()
    if value in _SPECIMENS or len(set(value)) < 3 or not any(c.isdigit() for c in value):
        return
    if value.isalpha() or (not raw.isupper() and not raw.isdigit()):
        return
    near = scan.before(m.start(), 40) + " " + m.group(0)
    nationality = _NATIONALITY_RE.search(near + " " + scan.after(m.end(), 20) if after else near)
    country = nationality.lastgroup if nationality else _country(cue.lower(), value)
    start = m.start("value") if after else m.start(2)
    yield Hit("pii.passport", country, start, start + len(raw))


def _country(cue: str, value: str) -> str | None:
    """The issuing country: the cue's language when the format agrees, else the country whose
    distinctive format the number has (None when no format names one)."""
    guess = _PASSPORT_CUES.get(cue)
    if guess is not None and _FORMATS[guess].fullmatch(value):
        return guess
    return next((cc for cc, rx in _DISTINCTIVE if rx.fullmatch(value)), None)


DETECTORS = (
    EMAIL,
    *PHONES,
    IPV4,
    IPV6,
    DOB,
    DOB_AFTER_NAME,
    DOB_VERB_LAST,
    *DOB_ANSWER,
    PASSPORT,
    PASSPORT_AFTER,
)
