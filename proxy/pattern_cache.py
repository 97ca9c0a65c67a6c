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
place, so processes starting together never read half a file.
"""

from __future__ import annotations

import hashlib
import os
import secrets
import stat
from pathlib import Path

_SUFFIX = ".hsdb"
_DIGEST = 32


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
                fd = os.open(key + _SUFFIX, os.O_RDONLY | os.O_NOFOLLOW, dir_fd=folder.fd)
                with os.fdopen(fd, "rb") as handle:
                    if not _trusted(os.fstat(handle.fileno()), directory=False):
                        return None
                    blob = handle.read()
        except OSError:
            return None
        digest, data = blob[:_DIGEST], blob[_DIGEST:]
        return data if data and _digest(key, data) == digest else None

    def save(self, key: str, data: bytes) -> bool:
        """Store ``data`` for ``key``; ``False`` when the directory cannot be written."""
        temp = f".tmp-{secrets.token_hex(8)}{_SUFFIX}"
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


def _digest(key: str, data: bytes) -> bytes:
    """The SHA-256 of the key and the bytes: a file renamed to another key's name is refused."""
    return hashlib.sha256(key.encode() + b"\0" + data).digest()


def _trusted(info: os.stat_result, *, directory: bool) -> bool:
    """Whether a file or directory is this user's own and writable by nobody else."""
    kind = stat.S_ISDIR(info.st_mode) if directory else stat.S_ISREG(info.st_mode)
    return kind and info.st_uid == os.geteuid() and not info.st_mode & 0o022
