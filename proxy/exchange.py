"""The one object that carries a request through the pipeline (DESIGN §1).

Stages read and write an ``Exchange``; only ``pipeline.py`` knows their order. A denying stage sets
``exchange.decision`` and returns. ``Attempt`` records each upstream try as data, for the evidence.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Literal

from proxy.classify.taxonomy import Classification, Level, TextPart
from proxy.redact.request import Redaction
from proxy.redact.restore import Restorer

Action = Literal["route", "deny", "redact_then_route"]
ClientProtocol = Literal["openai", "anthropic"]


@dataclass(frozen=True, slots=True)
class Principal:
    """Who is calling, as established from the client key."""

    tenant: str = "anonymous"
    team: str | None = None
    key_id: str | None = None
    org: str | None = None
    #: the end user the request is made for (``x-sovproxy-end-user``: an opaque id)
    end_user: str | None = None


@dataclass(frozen=True, slots=True)
class RuleTrace:
    """Why one rule or guardrail did or did not match (for explain and dry-run)."""

    rule: str
    matched: bool
    why: str
    dry_run: bool = False


@dataclass(frozen=True, slots=True)
class Decision:
    """The policy engine's verdict for one request."""

    action: Action
    level: Level
    rule: str | None = None
    reason: str | None = None
    candidates: tuple[str, ...] = ()
    dry_run_matches: tuple[str, ...] = ()
    trace: tuple[RuleTrace, ...] = ()
    redact: tuple[str, ...] = ()
    #: ``redact_then_route``: the level the pseudonymised request must not exceed, and the level it
    #: was classified at once pseudonymised (set when the redaction was confirmed).
    route_as: Level | None = None
    sent_level: Level | None = None
    policy_name: str | None = None
    policy_version: str | None = None
    policy_sha256: str | None = None


@dataclass(slots=True)
class Attempt:
    """One upstream try: where it went, how it ended and how long it took (seconds)."""

    backend: str
    status: int | None = None
    error: str | None = None
    started: float = 0.0
    connect_s: float | None = None
    first_byte_s: float | None = None
    total_s: float | None = None
    retry_of: int | None = None


@dataclass(slots=True)
class Exchange:
    """One request on its way through parse, classify, decide, forward and record."""

    request_id: str
    endpoint: str
    client_protocol: ClientProtocol
    path: str
    raw_body: bytes
    body: dict[str, Any]
    model: str
    stream: bool
    principal: Principal = Principal()
    label: Level | None = None
    incoming_headers: dict[str, str] = field(default_factory=dict)
    client_retry_count: int | None = None  # x-stainless-retry-count: the client retries itself
    texts: list[TextPart] = field(default_factory=list)
    unscannable: list[str] = field(default_factory=list)
    classification: Classification | None = None
    decision: Decision | None = None
    attempts: list[Attempt] = field(default_factory=list)
    backend: str | None = None
    status: int | None = None
    started: float = 0.0
    started_ns: int = 0
    timings: dict[str, float] = field(default_factory=dict)
    usage: dict[str, int] = field(default_factory=dict)
    response_model: str | None = None
    #: Stream events written to the client (a 499's audit record says how far the client got).
    events_delivered: int = 0
    #: ``redact_then_route``: the pseudonymised body and what was issued (never logged), and the
    #: restorer of this request's answer (its counts are the evidence).
    redaction: Redaction | None = None
    restorer: Restorer | None = None
    #: the outcome of the key/team/tenant limit check (``fleet.gate``), as the audit records it
    limits: dict[str, Any] | None = None
