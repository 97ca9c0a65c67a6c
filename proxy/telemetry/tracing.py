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
from collections.abc import Iterator, Mapping, MutableMapping
from contextvars import ContextVar
from typing import Any

from multidict import CIMultiDict, CIMultiDictProxy
from opentelemetry import context as otel_context
from opentelemetry import trace
from opentelemetry.semconv._incubating.attributes import gen_ai_attributes as gen_ai
from opentelemetry.semconv.attributes import http_attributes as http
from opentelemetry.semconv.attributes.error_attributes import ERROR_TYPE
from opentelemetry.semconv.attributes.server_attributes import SERVER_ADDRESS, SERVER_PORT
from opentelemetry.semconv.attributes.url_attributes import URL_PATH
from opentelemetry.trace import INVALID_SPAN, Span, SpanKind, Status, StatusCode
from opentelemetry.trace.propagation.tracecontext import TraceContextTextMapPropagator

from proxy.backends.model import BackendInfo, Hop
from proxy.exchange import Exchange
from proxy.telemetry.exporting import Tracing as Tracing
from proxy.telemetry.spans import LightSpan

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
_W3C_HEADERS = frozenset({"traceparent", "tracestate"})


_ACTIVE: ContextVar[Tracing | None] = ContextVar("sovproxy_tracing", default=None)


def _extract(headers: Mapping[str, str]) -> otel_context.Context | None:
    """The client's W3C context, or None; header names match in any case."""
    if isinstance(headers, CIMultiDictProxy | CIMultiDict):  # aiohttp's: looked up, not scanned
        carrier = {k: v for k in _W3C_HEADERS if (v := headers.get(k)) is not None}
    else:
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
        span = tracing.start_span(f"{method} {path}", ctx, SpanKind.SERVER, attributes)
        with _Current(span):
            yield span
    finally:
        _ACTIVE.reset(token)


def stage_span(name: str) -> contextlib.AbstractContextManager[Span]:
    """An INTERNAL child span for one pipeline stage (``SPAN_CLASSIFY``, ``SPAN_POLICY``, ...)."""
    tracing = _ACTIVE.get()
    if tracing is None or not tracing.enabled:
        return _NOOP_SPAN
    return _Current(tracing.start_span(name, kind=SpanKind.INTERNAL))


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


def open_attempt_span(
    exchange: Exchange, backend: BackendInfo, operation: str
) -> contextlib.AbstractContextManager[Span]:
    """Start the CLIENT span ``"{operation} {model}"`` of one upstream attempt, bare: enough for
    ``inject_headers``. Its attributes and hop events come from :func:`describe_attempt`, which
    the pipeline calls once the client has its answer, off the request's latency path."""
    tracing = _ACTIVE.get()
    if tracing is None or not tracing.enabled:
        return _NOOP_SPAN
    model = backend.concrete_model(exchange.model)
    return _Current(tracing.start_span(f"{operation} {model}", None, SpanKind.CLIENT))


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
    """The CLIENT span of one upstream attempt, described at once: :func:`open_attempt_span`
    then :func:`describe_attempt`, with one ``sovproxy.hop`` event per hop (0 is ``self_hop``,
    this proxy, then the backend's hops 1..n). ``operation`` is a GenAI operation (``chat``,
    ``text_completion``, ``embeddings``); ``provider`` a ``gen_ai.provider.name`` (``openai``,
    ``anthropic``, ``mistral_ai``, ``azure.ai.openai``)."""
    manager = open_attempt_span(exchange, backend, operation)
    if isinstance(manager, _Current):
        describe_attempt(
            manager.span,
            exchange,
            attempt_index,
            backend,
            self_hop,
            operation,
            provider,
            server_address,
            server_port,
        )
    return manager


def describe_attempt(
    span: Span,
    exchange: Exchange,
    attempt_index: int,
    backend: BackendInfo,
    self_hop: Hop,
    operation: str,
    provider: str,
    server_address: str,
    server_port: int,
) -> None:
    """Set an attempt span's GenAI and jurisdiction attributes and add its hop events."""
    if not span.is_recording():
        return
    static, hop_events = _attempt_parts(
        backend, self_hop, operation, provider, server_address, server_port
    )
    decision = exchange.decision
    attributes = {
        **static,
        gen_ai.GEN_AI_REQUEST_MODEL: backend.concrete_model(exchange.model),
        ATTR_ATTEMPT: attempt_index,
        ATTR_LEVEL: _level(exchange),
        ATTR_RULE: decision.rule if decision is not None else None,
    }
    span.set_attributes(_present(attributes))
    start = getattr(span, "start_time", None)
    if isinstance(span, LightSpan):  # the events' attribute dicts are shared, never changed
        span.events.extend((EVENT_HOP, span.start_time, attrs) for attrs in hop_events)
        return
    for attrs in hop_events:
        span.add_event(EVENT_HOP, attrs, timestamp=start)


def _attempt_parts(
    backend: BackendInfo,
    self_hop: Hop,
    operation: str,
    provider: str,
    server_address: str,
    server_port: int,
) -> tuple[dict[str, Any], list[dict[str, Any]]]:
    """What does not change between a backend's attempts, built once per ``Tracing`` (the
    active one keeps a cache keyed by identity, with the objects kept to rule out reused ids)."""
    active = _ACTIVE.get()
    cache = active.attempt_parts if active is not None else {}
    key = (id(backend), id(self_hop), operation, provider, server_address, server_port)
    hit = cache.get(key)
    if hit is not None and hit[0] is backend and hit[1] is self_hop:
        return hit[2], hit[3]
    facts = backend.facts
    static = {
        gen_ai.GEN_AI_OPERATION_NAME: operation,
        gen_ai.GEN_AI_PROVIDER_NAME: provider,
        SERVER_ADDRESS: server_address,
        SERVER_PORT: server_port,
        ATTR_BACKEND: backend.name,
        ATTR_TIER: facts.tier,
        ATTR_JURISDICTIONS: ",".join(sorted(facts.jurisdictions)),
        ATTR_US_REACHABLE: facts.us_reachable,
        ATTR_CN_REACHABLE: facts.cn_reachable,
        ATTR_ZDR: backend.zdr,
    }
    hops = backend.hops if backend.hops[:1] == (self_hop,) else (self_hop, *backend.hops)
    events = [hop_event_attributes(index, hop) for index, hop in enumerate(hops)]
    if len(cache) >= 1024:  # backends are few; this only bounds a pathological reload loop
        cache.clear()
    cache[key] = (backend, self_hop, static, events)
    return static, events


def record_stage(
    name: str, start_ns: int, end_ns: int, attributes: Mapping[str, Any] | None = None
) -> None:
    """An INTERNAL stage span recorded after the fact, from its measured start and end.

    The pipeline times its stages as data; turning them into spans once the answer has left
    keeps span creation off the latency path. The parent is the current (server) span.
    """
    tracing = _ACTIVE.get()
    if tracing is None or not tracing.enabled:
        return
    span = tracing.start_span(name, kind=SpanKind.INTERNAL, start_time=start_ns)
    if attributes:
        span.set_attributes(_present(dict(attributes)))
    span.end(end_time=end_ns)


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
