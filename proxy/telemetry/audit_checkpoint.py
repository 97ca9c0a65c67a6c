"""Signed checkpoints of the audit chain, in the C2SP ``tlog-checkpoint`` shape.

https://c2sp.org/tlog-checkpoint describes a Merkle tree head as a signed note; sovproxy's log is a
hash chain, so the three mandatory lines carry the chain's equivalents::

    sovproxy.example/audit/audit-w0.jsonl      origin: <key name>/<segment file name>
    1042                                       size: records in the segment (= seq of the last)
    3q2+7w...=                                 "root hash": base64 of the last record's hash
    time 1764772800                            extension: Unix seconds when it was signed
    segments audit-w0.jsonl audit-w1.jsonl     extension: the deployment's segments on disk

    — sovproxy.example/audit <base64(key id || Ed25519 signature)>

A checkpoint of size N commits to every record up to seq N (each hash covers the one before), so
a verifier holding the public key detects any change, deletion or re-chaining up to N, and a log
cut below N. Records written after the last checkpoint are covered by nothing yet. The latest
checkpoint of segment ``X`` is kept in ``X.checkpoint`` (replaced atomically).
"""

from __future__ import annotations

import base64
import binascii
import os
import re
import threading
import time
from dataclasses import dataclass
from pathlib import Path

import structlog

from proxy.telemetry.audit_note import Signer, open_note

_log = structlog.get_logger(__name__)

SUFFIX = ".checkpoint"
_WORKER = re.compile(r"^(?P<base>.+)-w(?P<index>\d+)(?P<ext>\.[^.]+)?$")


def checkpoint_path(log: Path) -> Path:
    """Where the latest checkpoint of the log (segment) ``log`` lives."""
    return log.with_name(log.name + SUFFIX)


def worker_segment(log: Path, index: int) -> Path:
    """The segment worker ``index`` of a deployment writes for the configured ``log``."""
    return log.with_name(f"{log.stem}-w{index}{log.suffix}")


def family(log: Path) -> list[str]:
    """Names of the segments of ``log``'s deployment on disk: ``*-w<i>.ext`` siblings, or itself."""
    match = _WORKER.match(log.name)
    if match is None:
        return [log.name]
    pattern = re.compile(re.escape(match["base"]) + r"-w\d+" + re.escape(match["ext"] or "") + r"$")
    try:
        names = {entry.name for entry in log.parent.iterdir() if pattern.match(entry.name)}
    except OSError:
        names = set()
    return sorted(names | {log.name}, key=_natural)


def _natural(name: str) -> tuple[str, int]:
    match = _WORKER.match(name)
    return (name, 0) if match is None else (match["base"], int(match["index"]))


@dataclass(frozen=True, slots=True)
class Checkpoint:
    """What a checkpoint says: origin, size, head hash (hex), time and the deployment's segments."""

    origin: str
    size: int
    head: str
    time: int
    segments: tuple[str, ...] = ()

    def text(self) -> str:
        """The note text (newline-terminated)."""
        root = base64.b64encode(bytes.fromhex(self.head)).decode()
        lines = [self.origin, str(self.size), root, f"time {self.time}"]
        if self.segments:
            lines.append("segments " + " ".join(self.segments))
        return "\n".join(lines) + "\n"

    @property
    def segment(self) -> str:
        """The segment file name the origin names."""
        return self.origin.rsplit("/", 1)[-1]

    @classmethod
    def parse(cls, text: str) -> Checkpoint:
        """Read a checkpoint's note text; ``ValueError`` saying what is wrong."""
        lines = text.rstrip("\n").split("\n")
        if len(lines) < 3 or not lines[0]:
            raise ValueError("a checkpoint needs origin, size and hash lines")
        if not re.fullmatch(r"0|[1-9][0-9]*", lines[1]):
            raise ValueError(f"size {lines[1]!r} is not a decimal number")
        try:
            head = base64.b64decode(lines[2], validate=True)
        except (binascii.Error, ValueError):
            raise ValueError("the hash line is not base64") from None
        if len(head) != 32:
            raise ValueError("the hash line is not a SHA-256 hash")
        extensions = dict(line.split(" ", 1) for line in lines[3:] if " " in line)
        stamp = extensions.get("time", "0")
        return cls(
            origin=lines[0],
            size=int(lines[1]),
            head=head.hex(),
            time=int(stamp) if stamp.isdigit() else 0,
            segments=tuple(extensions.get("segments", "").split()),
        )


class Checkpointer:
    """Signs the head of one segment and keeps the latest note beside it (thread-safe: the proxy
    signs on a worker thread; a slower, older signature never replaces a newer one)."""

    def __init__(self, log: Path, signer: Signer) -> None:
        self.path = checkpoint_path(log)
        self.log = log
        self.signer = signer
        self.origin = f"{signer.name}/{log.name}"
        self.latest: str | None = None
        self.signed_seq = -1
        self._lock = threading.Lock()

    def sign(self, size: int, head: str) -> str | None:
        """Sign ``head`` at ``size`` and replace the checkpoint file (write, fsync, rename).

        Nothing happens when a checkpoint at ``size`` or later is already signed. Raises
        ``OSError`` when the file cannot be written; ``latest`` is updated only then.
        """
        with self._lock:
            if size <= self.signed_seq and self.latest is not None:
                return self.latest
            checkpoint = Checkpoint(
                self.origin, size, head, int(time.time()), tuple(family(self.log))
            )
            note = self.signer.sign(checkpoint.text())
            temporary = self.path.with_name(self.path.name + ".tmp")
            fd = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_TRUNC | os.O_CLOEXEC, 0o644)
            try:
                os.write(fd, note.encode())
                os.fsync(fd)
            finally:
                os.close(fd)
            os.replace(temporary, self.path)
            self.latest, self.signed_seq = note, size
            return note

    def sign_logged(self, size: int, head: str) -> None:
        """``sign``, logging (``audit_checkpoint_failed``) instead of raising on an I/O error."""
        try:
            self.sign(size, head)
        except OSError as exc:
            _log.warning("audit_checkpoint_failed", path=str(self.path), error=str(exc))

    def set_aside_if_ahead(self, size: int, head: str) -> None:
        """At start: a checkpoint on disk that the log (now ``size`` records, head ``head``) does
        not reach — cut or replaced while the proxy was down — is kept as ``.checkpoint.conflict``
        rather than signed over, and an error is logged."""
        try:
            text, _ = open_note(self.path.read_text(encoding="utf-8"), self.signer.verifier)
            old = Checkpoint.parse(text) if text is not None else None
        except (OSError, ValueError, UnicodeDecodeError):
            return
        if old is None or old.size < size or (old.size == size and old.head == head):
            return
        target = self.path.with_name(self.path.name + ".conflict")
        try:
            os.replace(self.path, target)
        except OSError as exc:
            _log.error("audit_checkpoint_failed", path=str(self.path), error=str(exc))
            return
        _log.error(
            "audit_checkpoint_conflict",
            path=str(self.log),
            signed_records=old.size,
            records=size,
            kept_as=str(target),
        )
