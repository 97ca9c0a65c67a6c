"""Pseudonyms: what a redacted value becomes, the same in every turn and on every replica.

A pseudonym is ``[LABEL_id]``: a bracketed upper-case label naming the finding type (``PERSON``,
``IBAN``…) and a six-character id. The id is the start of an HMAC-SHA256, under the deployment's
redaction key, of the tenant, the finding type and the *normalised* value, in lower-case base32:

* the same value gets the same pseudonym in every turn and on every replica (no vault: the chat
  APIs are stateless, the client resends the history, so each request carries every value its
  answer can mention);
* two tenants never share a pseudonym for one value, and without the key nobody can test a guess
  ("is ``[PERSON_k3m9q2]`` Sophie Martin?");
* ``Sophie Martin`` and ``SOPHIE  MARTIN``, ``FR76 3000 …`` and ``FR763000…`` are one value.

Why this format (square brackets, an English label, an id): see ``benchmarks/pseudonym_format.md``.
Pure: no I/O, no clock.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from dataclasses import dataclass, field

#: The label each finding type's pseudonyms carry (no ``_`` inside: it separates the id).
LABELS: dict[str, str] = {
    "pii.email": "EMAIL",
    "pii.phone": "PHONE",
    "pii.person_name": "PERSON",
    "pii.postal_address": "ADDRESS",
    "pii.date_of_birth": "BIRTHDATE",
    "pii.ip_address": "IPADDR",
    "pii.national_id": "IDNUMBER",
    "pii.passport": "PASSPORT",
    "financial.iban": "IBAN",
    "financial.credit_card": "CARD",
    "financial.vat_id": "VATID",
    "financial.bic": "BIC",
    "health": "HEALTH",
    "secret.api_key": "SECRET",
    "secret.private_key": "SECRET",
    "secret.password": "SECRET",
    "secret.jwt": "SECRET",
    "marking": "MARKING",
}
#: Characters of an id: lower-case RFC 4648 base32 (a–z, 2–7).
ID_CHARS = "abcdefghijklmnopqrstuvwxyz234567"
ID_LEN = 6
#: Types whose written forms differ only by separators and case (``FR76 3000…`` = ``fr763000…``).
_IDENTIFIERS = frozenset(
    {
        "pii.phone", "pii.national_id", "pii.passport", "pii.ip_address", "financial.iban",
        "financial.credit_card", "financial.vat_id", "financial.bic",
    }
)  # fmt: skip
_SEPARATORS = re.compile(r"[\s.\-/()]+")
_NO_SEPARATORS = str.maketrans("", "", " \t\n\r\f\v\x1c\x1d\x1e\x1f.-/()")


def label_of(finding_type: str) -> str:
    """The pseudonym label of a finding type (unknown types get ``DATA``)."""
    return LABELS.get(finding_type, "DATA")


def normalise(finding_type: str, value: str) -> str:
    """The form two spellings of one value share: NFKC, format characters (zero-width spaces
    and joiners, soft hyphens, bidi marks) removed, case-folded, separators unified — the
    value a reader reads, as the classifier's normalised view does."""
    text = value
    if not text.isascii():
        text = unicodedata.normalize("NFKC", text)
        if any(unicodedata.category(char) == "Cf" for char in text):
            text = "".join(char for char in text if unicodedata.category(char) != "Cf")
    text = text.casefold()
    if finding_type in _IDENTIFIERS:
        return text.translate(_NO_SEPARATORS) if text.isascii() else _SEPARATORS.sub("", text)
    return " ".join(text.split())


def pseudonym_id(key: bytes, tenant: str, finding_type: str, value: str, salt: int = 0) -> str:
    """The keyed id of one (tenant, type, value): ``ID_LEN`` base32 characters (``salt`` > 0 only
    to tell apart two values whose ids collide)."""
    return _keyed_id(_Keyed(key), tenant, finding_type, normalise(finding_type, value), salt)


#: Bytes of the digest that hold the id's bits, and the bits to drop from their end.
_ID_BYTES = (ID_LEN * 5 + 7) // 8
_ID_SHIFT = _ID_BYTES * 8 - ID_LEN * 5
#: Two base32 characters per 10 bits (the id has an even length).
_PAIRS = tuple(a + b for a in ID_CHARS for b in ID_CHARS)
_PAIR_SHIFTS = tuple(range(ID_LEN * 5 - 10, -1, -10))


class _Keyed:
    """HMAC-SHA256 (RFC 2104) under one key, its two padded key blocks hashed once: a value
    then costs two copies of a SHA-256 state (``hmac.HMAC.copy`` costs three times as much)."""

    __slots__ = ("_inner", "_outer")

    def __init__(self, key: bytes) -> None:
        block = hashlib.sha256().block_size
        if len(key) > block:
            key = hashlib.sha256(key).digest()
        key = key.ljust(block, b"\x00")
        self._inner = hashlib.sha256(bytes(b ^ 0x36 for b in key))
        self._outer = hashlib.sha256(bytes(b ^ 0x5C for b in key))

    def digest(self, message: bytes) -> bytes:
        inner = self._inner.copy()
        inner.update(message)
        outer = self._outer.copy()
        outer.update(inner.digest())
        return outer.digest()


def _keyed_id(keyed: _Keyed, tenant: str, finding_type: str, norm: str, salt: int) -> str:
    """``pseudonym_id`` of an already normalised value: the first ``ID_LEN`` characters of the
    RFC 4648 base32 encoding of the HMAC (read from its leading bits directly:
    ``base64.b32encode`` of the whole digest costs more than the HMAC)."""
    digest = keyed.digest("\x1f".join((str(salt), tenant, finding_type, norm)).encode())
    bits = int.from_bytes(digest[:_ID_BYTES], "big") >> _ID_SHIFT
    return "".join([_PAIRS[(bits >> shift) & 1023] for shift in _PAIR_SHIFTS])


@dataclass(frozen=True, slots=True)
class Issued:
    """One pseudonym issued for a request: what it stands for."""

    pseudonym: str
    label: str
    id: str
    finding_type: str
    original: str


@dataclass
class Pseudonymiser:
    """Issues pseudonyms for one request (one tenant, one key).

    The first written form seen of a value is the one restored. Should a second value of one label
    get an id already issued (about one chance in a billion per pair), it gets a salted one.
    """

    key: bytes
    tenant: str
    by_value: dict[tuple[str, str], Issued] = field(default_factory=dict)
    by_pseudonym: dict[str, Issued] = field(default_factory=dict)
    _keyed: _Keyed = field(init=False, repr=False)

    def __post_init__(self) -> None:
        self._keyed = _Keyed(self.key)

    def issue(self, finding_type: str, value: str) -> str:
        """The pseudonym for ``value`` (issued once, then reused)."""
        norm = (finding_type, normalise(finding_type, value))
        known = self.by_value.get(norm)
        if known is not None:
            return known.pseudonym
        label = label_of(finding_type)
        salt = 0
        while True:
            ident = _keyed_id(self._keyed, self.tenant, finding_type, norm[1], salt)
            pseudonym = f"[{label}_{ident}]"
            if pseudonym not in self.by_pseudonym:
                break
            salt += 1
        issued = Issued(pseudonym, label, ident, finding_type, value)
        self.by_value[norm] = issued
        self.by_pseudonym[pseudonym] = issued
        return pseudonym

    @property
    def issued(self) -> tuple[Issued, ...]:
        """Every pseudonym issued, in the order first seen."""
        return tuple(self.by_value.values())
