"""The span exporters of sovproxy: never block a request, count what they drop.

A bounded queue feeds each exporter on a background thread; overflow and failed batches count as
dropped. Exporters are chosen by the standard ``OTEL_*`` variables (see ``Tracing.from_env``).
"""

from __future__ import annotations

import os
import threading
from collections import deque
from collections.abc import Callable, Mapping, Sequence
from typing import Any

from opentelemetry import context as otel_context
from opentelemetry import trace
from opentelemetry.sdk.resources import Resource
from opentelemetry.sdk.trace import TracerProvider
from opentelemetry.sdk.trace.export import ConsoleSpanExporter, SpanExporter, SpanExportResult
from opentelemetry.semconv.attributes.service_attributes import SERVICE_NAME
from opentelemetry.trace import Span, SpanKind

from proxy.telemetry.spans import LightSpan, SpanRecorder, readable

_KNOWN_EXPORTERS = frozenset({"otlp", "console", "none"})
_TRACES_ENDPOINT = "OTEL_EXPORTER_OTLP_TRACES_ENDPOINT"
#: The spec's queue and batch sizes (OTLP encoding runs in a child process, so a big batch costs
#: the event loop nothing), flushed every second rather than every five.
_BSP_DEFAULTS = (("MAX_QUEUE_SIZE", 2048), ("MAX_EXPORT_BATCH_SIZE", 512), ("SCHEDULE_DELAY", 1000))


class _BoundedExportProcessor:
    """Feeds one exporter from a bounded queue on a thread: a slow exporter costs spans, not time.

    ``prepare`` turns each finished span into what is queued (as it ends, so it should be cheap);
    ``convert`` turns a batch of those into what the exporter takes, on the thread.
    """

    def __init__(
        self,
        exporter: SpanExporter,
        prepare: Callable[[LightSpan], Any],
        convert: Callable[[Sequence[Any]], Sequence[Any]],
        max_queue: int,
        max_batch: int,
        delay_ms: int,
    ):
        self._exporter, self._max_queue, self._max_batch = exporter, max_queue, max_batch
        self._prepare, self._convert = prepare, convert
        self._delay_s = delay_ms / 1000
        self._queue: deque[Any] = deque()
        self._cond = threading.Condition()
        self._waiters: list[threading.Event] = []
        self._stopping = False
        self.dropped = 0
        self._thread = threading.Thread(target=self._run, name="sovproxy-spans", daemon=True)
        self._thread.start()

    def on_end(self, span: LightSpan) -> None:
        """Queue a finished span (never waits; a full queue drops it and counts the drop)."""
        if not span.context.trace_flags.sampled:
            return
        try:
            item = self._prepare(span)
        except Exception:  # a value the encoder cannot carry costs that span, never the request
            with self._cond:
                self.dropped += 1
            return
        with self._cond:  # never waits on the exporter: the worker holds this lock only briefly
            if self._stopping or len(self._queue) >= self._max_queue:
                self.dropped += 1
                return
            self._queue.append(item)
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
                ok = not batch or self._export(batch)
            except Exception:  # an exporter bug must not kill the export thread
                ok = False
            with self._cond:
                self.dropped += 0 if ok else len(batch)
            for waiter in waiters:
                waiter.set()
            if done:
                return

    def _export(self, batch: list[Any]) -> bool:
        return self._exporter.export(self._convert(batch)) is SpanExportResult.SUCCESS

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
        self._recorder = SpanRecorder(provider, self._on_end) if provider is not None else None
        self._noop = trace.NoOpTracer()
        #: per-backend attempt attributes and hop events (``tracing._attempt_parts``)
        self.attempt_parts: dict[tuple[Any, ...], tuple[Any, ...]] = {}

    def start_span(
        self,
        name: str,
        context: otel_context.Context | None = None,
        kind: SpanKind = SpanKind.INTERNAL,
        attributes: dict[str, Any] | None = None,
        start_time: int | None = None,
    ) -> Span:
        """A span as the SDK tracer would start it; disabled, the parent's non-recording span."""
        if self._recorder is None:
            return self._noop.start_span(name, context, kind, attributes)
        return self._recorder.start_span(name, context, kind, attributes, start_time)

    def _on_end(self, span: LightSpan) -> None:
        for processor in self._processors:
            processor.on_end(span)

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
        service = _env(env, "OTEL_SERVICE_NAME") or service_name
        named = [(name, _exporter(name, env, service)) for name in names]
        named += [(type(exporter).__name__, exporter)] if exporter is not None else []
        if not named:
            return cls()
        resource = Resource.create({SERVICE_NAME: service})
        provider = TracerProvider(resource=resource, shutdown_on_exit=False)
        tracing = cls(provider, tuple(label for label, _ in named))
        sizes = [int(_env(env, f"OTEL_BSP_{key}") or dflt) for key, dflt in _BSP_DEFAULTS]
        for _, exp in named:
            tracing._processors.append(
                _BoundedExportProcessor(exp, *_converter(exp, resource), *sizes)
            )
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


def _converter(
    exporter: SpanExporter, resource: Resource
) -> tuple[Callable[[LightSpan], Any], Callable[[Sequence[Any]], Sequence[Any]]]:
    """How spans are queued and handed over: to the OTLP child as encoded bytes, made as each span
    ends (bytes are no work for the garbage collector, a queue of live spans is); to in-process
    exporters as SDK spans, made on the export thread."""
    from proxy.telemetry.export_process import ProcessSpanExporter, encode

    if isinstance(exporter, ProcessSpanExporter):
        return encode, list
    return _keep, lambda batch: readable(batch, resource)


def _keep(span: LightSpan) -> LightSpan:
    return span


def _exporter(name: str, env: Mapping[str, str], service: str) -> SpanExporter:
    """OTLP exports from a child process (encoding holds the GIL); the console stays here."""
    exporter = build_exporter(name, env)  # also validates the settings: bad ones fail startup
    if name != "otlp":
        return exporter
    exporter.shutdown()
    from proxy.telemetry.export_process import ProcessSpanExporter

    return ProcessSpanExporter(name, env, service)


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


def build_exporter(name: str, env: Mapping[str, str]) -> SpanExporter:
    """The exporter called ``name`` configured from the ``OTEL_*`` variables in ``env``."""
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
