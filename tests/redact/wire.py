"""Helpers for invariant-4 tests: a proxy stack served from a background thread, and what a
backend received, searched for planted values however they are encoded.

The stack runs in its own event loop so that a synchronous hypothesis test can drive it with the
official SDKs' synchronous clients, many examples against one running proxy.
"""

from __future__ import annotations

import asyncio
import json
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from proxy.demo.sim_anthropic import AnthropicSimulator
from proxy.demo.simulator import Received, Simulator
from tests.stack import Stack, Upstream, running_stack

KEY = "invariant-4-redaction-key-0123"

#: Names, IBANs, e-mails, phones and national IDs are pseudonymised to use the cloud; whatever
#: is left above ``internal`` is denied; self-hosted takes nothing (no rule routes there).
POLICY = """\
apiVersion: sovproxy.dev/v1
kind: RoutingPolicy
metadata: {name: invariant-4, version: "1", owner: tests@example.org}
spec:
  default: deny
  on_classifier_error: deny
  pools:
    self_hosted: {tier: self_hosted}
    cloud: {tier: hyperscaler}
  allowed_pools:
    public: [self_hosted, cloud]
    internal: [self_hosted, cloud]
    confidential: [self_hosted]
    restricted: [self_hosted]
  rules:
    - id: R10-pseudonymise-for-cloud
      priority: 10
      when: {level.gte: internal}
      action: redact_then_route
      redact: ["pii.person_name", "pii.email", "pii.phone", "pii.national_id", "financial.iban"]
      route_as: internal
      to: [cloud]
    - id: R20-public-to-cloud
      priority: 20
      when: {level.in: [public]}
      action: route
      to: [cloud]
"""

_US = {"role": "hosting", "operator": "Hyperscaler Inc.", "operator_hq": "US", "location": "US"}
_SELF = {"role": "hosting", "operator": "self", "operator_hq": "DE", "location": "DE"}


def upstreams() -> dict[str, Upstream]:
    """A self-hosted OpenAI backend and two hyperscaler ones, OpenAI and Anthropic."""
    return {
        "onprem": Upstream(Simulator("onprem"), models=("local-test",), hops=(_SELF,)),
        "cloud-openai": Upstream(
            Simulator("cloud-openai"), models=("gpt-test",), hops=(_US,), extra={"max_retries": 0}
        ),
        "cloud-anthropic": Upstream(
            AnthropicSimulator("cloud-anthropic"),
            protocol="anthropic",
            models=("claude-test",),
            hops=(_US,),
            extra={"max_retries": 0},
        ),
    }


@contextmanager
def threaded_stack(tmp: Path) -> Iterator[Stack]:
    """The proxy and its simulators served by an event loop in a background thread."""
    policy = tmp / "invariant4.yaml"
    policy.write_text(POLICY)
    loop = asyncio.new_event_loop()
    ready: asyncio.Future[Stack] = loop.create_future()
    stop = asyncio.Event()

    async def serve() -> None:
        try:
            async with running_stack(
                tmp, upstreams(), policy=policy, redaction={"key": KEY}
            ) as stack:
                ready.set_result(stack)
                await stop.wait()
        except Exception as exc:  # the test thread sees why the stack did not start
            if not ready.done():
                ready.set_exception(exc)

    thread = threading.Thread(target=loop.run_until_complete, args=(serve(),), daemon=True)
    thread.start()
    stack = asyncio.run_coroutine_threadsafe(_wait(ready), loop).result(timeout=30)
    try:
        yield stack
    finally:
        loop.call_soon_threadsafe(stop.set)
        thread.join(timeout=30)
        loop.close()


async def _wait(ready: asyncio.Future[Stack]) -> Stack:
    return await ready


def received(stack: Stack) -> list[Received]:
    """Every request any backend received."""
    return [item for up in stack.upstreams.values() for item in up.sim.received]


def clear(stack: Stack) -> None:
    """Forget what the backends received."""
    for up in stack.upstreams.values():
        up.sim.received.clear()


def surfaces(item: Received) -> list[str]:
    """Every form in which a backend could read a value: the raw body, the headers, the query,
    and every string of the body with JSON escapes decoded (also JSON inside strings)."""
    out = [item.body.decode("utf-8", "replace"), repr(item.headers), repr(item.query)]
    try:
        data: Any = json.loads(item.body)
    except ValueError:
        return out
    out.extend(_strings(data))
    return out


def _strings(data: Any) -> Iterator[str]:
    if isinstance(data, str):
        yield data
        if data[:1] in '{["' and data:
            try:
                inner = json.loads(data)
            except ValueError:
                return
            yield from _strings(inner)
    elif isinstance(data, list):
        for item in data:
            yield from _strings(item)
    elif isinstance(data, dict):
        for key, value in data.items():
            yield key
            yield from _strings(value)
