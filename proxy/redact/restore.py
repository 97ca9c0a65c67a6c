"""Restore: put the real values back where the answer names their pseudonyms (DESIGN §1 stage 6).

Only pseudonyms issued for *this* request are restored, so a user who pastes another tenant's (or
another request's) ``[PERSON_k3m9q2]`` gets that text back, never a value. Models drift, and the
drift they show is tolerated without guessing:

* case changes: ``[person_K3M9Q2]``;
* a missing bracket on either side or both: ``PERSON_k3m9q2`` (the label must then start a word);
* a dropped id, ``[PERSON]``, when exactly one value of that label was issued (brackets required:
  the bare word ``person`` is just a word);
* inflection after the token (``[PERSON_k3m9q2]s``, ``PERSON_k3m9q2owi``): the token is replaced and
  the ending kept.

A pseudonym-shaped token in brackets that was not issued for this request is left as it is and
counted as *unrestored*. ``TextStream`` restores text that arrives in pieces: it holds back only the
shortest tail that could still become an issued pseudonym, so restoring a stream piece by piece
gives exactly the restored whole. Pure: no I/O.
"""

from __future__ import annotations

import copy
import re
import string
from collections.abc import Iterable
from typing import Any

import orjson

from proxy.redact.pseudonyms import ID_CHARS, ID_LEN, LABELS, Issued

_ALL_LABELS = sorted(set(LABELS.values()) | {"DATA"}, key=len, reverse=True)
#: A pseudonym-shaped token: optional ``[``, a label that starts a word, optional ``_id``,
#: optional ``]``. Whether it is restored is decided per match.
TOKEN = re.compile(
    r"(\[|(?<![0-9A-Za-z_]))(" + "|".join(_ALL_LABELS) + r")"
    r"(?:_([a-z2-7]{6}))?(\])?",
    re.IGNORECASE,
)
_LABEL_PREFIXES = frozenset(
    label[:n].lower() for label in _ALL_LABELS for n in range(len(label) + 1)
)
_LOWER_LABELS = frozenset(label.lower() for label in _ALL_LABELS)
_ID_CHARS = frozenset(ID_CHARS)
#: ``[`` + the longest label + ``_`` + an id: how far back a pseudonym-shaped tail can start.
_SHAPED_REACH = 2 + max(map(len, _ALL_LABELS)) + ID_LEN
#: The characters of a token before its closing ``]`` (and the four non-ASCII letters
#: ``TOKEN``'s case-insensitive ``[a-z]`` matches as well).
_TOKEN_CHARS = "[_" + string.ascii_letters + string.digits + "\u017f\u212a\u0130\u0131"
_ODD_LETTERS = str.maketrans({"\u017f": "s", "\u212a": "k", "\u0130": "i", "\u0131": "i"})
#: The family a label's unrestored count is filed under.
_FAMILY = {label: "secret" if label == "SECRET" else name for name, label in LABELS.items()}


class Restorer:
    """Restores the pseudonyms issued for one request, counting what it restored and did not."""

    def __init__(self, issued: Iterable[Issued]) -> None:
        self._by_key: dict[tuple[str, str], Issued] = {}
        singles: dict[str, list[Issued]] = {}
        for item in issued:
            self._by_key[(item.label, item.id)] = item
            singles.setdefault(item.label, []).append(item)
        self._single = {label: items[0] for label, items in singles.items() if len(items) == 1}
        self._json_cache: dict[str, str] = {}
        prefixes: set[str] = set()
        for label, ident in self._by_key:
            for variant in (f"[{label}_{ident}]", f"{label}_{ident}]"):
                prefixes.update(variant[:n].lower() for n in range(1, len(variant)))
        for label in self._single:
            variant = f"[{label}]"
            prefixes.update(variant[:n].lower() for n in range(1, len(variant)))
        self._prefixes = frozenset(prefixes)
        self._reach = max((len(p) for p in prefixes), default=0)
        self._reach = max(self._reach, _SHAPED_REACH)
        self.restored: dict[str, int] = {}
        self.unrestored: dict[str, int] = {}

    @property
    def active(self) -> bool:
        """False when nothing was issued: every text comes back unchanged."""
        return bool(self._by_key)

    def text(self, text: str, *, json_escaped: bool = False, context: str = "") -> str:
        """``text`` with its issued pseudonyms restored. ``json_escaped``: the text is the inside
        of a JSON string (tool-call arguments), so values are written escaped. ``context``: the
        character before ``text`` (decides whether a bracketless label starts a word)."""
        if not self._by_key or ("_" not in text and "[" not in text):
            return text  # every token that counts has an ``_id`` or an opening bracket
        out: list[str] = []
        source = context[-1:] + text
        last = len(source) - len(text)
        for match in TOKEN.finditer(source, last):
            value = self._value(match)
            if value is None:
                continue
            if json_escaped:
                value = self._escaped(value)
            out.append(source[last : match.start()])
            out.append(value)
            last = match.end()
        if not out:
            return text
        out.append(source[last:])
        return "".join(out)

    def value(self, data: Any) -> Any:
        """A JSON value with every string in it (keys too) restored."""
        if isinstance(data, str):
            return self.text(data)
        if isinstance(data, list):
            return [self.value(item) for item in data]
        if isinstance(data, dict):
            return {self.text(k): self.value(v) for k, v in data.items()}
        return data

    def stream(self, *, json_escaped: bool = False) -> TextStream:
        """A fresh restorer for one text that arrives in pieces."""
        return TextStream(self, json_escaped)

    def twin(self) -> Restorer:
        """The same pseudonyms with counters of their own: for whole texts that repeat what a
        stream already restored and counted (a Responses ``.done`` event)."""
        twin = copy.copy(self)
        twin.restored, twin.unrestored = {}, {}
        return twin

    def held(self, text: str) -> int:
        """How many characters at the end of ``text`` could still become an issued pseudonym —
        or a bracketed pseudonym-shaped token, so that one not issued is counted as unrestored
        however the text is cut. Such a tail has only letters, digits, ``_`` and ``[``, and
        starts where a token can (``TOKEN``): at a ``[`` or at a letter that starts a word."""
        window = text[-self._reach :]
        run = window[len(window.rstrip(_TOKEN_CHARS)) :]
        if not run:
            return 0
        start = 0
        while start < len(run):
            tail = _fold(run[start:])
            if tail in self._prefixes or (tail[0] == "[" and _shaped(tail[1:])):
                return len(run) - start
            # The next place a token can start: a ``[`` or the letter just after one.
            start = start + 1 if tail[0] == "[" else run.find("[", start + 1)
            if start < 0:
                return 0
        return 0

    def _value(self, match: re.Match[str]) -> str | None:
        opened, label, ident, closed = match.group(1, 2, 3, 4)
        label = label.upper()
        item = self._by_key.get((label, ident.lower())) if ident else None
        if item is None and not ident and opened and closed:
            item = self._single.get(label)
        if item is not None:
            self.restored[item.finding_type] = self.restored.get(item.finding_type, 0) + 1
            return item.original
        if opened and closed and (ident or label in _FAMILY):
            family = _FAMILY.get(label, "data")
            self.unrestored[family] = self.unrestored.get(family, 0) + 1
        return None

    def _escaped(self, value: str) -> str:
        cached = self._json_cache.get(value)
        if cached is None:
            cached = self._json_cache[value] = orjson.dumps(value).decode()[1:-1]
        return cached


def _fold(text: str) -> str:
    """Lower case, with the four letters ``TOKEN``'s case-insensitive ``[a-z]`` also matches
    folded to theirs (``ſ`` to ``s``, the Kelvin sign to ``k``, ``İ``/``ı`` to ``i``)."""
    return (text if text.isascii() else text.translate(_ODD_LETTERS)).lower()


def _shaped(tail: str) -> bool:
    """Could ``[`` + ``tail`` (folded) still become a bracketed pseudonym-shaped token?"""
    label, sep, ident = tail.partition("_")
    if not sep:
        return label in _LABEL_PREFIXES
    return label in _LOWER_LABELS and len(ident) <= ID_LEN and _ID_CHARS.issuperset(ident)


class TextStream:
    """Restores one text that arrives in pieces (a choice's content, a tool call's arguments)."""

    __slots__ = ("_held", "_json", "_last", "_restorer")

    def __init__(self, restorer: Restorer, json_escaped: bool) -> None:
        self._restorer = restorer
        self._json = json_escaped
        self._held = ""
        self._last = ""

    def feed(self, piece: str) -> str:
        """The restored text that can be written now (may be empty)."""
        restorer = self._restorer
        if not restorer.active:
            return piece
        text = self._held + piece
        keep = restorer.held(text)
        ready, self._held = (text[:-keep], text[-keep:]) if keep else (text, "")
        return self._emit(ready)

    def flush(self) -> str:
        """Whatever is held back, restored (the text ended or a non-text event came)."""
        ready, self._held = self._held, ""
        return self._emit(ready)

    def _emit(self, ready: str) -> str:
        if not ready:
            return ""
        out = self._restorer.text(ready, json_escaped=self._json, context=self._last)
        self._last = ready[-1]
        return out
