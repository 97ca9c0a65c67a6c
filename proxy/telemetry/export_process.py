"""Span export in a child process: encoding OTLP protobufs holds the GIL, so it runs elsewhere.

Each finished span is flattened into plain data and encoded as one JSON value as it ends (about a
microsecond); the proxy's export thread joins a batch of them and hands it over a pipe; a spawned
child rebuilds the spans, encodes them as OTLP and talks to the collector. The event loop therefore
never waits behind protobuf encoding. The child answers every batch with success or failure, so
flushing and drop counting work as in-process.
"""

from __future__ import annotations

import contextlib
import multiprocessing
import os
import threading
from collections.abc import Mapping, Sequence
from typing import Any

import orjson
from opentelemetry.attributes import BoundedAttributes
from opentelemetry.sdk.resources import Resource
from opentelemetry.sdk.trace import Event, ReadableSpan
from opentelemetry.sdk.trace.export import SpanExporter, SpanExportResult
from opentelemetry.semconv.attributes.service_attributes import SERVICE_NAME
from opentelemetry.trace import SpanContext, SpanKind, Status, StatusCode, TraceFlags

from proxy.telemetry.spans import SCOPE, LightSpan

_LOW64 = (1 << 64) - 1


def flatten(span: LightSpan) -> list[Any]:
    """One finished span as plain data. Ids stay integers, the 128-bit trace id in two 64-bit
    halves (what JSON encoders take); enum values are read as attributes (no Python calls)."""
    ctx, parent = span.context, span.parent
    trace_id = ctx.trace_id
    return [
        span.name,
        trace_id >> 64,
        trace_id & _LOW64,
        ctx.span_id,
        int(ctx.trace_flags),
        parent.span_id if parent is not None else None,
        bool(parent.is_remote) if parent is not None else False,
        span.kind._value_,
        span.start_time,
        span.end_time,
        span.attributes,
        span.events,
        span.status.status_code._value_,
        span.status.description,
    ]


def encode(span: LightSpan) -> bytes:
    """One finished span as the JSON bytes the child reads."""
    return orjson.dumps(flatten(span))


def rebuild(data: Sequence[Any], resource: Resource) -> ReadableSpan:
    """The span ``flatten`` made plain, as the OTLP encoder wants it."""
    name, trace_high, trace_low, span_id, flags, parent_id, remote, kind, start, end = data[:10]
    attributes, events, code, description = data[10:]
    trace_id = trace_high << 64 | trace_low
    context = SpanContext(trace_id, span_id, False, TraceFlags(flags))
    parent = None
    if parent_id is not None:
        parent = SpanContext(trace_id, parent_id, remote, TraceFlags(flags))
    return ReadableSpan(
        name=name,
        context=context,
        parent=parent,
        resource=resource,
        attributes=BoundedAttributes(attributes=attributes, immutable=True),
        events=[Event(e_name, e_attrs, e_time) for e_name, e_time, e_attrs in events],
        kind=SpanKind(kind),
        status=Status(StatusCode(code), description),
        start_time=start,
        end_time=end,
        instrumentation_scope=SCOPE,
    )


#: How much nicer than the proxy the exporter process is where it cannot be made an idle task.
_NICENESS = 10


def _yield_cpu() -> None:
    """Make this process run only on CPU time nothing else wants (Linux ``SCHED_IDLE``: a waking
    request handler preempts it at once), or failing that at a lower priority. Under a load that
    leaves no idle CPU, export falls behind and the bounded queue drops and counts spans."""
    try:
        os.sched_setscheduler(0, os.SCHED_IDLE, os.sched_param(0))
    except (AttributeError, OSError):  # not Linux, or not permitted: a nicer process instead
        with contextlib.suppress(OSError):
            os.nice(_NICENESS)


def _child_main(conn: Any, name: str, env: dict[str, str], service_name: str) -> None:
    """The exporter process: batches in, one success/failure byte out per batch.

    Encoding a batch must never hold up a request on a core it shares with the proxy."""
    from proxy.telemetry.exporting import build_exporter

    _yield_cpu()
    exporter = build_exporter(name, env)
    resource = Resource.create({SERVICE_NAME: service_name})
    while True:
        try:
            data = conn.recv_bytes()
        except (EOFError, OSError):
            break
        if not data:
            break
        try:
            result = exporter.export([rebuild(item, resource) for item in orjson.loads(data)])
        except Exception:  # a broken batch is a failed batch, never a dead exporter
            result = SpanExportResult.FAILURE
        conn.send_bytes(b"1" if result is SpanExportResult.SUCCESS else b"0")
    exporter.shutdown()


class ProcessSpanExporter(SpanExporter):
    """A ``SpanExporter`` whose real exporter (``otlp``) runs in a spawned child process."""

    def __init__(self, name: str, env: Mapping[str, str], service_name: str):
        ctx = multiprocessing.get_context("spawn")
        self._conn, child = ctx.Pipe()
        self._process = ctx.Process(
            target=_child_main,
            args=(child, name, dict(env), service_name),
            name="sovproxy-span-exporter",
            daemon=True,
        )
        self._process.start()
        child.close()
        self._lock = threading.Lock()

    def export(self, spans: Sequence[bytes]) -> SpanExportResult:  # type: ignore[override]
        """Send one batch of ``encode``d spans to the child and wait for its verdict (off the
        event loop)."""
        payload = b"[" + b",".join(spans) + b"]"
        try:
            with self._lock:
                self._conn.send_bytes(payload)
                ok = self._conn.recv_bytes() == b"1"
        except (EOFError, OSError):
            return SpanExportResult.FAILURE
        return SpanExportResult.SUCCESS if ok else SpanExportResult.FAILURE

    def shutdown(self) -> None:
        """Tell the child to finish, then make sure it is gone."""
        with self._lock, contextlib.suppress(OSError):
            self._conn.send_bytes(b"")
        self._process.join(5)
        if self._process.is_alive():
            self._process.terminate()
        self._conn.close()

    def force_flush(self, timeout_millis: int = 30000) -> bool:
        """Every batch is answered before ``export`` returns: nothing is left to flush."""
        return True
