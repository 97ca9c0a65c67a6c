"""``GET /sovproxy/v1/audit/checkpoint``: the latest signed checkpoint of every audit segment.

The answering worker re-signs its own segment's head first when it moved (in a thread, at most once
a second however often the route is polled); the other workers' segments are read from their
checkpoint files. Copy
the notes somewhere the proxy's host cannot write: a log cut after a copied checkpoint is then
detectable (``sovproxy audit verify`` checks every ``X.checkpoint*`` beside a segment).
"""

from __future__ import annotations

from pathlib import Path

from aiohttp import web

from proxy.errors import NotFound
from proxy.http.errors import json_response
from proxy.telemetry.audit import AuditLog
from proxy.telemetry.audit_checkpoint import checkpoint_path, family


def _note(path: Path) -> str | None:
    try:
        return path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError):
        return None


async def checkpoints(audit: AuditLog | None) -> web.Response:
    """The response for the route; a 404 in the API's error shape without a signing key."""
    if audit is None or audit.checkpointer is None:
        raise NotFound(
            "no audit.signing_key is configured: the audit log is not signed", code="audit_unsigned"
        )
    own = await audit.fresh_checkpoint()
    signer = audit.checkpointer
    out = []
    for name in family(audit.path):
        note = (
            own if name == audit.path.name else _note(checkpoint_path(audit.path.with_name(name)))
        )
        if note is not None:
            out.append({"segment": name, "note": note})
    verifier = signer.signer.verifier
    return json_response({"key": f"{verifier.name}+{verifier.id.hex()}", "checkpoints": out})
