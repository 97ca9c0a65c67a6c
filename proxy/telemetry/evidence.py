"""The record stage: one log event, one audit line, metrics and spans per request (DESIGN §7).

Attempts and hops are recorded as data on the ``Exchange`` first (STYLE §9); this module turns them
into telemetry. It never reads request content: only ids, levels, finding-type counts, rule ids,
backend facts, statuses and timings.
"""

from __future__ import annotations

import contextlib
import functools
import time
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlsplit

import orjson
from opentelemetry.trace import Span

from proxy.backends.model import BackendInfo, Hop
from proxy.backends.upstream import Backend, split_url
from proxy.exchange import Attempt, Exchange
from proxy.telemetry import tracing
from proxy.telemetry.audit import AuditLog, AuditWriteError, build_record
from proxy.telemetry.audit_record import redaction_summary
from proxy.telemetry.logging import get_logger
from proxy.telemetry.metrics import Metrics

#: client endpoint → GenAI operation name
OPERATIONS = {
    "chat.completions": "chat",
    "messages": "chat",
    "messages.count_tokens": "chat",
    "completions": "text_completion",
    "embeddings": "embeddings",
    "responses": "chat",
}


def provider_name(backend: Backend) -> str:
    """The ``gen_ai.provider.name`` of a backend, from its protocol and host."""
    return _provider(backend.protocol, backend.spec.base_url)


@functools.lru_cache(maxsize=256)
def _provider(protocol: str, base_url: str) -> str:
    if protocol == "anthropic":
        return "anthropic"
    if protocol == "azure-openai":
        return "azure.ai.openai"
    host = urlsplit(base_url).hostname or ""
    return "mistral_ai" if "mistral" in host else "openai"


class AttemptTracer:
    """Opens and closes the CLIENT span of each upstream attempt of one request.

    Only the span start (for the W3C ``traceparent`` the backend receives) happens before the
    request is sent; attributes and hop events are added when the attempt's outcome is known, and
    for the attempt that answered only after the client has its response.
    """

    def __init__(self, exchange: Exchange, self_hop: Hop, enabled: bool):
        self._exchange = exchange
        self._self_hop = self_hop
        self._enabled = enabled
        self.pending: _Handle | None = None

    def start(self, backend: Backend, index: int, headers: dict[str, str]) -> _Handle | None:
        """Open the attempt's span and put its W3C context into the outgoing headers."""
        if not self._enabled:  # a client's own traceparent is still passed on
            tracing.inject_headers(headers)
            return None
        operation = OPERATIONS.get(self._exchange.endpoint, "chat")
        manager = tracing.open_attempt_span(self._exchange, backend.info, operation)
        span = manager.__enter__()
        tracing.inject_headers(headers)
        return _Handle(manager, span, backend, index)

    def end(self, handle: _Handle | None, attempt: Attempt, *, keep_open: bool = False) -> None:
        """Close a failed attempt's span now; keep the answering one open for its usage."""
        if handle is None:
            return
        if keep_open:
            self.pending = handle
            handle.first_byte_s = attempt.first_byte_s
            return
        self._describe(handle)
        tracing.record_attempt_result(
            handle.span, attempt.status, {}, None, attempt.error, first_byte_s=attempt.first_byte_s
        )
        handle.manager.__exit__(None, None, None)

    def close(self, exchange: Exchange) -> None:
        """Close the answering attempt's span with its attributes, usage and response model."""
        handle, self.pending = self.pending, None
        if handle is None:
            return
        self._describe(handle)
        tracing.record_attempt_result(
            handle.span,
            exchange.status,
            exchange.usage,
            exchange.response_model,
            None,
            first_byte_s=handle.first_byte_s,
        )
        handle.manager.__exit__(None, None, None)

    def _describe(self, handle: _Handle) -> None:
        if not handle.span.is_recording():
            return
        backend = handle.backend
        origin, _ = split_url(backend.spec.base_url)
        host, port = origin.host, origin.port
        tracing.describe_attempt(
            handle.span,
            self._exchange,
            handle.index,
            backend.info,
            self._self_hop,
            OPERATIONS.get(self._exchange.endpoint, "chat"),
            provider_name(backend),
            host,
            port,
        )


@dataclass(slots=True)
class _Handle:
    manager: contextlib.AbstractContextManager[Span]
    span: Span
    backend: Backend
    index: int
    first_byte_s: float | None = None


def usage_of(body: bytes) -> tuple[dict[str, int], str | None]:
    """Token usage and model from a JSON response body (best effort, never raises)."""
    try:
        data = orjson.loads(body)
    except orjson.JSONDecodeError:
        return {}, None
    if not isinstance(data, dict):
        return {}, None
    usage = data.get("usage")
    counts = (
        {k: v for k, v in usage.items() if isinstance(v, int)} if isinstance(usage, dict) else {}
    )
    model = data.get("model")
    return counts, model if isinstance(model, str) else None


class Evidence:
    """Per-app evidence sinks: audit log, metrics, tracing, and the request log event."""

    def __init__(
        self,
        infos: Mapping[str, BackendInfo],
        self_hop: Hop,
        *,
        audit: AuditLog | None,
        metrics: Metrics,
        tracer: tracing.Tracing,
    ):
        self.infos = infos
        self.self_hop = self_hop
        self.audit = audit
        self.metrics = metrics
        self.tracing = tracer
        self._breakers: dict[tuple[str, str], str] = {}
        self._decisions: dict[str, int] = {}  # request id → seq of its strict decision record
        # A concrete logger bound once (not a lazy proxy resolved on every request).
        self._logger = get_logger().bind()
        # The model name is client input: logged only when it is one this deployment serves.
        self._models = frozenset(
            name
            for info in infos.values()
            for name in (*info.models, *(a for a, _ in info.aliases))
        )
        metrics.track_exporter_drops(tracer.dropped_spans)

    def request_span(
        self, method: str, path: str, headers: Mapping[str, str]
    ) -> contextlib.AbstractContextManager[Span]:
        """The SERVER span of one request."""
        return tracing.server_span(self.tracing, method, path, headers)

    def record(
        self,
        exchange: Exchange,
        span: Span,
        breakers: Mapping[tuple[str, str], str] | None = None,
        *,
        error: str | None = None,
    ) -> None:
        """Log, count, audit and finish the span for a finished request — every request,
        refusals before routing included.

        ``breakers``: the circuit-breaker state of each (backend, model) this request tried;
        ``error``: the reason code of a failure (``invalid_api_key``, ``model_not_found``…).
        """
        for (backend, model), state in (breakers or {}).items():
            if self._breakers.get((backend, model)) != state:
                self._breakers[backend, model] = state
                self.metrics.set_breaker_state(backend, state, model)
        decision = exchange.decision
        info = self.infos.get(exchange.backend or "")
        total = exchange.timings.get("total_s", 0.0)
        self._log(exchange)
        self.metrics.observe_request(
            exchange.endpoint,
            decision.level.label if decision else None,
            info.facts.tier if info else None,
            exchange.backend,
            decision.action if decision else None,
            exchange.status,
            total,
        )
        for stage in ("classify", "policy", "redact"):
            if f"{stage}_s" in exchange.timings:
                self.metrics.observe_stage(stage, exchange.timings[f"{stage}_s"])
        self._count_attempts(exchange)
        if error is not None and decision is None:
            self.metrics.inc_refusal(exchange.endpoint, exchange.status, error)
        if exchange.usage:
            self.metrics.add_tokens(exchange.backend, exchange.usage)
        if self.audit is not None:
            self._audit(exchange, error)
        if span.is_recording():  # an unsampled request's stages would not be recorded either
            self._stage_spans(exchange)
        tracing.finish_server_span(span, exchange)

    @staticmethod
    def _stage_spans(exchange: Exchange) -> None:
        """The classify, policy and redact spans, from the stage timings measured on the way
        (the redact span carries the counts: redacted, restored, unrestored per type)."""
        stages = (
            ("classify", tracing.SPAN_CLASSIFY),
            ("policy", tracing.SPAN_POLICY),
            ("redact", tracing.SPAN_REDACT),
        )
        for stage, name in stages:
            at, took = exchange.timings.get(f"{stage}_at_s"), exchange.timings.get(f"{stage}_s")
            if at is not None and took is not None:
                start = exchange.started_ns + int(at * 1e9)
                attributes = _redaction_attributes(exchange) if stage == "redact" else None
                tracing.record_stage(name, start, start + int(took * 1e9), attributes)

    def _count_attempts(self, exchange: Exchange) -> None:
        previous: Attempt | None = None
        for attempt in exchange.attempts:
            if attempt.first_byte_s is not None:
                self.metrics.observe_ttfb(attempt.backend, attempt.first_byte_s)
            if previous is not None:
                if previous.backend == attempt.backend:
                    self.metrics.inc_retry(attempt.backend)
                else:
                    reason = previous.error or str(previous.status)
                    self.metrics.inc_fallback(previous.backend, attempt.backend, reason)
            previous = attempt
        first = exchange.timings.get("first_token_s")
        if first is not None and exchange.backend is not None:
            last = exchange.timings.get("last_token_s")
            self.metrics.observe_stream(exchange.backend, first, last, exchange.usage)

    def record_decision(self, exchange: Exchange) -> None:
        """Strict audit mode: write the decision record now, before anything is forwarded.

        Raises ``AuditWriteError`` (503, nothing sent) when it cannot be written, whatever
        ``on_failure`` says. Does nothing unless the log is in strict mode.
        """
        audit = self.audit
        if audit is None or not audit.strict:
            return
        record = build_record(exchange, self.infos, self.self_hop, ts=time.time())
        record["phase"] = "decision"
        before = audit.seq
        with contextlib.suppress(AuditWriteError):  # ``continue`` would not raise: check seq
            audit.write(record)
        if audit.seq == before:
            raise AuditWriteError("the decision record could not be written; nothing was sent")
        self._decisions[exchange.request_id] = audit.seq

    def _audit(self, exchange: Exchange, error: str | None) -> None:
        assert self.audit is not None
        try:
            record = build_record(exchange, self.infos, self.self_hop, ts=time.time(), error=error)
            decision_seq = self._decisions.pop(exchange.request_id, None)
            if decision_seq is not None:
                record["phase"], record["decision_seq"] = "outcome", decision_seq
            self.audit.write(record)
        except AuditWriteError:
            self.metrics.inc_audit_drop()
            self._logger.error("audit_write_failed", error=self.audit.last_error)

    def _log(self, exchange: Exchange) -> None:
        decision = exchange.decision
        info = self.infos.get(exchange.backend or "")
        self._logger.info(
            "request_completed",
            path=exchange.path,
            model=exchange.model if exchange.model in self._models else "unknown",
            status=exchange.status,
            latency_ms=round(exchange.timings.get("total_s", 0.0) * 1000, 3),
            data_level=decision.level.label if decision else None,
            tier=info.facts.tier if info else None,
            jurisdictions=sorted(info.facts.jurisdictions) if info else None,
            action=decision.action if decision else None,
            rule=decision.rule if decision else None,
            reason=decision.reason if decision else None,
            backend=exchange.backend,
            attempts=len(exchange.attempts),
            tenant=exchange.principal.tenant,
        )

    def close(self) -> None:
        """Flush and close the sinks."""
        if self.audit is not None:
            self.audit.close()
        self.tracing.shutdown(timeout_s=2.0)


def _redaction_attributes(exchange: Exchange) -> dict[str, Any]:
    """``sovproxy.redacted`` / ``restored`` / ``unrestored`` as ``type=count`` lists."""
    summary = redaction_summary(exchange) or {}
    return {
        f"sovproxy.{key}": [f"{kind}={n}" for kind, n in summary.get(key, {}).items()] or None
        for key in ("redacted", "restored", "unrestored")
    }
