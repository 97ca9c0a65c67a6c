"""DESIGN §8 invariants 1 and 3 as properties of the whole running proxy.

Random prompts of every sensitivity, random client labels and random backend failures go through
the real app with the shipped default policy: no backend outside the ceiling of the request's
effective level ever receives a byte, and the effective level is never below the label.
"""

from __future__ import annotations

import asyncio
import tempfile
from pathlib import Path

import httpx
from hypothesis import given, settings
from hypothesis import strategies as st

from proxy.classify.taxonomy import Level
from proxy.demo.simulator import Fault
from proxy.policy.loader import load_policy
from tests.stack import DEMO_POLICY, demo_upstreams, running_stack

PROMPTS = [
    "What is the capital of Portugal?",
    "Classification: Internal. Agenda for Monday's planning meeting.",
    "Please pay invoice 2024-17 to IBAN DE58 4306 0967 7000 3124 58.",
    "Write to jan.kowalski@poczta.pl about the delivery.",
    "The patient was diagnosed with type 2 diabetes (E11.9), metformin 500 mg.",
    "deploy with password: Tr0ub4dor&3xyz please",
    "RESTREINT UE - briefing notes for the council working party.",
]
LABELS = st.sampled_from([None, "public", "internal", "confidential", "restricted"])
FAULTS = st.sampled_from([None, 500, 503, 429, "drop"])
NAMES = ("onprem-llm", "eu-cloud", "us-hyperscaler")


async def _scenario(
    prompt: str, label: str | None, faults: dict[str, object], tmp: Path
) -> tuple[int, str | None, dict[str, int]]:
    ups = demo_upstreams()
    for name, fault in faults.items():
        if fault == "drop":
            ups[name].sim.fail_next(Fault(drop=True))
        elif fault is not None:
            ups[name].sim.fail_next(status=int(fault))  # type: ignore[call-overload]
    headers = {"X-Data-Classification": label} if label else {}
    async with running_stack(tmp, ups, policy=DEMO_POLICY) as stack, httpx.AsyncClient() as http:
        resp = await http.post(
            f"{stack.base_url}/chat/completions",
            json={"model": "chat", "messages": [{"role": "user", "content": prompt}]},
            headers=headers,
        )
        received = {name: len(up.sim.received) for name, up in stack.upstreams.items()}
    return resp.status_code, resp.headers.get("x-sovproxy-level"), received


@settings(max_examples=30, deadline=None)
@given(
    prompt=st.sampled_from(PROMPTS),
    label=LABELS,
    faults=st.fixed_dictionaries({name: FAULTS for name in NAMES}),
)
def test_nothing_leaves_the_ceiling_of_the_effective_level(
    prompt: str, label: str | None, faults: dict[str, object]
) -> None:
    """Whatever the content, label and failures: receivers lie inside the level's ceiling."""
    with tempfile.TemporaryDirectory() as tmp:
        status, level, received = asyncio.run(_scenario(prompt, label, faults, Path(tmp)))
        policy = load_policy(DEMO_POLICY, _infos())
    if level is None:  # refused before any decision: nothing may have been sent
        assert sum(received.values()) == 0, (status, received)
        return
    effective = Level.parse(level)
    assert label is None or effective >= Level.parse(label)
    ceiling = policy.ceilings[effective]
    assert all(count == 0 for name, count in received.items() if name not in ceiling)


def _infos():  # type: ignore[no-untyped-def]
    from proxy.backends.catalog import backend_info
    from proxy.backends.model import BackendSpec
    from proxy.settings import Settings

    settings_ = Settings()
    return {
        name: backend_info(
            name,
            BackendSpec.model_validate(
                {
                    "base_url": "http://127.0.0.1:1/v1",
                    "models": list(up.models),
                    "hops": list(up.hops),
                    **up.extra,
                }
            ),
            settings_.self_hop.hop(),
            settings_.trusted_jurisdictions,
        )
        for name, up in demo_upstreams().items()
    }
