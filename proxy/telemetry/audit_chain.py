"""The hash chain of the audit log: canonical form, sealing a line, finding files and their tails.

Shared by the writer (``audit.AuditLog``), the verifier (``audit_verify``) and the report. A sealed
line is the canonical JSON of a record (``orjson`` with sorted keys) with ``hash`` appended, where
``hash`` is the SHA-256 of the canonical JSON of the record *without* ``hash`` — which includes
``seq`` and ``prev_hash``, the hash of the line before. The first record ever chains to
``GENESIS``. Rotated files are ``<name>.1``, ``<name>.2``, … numbered oldest first, so rotating is
one rename and the numbers never shift under a reader.
"""

from __future__ import annotations

import hashlib
import os
from collections.abc import Iterator, Mapping
from pathlib import Path
from typing import Any

import orjson

#: ``prev_hash`` of the very first record of a log.
GENESIS = "0" * 64

_TAIL_CHUNK = 64 * 1024


def canonical(record: Mapping[str, Any]) -> bytes:
    """The canonical bytes of a record: compact JSON, keys sorted, UTF-8."""
    return orjson.dumps(record, option=orjson.OPT_SORT_KEYS)


def record_hash(record: Mapping[str, Any]) -> str:
    """SHA-256 (hex) of the canonical form of ``record``, which must not contain ``hash``."""
    return hashlib.sha256(canonical(record)).hexdigest()


def seal(record: Mapping[str, Any], seq: int, prev_hash: str) -> tuple[bytes, str]:
    """Return the line (newline included) for ``record`` as number ``seq`` after ``prev_hash``.

    Any ``seq``, ``prev_hash`` or ``hash`` already in ``record`` is replaced. The hash field is
    appended to the canonical bytes rather than re-serialising the whole record: the verifier
    re-canonicalises, so key order on the line does not matter. Raises ``TypeError`` (orjson's
    ``JSONEncodeError``) for a value JSON cannot carry.
    """
    body = {key: value for key, value in record.items() if key != "hash"}
    body["seq"] = seq
    body["prev_hash"] = prev_hash
    canon = canonical(body)
    digest = hashlib.sha256(canon).hexdigest()
    return canon[:-1] + b',"hash":"' + digest.encode("ascii") + b'"}\n', digest


def check_line(raw: bytes) -> tuple[dict[str, Any] | None, str | None]:
    """Parse and check one line: ``(record, None)`` when sound, else ``(record_or_None, problem)``.

    The problem is ``"bad_json"`` (not a JSON object), ``"malformed"`` (``seq``, ``prev_hash`` or
    ``hash`` missing or of the wrong type) or ``"modified"`` (content does not match its hash).
    """
    try:
        record = orjson.loads(raw)
    except orjson.JSONDecodeError:
        return None, "bad_json"
    if not isinstance(record, dict):
        return None, "bad_json"
    seq, prev, digest = record.get("seq"), record.get("prev_hash"), record.get("hash")
    if not (type(seq) is int and isinstance(prev, str) and isinstance(digest, str)):
        return record, "malformed"
    if _sealed_as_written(raw, digest):
        return record, None
    body = {key: value for key, value in record.items() if key != "hash"}
    if record_hash(body) != digest:
        return record, "modified"
    return record, None


def _sealed_as_written(raw: bytes, digest: str) -> bool:
    """Fast path: the line is byte for byte what ``seal`` wrote, so hashing its bytes suffices.

    ``seal`` writes the canonical bytes with ``,"hash":"<hex>"}`` in place of the closing brace;
    when the bytes before that hash to ``digest``, they are the canonical form that was sealed
    (anything else would be a SHA-256 collision). Other lines take the re-canonicalising path.
    """
    tail = b',"hash":"' + digest.encode("ascii", "replace") + b'"}\n'
    if not raw.endswith(tail):
        return False
    hasher = hashlib.sha256(memoryview(raw)[: -len(tail)])
    hasher.update(b"}")
    return hasher.hexdigest() == digest


def rotated_files(path: Path) -> list[tuple[int, Path]]:
    """The rotated siblings of ``path`` (``<name>.<n>`` regular files), oldest (lowest n) first."""
    found: list[tuple[int, Path]] = []
    try:
        entries = list(path.parent.iterdir())
    except OSError:
        return found
    prefix = path.name + "."
    for entry in entries:
        suffix = entry.name[len(prefix) :]
        if entry.name.startswith(prefix) and suffix.isdigit() and entry.is_file():
            found.append((int(suffix), entry))
    return sorted(found)


def _tail_lines(fd: int, size: int) -> Iterator[bytes]:
    """Yield the lines of an open file from the last one backwards, reading in chunks."""
    end = size
    pending = b""
    while end > 0:
        start = max(0, end - _TAIL_CHUNK)
        chunk = os.pread(fd, end - start, start) + pending
        end = start
        lines = chunk.split(b"\n")
        pending = lines[0] if start > 0 else b""
        yield from reversed(lines[1:] if start > 0 else lines)


def last_record(path: Path) -> tuple[dict[str, Any] | None, bool]:
    """The last sound record of ``path`` and whether the file ends mid-line (a torn write).

    Unparsable lines at the tail are skipped: a crash can leave half a line, and the chain resumes
    from the last record that was fully written (the verifier still reports the torn line). A
    record whose content no longer matches its hash still counts: the chain continues from its
    stored ``seq`` and ``hash``, so the verifier names that one line, not every later one.
    Missing file: ``(None, False)``. Raises ``OSError`` when the file cannot be read.
    """
    try:
        fd = os.open(path, os.O_RDONLY)
    except FileNotFoundError:
        return None, False
    try:
        size = os.fstat(fd).st_size
        torn = size > 0 and os.pread(fd, 1, size - 1) != b"\n"
        for raw in _tail_lines(fd, size):
            if raw.strip():
                record, problem = check_line(raw)
                if record is not None and problem in (None, "modified"):
                    return record, torn
        return None, torn
    finally:
        os.close(fd)
