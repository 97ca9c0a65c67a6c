"""Verify an audit log's hash chain across files and name every line that breaks it.

What the chain proves: each line's ``hash`` covers its content, its ``seq`` and the ``hash`` of
the line before, so an edit, a deletion, an insertion or a swap anywhere leaves a visible break.
What it cannot prove on its own: that nothing was cut from the *end* of the newest file, or that
someone who rewrote every later line too was not there. Pass ``anchor`` — a ``hash`` kept
elsewhere (``AuditLog.last_hash`` shipped to another system now and then) — to close that gap.

Files may be given in any order: they are put in order by the ``seq`` of their first record.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import NamedTuple

from proxy.telemetry.audit_chain import GENESIS, check_line


class Problem(NamedTuple):
    """One break in the log: where (file, 1-based line) and what (``kind``, ``detail``)."""

    file: str
    line: int
    kind: str
    detail: str

    def __str__(self) -> str:
        return f"{self.file}:{self.line}: {self.kind}: {self.detail}"


@dataclass(slots=True)
class VerifyResult:
    """The verdict: ``ok`` when no problem was found; ``problems`` as printable messages."""

    ok: bool
    lines: int
    records: int
    issues: list[Problem] = field(default_factory=list)
    last_hash: str = GENESIS
    last_seq: int = 0
    #: records after the highest signed seq checked (``signed``): covered by no signature yet
    unsigned_tail: int = 0

    @property
    def problems(self) -> list[str]:
        """Each problem as ``FILE:LINE: kind: detail``."""
        return [str(issue) for issue in self.issues]


class _Entry(NamedTuple):
    file: str
    line: int
    seq: int
    prev: str
    hash: str


_MESSAGES = {
    "bad_json": "not a JSON object (inserted, edited by hand, or corrupted)",
    "malformed": "seq, prev_hash or hash missing or of the wrong type (inserted or edited)",
    "modified": "content does not match its hash (modified)",
}


def _read_file(path: Path, issues: list[Problem]) -> tuple[list[_Entry], int]:
    """Parse one file: its chainable entries and its line count; bad lines go to ``issues``.

    Streams the file line by line; only a small tuple per record is kept in memory.
    """
    name = str(path)
    entries: list[_Entry] = []
    number = 0
    try:
        with path.open("rb") as handle:
            for number, raw in enumerate(handle, start=1):
                _check(name, number, raw, entries, issues)
    except OSError as exc:
        issues.append(Problem(name, 0, "unreadable", exc.strerror or str(exc)))
    return entries, number


def _check(
    name: str, number: int, raw: bytes, entries: list[_Entry], issues: list[Problem]
) -> None:
    if not raw.strip():
        return
    record, problem = check_line(raw)
    if problem is not None and not raw.endswith(b"\n"):
        issues.append(Problem(name, number, "truncated", "incomplete last line (cut short)"))
        return
    if problem is not None:
        issues.append(Problem(name, number, problem, _MESSAGES[problem]))
    if record is not None and problem in (None, "modified"):
        entries.append(_Entry(name, number, record["seq"], record["prev_hash"], record["hash"]))


def _orphans(entries: list[_Entry]) -> set[int]:
    """Indexes of inserted lines: nothing chains to them and they compete with a genuine line.

    A line is an orphan when it is not the last one, no line names its hash as ``prev_hash``, and it
    either shares its ``seq`` or its ``prev_hash`` with another line, or chains to no known line.
    """
    referenced = Counter(entry.prev for entry in entries)
    seqs = Counter(entry.seq for entry in entries)
    known = {entry.hash for entry in entries} | {GENESIS}
    out: set[int] = set()
    for index, entry in enumerate(entries[:-1]):
        if entry.hash in referenced:
            continue
        if seqs[entry.seq] > 1 or referenced[entry.prev] > 1 or entry.prev not in known:
            out.add(index)
    return out


class _Walker:
    """Walks entries in order, keeping the last line accepted into the chain."""

    def __init__(self, entries: list[_Entry], issues: list[Problem]) -> None:
        self.issues = issues
        self.present = {entry.seq for entry in entries}
        self.seen: set[int] = set()
        self.last = _Entry("", 0, 0, "", GENESIS)

    def _report(self, entry: _Entry, kind: str, detail: str) -> None:
        self.issues.append(Problem(entry.file, entry.line, kind, detail))

    def _where(self) -> str:
        return f"{self.last.file}:{self.last.line}" if self.last.line else "the start of the log"

    def step(self, entry: _Entry) -> None:
        """Check one entry against the last accepted one and report what breaks."""
        last = self.last
        if entry.seq <= last.seq:
            kind = "duplicate" if entry.seq in self.seen else "reordered"
            detail = f"seq {entry.seq} comes after seq {last.seq} ({self._where()})"
            self._report(entry, kind, detail)
            return
        self.seen.add(entry.seq)
        if entry.seq > last.seq + 1:
            self._gap(entry)
        elif entry.prev != last.hash:
            detail = (
                f"prev_hash does not match the hash of {self._where()}: that line was altered "
                "and re-hashed, or this line's prev_hash was changed"
            )
            self._report(entry, "chain_broken", detail)
        self.last = entry

    def _gap(self, entry: _Entry) -> None:
        missing = [seq for seq in range(self.last.seq + 1, entry.seq) if seq not in self.present]
        if missing:
            span = str(missing[0]) if len(missing) == 1 else f"{missing[0]}..{missing[-1]}"
            boundary = " (a missing file?)" if entry.line == 1 else ""
            detail = f"{len(missing)} line(s) deleted before this one: seq {span}{boundary}"
            self._report(entry, "deleted", detail)
        else:
            detail = f"seq {entry.seq} where seq {self.last.seq + 1} was expected"
            self._report(entry, "reordered", detail)


def verify_files(
    paths: Sequence[Path | str],
    *,
    anchor: str | None = None,
    signed: Sequence[tuple[str, int, str]] = (),
) -> VerifyResult:
    """Check the chain over ``paths`` (rotated files in any order) and report every break.

    ``anchor``: a ``hash`` noted earlier outside the log (``AuditLog.last_hash``); when no line
    carries it, lines were cut from the end — the one change the chain cannot show by itself.
    ``signed``: ``(name, size, head)`` of checkpoints: the record with seq ``size`` must exist and
    carry hash ``head`` (``name`` says which checkpoint in a problem).
    """
    issues: list[Problem] = []
    per_file: list[tuple[int, str, list[_Entry]]] = []
    lines = 0
    for path in paths:
        entries, count = _read_file(Path(path), issues)
        lines += count
        if not entries:
            continue
        per_file.append((entries[0].seq, str(path), entries))
    per_file.sort(key=lambda item: (item[0], item[1]))
    ordered = [entry for _, _, entries in per_file for entry in entries]
    orphans = _orphans(ordered)
    walker = _Walker(ordered, issues)
    for index, entry in enumerate(ordered):
        if index in orphans:
            detail = "nothing chains to this line and it competes with another (inserted)"
            issues.append(Problem(entry.file, entry.line, "inserted", detail))
        else:
            walker.step(entry)
    if anchor is not None and anchor not in {entry.hash for entry in ordered}:
        where = per_file[-1][1] if per_file else "the log"
        detail = f"anchored hash {anchor[:16]}… is not in the log: lines were cut from its end"
        issues.append(Problem(where, 0, "truncated", detail))
    for name, size, head in signed:
        issues.extend(_against_checkpoint(ordered, name, size, head))
    issues.sort(key=lambda issue: (_file_rank(per_file, issue.file), issue.line))
    top = max((size for _, size, _ in signed), default=None)
    return VerifyResult(
        ok=not issues,
        lines=lines,
        records=len(ordered),
        issues=issues,
        last_hash=walker.last.hash,
        last_seq=walker.last.seq,
        unsigned_tail=0 if top is None else sum(entry.seq > top for entry in ordered),
    )


def _against_checkpoint(entries: list[_Entry], name: str, size: int, head: str) -> list[Problem]:
    """The log against one checkpoint: seq ``size`` must be there with hash ``head``."""
    if size == 0:
        return []
    at = [entry for entry in entries if entry.seq == size]
    if any(entry.hash == head for entry in at):
        return []
    if at:
        entry = at[-1]
        detail = (
            f"hash of seq {size} differs from the one signed in {name}: records up to seq "
            f"{size} were altered and re-hashed"
        )
        return [Problem(entry.file, entry.line, "rechained", detail)]
    last = max((entry.seq for entry in entries), default=0)
    if last < size:
        detail = f"{name} signs {size} records but the log ends at seq {last}: records cut"
    else:
        detail = f"the record {name} signs (seq {size}) is missing"
    return [Problem(name, 0, "truncated" if last < size else "deleted", detail)]


def _file_rank(per_file: list[tuple[int, str, list[_Entry]]], name: str) -> int:
    for rank, (_, file, _) in enumerate(per_file):
        if file == name:
            return rank
    return len(per_file)
