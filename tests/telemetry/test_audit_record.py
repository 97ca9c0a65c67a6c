"""build_record: one audit record per decision, with the hops and never the content."""

from __future__ import annotations

from typing import Any

import orjson
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from proxy.backends.model import BackendInfo, Hop, derive_facts
from proxy.classify.taxonomy import Classification, Finding, Level, TextPart
from proxy.exchange import Attempt, Decision, Exchange, Principal
from proxy.telemetry.audit import (
    build_record,
)
from proxy.telemetry.audit_record import error_code

# -- build_record -------------------------------------------------------------------------------

SELF = Hop(role="proxy", operator="self", operator_hq="DE", location="DE")
EDGE = Hop(role="edge", operator="Cloudflare Inc.", operator_hq="US", location="EU")
HOST = Hop(role="hosting", operator="Mistral AI SAS", operator_hq="FR", location="FR")


def _backend(name: str, *hops: Hop) -> BackendInfo:
    return BackendInfo(
        name=name,
        protocol="openai",
        models=("m",),
        aliases=(),
        hops=hops,
        facts=derive_facts((SELF, *hops)),
    )


BACKENDS = {
    "eu": _backend("eu", HOST),
    "edge": _backend("edge", EDGE, HOST),
    "local": _backend("local", SELF),
}


def _exchange(secret: str = "sk-secret", **changes: Any) -> Exchange:
    body = {"model": "m", "messages": [{"role": "user", "content": f"my card {secret}"}]}
    base: dict[str, Any] = {
        "request_id": "req-1",
        "endpoint": "chat.completions",
        "client_protocol": "openai",
        "path": "/v1/chat/completions",
        "raw_body": orjson.dumps(body),
        "body": body,
        "model": "m",
        "stream": False,
        "principal": Principal(tenant="acme", team="risk", key_id="key-7"),
        "label": Level.INTERNAL,
        "incoming_headers": {"authorization": f"Bearer {secret}", "x-note": secret},
        "texts": [TextPart("messages[0].content", f"my card {secret}")],
        "classification": Classification(
            level=Level.CONFIDENTIAL,
            findings=(
                Finding("financial.iban", None, 8, 30, "messages[0].content"),
                Finding("pii.email", None, 0, 5, "messages[0].content"),
                Finding("financial.iban", None, 40, 60, "messages[0].content"),
            ),
            unscannable=("messages[1].content[0]",),
            error=None,
        ),
        "decision": Decision(
            action="route",
            level=Level.CONFIDENTIAL,
            rule="eu-only-for-pii",
            candidates=("edge", "eu"),
            dry_run_matches=("strict",),
            policy_name="bank",
            policy_version="3",
            policy_sha256="ab" * 32,
        ),
        "attempts": [
            Attempt("edge", status=None, error=f"upstream_unavailable: echo {secret}", total_s=0.5),
            Attempt("eu", status=200, connect_s=0.001, first_byte_s=0.2, total_s=0.25),
        ],
        "backend": "eu",
        "status": 200,
        "timings": {"classify": 0.0012, "total_s": 0.3},
        "usage": {"total_tokens": 30, "prompt_tokens": 20},
    }
    return Exchange(**(base | changes))


def test_build_record_carries_the_design_fields() -> None:
    """The record has ids, level, finding counts, policy, pipe facts, attempts and timings."""
    record = build_record(_exchange(), BACKENDS, SELF, ts=5.0)
    assert record["ts"] == 5.0 and record["v"] == 1
    assert (record["tenant"], record["team"], record["key_id"]) == ("acme", "risk", "key-7")
    assert (record["level"], record["label"]) == ("confidential", "internal")
    assert record["findings"] == {"financial.iban": 2, "pii.email": 1}
    assert (record["unscannable"], record["classifier_error"]) == (1, None)
    assert record["policy"] == {"name": "bank", "version": "3", "sha256": "ab" * 32}
    assert (record["action"], record["rule"], record["backend"]) == (
        "route",
        "eu-only-for-pii",
        "eu",
    )
    assert (record["tier"], record["jurisdictions"]) == ("eu_only", ["DE", "FR"])
    assert (record["us_reachable"], record["cn_reachable"]) == (False, False)
    assert [hop["operator"] for hop in record["hops"]] == ["self", "Mistral AI SAS"]
    assert record["fallbacks"] == ["edge"]
    assert record["attempts"][0]["error"] == "upstream_unavailable"
    assert record["attempts"][1]["first_byte_ms"] == 200.0
    assert record["timings_ms"] == {"classify": 1.2, "total": 300.0}
    assert record["usage"] == {"prompt_tokens": 20, "total_tokens": 30}


def test_build_record_without_backend_or_decision() -> None:
    """A request stopped before routing records nulls and only hop 0."""
    exchange = _exchange(classification=None, decision=None, attempts=[], backend=None, label=None)
    record = build_record(exchange, BACKENDS, SELF)
    assert "ts" not in record
    assert (record["level"], record["action"], record["policy"], record["backend"]) == (
        None,
        None,
        None,
        None,
    )
    assert record["hops"] == [
        {
            "index": 0,
            "role": "proxy",
            "operator": "self",
            "operator_hq": "DE",
            "parent_hq": None,
            "location": "DE",
            "unverified": False,
        }
    ]
    assert (record["tier"], record["fallbacks"], record["findings"]) == (None, [], {})


def test_build_record_uses_the_last_attempt_when_all_failed() -> None:
    """With every attempt failed the final backend is the last tried and the rest are fallbacks."""
    attempts = [Attempt("eu", status=503), Attempt("edge", status=502), Attempt("eu", status=503)]
    exchange = _exchange(attempts=attempts, backend=None, status=502)
    record = build_record(exchange, BACKENDS, SELF)
    assert (record["backend"], record["fallbacks"], record["tier"]) == ("eu", ["edge"], "eu_only")


def test_build_record_for_a_denial_and_an_unknown_backend() -> None:
    """Without a classification the decision's level is used; an unknown backend has null facts."""
    decision = Decision(action="deny", level=Level.RESTRICTED, rule="no-secrets", reason="secret")
    record = build_record(
        _exchange(classification=None, decision=decision, attempts=[], backend="gone"),
        BACKENDS,
        SELF,
    )
    assert (record["level"], record["reason"], record["tier"]) == ("restricted", "secret", None)
    assert len(record["hops"]) == 1


def test_build_record_does_not_repeat_hop_zero() -> None:
    """A backend whose hops already start with the proxy's hop is not given it twice."""
    record = build_record(_exchange(backend="local", attempts=[]), BACKENDS, SELF)
    assert [hop["index"] for hop in record["hops"]] == [0]
    assert record["tier"] == "self_hosted"


@pytest.mark.parametrize(
    ("error", "expected"),
    [
        (None, None),
        ("upstream_timeout", "upstream_timeout"),
        ("UpstreamStatus: 400 bad prompt", "UpstreamStatus"),
        ("my secret prompt", "error"),
        ("", "error"),
    ],
)
def test_error_code_keeps_only_a_leading_code(error: str | None, expected: str | None) -> None:
    """Free-text errors are cut to their leading identifier so no message text is recorded."""
    assert error_code(error) == expected


@settings(max_examples=60, deadline=None)
@given(st.text(alphabet=st.characters(codec="utf-8"), min_size=1))
def test_build_record_never_contains_request_content(noise: str) -> None:
    """A canary in the body, texts, headers or an error message never reaches the record."""
    canary = f"CANARY-{noise}-7f3a"
    exchange = _exchange(secret=canary)
    error_exchange = _exchange(
        secret=canary,
        classification=Classification(level=Level.RESTRICTED, error=f"timeout {canary}"),
    )
    for candidate in (exchange, error_exchange):
        record = build_record(candidate, BACKENDS, SELF, ts=1.0)
        assert not [text for text in _strings(record) if "CANARY" in text]
        assert canary.encode() not in orjson.dumps(record)


def _strings(value: object) -> list[str]:
    if isinstance(value, str):
        return [value]
    if isinstance(value, dict):
        return [text for key, item in value.items() for text in [key, *_strings(item)]]
    if isinstance(value, list):
        return [text for item in value for text in _strings(item)]
    return []
