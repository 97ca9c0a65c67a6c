"""Recorded spans: they start, sample and export as the SDK's own spans would."""

from __future__ import annotations

from opentelemetry.sdk.trace import TracerProvider
from opentelemetry.sdk.trace.export.in_memory_span_exporter import InMemorySpanExporter
from opentelemetry.sdk.trace.sampling import ALWAYS_OFF
from opentelemetry.trace import SpanKind, StatusCode

from proxy.telemetry import tracing as tr
from proxy.telemetry.spans import LightSpan, SpanRecorder


def test_a_span_ends_once_and_is_read_only_after() -> None:
    ended: list[LightSpan] = []
    recorder = SpanRecorder(TracerProvider(), ended.append)
    span = recorder.start_span("s", kind=SpanKind.CLIENT, attributes={"a": 1})
    assert isinstance(span, LightSpan) and span.is_recording()
    span.end()
    span.end()
    span.set_attribute("late", True)
    span.add_event("late")
    assert ended == [span] and not span.is_recording()
    assert span.attributes == {"a": 1} and span.events == []


def test_exceptions_keep_their_type_never_their_message() -> None:
    exporter = InMemorySpanExporter()
    tracing = tr.Tracing.from_env(exporter=exporter, environ={})
    span = tracing.start_span("s")
    span.record_exception(ValueError("IBAN DE89370400440532013000"))
    span.set_status(StatusCode.ERROR)
    span.end()
    tracing.force_flush()
    tracing.shutdown()
    (done,) = exporter.get_finished_spans()
    assert done.status.status_code is StatusCode.ERROR
    assert [dict(e.attributes or {}) for e in done.events] == [{"exception.type": "ValueError"}]
    assert "DE89" not in repr(done.to_json())


def test_children_share_the_trace_and_unsampled_spans_do_not_record() -> None:
    ended: list[LightSpan] = []
    recorder = SpanRecorder(TracerProvider(), ended.append)
    root = recorder.start_span("root", kind=SpanKind.SERVER)
    with tr._Current(root):
        child = recorder.start_span("child")
        child.end()
    (recorded_child, recorded_root) = ended
    assert recorded_child.parent == root.get_span_context()
    assert recorded_child.context.trace_id == root.get_span_context().trace_id
    assert recorded_root.parent is None and recorded_child.context.trace_flags.sampled

    off = SpanRecorder(TracerProvider(sampler=ALWAYS_OFF), ended.append)
    span = off.start_span("off")
    assert not span.is_recording() and not span.get_span_context().trace_flags.sampled
    span.end()
    assert len(ended) == 2
