"""``sovproxy audit keygen | verify | report`` as a user runs them: output and exit codes."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from proxy.telemetry.audit import AuditLog
from proxy.telemetry.audit_checkpoint import Checkpointer
from proxy.telemetry.audit_note import read_signer

ROOT = Path(__file__).resolve().parents[2]


def _sovproxy(*args: str | Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "proxy.cli", *map(str, args)],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=120,
        check=False,
    )


@pytest.fixture(scope="module")
def deployment(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    """A key made by ``audit keygen`` and a two-worker log signed with it."""
    root = tmp_path_factory.mktemp("cli")
    key = root / "audit.key"
    made = _sovproxy("audit", "keygen", key, "--name", "test.example/audit")
    assert made.returncode == 0, made.stderr
    logs = root / "logs"
    logs.mkdir()
    for index in range(2):
        path = logs / f"audit-w{index}.jsonl"
        log = AuditLog(path, checkpointer=Checkpointer(path, read_signer(key)))
        for n in range(5):
            log.write({"request_id": f"{index}-{n}", "action": "route", "status": 200})
        log.close()
    return key, logs


def test_keygen_writes_both_keys_and_never_overwrites(deployment: tuple[Path, Path]) -> None:
    """The private key is owner-only; running keygen again on it fails and keeps it."""
    key, _ = deployment
    assert key.stat().st_mode & 0o777 == 0o600
    assert key.with_name("audit.key.pub").read_text().startswith("test.example/audit+")
    before = key.read_bytes()
    again = _sovproxy("audit", "keygen", key)
    assert again.returncode == 2 and "not overwriting" in again.stderr
    assert key.read_bytes() == before


def test_verify_a_healthy_directory_exits_zero(deployment: tuple[Path, Path]) -> None:
    """Each worker segment is reported intact with its checkpoint."""
    key, logs = deployment
    done = _sovproxy("audit", "verify", "--public-key", f"{key}.pub", logs)
    assert done.returncode == 0, done.stderr
    assert done.stdout.count("chain intact, checkpoint at seq 5") == 2


def test_report_on_a_healthy_two_worker_log_is_not_broken(deployment: tuple[Path, Path]) -> None:
    """The workers' segments are one deployment: 10 requests, chain intact, exit 0."""
    key, logs = deployment
    done = _sovproxy("audit", "report", "--public-key", f"{key}.pub", logs)
    assert done.returncode == 0, done.stderr
    assert "intact (10 records in 2 segment(s), signatures checked)" in done.stdout
    assert "BROKEN" not in done.stdout


def test_verify_and_report_fail_on_a_tampered_log(
    deployment: tuple[Path, Path], tmp_path: Path
) -> None:
    """An edited record: exit 1 and the record named, for verify and for report."""
    key, logs = deployment
    copy = tmp_path / "logs"
    copy.mkdir()
    for path in logs.iterdir():
        (copy / path.name).write_bytes(path.read_bytes())
    target = copy / "audit-w1.jsonl"
    target.write_bytes(target.read_bytes().replace(b'"status":200', b'"status":201', 1))
    verify = _sovproxy("audit", "verify", "--public-key", f"{key}.pub", copy)
    assert verify.returncode == 1
    assert f"{target}:1: modified" in verify.stderr
    report = _sovproxy("audit", "report", copy, "--html", tmp_path / "r.html")
    assert report.returncode == 1 and "BROKEN" in report.stdout
    assert (tmp_path / "r.html").exists()


def test_a_missing_file_exits_two_and_writes_nothing(tmp_path: Path) -> None:
    """No HTML page and no report for input that does not exist."""
    html = tmp_path / "report.html"
    report = _sovproxy("audit", "report", tmp_path / "nope.jsonl", "--html", html)
    assert report.returncode == 2
    assert report.stdout == "" and "nope.jsonl:0: unreadable: no such file" in report.stderr
    assert not html.exists()
    verify = _sovproxy("audit", "verify", tmp_path / "nope.jsonl")
    assert verify.returncode == 2 and "no such file" in verify.stderr


def test_a_file_that_is_not_an_audit_log_is_summarised(tmp_path: Path) -> None:
    """80 lines of prose: exit 1, three lines named, the rest counted in one line."""
    path = tmp_path / "notes.txt"
    path.write_text("just some text\n" * 80)
    done = _sovproxy("audit", "verify", path)
    assert done.returncode == 1
    assert done.stderr.count("bad_json") == 4
    assert "… and 77 more bad_json line(s)" in done.stderr


def test_an_unusable_public_key_exits_two(deployment: tuple[Path, Path], tmp_path: Path) -> None:
    """A key file that is not a verifier key is named, nothing is verified."""
    _, logs = deployment
    bad = tmp_path / "bad.pub"
    bad.write_text("hello\n")
    done = _sovproxy("audit", "verify", "--public-key", bad, logs)
    assert done.returncode == 2 and "bad.pub" in done.stderr
