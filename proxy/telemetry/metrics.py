"""Prometheus metrics for ``GET /metrics``: one registry per app, bounded labels (DESIGN §6, §7).

Series (all prefixed ``sovproxy_``):

- ``requests_total{endpoint,level,tier,backend,decision,status}`` and
  ``request_duration_seconds{endpoint,decision}``: every request, denied ones included;
- ``stage_duration_seconds{stage}``: classification, policy, redaction;
- ``upstream_ttfb_seconds{backend}``: upstream time to first byte;
- ``upstream_ttft_seconds{backend}`` and ``upstream_itl_seconds{backend}``: of a streamed answer,
  the time from the answering attempt's start to the first event with generated text, and its
  mean inter-token latency ((last event − first text event) / (output tokens − 1), output tokens
  from the backend's usage; a stream without usage is not observed there);
- ``fallbacks_total{from_backend,to_backend,reason}`` and ``retries_total{backend}``;
- ``circuit_breaker_state{backend,model,sovproxy_circuit_breaker_state}``: one-hot over
  ``closed|half_open|open``, per target (a backend and the concrete model it serves there, from
  configuration: an alias is resolved, a model no backend serves is refused before routing);
- ``policy_info{name,version,sha256}``: the active policy;
- ``refusals_total{endpoint,status,reason}``: requests refused before a decision (401, 400, 404,
  413, 503…), by reason code;
- ``tokens_total{backend,type}``: input and output tokens the backends reported;
- ``audit_dropped_total`` and ``exporter_dropped_spans_total``: evidence that was lost.

Label values come from configuration (backend names, endpoints) or closed vocabularies (levels,
tiers, decisions, status codes), never from request content. A guard caps the distinct values
per label anyway: past ``max_label_values``, a new value is reported as ``other``. A caller that
passes a client-supplied value by mistake therefore cannot grow the series without bound.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterable, Mapping
from typing import Any

from prometheus_client import (
    CONTENT_TYPE_PLAIN_0_0_4,
    CollectorRegistry,
    Counter,
    Enum,
    Histogram,
    Info,
    generate_latest,
)
from prometheus_client.core import CounterMetricFamily, Metric
from prometheus_client.registry import Collector

from proxy.classify.taxonomy import Level

BREAKER_STATES = ("closed", "half_open", "open")
NONE = "none"
OTHER = "other"

_LATENCY_BUCKETS = (0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60, 120, 300)
_TTFT_BUCKETS = (0.01, 0.025, 0.05, 0.075, 0.1, 0.15, 0.2, 0.3, 0.5, 0.75, 1, 2.5, 5, 10, 30, 60)
_ITL_BUCKETS = (0.001, 0.0025, 0.005, 0.0075, 0.01, 0.015, 0.02, 0.03, 0.05, 0.075, 0.1, 0.2, 0.5)
_STAGE_BUCKETS = (0.0001, 0.00025, 0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.5, 1)


class _DropsCollector(Collector):
    """Reads a drop count at scrape time: the tracing exporter owns the number."""

    def __init__(self) -> None:
        self.source: Callable[[], int] = lambda: 0

    def collect(self) -> Iterable[Metric]:
        yield CounterMetricFamily(
            "sovproxy_exporter_dropped_spans",
            "Spans the trace exporter dropped (queue full or export failed).",
            value=self.source(),
        )


_REQUEST_LABELS = ("endpoint", "level", "tier", "backend", "decision", "status")
_DURATION_LABELS = ("endpoint", "decision")
_MAX_CHILDREN = 10_000


class _LabelGuard:
    """Caps the distinct values seen per label name; overflow becomes ``other``."""

    def __init__(self, limit: int) -> None:
        self._limit = limit
        self._seen: dict[str, set[str]] = {}
        self._lock = threading.Lock()

    def __call__(self, label: str, value: object) -> str:
        if isinstance(value, Level):
            return value.label  # a closed vocabulary: no need to count it
        text = NONE if value is None or value == "" else str(value)
        seen = self._seen.setdefault(label, set())
        if text in seen:
            return text
        with self._lock:
            if len(seen) >= self._limit:
                return OTHER
            seen.add(text)
        return text


class Metrics:
    """The proxy's Prometheus metrics, on a registry of their own (never the global one)."""

    def __init__(self, max_label_values: int = 100) -> None:
        self.registry = CollectorRegistry(auto_describe=True)
        self._label = _LabelGuard(max_label_values)
        reg = self.registry
        self._histograms(reg)
        self._requests = Counter(
            "sovproxy_requests",
            "Requests handled, by endpoint, level, tier, backend, decision and HTTP status.",
            ("endpoint", "level", "tier", "backend", "decision", "status"),
            registry=reg,
        )
        self._fallbacks = Counter(
            "sovproxy_fallbacks",
            "Requests moved from one backend to the next candidate.",
            ("from_backend", "to_backend", "reason"),
            registry=reg,
        )
        self._retries = Counter(
            "sovproxy_retries", "Upstream retries on the same backend.", ("backend",), registry=reg
        )
        self._breaker = Enum(
            "sovproxy_circuit_breaker_state",
            "Circuit-breaker state per backend and model.",
            ("backend", "model"),
            states=list(BREAKER_STATES),
            registry=reg,
        )
        self._policy = Info("sovproxy_policy", "The active policy.", registry=reg)
        self._refusals = Counter(
            "sovproxy_refusals",
            "Requests refused before a policy decision, by endpoint, status and reason code.",
            ("endpoint", "status", "reason"),
            registry=reg,
        )
        self._tokens = Counter(
            "sovproxy_tokens",
            "Tokens the backends reported, by backend and type (input, output).",
            ("backend", "type"),
            registry=reg,
        )
        self._audit_dropped = Counter(
            "sovproxy_audit_dropped", "Audit records that could not be written.", registry=reg
        )
        self._exporter_drops = _DropsCollector()
        reg.register(self._exporter_drops)
        self._children: dict[tuple[Any, tuple[object, ...]], Any] = {}

    def _histograms(self, reg: CollectorRegistry) -> None:
        """The latency histograms: total, per stage, upstream time to first byte."""
        self._duration = Histogram(
            "sovproxy_request_duration_seconds",
            "Total time from request received to response finished.",
            ("endpoint", "decision"),
            buckets=_LATENCY_BUCKETS,
            registry=reg,
        )
        self._stage = Histogram(
            "sovproxy_stage_duration_seconds",
            "Time spent in one in-proxy stage (classification, policy, redaction).",
            ("stage",),
            buckets=_STAGE_BUCKETS,
            registry=reg,
        )
        self._ttfb = Histogram(
            "sovproxy_upstream_ttfb_seconds",
            "Upstream time to first byte, per backend.",
            ("backend",),
            buckets=_LATENCY_BUCKETS,
            registry=reg,
        )
        self._ttft = Histogram(
            "sovproxy_upstream_ttft_seconds",
            "Streamed answers: upstream time to the first generated text, per backend.",
            ("backend",),
            buckets=_TTFT_BUCKETS,
            registry=reg,
        )
        self._itl = Histogram(
            "sovproxy_upstream_itl_seconds",
            "Streamed answers: mean inter-token latency (time per output token), per backend.",
            ("backend",),
            buckets=_ITL_BUCKETS,
            registry=reg,
        )

    def _child(self, metric: Any, labels: tuple[str, ...], values: tuple[object, ...]) -> Any:
        """The labelled child for raw ``values``, cached: labelling is the hot part of a metric."""
        key = (metric, values)
        child = self._children.get(key)
        if child is None:
            child = metric.labels(*map(self._label, labels, values))
            if len(self._children) < _MAX_CHILDREN:
                self._children[key] = child
        return child

    def observe_request(
        self,
        endpoint: str,
        level: Level | str | None,
        tier: str | None,
        backend: str | None,
        decision: str | None,
        status: int | None,
        total_s: float,
    ) -> None:
        """Count one finished request and observe its total latency (``None`` → ``"none"``)."""
        values = (endpoint, level, tier, backend, decision, status)
        self._child(self._requests, _REQUEST_LABELS, values).inc()
        self._child(self._duration, _DURATION_LABELS, (endpoint, decision)).observe(total_s)

    def observe_stage(self, stage: str, seconds: float) -> None:
        """Observe one stage's duration (``classify``, ``policy``, ``redact``)."""
        self._child(self._stage, ("stage",), (stage,)).observe(seconds)

    def observe_ttfb(self, backend: str, seconds: float) -> None:
        """Observe one upstream attempt's time to first byte."""
        self._child(self._ttfb, ("backend",), (backend,)).observe(seconds)

    def observe_stream(
        self, backend: str, first_s: float, last_s: float | None, usage: Mapping[str, int]
    ) -> None:
        """Observe a streamed answer: its first and last generated text (seconds from the
        attempt's start) and, with the output tokens its usage reports, the inter-token latency."""
        self._child(self._ttft, ("backend",), (backend,)).observe(first_s)
        tokens = usage.get("output_tokens", usage.get("completion_tokens"))
        if last_s is not None and last_s > first_s and tokens is not None and tokens > 1:
            itl = (last_s - first_s) / (tokens - 1)
            self._child(self._itl, ("backend",), (backend,)).observe(itl)

    def inc_fallback(self, from_backend: str, to_backend: str | None, reason: str) -> None:
        """Count a fallback; ``to_backend`` is None when no candidate was left."""
        label = self._label
        self._fallbacks.labels(
            label("backend", from_backend), label("backend", to_backend), label("reason", reason)
        ).inc()

    def inc_retry(self, backend: str) -> None:
        """Count a retry on ``backend``."""
        self._retries.labels(self._label("backend", backend)).inc()

    def set_breaker_state(self, backend: str, state: str, model: str = "") -> None:
        """Record a target's breaker state, one of ``BREAKER_STATES`` (``half-open`` accepted)."""
        state = state.replace("-", "_")
        if state not in BREAKER_STATES:
            raise ValueError(f"unknown breaker state {state!r}; expected one of {BREAKER_STATES}")
        self._breaker.labels(self._label("backend", backend), self._label("model", model)).state(
            state
        )

    def set_policy(self, name: str, version: str | None, sha256: str) -> None:
        """Record the active policy (replaces the previous one)."""
        self._policy.info({"name": name, "version": version or NONE, "sha256": sha256})

    def inc_refusal(self, endpoint: str, status: int | None, reason: str) -> None:
        """Count a request refused before a decision."""
        values = (endpoint, status, reason)
        self._child(self._refusals, ("endpoint", "status", "reason"), values).inc()

    def add_tokens(self, backend: str | None, usage: Mapping[str, int]) -> None:
        """Add a request's reported usage (OpenAI or Anthropic names) to the token counters."""
        get = usage.get
        for kind, count in (
            ("input", get("input_tokens", get("prompt_tokens"))),
            ("output", get("output_tokens", get("completion_tokens"))),
        ):
            if count and count > 0:  # the upstream's word: a negative count would raise
                self._child(self._tokens, ("backend", "type"), (backend, kind)).inc(count)

    def inc_audit_drop(self, count: int = 1) -> None:
        """Count audit records that were lost."""
        self._audit_dropped.inc(count)

    def track_exporter_drops(self, source: Callable[[], int]) -> None:
        """Report ``source()`` (e.g. ``Tracing.dropped_spans``) at every scrape."""
        self._exporter_drops.source = source

    def render(self) -> tuple[bytes, str]:
        """The body and content type of ``GET /metrics`` (Prometheus text format 0.0.4)."""
        return generate_latest(self.registry), CONTENT_TYPE_PLAIN_0_0_4
