"""The classifier: one hyperscan pass over the whole request, exact validation on candidates.

Why this shape: the classifier runs on every request, so the common case (ordinary prose, no
sensitive value) must cost one vectorised scan and nothing else. Every detector contributes a
cheap prefilter to hyperscan block-mode databases (pure literals, the other prefilters, encoded
blobs), scanned back to back; only where a prefilter fires does Python run the detector's exact
pattern, in a small bounded window, and then the validator
(checksum, context, placeholder rules). Everything is compiled once in ``Classifier()``.

Budgets make the cost deterministic: more than ``max_chars`` of text, or more prefilter hits than
``min(max_hits, 1000 + chars / 20)`` (not counting one per-part prefilter hit per part), stops the
scan and yields ``restricted`` with ``error`` set. Any exception does the same (fail closed).
The classifier never logs, reads the clock or does I/O; values found are never put in
``error``.
"""

from __future__ import annotations

import bisect
import re
import threading
from collections.abc import Sequence

import hyperscan

from proxy.classify._base import Detector, Hit, Scan
from proxy.classify.blobs import (
    BLOB_KINDS,
    Blob,
    blob_database,
    decode_blobs,
    long_run,
)
from proxy.classify.databases import (
    DatabaseStore,
    char_ends,
    compile_prefilters,
    literal_database,
)
from proxy.classify.detectors import all_detectors
from proxy.classify.mentions import resolve
from proxy.classify.normalize import Encoded, Normalizer, View
from proxy.classify.seams import place as _place
from proxy.classify.seams import seam_findings as _seam_findings
from proxy.classify.seams import seam_groups
from proxy.classify.spoken import YEAR_WORDS, Spoken, prefilters
from proxy.classify.taxonomy import Classification, Finding, Level, TextPart

#: Joins the parts into one scan text; no detector pattern crosses it.
_SEP = "\n\x00\n"
_SEP_UTF8 = _SEP.encode()
_SEP_CONT = _SEP_UTF8.translate(bytes(256))
#: Up to this many parts the scan joins the normaliser's bytes (many are encoded at once).
_REUSE_PARTS = 8
_Scanned = tuple[str, bytes, bytes | None]  # a scan string, its UTF-8, that's continuation map
#: How deep encoded blobs are decoded (a blob inside a decoded blob is depth 2).
MAX_DEPTH = 2
#: Then number words (``proxy.classify.spoken``): a year word, two number words in a row.
_BLOB_KINDS = (*BLOB_KINDS, "year", "spoken")
#: Maps UTF-8 continuation bytes to 1 and every other byte to 0 (byte to char offsets).
_CONT = bytes(1 if 0x80 <= b < 0xC0 else 0 for b in range(256))


class _BudgetExceeded(Exception):
    """Raised inside the scan when the prefilter-hit budget is spent."""


class Classifier:
    """Classifies request texts by sensitivity (DESIGN §3). Construct once, call often."""

    def __init__(
        self,
        *,
        max_chars: int = 8_000_000,
        max_hits: int | None = None,
        detectors: Sequence[Detector] | None = None,
        store: DatabaseStore | None = None,
    ) -> None:
        """Compile every detector (``detectors`` defaults to all of them) into the databases.

        ``max_chars`` bounds the text scanned per call; prefilter candidates are bounded by
        ``min(max_hits, 1000 + chars / 20)`` (ordinary text has about one per 5 KB, dense
        personal records one per 60 characters; a ``per_part`` prefilter's hits do not
        count). Both make the cost of one call deterministic;
        going over either fails closed. ``store`` keeps compiled databases between processes
        (``proxy.pattern_cache``); without one, construction does no I/O.
        """
        self.max_chars = max_chars
        self.max_hits = max_hits if max_hits is not None else 20_000 + max_chars // 32
        self._detectors: tuple[Detector, ...] = tuple(
            all_detectors() if detectors is None else detectors
        )
        self._dbs, self._targets = compile_prefilters(self._detectors, store)
        self._blob_base = len(self._targets)  # blob prefilter ids follow the detectors'
        self._per_part = frozenset(
            pattern_id
            for pattern_id in range(len(self._targets))
            if all(self._detectors[i].per_part for i in self._targets[pattern_id])
        )
        self._blob_db = blob_database()
        self._spoken_db = literal_database(prefilters(), store)
        self._normalizer = Normalizer()
        self._local = threading.local()  # hyperscan scratch space is per thread

    def classify(
        self, texts: Sequence[TextPart], unscannable: Sequence[str] = ()
    ) -> Classification:
        """Classify the texts; never raises (any failure is ``restricted`` with ``error``)."""
        skipped = tuple(unscannable)
        try:
            total = sum(len(part.text) for part in texts)
            if total > self.max_chars:
                return _failed("scan budget exceeded: input too large", skipped)
            findings, notes = self._findings(texts, min(self.max_hits, 1_000 + total // 20), 0)
        except _BudgetExceeded:
            return _failed("scan budget exceeded: too many candidates", skipped)
        except Exception as exc:  # fail closed: a detector bug must never yield public
            return _failed(f"classifier error: {type(exc).__name__}", skipped)
        skipped += tuple(n for n in dict.fromkeys(notes) if n not in skipped)
        level = max((f.level() for f in findings), default=Level.PUBLIC)
        if skipped:
            level = Level.RESTRICTED
        return Classification(level=level, findings=tuple(findings), unscannable=skipped)

    def _findings(
        self, texts: Sequence[TextPart], budget: int, depth: int, *, apart: bool = False
    ) -> tuple[list[Finding], list[str]]:
        """Findings in the normalised views of the parts, across their seams (unless the parts
        stand ``apart``: stretches of one text written out) and inside the
        encoded blobs they carry; plus the parts holding a blob that cannot be decoded."""
        if not texts:
            return [], []
        if len(texts) > _REUSE_PARTS:
            views, encoded = [self._normalizer.view(part.text) for part in texts], None
        else:
            prepared = [self._normalizer.prepare(part.text) for part in texts]
            views, encoded = [view for view, _ in prepared], [known for _, known in prepared]
            del prepared
        strings = [
            part.text if view is None else view.text
            for part, view in zip(texts, views, strict=True)
        ]
        found, blobs = self._hits(strings, budget, encoded)
        out = [_place(texts[i].part, views[i], hit, hit.start, hit.end) for i, hit in found]
        groups = [] if apart else seam_groups(strings)
        if groups:
            joined, _ = self._hits([group.text for group in groups], budget, seams=True)
            out.extend(_seam_findings(texts, views, groups, found, joined))
        notes: list[str] = []
        spoken = [(i, blob) for i, blob in blobs if isinstance(blob, Spoken)]
        if spoken and depth == 0:  # not again in the texts they are written out in
            out.extend(self._spoken(texts, views, spoken, budget, depth))
        for index, blob in blobs:
            name = texts[index].part
            if isinstance(blob, Spoken):
                continue
            if blob.text is None or depth >= MAX_DEPTH:
                notes.append(name)
                continue
            inner, inner_notes = self._findings([TextPart(name, blob.text)], budget, depth + 1)
            out.extend(_place(name, views[index], f, blob.start, blob.end) for f in inner)
            notes.extend(inner_notes)
        return list(dict.fromkeys(out)), notes

    def _spoken(
        self,
        texts: Sequence[TextPart],
        views: list[View | None],
        spoken: list[tuple[int, Spoken]],
        budget: int,
        depth: int,
    ) -> list[Finding]:
        """Findings in the texts with their number words as digits, on the words they cover.
        Classified at once, one part each (a text dense with number words costs one scan)."""
        parts = [TextPart(str(k), blob.text) for k, (_, blob) in enumerate(spoken)]
        # the budget of texts this long (they overlap a little where stretches meet)
        total = sum(len(part.text) for part in parts)
        inner, _ = self._findings(parts, max(budget, 1_000 + total // 20), depth + 1, apart=True)
        out = []
        for finding in inner:
            index, blob = spoken[int(finding.part)]
            span = blob.place(finding.start, finding.end)
            if span is not None:
                out.append(_place(texts[index].part, views[index], finding, *span))
        return out

    def _hits(
        self,
        strings: list[str],
        budget: int,
        encoded: list[Encoded | None] | None = None,
        *,
        seams: bool = False,
    ) -> tuple[list[tuple[int, Hit]], list[tuple[int, Blob | Spoken]]]:
        """Scan the strings at once: validated hits and decoded blobs, as (string index, item)
        with offsets local to that string (``encoded``: known UTF-8, emptied once scanned;
        ``seams``: the strings are seam groups, which the per-part prefilters skip)."""
        joined = _SEP.join(strings)
        starts: list[int] = []
        pos = 0
        for text in strings:
            starts.append(pos)
            pos += len(text) + len(_SEP)
        lengths = [len(text) for text in strings]
        data = _utf8(joined, strings, encoded or [])
        if encoded:
            encoded.clear()
        windows, blob_ends = self._windows((joined, *data), starts, lengths, budget, seams)
        resolved = resolve(joined, self._validated(joined, windows), data)
        del data  # freed before blobs are decoded (peak memory)
        out: list[tuple[int, Hit]] = []
        for hit in resolved:
            index = bisect.bisect_right(starts, hit.start) - 1
            base = starts[index]
            out.append((index, hit._replace(start=hit.start - base, end=hit.end - base)))
        return out, decode_blobs(joined, starts, lengths, blob_ends)

    def _validated(
        self, joined: str, windows: dict[int, list[tuple[int, int, int, int]]]
    ) -> list[Hit]:
        """Each detector's exact pattern run over its windows, the matches validated. One
        ``Scan`` per part serves every window in it (it is immutable; building one per window
        cost about 1 µs each, a millisecond per MB of ordinary text)."""
        hits: list[Hit] = []
        scans: dict[int, Scan] = {}
        for det_index, bucket in windows.items():
            detector = self._detectors[det_index]
            finditer = detector.pattern.finditer
            needs = detector.needs
            for lo, hi, ws, we in bucket:
                if needs is not None and needs.search(joined, ws, we) is None:
                    continue  # no match can hold here (see ``Detector.needs``)
                for match in finditer(joined, ws, we):
                    whole = _beyond(detector, joined, match, we, hi)
                    if whole is None:
                        continue
                    scan = scans.get(lo)
                    if scan is None:
                        scan = scans[lo] = Scan(joined, lo, hi)
                    hits.extend(detector.validate(whole, scan))
        return hits

    def _windows(
        self,
        scanned: _Scanned,
        starts: list[int],
        lengths: list[int],
        budget: int,
        seams: bool = False,
    ) -> tuple[dict[int, list[tuple[int, int, int, int]]], list[tuple[str, int]]]:
        """Prefilter hits as merged windows per detector: (part lo, part hi, win start, win end).

        Windows are merged per prefilter (detectors sharing one share its windows, sized for
        the widest of them), so a digit run costs one merge, not one per national scheme.
        A window never ends inside a word (see ``_whole_words``).
        """
        merged: dict[int, list[tuple[int, int, int, int]]] = {}
        blob_ends: list[tuple[str, int]] = []
        back, ahead, blob_base = self._targets.back, self._targets.ahead, self._blob_base
        lo, hi = 0, lengths[0]  # one string (the common case): no search for its part
        many = len(starts) > 1
        skip = self._per_part if seams else frozenset()
        for pattern_id, end in self._scan(scanned[1], scanned[2], budget, len(starts)):
            if pattern_id >= blob_base:
                blob_ends.append((_BLOB_KINDS[pattern_id - blob_base], end))
                continue
            if pattern_id in skip:
                continue
            if many:
                index = bisect.bisect_right(starts, end - 1) - 1
                lo = starts[index]
                hi = lo + lengths[index]
            ws = max(lo, end - back[pattern_id])
            we = min(hi, end + ahead[pattern_id])
            bucket = merged.get(pattern_id)
            if bucket is None:
                merged[pattern_id] = [(lo, hi, ws, we)]
            elif bucket[-1][0] == lo and ws <= bucket[-1][3]:
                bucket[-1] = (lo, hi, bucket[-1][2], max(we, bucket[-1][3]))
            else:
                bucket.append((lo, hi, ws, we))
        text = scanned[0]
        windows = {
            det_index: bucket
            for pattern_id, bucket in merged.items()
            for bucket in (_whole_words(text, bucket),)
            for det_index in self._targets[pattern_id]
        }
        return windows, blob_ends

    def _scan(
        self, data: bytes, cont: bytes | None, budget: int, parts: int
    ) -> list[tuple[int, int]]:
        """The hyperscan scans of the UTF-8 ``data`` (``cont``: its continuation-byte map,
        ``None`` when it is ASCII): (pattern id, character end offset), sorted by offset. Up to
        ``parts`` hits of each per-part prefilter are not counted against ``budget``."""
        raw: list[tuple[int, int]] = []
        free = self._per_part
        # hits counted; per-part hits still uncounted (one per part and per-part prefilter)
        tally = [0, parts * len(free), 0]  # and the number-word hits

        def on_match(det: int, _start: int, end: int, _flags: int, _ctx: object) -> bool:
            """Record one prefilter hit; returning True stops the scan (budget spent)."""
            raw.append((end, det))
            if det in free and tally[1] > 0:
                tally[1] -= 1
                return False
            tally[0] += 1
            return tally[0] > budget

        def on_spoken(index: int, _start: int, end: int, _flags: int, _ctx: object) -> bool:
            """Record a year word's end or two number words' (counted apart: not candidates)."""
            raw.append((end, self._blob_base + len(BLOB_KINDS) + (index >= len(YEAR_WORDS))))
            tally[2] += 1
            return tally[2] > len(data) // 2

        def on_blob(kind: int, _start: int, end: int, _flags: int, _ctx: object) -> bool:
            """Record the end of one encoded run (ids after the detectors'), if long enough."""
            if kind == 0 and not long_run(data, end):
                return False
            raw.append((end, self._blob_base + kind))
            tally[0] += 1
            return tally[0] > budget

        scratches = self._scratches()
        try:
            for db, scratch in zip(self._dbs, scratches, strict=False):
                db.scan(data, match_event_handler=on_match, scratch=scratch)
            self._spoken_db.scan(data, match_event_handler=on_spoken, scratch=scratches[-2])
            self._blob_db.scan(data, match_event_handler=on_blob, scratch=scratches[-1])
        except hyperscan.ScanTerminated:
            raise _BudgetExceeded from None
        raw.sort()
        return char_ends(raw, cont)

    def _scratches(self) -> tuple[hyperscan.Scratch, ...]:
        """This thread's hyperscan scratch spaces, one per database (detectors', spoken, blob)."""
        scratches = getattr(self._local, "scratches", None)
        if scratches is None:
            scratches = self._local.scratches = tuple(
                hyperscan.Scratch(db) for db in (*self._dbs, self._spoken_db, self._blob_db)
            )
        return scratches


def _utf8(
    joined: str, strings: list[str], encoded: Sequence[Encoded | None]
) -> tuple[bytes, bytes | None]:
    """``joined`` (the strings joined by ``_SEP``) as UTF-8 (errors replaced) and its
    continuation map (``None`` when ASCII), made of the normaliser's bytes where it has them."""
    if len(strings) > _REUSE_PARTS or not any(encoded):
        data = joined.encode("utf-8", "replace")
        return data, None if len(data) == len(joined) else data.translate(_CONT)
    pairs = [
        e or (s.encode("utf-8", "replace"), None) for s, e in zip(strings, encoded, strict=True)
    ]
    data = _SEP_UTF8.join([d for d, _ in pairs])
    if len(data) == len(joined):
        return data, None
    return data, _SEP_CONT.join([d.translate(_CONT) if c is None else c for d, c in pairs])


def _failed(error: str, unscannable: tuple[str, ...]) -> Classification:
    """The fail-closed result."""
    return Classification(level=Level.RESTRICTED, unscannable=unscannable, error=error)


def _beyond(
    detector: Detector, text: str, match: re.Match[str], we: int, hi: int
) -> re.Match[str] | None:
    """The match, or for one that ends at the window's end inside the part (where "$" and
    lookaheads saw the end of the text), the pattern matched again at its start against the
    whole part: ``None`` when it does not hold there ("Nowak, Anna" + "$" cut from "is a")."""
    if match.end() != we or we >= hi:
        return match
    return detector.pattern.match(text, match.start(), hi)


#: Word characters after a window's end: the window is widened to the end of its last word.
_WORD_TAIL = re.compile(r"\w+")
#: How far a window may grow to reach the end of a word (longer runs are blobs, not words).
_WORD_REACH = 256


def _whole_words(
    text: str, bucket: list[tuple[int, int, int, int]]
) -> list[tuple[int, int, int, int]]:
    """The windows, each widened to the end of the word it ends in. An exact pattern runs with
    the window's end as the end of the text, so "(?!\\w)" would hold inside a word cut there:
    "named Caretaker Chairman" cut after "Chai" read as a name ending in "Chai"."""
    out = []
    for lo, hi, ws, we in bucket:
        tail = _WORD_TAIL.match(text, we, min(hi, we + _WORD_REACH)) if we < hi else None
        out.append((lo, hi, ws, tail.end() if tail else we))
    return out
