"""Pseudonymise a request body: every occurrence of every redacted value, wherever it sits.

The classifier says where it found each value (a span of one scanned text part); this module takes
the *values* and replaces every occurrence of each of them in every string of the body — message
text, system prompts, tool results, tool-call arguments, names, metadata, object keys — so a value
the detector saw once, next to a cue, is also gone where it stands alone. JSON carried inside a
string (tool-call arguments) is decoded, pseudonymised and written again when it holds escapes
(``"Fran\\u00e7ois"`` is the value ``François``) or looks like JSON (a number in it is seen).

Overlapping findings (a name inside an address) are replaced as their union, so no piece of either
is left. A value shorter than ``MIN_EVERYWHERE`` characters — a piece of an IBAN split across two
content parts, say ``1`` — is too common a string to replace everywhere (every ``1`` of the model
name and the ids would go): it is replaced where it was found. Protocol words (``model``, ``role``,
``type``…) are never rewritten. What cannot be replaced — a value in a JSON number, in a protocol
word — is a survivor, and the redaction is refused (the caller denies: fail closed). The caller then
classifies the redacted body again (DESIGN §8 invariant 4). Pure: no I/O.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from fnmatch import fnmatchcase
from typing import Any

import orjson

from proxy.classify.taxonomy import Finding, TextPart
from proxy.redact.pseudonyms import Issued, Pseudonymiser

#: Shortest value (spaces aside) replaced everywhere; shorter ones only where they were found.
MIN_EVERYWHERE = 4
#: Keys whose string values are protocol words, sent as they are (never content a detector scans).
PROTOCOL_WORDS = frozenset(
    {
        "model", "role", "type", "object", "encoding_format", "detail", "media_type",
        "service_tier", "reasoning_effort", "tool_choice", "modality", "voice", "format",
        "truncation", "status", "verbosity", "signature",
    }
)  # fmt: skip
#: One step of a part path (``messages[2].content[0].text``, ``metadata["a.b"]``).
_STEP = re.compile(r'\[(\d+)\]|\[("(?:[^"\\]|\\.)*")\]|\.?([^.\[#]+)')
#: Where a short value sits: (id of the container, key or index) → (start, end, pseudonym)s.
_Spots = dict[tuple[int, Any], list[tuple[int, int, str]]]


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
    verdicts: dict[tuple[str, str | None], bool] = {}
    out = []
    for finding in findings:
        kind = (finding.type, finding.subtype)
        verdict = verdicts.get(kind)
        if verdict is None:
            keys = (finding.type, f"{finding.type}.{finding.subtype}" if finding.subtype else None)
            verdict = any(key and fnmatchcase(key, p) for key in keys for p in patterns)
            verdicts[kind] = verdict
        if verdict:
            out.append(finding)
    return out


def redact_body(
    body: dict[str, Any],
    texts: Sequence[TextPart],
    findings: Iterable[Finding],
    key: bytes,
    tenant: str,
    sent_as_is: Iterable[str] = (),
) -> Redaction:
    """``body`` with every value of ``findings`` replaced by its pseudonym.

    ``sent_as_is``: what else goes to the backend unchanged (forwarded header values).
    Raises ``RedactionIncomplete`` when an original value would still be sent.
    """
    issuer = Pseudonymiser(key, tenant)
    plan = _Plan(body, {part.part: part.text for part in texts}, issuer)
    plan.add(findings)
    walker = _Walker(plan.everywhere, plan.spots)
    walker.keep(sent_as_is)
    redacted = walker.value(body)
    if walker.survivor():
        raise RedactionIncomplete("a redacted value is still in the request")
    return Redaction(redacted, orjson.dumps(redacted), issuer.issued, walker.replaced)


@dataclass
class _Plan:
    """What to replace: values everywhere (original → pseudonym), short ones at their spot."""

    body: dict[str, Any]
    by_part: dict[str, str]
    issuer: Pseudonymiser
    everywhere: dict[str, str] = field(default_factory=dict)
    spots: _Spots = field(default_factory=dict)

    def add(self, findings: Iterable[Finding]) -> None:
        """Plan every finding, and the union of overlapping ones, part by part."""
        by_part: dict[str, list[Finding]] = {}
        for finding in findings:
            if finding.part in self.by_part and finding.end > finding.start:
                by_part.setdefault(finding.part, []).append(finding)
        for part, found in by_part.items():
            found.sort(key=lambda f: (f.start, -f.end))
            for finding in found:
                self._one(part, finding.type, finding.start, finding.end)
            for start, end, kind in _unions(found):
                self._one(part, kind, start, end)

    def _one(self, part: str, finding_type: str, start: int, end: int) -> None:
        text = self.by_part[part]
        original = text[start:end]
        if not original.strip() or original in self.everywhere:
            return
        pseudonym = self.issuer.issue(finding_type, original)
        if len(original.strip()) < MIN_EVERYWHERE:
            spot = _locate(self.body, part, text)
            if spot is not None:
                self.spots.setdefault(spot, []).append((start, end, pseudonym))
                return
        self.everywhere.setdefault(original, pseudonym)


def _locate(body: dict[str, Any], part: str, text: str) -> tuple[int, Any] | None:
    """(id of the container, key) of the body string at part path ``part`` if it is ``text``
    itself (not a decoded or serialised form of it, not a key, not a protocol word)."""
    node: Any = body
    container: Any = None
    step: Any = None
    at = 0
    for match in _STEP.finditer(part):
        if match.start() != at:
            return None
        at = match.end()
        index, quoted, name = match.groups()
        step = int(index) if index is not None else orjson.loads(quoted) if quoted else name
        container = node
        try:
            node = node[step]
        except (KeyError, IndexError, TypeError):
            return None
    if at != len(part) or node != text or step in PROTOCOL_WORDS:
        return None
    return id(container), step


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


#: A protocol word: lower case, digits and a few separators (``input_text``, ``image/png``); a
#: model name is one whatever its case (``Meta-Llama-3.1-8B-Instruct``).
_WORD = re.compile(r"[a-z0-9_./+:-]{1,64}")


class _Walker:
    """Replaces the values in every string of a JSON value, leftmost-longest, in one pass, and
    keeps what it could not rewrite (numbers, protocol words) for the survivor check."""

    def __init__(self, values: dict[str, str], spots: _Spots) -> None:
        self._values = sorted(values.items(), key=lambda item: -len(item[0]))
        #: A string shorter than every value holds none (most keys and ids): not searched.
        self._shortest = len(self._values[-1][0]) if self._values else 1 << 62
        self._spots = spots
        self._kept: list[str] = []
        self.replaced = 0

    def keep(self, texts: Iterable[str]) -> None:
        """Texts sent as they are: a value in one is a survivor."""
        self._kept.extend(texts)

    def survivor(self) -> bool:
        """Is a value in something sent as it was (a number, a protocol word)?"""
        kept = "\x00".join(self._kept)
        return any(original in kept for original, _ in self._values)

    def value(self, data: Any) -> Any:
        if isinstance(data, str):
            return self.string(data)
        if isinstance(data, list):
            if self._spots:
                return [self._member(data, i, item) for i, item in enumerate(data)]
            return [self.value(item) for item in data]
        if isinstance(data, dict):
            return {self.string(k): self._member(data, k, v) for k, v in data.items()}
        if isinstance(data, int | float) and not isinstance(data, bool):
            self._kept.append(repr(data))
            if isinstance(data, float) and data.is_integer() and abs(data) < 1e19:
                self._kept.append(str(int(data)))  # 4.1e15 is read as 4100000000000000
        return data

    def _member(self, container: Any, key: Any, data: Any) -> Any:
        if not isinstance(data, str):
            return self.value(data)
        if key == "model" or (key in PROTOCOL_WORDS and _WORD.fullmatch(data)):
            self._kept.append(data)
            return data
        return self.string(data, self._spots.get((id(container), key), ()))

    def string(self, text: str, spots: Sequence[tuple[int, int, str]] = ()) -> str:
        """``text`` with the values replaced (JSON inside it decoded first when it has escapes
        or looks like JSON; a value at a spot is replaced there)."""
        if not spots and ("\\" in text or text[:1] in ("{", "[")):
            decoded = _json(text)
            if decoded is not None:
                redacted = self.value(decoded)
                if redacted != decoded:
                    return orjson.dumps(redacted).decode()
        if not spots and len(text) < self._shortest:
            return text
        hits = list(spots)
        for original, pseudonym in self._values:
            at = text.find(original)
            while at != -1:
                hits.append((at, at + len(original), pseudonym))
                at = text.find(original, at + 1)
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


def _json(text: str) -> dict[str, Any] | list[Any] | str | None:
    """The JSON object, array or string ``text`` holds, else ``None``."""
    try:
        decoded = orjson.loads(text)
    except orjson.JSONDecodeError:
        return None
    return decoded if isinstance(decoded, dict | list | str) else None
