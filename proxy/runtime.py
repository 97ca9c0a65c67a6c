"""The assembled services a request needs, built once per app (no module globals, STYLE §6)."""

from __future__ import annotations

import functools
import os
import secrets
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol

from proxy.backends import h1
from proxy.backends.catalog import backend_info, load_backend_specs
from proxy.backends.health import HealthBook
from proxy.backends.model import BackendInfo, BackendSpec, Hop
from proxy.backends.probe import Prober
from proxy.backends.router import RoutingOptions, target_of
from proxy.backends.upstream import Backend, build_backends
from proxy.classify.taxonomy import Classification, TextPart
from proxy.exchange import Decision, Exchange, Principal
from proxy.fleet.gate import Gate
from proxy.fleet.keys_file import KeyStore
from proxy.fleet.limits import Limiter, MemoryLimiter
from proxy.fleet.principals import KeyBook
from proxy.http.parse import Authenticator, FixedKeys
from proxy.settings import Settings
from proxy.telemetry.audit_setup import open_audit
from proxy.telemetry.evidence import Evidence
from proxy.telemetry.logging import get_logger
from proxy.telemetry.metrics import Metrics
from proxy.telemetry.tracing import Tracing

if TYPE_CHECKING:
    from proxy.fleet.redis_gate import SharedState


class ClassifierLike(Protocol):
    """What the pipeline needs of a classifier."""

    def classify(self, texts: list[TextPart], unscannable: list[str]) -> Classification:
        """Scan the texts of one request."""


class DeciderLike(Protocol):
    """What the pipeline needs of the policy."""

    def decide(
        self,
        exchange: Exchange,
        infos: Mapping[str, BackendInfo],
        redact: Callable[[Decision], Classification] | None = None,
    ) -> Decision:
        """The decision for one exchange (pure; never raises: a failure is a deny).
        ``redact`` pseudonymises for a ``redact_then_route`` decision (none: it denies)."""

    def describe(self) -> dict[str, Any]:
        """Name, version and sha256 of the active policy."""

    def usable(
        self,
        model: str,
        principal: Principal,
        infos: Mapping[str, BackendInfo],
        endpoint: str = "chat.completions",
    ) -> bool:
        """Could this caller get a request for ``model`` on ``endpoint`` routed at all?"""

    def explain(
        self,
        exchange: Exchange,
        infos: Mapping[str, BackendInfo],
        redact: Callable[[Decision], Classification] | None = None,
    ) -> dict[str, Any]:
        """Everything the policy considered for ``exchange`` (nothing is sent; ``redact`` as
        for ``decide``)."""

    def reload(self) -> bool:
        """Read the policy again now (one snapshot; a bad one is rejected, the last good kept)."""

    async def start(self) -> None:
        """Start watching for reloads."""

    async def stop(self) -> None:
        """Stop watching."""

    @property
    def on_swap(self) -> list[Callable[[dict[str, Any]], None]]:
        """Listeners told about every successful reload."""


@dataclass
class Services:
    """Everything the pipeline calls."""

    settings: Settings
    backends: dict[str, Backend]
    infos: dict[str, BackendInfo]
    self_hop: Hop
    auth: Authenticator
    classifier: ClassifierLike
    policy: DeciderLike
    evidence: Evidence
    gate: Gate
    health: HealthBook = field(default_factory=HealthBook)
    routing: RoutingOptions = field(default_factory=RoutingOptions)
    prober: Prober | None = None
    #: limits and revocations shared through Redis (``state.redis_url``; ``None``: in-process)
    shared: SharedState | None = None
    #: Keys every pseudonym (``redaction.key``; unset: random per process).
    redaction_key: bytes = field(default_factory=lambda: secrets.token_bytes(32))

    def decide(
        self, exchange: Exchange, redact: Callable[[Decision], Classification] | None = None
    ) -> Decision:
        """The policy's decision for ``exchange`` (``redact``: the redact stage)."""
        return self.policy.decide(exchange, self.infos, redact)

    def breaker_states(self, exchange: Exchange) -> dict[tuple[str, str], str]:
        """The breaker state of every (backend, concrete model) target ``exchange`` tried."""
        now = time.monotonic()
        targets = {
            target_of(self.backends[a.backend], exchange.model)
            for a in exchange.attempts
            if a.backend in self.backends
        }
        return {(t.backend, t.model): self.health.state(t, now) for t in targets}

    def readiness(self) -> dict[str, Any]:
        """What ``/readyz`` reports."""
        audit = self.evidence.audit
        audit_ok = audit is None or audit.healthy
        return {
            "ready": bool(self.backends) and audit_ok,
            "backends": sorted(self.backends),
            "policy": self.policy.describe(),
            "audit": "ok" if audit_ok else "failing",
            "keys": self.auth.describe(),
        }

    def reload(self) -> None:
        """Read every hot-reloadable file again now (SIGHUP): the policy and the keys file, each
        as one snapshot validated and swapped in, or rejected with one log line while the last
        good one stays active — the same reload as their file polls."""
        self.policy.reload()
        self.auth.reload()

    async def start(self) -> None:
        """Start background tasks (policy watching, optional active health checks)."""
        await self.policy.start()
        await self.auth.start()
        if self.shared is not None:
            await self.shared.start()
        interval = self.settings.routing.health_check_interval_s
        if interval is not None:
            self.prober = Prober(self.backends, self.health, interval)
            self.prober.start()
        metrics = self.evidence.metrics

        def show(described: dict[str, Any]) -> None:
            metrics.set_policy(described["name"], described["version"], described["sha256"])

        show(self.policy.describe())
        self.policy.on_swap.append(show)

    async def stop(self) -> None:
        """Stop background tasks and flush the evidence."""
        if self.prober is not None:
            await self.prober.stop()
        await self.policy.stop()
        await self.auth.stop()
        if self.shared is not None:
            await self.shared.stop()
        self.evidence.close()


def load_infos(
    settings: Settings, env: Mapping[str, str] | None = None
) -> tuple[dict[str, BackendSpec], dict[str, BackendInfo]]:
    """Backend specs and their policy-facing infos (hop 0 = this proxy)."""
    specs = load_backend_specs(settings.backends, settings.config_dir, env or os.environ)
    self_hop = settings.self_hop.hop()
    infos = {
        name: backend_info(name, spec, self_hop, settings.trusted_jurisdictions)
        for name, spec in specs.items()
    }
    return specs, infos


def authenticator(settings: Settings) -> Authenticator:
    """Client keys → principals (or anonymous with ``auth: none``): inline keys are one fixed
    book; a keys file is a store that reloads (a bad file refuses the start)."""
    auth = settings.auth
    if auth == "none":
        return Authenticator(None)
    if auth.keys_file is not None:
        # with Redis a revocation read from the file is published to the fleet: poll sooner
        poll_s = auth.poll_interval_s or (1.0 if settings.state.redis_url is None else 0.5)
        return Authenticator(KeyStore(settings.resolve(auth.keys_file), interval_s=poll_s))
    return Authenticator(FixedKeys(KeyBook(auth)))


def build_gate(
    settings: Settings,
    metrics: Metrics,
    limiter: Limiter | None = None,
    infos: Mapping[str, BackendInfo] | None = None,
) -> Gate:
    """The limit checks, counted in this process (``state`` without ``redis_url``); ``infos``:
    the backends' prices and tiers, for budgets."""
    limiter = limiter or MemoryLimiter()
    return Gate(limiter, settings.state.output_reserve_tokens, metrics.registry, infos)


def shared_state(
    settings: Settings,
    metrics: Metrics,
    auth: Authenticator,
    infos: Mapping[str, BackendInfo] | None = None,
) -> SharedState | None:
    """Limits and revocations on Redis when ``state.redis_url`` is set (else ``None``)."""
    url = settings.state.redis_url
    if url is None:
        return None
    from proxy.fleet.redis_gate import SharedState

    return SharedState(
        url.get_secret_value(),
        settings.state.on_unavailable,
        settings.state.output_reserve_tokens,
        metrics.registry,
        lambda: auth.book,
        infos,
    )


def build_evidence(
    settings: Settings, infos: Mapping[str, BackendInfo], tracer: Tracing | None = None
) -> Evidence:
    """Audit log, metrics and tracing as the settings say."""
    audit = open_audit(settings)
    if tracer is None:
        tracer = Tracing.from_env(console=settings.telemetry.console_traces)
    return Evidence(infos, settings.self_hop.hop(), audit=audit, metrics=Metrics(), tracer=tracer)


def build_services(settings: Settings, session: h1.Pool, **overrides: Any) -> Services:
    """Assemble the services for one app from validated settings.

    ``overrides`` replace a part by name (tests pass ``tracer=`` with an in-memory exporter).
    """
    specs, infos = load_infos(settings)
    routing = settings.routing
    classifier = overrides.get("classifier") or shared_classifier(
        settings.limits.classify_max_chars, cache_dir(settings)
    )
    evidence = build_evidence(settings, infos, overrides.get("tracer"))
    auth = authenticator(settings)
    shared = (
        None if "limiter" in overrides else shared_state(settings, evidence.metrics, auth, infos)
    )
    gate = (
        shared.gate
        if shared
        else build_gate(settings, evidence.metrics, overrides.get("limiter"), infos)
    )
    return Services(
        settings=settings,
        backends=build_backends(specs, infos, session),
        infos=infos,
        self_hop=settings.self_hop.hop(),
        auth=auth,
        classifier=classifier,
        policy=overrides.get("policy") or _default_policy(settings, infos, classifier),
        evidence=evidence,
        gate=gate,
        shared=shared,
        health=HealthBook(
            failure_threshold=routing.breaker_failures,
            base_ejection_s=routing.breaker_reset_s,
            max_ejection_s=max(routing.breaker_reset_s, routing.breaker_max_ejection_s),
        ),
        routing=RoutingOptions(
            fastest_first=routing.fastest_first,
            max_retry_wait_s=routing.max_retry_wait_s,
            deadline_s=routing.deadline_s,
            client_retries=routing.client_retries,
        ),
        redaction_key=redaction_key(settings),
    )


def redaction_key(settings: Settings) -> bytes:
    """The configured pseudonym key, or a random one for this process."""
    key = settings.redaction.key
    return key.get_secret_value().encode() if key is not None else secrets.token_bytes(32)


@functools.cache
def shared_classifier(max_chars: int, cache_dir: Path | None = None) -> ClassifierLike:
    """One compiled classifier per process and budget (compiling its patterns takes seconds;
    with ``cache_dir``, a process after the first loads them: ``proxy.pattern_cache``).

    The classifier is pure and immutable once built, so apps in one process can share it.
    """
    from proxy.classify.engine import Classifier
    from proxy.pattern_cache import store_at

    store = store_at(cache_dir)
    classifier = Classifier(max_chars=max_chars, store=store)
    if store is not None and store.problem is not None:
        get_logger().warning(
            "pattern_cache_unusable", cache_dir=str(cache_dir), reason=store.problem
        )
    return classifier


def cache_dir(settings: Settings) -> Path | None:
    """The pattern cache directory, relative paths from the config file's directory."""
    cache = settings.classifier.cache_dir
    return settings.resolve(cache) if cache is not None else None


def _default_policy(
    settings: Settings, infos: Mapping[str, BackendInfo], classifier: ClassifierLike
) -> DeciderLike:
    from proxy.policy.store import PolicyStore

    return PolicyStore.from_settings(settings, infos, classifier)
