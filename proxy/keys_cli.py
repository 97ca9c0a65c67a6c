"""``sovproxy keys create|list|revoke``: edit a keys file safely (DESIGN §9, issue 16).

- ``create`` makes a random key, prints it once on stdout (nothing else goes there, so
  ``KEY=$(sovproxy keys create ...)`` works) and stores only its sha256;
- ``list`` shows key ids, names, tenants, teams, status, expiry and limits — never a key;
- ``revoke`` sets ``revoked: true`` on one key (by key id or name).

Edits keep the file as written (comments, order): ``create`` appends one entry at the end of the
``keys:`` list, which must be the last top-level section; ``revoke`` changes or adds one line.
The edited text is validated as the proxy would load it and must hold exactly the intended
change; it then replaces the file atomically (a temporary file in the same directory, flushed,
then renamed over it), so a running proxy reads either the old file or the new one. Any problem
is one line on stderr and exit status 2, and leaves the file untouched.
"""

from __future__ import annotations

import argparse
import contextlib
import fcntl
import hashlib
import os
import re
import secrets
import sys
import tempfile
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import orjson

from proxy.commands import UserError
from proxy.fleet.keys_file import parse_keys
from proxy.fleet.schema import ClientKey, KeysFile
from proxy.yamlio import ConfigFileError, parse_yaml

KEY_PREFIX = "sk-sov-"
NEW_FILE = (
    "# sovproxy keys: SHA-256 digests of client keys, their tenants, teams and limits.\n"
    "# Edit with `sovproxy keys create|list|revoke`; review changes like policy.\n"
    "keys:\n"
)


def add_arguments(keys: argparse.ArgumentParser, command: Any) -> None:
    """The ``keys`` subcommands (``command`` builds a subcommand parser, as in ``cli.py``)."""
    sub = keys.add_subparsers(dest="action", required=True, metavar="ACTION")
    create = command(
        sub,
        "create",
        "create a key: print it once, store only its sha256",
        "sovproxy keys create --file config/keys.yaml --tenant acme --team risk --rpm 100",
    )
    create.add_argument("--tenant", required=True, help="the tenant the key stands for")
    create.add_argument("--team", default=None, help="its team")
    create.add_argument("--name", default=None, help="a label for list and revoke")
    create.add_argument("--models", default=None, help="allowed models, comma-separated globs")
    create.add_argument("--endpoints", default=None, help="allowed endpoints, comma-separated")
    create.add_argument("--expires-at", default=None, help="ISO 8601 time with a zone")
    create.add_argument("--expires-in", default=None, help="a duration: 90d, 12h")
    create.add_argument("--rpm", type=int, default=None, help="requests per minute")
    create.add_argument("--tpm", type=int, default=None, help="tokens per minute")
    create.add_argument("--concurrent", type=int, default=None, help="concurrent requests")
    create.add_argument("--meta", action="append", default=[], help="KEY=VALUE (repeatable)")
    listing = command(sub, "list", "list keys (never the keys themselves)")
    listing.add_argument("--json", action="store_true", help="JSON lines instead of a table")
    revoke = command(sub, "revoke", "revoke a key by key id or name")
    revoke.add_argument("key", help="the key id (12 hex digits, as `keys list` shows) or name")
    revoke.add_argument(
        "--redis-url",
        default=os.environ.get("SOVPROXY_STATE__REDIS_URL"),
        help="also tell every replica sharing this Redis now (default: $SOVPROXY_STATE__REDIS_URL)",
    )
    for parser in (create, listing, revoke):
        parser.add_argument("--file", type=Path, required=True, help="the keys file")


def run(args: argparse.Namespace) -> int:
    """Run one ``keys`` action (edits hold a lock on the file's directory: two edits at once
    cannot lose one another's change)."""
    if args.action == "list":
        return _list(args)
    with _locked(args.file.parent):
        return _create(args) if args.action == "create" else _revoke(args)


@contextlib.contextmanager
def _locked(directory: Path) -> Iterator[None]:
    """An exclusive ``flock`` on ``directory`` (no lock file is left behind)."""
    try:
        fd = os.open(directory, os.O_RDONLY)
    except OSError as exc:
        raise UserError(f"{directory}: cannot open the keys file's directory: {exc}") from None
    try:
        fcntl.flock(fd, fcntl.LOCK_EX)
        yield
    finally:
        os.close(fd)  # closing releases the lock


def _read(path: Path, missing_ok: bool = False) -> str:
    try:
        return path.read_text(encoding="utf-8")
    except FileNotFoundError:
        if missing_ok:
            return NEW_FILE
        raise UserError(f"{path}: no such keys file") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise UserError(f"{path}: cannot read: {exc}") from None


def _load(text: str, path: Path) -> KeysFile:
    try:
        return parse_keys(text.encode(), path)
    except ConfigFileError as exc:
        raise UserError(str(exc)) from None


def _write(path: Path, text: str) -> None:
    """Replace ``path`` with ``text`` atomically (same directory, flushed, renamed over)."""
    mode = path.stat().st_mode & 0o777 if path.exists() else 0o644
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as out:
            out.write(text)
            out.flush()
            os.fsync(out.fileno())
        os.chmod(tmp, mode)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def _entry(args: argparse.Namespace, digest: str, now: datetime) -> dict[str, Any]:
    """The new key's entry (the options as the file spells them)."""
    entry: dict[str, Any] = {"key_sha256": digest, "name": args.name, "tenant": args.tenant}
    entry["team"] = args.team
    entry["models"] = _csv(args.models)
    entry["endpoints"] = _csv(args.endpoints)
    entry["expires_at"] = _expiry(args.expires_at, args.expires_in, now)
    limits = {"requests_per_minute": args.rpm, "tokens_per_minute": args.tpm}
    limits["concurrent"] = args.concurrent
    entry["limits"] = {k: v for k, v in limits.items() if v is not None} or None
    meta = dict(_pair(item) for item in args.meta)
    entry["metadata"] = {"created_at": now.isoformat(timespec="seconds"), **meta}
    return {k: v for k, v in entry.items() if v is not None}


def _csv(value: str | None) -> list[str] | None:
    if value is None:
        return None
    items = [v.strip() for v in value.split(",") if v.strip()]
    if not items:
        raise UserError("an empty list: give at least one value, comma-separated")
    return items


def _pair(item: str) -> tuple[str, str]:
    name, sep, value = item.partition("=")
    if not sep or not name:
        raise UserError(f"--meta {item!r}: expected KEY=VALUE")
    return name, value


_DURATION = re.compile(r"(\d+)([dh])")


def _expiry(at: str | None, within: str | None, now: datetime) -> str | None:
    if at is not None and within is not None:
        raise UserError("give --expires-at or --expires-in, not both")
    if within is not None:
        match = _DURATION.fullmatch(within)
        if match is None or int(match[1]) == 0:
            raise UserError(f"--expires-in {within!r}: expected a duration such as 90d or 12h")
        unit = "days" if match[2] == "d" else "hours"
        return (now + timedelta(**{unit: int(match[1])})).isoformat(timespec="seconds")
    if at is None:
        return None
    try:
        when = datetime.fromisoformat(at.replace("Z", "+00:00"))
    except ValueError:
        raise UserError(
            f"--expires-at {at!r}: expected ISO 8601, e.g. 2027-01-01T00:00:00Z"
        ) from None
    if when.utcoffset() is None:
        raise UserError(f"--expires-at {at!r}: give a time zone, e.g. 2027-01-01T00:00:00Z")
    return when.isoformat()


def _append(text: str, path: Path, entry: dict[str, Any]) -> str:
    """``text`` with ``entry`` appended to its ``keys:`` list (which must come last)."""
    doc = parse_yaml(text, path)
    data = doc.data if isinstance(doc.data, dict) else {}
    if "keys" not in data:
        return (
            text
            + ("" if text.endswith("\n") or not text else "\n")
            + "keys:\n"
            + _block(entry, "  ")
        )
    last = max(data, key=lambda k: doc.lines.get((str(k),), 0))
    if last != "keys":
        raise UserError(f"{path}: keys: must be the last section for `keys create` to append to it")
    lines = text.splitlines(keepends=True)
    if not data["keys"]:  # `keys:` or `keys: []`
        index = doc.lines[("keys",)] - 1
        lines[index] = "keys:\n"
        return "".join(lines[: index + 1]) + _block(entry, "  ")
    first = lines[doc.lines[("keys", 0)] - 1]
    indent = first[: len(first) - len(first.lstrip())]
    body = "".join(lines)
    return body + ("" if body.endswith("\n") else "\n") + _block(entry, indent)


def _block(entry: dict[str, Any], indent: str) -> str:
    """One list item in block style; values in JSON, which YAML reads as written."""
    out = []
    for index, (name, value) in enumerate(entry.items()):
        lead = f"{indent}- " if index == 0 else f"{indent}  "
        out.append(f"{lead}{name}: {orjson.dumps(value).decode()}\n")
    return "".join(out)


def _create(args: argparse.Namespace) -> int:
    path: Path = args.file
    now = datetime.now(UTC).replace(microsecond=0)
    text = _read(path, missing_ok=True)
    before = _load(text, path)
    key = KEY_PREFIX + secrets.token_urlsafe(32)
    digest = hashlib.sha256(key.encode()).hexdigest()
    new_text = _append(text, path, _entry(args, digest, now))
    after = _load(new_text, path)
    if after.keys[:-1] != before.keys or after.keys[-1].digest() != digest:
        raise UserError(
            f"{path}: could not append the key safely; put `keys:` last, in block style"
        )
    _write(path, new_text)
    print(key)
    print(
        f"created key {digest[:12]} for tenant {args.tenant} in {path}; the key above is shown "
        "once: only its sha256 is stored",
        file=sys.stderr,
    )
    return 0


def _status(key: ClientKey, now: datetime) -> str:
    if key.revoked:
        return "revoked"
    if key.expires_at is not None and now >= key.expires_at:
        return "expired"
    return "active"


def _row(key: ClientKey, now: datetime) -> dict[str, Any]:
    return {
        "key_id": key.key_id(),
        "name": key.name,
        "tenant": key.tenant,
        "team": key.team,
        "status": _status(key, now),
        "expires_at": key.expires_at.isoformat() if key.expires_at else None,
        "models": list(key.models) if key.models is not None else None,
        "endpoints": list(key.endpoints) if key.endpoints is not None else None,
        "limits": key.limits.model_dump(exclude_none=True),
        "metadata": key.metadata,
    }


def _list(args: argparse.Namespace) -> int:
    doc = _load(_read(args.file), args.file)
    now = datetime.now(UTC)
    rows = [_row(key, now) for key in doc.keys]
    if args.json:
        for row in rows:
            print(orjson.dumps(row).decode())
        return 0
    columns = ("key_id", "name", "tenant", "team", "status", "expires_at", "limits")
    table = [columns] + [tuple(_cell(row[c]) for c in columns) for row in rows]
    widths = [max(len(r[i]) for r in table) for i in range(len(columns))]
    for r in table:
        print("  ".join(cell.ljust(w) for cell, w in zip(r, widths, strict=True)).rstrip())
    return 0


def _cell(value: Any) -> str:
    if value is None:
        return "-"
    if isinstance(value, dict):
        short = {"requests_per_minute": "rpm", "tokens_per_minute": "tpm"}
        return ",".join(f"{short.get(k, k)}={v}" for k, v in value.items()) or "-"
    return str(value)


def _revoke(args: argparse.Namespace) -> int:
    path: Path = args.file
    text = _read(path)
    before = _load(text, path)
    index = _find(before, args.key, path)
    new_text = _set_revoked(text, path, index)
    after = _load(new_text, path)
    expected = list(before.keys)
    expected[index] = expected[index].model_copy(update={"revoked": True})
    if list(after.keys) != expected:
        raise UserError(f"{path}: could not mark keys[{index}] revoked safely; edit it by hand")
    if before.keys[index].revoked:
        print(f"key {before.keys[index].key_id()} was already revoked", file=sys.stderr)
    else:
        _write(path, new_text)
        print(f"revoked key {before.keys[index].key_id()} in {path}", file=sys.stderr)
    if args.redis_url:
        from proxy.fleet.redis_revocations import publish_to

        publish_to(args.redis_url, before.keys[index].digest())
    return 0


def _find(doc: KeysFile, wanted: str, path: Path) -> int:
    found = [
        i
        for i, key in enumerate(doc.keys)
        if wanted in (key.name, key.key_id())
        or (len(wanted) >= 8 and key.digest().startswith(wanted.lower()))
    ]
    if not found:
        raise UserError(f"{path}: no key with id or name {wanted!r} (see `sovproxy keys list`)")
    if len(found) > 1:
        raise UserError(f"{path}: {wanted!r} matches {len(found)} keys; give the 12-digit key id")
    return found[0]


def _set_revoked(text: str, path: Path, index: int) -> str:
    """``text`` with ``revoked: true`` on keys[index] (changing its line, or adding one)."""
    doc = parse_yaml(text, path)
    lines = text.splitlines(keepends=True)
    where = doc.lines.get(("keys", index, "revoked"))
    if where is not None:
        line = lines[where - 1]
        lines[where - 1] = re.sub(r"(revoked\s*:\s*)(\w+)", r"\1true", line, count=1)
        return "".join(lines)
    anchor = doc.lines[("keys", index, "key_sha256")] - 1
    line = lines[anchor]
    if doc.lines[("keys", index)] == anchor + 1 and "{" in line:  # a one-line flow mapping
        lines[anchor] = line.replace("{", "{revoked: true, ", 1)
        return "".join(lines)
    column = line.index("key_sha256")
    lines.insert(anchor + 1, " " * column + "revoked: true\n")
    return "".join(lines)
