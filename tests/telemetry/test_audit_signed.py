"""Signed checkpoints: the tamper suite over a two-worker log, keys, and the signed-note format."""

from __future__ import annotations

import base64
from pathlib import Path
from typing import Any

import orjson
import pytest

from proxy.telemetry.audit import AuditLog
from proxy.telemetry.audit_chain import GENESIS, seal
from proxy.telemetry.audit_checkpoint import Checkpoint, Checkpointer, checkpoint_path
from proxy.telemetry.audit_deployment import DeploymentResult, verify_deployment
from proxy.telemetry.audit_note import (
    KeyFileError,
    Signer,
    Verifier,
    open_note,
    read_signer,
    read_verifier,
    write_keypair,
)
from proxy.telemetry.report import build_report, render_html, render_text

RECORDS = 6


@pytest.fixture
def key(tmp_path: Path) -> Path:
    """A fresh signing key in ``keys/audit.key`` (and ``audit.key.pub``)."""
    (tmp_path / "keys").mkdir()
    path = tmp_path / "keys" / "audit.key"
    write_keypair(path, "test.example/audit")
    return path


def _open(log: Path, key: Path, **options: Any) -> AuditLog:
    return AuditLog(log, checkpointer=Checkpointer(log, read_signer(key)), **options)


@pytest.fixture
def logdir(tmp_path: Path, key: Path) -> Path:
    """Two workers' segments, written side by side, each closed (so checkpointed)."""
    root = tmp_path / "logs"
    root.mkdir()
    logs = [_open(root / f"audit-w{i}.jsonl", key) for i in range(2)]
    for n in range(RECORDS):
        for index, log in enumerate(logs):
            log.write({"request_id": f"w{index}-{n}", "us_reachable": True, "status": 200})
    for log in logs:
        log.close()
    return root


def _verify(root: Path, key: Path | None) -> DeploymentResult:
    verifier = read_verifier(key.with_name(key.name + ".pub")) if key is not None else None
    return verify_deployment([root], verifier)


def _found(result: DeploymentResult) -> list[tuple[str, int, str]]:
    return [(Path(issue.file).name, issue.line, issue.kind) for issue in result.issues]


def _lines(path: Path) -> list[bytes]:
    return path.read_bytes().splitlines()


def _save(path: Path, lines: list[bytes]) -> None:
    path.write_bytes(b"".join(line + b"\n" for line in lines))


def _rechain(lines: list[bytes], edit_index: int) -> list[bytes]:
    """What a forger with a script does: change a record, then recompute every hash after it."""
    out, prev = [], GENESIS
    for index, raw in enumerate(lines):
        record = orjson.loads(raw)
        if index == edit_index:
            record["us_reachable"] = False
            record["jurisdictions"] = ["DE", "IE"]
        line, prev = seal(record, record["seq"], prev)
        out.append(line.rstrip(b"\n"))
    return out


def test_a_healthy_two_worker_log_verifies(logdir: Path, key: Path) -> None:
    """Both segments verify against their signed checkpoints; nothing is reported."""
    result = _verify(logdir, key)
    assert result.ok, result.problems
    assert [(seg.name, seg.signed) for seg in result.segments] == [
        ("audit-w0.jsonl", RECORDS),
        ("audit-w1.jsonl", RECORDS),
    ]
    assert result.records == 2 * RECORDS and result.warnings == []


def test_an_edited_record_is_named(logdir: Path, key: Path) -> None:
    """Changing a field without re-hashing breaks that line's own hash."""
    path = logdir / "audit-w1.jsonl"
    lines = _lines(path)
    lines[2] = lines[2].replace(b'"us_reachable":true', b'"us_reachable":false')
    _save(path, lines)
    assert _found(_verify(logdir, key)) == [("audit-w1.jsonl", 3, "modified")]


def test_a_rechained_log_is_caught_by_the_signed_head(logdir: Path, key: Path) -> None:
    """Recomputing every hash passes the bare chain, but not the signed checkpoint."""
    path = logdir / "audit-w0.jsonl"
    _save(path, _rechain(_lines(path), 2))
    result = _verify(logdir, key)
    assert _found(result) == [("audit-w0.jsonl", RECORDS, "rechained")]
    assert "audit-w0.jsonl.checkpoint" in result.problems[0]


def test_a_deleted_record_is_named(logdir: Path, key: Path) -> None:
    """Removing a line leaves a gap in seq at the line after it."""
    path = logdir / "audit-w0.jsonl"
    lines = _lines(path)
    _save(path, lines[:3] + lines[4:])
    assert _found(_verify(logdir, key)) == [("audit-w0.jsonl", 4, "deleted")]


def test_a_log_cut_below_its_checkpoint_is_truncated(logdir: Path, key: Path) -> None:
    """Cutting the last lines (or emptying the file) is visible: the checkpoint signs more."""
    path = logdir / "audit-w1.jsonl"
    _save(path, _lines(path)[:-2])
    assert _found(_verify(logdir, key)) == [("audit-w1.jsonl.checkpoint", 0, "truncated")]
    path.write_bytes(b"")
    result = _verify(logdir, key)
    assert _found(result) == [("audit-w1.jsonl.checkpoint", 0, "truncated")]
    assert "signs 6 records but the log ends at seq 0" in result.problems[0]


def test_a_cut_after_the_last_checkpoint_is_not_detectable(logdir: Path, key: Path) -> None:
    """The honest limit: records written since the last checkpoint are covered by nothing."""
    path = logdir / "audit-w0.jsonl"
    log = _open(path, key, checkpoint_interval_s=3600)
    log.write({"request_id": "late-1"})
    log.write({"request_id": "late-2"})
    log._closed = True  # a crash: no closing checkpoint
    log._close_fd()
    result = _verify(logdir, key)
    assert result.ok and any("2 record(s) after its last checkpoint" in w for w in result.warnings)
    _save(path, _lines(path)[:-2])
    assert _verify(logdir, key).ok


def test_reordered_records_are_named(logdir: Path, key: Path) -> None:
    """Swapping two lines is reported at both."""
    path = logdir / "audit-w0.jsonl"
    lines = _lines(path)
    lines[1], lines[2] = lines[2], lines[1]
    _save(path, lines)
    assert _found(_verify(logdir, key)) == [
        ("audit-w0.jsonl", 2, "reordered"),
        ("audit-w0.jsonl", 3, "reordered"),
    ]


def test_swapped_segments_are_caught(logdir: Path, key: Path) -> None:
    """Exchanging two workers' files: each checkpoint's head no longer matches its segment;
    exchanging the checkpoints too: each checkpoint names the other segment."""
    w0, w1 = logdir / "audit-w0.jsonl", logdir / "audit-w1.jsonl"
    first, second = w0.read_bytes(), w1.read_bytes()
    w0.write_bytes(second)
    w1.write_bytes(first)
    assert _found(_verify(logdir, key)) == [
        ("audit-w0.jsonl", RECORDS, "rechained"),
        ("audit-w1.jsonl", RECORDS, "rechained"),
    ]
    c0, c1 = checkpoint_path(w0), checkpoint_path(w1)
    note0, note1 = c0.read_text(), c1.read_text()
    c0.write_text(note1)
    c1.write_text(note0)
    result = _verify(logdir, key)
    assert _found(result) == [
        ("audit-w0.jsonl.checkpoint", 0, "misplaced_checkpoint"),
        ("audit-w1.jsonl.checkpoint", 0, "misplaced_checkpoint"),
    ]
    assert "signs segment audit-w1.jsonl, not audit-w0.jsonl" in result.problems[0]


def test_a_forged_checkpoint_is_rejected(logdir: Path, key: Path) -> None:
    """A re-chained log with a checkpoint edited to match: the signature no longer verifies."""
    path = logdir / "audit-w0.jsonl"
    forged = _rechain(_lines(path), 2)
    _save(path, forged)
    head = orjson.loads(forged[-1])["hash"]
    cp = checkpoint_path(path)
    text, _, signatures = cp.read_text().partition("\n\n")
    lines = text.split("\n")
    lines[2] = base64.b64encode(bytes.fromhex(head)).decode()
    cp.write_text("\n".join(lines) + "\n\n" + signatures)
    result = _verify(logdir, key)
    assert _found(result) == [("audit-w0.jsonl.checkpoint", 0, "bad_checkpoint")]
    assert "signature does not verify" in result.problems[0]


def test_a_checkpoint_signed_with_another_key_is_rejected(logdir: Path, key: Path) -> None:
    """The forger signs with a key of the same name: not the deployment's key, so rejected."""
    path = logdir / "audit-w0.jsonl"
    forged = _rechain(_lines(path), 2)
    _save(path, forged)
    impostor = Signer.generate("test.example/audit")
    head = orjson.loads(forged[-1])["hash"]
    text = Checkpoint("test.example/audit/audit-w0.jsonl", RECORDS, head, 1, ()).text()
    checkpoint_path(path).write_text(impostor.sign(text))
    result = _verify(logdir, key)
    assert _found(result) == [("audit-w0.jsonl.checkpoint", 0, "bad_checkpoint")]
    assert "not signed by test.example/audit+" in result.problems[0]


def test_verifying_with_the_wrong_public_key_fails(logdir: Path, tmp_path: Path) -> None:
    """A replaced key (the verifier's copy differs from the one that signed) rejects every note."""
    other = tmp_path / "other.key"
    write_keypair(other, "test.example/audit")
    result = _verify(logdir, other)
    assert _found(result) == [
        ("audit-w0.jsonl.checkpoint", 0, "bad_checkpoint"),
        ("audit-w1.jsonl.checkpoint", 0, "bad_checkpoint"),
    ]
    assert "not signed by test.example/audit+" in result.problems[0]


def test_a_removed_segment_is_reported_missing(logdir: Path, key: Path) -> None:
    """Deleting a worker's file and its checkpoint: the other worker's checkpoint names it."""
    (logdir / "audit-w1.jsonl").unlink()
    checkpoint_path(logdir / "audit-w1.jsonl").unlink()
    assert _found(_verify(logdir, key)) == [("audit-w1.jsonl", 0, "missing_segment")]


def test_a_silent_segment_is_reported_but_not_broken(logdir: Path, key: Path) -> None:
    """A worker that served nothing has an empty, signed segment: a warning, not a failure."""
    _open(logdir / "audit-w2.jsonl", key).close()
    result = _verify(logdir, key)
    assert result.ok, result.problems
    assert result.warnings == [f"{logdir / 'audit-w2.jsonl'}: silent segment: no records"]
    report = build_report([logdir])
    assert "silent segment: no records" in render_text(report)
    assert "silent segment: no records" in render_html(report)


def test_a_segment_without_checkpoint_fails_with_a_key(tmp_path: Path, key: Path) -> None:
    """With the public key given, a segment no signature covers is a problem."""
    log = AuditLog(tmp_path / "audit.jsonl")
    log.write({"request_id": "r"})
    log.close()
    assert _found(_verify(tmp_path, key)) == [("audit.jsonl", 0, "unsigned")]
    assert _verify(tmp_path, None).ok


def test_restart_after_a_cut_keeps_the_signed_checkpoint(logdir: Path, key: Path) -> None:
    """The proxy does not sign over a checkpoint its log no longer reaches: it is kept aside,
    and the verifier still reports the cut."""
    path = logdir / "audit-w0.jsonl"
    _save(path, _lines(path)[:-3])
    _open(path, key).close()
    assert checkpoint_path(path).with_name("audit-w0.jsonl.checkpoint.conflict").exists()
    found = _found(_verify(logdir, key))
    assert found == [("audit-w0.jsonl.checkpoint.conflict", 0, "truncated")]


def test_rotation_keeps_one_signed_chain(tmp_path: Path, key: Path) -> None:
    """Rotated files and the live one form one chain the checkpoint covers; a lost rotated file
    is reported."""
    log = _open(tmp_path / "audit.jsonl", key, max_bytes=400)
    for n in range(12):
        log.write({"request_id": f"r{n}", "pad": "x" * 100})
    log.close()
    assert (tmp_path / "audit.jsonl.2").exists()
    result = _verify(tmp_path, key)
    assert result.ok and result.segments[0].signed == 12
    (tmp_path / "audit.jsonl.1").unlink()
    assert [kind for _, _, kind in _found(_verify(tmp_path, key))] == ["deleted"]


def test_checkpoint_is_signed_on_an_interval(tmp_path: Path, key: Path) -> None:
    """Without an event loop the interval is checked on write: a due checkpoint is signed."""
    path = tmp_path / "audit.jsonl"
    log = _open(path, key, checkpoint_interval_s=0.0)
    log.write({"request_id": "a"})
    assert Checkpoint.parse(checkpoint_path(path).read_text().split("\n\n")[0] + "\n").size == 1
    log.close()


async def test_checkpoint_timer_runs_on_the_event_loop(tmp_path: Path, key: Path) -> None:
    """In the proxy a timer signs the head after the interval, without another write."""
    import asyncio

    path = tmp_path / "audit.jsonl"
    log = _open(path, key, checkpoint_interval_s=0.05)
    log.write({"request_id": "a"})
    assert log.checkpointer is not None and log.checkpointer.signed_seq == 0
    await asyncio.sleep(0.2)
    assert log.checkpointer.signed_seq == 1
    log.close()


def test_signed_note_matches_the_c2sp_example() -> None:
    """The signed-note example from c2sp.org/signed-note verifies with its verifier key."""
    vkey = "example.com/foo+530d903a+AekyeRrm56hApGFkyQR4ZCbV54Id2LKaANYcrnKv3U2k"
    note = (
        "This is an example message.\n\n— example.com/foo Uw2QOkn8srV1yJGh2VYRlL1Tnagv1YEq6TfX"
        "ppzi2ONncAlTgK7Ztg1ERYNZXsYjOBH3mFXmRKuwHjG1Yu72IneyaQM=\n"
    )
    assert open_note(note, Verifier.parse(vkey)) == ("This is an example message.\n", "")
    assert open_note(note.replace("example.", "exampl3."), Verifier.parse(vkey))[0] is None


def test_keygen_writes_a_private_key_only_its_owner_reads(tmp_path: Path) -> None:
    """The private key is mode 0600, the public key beside it; an existing key is kept."""
    path = tmp_path / "audit.key"
    signer = write_keypair(path, "test.example/audit")
    assert path.stat().st_mode & 0o777 == 0o600
    assert read_verifier(tmp_path / "audit.key.pub") == signer.verifier
    with pytest.raises(FileExistsError):
        write_keypair(path, "test.example/audit")
    (tmp_path / "bad.key").write_text("not a key\n")
    with pytest.raises(KeyFileError, match=r"bad\.key"):
        read_signer(tmp_path / "bad.key")
