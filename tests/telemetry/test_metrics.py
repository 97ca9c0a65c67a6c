"""Metrics: Prometheus text exposition of the proxy's series, on a registry of its own."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from prometheus_client import REGISTRY
from prometheus_client.parser import text_string_to_metric_families

from proxy.classify.taxonomy import Level
from proxy.telemetry.metrics import BREAKER_STATES, Metrics


def samples(metrics: Metrics) -> dict[tuple[str, frozenset[tuple[str, str]]], float]:
    """The rendered exposition, parsed back: (sample name, labels) → value."""
    body, _ = metrics.render()
    return {
        (sample.name, frozenset(sample.labels.items())): sample.value
        for family in text_string_to_metric_families(body.decode())
        for sample in family.samples
    }


def value(metrics: Metrics, name: str, **labels: str) -> float | None:
    """One sample's value, or None when the series is absent."""
    return samples(metrics).get((name, frozenset(labels.items())))


def test_render_is_prometheus_text_with_its_content_type() -> None:
    """render() returns the text exposition format and its content type."""
    metrics = Metrics()
    metrics.observe_request("chat_completions", "public", "eu_only", "mistral", "route", 200, 0.1)
    body, content_type = metrics.render()
    assert content_type.startswith("text/plain; version=0.0.4")
    assert b"# TYPE sovproxy_requests_total counter" in body


def test_request_is_counted_by_all_its_labels_and_timed() -> None:
    """A request increments the labelled counter and lands in the total-latency histogram."""
    metrics = Metrics()
    for _ in range(2):
        metrics.observe_request(
            "chat_completions", "confidential", "eu_only", "mistral", "route", 200, 0.3
        )
    labels = {
        "endpoint": "chat_completions",
        "level": "confidential",
        "tier": "eu_only",
        "backend": "mistral",
        "decision": "route",
        "status": "200",
    }
    assert value(metrics, "sovproxy_requests_total", **labels) == 2
    timing = {"endpoint": "chat_completions", "decision": "route"}
    assert value(metrics, "sovproxy_request_duration_seconds_count", **timing) == 2
    assert value(metrics, "sovproxy_request_duration_seconds_sum", **timing) == pytest.approx(0.6)
    assert value(metrics, "sovproxy_request_duration_seconds_bucket", le="0.25", **timing) == 0
    assert value(metrics, "sovproxy_request_duration_seconds_bucket", le="0.5", **timing) == 2


@pytest.mark.parametrize("level", ["restricted", Level.RESTRICTED])
def test_denied_request_reports_missing_backend_as_none(level: Level | str) -> None:
    """A denial has no backend or tier (labels read ``none``); a Level is labelled by its name."""
    metrics = Metrics()
    metrics.observe_request("chat_completions", level, None, None, "deny", 403, 0.002)
    labels = {
        "endpoint": "chat_completions",
        "level": "restricted",
        "tier": "none",
        "backend": "none",
        "decision": "deny",
        "status": "403",
    }
    assert value(metrics, "sovproxy_requests_total", **labels) == 1


@pytest.mark.parametrize(
    ("observe", "name", "labels"),
    [
        (lambda m: m.observe_stage("classify", 0.002), "sovproxy_stage_duration_seconds", "stage"),
        (lambda m: m.observe_stage("policy", 0.002), "sovproxy_stage_duration_seconds", "stage"),
        (lambda m: m.observe_ttfb("mistral", 0.002), "sovproxy_upstream_ttfb_seconds", "backend"),
    ],
)
def test_latency_histograms(observe: Callable[[Metrics], None], name: str, labels: str) -> None:
    """Stage and time-to-first-byte observations land in their histograms."""
    metrics = Metrics()
    observe(metrics)
    series = [key for key in samples(metrics) if key[0] == f"{name}_count"]
    assert len(series) == 1
    ((label, _),) = series[0][1]
    assert label == labels
    assert samples(metrics)[series[0]] == 1


def test_fallbacks_and_retries_are_counted() -> None:
    """Fallbacks count by from/to backend and reason; retries by backend."""
    metrics = Metrics()
    metrics.inc_fallback("self-hosted", "mistral", "unavailable")
    metrics.inc_fallback("mistral", None, "timeout")
    metrics.inc_retry("mistral")
    metrics.inc_retry("mistral")
    fallback = {"from_backend": "self-hosted", "to_backend": "mistral", "reason": "unavailable"}
    assert value(metrics, "sovproxy_fallbacks_total", **fallback) == 1
    exhausted = {"from_backend": "mistral", "to_backend": "none", "reason": "timeout"}
    assert value(metrics, "sovproxy_fallbacks_total", **exhausted) == 1
    assert value(metrics, "sovproxy_retries_total", backend="mistral") == 2


@pytest.mark.parametrize("state", [*BREAKER_STATES, "half-open"])
def test_breaker_state_is_one_hot(state: str) -> None:
    """Exactly the current breaker state reads 1 for the target; its sibling keeps its own."""
    metrics = Metrics()
    metrics.set_breaker_state("mistral", "open", "small")
    metrics.set_breaker_state("mistral", state, "small")
    metrics.set_breaker_state("mistral", "open", "large")
    state = state.replace("-", "_")
    name = "sovproxy_circuit_breaker_state"
    found = {
        s: value(metrics, name, backend="mistral", model="small", **{name: s})
        for s in BREAKER_STATES
    }
    assert found == {s: 1.0 if s == state else 0.0 for s in BREAKER_STATES}
    assert value(metrics, name, backend="mistral", model="large", **{name: "open"}) == 1.0


def test_unknown_breaker_state_is_rejected() -> None:
    """A breaker state outside the closed vocabulary is a programming error."""
    with pytest.raises(ValueError, match="breaker state"):
        Metrics().set_breaker_state("mistral", "ajar")


def test_active_policy_replaces_the_previous_one() -> None:
    """Only the latest policy's info series is exposed."""
    metrics = Metrics()
    metrics.set_policy("banking", "1", "a" * 64)
    metrics.set_policy("banking", "2", "b" * 64)
    policy = [key for key in samples(metrics) if key[0] == "sovproxy_policy_info"]
    assert policy == [
        (
            "sovproxy_policy_info",
            frozenset({"name": "banking", "version": "2", "sha256": "b" * 64}.items()),
        )
    ]


def test_audit_and_exporter_drops_are_exposed() -> None:
    """Audit drops are counted here; exporter drops are read from their source at scrape time."""
    metrics = Metrics()
    assert value(metrics, "sovproxy_exporter_dropped_spans_total") == 0
    dropped = [3]
    metrics.track_exporter_drops(lambda: dropped[0])
    metrics.inc_audit_drop()
    metrics.inc_audit_drop(2)
    assert value(metrics, "sovproxy_audit_dropped_total") == 3
    assert value(metrics, "sovproxy_exporter_dropped_spans_total") == 3
    dropped[0] = 9
    assert value(metrics, "sovproxy_exporter_dropped_spans_total") == 9


def test_label_values_are_capped() -> None:
    """Past the per-label cap, new values collapse into ``other``."""
    metrics = Metrics(max_label_values=3)
    for index in range(10):
        metrics.inc_retry(f"backend-{index}")
    backends = {
        dict(labels)["backend"]: count
        for (name, labels), count in samples(metrics).items()
        if name == "sovproxy_retries_total"
    }
    assert backends == {"backend-0": 1, "backend-1": 1, "backend-2": 1, "other": 7}


def test_instances_do_not_share_or_touch_the_global_registry() -> None:
    """Two Metrics keep separate counts, and nothing is registered globally."""
    first, second = Metrics(), Metrics()
    first.inc_retry("mistral")
    assert value(first, "sovproxy_retries_total", backend="mistral") == 1
    assert value(second, "sovproxy_retries_total", backend="mistral") is None
    assert REGISTRY.get_sample_value("sovproxy_retries_total", {"backend": "mistral"}) is None
