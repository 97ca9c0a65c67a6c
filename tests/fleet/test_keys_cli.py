"""``sovproxy keys create|list|revoke`` through the CLI: the key shown once and stored as its
sha256 only, the file kept as written, every mistake one line and exit status 2."""

from __future__ import annotations

import hashlib
import subprocess
import sys
from pathlib import Path

import orjson
import pytest

from proxy.cli import main
from proxy.fleet.keys_file import parse_keys, read_keys_file

Capsys = pytest.CaptureFixture[str]


def _run(capsys: Capsys, *argv: str) -> tuple[int, str, list[str]]:
    capsys.readouterr()
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err.splitlines()


def test_create_prints_the_key_once_and_stores_its_digest(tmp_path: Path, capsys: Capsys) -> None:
    """The key goes to stdout alone; the file holds its sha256 and the options, never the key."""
    keys = tmp_path / "keys.yaml"
    code, out, err = _run(
        capsys, "keys", "create", "--file", str(keys), "--tenant", "acme", "--team", "risk",
        "--models", "gpt-*,mistral-*", "--rpm", "100", "--tpm", "5000", "--concurrent", "4",
        "--expires-in", "30d", "--meta", "owner=alice", "--name", "app",
    )  # fmt: skip
    key = out.strip()
    assert code == 0 and out == key + "\n" and key.startswith("sk-sov-")
    assert len(err) == 1 and "shown once" in err[0]
    text = keys.read_text()
    assert key not in text
    book = read_keys_file(keys)
    credential = book.find(hashlib.sha256(key.encode()).hexdigest())
    assert credential is not None
    assert (credential.principal.tenant, credential.principal.team) == ("acme", "risk")
    assert credential.key.models == ("gpt-*", "mistral-*")
    assert credential.key.limits.requests_per_minute == 100
    assert credential.key.metadata["owner"] == "alice"
    assert credential.key.expires_at is not None


def test_list_shows_ids_never_keys(tmp_path: Path, capsys: Capsys) -> None:
    """``list`` (table and JSON) shows key ids, tenants and limits, not keys or digests."""
    keys = tmp_path / "keys.yaml"
    _, key, _ = _run(
        capsys, "keys", "create", "--file", str(keys), "--tenant", "acme", "--rpm", "9"
    )
    digest = hashlib.sha256(key.strip().encode()).hexdigest()
    code, table, _ = _run(capsys, "keys", "list", "--file", str(keys))
    assert code == 0
    assert digest[:12] in table and "rpm=9" in table and "active" in table
    _, lines, _ = _run(capsys, "keys", "list", "--file", str(keys), "--json")
    row = orjson.loads(lines)
    assert row["key_id"] == digest[:12] and row["limits"] == {"requests_per_minute": 9}
    for shown in (table, lines):
        assert key.strip() not in shown and digest not in shown


def test_revoke_keeps_comments_and_other_keys(tmp_path: Path, capsys: Capsys) -> None:
    """``revoke`` changes one key; comments, tenants and the other keys stay as written."""
    keys = tmp_path / "keys.yaml"
    keys.write_text(
        "# security review: JIRA-123\norg: bank\ntenants:\n  acme: {limits: {concurrent: 5}}\n"
        "keys:\n  - {key_sha256: " + "a" * 64 + ", tenant: acme, name: old}\n"
    )
    _run(capsys, "keys", "create", "--file", str(keys), "--tenant", "acme", "--name", "new")
    before = keys.read_text()
    code, _, err = _run(capsys, "keys", "revoke", "--file", str(keys), "old")
    assert code == 0 and err == [f"revoked key {'a' * 12} in {keys}"]
    after = keys.read_text()
    assert after.startswith("# security review: JIRA-123\n")
    assert after.replace("{revoked: true, ", "{") == before
    statuses = {k.name: k.revoked for k in parse_keys(keys.read_bytes(), keys).keys}
    assert statuses == {"old": True, "new": False}


def test_revoke_by_id_in_block_style(tmp_path: Path, capsys: Capsys) -> None:
    """A key written in block style gets a ``revoked: true`` line under its digest."""
    keys = tmp_path / "keys.yaml"
    _, key, _ = _run(capsys, "keys", "create", "--file", str(keys), "--tenant", "t")
    key_id = hashlib.sha256(key.strip().encode()).hexdigest()[:12]
    assert _run(capsys, "keys", "revoke", "--file", str(keys), key_id)[0] == 0
    assert "    revoked: true\n" in keys.read_text()
    assert [k.revoked for k in parse_keys(keys.read_bytes(), keys).keys] == [True]


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["revoke", "nobody"], "no key with id or name 'nobody'"),
        (["create", "--tenant", "t", "--expires-in", "soon"], "--expires-in 'soon': expected"),
        (["create", "--tenant", "t", "--expires-at", "2027-01-01"], "give a time zone"),
        (["create", "--tenant", "t", "--rpm", "0"], "greater than or equal to 1"),
        (["create", "--tenant", "t", "--endpoints", "chat"], "keys[1].endpoints[0]"),
        (["create", "--tenant", "t", "--name", "old"], "already keys[0]"),
        (["create", "--tenant", "t", "--meta", "novalue"], "--meta 'novalue': expected KEY=VALUE"),
    ],
)
def test_mistakes_are_one_line_exit_2_file_untouched(
    tmp_path: Path, capsys: Capsys, argv: list[str], message: str
) -> None:
    """Each mistake is one ``sovproxy:`` line on stderr, exit status 2, and no change."""
    keys = tmp_path / "keys.yaml"
    keys.write_text("keys:\n  - {key_sha256: " + "b" * 64 + ", tenant: acme, name: old}\n")
    before = keys.read_text()
    code, out, err = _run(capsys, "keys", argv[0], "--file", str(keys), *argv[1:])
    assert code == 2 and out == ""
    assert len(err) == 1 and err[0].startswith("sovproxy: ") and message in err[0], err
    assert keys.read_text() == before
    assert list(tmp_path.iterdir()) == [keys]  # no temporary file left behind


def test_keys_not_last_is_refused(tmp_path: Path, capsys: Capsys) -> None:
    """``create`` appends only when ``keys:`` is the last section, and says so otherwise."""
    keys = tmp_path / "keys.yaml"
    keys.write_text("keys: []\norg: bank\n")
    code, _, err = _run(capsys, "keys", "create", "--file", str(keys), "--tenant", "t")
    assert code == 2 and "keys: must be the last section" in err[0]


def test_a_plain_key_in_a_keys_file_is_refused(tmp_path: Path, capsys: Capsys) -> None:
    """A keys file holds digests only: a ``key:`` in it is an error naming the line."""
    keys = tmp_path / "keys.yaml"
    keys.write_text("keys:\n  - {key: sk-plain-text-key-0001, tenant: t}\n")
    code, _, err = _run(capsys, "keys", "list", "--file", str(keys))
    assert (
        code == 2 and err[0].startswith(f"sovproxy: {keys}:2: keys[0]") and "key_sha256" in err[0]
    )
    assert "sk-plain-text-key-0001" not in err[0]


def test_the_installed_command(tmp_path: Path) -> None:
    """``sovproxy keys create`` as a process: the key on stdout, exit 0, file mode kept."""
    keys = tmp_path / "keys.yaml"
    keys.write_text("keys:\n")
    keys.chmod(0o600)
    done = subprocess.run(
        [sys.executable, "-m", "proxy.cli", "keys", "create", "--file", str(keys), "--tenant", "t"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith("sk-sov-") and done.stdout.count("\n") == 1
    assert keys.stat().st_mode & 0o777 == 0o600


def test_parallel_creates_lose_no_key(tmp_path: Path) -> None:
    """Six ``keys create`` at once: six keys in the file, each one that was printed."""
    keys = tmp_path / "keys.yaml"
    argv = [sys.executable, "-m", "proxy.cli", "keys", "create", "--file", str(keys)]
    running = [
        subprocess.Popen([*argv, "--tenant", f"t{i}"], stdout=subprocess.PIPE, text=True)
        for i in range(6)
    ]
    printed = {p.communicate()[0].strip() for p in running}
    assert all(p.returncode == 0 for p in running)
    stored = {k.digest() for k in parse_keys(keys.read_bytes(), keys).keys}
    assert stored == {hashlib.sha256(key.encode()).hexdigest() for key in printed}
    assert len(stored) == 6
