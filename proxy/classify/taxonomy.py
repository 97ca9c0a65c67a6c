"""Sensitivity taxonomy: levels, findings and the classification result (DESIGN §3).

These types are the contract between the classifier, the policy engine, the pipeline and the
telemetry. They are plain, immutable data.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import IntEnum
from typing import NamedTuple


class Level(IntEnum):
    """Sensitivity levels, ordered: ``public < internal < confidential < restricted``."""

    PUBLIC = 0
    INTERNAL = 1
    CONFIDENTIAL = 2
    RESTRICTED = 3

    @property
    def label(self) -> str:
        """The lowercase wire name (``"confidential"``)."""
        return self.name.lower()

    @classmethod
    def parse(cls, value: str) -> Level:
        """Parse a wire name, case-insensitively; raises ``ValueError`` on an unknown name."""
        try:
            return cls[value.strip().upper()]
        except KeyError:
            names = ", ".join(level.label for level in cls)
            raise ValueError(f"unknown level {value!r}; expected one of {names}") from None


#: Finding types and their default level (DESIGN §3). ``marking`` takes the level it signals.
DEFAULT_LEVELS: dict[str, Level] = {
    "pii.email": Level.CONFIDENTIAL,
    "pii.phone": Level.CONFIDENTIAL,
    "pii.person_name": Level.CONFIDENTIAL,
    "pii.postal_address": Level.CONFIDENTIAL,
    "pii.date_of_birth": Level.CONFIDENTIAL,
    "pii.ip_address": Level.INTERNAL,
    "pii.national_id": Level.RESTRICTED,
    "pii.passport": Level.RESTRICTED,
    "financial.iban": Level.CONFIDENTIAL,
    "financial.credit_card": Level.CONFIDENTIAL,
    "financial.vat_id": Level.CONFIDENTIAL,
    "financial.bic": Level.CONFIDENTIAL,
    "health": Level.RESTRICTED,
    "secret.api_key": Level.RESTRICTED,
    "secret.private_key": Level.RESTRICTED,
    "secret.password": Level.RESTRICTED,
    "secret.jwt": Level.RESTRICTED,
    "marking": Level.RESTRICTED,
}

FINDING_TYPES: frozenset[str] = frozenset(DEFAULT_LEVELS)


class TextPart(NamedTuple):
    """One scannable text of a request; ``part`` names where it sits (``messages[2].content``)."""

    part: str
    text: str


@dataclass(frozen=True, slots=True)
class Finding:
    """One detected value: character offsets ``[start, end)`` into the text of ``part``."""

    type: str
    subtype: str | None
    start: int
    end: int
    part: str = ""

    def level(self) -> Level:
        """The default level of this finding (a marking signals its own level)."""
        if self.type == "marking" and self.subtype:
            return Level.parse(self.subtype)
        return DEFAULT_LEVELS.get(self.type, Level.RESTRICTED)


@dataclass(frozen=True, slots=True)
class Classification:
    """The result of scanning one request: its level, findings and unscannable parts.

    ``error`` is set when a detector failed or the scan ran over its budget; the level is then
    ``restricted`` (fail closed).
    """

    level: Level
    findings: tuple[Finding, ...] = ()
    unscannable: tuple[str, ...] = ()
    error: str | None = None

    def finding_types(self) -> frozenset[str]:
        """The distinct finding types present."""
        return frozenset(finding.type for finding in self.findings)

    def counts(self) -> dict[str, int]:
        """Finding counts by type (what the audit log records: never values)."""
        out: dict[str, int] = {}
        for finding in self.findings:
            out[finding.type] = out.get(finding.type, 0) + 1
        return out
