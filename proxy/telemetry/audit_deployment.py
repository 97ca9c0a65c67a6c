"""Verify a deployment's audit log: every segment's chain, against its signed checkpoints.

A deployment writes one *segment* per writer: ``audit.jsonl`` with one worker, ``audit-w0.jsonl``,
``audit-w1.jsonl``, … with ``serve --workers N``. A segment is its live file, its rotations
(``X.1``, ``X.2``, …, one chain across them) and its checkpoints (``X.checkpoint``, and
``X.checkpoint.conflict`` when the proxy found the log behind its checkpoint at start). Each
segment is its own hash chain, so segments are verified one by one and never against each other.

``verify_deployment(paths, verifier)`` takes files and directories (a directory: every ``*.jsonl``
segment in it). With a ``verifier`` (the public key) a checkpoint must carry its signature; a
segment without one, a checkpoint for another segment, or a segment a checkpoint names that is
gone is a problem. Without it checkpoints are still compared with the log, but unverified.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from proxy.telemetry.audit_chain import GENESIS, rotated_files
from proxy.telemetry.audit_checkpoint import SUFFIX, Checkpoint
from proxy.telemetry.audit_note import Verifier, open_note
from proxy.telemetry.audit_verify import Problem, VerifyResult, verify_files

_ROTATED = re.compile(r"^(?P<base>.+)\.\d+$")
_SHOWN_PER_KIND = 3


@dataclass(slots=True)
class Segment:
    """One writer's chain: its files (oldest first) and its checkpoint files."""

    live: Path
    files: list[Path] = field(default_factory=list)
    checkpoints: list[Path] = field(default_factory=list)
    result: VerifyResult | None = None
    signed: int | None = None

    @property
    def name(self) -> str:
        """The live file's name, which the checkpoint's origin ends with."""
        return self.live.name


@dataclass(slots=True)
class DeploymentResult:
    """The verdict over all segments; ``issues`` break it, ``warnings`` do not."""

    segments: list[Segment]
    issues: list[Problem]
    warnings: list[str]
    signature_checked: bool

    @property
    def ok(self) -> bool:
        """No integrity problem and something was read."""
        return not self.issues

    @property
    def records(self) -> int:
        """Records over all segments."""
        return sum(seg.result.records for seg in self.segments if seg.result is not None)

    @property
    def problems(self) -> list[str]:
        """Each problem once, lines of one kind in one file summarised after a few."""
        return summarise(self.issues)

    @property
    def heads(self) -> list[tuple[str, int, str]]:
        """``(segment, last seq, last hash)`` of each segment."""
        out = []
        for seg in self.segments:
            result = seg.result
            seq, head = (result.last_seq, result.last_hash) if result else (0, GENESIS)
            out.append((seg.name, seq, head))
        return out


def summarise(issues: Iterable[Problem]) -> list[str]:
    """Problems as lines: the first few of each kind per file, then one line for the rest."""
    issues = list(issues)
    totals = Counter((issue.file, issue.kind) for issue in issues)
    shown: Counter[tuple[str, str]] = Counter()
    out = []
    for issue in issues:
        key = (issue.file, issue.kind)
        shown[key] += 1
        if shown[key] <= _SHOWN_PER_KIND:
            out.append(str(issue))
        elif shown[key] == _SHOWN_PER_KIND + 1:
            rest = totals[key] - _SHOWN_PER_KIND
            out.append(f"{issue.file}: … and {rest} more {issue.kind} line(s)")
    return out


def _base(path: Path) -> str:
    name = path.name
    if SUFFIX in name:
        return name.split(SUFFIX, 1)[0]
    match = _ROTATED.match(name)
    return match["base"] if match else name


def discover(paths: Sequence[Path | str]) -> tuple[list[Segment], list[Problem]]:
    """The segments named by ``paths`` (files: their whole segment; directories: all in them)."""
    bases: dict[Path, None] = {}
    problems = []
    for given in map(Path, paths):
        if given.is_dir():
            found = sorted({given / _base(p) for p in given.iterdir() if p.is_file()})
            found = [p for p in found if p.name.endswith(".jsonl") and not p.name.endswith(".tmp")]
            if not found:
                problems.append(Problem(str(given), 0, "unreadable", "no *.jsonl audit log in it"))
            bases.update(dict.fromkeys(found))
        elif given.exists() or _has_parts(given.with_name(_base(given))):
            bases[given.with_name(_base(given))] = None
        else:
            problems.append(Problem(str(given), 0, "unreadable", "no such file"))
    return [_segment(live) for live in bases], problems


def _has_parts(live: Path) -> bool:
    return live.exists() or bool(rotated_files(live)) or bool(_checkpoints(live))


def _checkpoints(live: Path) -> list[Path]:
    try:
        entries = list(live.parent.iterdir())
    except OSError:
        return []
    prefix = live.name + SUFFIX
    return sorted(p for p in entries if p.name.startswith(prefix) and not p.name.endswith(".tmp"))


def _segment(live: Path) -> Segment:
    files = [rotated for _, rotated in rotated_files(live)]
    if live.exists():
        files.append(live)
    return Segment(live, files, _checkpoints(live))


def _read_checkpoint(
    path: Path, segment: Segment, verifier: Verifier | None, issues: list[Problem]
) -> Checkpoint | None:
    try:
        note = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        issues.append(Problem(str(path), 0, "bad_checkpoint", f"unreadable: {exc}"))
        return None
    if verifier is not None:
        text, why = open_note(note, verifier)
    else:
        text, why = note.rpartition("\n\n")[0] + "\n", ""
    if text is None:
        issues.append(Problem(str(path), 0, "bad_checkpoint", why))
        return None
    try:
        checkpoint = Checkpoint.parse(text)
    except ValueError as exc:
        issues.append(Problem(str(path), 0, "bad_checkpoint", str(exc)))
        return None
    if checkpoint.segment != segment.name:
        detail = f"signs segment {checkpoint.segment}, not {segment.name} (segments swapped?)"
        issues.append(Problem(str(path), 0, "misplaced_checkpoint", detail))
        return None
    return checkpoint


def _verify_segment(segment: Segment, verifier: Verifier | None, issues: list[Problem]) -> set[str]:
    """Verify one segment; return the segment names its checkpoints list."""
    checkpoints = []
    for path in segment.checkpoints:
        checkpoint = _read_checkpoint(path, segment, verifier, issues)
        if checkpoint is not None:
            checkpoints.append((path, checkpoint))
    if verifier is not None and not segment.checkpoints:
        detail = "no checkpoint: no signature covers this segment"
        issues.append(Problem(str(segment.live), 0, "unsigned", detail))
    signed = [(path.name, cp.size, cp.head) for path, cp in checkpoints]
    segment.result = verify_files(segment.files, signed=signed)
    segment.signed = max((cp.size for _, cp in checkpoints), default=None)
    issues.extend(segment.result.issues)
    return {name for _, cp in checkpoints for name in cp.segments}


def verify_deployment(
    paths: Sequence[Path | str], verifier: Verifier | None = None
) -> DeploymentResult:
    """Verify every segment named by ``paths``; see the module docstring."""
    segments, issues = discover(paths)
    warnings = []
    named: dict[Path, None] = {}
    for segment in segments:
        for name in sorted(_verify_segment(segment, verifier, issues)):
            named[segment.live.with_name(name)] = None
        assert segment.result is not None
        if segment.result.records == 0 and not segment.files:
            continue
        if segment.result.records == 0:
            warnings.append(f"{segment.live}: silent segment: no records")
        elif segment.result.unsigned_tail:
            warnings.append(
                f"{segment.live}: {segment.result.unsigned_tail} record(s) after its last "
                "checkpoint are covered by no signature yet"
            )
    present = {segment.live for segment in segments}
    for live in named:
        if live not in present and not _has_parts(live):
            detail = "missing segment: a signed checkpoint lists it, but it is gone"
            issues.append(Problem(str(live), 0, "missing_segment", detail))
        elif live not in present:
            warnings.append(f"{live}: segment of this deployment not included")
    return DeploymentResult(segments, issues, warnings, verifier is not None)
