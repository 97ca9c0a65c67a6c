"""The routing runtime against real simulated upstreams: retries, fallback, and the candidate
fence.
"""

from __future__ import annotations

import asyncio

import orjson
import pytest
from aiohttp import web
from hypothesis import given, settings
from hypothesis import strategies as st

from proxy.backends.catalog import backend_info
from proxy.backends.health import HealthBook
from proxy.backends.model import BackendSpec, Hop
from proxy.backends.router import RoutingOptions, forward
from proxy.backends.upstream import Backend, UpstreamRequest, build_backends, make_session
from proxy.demo.run import start_site
from proxy.demo.sim_openai import openai_app
from proxy.demo.simulator import Fault, Simulator
from proxy.errors import ProxyError
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


async def _scenario(
    candidates: list[str], faults: dict[str, list[str]]
) -> tuple[set[str], dict[str, int]]:
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
    try:
        async with make_session() as session:
            backends = build_backends(specs, infos, session)
            try:
                _, response = await forward(
                    exchange,
                    candidates,
                    backends,
                    _build,
                    HealthBook(failure_threshold=2),
                    RoutingOptions(),
                )
                await response.read()
            except ProxyError:
                pass
    finally:
        for runner in runners:
            await runner.cleanup()
    return [a.backend for a in exchange.attempts], {n: len(s.received) for n, s in sims.items()}


@settings(max_examples=25, deadline=None)
@given(
    candidates=st.lists(st.sampled_from(NAMES), min_size=0, max_size=4, unique=True),
    faults=st.dictionaries(st.sampled_from(NAMES), st.lists(FAULTS, max_size=3)),
)
def test_no_attempt_outside_the_candidates(
    candidates: list[str], faults: dict[str, list[str]]
) -> None:
    """Whatever fails, every attempt (and every byte) goes only to a listed candidate."""
    attempted, received = asyncio.run(_scenario(candidates, faults))
    assert set(attempted) <= set(candidates)
    assert all(count == 0 for name, count in received.items() if name not in candidates)


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
    attempted, received = asyncio.run(_scenario(["a", "b"], faults))
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
        try:
            async with make_session() as session:
                backends = build_backends(specs, infos, session)
                sim.fail_next(status=503)
                first = await probe_once({"a": backends["a"]}, health)
                order = health.order(["a", "b"], 0.0, fastest_first=False)
                second = await probe_once({"a": backends["a"]}, health)
        finally:
            await runner.cleanup()
        return first, second, order

    first, second, order = asyncio.run(run())
    assert first == {"a": False} and order == ["b", "a"]
    assert second == {"a": True}
