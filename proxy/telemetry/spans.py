"""Recording spans that stay plain data until export: the request path pays for ids and dicts only.

The SDK's own span guards every attribute with a lock, validates each value as it is set and copies
itself into a ``ReadableSpan`` when it ends; on a proxy's hot path that was most of what tracing
cost. ``SpanRecorder`` keeps the SDK's parts that decide something (its sampler, id generator and
resource) and records into ``LightSpan``s; the export thread turns them into SDK ``ReadableSpan``s
(with the SDK's attribute validation) for in-process exporters, or ships them as plain data to the
OTLP child process, which does the same there.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Mapping, Sequence
from typing import Any

from opentelemetry import context as otel_context
from opentelemetry import trace
from opentelemetry.attributes import BoundedAttributes
from opentelemetry.sdk.trace import Event, ReadableSpan, TracerProvider
from opentelemetry.sdk.trace.sampling import ALWAYS_OFF, ALWAYS_ON, Decision, ParentBased, Sampler
from opentelemetry.sdk.util.instrumentation import InstrumentationScope
from opentelemetry.trace import (
    NonRecordingSpan,
    SpanContext,
    SpanKind,
    Status,
    StatusCode,
    TraceFlags,
    TraceState,
)
from opentelemetry.util import types

SCOPE = InstrumentationScope("sovproxy")
_UNSET = Status(StatusCode.UNSET)
_SAMPLE, _DROP = Decision.RECORD_AND_SAMPLE, Decision.DROP
#: the trace flags of a new span, by (sampled, random trace id): built once, not per span
_FLAGS = {
    (sampled, random): TraceFlags(
        (TraceFlags.SAMPLED if sampled else 0) | (TraceFlags.RANDOM_TRACE_ID if random else 0)
    )
    for sampled in (False, True)
    for random in (False, True)
}

#: (name, timestamp ns, attributes) of one span event
EventData = tuple[str, int, dict[str, Any]]


class LightSpan(trace.Span):
    """A sampled span recorded as plain fields; ``end`` hands it to the recorder's sink once."""

    def __init__(
        self,
        name: str,
        context: SpanContext,
        parent: SpanContext | None,
        kind: SpanKind,
        start_time: int,
        attributes: dict[str, Any],
        sink: Callable[[LightSpan], None],
    ):
        self.name, self.context, self.parent, self.kind = name, context, parent, kind
        self.start_time: int = start_time
        self.end_time: int | None = None
        self.attributes = attributes
        self.events: list[EventData] = []
        self.status = _UNSET
        self._sink: Callable[[LightSpan], None] | None = sink

    def get_span_context(self) -> SpanContext:
        return self.context

    def is_recording(self) -> bool:
        return self._sink is not None

    def set_attribute(self, key: str, value: types.AttributeValue) -> None:
        if self._sink is not None:
            self.attributes[key] = value

    def set_attributes(self, attributes: Mapping[str, types.AttributeValue]) -> None:
        if self._sink is not None:
            self.attributes.update(attributes)

    def add_event(
        self, name: str, attributes: types.Attributes = None, timestamp: int | None = None
    ) -> None:
        if self._sink is not None:
            when = timestamp if timestamp is not None else time.time_ns()
            self.events.append((name, when, dict(attributes or {})))

    def update_name(self, name: str) -> None:
        self.name = name

    def set_status(self, status: Status | StatusCode, description: str | None = None) -> None:
        if self._sink is not None:
            self.status = status if isinstance(status, Status) else Status(status, description)

    def record_exception(
        self,
        exception: BaseException,
        attributes: types.Attributes = None,
        timestamp: int | None = None,
        escaped: bool = False,
    ) -> None:
        """Only the type is kept: an exception's message may quote request content."""
        self.add_event("exception", {"exception.type": type(exception).__qualname__}, timestamp)

    def end(self, end_time: int | None = None) -> None:
        sink, self._sink = self._sink, None
        if sink is not None:
            self.end_time = end_time if end_time is not None else time.time_ns()
            sink(self)

    def to_readable(self, resource: Any) -> ReadableSpan:
        """The SDK's ``ReadableSpan`` of this span (values validated as the SDK does)."""
        return ReadableSpan(
            name=self.name,
            context=self.context,
            parent=self.parent,
            resource=resource,
            attributes=BoundedAttributes(attributes=self.attributes, immutable=True),
            events=[Event(name, attrs, when) for name, when, attrs in self.events],
            kind=self.kind,
            status=self.status,
            start_time=self.start_time,
            end_time=self.end_time,
            instrumentation_scope=SCOPE,
        )


class SpanRecorder:
    """Starts spans as the SDK tracer would (same sampler, ids and parentage), as ``LightSpan``s."""

    def __init__(self, provider: TracerProvider, sink: Callable[[LightSpan], None]):
        self.resource = provider.resource
        self._sampler, self._ids, self._sink = provider.sampler, provider.id_generator, sink
        self._inherits = _follows_local_parent(provider.sampler)

    def start_span(
        self,
        name: str,
        context: otel_context.Context | None = None,
        kind: SpanKind = SpanKind.INTERNAL,
        attributes: Mapping[str, Any] | None = None,
        start_time: int | None = None,
    ) -> trace.Span:
        """A child of the span current in ``context`` (or of the current one), or a root."""
        parent: SpanContext | None = trace.get_current_span(context).get_span_context()
        if parent is None or not parent.is_valid:
            parent, trace_id = None, self._ids.generate_trace_id()
        else:
            trace_id = parent.trace_id
        trace_state: TraceState | None
        if self._inherits and parent is not None and not parent.is_remote:
            # What ParentBased's default delegates answer for a child of a local span, without
            # building their SamplingResult: follow the parent.
            decision = _SAMPLE if parent.trace_flags.sampled else _DROP
            trace_state, extra = parent.trace_state, None
        else:
            sampling = self._sampler.should_sample(context, trace_id, name, kind, attributes)
            decision, trace_state, extra = (
                sampling.decision,
                sampling.trace_state,
                sampling.attributes,
            )
        # Decisions compared by identity: an Enum's hash is a Python call.
        random_id = parent.trace_flags.random_trace_id if parent else self._ids.is_trace_id_random()
        flags = _FLAGS[decision is _SAMPLE, bool(random_id)]
        span_context = SpanContext(
            trace_id, self._ids.generate_span_id(), False, flags, trace_state
        )
        if decision is _DROP:  # RECORD_ONLY records, unexported (the processors skip it)
            return NonRecordingSpan(span_context)
        recorded = {**(attributes or {}), **(extra or {})}
        when = start_time if start_time is not None else time.time_ns()
        return LightSpan(name, span_context, parent, kind, when, recorded, self._sink)


def _follows_local_parent(sampler: Sampler) -> bool:
    """A ``ParentBased`` sampler with its default delegates for local parents (as every sampler
    the ``OTEL_TRACES_SAMPLER`` variable can name is): a local child follows its parent."""
    return (
        isinstance(sampler, ParentBased)
        and getattr(sampler, "_local_parent_sampled", None) is ALWAYS_ON
        and getattr(sampler, "_local_parent_not_sampled", None) is ALWAYS_OFF
    )


def readable(spans: Sequence[LightSpan], resource: Any) -> list[ReadableSpan]:
    """SDK spans for an exporter that expects them."""
    return [span.to_readable(resource) for span in spans]
