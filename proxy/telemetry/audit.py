"""The tamper-evident audit log: one hash-chained JSON line per decision (DESIGN §7).

A decision that cannot be recorded is not taken: with ``on_failure="fail_closed"`` (the default)
a failed write raises ``AuditWriteError`` (a ``ServiceUnavailable``) and ``healthy`` turns false,
which the pipeline checks *before* forwarding, so requests are refused with a 503 up front instead
of being sent and left unrecorded. The record is written once the outcome is known, so the one
request whose own write fails has already been answered: its loss is logged and counted
(``sovproxy_audit_dropped``). ``healthy`` re-probes the file
(at most every ``retry_s`` seconds, by appending an empty line, which the verifier ignores) and
turns true again once the disk or the permission problem is gone.

Writes are synchronous: one ``os.write`` of one whole line to an ``O_APPEND`` descriptor, cheap
enough to run on the event loop (see ``benchmarks/audit.py``). Durability follows ``fsync``:
``always`` (after every line), ``interval`` (at most once per ``fsync_interval_s``, checked on
write, and on rotation and close) or ``never`` (left to the OS). The file is locked with
``flock``: a second writer on the same path — e.g. another worker process — would fork the chain,
so it is refused; give each worker its own path.

On start the chain resumes from the last record of the file, or of the newest rotated file. When
the file reaches ``max_bytes`` it is renamed ``<name>.<n+1>`` and a new file begins; its first
line's ``prev_hash`` is the last hash of the old one, so the chain spans files.

With a ``checkpointer`` (a signing key is configured) the head of the chain is signed — a C2SP
checkpoint, see ``audit_checkpoint`` — when the log opens, ``checkpoint_interval_s`` after a write
(a timer on the running event loop; without one, checked on write) and at close. Signing costs one
Ed25519 signature per checkpoint, never one per record. On open, a checkpoint already on disk that
the log no longer reaches (the file was cut or replaced while the proxy was down) is not signed
over: it is kept as ``<name>.checkpoint.conflict`` for the verifier, and an error is logged.

``build_record`` (the record of one exchange) and ``verify_files`` are re-exported here.
"""

from __future__ import annotations

import asyncio
import fcntl
import math
import os
import time
from pathlib import Path
from typing import Any, Literal

import structlog

from proxy.errors import ServiceUnavailable
from proxy.telemetry.audit_chain import GENESIS, last_record, rotated_files, seal
from proxy.telemetry.audit_checkpoint import Checkpointer
from proxy.telemetry.audit_record import build_record
from proxy.telemetry.audit_verify import Problem, VerifyResult, verify_files

__all__ = [
    "GENESIS",
    "AuditLog",
    "AuditWriteError",
    "Problem",
    "VerifyResult",
    "build_record",
    "log_files",
    "verify_files",
]

FsyncPolicy = Literal["always", "interval", "never"]
OnFailure = Literal["fail_closed", "continue"]

MiB = 1024 * 1024

_log = structlog.get_logger(__name__)


def log_files(path: Path | str) -> list[Path]:
    """The files of the log at ``path``: its rotations oldest first, then ``path`` if it exists.

    For ``sovproxy audit verify|report`` given the live path only: the whole chain, in order.
    """
    path = Path(path)
    files = [rotated for _, rotated in rotated_files(path)]
    return [*files, path] if path.exists() else files


class AuditWriteError(ServiceUnavailable):
    """The audit record could not be written, so the request is refused (503)."""

    code = "audit_unavailable"


class AuditLog:
    """An append-only, hash-chained JSON-lines file with rotation (one writer per path)."""

    def __init__(
        self,
        path: Path | str,
        *,
        fsync: FsyncPolicy = "interval",
        max_bytes: int = 100 * MiB,
        on_failure: OnFailure = "fail_closed",
        fsync_interval_s: float = 1.0,
        retry_s: float = 1.0,
        checkpointer: Checkpointer | None = None,
        checkpoint_interval_s: float = 60.0,
    ) -> None:
        """Open (or create) the log and resume its chain; never raises for I/O errors.

        An I/O failure here leaves the log unhealthy (``last_error`` says why), so with
        ``fail_closed`` requests are refused until the file can be opened.
        """
        self.path = Path(path)
        self.fsync = fsync
        self.max_bytes = max_bytes
        self.on_failure = on_failure
        self.fsync_interval_s = fsync_interval_s
        self.retry_s = retry_s
        self.last_error: str | None = None
        self._fd: int | None = None
        self._resumed = False
        self._closed = False
        self._seq = 0
        self._prev = GENESIS
        self._size = 0
        self._generation = 0
        self._torn = False
        self._synced_at = time.monotonic()
        self._failed_at: float | None = None
        self.checkpointer = checkpointer
        #: strict audit mode: the record stage writes a decision record before forwarding
        self.strict = False
        self.checkpoint_interval_s = checkpoint_interval_s
        self._timer: asyncio.TimerHandle | None = None
        self._signing: asyncio.Future[None] | None = None
        self._refreshed_at = -math.inf  # last time the checkpoint route asked for a fresh one
        self._checkpointed_at = time.monotonic()
        try:
            self._ensure_open()
        except OSError as exc:
            self._failed(exc)
        else:
            if checkpointer is not None:
                checkpointer.set_aside_if_ahead(self._seq, self._prev)
            self.checkpoint()

    @property
    def seq(self) -> int:
        """The ``seq`` of the last record written (0 for an empty log)."""
        return self._seq

    @property
    def last_hash(self) -> str:
        """The ``hash`` of the last record written; keep a copy elsewhere to detect a cut tail."""
        return self._prev

    @property
    def healthy(self) -> bool:
        """Whether a request may go ahead: its record can be expected to be written.

        Always true with ``on_failure="continue"``. After a failure, false until a probe (at most
        every ``retry_s`` seconds) shows the file writable again.
        """
        if self.on_failure == "continue":
            return True
        if self._closed:
            return False
        if self._failed_at is None:
            return True
        if time.monotonic() - self._failed_at < self.retry_s:
            return False
        return self._probe()

    def ensure_healthy(self) -> None:
        """Raise ``AuditWriteError`` unless ``healthy`` (for the pipeline's pre-forward check)."""
        if not self.healthy:
            raise AuditWriteError(f"audit log unavailable: {self.last_error or 'closed'}")

    def write(self, record: dict[str, Any]) -> None:
        """Append ``record`` with ``seq``, ``ts`` (when absent), ``prev_hash`` and ``hash``.

        ``record`` itself is not modified. On failure: raises ``AuditWriteError`` with
        ``fail_closed``; logs ``audit_write_failed`` and returns with ``continue``.
        """
        try:
            if self._closed:
                raise OSError("audit log is closed")
            self._ensure_open()
            body = record if "ts" in record else {**record, "ts": time.time()}
            line, digest = seal(body, self._seq + 1, self._prev)
        except TypeError as exc:  # orjson.JSONEncodeError: a bug in the record, not the disk
            self._give_up(exc, mark_unhealthy=False)
            return
        except OSError as exc:
            self._give_up(exc, mark_unhealthy=True)
            return
        try:
            self._append(line)
            self._seq += 1
            self._prev = digest
            self._after_write()
        except OSError as exc:
            self._give_up(exc, mark_unhealthy=True)
            return
        if self.checkpointer is not None and self._timer is None:
            self._schedule_checkpoint()

    def checkpoint(self) -> str | None:
        """Sign the head now if it moved since the last checkpoint; the latest signed note.

        ``None`` without a signing key. A failure to write the checkpoint file is logged
        (``audit_checkpoint_failed``) and the previous note is returned.
        """
        self._checkpointed_at = time.monotonic()
        signer = self.checkpointer
        if signer is None:
            return None
        signer.sign_logged(self._seq, self._prev)
        return signer.latest

    async def fresh_checkpoint(self, min_age_s: float = 1.0) -> str | None:
        """The latest note, re-signed first (in a thread, off the event loop) when the head moved
        and the last checkpoint is at least ``min_age_s`` old — so polling cannot make the proxy
        sign more often than that."""
        signer = self.checkpointer
        if signer is None:
            return None
        now = time.monotonic()
        if signer.signed_seq != self._seq and now - self._refreshed_at >= min_age_s:
            self._refreshed_at = now
            await asyncio.to_thread(signer.sign_logged, self._seq, self._prev)
        return signer.latest

    def close(self) -> None:
        """Flush, sign a last checkpoint, release the lock and close; idempotent."""
        if self._timer is not None:
            self._timer.cancel()
            self._timer = None
        if self._closed:
            return
        self._closed = True
        if self._fd is None:
            return
        try:
            if self.fsync != "never":
                os.fsync(self._fd)
        except OSError as exc:  # nothing left to refuse at shutdown: say so and close
            _log.warning("audit_fsync_failed", path=str(self.path), error=str(exc))
        finally:
            self.checkpoint()
            self._close_fd()

    def __enter__(self) -> AuditLog:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    # -- internals -----------------------------------------------------------------------------

    def _schedule_checkpoint(self) -> None:
        """Sign ``checkpoint_interval_s`` from now on the running loop (or now, if overdue)."""
        try:
            loop = asyncio.get_running_loop()
        except RuntimeError:  # no event loop (tools, tests): check the clock on each write
            if time.monotonic() - self._checkpointed_at >= self.checkpoint_interval_s:
                self.checkpoint()
            return
        self._timer = loop.call_later(self.checkpoint_interval_s, self._on_timer)

    def _on_timer(self) -> None:
        """Sign in a thread: an fsync'd file replace takes milliseconds, not for the loop."""
        self._timer = None
        signer = self.checkpointer
        if self._closed or signer is None:
            return
        self._checkpointed_at = time.monotonic()
        loop = asyncio.get_running_loop()
        self._signing = loop.run_in_executor(None, signer.sign_logged, self._seq, self._prev)

    def _ensure_open(self) -> None:
        """Open the file (locked) if it is not open, resuming the chain the first time."""
        if self._fd is not None:
            return
        if not self._resumed:
            self._resume()
        fd = os.open(self.path, os.O_WRONLY | os.O_APPEND | os.O_CREAT | os.O_CLOEXEC, 0o640)
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            os.close(fd)
            raise OSError(f"{self.path} is locked by another writer") from None
        self._fd = fd
        self._size = os.fstat(fd).st_size

    def _resume(self) -> None:
        """Take ``seq`` and ``prev_hash`` from the last record of the file or its rotations."""
        rotated = rotated_files(self.path)
        self._generation = rotated[-1][0] if rotated else 0
        record, torn = last_record(self.path)
        self._torn = torn
        for _, older in reversed(rotated):
            if record is not None:
                break
            record, _ = last_record(older)
        if record is not None:
            self._seq = record["seq"]
            self._prev = record["hash"]
        self._resumed = True

    def _append(self, line: bytes) -> None:
        """Write one whole line; after a partial write the next one starts on a fresh line."""
        assert self._fd is not None
        data = b"\n" + line if self._torn else line
        view = memoryview(data)
        written = 0
        try:
            while written < len(data):
                count = os.write(self._fd, view[written:])
                if count == 0:
                    raise OSError("audit write made no progress")
                written += count
        except OSError:
            self._torn = self._torn or written > 0
            raise
        self._torn = False
        self._size += written

    def _after_write(self) -> None:
        """Apply the fsync policy, then rotate if the file is full."""
        assert self._fd is not None
        if self.fsync == "always":
            os.fsync(self._fd)
        elif self.fsync == "interval":
            now = time.monotonic()
            if now - self._synced_at >= self.fsync_interval_s:
                os.fsync(self._fd)
                self._synced_at = now
        if self._size >= self.max_bytes:
            self._rotate()

    def _rotate(self) -> None:
        """Rename the full file to ``<name>.<n+1>`` and open a new, empty one in its place.

        A failed rename is not a failed write (the record is on disk): the file keeps growing and
        rotation is tried again after the next write.
        """
        assert self._fd is not None
        if self.fsync != "never":
            os.fsync(self._fd)
        target = self.path.with_name(f"{self.path.name}.{self._generation + 1}")
        try:
            os.rename(self.path, target)
        except OSError as exc:
            self.last_error = f"rotation failed: {exc}"
            _log.warning("audit_rotation_failed", path=str(self.path), error=str(exc))
            return
        self._generation += 1
        self._close_fd()
        self._ensure_open()

    def _close_fd(self) -> None:
        fd, self._fd = self._fd, None
        if fd is not None:
            os.close(fd)  # closing the descriptor releases the flock

    def _probe(self) -> bool:
        """Try the file again with an empty line; healthy again when it goes through."""
        try:
            self._ensure_open()
            self._append(b"\n")
        except OSError as exc:
            self._failed(exc)
            return False
        self._failed_at = None
        self.last_error = None
        return True

    def _failed(self, exc: OSError) -> None:
        self._failed_at = time.monotonic()
        self.last_error = str(exc)
        self._close_fd()

    def _give_up(self, exc: Exception, *, mark_unhealthy: bool) -> None:
        if mark_unhealthy and isinstance(exc, OSError):
            self._failed(exc)
        if self.on_failure == "fail_closed":
            raise AuditWriteError(f"audit record could not be written: {exc}") from exc
        _log.warning("audit_write_failed", path=str(self.path), error=str(exc))
