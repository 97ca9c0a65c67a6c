"""What a reader would read: the normalised view the detectors scan, with offsets back.

An attacker hides an IBAN from a pattern with zero-width joiners, soft hyphens, non-breaking
spaces, fullwidth digits or a Cyrillic ``Е`` in the country code; a model (or a person) still
reads the IBAN. So the classifier scans a *view* of each text in which

* Unicode compatibility forms are folded (NFKC per character: fullwidth ``Ｄ`` → ``D``,
  ``\\u00a0`` → space, ligatures and superscripts to their letters and digits);
* format characters are removed (zero-width spaces and joiners, soft hyphen, bidi controls,
  byte-order marks) — except Unicode *tag* characters, which models read as the ASCII letters
  they shadow, so they become those letters;
* combining marks are composed with their base letter when a precomposed letter exists
  (``e`` + ``\\u0301`` → ``é``) and dropped otherwise (``D`` + ``\\u0301`` reads as ``D``);
* letters that are confusable with a Latin letter or digit become it (Unicode TR39 confusables,
  as shipped by the ``confusable-homoglyphs`` package), digits of every script become ASCII
  digits, and every dash becomes ``-``.

Case is kept: the detectors that ignore case do so themselves, and the name detector needs it.

Most texts need none of this: an ASCII text is its own view, and for others one hyperscan pass
over the changeable characters decides (only those cost Python work). View offsets map back
through ``View.start``/``View.end``. Pure: no I/O beyond reading the confusables once.
"""

from __future__ import annotations

import bisect
import itertools
import json
import threading
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

import hyperscan

#: Code points examined for the table: planes 0 to 2, and plane 14's tag and selector blocks.
_RANGES = ((0x80, 0x30000), (0xE0000, 0xE0200))
#: Hangul fillers: letters by category, invisible on screen; used to pad identifiers unseen.
_INVISIBLE_LETTERS = frozenset((0x115F, 0x1160, 0x3164, 0xFFA0))
_LINE_BREAKS = frozenset((0x85, 0x2028, 0x2029))
#: Above this many changed characters (or one per 32 characters in a longer text) a text
#: takes the dense path: a rewrite costs about 1 µs per changed character, a ``translate``
#: about 40 ns per character.
SPARSE_LIMIT = 64
_CHUNK = 1024
#: Maps UTF-8 continuation bytes to 1 and every other byte to 0 (byte to character offsets).
_CONT = bytes(1 if 0x80 <= b < 0xC0 else 0 for b in range(256))


@dataclass(frozen=True, slots=True)
class _Table:
    """Character → replacement ("" deletes), the combining marks, and their matcher.

    ``ordinals`` is the same mapping for ``str.translate``, with every mark deleted (the dense
    path composes marks with NFC first, so only marks without a precomposed letter remain).
    """

    map: dict[str, str]
    marks: frozenset[str]
    ordinals: dict[int, str]
    database: hyperscan.Database


class View:
    """A text as the detectors see it, and the way back from view offsets to the original.

    A *sparse* view (few characters changed) keeps ``anchors``: ``(view offset, original
    offset)`` pairs from which offsets advance together until the next anchor. A *dense* view
    (many changed) was made by one C-speed ``translate``; its offsets are mapped back on demand,
    through the view length of each 1,024-character chunk, then a walk inside one chunk.
    """

    __slots__ = ("_chunks", "_ends", "_table", "anchors", "dense", "original", "text")

    def __init__(
        self,
        text: str,
        original: str,
        anchors: tuple[tuple[int, int], ...] = (),
        *,
        table: _Table | None = None,
        chunks: list[int] | None = None,
    ) -> None:
        self.text = text
        self.original = original
        self.anchors = anchors
        self.dense = table is not None
        self._table = table
        self._chunks = chunks
        self._ends: dict[int, list[int]] = {}  # per dense chunk: each character's view end

    @property
    def changed(self) -> bool:
        """Whether the view differs from the original text."""
        return self.text is not self.original

    def start(self, offset: int) -> int:
        """The original offset of the view character at ``offset``."""
        if self._table is not None:
            return self._dense_start(offset, self._table)
        if not self.anchors:
            return offset
        index = bisect.bisect_right(self.anchors, (offset, len(self.original) + 1)) - 1
        if index < 0:
            return offset
        view_at, original_at = self.anchors[index]
        return min(original_at + (offset - view_at), len(self.original))

    def end(self, offset: int) -> int:
        """The original end offset of a view span that ends at ``offset`` (exclusive).

        It reaches up to where the next view character starts, so a letter composed from a
        base and a combining mark ends after the mark.
        """
        if not self.changed or offset <= 0:
            return offset
        if offset >= len(self.text):
            return len(self.original)
        return max(self.start(offset - 1) + 1, self.start(offset))

    def _dense_start(self, offset: int, table: _Table) -> int:
        """Find the chunk holding view ``offset``, then the character there (a chunk's view
        offsets are summed once, on first use: findings by the hundred map back in one pass)."""
        assert self._chunks is not None
        chunk = bisect.bisect_right(self._chunks, offset)
        if chunk >= len(self._chunks):
            return len(self.original)
        ends = self._ends.get(chunk)
        if ends is None:
            piece = self.original[chunk * _CHUNK : (chunk + 1) * _CHUNK]
            widths = (_width(char, table) for char in piece)
            start = self._chunks[chunk - 1] if chunk else 0
            ends = self._ends[chunk] = list(itertools.accumulate(widths, initial=start))[1:]
        return min(len(self.original), chunk * _CHUNK + bisect.bisect_right(ends, offset))


class Normalizer:
    """Builds views; construct once (the table and its matcher are compiled here)."""

    def __init__(self) -> None:
        self._table = _table()
        self._local = threading.local()

    def view(self, text: str) -> View | None:
        """The normalised view of ``text``; ``None`` when it is the text itself."""
        return None if text.isascii() else self.prepare(text)[0]

    def prepare(self, text: str) -> tuple[View | None, Encoded | None]:
        """The view (as ``view``) and, when known without a second pass, the UTF-8 bytes of the
        string to scan (the view's text, or ``text`` itself) and, for ``text`` itself, their
        continuation-byte map: the pass over the changeable characters already made them."""
        if text.isascii():
            return None, None
        try:
            data, strict = text.encode("utf-8"), True
        except UnicodeEncodeError:  # lone surrogates: the scan encodes its own way
            data, strict = text.encode("utf-8", "surrogatepass"), False
        found = self._changeable(data, len(text))
        if found is None:
            del data  # not reused: free before the dense view is made (peak memory)
            return _dense_view(text, self._table), None
        positions, cont = found
        del found
        if not positions:
            return None, (data, cont) if strict else None
        del cont  # a sparse view's map is made from its own bytes: building the view is the
        # peak of memory, and it would hold the original's map and the copy's at once
        offsets = [index for index, _ in positions]
        view = _build(text, offsets, self._table)
        if not strict or any(text[index] in self._table.marks for index in offsets):
            return view, None
        return view, (_splice(text, positions, data, self._table), None)

    def _changeable(
        self, data: bytes, chars: int
    ) -> tuple[list[tuple[int, int]], bytes | None] | None:
        """One hyperscan pass over ``data`` (a text of ``chars`` characters, UTF-8): the
        (character offset, byte end) of every character that changes, and, when none does, the
        continuation map of ``data``; ``None`` when more than ``SPARSE_LIMIT`` change."""
        ends: list[int] = []
        limit = max(SPARSE_LIMIT, chars // 32)

        def on_match(_id: int, _start: int, end: int, _flags: int, _ctx: object) -> bool:
            """Record the byte end of one changeable character; stop when there are many."""
            ends.append(end)
            return len(ends) > limit

        scratch = getattr(self._local, "scratch", None)
        if scratch is None:
            scratch = self._local.scratch = hyperscan.Scratch(self._table.database)
        try:
            self._table.database.scan(data, match_event_handler=on_match, scratch=scratch)
        except hyperscan.ScanTerminated:
            return None
        except hyperscan.error:  # invalid UTF-8 (lone surrogates): the exact, dense path
            return None
        if not ends:
            return [], data.translate(_CONT)
        found = _decoded_offsets(data, ends)
        return (_char_offsets(data.translate(_CONT), ends) if found is None else found), None


#: UTF-8 bytes of a scanned string and their continuation-byte map (see ``_CONT``), when known.
Encoded = tuple[bytes, bytes | None]


def _char_offsets(cont: bytes, ends: list[int]) -> list[tuple[int, int]]:
    """(character offset, byte end) of the characters ending at byte offsets ``ends``, given
    the continuation map ``cont`` of the bytes."""
    out: list[tuple[int, int]] = []
    chars = byte = 0
    for end in sorted(ends):
        chars += (end - byte) - cont.count(1, byte, end)
        byte = end
        out.append((chars - 1, end))
    return out


def _decoded_offsets(data: bytes, ends: list[int]) -> list[tuple[int, int]] | None:
    """What ``_char_offsets`` gives, from the lengths of the decoded runs between the ends (a
    map and a count of every byte cost about twice as much); ``None`` when a run does not
    decode (an end inside a character), for ``_char_offsets`` to count exactly."""
    whole = memoryview(data)
    out: list[tuple[int, int]] = []
    chars = byte = 0
    try:
        for end in sorted(ends):
            chars += len(str(whole[byte:end], "utf-8", "surrogatepass"))
            byte = end
            out.append((chars - 1, end))
    except UnicodeDecodeError:
        return None
    return out


def _splice(text: str, positions: list[tuple[int, int]], data: bytes, table: _Table) -> bytes:
    """The UTF-8 bytes of a sparse view without combining marks, copied from the original's
    (``data``) around the rewritten characters (no intermediate copies)."""
    whole = memoryview(data)
    pieces: list[bytes | memoryview] = []
    copied = 0
    for index, end in positions:
        new = table.map.get(text[index], text[index]).encode("utf-8")
        pieces += (whole[copied : end - len(text[index].encode("utf-8"))], new)
        copied = end
    pieces.append(whole[copied:])
    return b"".join(pieces)


def _build(text: str, positions: list[int], table: _Table) -> View:
    """Copy the unchanged runs of ``text`` and rewrite the characters at ``positions``."""
    out: list[str] = []
    anchors: list[tuple[int, int]] = []
    length = 0  # characters written to the view so far
    copied = 0  # original characters consumed so far
    replace = table.map
    marks = table.marks
    for index in positions:
        if index > copied:
            out.append(text[copied:index])
            length += index - copied
        copied = index + 1
        char = text[index]
        if char in marks:
            last = out[-1] if out else ""
            composed = _compose(last[-1], char) if last else ""
            if composed:
                out[-1] = last[:-1] + composed
            anchors.append((length, index + 1))
            continue
        new = replace.get(char, char)
        for offset, piece in enumerate(new):
            out.append(piece)
            anchors.append((length + offset, index))
        length += len(new)
        anchors.append((length, index + 1))
    out.append(text[copied:])
    return View("".join(out), text, tuple(_squeeze(anchors)) or ((0, 0),))


def _dense_view(text: str, table: _Table) -> View:
    """A dense view, made chunk by chunk so that its offsets can be mapped back later."""
    pieces = [_dense(text[i : i + _CHUNK], table) for i in range(0, len(text), _CHUNK)]
    chunks = list(itertools.accumulate(len(piece) for piece in pieces))
    return View("".join(pieces), text, table=table, chunks=chunks)


def _dense(text: str, table: _Table) -> str:
    """The view of a text with many changes: marks composed (NFC), then one ``translate``."""
    if not unicodedata.is_normalized("NFC", text):
        text = unicodedata.normalize("NFC", text)
    return text.translate(table.ordinals)


def _width(char: str, table: _Table) -> int:
    """How many view characters one original character becomes on the dense path."""
    if char in table.marks:
        return 0
    return len(table.map.get(char, char))


def _compose(base: str, mark: str) -> str:
    """The precomposed letter for ``base`` + ``mark``, or "" when there is none."""
    if len(base) != 1:
        return ""
    composed = unicodedata.normalize("NFC", base + mark)
    return composed if len(composed) == 1 else ""


def _squeeze(anchors: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Anchors with the same view offset keep the last; redundant ones are dropped."""
    out: list[tuple[int, int]] = []
    for view_at, original_at in anchors:
        if out and out[-1][0] == view_at:
            out[-1] = (view_at, original_at)
        elif not out or original_at - out[-1][1] != view_at - out[-1][0]:
            out.append((view_at, original_at))
    return out


@lru_cache(maxsize=1)
def _table() -> _Table:
    """Build the replacement table and the hyperscan matcher of changeable characters."""
    confusable = _confusables()
    mapping: dict[str, str] = {}
    marks: set[str] = set()
    for lo, hi in _RANGES:
        for code in range(lo, hi):
            char = chr(code)
            category = unicodedata.category(char)
            if category in ("Cn", "Cs", "Co"):
                continue
            if category in ("Mn", "Me"):
                marks.add(char)
                continue
            new = _replacement(char, code, category, confusable)
            if new is not None and new != char:
                mapping[char] = new
    pattern = _char_class(sorted(ord(c) for c in (*mapping, *marks)))
    database = hyperscan.Database(mode=hyperscan.HS_MODE_BLOCK)
    database.compile(
        expressions=[pattern.encode("utf-8")],
        ids=[0],
        elements=1,
        flags=[hyperscan.HS_FLAG_UTF8],
    )
    ordinals = {ord(c): new for c, new in mapping.items()}
    ordinals.update((ord(c), "") for c in marks)
    return _Table(mapping, frozenset(marks), ordinals, database)


def _replacement(char: str, code: int, category: str, confusable: dict[str, str]) -> str | None:
    """What ``char`` becomes in the view, or ``None`` to keep it."""
    if category == "Cf":
        return chr(code - 0xE0000) if 0xE0020 <= code <= 0xE007E else ""
    if code in _INVISIBLE_LETTERS:
        return ""
    if code in _LINE_BREAKS:
        return "\n"
    if category == "Nd":
        return str(unicodedata.digit(char))
    if category == "Pd" or code == 0x2212:  # dashes, and the minus sign
        return "-"
    if category == "Zs":
        return " "
    folded = unicodedata.normalize("NFKC", char)
    if folded != char:
        return "".join(confusable.get(c, c) for c in folded if unicodedata.category(c) != "Mn")
    return confusable.get(char)


def _confusables() -> dict[str, str]:
    """Non-ASCII characters confusable with one ASCII letter or digit (Unicode TR39 data)."""
    path = resources.files("confusable_homoglyphs") / "confusables.json"
    data: dict[str, list[dict[str, str]]] = json.loads(path.read_text(encoding="utf-8"))
    out: dict[str, str] = {}
    for char, entries in data.items():
        if len(char) != 1 or char.isascii():
            continue
        targets = {e["c"] for e in entries if len(e["c"]) == 1 and e["c"].isascii()}
        targets = {t for t in targets if t.isalnum()}
        if len(targets) == 1:
            out[char] = targets.pop()
    return out


def _char_class(codes: list[int]) -> str:
    """A hyperscan character class of the code points (as ranges)."""
    parts: list[str] = []
    start = prev = codes[0]
    for code in [*codes[1:], -1]:
        if code == prev + 1:
            prev = code
            continue
        parts.append(f"\\x{{{start:x}}}" + (f"-\\x{{{prev:x}}}" if prev != start else ""))
        start = prev = code
    return "[" + "".join(parts) + "]"
