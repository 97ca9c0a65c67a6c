"""Backends as pipes: hops, and the jurisdiction facts derived from them (DESIGN §4).

A backend is an ordered list of hops from the proxy to the model. Each hop says who operates it
(``operator``, ``operator_hq``, optional ``parent_hq``) and where it runs (``location``). The facts
a policy selects on — ``jurisdictions``, ``us_reachable``, ``cn_reachable`` and ``tier`` — are
derived here and nowhere else; configuration never states them.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Literal
from urllib.parse import urlsplit

from pydantic import BaseModel, ConfigDict, Field, SecretStr, ValidationInfo, field_validator

from proxy.backends import countries

Tier = Literal["self_hosted", "eu_only", "hyperscaler"]
Protocol = Literal["openai", "azure-openai", "anthropic"]

#: EU member states plus the EEA (IS, LI, NO); ``EU`` stands for "somewhere in the EU".
_EU27 = "AT BE BG HR CY CZ DK EE FI FR DE GR HU IE IT LV LT LU MT NL PL PT RO SK SI ES SE"
EU_EEA: frozenset[str] = frozenset(f"{_EU27} IS LI NO EU".split())

#: Shorthand for "operated by whoever runs this proxy" (``self_operated: true``); the hop then
#: takes the legal name from ``self.operator`` in ``sovproxy.yaml``.
SELF_OPERATOR = "self"


class Hop(BaseModel):
    """One party in the pipe: who operates it, under which law, and where it runs.

    ``self_operated``: operated by the organisation that runs this proxy (hop 0's operator), the
    fact the ``self_hosted`` tier rests on — a flag, so the operator's real legal name can be
    shown in reports. ``operator: self`` is accepted as shorthand for it.
    """

    model_config = ConfigDict(extra="forbid", frozen=True)

    role: str = Field(min_length=1)
    operator: str = Field(min_length=1)
    self_operated: bool = False
    operator_hq: str = Field(min_length=2, max_length=2)
    parent_hq: str | None = Field(default=None, min_length=2, max_length=2)
    location: str = Field(min_length=2, max_length=2)
    source: str | None = None
    verified_on: str | None = None
    unverified: bool = False

    @field_validator("operator_hq", "parent_hq")
    @classmethod
    def _country(cls, value: str | None) -> str | None:
        return countries.country(value)

    @field_validator("location")
    @classmethod
    def _location(cls, value: str) -> str:
        return countries.location(value)

    @property
    def is_self_operated(self) -> bool:
        """Operated by whoever runs this proxy (the flag, or the ``self`` shorthand)."""
        return self.self_operated or self.operator == SELF_OPERATOR

    def operated_by(self, owner: Hop) -> Hop:
        """This hop with a self-operated ``operator: self`` named by ``owner`` (hop 0)."""
        if not self.is_self_operated:
            return self
        name = owner.operator if self.operator == SELF_OPERATOR else self.operator
        return self.model_copy(update={"self_operated": True, "operator": name})

    def jurisdictions(self) -> set[str]:
        """Every jurisdiction this hop brings to the pipe: its operator's, its parent's, its
        place.
        """
        return {code for code in (self.operator_hq, self.parent_hq, self.location) if code}


class Timeouts(BaseModel):
    """Per-backend timeouts in seconds."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    connect: float = Field(default=5.0, gt=0)
    first_byte: float = Field(default=120.0, gt=0)
    idle: float = Field(default=60.0, gt=0)
    total: float = Field(default=600.0, gt=0)


class Price(BaseModel):
    """What a backend charges, in euros per million tokens (cost budgets count with it).

    ``price: {input_eur_per_mtok: 2.5, output_eur_per_mtok: 10}``; a backend without a price
    costs 0 (a self-hosted model: give it a price to count its cost too)."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    input_eur_per_mtok: float = Field(ge=0, le=1e6)
    output_eur_per_mtok: float = Field(ge=0, le=1e6)

    def micro_eur(self, input_tokens: int, output_tokens: int) -> int:
        """The cost of that many tokens in whole micro-euros (rounded up)."""
        exact = input_tokens * self.input_eur_per_mtok + output_tokens * self.output_eur_per_mtok
        return math.ceil(exact - 1e-9)


class BackendSpec(BaseModel):
    """One configured backend (``backends.yaml``)."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    protocol: Protocol = "openai"
    base_url: str
    api_key: SecretStr | None = None
    api_version: str | None = None
    models: tuple[str, ...] = ()
    aliases: dict[str, str] = Field(default_factory=dict)
    hops: tuple[Hop, ...] = Field(min_length=1)
    zdr: bool = False
    price: Price | None = None
    timeouts: Timeouts = Timeouts()
    max_retries: int = Field(default=1, ge=0, le=10)
    #: Largest answer body read whole (decoded): JSON answers, error bodies, a stream folded into
    #: one JSON answer. Larger is a failed attempt (502), so an endless body cannot exhaust memory.
    max_answer_bytes: int = Field(default=64 * 1024 * 1024, gt=0)
    description: str | None = None
    notes: str | None = None
    verified_on: str | None = None

    @field_validator("base_url")
    @classmethod
    def _base_url(cls, value: str, info: ValidationInfo) -> str:
        """An http(s) URL; for Anthropic, one that ends with the API version path ``/v1``: the
        proxy calls ``<base_url>/messages``, so the SDK-style ``https://api.anthropic.com``
        would answer 404 to every request."""
        parts = urlsplit(value)
        if parts.scheme not in ("http", "https") or not parts.hostname:
            raise ValueError(f"expected an http:// or https:// URL, got {value!r}")
        if info.data.get("protocol") == "anthropic" and not parts.path.rstrip("/").endswith("/v1"):
            fixed = value.rstrip("/") + "/v1"
            raise ValueError(
                f"an Anthropic base_url ends with the API version path /v1 (sovproxy calls "
                f"<base_url>/messages): write {fixed!r}"
            )
        return value


@dataclass(frozen=True, slots=True)
class PipeFacts:
    """The derived jurisdiction facts of one backend, hop 0 (the proxy itself) included."""

    jurisdictions: frozenset[str]
    us_reachable: bool
    cn_reachable: bool
    tier: Tier


def derive_facts(hops: tuple[Hop, ...], trusted: frozenset[str] = EU_EEA) -> PipeFacts:
    """Derive jurisdictions, CLOUD-Act / PRC reach and tier from a pipe's hops.

    ``us_reachable``: some hop is operated by a US-headquartered entity or one with a US parent.
    ``tier``: ``self_hosted`` when every hop is self-operated; ``eu_only`` when every
    jurisdiction lies in ``trusted``; else ``hyperscaler``.
    """
    jurisdictions: set[str] = set()
    for hop in hops:
        jurisdictions |= hop.jurisdictions()
    owners = {code for hop in hops for code in (hop.operator_hq, hop.parent_hq) if code}
    tier: Tier
    if all(hop.is_self_operated for hop in hops):
        tier = "self_hosted"
    elif jurisdictions <= trusted:
        tier = "eu_only"
    else:
        tier = "hyperscaler"
    return PipeFacts(
        jurisdictions=frozenset(jurisdictions),
        us_reachable="US" in owners,
        cn_reachable="CN" in owners or "CN" in jurisdictions,
        tier=tier,
    )


@dataclass(frozen=True, slots=True)
class BackendInfo:
    """What the policy engine and the evidence see of a backend: pure data, no connection."""

    name: str
    protocol: Protocol
    models: tuple[str, ...]
    aliases: tuple[tuple[str, str], ...]
    hops: tuple[Hop, ...]
    facts: PipeFacts
    zdr: bool = False
    price: Price | None = None

    def serves(self, model: str) -> bool:
        """True when this backend serves ``model`` (a concrete name or one of its aliases)."""
        return model in self.models or any(alias == model for alias, _ in self.aliases)

    def concrete_model(self, model: str) -> str:
        """The concrete model name this backend uses for ``model`` (an alias or itself)."""
        for alias, target in self.aliases:
            if alias == model:
                return target
        return model
