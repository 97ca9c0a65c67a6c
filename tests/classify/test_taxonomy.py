"""The taxonomy contract: level names, parsing, finding levels and counts."""

from __future__ import annotations

import pytest

from proxy.classify.taxonomy import DEFAULT_LEVELS, Classification, Finding, Level


@pytest.mark.parametrize(
    ("text", "level"), [("public", Level.PUBLIC), (" Restricted ", Level.RESTRICTED)]
)
def test_parse(text: str, level: Level) -> None:
    """Wire names parse case-insensitively and round-trip through ``label``."""
    assert Level.parse(text) == level
    assert Level.parse(level.label) == level


def test_parse_unknown_names_the_choices() -> None:
    """An unknown level is a ValueError listing the valid names."""
    with pytest.raises(ValueError, match="public, internal, confidential, restricted"):
        Level.parse("secret")


@pytest.mark.parametrize(
    ("finding", "level"),
    [
        (Finding("marking", "internal", 0, 1), Level.INTERNAL),
        (Finding("health", "icd10", 0, 1), Level.RESTRICTED),
        (Finding("pii.ip_address", None, 0, 1), Level.INTERNAL),
        (Finding("unknown.type", None, 0, 1), Level.RESTRICTED),
    ],
)
def test_finding_level(finding: Finding, level: Level) -> None:
    """A finding's level is its type's default; a marking signals its own; unknown fails closed."""
    assert finding.level() == level


def test_counts_by_type() -> None:
    """Counts group findings by type (what the audit log keeps instead of values)."""
    result = Classification(
        Level.RESTRICTED,
        (
            Finding("pii.email", None, 0, 3),
            Finding("pii.email", None, 5, 9),
            Finding("health", "x", 1, 2),
        ),
    )
    assert result.counts() == {"pii.email": 2, "health": 1}
    assert result.finding_types() == {"pii.email", "health"}


def test_every_default_level_is_a_level() -> None:
    """The default mapping covers the DESIGN §3 types with real levels."""
    assert all(isinstance(level, Level) for level in DEFAULT_LEVELS.values())
