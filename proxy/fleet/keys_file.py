"""The keys file (``auth: {keys_file: keys.yaml}``) and its hot reload: one snapshot → validate →
swap (DESIGN §9, the discipline of ``policy/store.py``).

A reload reads the file once into bytes; those bytes are hashed, parsed and validated, and the
``KeyBook`` built from them replaces the active one in a single reference assignment. Nothing is
read twice, so a file rewritten mid-reload cannot put unvalidated keys live, and an invalid file
never replaces a valid one (``keys_rejected`` is logged and the last good book stays). The change
stamp is taken before the read, so a write during a load is seen by the next poll. A revocation
therefore takes effect within one poll interval (1 s by default, ``auth.poll_interval_s``) of the
file being written, or at once on SIGHUP (``sovproxy serve`` calls ``reload``).
"""

from __future__ import annotations

import asyncio
import contextlib
import hashlib
from collections.abc import Callable
from pathlib import Path

from pydantic import ValidationError

from proxy.fleet.principals import KeyBook
from proxy.fleet.schema import (
    PLAIN_KEY,
    ClientKey,
    KeysDoc,
    KeysFile,
    LimitSpec,
    TeamSpec,
    TenantSpec,
)
from proxy.telemetry.logging import get_logger
from proxy.yamlio import ConfigFileError, YamlDoc, parse_yaml, validation_message

_KNOWN = {
    "org",
    "tenants",
    "keys",
    "teams",
    *ClientKey.model_fields,
    *LimitSpec.model_fields,
    *TeamSpec.model_fields,
    *TenantSpec.model_fields,
}


def parse_keys(raw: bytes, path: Path) -> KeysFile:
    """Validate the bytes of a keys file; ``ConfigFileError`` names file, line and key."""
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError:
        raise ConfigFileError(f"{path}: not UTF-8 text") from None
    doc = parse_yaml(text, path)
    data = doc.data if doc.data is not None else {}
    if not isinstance(data, dict):
        raise doc.error((), "expected a mapping with keys:, and optionally org: and tenants:")
    if "keys" in data and data["keys"] is None:  # `keys:` with no entry yet
        data = {**data, "keys": ()}
    for index, entry in enumerate(data.get("keys") or ()):
        if isinstance(entry, dict) and "key" in entry:
            raise doc.error(("keys", index, "key"), PLAIN_KEY)
    try:
        return KeysFile(**data)
    except ValidationError as exc:
        raise _error(exc, doc) from None


def _error(exc: ValidationError, doc: YamlDoc) -> ConfigFileError:
    lines = []
    for error in exc.errors():
        loc = tuple(error["loc"])
        lines.append(str(doc.error(loc, validation_message(error, _KNOWN))))
    return ConfigFileError("\n".join(dict.fromkeys(lines)))


def read_keys_file(path: Path) -> KeyBook:
    """The book of one read of ``path`` (its ``sha256`` is the hash of the bytes read)."""
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise ConfigFileError(f"{path}: cannot read: {exc.strerror or exc}") from None
    return KeyBook(parse_keys(raw, path), sha256=hashlib.sha256(raw).hexdigest())


_StatKey = tuple[int, int, int, int]


def _stat_key(path: Path) -> _StatKey | None:
    """Inode (a rename-over), size, mtime and ctime: mtimes alone can tie within a clock tick."""
    try:
        st = path.stat()
    except OSError:
        return None
    return (st.st_ino, st.st_size, st.st_mtime_ns, st.st_ctime_ns)


class KeyStore:
    """The active ``KeyBook`` of a keys file; ``book`` is never half-loaded."""

    def __init__(self, path: Path, interval_s: float = 1.0):
        self.path = path
        self.interval_s = interval_s
        self._stamp = _stat_key(path)  # before reading: a write during the load is not missed
        self.book = read_keys_file(path)  # a startup error: refuse to start
        self._task: asyncio.Task[None] | None = None

    def reload(self) -> bool:
        """Activate the file's current content; keep the last good book on any failure."""
        self._stamp = _stat_key(self.path)
        try:
            book = read_keys_file(self.path)
        except ConfigFileError as exc:
            get_logger().warning(
                "keys_rejected",
                path=str(self.path),
                error=str(exc).splitlines()[0][:300],
                active_sha256=self.book.sha256,
            )
            return False
        self.book = book  # the validated object itself goes live
        get_logger().info("keys_loaded", path=str(self.path), keys=len(book), sha256=book.sha256)
        return True

    async def _watch(self) -> None:
        while True:
            await asyncio.sleep(self.interval_s)
            if _stat_key(self.path) != self._stamp:
                self.reload()

    async def start(self) -> None:
        """Poll the file for changes (SIGHUP: ``sovproxy serve`` calls ``reload`` itself)."""
        self._task = asyncio.get_running_loop().create_task(self._watch())

    async def stop(self) -> None:
        """Stop polling."""
        if self._task is not None:
            self._task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._task
            self._task = None


def split_limits_error(auth: object, resolve: Callable[[Path], Path], workers: int) -> str | None:
    """Why ``workers`` processes cannot enforce the limits configured (``None``: they can).

    Without shared state each worker would count on its own: a limit of 100 a minute would
    admit 100 per worker. Refused at startup rather than enforced N times over.
    """
    if workers <= 1 or not isinstance(auth, KeysDoc):
        return None
    keys_file = getattr(auth, "keys_file", None)
    book = read_keys_file(resolve(keys_file)) if keys_file is not None else KeyBook(auth)
    if not book.limited():
        return None
    return (
        f"auth: limits are counted per process and --workers {workers} would multiply them; "
        "run one worker, or count them in Redis (state: {redis_url: redis://...})"
    )
