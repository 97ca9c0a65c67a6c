"""Tracing: the span tree, its attributes and hop events, W3C context, and non-blocking export."""

from __future__ import annotations

import time
from collections.abc import Iterator, Sequence

import pytest
from opentelemetry.sdk.trace import ReadableSpan
from opentelemetry.sdk.trace.export.in_memory_span_exporter import InMemorySpanExporter
from opentelemetry.trace import SpanKind, StatusCode

from proxy.backends.model import BackendInfo, Hop, derive_facts
from proxy.classify.taxonomy import Classification, Finding, Level
from proxy.exchange import Attempt, Decision, Exchange
from proxy.telemetry import tracing as tr

SECRET = "alice.martin@example.com"
SELF = Hop(role="proxy", operator="self", operator_hq="DE", location="DE")
HOPS = (
    Hop(role="edge", operator="Cloudflare Inc.", operator_hq="US", location="EU"),
    Hop(role="hosting", operator="Mistral AI SAS", operator_hq="FR", location="FR"),
)
TRACE_ID = "0af7651916cd43dd8448eb211c80319c"
PARENT_ID = "b7ad6b7169203331"
TRACEPARENT = f"00-{TRACE_ID}-{PARENT_ID}-01"


def make_backend(name: str = "mistral-direct", hops: tuple[Hop, ...] = HOPS) -> BackendInfo:
    """A backend whose facts are derived from hop 0 plus its own hops."""
    return BackendInfo(
        name=name,
        protocol="openai",
        models=("mistral-large-latest",),
        aliases=(("large", "mistral-large-latest"),),
        hops=hops,
        facts=derive_facts((SELF, *hops)),
    )


def make_exchange(headers: dict[str, str] | None = None) -> Exchange:
    """A routed, confidential request whose body holds a secret that must never reach a span."""
    body = {"model": "large", "messages": [{"role": "user", "content": f"mail {SECRET}"}]}
    return Exchange(
        request_id="req-1",
        endpoint="chat_completions",
        client_protocol="openai",
        path="/v1/chat/completions",
        raw_body=repr(body).encode(),
        body=body,
        model="large",
        stream=False,
        incoming_headers=headers or {},
        classification=Classification(
            Level.CONFIDENTIAL,
            findings=(
                Finding("pii.email", None, 5, 29, "messages[0].content"),
                Finding("pii.email", None, 30, 40, "messages[0].content"),
                Finding("pii.phone", None, 41, 50, "messages[0].content"),
            ),
        ),
        decision=Decision(
            action="route", level=Level.CONFIDENTIAL, rule="eu-confidential", policy_version="7"
        ),
    )


@pytest.fixture
def memory() -> Iterator[tuple[tr.Tracing, InMemorySpanExporter]]:
    """A recording Tracing that exports into memory."""
    exporter = InMemorySpanExporter()
    tracing = tr.Tracing.from_env(exporter=exporter, environ={})
    yield tracing, exporter
    tracing.shutdown()


def run_request(tracing: tr.Tracing, exchange: Exchange) -> dict[str, str]:
    """Drive the helpers as the pipeline does: two attempts, the first one failing with a 503."""
    sent: dict[str, str] = {}
    with tr.server_span(tracing, "POST", exchange.path, exchange.incoming_headers) as server:
        now = time.time_ns()  # stages are recorded from their timings, as the pipeline does
        tr.record_stage(tr.SPAN_CLASSIFY, now, now + 1_000)
        tr.record_stage(tr.SPAN_POLICY, now + 1_000, now + 2_000)
        for index, backend in enumerate((make_backend("down"), make_backend())):
            with tr.attempt_span(
                exchange, index, backend, SELF, "chat", "mistral_ai", "api.mistral.ai", 443
            ) as span:
                tr.inject_headers(sent)
                usage = {"input_tokens": 12, "output_tokens": 34} if index else {}
                status = 200 if index else 503
                tr.record_attempt_result(span, status, usage, "mistral-large-2411", None)
                exchange.attempts.append(Attempt(backend=backend.name, status=status))
        exchange.backend, exchange.status = "mistral-direct", 200
        tr.finish_server_span(server, exchange)
    return sent


def finished(tracing: tr.Tracing, exporter: InMemorySpanExporter) -> list[ReadableSpan]:
    """All spans, once the export queue has been flushed."""
    assert tracing.force_flush(5)
    return list(exporter.get_finished_spans())


def by_name(spans: Sequence[ReadableSpan], name: str) -> list[ReadableSpan]:
    """The spans with this name, in end order."""
    return [span for span in spans if span.name == name]


def test_span_tree_has_server_stages_and_one_client_span_per_attempt(
    memory: tuple[tr.Tracing, InMemorySpanExporter],
) -> None:
    """One SERVER span is the parent of classify, policy and one CLIENT span per attempt."""
    tracing, exporter = memory
    run_request(tracing, make_exchange())
    spans = finished(tracing, exporter)
    (server,) = by_name(spans, "POST /v1/chat/completions")
    children = [span for span in spans if span is not server]
    assert server.kind is SpanKind.SERVER and server.parent is None
    attempt = "chat mistral-large-latest"
    assert [span.name for span in children] == [tr.SPAN_CLASSIFY, tr.SPAN_POLICY, attempt, attempt]
    assert all(span.parent is not None for span in children)
    assert {span.parent.span_id for span in children if span.parent} == {server.context.span_id}
    assert [span.kind for span in children[2:]] == [SpanKind.CLIENT, SpanKind.CLIENT]
    assert [(span.attributes or {})[tr.ATTR_ATTEMPT] for span in children[2:]] == [0, 1]


@pytest.mark.parametrize(
    ("key", "expected"),
    [
        ("gen_ai.operation.name", "chat"),
        ("gen_ai.provider.name", "mistral_ai"),
        ("gen_ai.request.model", "mistral-large-latest"),
        ("gen_ai.response.model", "mistral-large-2411"),
        ("gen_ai.usage.input_tokens", 12),
        ("gen_ai.usage.output_tokens", 34),
        ("server.address", "api.mistral.ai"),
        ("server.port", 443),
        ("http.response.status_code", 200),
        (tr.ATTR_BACKEND, "mistral-direct"),
        (tr.ATTR_TIER, "hyperscaler"),
        (tr.ATTR_JURISDICTIONS, "DE,EU,FR,US"),
        (tr.ATTR_US_REACHABLE, True),
        (tr.ATTR_CN_REACHABLE, False),
        (tr.ATTR_LEVEL, "confidential"),
        (tr.ATTR_RULE, "eu-confidential"),
    ],
)
def test_attempt_span_attributes(
    memory: tuple[tr.Tracing, InMemorySpanExporter], key: str, expected: object
) -> None:
    """The successful attempt's CLIENT span carries GenAI semconv and backend-fact attributes."""
    tracing, exporter = memory
    run_request(tracing, make_exchange())
    attempt = by_name(finished(tracing, exporter), "chat mistral-large-latest")[1]
    assert attempt.attributes is not None
    assert attempt.attributes[key] == expected


def test_attempt_span_has_one_hop_event_per_hop_with_the_proxy_first(
    memory: tuple[tr.Tracing, InMemorySpanExporter],
) -> None:
    """Hop events are numbered from 0 (this proxy) through the backend's declared hops."""
    tracing, exporter = memory
    run_request(tracing, make_exchange())
    attempt = by_name(finished(tracing, exporter), "chat mistral-large-latest")[1]
    assert [event.name for event in attempt.events] == [tr.EVENT_HOP] * 3
    keys = ("index", "role", "operator", "operator_hq", "location")
    rows = [
        (0, "proxy", "self", "DE", "DE"),
        (1, "edge", "Cloudflare Inc.", "US", "EU"),
        (2, "hosting", "Mistral AI SAS", "FR", "FR"),
    ]
    expected = [dict(zip(keys, row, strict=True)) for row in rows]
    assert [dict(event.attributes or {}) for event in attempt.events] == expected


@pytest.mark.parametrize(
    ("hop", "extra"),
    [
        (Hop(role="hosting", operator="Acme GmbH", operator_hq="DE", location="DE"), {}),
        (
            Hop(
                role="hosting", operator="Azure IE", operator_hq="IE", parent_hq="US", location="SE"
            ),
            {"parent_hq": "US"},
        ),
        (
            Hop(role="edge", operator="Edge SAS", operator_hq="FR", location="FR", unverified=True),
            {"unverified": True},
        ),
    ],
)
def test_hop_event_carries_parent_hq_and_unverified_only_when_set(
    hop: Hop, extra: dict[str, object]
) -> None:
    """A hop event adds parent_hq (CLOUD Act reach) and unverified only when declared."""
    base = {"index": 3, "role": hop.role, "operator": hop.operator}
    base |= {"operator_hq": hop.operator_hq, "location": hop.location}
    assert tr.hop_event_attributes(3, hop) == base | extra


@pytest.mark.parametrize(
    ("status", "error", "failed", "error_type"),
    [
        (200, None, False, None),
        (503, None, True, "503"),
        (429, None, True, "429"),
        (None, "UpstreamTimeout", True, "UpstreamTimeout"),
    ],
)
def test_record_attempt_result_marks_failures(
    memory: tuple[tr.Tracing, InMemorySpanExporter],
    status: int | None,
    error: str | None,
    failed: bool,
    error_type: str | None,
) -> None:
    """An error or an HTTP status >= 400 fails the attempt span and sets error.type."""
    tracing, exporter = memory
    exchange = make_exchange()
    backend = make_backend()
    with (
        tr.server_span(tracing, "POST", "/v1/chat/completions", {}),
        tr.attempt_span(exchange, 0, backend, SELF, "chat", "openai", "h", 1) as span,
    ):
        tr.record_attempt_result(span, status, {}, None, error)
    attempt = by_name(finished(tracing, exporter), "chat mistral-large-latest")[0]
    assert (attempt.status.status_code is StatusCode.ERROR) is failed
    assert (attempt.attributes or {}).get("error.type") == error_type


@pytest.mark.parametrize(
    ("usage", "expected"),
    [
        ({"input_tokens": 3, "output_tokens": 4}, (3, 4)),
        ({"prompt_tokens": 5, "completion_tokens": 6}, (5, 6)),
        ({}, (None, None)),
    ],
)
def test_record_attempt_result_reads_both_usage_spellings(
    memory: tuple[tr.Tracing, InMemorySpanExporter],
    usage: dict[str, int],
    expected: tuple[int | None, int | None],
) -> None:
    """Token usage is taken from Anthropic-style or OpenAI-style keys."""
    tracing, exporter = memory
    exchange, backend = make_exchange(), make_backend()
    with (
        tr.server_span(tracing, "POST", "/v1/messages", {}),
        tr.attempt_span(exchange, 0, backend, SELF, "chat", "anthropic", "h", 1) as span,
    ):
        tr.record_attempt_result(span, 200, usage, None, None)
    attributes = by_name(finished(tracing, exporter), "chat mistral-large-latest")[0].attributes
    assert attributes is not None
    found = (
        attributes.get("gen_ai.usage.input_tokens"),
        attributes.get("gen_ai.usage.output_tokens"),
    )
    assert found == expected


def test_finish_server_span_records_the_outcome_without_content(
    memory: tuple[tr.Tracing, InMemorySpanExporter],
) -> None:
    """The SERVER span gets ids, level, rule, decision, backend, status and finding-type counts."""
    tracing, exporter = memory
    run_request(tracing, make_exchange())
    (server,) = by_name(finished(tracing, exporter), "POST /v1/chat/completions")
    assert dict(server.attributes or {}) == {
        "http.request.method": "POST",
        "url.path": "/v1/chat/completions",
        "http.response.status_code": 200,
        tr.ATTR_REQUEST_ID: "req-1",
        tr.ATTR_TENANT: "anonymous",
        tr.ATTR_ATTEMPTS: 2,
        tr.ATTR_LEVEL: "confidential",
        tr.ATTR_DECISION: "route",
        tr.ATTR_RULE: "eu-confidential",
        tr.ATTR_POLICY_VERSION: "7",
        tr.ATTR_FINDINGS: ("pii.email=2", "pii.phone=1"),
        tr.ATTR_BACKEND: "mistral-direct",
    }
    assert server.status.status_code is StatusCode.UNSET


@pytest.mark.parametrize(("status", "code"), [(200, StatusCode.UNSET), (502, StatusCode.ERROR)])
def test_server_span_fails_only_on_5xx(
    memory: tuple[tr.Tracing, InMemorySpanExporter], status: int, code: StatusCode
) -> None:
    """A 5xx response fails the SERVER span with error.type set to the status code."""
    tracing, exporter = memory
    exchange = make_exchange()
    with tr.server_span(tracing, "POST", exchange.path, {}) as server:
        exchange.status = status
        tr.finish_server_span(server, exchange)
    (span,) = finished(tracing, exporter)
    assert span.status.status_code is code
    assert (span.attributes or {}).get("error.type") == (str(status) if status >= 500 else None)


def test_unsampled_client_trace_is_neither_exported_nor_counted(
    memory: tuple[tr.Tracing, InMemorySpanExporter],
) -> None:
    """A client traceparent with the sampled flag off is honoured: nothing is exported."""
    tracing, exporter = memory
    run_request(tracing, make_exchange({"traceparent": TRACEPARENT[:-2] + "00"}))
    assert finished(tracing, exporter) == []
    assert tracing.dropped_spans() == 0


def all_values(spans: Sequence[ReadableSpan]) -> Iterator[str]:
    """Every string a span exports: names, attribute values, event names and attributes."""
    for span in spans:
        yield span.name
        yield span.status.description or ""
        for attributes in (span.attributes, *(event.attributes for event in span.events)):
            yield from (str(value) for value in (attributes or {}).values())
        yield from (event.name for event in span.events)


def test_no_request_content_reaches_spans_even_when_a_stage_fails(
    memory: tuple[tr.Tracing, InMemorySpanExporter],
) -> None:
    """An exception quoting content becomes error.type only; no span value holds the content."""
    tracing, exporter = memory
    exchange = make_exchange()
    run_request(tracing, exchange)
    with (
        pytest.raises(ValueError, match="alice"),
        tr.server_span(tracing, "POST", exchange.path, {}),
        tr.stage_span(tr.SPAN_REDACT),
    ):
        raise ValueError(f"cannot redact {SECRET}")
    spans = finished(tracing, exporter)
    (redact,) = by_name(spans, tr.SPAN_REDACT)
    assert redact.status.status_code is StatusCode.ERROR
    assert (redact.attributes or {})["error.type"] == "ValueError"
    assert redact.events == ()
    assert not [value for value in all_values(spans) if "alice" in value]


@pytest.mark.parametrize("header", ["traceparent", "Traceparent", "TRACEPARENT"])
def test_server_span_continues_the_clients_trace(
    memory: tuple[tr.Tracing, InMemorySpanExporter], header: str
) -> None:
    """An incoming W3C traceparent (any header case) becomes the server span's parent."""
    tracing, exporter = memory
    sent = run_request(tracing, make_exchange({header: TRACEPARENT, "tracestate": "vendor=1"}))
    spans = finished(tracing, exporter)
    (server,) = by_name(spans, "POST /v1/chat/completions")
    assert {format(span.context.trace_id, "032x") for span in spans} == {TRACE_ID}
    assert server.parent is not None and format(server.parent.span_id, "016x") == PARENT_ID
    assert server.context.trace_state.get("vendor") == "1"
    assert sent["tracestate"] == "vendor=1"


def test_inject_headers_names_the_attempt_span(
    memory: tuple[tr.Tracing, InMemorySpanExporter],
) -> None:
    """The traceparent sent upstream carries the trace id and the attempt span's id."""
    tracing, exporter = memory
    sent = run_request(tracing, make_exchange({"traceparent": TRACEPARENT}))
    last_attempt = by_name(finished(tracing, exporter), "chat mistral-large-latest")[1]
    span_id = format(last_attempt.context.span_id, "016x")
    assert sent["traceparent"] == f"00-{TRACE_ID}-{span_id}-01"


@pytest.mark.parametrize(
    ("incoming", "expected"),
    [({"traceparent": TRACEPARENT}, {"traceparent": TRACEPARENT}), ({}, {})],
)
def test_disabled_tracing_records_nothing_but_passes_traceparent_on(
    incoming: dict[str, str], expected: dict[str, str]
) -> None:
    """With no exporter, helpers yield non-recording spans and a client traceparent is forwarded."""
    tracing = tr.Tracing.from_env(environ={})
    assert not tracing.enabled
    sent = run_request(tracing, make_exchange(incoming))
    with (
        tr.server_span(tracing, "GET", "/v1/models", incoming) as server,
        tr.stage_span(tr.SPAN_POLICY) as stage,
    ):
        assert not server.is_recording() and not stage.is_recording()
    assert sent == expected
    assert tracing.dropped_spans() == 0 and tracing.force_flush(0.1)


@pytest.mark.parametrize(
    ("environ", "expected"), [({}, "sovproxy"), ({"OTEL_SERVICE_NAME": "edge-proxy"}, "edge-proxy")]
)
def test_service_name_comes_from_otel_service_name(environ: dict[str, str], expected: str) -> None:
    """OTEL_SERVICE_NAME overrides the default service name on the resource."""
    exporter = InMemorySpanExporter()
    tracing = tr.Tracing.from_env(exporter=exporter, environ=environ)
    with tr.server_span(tracing, "GET", "/healthz", {}):
        pass
    (span,) = finished(tracing, exporter)
    tracing.shutdown()
    assert span.resource.attributes["service.name"] == expected
