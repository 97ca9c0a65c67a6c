"""Span export: real OTLP/HTTP and gRPC receivers on 127.0.0.1, down or slow ones, backpressure."""

from __future__ import annotations

import asyncio
import os
import socket
import threading
import time
from collections.abc import AsyncIterator, Iterator, Sequence
from concurrent import futures
from dataclasses import dataclass, field

import grpc
import pytest
from aiohttp import web
from opentelemetry.proto.collector.trace.v1 import trace_service_pb2, trace_service_pb2_grpc
from opentelemetry.proto.trace.v1.trace_pb2 import Span as SpanProto
from opentelemetry.sdk.trace import ReadableSpan
from opentelemetry.sdk.trace.export import SpanExporter, SpanExportResult

from proxy.backends.model import BackendInfo, Hop, derive_facts
from proxy.classify.taxonomy import Classification, Level
from proxy.exchange import Decision, Exchange
from proxy.telemetry import tracing as tr

SELF = Hop(role="proxy", operator="self", operator_hq="DE", location="DE")
HOPS = (
    Hop(role="edge", operator="Cloudflare Inc.", operator_hq="US", location="EU"),
    Hop(role="hosting", operator="Mistral AI SAS", operator_hq="FR", location="FR"),
)
BACKEND = BackendInfo(
    name="mistral-direct",
    protocol="openai",
    models=("mistral-large-latest",),
    aliases=(),
    hops=HOPS,
    facts=derive_facts((SELF, *HOPS)),
)
ExportRequest = trace_service_pb2.ExportTraceServiceRequest

#: The OTLP export child is an idle-class task: with both cores busy (the other xdist worker) it
#: gets no CPU and a flush times out; some tests here also bound wall-clock time.
pytestmark = pytest.mark.alone


@dataclass
class Receiver:
    """What a fake collector received, and a gate that holds its replies while closed."""

    requests: list[trace_service_pb2.ExportTraceServiceRequest] = field(default_factory=list)
    gate: asyncio.Event = field(default_factory=asyncio.Event)

    def spans(self) -> list[SpanProto]:
        """Every span of every request received."""
        return [
            span
            for request in self.requests
            for resource in request.resource_spans
            for scope in resource.scope_spans
            for span in scope.spans
        ]


async def start_http_receiver(receiver: Receiver) -> tuple[web.AppRunner, int]:
    """An aiohttp OTLP/HTTP receiver on 127.0.0.1 decoding POST /v1/traces bodies."""

    async def traces(request: web.Request) -> web.Response:
        assert request.content_type == "application/x-protobuf"
        receiver.requests.append(ExportRequest.FromString(await request.read()))
        await receiver.gate.wait()
        body = trace_service_pb2.ExportTraceServiceResponse().SerializeToString()
        return web.Response(body=body, content_type="application/x-protobuf")

    app = web.Application()
    app.router.add_post("/v1/traces", traces)
    runner = web.AppRunner(app)
    await runner.setup()
    site = web.TCPSite(runner, "127.0.0.1", 0)
    await site.start()
    return runner, runner.addresses[0][1]


@pytest.fixture
async def http_receiver() -> AsyncIterator[tuple[Receiver, int]]:
    """A running OTLP/HTTP receiver and its port; its gate starts open."""
    receiver = Receiver()
    receiver.gate.set()
    runner, port = await start_http_receiver(receiver)
    yield receiver, port
    receiver.gate.set()
    await runner.cleanup()


def make_exchange() -> Exchange:
    """A routed internal request."""
    return Exchange(
        request_id="req-otlp",
        endpoint="chat_completions",
        client_protocol="openai",
        path="/v1/chat/completions",
        raw_body=b"{}",
        body={},
        model="mistral-large-latest",
        stream=False,
        classification=Classification(Level.INTERNAL),
        decision=Decision(action="route", level=Level.INTERNAL, rule="internal-eu"),
    )


def traced_request(tracing: tr.Tracing) -> None:
    """One request with one attempt, through the helpers the pipeline calls."""
    exchange = make_exchange()
    with tr.server_span(tracing, "POST", exchange.path, {}) as server:
        now = time.time_ns()
        tr.record_stage(tr.SPAN_CLASSIFY, now, now + 1_000)
        with tr.attempt_span(
            exchange, 0, BACKEND, SELF, "chat", "mistral_ai", "api.mistral.ai", 443
        ) as span:
            tr.record_attempt_result(span, 200, {"input_tokens": 1}, None, None)
        exchange.status = 200
        tr.finish_server_span(server, exchange)


def otlp_env(endpoint: str, protocol: str = "http/protobuf", **extra: str) -> dict[str, str]:
    """OTEL_* settings pointing the exporter at ``endpoint``."""
    env = {"OTEL_EXPORTER_OTLP_ENDPOINT": endpoint, "OTEL_EXPORTER_OTLP_PROTOCOL": protocol}
    return env | {key: value for key, value in extra.items()}


def hop_events(span: SpanProto) -> list[dict[str, object]]:
    """The decoded ``sovproxy.hop`` events of an OTLP span."""
    decoded = []
    for event in span.events:
        assert event.name == tr.EVENT_HOP
        values: dict[str, object] = {}
        for kv in event.attributes:
            kind = kv.value.WhichOneof("value")
            values[kv.key] = getattr(kv.value, kind or "string_value")
        decoded.append(values)
    return decoded


def assert_request_arrived(spans: list[SpanProto]) -> None:
    """The received spans are the request's tree, and the attempt carries its three hops."""
    names = sorted(span.name for span in spans)
    assert names == ["POST /v1/chat/completions", "chat mistral-large-latest", tr.SPAN_CLASSIFY]
    (attempt,) = [span for span in spans if span.name == "chat mistral-large-latest"]
    assert attempt.kind == SpanProto.SPAN_KIND_CLIENT
    assert [event["index"] for event in hop_events(attempt)] == [0, 1, 2]
    assert [event["operator"] for event in hop_events(attempt)] == [
        "self",
        "Cloudflare Inc.",
        "Mistral AI SAS",
    ]
    attributes = {kv.key: kv.value.string_value for kv in attempt.attributes}
    assert attributes[tr.ATTR_JURISDICTIONS] == "DE,EU,FR,US"


async def test_otlp_http_receiver_gets_the_span_tree_with_hop_events(
    http_receiver: tuple[Receiver, int],
) -> None:
    """Spans exported over OTLP/HTTP arrive decoded, with service name and hop events."""
    receiver, port = http_receiver
    tracing = tr.Tracing.from_env(environ=otlp_env(f"http://127.0.0.1:{port}"))
    traced_request(tracing)
    assert await asyncio.to_thread(tracing.force_flush, 10)
    await asyncio.to_thread(tracing.shutdown)
    assert_request_arrived(receiver.spans())
    resource = receiver.requests[0].resource_spans[0].resource
    service = {kv.key: kv.value.string_value for kv in resource.attributes}["service.name"]
    assert service == "sovproxy"
    assert tracing.dropped_spans() == 0


async def test_a_span_the_encoder_cannot_carry_is_dropped_not_raised(
    http_receiver: tuple[Receiver, int],
) -> None:
    """An attribute beyond what the export encoding carries (a 70-bit integer) loses that span,
    counted; the span's end does not raise into the request, and the next request's spans go out."""
    receiver, port = http_receiver
    tracing = tr.Tracing.from_env(environ=otlp_env(f"http://127.0.0.1:{port}"))
    with tr.server_span(tracing, "GET", "/healthz", {}) as span:
        span.set_attribute("sovproxy.attempts", 2**70)
    assert tracing.dropped_spans() == 1
    traced_request(tracing)
    assert await asyncio.to_thread(tracing.force_flush, 10)
    await asyncio.to_thread(tracing.shutdown)
    assert_request_arrived(receiver.spans())
    assert tracing.dropped_spans() == 1


@pytest.mark.parametrize(
    ("environ", "console", "exporters"),
    [
        ({}, False, ()),
        ({}, True, ("console",)),
        ({"OTEL_TRACES_EXPORTER": "none"}, False, ()),
        ({"OTEL_TRACES_EXPORTER": "console"}, False, ("console",)),
        ({"OTEL_EXPORTER_OTLP_ENDPOINT": "http://127.0.0.1:4318"}, False, ("otlp",)),
        ({"OTEL_EXPORTER_OTLP_TRACES_ENDPOINT": "http://127.0.0.1:1/x"}, True, ("otlp", "console")),
        ({"OTEL_TRACES_EXPORTER": "otlp", "OTEL_EXPORTER_OTLP_PROTOCOL": "grpc"}, False, ("otlp",)),
        ({"OTEL_TRACES_EXPORTER": "otlp,console"}, True, ("otlp", "console")),
        ({"OTEL_TRACES_EXPORTER": "console", "OTEL_SDK_DISABLED": "true"}, True, ()),
    ],
)
def test_from_env_selects_exporters(
    environ: dict[str, str], console: bool, exporters: tuple[str, ...]
) -> None:
    """OTEL_TRACES_EXPORTER, an OTLP endpoint and the console flag pick the exporters."""
    tracing = tr.Tracing.from_env(console=console, environ=environ)
    try:
        assert (tracing.exporters, tracing.enabled) == (exporters, bool(exporters))
    finally:
        tracing.shutdown(0.5)


@pytest.mark.parametrize(
    "environ",
    [
        {"OTEL_TRACES_EXPORTER": "zipkin"},
        {"OTEL_TRACES_EXPORTER": "otlp", "OTEL_EXPORTER_OTLP_PROTOCOL": "http/json"},
    ],
)
def test_from_env_rejects_unknown_settings(environ: dict[str, str]) -> None:
    """An unsupported exporter or protocol stops startup with a ValueError."""
    with pytest.raises(ValueError, match="unsupported"):
        tr.Tracing.from_env(environ=environ)


class TraceCollector(trace_service_pb2_grpc.TraceServiceServicer):
    """An OTLP/gRPC trace service that keeps what it receives."""

    def __init__(self) -> None:
        self.receiver = Receiver()

    def Export(  # the name is fixed by the OTLP service definition
        self, request: trace_service_pb2.ExportTraceServiceRequest, context: grpc.ServicerContext
    ) -> trace_service_pb2.ExportTraceServiceResponse:
        """Keep the request and acknowledge it."""
        self.receiver.requests.append(request)
        return trace_service_pb2.ExportTraceServiceResponse()


@pytest.fixture
def grpc_collector() -> Iterator[tuple[TraceCollector, int]]:
    """A running OTLP/gRPC collector on 127.0.0.1 and its port."""
    collector = TraceCollector()
    server = grpc.server(futures.ThreadPoolExecutor(max_workers=2))
    trace_service_pb2_grpc.add_TraceServiceServicer_to_server(collector, server)  # type: ignore[no-untyped-call]
    port = server.add_insecure_port("127.0.0.1:0")
    server.start()
    yield collector, port
    server.stop(grace=None)


def test_otlp_grpc_collector_gets_the_span_tree_with_hop_events(
    grpc_collector: tuple[TraceCollector, int],
) -> None:
    """Spans exported over OTLP/gRPC arrive, with the attempt's hop events."""
    collector, port = grpc_collector
    tracing = tr.Tracing.from_env(environ=otlp_env(f"http://127.0.0.1:{port}", "grpc"))
    traced_request(tracing)
    assert tracing.force_flush(10)
    tracing.shutdown()
    assert_request_arrived(collector.receiver.spans())


def closed_port() -> int:
    """A port on 127.0.0.1 that nothing listens on."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
    return port


@pytest.mark.parametrize("protocol", ["http/protobuf", "grpc"])
def test_collector_down_never_blocks_requests_and_counts_lost_spans(protocol: str) -> None:
    """With nothing listening, span ends stay fast and every lost span is counted."""
    endpoint = f"http://127.0.0.1:{closed_port()}"
    small_batches = {"OTEL_EXPORTER_OTLP_TIMEOUT": "1", "OTEL_BSP_MAX_EXPORT_BATCH_SIZE": "10"}
    tracing = tr.Tracing.from_env(environ=otlp_env(endpoint, protocol, **small_batches))
    started = time.perf_counter()
    for _ in range(100):
        traced_request(tracing)  # meanwhile the exporter retries, failing, batch after batch
    elapsed = time.perf_counter() - started  # a blocking exporter needs ~1 s per batch
    tracing.shutdown(timeout_s=1)
    assert elapsed < 1.0
    assert tracing.dropped_spans() == 300


async def test_slow_collector_overflows_the_bounded_queue_without_blocking(
    http_receiver: tuple[Receiver, int],
) -> None:
    """While the collector stalls, span ends return, the queue stays bounded, drops are counted."""
    receiver, port = http_receiver
    receiver.gate.clear()
    sizes = {"OTEL_BSP_MAX_QUEUE_SIZE": "8", "OTEL_BSP_MAX_EXPORT_BATCH_SIZE": "4"}
    tracing = tr.Tracing.from_env(environ=otlp_env(f"http://127.0.0.1:{port}", **sizes))
    for _ in range(20):
        traced_request(tracing)  # 60 spans against a queue of 8
    assert tracing.dropped_spans() >= 60 - 8 - 4
    receiver.gate.set()
    assert await asyncio.to_thread(tracing.force_flush, 10)
    await asyncio.to_thread(tracing.shutdown)
    assert len(receiver.spans()) + tracing.dropped_spans() == 60


class GatedExporter(SpanExporter):
    """A stand-in for a slow collector: export waits until the gate opens."""

    def __init__(self, result: SpanExportResult | Exception = SpanExportResult.SUCCESS) -> None:
        self.gate = threading.Event()
        self.exported: list[ReadableSpan] = []
        self.result = result

    def export(self, spans: Sequence[ReadableSpan]) -> SpanExportResult:
        """Block until the gate opens, then keep the spans (or fail as told)."""
        self.gate.wait(10)
        if isinstance(self.result, Exception):
            raise self.result
        if self.result is SpanExportResult.SUCCESS:
            self.exported.extend(spans)
        return self.result

    def shutdown(self) -> None:
        """Open the gate, as a real exporter's shutdown interrupts its retries."""
        self.gate.set()


def end_spans(tracing: tr.Tracing, count: int) -> None:
    """End ``count`` root spans."""
    for _ in range(count):
        with tr.server_span(tracing, "GET", "/healthz", {}):
            pass


SMALL_QUEUE = {"OTEL_BSP_MAX_QUEUE_SIZE": "8", "OTEL_BSP_MAX_EXPORT_BATCH_SIZE": "4"}


def test_stalled_exporter_drops_overflow_and_counts_it() -> None:
    """With the exporter stalled, span ends still return; overflow is dropped and counted."""
    exporter = GatedExporter()
    tracing = tr.Tracing.from_env(exporter=exporter, environ=SMALL_QUEUE)
    end_spans(tracing, 50)  # would hang here if ending a span waited for the exporter
    assert tracing.dropped_spans() >= 50 - 8 - 4
    exporter.gate.set()
    assert tracing.force_flush(5)
    tracing.shutdown()
    assert len(exporter.exported) + tracing.dropped_spans() == 50


@pytest.mark.parametrize("failure", [SpanExportResult.FAILURE, RuntimeError("exporter bug")])
def test_failed_exports_count_as_dropped_and_export_goes_on(
    failure: SpanExportResult | Exception,
) -> None:
    """A batch the exporter fails (or raises on) counts as dropped; later batches still go out."""
    exporter = GatedExporter(failure)
    exporter.gate.set()
    tracing = tr.Tracing.from_env(exporter=exporter, environ={})
    end_spans(tracing, 5)
    assert tracing.force_flush(5)
    assert tracing.dropped_spans() == 5
    exporter.result = SpanExportResult.SUCCESS
    end_spans(tracing, 2)
    assert tracing.force_flush(5)
    tracing.shutdown()
    assert (len(exporter.exported), tracing.dropped_spans()) == (2, 5)


def test_shutdown_is_bounded_when_the_exporter_hangs() -> None:
    """Shutdown stops waiting after its timeout and shuts the hung exporter down."""
    exporter = GatedExporter()
    tracing = tr.Tracing.from_env(exporter=exporter, environ={"OTEL_BSP_SCHEDULE_DELAY": "1"})
    end_spans(tracing, 3)
    assert not tracing.force_flush(0.05)
    tracing.shutdown(timeout_s=0.05)
    assert exporter.gate.is_set()
    tracing.shutdown(timeout_s=0.05)  # a second shutdown is a no-op
    end_spans(tracing, 2)  # spans ending after shutdown are dropped, and counted
    assert tracing.dropped_spans() == 2


def test_the_export_process_yields_the_cpu_to_the_proxy() -> None:
    """The OTLP child is an idle-class task on Linux (a waking request preempts it), elsewhere
    ten steps nicer than the proxy: encoding never outranks requests."""
    tracing = tr.Tracing.from_env(environ=otlp_env("http://127.0.0.1:9"))
    try:
        (processor,) = tracing._processors
        child = processor._exporter._process  # type: ignore[attr-defined]
        mine = os.getpriority(os.PRIO_PROCESS, 0)
        deadline = time.monotonic() + 30
        while not _yields(child.pid, mine):
            assert time.monotonic() < deadline, "the export process never lowered its priority"
            time.sleep(0.05)
    finally:
        tracing.shutdown(timeout_s=1)


def _yields(pid: int, mine: int) -> bool:
    """An idle-class task, or (where that is refused) ten steps nicer than ``mine``."""
    if hasattr(os, "SCHED_IDLE") and os.sched_getscheduler(pid) == os.SCHED_IDLE:
        return True
    return os.getpriority(os.PRIO_PROCESS, pid) == min(mine + 10, 19)
