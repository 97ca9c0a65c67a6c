"""Shared fixtures: the demo deployment's three backends, built with ``derive_facts``."""

from __future__ import annotations

from pathlib import Path

import pytest

from proxy.backends.model import BackendInfo, Hop, derive_facts

POLICIES = Path(__file__).resolve().parents[2] / "policies"
PROXY_HOP = Hop(role="proxy", operator="self", operator_hq="DE", location="DE")


def _backend(name: str, models: tuple[str, ...], *hops: Hop) -> BackendInfo:
    """A backend serving ``models``, with ``chat`` an alias of the first (hop 0 is the proxy)."""
    pipe = (PROXY_HOP, *hops)
    return BackendInfo(
        name=name,
        protocol="openai",
        models=models,
        aliases=(("chat", models[0]),),
        hops=pipe,
        facts=derive_facts(pipe),
    )


def demo_backends() -> dict[str, BackendInfo]:
    """onprem-llm (self_hosted), eu-cloud (eu_only), us-hyperscaler (hyperscaler, US-reachable).

    Models and aliases mirror config/backends.yaml, so the shipped policy tests hold for both.
    """
    return {
        "onprem-llm": _backend(
            "onprem-llm",
            ("llama-3.3-70b-instruct",),
            Hop(role="hosting", operator="self", operator_hq="DE", location="DE"),
        ),
        "eu-cloud": _backend(
            "eu-cloud",
            ("mistral-small-3.1-24b-instruct-2503", "llama-3.3-70b-instruct"),
            Hop(role="hosting", operator="Simulated EU Cloud SAS", operator_hq="FR", location="FR"),
        ),
        "us-hyperscaler": _backend(
            "us-hyperscaler",
            ("gpt-4o", "gpt-4o-mini"),
            Hop(
                role="hosting",
                operator="Simulated Hyperscaler Inc.",
                operator_hq="US",
                location="IE",
            ),
        ),
    }


@pytest.fixture(scope="session")
def backends() -> dict[str, BackendInfo]:
    """The demo deployment's backends, keyed by name (configuration order)."""
    return demo_backends()


@pytest.fixture(scope="session")
def policies_dir() -> Path:
    """The shipped example policies."""
    return POLICIES
