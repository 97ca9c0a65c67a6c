"""OpenTelemetry tracing (DESIGN §7): SERVER span (W3C context from the client) → INTERNAL
``sovproxy.classify``/``policy``/``redact`` and one CLIENT span per upstream attempt (GenAI
semconv, backend facts, one ``sovproxy.hop`` event per hop, hop 0 = this proxy).

``sovproxy.jurisdictions`` is a comma-joined string of sorted ISO codes (as the response header).
Spans carry ids, levels, finding-type counts, rule ids and backend facts only: never content,
credentials or exception messages (they may quote content). Export never blocks a request: a
bounded queue feeds a background thread; overflow and failed batches count as dropped. With no
exporter the helpers are near-free no-ops, yet a client's ``traceparent`` still reaches upstream.
"""

from __future__ import annotations

import asyncio
import contextlib
import os
import threading
from collections import deque
from collections.abc import Iterator, Mapping, MutableMapping
from contextvars import ContextVar
from typing import Any

from opentelemetry import context as otel_context
from opentelemetry import trace
from opentelemetry.sdk.resources import Resource
from opentelemetry.sdk.trace import ReadableSpan, SpanProcessor, TracerProvider
from opentelemetry.sdk.trace.export import ConsoleSpanExporter, SpanExporter, SpanExportResult
from opentelemetry.semconv._incubating.attributes import gen_ai_attributes as gen_ai
from opentelemetry.semconv.attributes import http_attributes as http
from opentelemetry.semconv.attributes.error_attributes import ERROR_TYPE
from opentelemetry.semconv.attributes.server_attributes import SERVER_ADDRESS, SERVER_PORT
from opentelemetry.semconv.attributes.service_attributes import SERVICE_NAME
from opentelemetry.semconv.attributes.url_attributes import URL_PATH
from opentelemetry.trace import INVALID_SPAN, Span, SpanKind, Status, StatusCode
from opentelemetry.trace.propagation.tracecontext import TraceContextTextMapPropagator

from proxy.backends.model import BackendInfo, Hop
from proxy.exchange import Exchange

SPAN_CLASSIFY = "sovproxy.classify"
SPAN_POLICY = "sovproxy.policy"
SPAN_REDACT = "sovproxy.redact"
EVENT_HOP = "sovproxy.hop"

ATTR_REQUEST_ID = "sovproxy.request_id"
ATTR_TENANT = "sovproxy.tenant"
ATTR_BACKEND = "sovproxy.backend"
ATTR_TIER = "sovproxy.tier"
ATTR_JURISDICTIONS = "sovproxy.jurisdictions"
ATTR_US_REACHABLE = "sovproxy.us_reachable"
ATTR_CN_REACHABLE = "sovproxy.cn_reachable"
ATTR_ZDR = "sovproxy.zdr"
ATTR_LEVEL = "sovproxy.level"
ATTR_RULE = "sovproxy.rule"
ATTR_DECISION = "sovproxy.decision"
ATTR_POLICY_VERSION = "sovproxy.policy_version"
ATTR_FINDINGS = "sovproxy.findings"  # string array "type=count", sorted by type
ATTR_ATTEMPT = "sovproxy.attempt"  # 0-based index of the upstream attempt
ATTR_ATTEMPTS = "sovproxy.attempts"  # number of upstream attempts made for the request

_PROPAGATOR = TraceContextTextMapPropagator()
_NOOP_SPAN: contextlib.nullcontext[Span] = contextlib.nullcontext(INVALID_SPAN)
_KNOWN_EXPORTERS = frozenset({"otlp", "console", "none"})
_TRACES_ENDPOINT = "OTEL_EXPORTER_OTLP_TRACES_ENDPOINT"
_W3C_HEADERS = frozenset({"traceparent", "tracestate"})
_BSP_DEFAULTS = (("MAX_QUEUE_SIZE", 2048), ("MAX_EXPORT_BATCH_SIZE", 512), ("SCHEDULE_DELAY", 1000))


class _BoundedExportProcessor(SpanProcessor):
    """Feeds one exporter from a bounded queue on a thread: a slow exporter costs spans, not time"""

    def __init__(self, exporter: SpanExporter, max_queue: int, max_batch: int, delay_ms: int):
        self._exporter, self._max_queue, self._max_batch = exporter, max_queue, max_batch
        self._delay_s = delay_ms / 1000
        self._queue: deque[ReadableSpan] = deque()
        self._cond = threading.Condition()
        self._waiters: list[threading.Event] = []
        self._stopping = False
        self.dropped = 0
        self._thread = threading.Thread(target=self._run, name="sovproxy-spans", daemon=True)
        self._thread.start()

    def on_end(self, span: ReadableSpan) -> None:
        if span.context is None or not span.context.trace_flags.sampled:
            return
        with self._cond:  # never waits on the exporter: the worker holds this lock only briefly
            if self._stopping or len(self._queue) >= self._max_queue:
                self.dropped += 1
                return
            self._queue.append(span)
            if len(self._queue) == self._max_batch:
                self._cond.notify()

    def _run(self) -> None:
        while True:
            with self._cond:  # wait for a full batch, a flush, shutdown or the schedule delay
                if len(self._queue) < self._max_batch and not (self._stopping or self._waiters):
                    self._cond.wait(self._delay_s)
                count = min(len(self._queue), self._max_batch)
                batch = [self._queue.popleft() for _ in range(count)]
                waiters, done = ([], False) if self._queue else (self._waiters, self._stopping)
                self._waiters = self._waiters if self._queue else []
            try:
                ok = not batch or self._exporter.export(batch) is SpanExportResult.SUCCESS
            except Exception:  # an exporter bug must not kill the export thread
                ok = False
            with self._cond:
                self.dropped += 0 if ok else len(batch)
            for waiter in waiters:
                waiter.set()
            if done:
                return

    def force_flush(self, timeout_millis: int = 30000) -> bool:
        waiter = threading.Event()
        with self._cond:
            self._waiters.append(waiter)
            self._cond.notify()
        return waiter.wait(timeout_millis / 1000)

    def shutdown(self, timeout_s: float = 5.0) -> None:
        with self._cond:
            if self._stopping:
                return
            self._stopping = True
            self._cond.notify()
        self._thread.join(timeout_s)
        self._exporter.shutdown()  # also interrupts an exporter waiting to retry
        self._thread.join(1.0)


class Tracing:
    """The tracer of one proxy instance (never the global provider): ``from_env`` … ``shutdown``."""

    def __init__(self, provider: TracerProvider | None = None, exporters: tuple[str, ...] = ()):
        self._processors: list[_BoundedExportProcessor] = []
        self.exporters, self.enabled = exporters, provider is not None
        self.tracer = provider.get_tracer("sovproxy") if provider else trace.NoOpTracer()

    @classmethod
    def from_env(
        cls,
        service_name: str = "sovproxy",
        console: bool = False,
        *,
        exporter: SpanExporter | None = None,
        environ: Mapping[str, str] | None = None,
    ) -> Tracing:
        """Build from the ``OTEL_*`` variables in ``environ`` (default ``os.environ``).

        ``OTEL_TRACES_EXPORTER`` (otlp|console|none, comma-separated) picks exporters; unset, OTLP
        is used only if an ``OTEL_EXPORTER_OTLP_[TRACES_]ENDPOINT`` is set, else tracing is off.
        ``console`` adds the console exporter (demo); ``exporter`` replaces the env's choice
        (tests). ``OTEL_BSP_MAX_QUEUE_SIZE``, ``OTEL_BSP_MAX_EXPORT_BATCH_SIZE`` and
        ``OTEL_BSP_SCHEDULE_DELAY`` (ms) size the queue. A bad value raises ``ValueError``.
        """
        env = os.environ if environ is None else environ
        names = _exporter_names(env, console) if exporter is None else []
        named = [(name, _build_exporter(name, env)) for name in names]
        named += [(type(exporter).__name__, exporter)] if exporter is not None else []
        if not named:
            return cls()
        resource = Resource.create({SERVICE_NAME: _env(env, "OTEL_SERVICE_NAME") or service_name})
        provider = TracerProvider(resource=resource, shutdown_on_exit=False)
        tracing = cls(provider, tuple(label for label, _ in named))
        sizes = [int(_env(env, f"OTEL_BSP_{key}") or dflt) for key, dflt in _BSP_DEFAULTS]
        for _, exp in named:
            tracing._processors.append(_BoundedExportProcessor(exp, *sizes))
            provider.add_span_processor(tracing._processors[-1])
        return tracing

    def dropped_spans(self) -> int:
        """Spans lost so far: queue overflow plus batches the exporter failed to deliver."""
        return sum(processor.dropped for processor in self._processors)

    def force_flush(self, timeout_s: float = 5.0) -> bool:
        """Block until queued spans are exported (call from a thread, never the event loop)."""
        return all(p.force_flush(int(timeout_s * 1000)) for p in self._processors)

    def shutdown(self, timeout_s: float = 5.0) -> None:
        """Flush (bounded by ``timeout_s`` per exporter) and stop the export threads."""
        for processor in self._processors:
            processor.shutdown(timeout_s)


def _env(env: Mapping[str, str], *names: str) -> str | None:
    return next((env[name] for name in names if env.get(name)), None)


def _exporter_names(env: Mapping[str, str], console: bool) -> list[str]:
    if (_env(env, "OTEL_SDK_DISABLED") or "").strip().lower() == "true":
        return []
    raw = _env(env, "OTEL_TRACES_EXPORTER")
    if raw is None:
        raw = "otlp" if _env(env, _TRACES_ENDPOINT, "OTEL_EXPORTER_OTLP_ENDPOINT") else "none"
    names = [name.strip().lower() for name in raw.split(",") if name.strip()]
    if unknown := set(names) - _KNOWN_EXPORTERS:
        raise ValueError(f"OTEL_TRACES_EXPORTER: {sorted(unknown)} unsupported (otlp|console|none)")
    names += ["console"] if console else []
    return list(dict.fromkeys(name for name in names if name != "none"))


def _build_exporter(name: str, env: Mapping[str, str]) -> SpanExporter:
    if name == "console":
        return ConsoleSpanExporter()
    protocol = _env(env, "OTEL_EXPORTER_OTLP_TRACES_PROTOCOL", "OTEL_EXPORTER_OTLP_PROTOCOL")
    timeout_var = _env(env, "OTEL_EXPORTER_OTLP_TRACES_TIMEOUT", "OTEL_EXPORTER_OTLP_TIMEOUT")
    timeout = float(timeout_var or 10)  # seconds, as the Python OTLP exporters read it
    endpoint, base = _env(env, _TRACES_ENDPOINT), _env(env, "OTEL_EXPORTER_OTLP_ENDPOINT")
    if protocol == "grpc":
        from opentelemetry.exporter.otlp.proto.grpc import trace_exporter as otlp_grpc

        url = endpoint or base or "http://localhost:4317"
        return otlp_grpc.OTLPSpanExporter(url, timeout=timeout)
    if protocol in (None, "http/protobuf"):
        from opentelemetry.exporter.otlp.proto.http import trace_exporter as otlp_http

        url = endpoint or f"{(base or 'http://localhost:4318').rstrip('/')}/v1/traces"
        return otlp_http.OTLPSpanExporter(url, timeout=timeout)
    raise ValueError(f"OTEL_EXPORTER_OTLP_PROTOCOL: {protocol!r} unsupported (http/protobuf|grpc)")


_ACTIVE: ContextVar[Tracing | None] = ContextVar("sovproxy_tracing", default=None)


def _extract(headers: Mapping[str, str]) -> otel_context.Context | None:
    """The client's W3C context, or None; header names match in any case."""
    carrier = {k.lower(): v for k, v in headers.items() if k.lower() in _W3C_HEADERS}
    return _PROPAGATOR.extract(carrier) if "traceparent" in carrier else None


class _Current:
    """Makes a started span current for a ``with`` block, then ends it. A failure sets only
    ``error.type`` (messages may quote content). Cheaper than ``start_as_current_span``."""

    __slots__ = ("_token", "span")

    def __init__(self, span: Span) -> None:
        self.span = span

    def __enter__(self) -> Span:
        self._token = otel_context.attach(trace.set_span_in_context(self.span))
        return self.span

    def __exit__(self, kind: type[BaseException] | None, exc: BaseException | None, _: Any) -> None:
        if isinstance(exc, Exception | asyncio.CancelledError):
            _fail(self.span, type(exc).__qualname__)
        otel_context.detach(self._token)
        self.span.end()


@contextlib.contextmanager
def server_span(
    tracing: Tracing, method: str, path: str, incoming_headers: Mapping[str, str]
) -> Iterator[Span]:
    """The request's SERVER span (child of the client's W3C context, if sent); makes ``tracing``
    the one ``stage_span``/``attempt_span`` use inside the block. Disabled: a non-recording span,
    with a client ``traceparent`` kept current so that ``inject_headers`` passes it on."""
    token = _ACTIVE.set(tracing)
    try:
        ctx = _extract(incoming_headers)  # a no-op tracer returns the client's span as is
        attributes = {http.HTTP_REQUEST_METHOD: method, URL_PATH: path}
        span = tracing.tracer.start_span(f"{method} {path}", ctx, SpanKind.SERVER, attributes)
        with _Current(span):
            yield span
    finally:
        _ACTIVE.reset(token)


def stage_span(name: str) -> contextlib.AbstractContextManager[Span]:
    """An INTERNAL child span for one pipeline stage (``SPAN_CLASSIFY``, ``SPAN_POLICY``, ...)."""
    tracing = _ACTIVE.get()
    if tracing is None or not tracing.enabled:
        return _NOOP_SPAN
    return _Current(tracing.tracer.start_span(name, kind=SpanKind.INTERNAL))


def _level(exchange: Exchange) -> str | None:
    found = exchange.decision or exchange.classification
    return found.level.label if found is not None else None


def _present(attributes: dict[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in attributes.items() if value is not None}


def hop_event_attributes(index: int, hop: Hop) -> dict[str, Any]:
    """A ``sovproxy.hop`` event: index, role, operator, operator_hq, location (+ parent_hq)."""
    keys = ("index", "role", "operator", "operator_hq", "location", "parent_hq", "unverified")
    values = (index, hop.role, hop.operator, hop.operator_hq, hop.location, hop.parent_hq)
    return _present(dict(zip(keys, (*values, hop.unverified or None), strict=True)))


def attempt_span(
    exchange: Exchange,
    attempt_index: int,
    backend: BackendInfo,
    self_hop: Hop,
    operation: str,
    provider: str,
    server_address: str,
    server_port: int,
) -> contextlib.AbstractContextManager[Span]:
    """The CLIENT span ``"{operation} {model}"`` of one upstream attempt, with one ``sovproxy.hop``
    event per hop: 0 is ``self_hop`` (this proxy), then the backend's hops 1..n. ``operation`` is
    a GenAI operation (``chat``, ``text_completion``, ``embeddings``); ``provider`` a
    ``gen_ai.provider.name`` (``openai``, ``anthropic``, ``mistral_ai``, ``azure.ai.openai``)."""
    tracing = _ACTIVE.get()
    if tracing is None or not tracing.enabled:
        return _NOOP_SPAN
    facts, decision = backend.facts, exchange.decision
    model = backend.concrete_model(exchange.model)
    attributes = {
        gen_ai.GEN_AI_OPERATION_NAME: operation,
        gen_ai.GEN_AI_PROVIDER_NAME: provider,
        gen_ai.GEN_AI_REQUEST_MODEL: model,
        SERVER_ADDRESS: server_address,
        SERVER_PORT: server_port,
        ATTR_ATTEMPT: attempt_index,
        ATTR_BACKEND: backend.name,
        ATTR_TIER: facts.tier,
        ATTR_JURISDICTIONS: ",".join(sorted(facts.jurisdictions)),
        ATTR_US_REACHABLE: facts.us_reachable,
        ATTR_CN_REACHABLE: facts.cn_reachable,
        ATTR_ZDR: backend.zdr,
        ATTR_LEVEL: _level(exchange),
        ATTR_RULE: decision.rule if decision is not None else None,
    }
    span = tracing.tracer.start_span(
        f"{operation} {model}", None, SpanKind.CLIENT, _present(attributes)
    )
    hops = backend.hops if backend.hops[:1] == (self_hop,) else (self_hop, *backend.hops)
    for index, hop in enumerate(hops):
        span.add_event(EVENT_HOP, hop_event_attributes(index, hop))
    return _Current(span)


def inject_headers(headers: MutableMapping[str, str]) -> None:
    """Add ``traceparent`` (and ``tracestate``) for the current span context to ``headers``."""
    _PROPAGATOR.inject(headers)


def _fail(span: Span, error_type: str) -> None:
    span.set_attribute(ERROR_TYPE, error_type)
    span.set_status(Status(StatusCode.ERROR))


def record_attempt_result(
    span: Span,
    status: int | None,
    usage: Mapping[str, int],
    response_model: str | None,
    error: str | None,
    *,
    first_byte_s: float | None = None,
) -> None:
    """Record how an attempt ended; ``error`` is a short code or class name, never a message.

    ``usage``: ``input_tokens``/``output_tokens`` or ``prompt_tokens``/``completion_tokens``.
    An error or an HTTP status >= 400 fails the span.
    """
    if not span.is_recording():
        return
    get = usage.get
    attributes = {
        http.HTTP_RESPONSE_STATUS_CODE: status,
        gen_ai.GEN_AI_RESPONSE_MODEL: response_model or None,
        gen_ai.GEN_AI_USAGE_INPUT_TOKENS: get("input_tokens", get("prompt_tokens")),
        gen_ai.GEN_AI_USAGE_OUTPUT_TOKENS: get("output_tokens", get("completion_tokens")),
        gen_ai.GEN_AI_RESPONSE_TIME_TO_FIRST_CHUNK: first_byte_s,
    }
    span.set_attributes(_present(attributes))
    if error is not None or (status is not None and status >= 400):
        _fail(span, error or str(status))


def finish_server_span(span: Span, exchange: Exchange) -> None:
    """Set ids, level, rule, decision, backend, status and finding counts; a 5xx fails the span."""
    if not span.is_recording():
        return
    decision, found = exchange.decision, exchange.classification
    counts = found.counts() if found is not None else {}
    attributes = {
        ATTR_REQUEST_ID: exchange.request_id,
        ATTR_TENANT: exchange.principal.tenant,
        ATTR_ATTEMPTS: len(exchange.attempts),
        ATTR_LEVEL: _level(exchange),
        ATTR_DECISION: decision.action if decision is not None else None,
        ATTR_RULE: decision.rule if decision is not None else None,
        ATTR_POLICY_VERSION: decision.policy_version if decision is not None else None,
        ATTR_FINDINGS: [f"{kind}={counts[kind]}" for kind in sorted(counts)] or None,
        ATTR_BACKEND: exchange.backend,
        http.HTTP_RESPONSE_STATUS_CODE: exchange.status,
    }
    span.set_attributes(_present(attributes))
    if exchange.status is not None and exchange.status >= 500:
        _fail(span, str(exchange.status))
