"""The routing runtime against real simulated upstreams: retries, fallback, and the candidate
fence.
"""

from __future__ import annotations

import asyncio
import time

import orjson
import pytest
from aiohttp import web
from hypothesis import given, settings
from hypothesis import strategies as st

from proxy.backends.catalog import backend_info
from proxy.backends.health import HealthBook, Target
from proxy.backends.model import BackendSpec, Hop
from proxy.backends.router import RoutingOptions, forward
from proxy.backends.upstream import Backend, UpstreamRequest, build_backends, make_session
from proxy.demo.run import start_site
from proxy.demo.sim_openai import openai_app
from proxy.demo.simulator import Fault, Simulator
from proxy.errors import ProxyError, UpstreamStatus
from proxy.exchange import Exchange
from proxy.settings import Settings

NAMES = ("a", "b", "c", "d")
SELF = Hop(role="proxy", operator="self", operator_hq="DE", location="DE")
FAULTS = st.sampled_from(["ok", "500", "429", "529", "503-retry-after", "drop", "400"])


def _fault(kind: str) -> Fault | None:
    return {
        "ok": None,
        "500": Fault(status=500),
        "429": Fault(status=429),
        "529": Fault(status=529),
        "503-retry-after": Fault(status=503, headers={"retry-after": "0"}),
        "429-long": Fault(status=429, headers={"retry-after": "60"}),
        "drop": Fault(drop=True),
        "400": Fault(status=400),
    }[kind]


def _exchange() -> Exchange:
    body = {"model": "m", "messages": [{"role": "user", "content": "hi"}]}
    return Exchange(
        "r",
        "chat.completions",
        "openai",
        "/v1/chat/completions",
        orjson.dumps(body),
        body,
        "m",
        False,
    )


def _build(backend: Backend) -> UpstreamRequest:
    return UpstreamRequest("chat.completions", "m", b'{"model":"m","messages":[]}')


def _eject(health: HealthBook, name: str, times: int) -> None:
    """Eject backend ``name``'s model ``m`` for the ``times``-th time, right now: the earlier
    ejections (base 60 s, doubling) are replayed in the past, each ended by a probation failure."""
    target, now = Target(name, "m"), time.monotonic()
    at = now - sum(60.0 * 2**k for k in range(times - 1))
    for _ in range(2):  # threshold 2
        health[target].record_outcome(at, status=503, failed=False)
    for k in range(times - 1):
        at += 60.0 * 2**k
        health[target].record_outcome(at, status=503, failed=False)


async def _scenario(
    candidates: list[str],
    faults: dict[str, list[str]],
    *,
    ejected: dict[str, int] | None = None,
    client_retry_count: int | None = None,
    options: RoutingOptions | None = None,
) -> tuple[list[str], dict[str, int], ProxyError | None]:
    sims = {name: Simulator(name) for name in NAMES}
    runners: list[web.AppRunner] = []
    specs = {}
    for name, sim in sims.items():
        for kind in faults.get(name, []):
            if (fault := _fault(kind)) is not None:
                sim.fail_next(fault)
        runner, port = await start_site(openai_app(sim), "127.0.0.1", 0)
        runners.append(runner)
        specs[name] = BackendSpec(
            base_url=f"http://127.0.0.1:{port}/v1", models=("m",), hops=(SELF,), max_retries=1
        )
    infos = {
        n: backend_info(n, s, SELF, Settings().trusted_jurisdictions) for n, s in specs.items()
    }
    exchange = _exchange()
    exchange.client_retry_count = client_retry_count
    health = HealthBook(failure_threshold=2, base_ejection_s=60.0, max_ejection_s=600.0)
    for name, times in (ejected or {}).items():
        _eject(health, name, times)
    error: ProxyError | None = None
    try:
        async with make_session() as session:
            backends = build_backends(specs, infos, session)
            try:
                _, response = await forward(
                    exchange, candidates, backends, _build, health, options or RoutingOptions()
                )
                await response.read()
            except ProxyError as exc:
                error = exc
    finally:
        for runner in runners:
            await runner.cleanup()
    received = {n: len(s.received) for n, s in sims.items()}
    return [a.backend for a in exchange.attempts], received, error


@settings(max_examples=40, deadline=None)
@given(
    candidates=st.lists(st.sampled_from(NAMES), min_size=0, max_size=4, unique=True),
    faults=st.dictionaries(st.sampled_from(NAMES), st.lists(FAULTS, max_size=3)),
    ejected=st.dictionaries(st.sampled_from(NAMES), st.integers(min_value=1, max_value=3)),
    client_retry_count=st.none() | st.integers(min_value=0, max_value=2),
)
def test_no_attempt_outside_the_candidates(
    candidates: list[str],
    faults: dict[str, list[str]],
    ejected: dict[str, int],
    client_retry_count: int | None,
) -> None:
    """Whatever fails, whatever is ejected (panic mode included) and whoever retries, every
    attempt (and every byte) goes only to a listed candidate, and something is tried whenever
    there is a candidate at all."""
    attempted, received, _ = asyncio.run(
        _scenario(candidates, faults, ejected=ejected, client_retry_count=client_retry_count)
    )
    assert set(attempted) <= set(candidates)
    assert all(count == 0 for name, count in received.items() if name not in candidates)
    assert bool(attempted) == bool(candidates)


@pytest.mark.parametrize(
    ("faults", "expected_attempts"),
    [
        ({}, ["a"]),
        ({"a": ["500", "500"]}, ["a", "a", "b"]),  # one retry on a, then fall back to b
        ({"a": ["503-retry-after"]}, ["a", "a"]),  # retry-after 0: retried on a, which answers
        ({"a": ["400"]}, ["a"]),  # a client error is the caller's: no retry, no fallback
    ],
)
def test_retry_then_fallback(faults: dict[str, list[str]], expected_attempts: list[str]) -> None:
    """Retries stay on a backend up to max_retries, then fall back in candidate order."""
    attempted, received, _ = asyncio.run(_scenario(["a", "b"], faults))
    assert attempted == expected_attempts
    assert received["a"] + received["b"] == len(expected_attempts)


def test_active_health_checks_mark_backends_down_and_up() -> None:
    """A probe that fails marks the backend down (tried last); a later success marks it up."""
    from proxy.backends.probe import probe_once

    async def run() -> tuple[dict[str, bool], dict[str, bool], list[str]]:
        sim = Simulator("a")
        runner, port = await start_site(openai_app(sim), "127.0.0.1", 0)
        specs = {
            "a": BackendSpec(base_url=f"http://127.0.0.1:{port}/v1", models=("m",), hops=(SELF,)),
            "b": BackendSpec(base_url=f"http://127.0.0.1:{port}/v1", models=("m",), hops=(SELF,)),
        }
        infos = {
            n: backend_info(n, s, SELF, Settings().trusted_jurisdictions) for n, s in specs.items()
        }
        health = HealthBook()
        targets = [Target("a", "m"), Target("b", "m")]
        try:
            async with make_session() as session:
                backends = build_backends(specs, infos, session)
                sim.fail_next(status=503)
                first = await probe_once({"a": backends["a"]}, health)
                plan = health.plan(targets, 0.0, fastest_first=False)
                order = [t.backend for t in plan.available + plan.ejected]
                second = await probe_once({"a": backends["a"]}, health)
        finally:
            await runner.cleanup()
        return first, second, order

    first, second, order = asyncio.run(run())
    assert first == {"a": False} and order == ["b", "a"]
    assert second == {"a": True}


@pytest.mark.parametrize(
    ("ejected", "faults", "expected_attempts"),
    [
        ({"a": 1}, {}, ["b"]),  # an ejected target gets no traffic while another answers
        ({"a": 1}, {"b": ["500"] * 2}, ["b", "b", "a"]),  # ...and one attempt when none does
        ({"a": 1, "b": 1}, {}, ["a"]),  # panic: the one returning first (a tie: policy order)
        ({"a": 1, "b": 1}, {"a": ["500"]}, ["a", "b"]),  # one attempt each, never a retry
        ({"a": 2, "b": 1}, {"b": ["500"]}, ["b", "a"]),  # b ejected once (60 s), a twice (120 s)
    ],
)
def test_ejected_targets_and_panic_mode(
    ejected: dict[str, int], faults: dict[str, list[str]], expected_attempts: list[str]
) -> None:
    """Ejected targets get traffic only when no available target answers: one attempt each, the
    one most likely to recover first; the answer (or the upstream error) reaches the caller."""
    attempted, _, error = asyncio.run(_scenario(["a", "b"], faults, ejected=ejected))
    assert attempted == expected_attempts
    if len(attempted) > len(faults.get("a", [])) + len(faults.get("b", [])):
        assert error is None
    else:
        assert isinstance(error, UpstreamStatus) and error.status == 500


def test_rate_limit_wins_over_a_later_server_error() -> None:
    """When every candidate fails, the client gets the 429 (with its retry-after) rather than a
    later 500, so it knows when to come back."""
    faults = {"a": ["429-long", "429-long"], "b": ["500", "500"]}
    _, _, error = asyncio.run(_scenario(["a", "b"], faults))
    assert isinstance(error, UpstreamStatus) and error.status == 429
    assert error.headers["retry-after"] == "60"


def test_rate_limits_never_eject() -> None:
    """Twenty 429s in a row leave the target in rotation: the next request is still sent to it."""

    async def run() -> tuple[list[str], str]:
        sim = Simulator("a")
        for _ in range(20):
            sim.fail_next(status=429, headers={"retry-after": "60"})
        runner, port = await start_site(openai_app(sim), "127.0.0.1", 0)
        spec = BackendSpec(base_url=f"http://127.0.0.1:{port}/v1", models=("m",), hops=(SELF,))
        infos = {"a": backend_info("a", spec, SELF, Settings().trusted_jurisdictions)}
        health = HealthBook(failure_threshold=2)
        exchange = _exchange()
        try:
            async with make_session() as session:
                backends = build_backends({"a": spec}, infos, session)
                for _ in range(20):
                    with pytest.raises(UpstreamStatus):
                        await forward(exchange, ["a"], backends, _build, health, RoutingOptions())
        finally:
            await runner.cleanup()
        return [a.backend for a in exchange.attempts], health.state(Target("a", "m"), 0.0)

    attempted, state = asyncio.run(run())
    assert attempted == ["a"] * 20  # retry-after 60 > max wait: no retry, but always sent
    assert state == "closed"
