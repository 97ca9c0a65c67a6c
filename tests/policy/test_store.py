"""The policy store's reload: one snapshot of both files is validated, tested and activated."""

from __future__ import annotations

import asyncio
import errno
import os
import threading
import time
from pathlib import Path

import pytest

from proxy.backends.model import BackendInfo
from proxy.classify import Classifier
from proxy.classify.taxonomy import Classification, TextPart
from proxy.policy.loader import parse_policy
from proxy.policy.runner import companion_test_path, read_cases, run_cases
from proxy.policy.schema import PolicyError
from proxy.policy.store import PolicyStore
from proxy.settings import Settings
from tests.policy.reload_versions import (
    ADVERSARY,
    ADVERSARY_TESTS,
    GOOD,
    GOOD_TESTS,
    sha256,
    write_pair,
)


class FifoPolicy:
    """A named pipe at ``path`` handing each successive reader the next of ``contents``.

    This is a file whose content changes between two reads, deterministically: the race a
    reload that reads the policy twice loses.
    """

    def __init__(self, path: Path, contents: list[bytes], patience_s: float = 0.5) -> None:
        fifo = path.with_suffix(".fifo")
        os.mkfifo(fifo)
        os.replace(fifo, path)
        self.path = path
        self.served = 0
        self._contents = contents
        self._patience_s = patience_s
        self._thread = threading.Thread(target=self._serve, daemon=True)
        self._thread.start()

    def _serve(self) -> None:
        for data in self._contents:
            fd = self._writer()
            if fd is None:
                return
            try:
                os.write(fd, data)
            finally:
                os.close(fd)
            self.served += 1
            time.sleep(0.05)  # the reader sees EOF before the next writer opens

    def _writer(self) -> int | None:
        """A blocking write end once a reader has opened the pipe; ``None`` if none comes."""
        deadline = time.monotonic() + self._patience_s
        while time.monotonic() < deadline:
            try:
                fd = os.open(self.path, os.O_WRONLY | os.O_NONBLOCK)
            except OSError as exc:
                if exc.errno != errno.ENXIO:  # ENXIO: no reader yet
                    raise
                time.sleep(0.001)
                continue
            os.set_blocking(fd, True)
            return fd
        return None

    def join(self) -> None:
        """Wait for the server thread (it gives up once no reader comes)."""
        self._thread.join()


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs named pipes")
def test_policy_changed_between_reads_is_never_activated_untested(
    tmp_path: Path, backends: dict[str, BackendInfo], classifier: Classifier
) -> None:
    """The adversary read once and rewritten before a second read is rejected, not activated."""
    path = write_pair(tmp_path, GOOD[0], GOOD_TESTS)
    store = PolicyStore(path, backends, classifier)
    fifo = FifoPolicy(path, [ADVERSARY, GOOD[1]])
    try:
        assert store.reload() is False
    finally:
        fifo.join()
    assert store.current.sha256 == sha256(GOOD[0])
    assert fifo.served == 1  # one read per reload: the second content was never asked for


class RewritingClassifier:
    """The real classifier; the first time it runs it also writes ``data`` to ``path``."""

    def __init__(self, inner: Classifier, path: Path, data: bytes) -> None:
        self._inner = inner
        self._write: tuple[Path, bytes] | None = (path, data)

    def classify(self, texts: list[TextPart], unscannable: list[str]) -> Classification:
        """Rewrite the file (once), then classify."""
        if self._write is not None:
            path, data = self._write
            path.write_bytes(data)
            self._write = None
        return self._inner.classify(texts, unscannable)


async def test_write_during_a_load_is_seen_by_the_watcher(
    tmp_path: Path, backends: dict[str, BackendInfo], classifier: Classifier
) -> None:
    """A policy written while the previous one is being tested is loaded on the next poll."""
    path = write_pair(tmp_path, GOOD[0], GOOD_TESTS)
    store = PolicyStore(path, backends, RewritingClassifier(classifier, path, GOOD[1] + b"\n"))
    assert store.current.sha256 == sha256(GOOD[0])  # what was tested, not what is there now
    await store.start(interval=0.01)
    try:
        for _ in range(200):
            if store.current.sha256 == sha256(GOOD[1] + b"\n"):
                break
            await asyncio.sleep(0.01)
    finally:
        await store.stop()
    assert store.current.sha256 == sha256(GOOD[1] + b"\n")


@pytest.mark.parametrize(
    ("tests", "message"),
    [
        (None, "cannot read test file: Is a directory"),
        (b"\xff\xfe tests", "test file is not UTF-8 text"),
        (b"", "policy_test.yaml"),
        (GOOD_TESTS[: len(GOOD_TESTS) // 2], "invalid YAML"),
        (b"tests: &x [*x]\n", "alias contains itself"),
    ],
)
def test_test_file_that_cannot_be_read_or_parsed_rejects_the_policy(
    tmp_path: Path,
    backends: dict[str, BackendInfo],
    classifier: Classifier,
    tests: bytes | None,
    message: str,
) -> None:
    """A test file that exists but cannot be read, decoded or parsed keeps the policy out."""
    path = write_pair(tmp_path, GOOD[0], GOOD_TESTS)
    store = PolicyStore(path, backends, classifier)
    test_path = companion_test_path(path)
    path.write_bytes(GOOD[1])
    if tests is None:
        test_path.unlink()
        test_path.mkdir()
    else:
        test_path.write_bytes(tests)
    assert store.reload() is False
    assert store.current.sha256 == sha256(GOOD[0])
    with pytest.raises(PolicyError, match=message):
        PolicyStore(path, backends, classifier)


def test_without_a_test_file_the_policy_loads_as_before(
    tmp_path: Path, backends: dict[str, BackendInfo]
) -> None:
    """No companion test file: the valid policy is activated (there is nothing to run)."""
    path = write_pair(tmp_path, GOOD[0], None)
    store = PolicyStore(path, backends)
    path.write_bytes(GOOD[2])
    assert store.reload() is True
    assert store.describe()["sha256"] == sha256(GOOD[2])


def test_failing_tests_reject_and_name_the_cases(
    tmp_path: Path, backends: dict[str, BackendInfo], classifier: Classifier
) -> None:
    """The adversary beside either test file fails its DNI case, at start-up and on reload."""
    path = write_pair(tmp_path, GOOD[0], ADVERSARY_TESTS)
    store = PolicyStore(path, backends, classifier)
    for tests in (GOOD_TESTS, ADVERSARY_TESTS):
        write_pair(tmp_path, ADVERSARY, tests)
        assert store.reload() is False
        with pytest.raises(PolicyError, match=r"policy tests failed: .*DNI"):
            PolicyStore(path, backends, classifier)
    assert store.current.sha256 == sha256(GOOD[0])


def test_self_referential_policy_is_rejected_not_raised(
    tmp_path: Path, backends: dict[str, BackendInfo]
) -> None:
    """A policy whose YAML alias contains itself is a rejected reload, not a crash."""
    path = write_pair(tmp_path, GOOD[0], None)
    store = PolicyStore(path, backends)
    path.write_bytes(b"spec: &x [*x]\n")
    assert store.reload() is False
    assert store.current.sha256 == sha256(GOOD[0])


def test_run_cases_tests_the_object_it_is_given(
    tmp_path: Path, backends: dict[str, BackendInfo], classifier: Classifier
) -> None:
    """run_cases judges the compiled policy passed in, whatever the file on disk holds now."""
    path = write_pair(tmp_path, GOOD[0], GOOD_TESTS)
    cases = read_cases(companion_test_path(path), backends)
    adversary = parse_policy(ADVERSARY, path, backends)

    def classify(parts: list[TextPart]) -> Classification:
        return classifier.classify(parts, [])

    report = run_cases(adversary, cases, backends, test_path=tmp_path / "t", classify=classify)
    assert not report.ok and report.failed == 3
    assert report.policy_path == path and report.policy_name == "everything-to-the-us"
    good = parse_policy(GOOD[0], path, backends)
    assert run_cases(good, cases, backends, test_path=tmp_path / "t", classify=classify).ok
    assert read_cases(tmp_path / "absent.yaml", backends, missing_ok=True) is None


def test_no_policy_configured_is_a_startup_error(
    tmp_path: Path, backends: dict[str, BackendInfo]
) -> None:
    """Settings without a policy refuse to build a store (deny by default needs a policy)."""
    with pytest.raises(PolicyError, match="no policy configured"):
        PolicyStore.from_settings(Settings(policy=None, config_dir=tmp_path), backends)
    path = write_pair(tmp_path, GOOD[0], None)
    store = PolicyStore.from_settings(Settings(policy=path, config_dir=tmp_path), backends)
    assert store.current.sha256 == sha256(GOOD[0])
