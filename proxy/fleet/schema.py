"""What keys, teams, tenants and their limits look like — in ``sovproxy.yaml`` (``auth``) and in a
keys file (``auth.keys_file``), which validate the same models.

    org: example-bank                       # optional: the organisation above every tenant
    tenants:
      acme:
        limits: {requests_per_minute: 1000}
        teams:
          platform: {limits: {tokens_per_minute: 200000, concurrent: 50}}
    keys:
      - key_sha256: <64 hex>                # or `key:` in sovproxy.yaml only, never in a keys file
        name: ci-bot                        # optional label for `sovproxy keys list/revoke`
        tenant: acme
        team: platform
        models: ["gpt-4o*", "mistral-*"]    # globs; omitted: every model
        endpoints: [chat.completions]       # omitted: every endpoint
        expires_at: 2027-01-01T00:00:00Z
        metadata: {owner: alice}
        revoked: false
        limits: {requests_per_minute: 100, tokens_per_minute: 50000, concurrent: 20}

A request must pass the limits of its key, its team and its tenant (all of them).

Budgets are limits too, at any level, per calendar **day or month in UTC** (a day starts at 00:00
UTC, a month on the 1st at 00:00 UTC), in tokens (input + output) or in euros (``cost_eur``, from
the ``price`` of the backend that answers; a backend without a price costs 0):

    limits:
      budgets: [{tokens: 2000000, per: month}, {cost_eur: 50, per: day}]
      tier_budgets:                         # per jurisdiction tier of the backend that answers
        hyperscaler: {tokens: 2000000, per: month}     # or a list of budgets

A spent budget refuses the request (429 ``budget_exhausted``). A spent tier budget only removes
that tier's backends from the request's candidates, so the request goes to the remaining (more
sovereign) ones; with none left it is a 429 ``tier_budget_exhausted``.
"""

from __future__ import annotations

import hashlib
from datetime import datetime
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, SecretStr, field_validator, model_validator

from proxy.backends.model import Tier

_FROZEN = ConfigDict(extra="forbid", frozen=True)

EndpointName = Literal[
    "chat.completions",
    "completions",
    "embeddings",
    "responses",
    "messages",
    "messages.count_tokens",
]
PLAIN_KEY = (
    "a keys file holds key_sha256 only (it is reviewed and committed like policy); "
    "`sovproxy keys create` writes it"
)
_NAME = r"^[A-Za-z0-9][A-Za-z0-9._:-]{0,63}$"


Period = Literal["day", "month"]
BudgetName = Literal["tokens_per_day", "tokens_per_month", "cost_eur_per_day", "cost_eur_per_month"]
#: micro-euros per euro: costs are counted in whole micro-euros
MICRO = 1_000_000


class Budget(BaseModel):
    """Tokens (input + output) or euros per calendar day or month, UTC."""

    model_config = _FROZEN
    tokens: int | None = Field(default=None, ge=1)
    cost_eur: float | None = Field(default=None, gt=0, le=1e9)
    per: Period

    @model_validator(mode="after")
    def _one_of(self) -> Budget:
        if (self.tokens is None) == (self.cost_eur is None):
            raise ValueError("give exactly one of tokens or cost_eur")
        return self

    @property
    def name(self) -> BudgetName:
        """``tokens_per_day``, ``cost_eur_per_month``…: the limit's name in the audit, metrics."""
        if self.tokens is not None:
            return "tokens_per_day" if self.per == "day" else "tokens_per_month"
        return "cost_eur_per_day" if self.per == "day" else "cost_eur_per_month"

    @property
    def amount(self) -> int:
        """The budget in its counting unit: tokens, or micro-euros."""
        if self.tokens is not None:
            return self.tokens
        assert self.cost_eur is not None
        return round(self.cost_eur * MICRO)


def _as_list(value: Any) -> Any:
    """One budget may be written without the list around it."""
    return [value] if isinstance(value, dict) else value


def _distinct(budgets: tuple[Budget, ...], where: str) -> tuple[Budget, ...]:
    names = [b.name for b in budgets]
    for name in names:
        if names.count(name) > 1:
            raise ValueError(f"{where}: two {name} budgets (keep one)")
    return budgets


class LimitSpec(BaseModel):
    """Limits of one key, team or tenant; an omitted limit is not enforced."""

    model_config = _FROZEN
    requests_per_minute: int | None = Field(default=None, ge=1)
    #: input + output tokens per minute (input estimated, output reserved, both reconciled)
    tokens_per_minute: int | None = Field(default=None, ge=1)
    concurrent: int | None = Field(default=None, ge=1)
    #: token or cost budgets per UTC day or month (see the module docstring)
    budgets: tuple[Budget, ...] | None = None
    #: budgets per jurisdiction tier of the backend that answers
    tier_budgets: dict[Tier, tuple[Budget, ...]] | None = None

    @field_validator("budgets", mode="before")
    @classmethod
    def _budget_list(cls, value: Any) -> Any:
        return _as_list(value)

    @field_validator("tier_budgets", mode="before")
    @classmethod
    def _tier_lists(cls, value: Any) -> Any:
        if isinstance(value, dict):
            return {tier: _as_list(budgets) for tier, budgets in value.items()}
        return value

    @model_validator(mode="after")
    def _no_twins(self) -> LimitSpec:
        _distinct(self.budgets or (), "budgets")
        for tier, budgets in (self.tier_budgets or {}).items():
            _distinct(budgets, f"tier_budgets.{tier}")
        return self

    def any(self) -> bool:
        """Whether any limit is set."""
        limits = (self.requests_per_minute, self.tokens_per_minute, self.concurrent)
        return any(v is not None for v in limits) or self.budgeted()

    def budgeted(self) -> bool:
        """Whether any budget (of its own or per tier) is set."""
        return bool(self.budgets) or any((self.tier_budgets or {}).values())


class TeamSpec(BaseModel):
    """A team of a tenant and its limits."""

    model_config = _FROZEN
    limits: LimitSpec = LimitSpec()


class TenantSpec(BaseModel):
    """A tenant, its limits and its teams."""

    model_config = _FROZEN
    limits: LimitSpec = LimitSpec()
    teams: dict[str, TeamSpec] = Field(default_factory=dict)


class ClientKey(BaseModel):
    """A client key (or its sha256), who it stands for, what it may do and its limits."""

    model_config = _FROZEN
    key: SecretStr | None = None
    key_sha256: str | None = Field(default=None, pattern=r"^[0-9a-fA-F]{64}$")
    name: str | None = Field(default=None, pattern=_NAME)
    tenant: str = Field(min_length=1)
    team: str | None = None
    models: tuple[str, ...] | None = None
    endpoints: tuple[EndpointName, ...] | None = None
    expires_at: datetime | None = None
    metadata: dict[str, str] = Field(default_factory=dict)
    revoked: bool = False
    limits: LimitSpec = LimitSpec()

    @model_validator(mode="after")
    def _one_of(self) -> ClientKey:
        if (self.key is None) == (self.key_sha256 is None):
            raise ValueError("give exactly one of key or key_sha256")
        return self

    @field_validator("expires_at")
    @classmethod
    def _aware(cls, value: datetime | None) -> datetime | None:
        if value is not None and value.utcoffset() is None:
            raise ValueError("give a time zone, e.g. 2027-01-01T00:00:00Z")
        return value

    def digest(self) -> str:
        """The sha256 hex digest clients are matched against."""
        if self.key is not None:
            return hashlib.sha256(self.key.get_secret_value().encode()).hexdigest()
        assert self.key_sha256 is not None
        return self.key_sha256.lower()

    def key_id(self) -> str:
        """The id that stands for this key in the audit log and in ``keys list``."""
        return self.digest()[:12]


class KeysDoc(BaseModel):
    """The principals of one deployment: an organisation, its tenants and teams, and the keys."""

    model_config = _FROZEN
    org: str | None = Field(default=None, min_length=1)
    tenants: dict[str, TenantSpec] = Field(default_factory=dict)
    keys: tuple[ClientKey, ...] = ()

    @model_validator(mode="after")
    def _unique(self) -> KeysDoc:
        seen: dict[str, int] = {}
        names: dict[str, int] = {}
        for index, key in enumerate(self.keys):
            digest = key.digest()
            if digest in seen:
                raise ValueError(f"keys[{index}] is the same key as keys[{seen[digest]}]")
            seen[digest] = index
            if key.name is not None and key.name in names:
                raise ValueError(
                    f"keys[{index}].name {key.name!r} is already keys[{names[key.name]}]"
                )
            if key.name is not None:
                names[key.name] = index
        return self


class KeysFile(KeysDoc):
    """A keys file: like ``auth`` in ``sovproxy.yaml``, but it holds digests only."""

    @model_validator(mode="after")
    def _digests_only(self) -> KeysFile:
        for index, key in enumerate(self.keys):
            if key.key is not None:
                raise ValueError(f"keys[{index}].key: {PLAIN_KEY}")
        return self
