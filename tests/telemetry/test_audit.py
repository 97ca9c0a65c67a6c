"""Tests for the audit log: the chain, rotation, fail-closed writes and the verifier."""

from __future__ import annotations

import os
import random
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

import orjson
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from proxy.errors import ServiceUnavailable
from proxy.telemetry.audit import (
    GENESIS,
    AuditLog,
    AuditWriteError,
    log_files,
    verify_files,
)
from proxy.telemetry.audit_chain import check_line, last_record, seal


def _fill(path: Path, count: int, **options: Any) -> AuditLog:
    log = AuditLog(path, **options)
    for index in range(count):
        log.write({"request_id": f"req-{index}", "tenant": "acme", "level": "internal"})
    return log


def _lines(path: Path) -> list[bytes]:
    return path.read_bytes().splitlines()


def _save(path: Path, lines: list[bytes]) -> None:
    path.write_bytes(b"".join(line + b"\n" for line in lines))


def _kinds(paths: list[Path]) -> list[tuple[str, int, str]]:
    result = verify_files(paths)
    return [(Path(issue.file).name, issue.line, issue.kind) for issue in result.issues]


def _records(path: Path) -> list[dict[str, Any]]:
    return [record for line in _lines(path) if (record := check_line(line)[0]) is not None]


def test_write_chains_records_from_genesis(tmp_path: Path) -> None:
    """Each line carries seq, ts, prev_hash of the line before and its own valid hash."""
    path = tmp_path / "audit.jsonl"
    _fill(path, 3).close()
    records = _records(path)
    assert [record["seq"] for record in records] == [1, 2, 3]
    assert records[0]["prev_hash"] == GENESIS
    assert [r["prev_hash"] for r in records[1:]] == [r["hash"] for r in records[:-1]]
    assert all(isinstance(record["ts"], float) for record in records)
    assert all(
        check_line(line) == (record, None)
        for line, record in zip(_lines(path), records, strict=True)
    )


def test_write_keeps_given_ts_and_leaves_the_record_alone(tmp_path: Path) -> None:
    """A given ts is kept, stale seq/hash fields are replaced and the caller's dict is untouched."""
    record = {"request_id": "r", "ts": 12.5, "seq": 99, "hash": "forged", "prev_hash": "x"}
    with AuditLog(tmp_path / "audit.jsonl") as log:
        log.write(record)
        assert (log.seq, log.last_hash) == (1, _records(tmp_path / "audit.jsonl")[0]["hash"])
    assert record == {"request_id": "r", "ts": 12.5, "seq": 99, "hash": "forged", "prev_hash": "x"}
    written = _records(tmp_path / "audit.jsonl")[0]
    assert (written["ts"], written["seq"], written["prev_hash"]) == (12.5, 1, GENESIS)


def test_resume_continues_the_chain_after_restart(tmp_path: Path) -> None:
    """A new AuditLog on an existing file continues seq and prev_hash from its last line."""
    path = tmp_path / "audit.jsonl"
    _fill(path, 2).close()
    _fill(path, 2).close()
    assert [record["seq"] for record in _records(path)] == [1, 2, 3, 4]
    assert verify_files([path]).ok


@pytest.mark.parametrize("policy", ["always", "interval", "never"])
def test_rotation_keeps_the_chain_across_files(tmp_path: Path, policy: Any) -> None:
    """Rotated files are numbered oldest first and verify as one chain given in any order."""
    path = tmp_path / "audit.jsonl"
    _fill(path, 12, max_bytes=300, fsync=policy, fsync_interval_s=0.0).close()
    files = sorted(tmp_path.iterdir())
    assert len(files) > 3
    first = [_records(file)[0] for file in files if file != path and _records(file)]
    assert [record["seq"] for record in first] == sorted(record["seq"] for record in first)
    assert log_files(path) == [
        *(path.with_name(f"audit.jsonl.{n}") for n in range(1, len(files))),
        path,
    ]
    shuffled = files[:]
    random.Random(7).shuffle(shuffled)
    result = verify_files(shuffled)
    assert (result.ok, result.records, result.last_seq) == (True, 12, 12)


def test_resume_after_rotation_reads_the_newest_rotated_file(tmp_path: Path) -> None:
    """With an empty current file the chain resumes from the last rotated file."""
    path = tmp_path / "audit.jsonl"
    _fill(path, 4, max_bytes=1).close()
    assert path.read_bytes() == b""
    log = _fill(path, 1, max_bytes=10_000)
    assert log.seq == 5
    log.close()
    assert verify_files(sorted(tmp_path.iterdir())).ok


def test_torn_last_line_is_skipped_on_resume_and_reported(tmp_path: Path) -> None:
    """After a crash mid-line the next record starts a new line and chains to the last whole one."""
    path = tmp_path / "audit.jsonl"
    _fill(path, 2).close()
    with path.open("ab") as handle:
        handle.write(b'{"seq":3,"prev')
    assert last_record(path)[1] is True
    _fill(path, 1).close()
    assert [record["seq"] for record in _records(path)[-1:]] == [3]
    assert _kinds([path]) == [("audit.jsonl", 3, "bad_json")]


def _modify(lines: list[bytes]) -> list[bytes]:
    lines[2] = lines[2].replace(b'"tenant":"acme"', b'"tenant":"evil"')
    return lines


def _modify_and_rehash(lines: list[bytes]) -> list[bytes]:
    record = orjson.loads(lines[2])
    record["tenant"] = "evil"
    lines[2] = seal(record, record["seq"], record["prev_hash"])[0].rstrip(b"\n")
    return lines


def _delete(lines: list[bytes]) -> list[bytes]:
    del lines[2]
    return lines


def _delete_first(lines: list[bytes]) -> list[bytes]:
    del lines[0]
    return lines


def _forge(lines: list[bytes]) -> list[bytes]:
    before = orjson.loads(lines[1])
    forged = {"request_id": "forged", "tenant": "acme", "ts": 1.0}
    lines.insert(2, seal(forged, before["seq"] + 1, before["hash"])[0].rstrip(b"\n"))
    return lines


def _insert_garbage(lines: list[bytes]) -> list[bytes]:
    lines.insert(2, b'{"request_id": "forged"}')
    return lines


def _insert_copy(lines: list[bytes]) -> list[bytes]:
    lines.insert(4, lines[1])
    return lines


def _swap(lines: list[bytes]) -> list[bytes]:
    lines[2], lines[3] = lines[3], lines[2]
    return lines


def _insert_unchained(lines: list[bytes]) -> list[bytes]:
    forged = {"request_id": "forged", "ts": 1.0}
    lines.insert(2, seal(forged, 77, "f" * 64)[0].rstrip(b"\n"))
    return lines


TAMPERS: list[tuple[Callable[[list[bytes]], list[bytes]], list[tuple[str, int, str]]]] = [
    (_modify, [("audit.jsonl", 3, "modified")]),
    (_modify_and_rehash, [("audit.jsonl", 4, "chain_broken")]),
    (_delete, [("audit.jsonl", 3, "deleted")]),
    (_delete_first, [("audit.jsonl", 1, "deleted")]),
    (_forge, [("audit.jsonl", 3, "inserted")]),
    (_insert_garbage, [("audit.jsonl", 3, "malformed")]),
    (_insert_copy, [("audit.jsonl", 5, "duplicate")]),
    (_swap, [("audit.jsonl", 3, "reordered"), ("audit.jsonl", 4, "reordered")]),
    (_insert_unchained, [("audit.jsonl", 3, "inserted")]),
]


@pytest.mark.parametrize(("tamper", "expected"), TAMPERS, ids=[t.__name__ for t, _ in TAMPERS])
def test_verify_names_the_tampered_line(
    tmp_path: Path,
    tamper: Callable[[list[bytes]], list[bytes]],
    expected: list[tuple[str, int, str]],
) -> None:
    """Each kind of tampering is found and the offending line is named by file and number."""
    path = tmp_path / "audit.jsonl"
    _fill(path, 6).close()
    assert verify_files([path]).ok
    _save(path, tamper(_lines(path)))
    result = verify_files([path])
    assert not result.ok
    assert _kinds([path]) == expected
    assert all(message.startswith(f"{path}:") for message in result.problems)


def test_verify_with_an_anchor_detects_lines_cut_from_the_end(tmp_path: Path) -> None:
    """Cutting whole lines off the end is only visible against a hash kept elsewhere."""
    path = tmp_path / "audit.jsonl"
    log = _fill(path, 4)
    anchor = log.last_hash
    log.close()
    assert verify_files([path], anchor=anchor).ok
    _save(path, _lines(path)[:-1])
    assert verify_files([path]).ok
    result = verify_files([path], anchor=anchor)
    assert [(issue.line, issue.kind) for issue in result.issues] == [(0, "truncated")]


def test_verify_reports_a_truncated_file(tmp_path: Path) -> None:
    """A file cut mid-line is reported as truncated at its last line."""
    path = tmp_path / "audit.jsonl"
    _fill(path, 3).close()
    path.write_bytes(path.read_bytes()[:-20])
    assert _kinds([path]) == [("audit.jsonl", 3, "truncated")]


def test_verify_reports_non_object_json_and_ignores_blank_lines(tmp_path: Path) -> None:
    """A JSON line that is not an object is bad_json; blank lines are not problems."""
    path = tmp_path / "audit.jsonl"
    _fill(path, 3).close()
    lines = _lines(path)
    _save(path, [lines[0], b"", b"[1, 2]", *lines[1:]])
    assert _kinds([path]) == [("audit.jsonl", 3, "bad_json")]


def _rotated(tmp_path: Path) -> list[Path]:
    path = tmp_path / "audit.jsonl"
    _fill(path, 9, max_bytes=450).close()
    files = sorted(tmp_path.iterdir())
    assert verify_files(files).ok and len(files) >= 3
    return files


def test_verify_detects_a_deleted_line_at_a_file_boundary(tmp_path: Path) -> None:
    """Removing the last line of a rotated file breaks the chain at the next file's first line."""
    files = _rotated(tmp_path)
    first = files[1]  # audit.jsonl.1
    _save(first, _lines(first)[:-1])
    assert _kinds(files) == [("audit.jsonl.2", 1, "deleted")]


def test_verify_detects_a_missing_rotated_file(tmp_path: Path) -> None:
    """Leaving out a middle rotated file is reported as deleted lines at the file boundary."""
    files = _rotated(tmp_path)
    kept = [file for file in files if file.name != "audit.jsonl.2"]
    problems = verify_files(kept).problems
    assert len(problems) == 1 and "missing file" in problems[0]


def test_verify_detects_a_modified_line_in_a_rotated_file(tmp_path: Path) -> None:
    """An edit inside a rotated file is named with that file and line."""
    files = _rotated(tmp_path)
    target = files[1]
    lines = _lines(target)
    lines[0] = lines[0].replace(b'"tenant":"acme"', b'"tenant":"evil"')
    _save(target, lines)
    assert _kinds(files) == [("audit.jsonl.1", 1, "modified")]


def test_verify_reports_an_unreadable_file(tmp_path: Path) -> None:
    """A path that cannot be read is a problem, not a crash."""
    result = verify_files([tmp_path])
    assert not result.ok and result.issues[0].kind == "unreadable"


def test_log_files_without_a_live_file(tmp_path: Path) -> None:
    """log_files lists rotations only when the live file is gone, and nothing for no log."""
    assert log_files(tmp_path / "audit.jsonl") == []
    (tmp_path / "audit.jsonl.1").write_text("")
    assert log_files(tmp_path / "audit.jsonl") == [tmp_path / "audit.jsonl.1"]


def test_unwritable_path_fails_closed(tmp_path: Path) -> None:
    """A log whose directory is a regular file is unhealthy and write raises a 503 error."""
    blocker = tmp_path / "blocker"
    blocker.write_text("not a directory")
    log = AuditLog(blocker / "audit.jsonl", retry_s=0.0)
    assert not log.healthy
    assert log.last_error
    with pytest.raises(AuditWriteError) as caught:
        log.write({"request_id": "r"})
    assert isinstance(caught.value, ServiceUnavailable) and caught.value.status == 503
    with pytest.raises(AuditWriteError):
        log.ensure_healthy()


def test_unwritable_path_with_continue_keeps_serving(tmp_path: Path) -> None:
    """With on_failure=continue a failed write is swallowed and the log stays healthy."""
    blocker = tmp_path / "blocker"
    blocker.write_text("x")
    log = AuditLog(blocker / "audit.jsonl", on_failure="continue")
    log.write({"request_id": "r"})
    assert log.healthy and log.last_error
    log.ensure_healthy()


@pytest.mark.alone  # the audit proxy test locks /dev/full too (flock): never both at once
def test_disk_full_fails_closed_and_stays_unhealthy() -> None:
    """Writing to /dev/full raises AuditWriteError and healthy stays false while it persists."""
    if not os.path.exists("/dev/full"):
        pytest.skip("no /dev/full")
    log = AuditLog(Path("/dev/full"), retry_s=0.0)
    assert log.healthy
    with pytest.raises(AuditWriteError, match="No space"):
        log.write({"request_id": "r"})
    assert not log.healthy
    log.close()


def test_failed_fsync_fails_closed_and_close_still_closes() -> None:
    """An fsync error (here: /dev/null refuses fsync) refuses the request; close does not raise."""
    log = AuditLog(Path("/dev/null"), fsync="always")
    with pytest.raises(AuditWriteError, match="Invalid argument"):
        log.write({"request_id": "r"})
    quiet = AuditLog(Path("/dev/null"), fsync="interval")
    quiet.close()
    assert not quiet.healthy


def test_healthy_waits_for_retry_then_recovers(tmp_path: Path) -> None:
    """healthy stays false within retry_s and turns true once the path becomes writable."""
    blocker = tmp_path / "logs"
    blocker.write_text("x")
    waiting = AuditLog(blocker / "audit.jsonl", retry_s=3600.0)
    log = AuditLog(blocker / "audit.jsonl", retry_s=0.0)
    blocker.unlink()
    blocker.mkdir()
    assert not waiting.healthy
    assert log.healthy and log.last_error is None
    log.write({"request_id": "r"})
    log.close()
    assert verify_files([blocker / "audit.jsonl"]).ok


def test_second_writer_on_the_same_path_is_refused(tmp_path: Path) -> None:
    """The file lock keeps a second writer (another worker) from forking the chain."""
    path = tmp_path / "audit.jsonl"
    first = AuditLog(path)
    second = AuditLog(path, retry_s=0.0)
    assert first.healthy and not second.healthy
    assert "locked" in (second.last_error or "")
    first.close()
    assert second.healthy
    second.close()


def test_unserialisable_record_fails_without_breaking_the_log(tmp_path: Path) -> None:
    """A record JSON cannot carry is refused, the chain is untouched and the log stays healthy."""
    log = AuditLog(tmp_path / "audit.jsonl")
    with pytest.raises(AuditWriteError):
        log.write({"bad": object()})
    assert log.healthy and log.seq == 0
    lenient = AuditLog(tmp_path / "other.jsonl", on_failure="continue")
    lenient.write({"bad": object()})
    assert lenient.seq == 0
    log.close()
    lenient.close()


def test_closed_log_refuses_writes(tmp_path: Path) -> None:
    """After close, writes raise, healthy is false and close can be called again."""
    log = AuditLog(tmp_path / "audit.jsonl", fsync="never")
    log.close()
    log.close()
    assert not log.healthy
    with pytest.raises(AuditWriteError, match="closed"):
        log.write({"request_id": "r"})


def test_failed_rotation_keeps_writing_to_the_same_file(tmp_path: Path) -> None:
    """When the rename fails the record stays written and the file keeps growing."""
    path = tmp_path / "audit.jsonl"
    (tmp_path / "audit.jsonl.1").mkdir()
    log = _fill(path, 3, max_bytes=1)
    assert log.healthy and "rotation failed" in (log.last_error or "")
    log.close()
    assert [record["seq"] for record in _records(path)] == [1, 2, 3]


def test_resume_finds_the_last_record_behind_a_long_line(tmp_path: Path) -> None:
    """Resuming reads the tail in chunks, so a record longer than one chunk is still found."""
    path = tmp_path / "audit.jsonl"
    log = AuditLog(path)
    log.write({"request_id": "small"})
    log.write({"request_id": "big", "pad": "x" * 200_000})
    log.close()
    record, torn = last_record(path)
    assert record is not None and (record["seq"], record["request_id"], torn) == (2, "big", False)


def _chain(count: int) -> list[bytes]:
    lines, prev = [], GENESIS
    for seq in range(1, count + 1):
        line, prev = seal({"request_id": f"r{seq}", "ts": 1.0}, seq, prev)
        lines.append(line.rstrip(b"\n"))
    return lines


@settings(max_examples=150, deadline=None)
@given(
    count=st.integers(min_value=2, max_value=8),
    op=st.sampled_from(["modify", "delete", "swap", "copy", "forge"]),
    data=st.data(),
)
def test_any_single_tamper_is_found_at_a_touched_line(count: int, op: str, data: Any) -> None:
    """Any edit, deletion, swap, copy or forgery before the last line is found where it was made."""
    lines = _chain(count)
    pick = st.integers(min_value=0, max_value=count - 1)
    i, j = data.draw(pick), data.draw(pick)
    if op == "modify":
        lines[i] = lines[i].replace(b'"request_id":"r', b'"request_id":"x')
        touched = {i + 1}
    elif op == "delete":
        i = min(i, count - 2)  # cutting the very last line needs an anchor (tested above)
        del lines[i]
        touched = {i + 1}
    elif op == "swap":
        j = (i + 1 + j % (count - 1)) % count
        lines[i], lines[j] = lines[j], lines[i]
        touched = {i + 1, j + 1}
    elif op == "copy":
        lines.insert(j, lines[i])
        touched = {j + 1, i + 1 if i < j else i + 2}
    else:
        seq = data.draw(st.integers(min_value=0, max_value=count + 2))
        prev = orjson.loads(lines[data.draw(pick)])["hash"]
        lines.insert(j, seal({"request_id": "forged", "ts": 1.0}, seq, prev)[0].rstrip(b"\n"))
        touched = {j + 1}
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "audit.jsonl"
        _save(path, lines)
        result = verify_files([path])
    assert not result.ok
    assert {issue.line for issue in result.issues} & touched
