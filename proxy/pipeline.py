"""The stage order — the only place that knows it (DESIGN §1).

    parse → classify → decide → (redact) → forward → respond (→ restore) → record

Each stage reads and writes the ``Exchange``. A denying stage raises ``PolicyDenied`` after setting
the decision; errors become responses in ``http/errors.py``. ``record`` runs whatever happened.
"""

from __future__ import annotations

import asyncio
import contextvars
import functools
import time
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from typing import TypeVar

from aiohttp import web

from proxy.backends.router import forward
from proxy.backends.upstream import Backend, UpstreamRequest
from proxy.classify.taxonomy import Classification, TextPart
from proxy.errors import NotFound, PolicyDenied, ProxyError, RateLimited, ServiceUnavailable
from proxy.exchange import Decision, Exchange
from proxy.http import headers as hdrs
from proxy.http.adapt import Adapter, local_count_tokens, make_adapter, supports
from proxy.http.admission import Admission, admit, rate_headers, refused_exchange, settle
from proxy.http.keys import EXTRA_HEADERS
from proxy.http.parse import Endpoint
from proxy.http.relay import CLIENT_CLOSED, respond
from proxy.http.restoring import restoring
from proxy.protocols.extract import extract_texts
from proxy.redact.request import redact_body, selected
from proxy.redact.restore import Restorer
from proxy.runtime import Services
from proxy.telemetry.evidence import AttemptTracer
from proxy.telemetry.usage_tap import UsageTap


async def run(request: web.Request, endpoint: Endpoint, services: Services) -> web.StreamResponse:
    """Take one proxied request through every stage; every request is recorded once."""
    started, started_ns = time.perf_counter(), time.time_ns()
    evidence = services.evidence
    with evidence.request_span(request.method, request.path, request.headers) as span:
        seen = Admission()
        try:
            exchange = await admit(request, endpoint, services, seen)
        except BaseException as exc:
            refused = refused_exchange(request, endpoint, seen)
            refused.started, refused.started_ns = started, started_ns
            refused.status = _status_of(exc)
            refused.timings["total_s"] = time.perf_counter() - started
            evidence.record(refused, span, error=_code_of(exc))
            raise
        exchange.started, exchange.started_ns = started, started_ns
        tracer = AttemptTracer(exchange, services.self_hop, evidence.tracing.enabled)
        error: str | None = None
        try:
            await classify_and_decide(exchange, services)
            services.gate.narrow(exchange, seen.ticket)  # tier budgets: fewer candidates only
            return await forward_and_respond(request, exchange, services, tracer, seen)
        except BaseException as exc:
            exchange.status, error = _status_of(exc), _code_of(exc)
            if isinstance(exc, ProxyError):
                extra = hdrs.sovproxy_headers(exchange, None)
                request[EXTRA_HEADERS] = (
                    extra | exc.headers if isinstance(exc, RateLimited) else extra
                )
            raise
        finally:
            await settle(seen, exchange, services)  # real tokens counted, concurrent slot freed
            exchange.timings["total_s"] = time.perf_counter() - started
            tracer.close(exchange)
            evidence.record(exchange, span, services.breaker_states(exchange), error=error)


def _status_of(exc: BaseException) -> int:
    """The status a failure is recorded with: the error's, 499 for a client gone, else 500."""
    if isinstance(exc, ProxyError):
        return exc.status
    if isinstance(exc, asyncio.CancelledError):  # the client went away
        return CLIENT_CLOSED
    return 500


def _code_of(exc: BaseException) -> str:
    """The reason code recorded for a failure (a code, never a message)."""
    if isinstance(exc, ProxyError):
        return exc.code or type(exc).__name__
    return "client_closed" if isinstance(exc, asyncio.CancelledError) else "internal_error"


#: From this many characters of text on, a request is classified (and its policy decided,
#: redact stage included) in a worker thread, so the event loop goes on serving the process's
#: other requests and streams meanwhile (a megabyte of dense findings takes seconds). The
#: classifier is made for it: its scratch space and memos are per thread. Below, the hand-off
#: would cost more than it saves.
OFF_LOOP_CHARS = 131_072
#: The worker threads long requests are classified in: two at a time per process (the pure
#: Python parts hold the GIL, so more would only add memory), apart from the loop's default
#: pool, which signs audit checkpoints.
_OFF_LOOP = ThreadPoolExecutor(max_workers=2, thread_name_prefix="sovproxy-classify")
T = TypeVar("T")


def classify(exchange: Exchange, services: Services) -> None:
    """Extract every text the request carries and classify it."""
    t0 = time.perf_counter()
    texts, unscannable = _extracted(exchange)
    _classify_extracted(exchange, services, texts, unscannable, t0)


async def classify_and_decide(exchange: Exchange, services: Services) -> None:
    """``classify``, then ``decide`` (with the redact stage and its second classification): in
    a worker thread of ``_OFF_LOOP`` when the texts are long (``OFF_LOOP_CHARS``). The request
    waits for both either way; nothing is forwarded before they are done."""
    t0 = time.perf_counter()
    texts, unscannable = _extracted(exchange)
    chars = sum(len(part.text) for part in texts)

    def work() -> None:
        _classify_extracted(exchange, services, texts, unscannable, t0)
        decide(exchange, services)

    await off_loop_if_long(chars, work)


async def off_loop_if_long(size: int, work: Callable[[], T]) -> T:
    """``work()``, in a worker thread of ``_OFF_LOOP`` (with the caller's log and trace
    context, as ``asyncio.to_thread``) when ``size`` reaches ``OFF_LOOP_CHARS``, else here."""
    if size < OFF_LOOP_CHARS:
        return work()
    context = contextvars.copy_context()
    return await asyncio.get_running_loop().run_in_executor(
        _OFF_LOOP, functools.partial(context.run, work)
    )


def _extracted(exchange: Exchange) -> tuple[list[TextPart], list[str]]:
    """Every text the request carries, kept on the exchange (and the parts it cannot read)."""
    texts, unscannable = extract_texts(exchange.endpoint, exchange.body)
    exchange.texts, exchange.unscannable = texts, unscannable
    return texts, unscannable


def _classify_extracted(
    exchange: Exchange,
    services: Services,
    texts: list[TextPart],
    unscannable: list[str],
    t0: float,
) -> None:
    """Classify the texts extracted (from ``t0`` on, kept in the exchange's timings)."""
    exchange.classification = services.classifier.classify(texts, unscannable)
    exchange.timings["classify_at_s"] = t0 - exchange.started
    exchange.timings["classify_s"] = time.perf_counter() - t0


def decide(exchange: Exchange, services: Services) -> None:
    """The policy's decision (with the redact stage a ``redact_then_route`` needs); anything
    but a route is a denial."""
    t0 = time.perf_counter()
    if not any(info.serves(exchange.model) for info in services.infos.values()):
        raise NotFound(f"The model '{exchange.model}' does not exist", param="model")
    decision = services.decide(exchange, lambda decided: redact_stage(exchange, services, decided))
    exchange.decision = decision
    exchange.timings["policy_at_s"] = t0 - exchange.started
    took = time.perf_counter() - t0
    exchange.timings["policy_s"] = took - exchange.timings.get("redact_s", 0.0)
    if decision.action not in ("route", "redact_then_route"):
        raise PolicyDenied(
            "the routing policy does not allow this request",
            rule=decision.rule,
            reason=decision.reason,
        )


def redact_stage(exchange: Exchange, services: Services, decision: Decision) -> Classification:
    """Stage 4: pseudonymise every value of the finding types the decision names, everywhere in
    the body; return the classification of what is left (the policy engine confirms it). What
    is sent from here on is the pseudonymised body; the answer's restorer is kept."""
    t0 = time.perf_counter()
    assert exchange.classification is not None
    found = selected(exchange.classification.findings, decision.redact)
    tenant = exchange.principal.tenant
    redaction = redact_body(
        exchange.body, exchange.texts, found, services.redaction_key, tenant,
        sent_as_is=exchange.incoming_headers.values(),
    )  # fmt: skip
    exchange.redaction = redaction
    exchange.body, exchange.raw_body = redaction.body, redaction.raw
    exchange.texts, unscannable = extract_texts(exchange.endpoint, redaction.body)
    left = services.classifier.classify(exchange.texts, unscannable)
    if exchange.endpoint != "embeddings":  # vectors carry no text to restore
        exchange.restorer = Restorer(redaction.issued)
    exchange.timings["redact_at_s"] = t0 - exchange.started
    exchange.timings["redact_s"] = time.perf_counter() - t0
    return left


def _candidates(exchange: Exchange, services: Services) -> list[str]:
    assert exchange.decision is not None
    backends = services.backends
    return [
        name
        for name in exchange.decision.candidates
        if name in backends and supports(exchange.endpoint, backends[name].protocol)
    ]


async def forward_and_respond(
    request: web.Request,
    exchange: Exchange,
    services: Services,
    tracer: AttemptTracer,
    seen: Admission,
) -> web.StreamResponse:
    """Send to the first allowed candidate that answers and relay its answer."""
    audit = services.evidence.audit
    if audit is not None and not audit.healthy:
        raise ServiceUnavailable(
            "the audit log cannot be written; sovproxy refuses requests it cannot record",
            code="audit_unavailable",
        )
    candidates = _candidates(exchange, services)
    if not candidates:
        if exchange.endpoint == "messages.count_tokens":  # estimated here: nothing is sent
            exchange.status = 200
            return local_count_tokens(exchange)
        raise ServiceUnavailable("no allowed backend serves this endpoint", code="no_backend")
    services.evidence.record_decision(exchange)  # strict audit mode: recorded before it is sent
    adapters: dict[str, Adapter] = {}

    def build(backend: Backend) -> UpstreamRequest:
        adapters[backend.name] = adapter = restoring(make_adapter(exchange, backend), exchange)
        return adapter.request()

    backend, upstream = await forward(
        exchange, candidates, services.backends, build, services.health, services.routing, tracer
    )
    exchange.backend = backend.name
    headers = hdrs.merge(
        hdrs.passthrough(upstream.headers.items()), hdrs.sovproxy_headers(exchange, backend.info)
    )
    headers = rate_headers(headers, seen)  # this caller's limits, not the backend's
    adapter = UsageTap(adapters[backend.name], exchange)  # usage is recorded, traced or not
    return await respond(request, exchange, upstream, adapter, headers, want_usage=True)
