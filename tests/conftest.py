"""Shared fixtures: a running proxy in front of two simulated OpenAI-compatible upstreams."""

from __future__ import annotations

from collections.abc import AsyncIterator
from pathlib import Path

import openai
import pytest

from proxy.demo.simulator import Simulator
from tests.stack import Stack, Upstream, running_stack


@pytest.fixture
async def stack(tmp_path: Path) -> AsyncIterator[Stack]:
    """Proxy → primary (first choice) and secondary (fallback), both OpenAI-compatible."""
    upstreams = {
        "primary": Upstream(Simulator("primary")),
        "secondary": Upstream(Simulator("secondary")),
    }
    async with running_stack(tmp_path, upstreams) as running:
        yield running


@pytest.fixture
async def oai(stack: Stack) -> AsyncIterator[openai.AsyncOpenAI]:
    """An async openai client pointed at the proxy (no SDK retries: tests see every status)."""
    async with openai.AsyncOpenAI(base_url=stack.base_url, api_key="test", max_retries=0) as client:
        yield client
