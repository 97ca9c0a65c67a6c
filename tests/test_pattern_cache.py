"""Compiled pattern databases on disk: a start loads them instead of compiling, and a file that
is not this user's own, or is damaged, is never used (the database decides what is seen)."""

from __future__ import annotations

import hashlib
import os
import subprocess
import sys
from pathlib import Path

import pytest

from proxy.classify import Classifier
from proxy.classify.detectors import all_detectors
from proxy.classify.taxonomy import TextPart
from proxy.pattern_cache import KEEP, PatternCache, default_directory
from proxy.settings import load_settings

ROOT = Path(__file__).resolve().parent.parent
#: A text with values that literal prefilters (a gazetteer name) and regular ones (an IBAN, an
#: e-mail address) wake.
TEXT = "Bitte überweise an Katarzyna Nowak, IBAN DE68 3704 0044 0532 0130 87, k.nowak@posteo.de."
#: Enough detectors for both databases, compiled in a fraction of the full set's time.
SOME = tuple(
    d
    for d in all_detectors()
    if d.name.startswith(("iban", "email", "person_name.surname"))
    or (d.name == "person_name.bare" and d.prefilter.startswith(("Kat", "Mar")))
)


class Spy(PatternCache):
    """A file cache that counts what it is asked."""

    def __init__(self, directory: Path) -> None:
        super().__init__(directory)
        self.loads: list[bool] = []
        self.saves = 0

    def load(self, key: str) -> bytes | None:
        data = super().load(key)
        self.loads.append(data is not None)
        return data

    def save(self, key: str, data: bytes) -> bool:
        self.saves += 1
        return super().save(key, data)


def _found(classifier: Classifier) -> set[tuple[str, str]]:
    result = classifier.classify([TextPart("t", TEXT)])
    return {(f.type, TEXT[f.start : f.end]) for f in result.findings}


def test_a_second_classifier_loads_what_the_first_compiled(tmp_path: Path) -> None:
    """The first construction compiles and writes its three databases (literals, regular
    expressions, number words); the next loads them, writes nothing, and finds the same
    values."""
    first = Spy(tmp_path / "cache")
    compiled = _found(Classifier(detectors=SOME, store=first))
    assert (first.loads, first.saves) == ([False, False, False], 3)
    assert {"financial.iban", "pii.person_name", "pii.email"} <= {t for t, _ in compiled}
    second = Spy(tmp_path / "cache")
    assert _found(Classifier(detectors=SOME, store=second)) == compiled
    assert (second.loads, second.saves) == ([True, True, True], 0)


def test_other_detectors_never_get_a_stored_database(tmp_path: Path) -> None:
    """The key hashes every pattern: one detector fewer is a different database."""
    Classifier(detectors=SOME, store=PatternCache(tmp_path))
    fewer = Spy(tmp_path)
    Classifier(detectors=[d for d in SOME if not d.name.startswith("iban")], store=fewer)
    assert fewer.saves >= 1 and not all(fewer.loads)


def test_damaged_or_foreign_bytes_are_compiled_anew(tmp_path: Path) -> None:
    """A file whose bytes no longer match its digest, or valid-looking bytes hyperscan refuses,
    is not used: the database is compiled, written again, and finds the values."""
    reference = _found(Classifier(detectors=SOME, store=PatternCache(tmp_path)))
    files = sorted(tmp_path.glob("*.hsdb"))
    blob = bytearray(files[0].read_bytes())
    blob[len(blob) // 2] ^= 0xFF
    files[0].write_bytes(bytes(blob))
    spy = Spy(tmp_path)
    assert _found(Classifier(detectors=SOME, store=spy)) == reference
    assert spy.loads.count(False) == 1 and spy.saves == 1
    junk = b"not a database"
    files[1].write_bytes(hashlib.sha256(junk).digest() + junk)
    spy = Spy(tmp_path)
    assert _found(Classifier(detectors=SOME, store=spy)) == reference
    assert spy.saves == 1


def test_files_are_private_and_written_whole(tmp_path: Path) -> None:
    """The directory is 0700, each file 0600, and no temporary file is left behind."""
    cache = PatternCache(tmp_path / "a" / "b")
    assert cache.save("k", b"bytes") is True
    assert cache.load("k") == b"bytes"
    assert (tmp_path / "a" / "b").stat().st_mode & 0o777 == 0o700
    assert (tmp_path / "a" / "b" / "k.hsdb").stat().st_mode & 0o777 == 0o600
    assert [p.name for p in (tmp_path / "a" / "b").iterdir()] == ["k.hsdb"]


@pytest.mark.parametrize("who", ["group-writable file", "group-writable directory", "symlink"])
def test_a_file_others_could_have_written_is_ignored(tmp_path: Path, who: str) -> None:
    """Whoever else can write the file or its directory could hand the classifier a database
    that sees nothing: such a file is treated as absent."""
    directory = tmp_path / "cache"
    cache = PatternCache(directory)
    cache.save("k", b"bytes")
    if who == "group-writable file":
        (directory / "k.hsdb").chmod(0o620)
    elif who == "group-writable directory":
        directory.chmod(0o770)
    else:
        (directory / "k.hsdb").rename(tmp_path / "elsewhere")
        (directory / "k.hsdb").symlink_to(tmp_path / "elsewhere")
    assert cache.load("k") is None


def test_an_unwritable_cache_is_no_error(tmp_path: Path) -> None:
    """A cache directory that cannot be made (a file is in the way) only costs the compile."""
    (tmp_path / "file").write_text("x")
    cache = PatternCache(tmp_path / "file" / "cache")
    assert cache.save("k", b"bytes") is False
    assert cache.load("k") is None
    assert _found(Classifier(detectors=SOME, store=cache))


def test_settings_place_the_cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """``classifier.cache_dir`` defaults to the XDG cache directory; a relative path is the
    config file's; an empty environment value turns the cache off."""
    config = tmp_path / "sovproxy.yaml"
    config.write_text("classifier:\n  cache_dir: cache\n")
    from proxy.runtime import cache_dir

    assert cache_dir(load_settings(config, env={})) == tmp_path / "cache"
    assert load_settings(None, env={}).classifier.cache_dir == default_directory()
    monkeypatch.setenv("SOVPROXY_CLASSIFIER__CACHE_DIR", "")
    assert cache_dir(load_settings(config, env={})) is None


def test_a_file_under_another_keys_name_is_refused(tmp_path: Path) -> None:
    """The digest covers the key: bytes stored for one pattern set, renamed to another set's
    name, are not loaded for it."""
    cache = PatternCache(tmp_path)
    cache.save("one", b"bytes of one")
    (tmp_path / "one.hsdb").rename(tmp_path / "two.hsdb")
    assert cache.load("two") is None


def test_no_home_directory_means_no_cache(monkeypatch: pytest.MonkeyPatch) -> None:
    """A process without HOME and without a passwd entry (an arbitrary uid in a container)
    still loads its settings and starts; it compiles every time."""

    def no_home() -> Path:
        raise RuntimeError("Could not determine home directory.")

    monkeypatch.delenv("XDG_CACHE_HOME", raising=False)
    monkeypatch.setattr(Path, "home", staticmethod(no_home))
    assert default_directory() is None
    assert load_settings(None, env={}).classifier.cache_dir is None


def test_an_unusable_cache_is_logged_once(tmp_path: Path) -> None:
    """An operator whose cache directory is refused (here: group-writable, as an fsGroup volume
    is) sees one warning naming it, not a silent compile at every start."""
    import io

    from proxy.runtime import shared_classifier
    from proxy.telemetry.logging import configure_logging

    directory = tmp_path / "cache"
    directory.mkdir(mode=0o770)
    directory.chmod(0o770)
    stream = io.BytesIO()
    configure_logging("info", stream)
    try:
        shared_classifier(1_000, directory)
    finally:
        configure_logging("info", io.BytesIO())
    lines = [line for line in stream.getvalue().splitlines() if b"pattern_cache" in line]
    assert len(lines) == 1 and b"pattern_cache_unusable" in lines[0]
    assert str(directory).encode() in lines[0]


def test_policy_test_fills_the_configured_cache_and_classify_reuses_it(tmp_path: Path) -> None:
    """`sovproxy policy test` classifies its cases' texts with the classifier whose databases
    are in the config's cache directory: after one run they are there, and the cases pass.
    `sovproxy classify` finds them under $XDG_CACHE_HOME/sovproxy and loads them (a load marks
    each file used): two runs give the same answer and write no file again (one compile serves
    both commands)."""
    cache = tmp_path / "sovproxy"
    config = tmp_path / "sovproxy.yaml"
    shipped = (ROOT / "config" / "sovproxy.yaml").read_text()
    config.write_text(
        shipped.replace("backends: backends.yaml", f"backends: {ROOT}/config/backends.yaml")
        + f"\nclassifier: {{cache_dir: {cache}}}\n"
    )
    command = [sys.executable, "-m", "proxy.cli", "policy", "test", str(ROOT / "policies")]
    proc = subprocess.run(
        [*command, "--config", str(config)],
        capture_output=True,
        text=True,
        timeout=300,
        cwd=ROOT,
    )
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert "0 failed" in proc.stdout
    files = {p.name: p.stat().st_ino for p in cache.glob("*.hsdb")}
    assert len(files) == 3  # the detectors' literals and expressions, the number words
    for path in cache.glob("*.hsdb"):
        os.utime(path, (1, 1))  # a load marks the file used (its time): an ignored cache would not
    env = {**os.environ, "XDG_CACHE_HOME": str(tmp_path)}

    def classify() -> str:
        proc = subprocess.run(
            [sys.executable, "-m", "proxy.cli", "classify", "-"],
            input="Schreib an Katarzyna Nowak.",
            capture_output=True,
            text=True,
            timeout=300,
            cwd=ROOT,
            env=env,
        )
        assert proc.returncode == 0, proc.stderr
        return proc.stdout

    first = classify()
    assert "pii.person_name" in first, first
    assert classify() == first
    assert {p.name: p.stat().st_ino for p in cache.glob("*.hsdb")} == files
    assert all(p.stat().st_mtime > 1 for p in cache.glob("*.hsdb"))


def test_a_fifo_in_place_of_a_database_does_not_stall_a_start(tmp_path: Path) -> None:
    """A FIFO under a database's name is not opened for a blocking read: the database is
    compiled and the start goes on (a blocking open would wait for a writer forever)."""
    cache = PatternCache(tmp_path / "cache")
    cache.save("k", b"bytes")
    (tmp_path / "cache" / "k.hsdb").unlink()
    os.mkfifo(tmp_path / "cache" / "k.hsdb", 0o600)
    code = (
        "import sys; from pathlib import Path; from proxy.pattern_cache import PatternCache; "
        "print(PatternCache(Path(sys.argv[1])).load('k'))"
    )
    run = subprocess.run(
        [sys.executable, "-c", code, str(tmp_path / "cache")],
        capture_output=True,
        text=True,
        timeout=60,
        cwd=ROOT,
    )
    assert run.stdout.strip() == "None"


def test_old_databases_are_pruned_and_the_used_ones_kept(tmp_path: Path) -> None:
    """Each write keeps the databases used last (a load counts as a use) and removes the rest,
    and temporary files a dead writer left; the file just written always stays."""
    cache = PatternCache(tmp_path / "cache")
    folder = tmp_path / "cache"
    for n in range(KEEP):
        cache.save(f"old{n}", b"x")
        os.utime(folder / f"old{n}.hsdb", (1000 + n, 1000 + n))
    dead = folder / ".tmp-dead.hsdb"
    dead.write_bytes(b"half")
    os.utime(dead, (1000, 1000))
    assert cache.load("old0") == b"x"  # the oldest, used now
    cache.save("new", b"y")
    left = sorted(p.name for p in folder.iterdir())
    assert left == sorted(["new.hsdb", "old0.hsdb", *(f"old{n}.hsdb" for n in range(2, KEEP))])
    assert all(cache.load(name.removesuffix(".hsdb")) for name in left)
