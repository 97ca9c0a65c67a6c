"""The subtypes each finding type can carry, so that a misspelt one in a policy is an error.

``pii.national_id.fr.nirr`` or ``health.diagnosys`` in a policy would match nothing, silently:
a rule meant to keep national IDs on-prem would never fire. The subtypes are read from what the
detectors declare (national ID schemes and API-key providers from the detector names, passports
by ISO country code, markings by level), so a new detector extends the vocabulary by itself.
"""

from __future__ import annotations

import functools
from fnmatch import fnmatchcase

from proxy.backends.countries import COUNTRIES
from proxy.classify.taxonomy import FINDING_TYPES, Level

#: What the health detectors report (``health.py``, ``health_everyday.py``).
HEALTH_SUBTYPES = frozenset({"diagnosis", "icd10", "lab_result", "medication"})


@functools.cache
def known_subtypes() -> dict[str, frozenset[str]]:
    """Finding type → the subtypes it can carry (a type not listed carries none)."""
    from proxy.classify.detectors import all_detectors

    names = {detector.name for detector in all_detectors()}

    def under(prefix: str) -> frozenset[str]:
        return frozenset(n.removeprefix(prefix) for n in names if n.startswith(prefix))

    return {
        "pii.national_id": under("national_id."),
        "secret.api_key": under("api_key.") - {"aws_secret"},  # reported as ``aws``
        "pii.passport": frozenset(code.lower() for code in COUNTRIES),
        "health": HEALTH_SUBTYPES,
        "marking": frozenset(level.label for level in Level),
    }


def subtype_error(pattern: str) -> str | None:
    """Why ``pattern`` (``type.subtype``, globs allowed) names no subtype that exists, or None
    when it does or has no subtype part."""
    for name in sorted(FINDING_TYPES, key=len, reverse=True):
        if not pattern.startswith(name + "."):
            continue
        sub = pattern[len(name) + 1 :]
        known = known_subtypes().get(name, frozenset())
        if any(fnmatchcase(candidate, sub) for candidate in known):
            return None
        if not known:
            return f"{name!r} has no subtypes (write {name!r})"
        listed = ", ".join(sorted(known)) if len(known) <= 30 else "ISO 3166 country codes"
        return f"unknown subtype {sub!r} of {name!r} (known: {listed})"
    return None
