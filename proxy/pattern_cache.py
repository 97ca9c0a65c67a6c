"""Compiled pattern databases kept on disk, so a process starts in a second instead of ten.

Compiling the classifier's prefilters (tens of thousands of gazetteer literals and a hundred
regular expressions) takes hyperscan several seconds at every start of ``serve``, of each
``--workers`` process and of ``sovproxy classify``; loading the compiled bytes takes
milliseconds. The classifier asks a store for a database by a key that hashes everything the
database is built from (hyperscan's version, every expression, id and flag), so a changed
detector can never be served an old database.

A database decides what the classifier can see, so a file is trusted only as far as the code
itself: it must be a regular file (no symlink) owned by this user and writable by nobody else,
in a directory of the same kind, and carry the SHA-256 of its bytes. Anything else is ignored and
the database is compiled (and written anew). Failing to write is not an error: the next start
compiles again. The directory is made with mode 0700, files are written whole and renamed into
place, so processes starting together never read half a file. A file is opened without blocking
(a FIFO planted there cannot stall a start) and read only up to ``MAX_BYTES``.

Every pattern change gives new keys, so old databases would pile up (about 16 MB per version):
a load marks its file as used (its modification time), and each write keeps the ``KEEP`` files
used last and removes the rest, and temporary files left by a writer that died.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import secrets
import stat
import time
from pathlib import Path

_SUFFIX = ".hsdb"
_TEMP = ".tmp-"
_DIGEST = 32
#: Databases kept: two per pattern set, so four versions side by side (a rolling upgrade).
KEEP = 8
#: The largest file read (today's databases are about 10 MB).
MAX_BYTES = 256 * 1024 * 1024
#: A temporary file this old belongs to a writer that died.
_STALE_TEMP = 3600.0


def default_directory() -> Path | None:
    """``$XDG_CACHE_HOME/sovproxy``, else ``~/.cache/sovproxy`` (the XDG base directory rule);
    ``None`` (no cache) for a user without a home directory."""
    base = os.environ.get("XDG_CACHE_HOME")
    if not base:
        try:
            base = str(Path.home() / ".cache")
        except (RuntimeError, KeyError):  # no HOME and no passwd entry
            return None
    return Path(base) / "sovproxy"


def store_at(directory: Path | None) -> PatternCache | None:
    """The cache in ``directory``, or none when there is no directory (caching turned off)."""
    return PatternCache(directory) if directory is not None else None


class PatternCache:
    """A directory of compiled databases, by key (see the module docstring for what is trusted).

    Files are opened relative to a descriptor of the checked directory, so the directory that
    was checked is the one read and written, even if its path is changed meanwhile."""

    def __init__(self, directory: Path) -> None:
        """Use ``directory`` (made on the first write)."""
        self.directory = directory
        #: Why the last write failed (for one log line at start), ``None`` after a good one.
        self.problem: str | None = None

    def load(self, key: str) -> bytes | None:
        """The stored bytes for ``key``, or ``None`` when absent, untrusted or damaged."""
        try:
            with _Directory(self.directory) as folder:
                flags = os.O_RDONLY | os.O_NOFOLLOW | os.O_NONBLOCK
                fd = os.open(key + _SUFFIX, flags, dir_fd=folder.fd)
                with os.fdopen(fd, "rb") as handle:
                    info = os.fstat(handle.fileno())
                    if not _trusted(info, directory=False) or info.st_size > MAX_BYTES:
                        return None
                    blob = handle.read(MAX_BYTES + 1)
                    _touch(handle.fileno())
        except OSError:
            return None
        digest, data = blob[:_DIGEST], blob[_DIGEST:]
        return data if data and _digest(key, data) == digest else None

    def save(self, key: str, data: bytes) -> bool:
        """Store ``data`` for ``key``; ``False`` when the directory cannot be written."""
        temp = f"{_TEMP}{secrets.token_hex(8)}{_SUFFIX}"
        try:
            self.directory.mkdir(mode=0o700, parents=True, exist_ok=True)
            with _Directory(self.directory) as folder:
                flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | os.O_NOFOLLOW
                fd = os.open(temp, flags, 0o600, dir_fd=folder.fd)
                try:
                    with os.fdopen(fd, "wb") as handle:
                        handle.write(_digest(key, data) + data)
                    os.replace(temp, key + _SUFFIX, src_dir_fd=folder.fd, dst_dir_fd=folder.fd)
                except OSError:
                    os.unlink(temp, dir_fd=folder.fd)
                    raise
                with contextlib.suppress(OSError):
                    _prune(folder.fd, keep=key + _SUFFIX)
        except OSError as exc:
            self.problem = f"{type(exc).__name__}: {exc.strerror or exc}"
            return False
        self.problem = None
        return True


class _Directory:
    """An open, checked directory: this user's own, not writable by others, not a symlink."""

    def __init__(self, path: Path) -> None:
        self.fd = os.open(path, os.O_RDONLY | os.O_DIRECTORY | os.O_NOFOLLOW)

    def __enter__(self) -> _Directory:
        if not _trusted(os.fstat(self.fd), directory=True):
            os.close(self.fd)
            raise PermissionError("pattern cache directory is not this user's own")
        return self

    def __exit__(self, *exc: object) -> None:
        os.close(self.fd)


def _touch(fd: int) -> None:
    """Mark a file as used now (pruning keeps the files used last); a read-only cache is fine."""
    with contextlib.suppress(OSError):
        os.utime(fd)


def _prune(folder: int, keep: str) -> None:
    """Remove the databases beyond the ``KEEP`` used last (never ``keep``, just written) and
    stale temporary files, in the directory open as ``folder``. Failures are ignored: another
    process may be pruning too."""
    now = time.time()
    kept: list[tuple[float, str]] = []
    with os.scandir(folder) as entries:
        for entry in entries:
            if not entry.name.endswith(_SUFFIX) or not entry.is_file(follow_symlinks=False):
                continue
            mtime = entry.stat(follow_symlinks=False).st_mtime
            if entry.name.startswith(_TEMP):
                if now - mtime > _STALE_TEMP:
                    _unlink(entry.name, folder)
            elif entry.name != keep:
                kept.append((mtime, entry.name))
    kept.sort(reverse=True)
    for _, name in kept[KEEP - 1 :]:
        _unlink(name, folder)


def _unlink(name: str, folder: int) -> None:
    """Remove one file of the directory, if it is still there."""
    with contextlib.suppress(OSError):
        os.unlink(name, dir_fd=folder)


def _digest(key: str, data: bytes) -> bytes:
    """The SHA-256 of the key and the bytes: a file renamed to another key's name is refused."""
    return hashlib.sha256(key.encode() + b"\0" + data).digest()


def _trusted(info: os.stat_result, *, directory: bool) -> bool:
    """Whether a file or directory is this user's own and writable by nobody else."""
    kind = stat.S_ISDIR(info.st_mode) if directory else stat.S_ISREG(info.st_mode)
    return kind and info.st_uid == os.geteuid() and not info.st_mode & 0o022
