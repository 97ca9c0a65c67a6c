"""Pseudonymise a request body: every occurrence of every redacted value, wherever it sits.

The classifier says where it found each value (a span of one scanned text part); this module takes
the *values* and replaces every occurrence of each of them in every string of the body — message
text, system prompts, tool results, tool-call arguments, names, metadata, object keys — so a value
the detector saw once, next to a cue, is also gone where it stands alone. JSON carried inside a
string (tool-call arguments) is decoded, pseudonymised and written again when it holds escapes
(``"Fran\\u00e7ois"`` is the value ``François``).

Overlapping findings (a name inside an address) are replaced as their union, so no piece of either
is left. What comes out is checked: if any original value is still in the serialised body the
redaction is refused (the caller denies: fail closed). The caller then classifies the redacted body
again (DESIGN §8 invariant 4). Pure: no I/O.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from fnmatch import fnmatchcase
from typing import Any

import orjson

from proxy.classify.taxonomy import Finding, TextPart
from proxy.redact.pseudonyms import Issued, Pseudonymiser


class RedactionIncomplete(Exception):
    """An original value survived pseudonymisation (the request must not be sent)."""


@dataclass(frozen=True, slots=True)
class Redaction:
    """A pseudonymised body and what was issued for it (the map never leaves the process)."""

    body: dict[str, Any]
    raw: bytes
    issued: tuple[Issued, ...]
    replaced: int

    def counts(self) -> dict[str, int]:
        """Distinct values pseudonymised, per finding type (what evidence may record)."""
        out: dict[str, int] = {}
        for item in self.issued:
            out[item.finding_type] = out.get(item.finding_type, 0) + 1
        return out


def selected(findings: Iterable[Finding], patterns: Sequence[str]) -> list[Finding]:
    """The findings a ``redact:`` list of type globs names (``pii.*``, ``pii.national_id.fr.*``)."""
    out = []
    for finding in findings:
        keys = (finding.type, f"{finding.type}.{finding.subtype}" if finding.subtype else None)
        if any(key and fnmatchcase(key, p) for key in keys for p in patterns):
            out.append(finding)
    return out


def redact_body(
    body: dict[str, Any],
    texts: Sequence[TextPart],
    findings: Iterable[Finding],
    key: bytes,
    tenant: str,
) -> Redaction:
    """``body`` with every value of ``findings`` replaced by its pseudonym.

    Raises ``RedactionIncomplete`` when an original value is still in the serialised result.
    """
    issuer = Pseudonymiser(key, tenant)
    values = _values(texts, findings, issuer)
    walker = _Walker(values)
    redacted = walker.value(body)
    raw = orjson.dumps(redacted)
    for original in values:
        if original.encode() in raw:
            raise RedactionIncomplete("a redacted value is still in the request")
    return Redaction(redacted, raw, issuer.issued, walker.replaced)


def _values(
    texts: Sequence[TextPart], findings: Iterable[Finding], issuer: Pseudonymiser
) -> dict[str, str]:
    """original value → pseudonym, for every finding and for the union of overlapping ones."""
    by_part = {part.part: part.text for part in texts}
    spans: dict[str, list[Finding]] = {}
    for finding in findings:
        if finding.part in by_part and finding.end > finding.start:
            spans.setdefault(finding.part, []).append(finding)
    values: dict[str, str] = {}
    for part, found in spans.items():
        text = by_part[part]
        found.sort(key=lambda f: (f.start, -f.end))
        for finding in found:
            _add(values, issuer, finding.type, text[finding.start : finding.end])
        for start, end, kind in _unions(found):
            _add(values, issuer, kind, text[start:end])
    return values


def _add(values: dict[str, str], issuer: Pseudonymiser, finding_type: str, original: str) -> None:
    if original.strip() and original not in values:
        values[original] = issuer.issue(finding_type, original)


def _unions(found: list[Finding]) -> list[tuple[int, int, str]]:
    """Spans where findings (sorted by start) overlap: (start, end, type of the longest)."""
    out: list[tuple[int, int, str]] = []
    group = [found[0]]
    for finding in found[1:]:
        if finding.start < max(f.end for f in group):
            group.append(finding)
            continue
        if len(group) > 1:
            out.append(_union(group))
        group = [finding]
    if len(group) > 1:
        out.append(_union(group))
    return out


def _union(group: list[Finding]) -> tuple[int, int, str]:
    longest = max(group, key=lambda f: f.end - f.start)
    return group[0].start, max(f.end for f in group), longest.type


class _Walker:
    """Replaces the values in every string of a JSON value, leftmost-longest, in one pass."""

    def __init__(self, values: dict[str, str]) -> None:
        self._values = sorted(values.items(), key=lambda item: -len(item[0]))
        self.replaced = 0

    def value(self, data: Any) -> Any:
        if isinstance(data, str):
            return self.string(data)
        if isinstance(data, list):
            return [self.value(item) for item in data]
        if isinstance(data, dict):
            return {self.string(k): self.value(v) for k, v in data.items()}
        return data

    def string(self, text: str) -> str:
        """``text`` with the values replaced (JSON inside it decoded first when it has escapes)."""
        if "\\" in text:
            with contextlib.suppress(orjson.JSONDecodeError):
                decoded = orjson.loads(text)
                if isinstance(decoded, (dict, list, str)):
                    redacted = self.value(decoded)
                    if redacted != decoded:
                        return orjson.dumps(redacted).decode()
        hits = [
            (at, at + len(original), pseudonym)
            for original, pseudonym in self._values
            if original in text
            for at in _occurrences(text, original)
        ]
        if not hits:
            return text
        hits.sort(key=lambda hit: (hit[0], -hit[1]))
        out: list[str] = []
        last = 0
        for start, end, pseudonym in hits:
            if start >= last:
                out += (text[last:start], pseudonym)
                last = end
                self.replaced += 1
        out.append(text[last:])
        return "".join(out)


def _occurrences(text: str, original: str) -> Iterable[int]:
    at = text.find(original)
    while at != -1:
        yield at
        at = text.find(original, at + 1)
