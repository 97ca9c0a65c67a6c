"""Simulated upstreams where some models always misbehave, for failure-semantics tests.

The simulators in ``proxy/demo`` queue one-shot faults (``fail_next``). A real provider breaks
per model: one model is rate limited or overloaded while its siblings on the same backend answer.
``ModelFaults`` adds that: every request for a listed model gets the same fault, applied by the
simulator's own fault code (same bodies, headers and connection drops as ``fail_next``).
"""

from __future__ import annotations

import copy
from collections import Counter

import orjson
from aiohttp import web

from proxy.demo.sim_anthropic import AnthropicSimulator
from proxy.demo.simulator import Fault, Simulator

#: The misbehaving models the tests use, by name.
RATE_LIMITED = Fault(status=429, headers={"retry-after": "1", "retry-after-ms": "1000"})
SERVER_ERROR = Fault(status=500)
OVERLOADED = Fault(status=529)
RESET = Fault(drop=True)
GARBAGE = Fault(status=200, body=b'{"id": "chatcmpl-1", "choices": [')  # truncated JSON


def _model_of(body: bytes) -> str:
    try:
        parsed = orjson.loads(body)
    except orjson.JSONDecodeError:
        return ""
    model = parsed.get("model") if isinstance(parsed, dict) else None
    return model if isinstance(model, str) else ""


class ModelFaults(Simulator):
    """A simulator whose listed models fail on every request; ``hits`` counts requests per model."""

    def __init__(self, label: str, faults: dict[str, Fault] | None = None) -> None:
        super().__init__(label)
        self.model_faults: dict[str, Fault] = dict(faults or {})
        self.hits: Counter[str] = Counter()

    async def take_fault(self, request: web.Request) -> web.StreamResponse | Fault | None:
        """Apply the model's standing fault, else a queued one."""
        model = _model_of(self.received[-1].body) if self.received else ""
        self.hits[model] += 1
        standing = self.model_faults.get(model)
        if standing is not None:
            self.faults.appendleft(copy.deepcopy(standing))
        return await super().take_fault(request)


class AnthropicModelFaults(ModelFaults, AnthropicSimulator):
    """``ModelFaults`` with Anthropic's error shape."""
