"""Who may call, as one immutable snapshot: org → tenant → team → key (DESIGN §9, issue 16).

A ``KeyBook`` is built from a validated ``KeysDoc`` and never changes; a reload builds a new one
and swaps the reference, so a request checks its key against one book from start to end. Keys are
held by their SHA-256 only: the book never sees a key in clear, even one written inline in
``sovproxy.yaml`` (it is hashed while the settings are validated).
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, replace
from datetime import datetime
from fnmatch import fnmatchcase
from typing import Literal

from proxy.errors import AuthenticationFailed, BadRequest, KeyNotAllowed
from proxy.exchange import Principal
from proxy.fleet.schema import ClientKey, KeysDoc, LimitSpec

ScopeLevel = Literal["key", "team", "tenant"]

#: The header that names the end user a request is made for (an opaque id the client chooses).
END_USER_HEADER = "x-sovproxy-end-user"
_END_USER = re.compile(r"[A-Za-z0-9._:-]{1,128}")


@dataclass(frozen=True, slots=True)
class Scope:
    """One level whose limits a request must pass (``id`` names it in the limiter's state)."""

    level: ScopeLevel
    id: str
    limits: LimitSpec


@dataclass(frozen=True, slots=True)
class Credential:
    """A configured key: its rules, the principal it stands for and the scopes it is limited by."""

    key: ClientKey
    principal: Principal
    scopes: tuple[Scope, ...]

    def check_valid(self, now: datetime) -> None:
        """Refuse a revoked or expired key with 401 (the same status as an unknown key)."""
        if self.key.revoked:
            raise AuthenticationFailed("this API key has been revoked", code="key_revoked")
        expires = self.key.expires_at
        if expires is not None and now >= expires:
            raise AuthenticationFailed("this API key has expired", code="key_expired")

    def check_use(self, model: str, endpoint: str) -> None:
        """Refuse with 403 a model or an endpoint this key is not allowed to use."""
        allowed = self.key.endpoints
        if allowed is not None and endpoint not in allowed:
            raise KeyNotAllowed(
                f"this API key may not use the {endpoint} endpoint", code="endpoint_not_allowed"
            )
        models = self.key.models
        if models is not None and not any(fnmatchcase(model, glob) for glob in models):
            raise KeyNotAllowed(
                f"this API key may not use the model '{model[:128]}'",
                param="model",
                code="model_not_allowed",
            )

    def limited(self) -> bool:
        """Whether any scope of this key has a limit."""
        return any(scope.limits.any() for scope in self.scopes)


class KeyBook:
    """The keys of one deployment, by sha256 (an immutable snapshot)."""

    def __init__(self, doc: KeysDoc, sha256: str | None = None):
        self.org = doc.org
        #: sha256 of the keys file this book was read from (``None``: inline in sovproxy.yaml)
        self.sha256 = sha256
        self._by_digest: Mapping[str, Credential] = {
            key.digest(): _credential(doc, key) for key in doc.keys
        }

    def __len__(self) -> int:
        return len(self._by_digest)

    def find(self, digest: str) -> Credential | None:
        """The credential of a key by its sha256 hex digest."""
        return self._by_digest.get(digest)

    def limited(self) -> bool:
        """Whether any key, team or tenant has a limit."""
        return any(c.limited() for c in self._by_digest.values())


def _credential(doc: KeysDoc, key: ClientKey) -> Credential:
    principal = Principal(tenant=key.tenant, team=key.team, key_id=key.key_id(), org=doc.org)
    scopes = [Scope("key", f"key:{key.digest()}", key.limits)]
    tenant = doc.tenants.get(key.tenant)
    if tenant is not None and key.team is not None and key.team in tenant.teams:
        team = tenant.teams[key.team]
        scopes.append(Scope("team", f"team:{key.tenant}/{key.team}", team.limits))
    if tenant is not None:
        scopes.append(Scope("tenant", f"tenant:{key.tenant}", tenant.limits))
    return Credential(key, principal, tuple(s for s in scopes if s.limits.any()))


def with_end_user(principal: Principal, headers: Mapping[str, str]) -> Principal:
    """``principal`` with the end user named by ``x-sovproxy-end-user``, if the request names one.

    Only the header counts (not OpenAI's ``user`` body field, which is content sent on to the
    backend). It must be an opaque id: 1-128 letters, digits and ``. _ : -`` (no e-mail address:
    the id is written to the audit log).
    """
    value = headers.get(END_USER_HEADER)
    if value is None:
        return principal
    if not _END_USER.fullmatch(value):
        raise BadRequest(
            f"{END_USER_HEADER} must be an opaque id of 1-128 letters, digits and . _ : -",
            param=END_USER_HEADER,
            code="invalid_end_user",
        )
    return replace(principal, end_user=value)
