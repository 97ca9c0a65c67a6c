"""The audit log as the settings describe it: path, durability, and the checkpoint signing key."""

from __future__ import annotations

from pathlib import Path

from proxy.settings import Settings
from proxy.telemetry.audit import AuditLog
from proxy.telemetry.audit_checkpoint import Checkpointer
from proxy.telemetry.audit_note import KeyFileError, read_signer
from proxy.telemetry.logging import get_logger
from proxy.yamlio import ConfigFileError


def open_audit(settings: Settings) -> AuditLog | None:
    """Open the configured audit log (``None`` when ``audit.path`` is null).

    Raises ``ConfigFileError`` when ``audit.signing_key`` names a file that is not a usable key.
    Without a key, one warning says what the unsigned chain does and does not prove.
    """
    config = settings.audit
    if config.path is None:
        return None
    path = settings.resolve(config.path)
    checkpointer = None
    if config.signing_key is not None:
        key = settings.resolve(config.signing_key)
        try:
            signer = read_signer(key)
        except KeyFileError as exc:
            raise ConfigFileError(f"audit.signing_key: {exc}") from None
        _warn_if_readable(key)
        checkpointer = Checkpointer(path, signer)
    else:
        get_logger().warning(
            "audit_unsigned",
            path=str(path),
            detail=(
                "no audit.signing_key: the hash chain shows accidental edits only; anyone who "
                "can write the file can rewrite it undetected (sovproxy audit keygen)"
            ),
        )
    log = AuditLog(
        path,
        fsync=config.fsync,
        max_bytes=config.max_bytes,
        on_failure=config.on_failure,
        checkpointer=checkpointer,
        checkpoint_interval_s=config.checkpoint_interval_s,
    )
    log.strict = config.mode == "strict"
    return log


def _warn_if_readable(key: Path) -> None:
    """Whoever can read the signing key can sign a rewritten log: say so when others can."""
    try:
        mode = key.stat().st_mode
    except OSError:
        return
    if mode & 0o077:
        get_logger().warning(
            "audit_key_readable",
            path=str(key),
            mode=oct(mode & 0o777),
            detail="the audit signing key is readable by others: chmod 600 it",
        )
