"""Shared fixtures: a running proxy in front of simulated upstreams (two, or three tiers); tests
marked ``alone`` run while no other test runs (``tests/alone.py``)."""

from __future__ import annotations

import os
import shutil
import tempfile
from collections.abc import AsyncIterator, Generator
from pathlib import Path

import openai
import pytest
from hypothesis import settings

from proxy.classify import Classifier
from proxy.demo.sim_anthropic import AnthropicSimulator
from proxy.demo.simulator import Simulator
from proxy.pattern_cache import default_directory, store_at
from tests import alone
from tests.redact_policy import KEY as REDACT_KEY
from tests.redact_policy import POLICY as REDACT_POLICY
from tests.stack import DEMO_POLICY, Stack, Upstream, demo_upstreams, running_stack

TURNS = pytest.StashKey[alone.Turns]()

#: The compiled pattern databases (``proxy.pattern_cache``) of the test run, its workers and the
#: processes its tests start, under the temporary directory instead of the user's own cache.
os.environ.setdefault(
    "XDG_CACHE_HOME", str(Path(tempfile.gettempdir()) / f"sovproxy-tests-{os.getuid()}")
)

#: No per-example deadline (200 ms by default): a pure function's example that a busy core or a
#: garbage collection holds up is not a failure; what the properties assert is not speed.
settings.register_profile("suite", deadline=None)
settings.load_profile("suite")


@pytest.fixture(scope="session")
def classifier() -> Classifier:
    """One compiled classifier per test process, its databases shared by the run's processes
    through the pattern cache (compiling is the slow part)."""
    return Classifier(store=store_at(default_directory()))


def pytest_configure(config: pytest.Config) -> None:
    """In a pytest-xdist worker, open the run's lock files (``tests/alone.py``)."""
    if hasattr(config, "workerinput"):
        config.stash[TURNS] = alone.Turns(alone.shared_directory(config.option.basetemp))


def pytest_unconfigure(config: pytest.Config) -> None:
    """Close the lock files, if this worker opened them."""
    if TURNS in config.stash:
        config.stash[TURNS].close()


@pytest.hookimpl(wrapper=True)
def pytest_runtest_protocol(item: pytest.Item) -> Generator[None, object, object]:
    """Set up, run and tear down each test in its turn: an ``alone`` one with nothing beside it."""
    if TURNS not in item.config.stash:
        return (yield)
    with item.config.stash[TURNS].turn(item.get_closest_marker(alone.MARK) is not None):
        return (yield)


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


@pytest.fixture
async def tiers(tmp_path: Path) -> AsyncIterator[Stack]:
    """The demo's three tiers behind the proxy, with a copy of the default policy and its tests."""
    policy = tmp_path / "policy.yaml"
    shutil.copy(DEMO_POLICY, policy)
    shutil.copy(DEMO_POLICY.with_name("default_test.yaml"), tmp_path / "policy_test.yaml")
    async with running_stack(tmp_path, demo_upstreams(), policy=policy) as stack:
        yield stack


@pytest.fixture
async def claude(tmp_path: Path) -> AsyncIterator[Stack]:
    """The proxy in front of one Anthropic-protocol backend serving claude-test."""
    ups = {
        "claude": Upstream(
            AnthropicSimulator("anthropic-sim"), protocol="anthropic", models=("claude-test",)
        )
    }
    async with running_stack(tmp_path, ups) as stack:
        yield stack


@pytest.fixture
async def client(claude: Stack) -> AsyncIterator[openai.AsyncOpenAI]:
    """An async openai client pointed at the proxy (no SDK retries)."""
    async with openai.AsyncOpenAI(base_url=claude.base_url, api_key="t", max_retries=0) as c:
        yield c


@pytest.fixture
async def redact_tiers(tmp_path: Path) -> AsyncIterator[Stack]:
    """The demo's three tiers behind a proxy whose policy pseudonymises names and IBANs for the
    hyperscaler (``tests/redact_policy.py``), with a fixed redaction key."""
    policy = tmp_path / "redact.yaml"
    policy.write_text(REDACT_POLICY)
    async with running_stack(
        tmp_path, demo_upstreams(), policy=policy, redaction={"key": REDACT_KEY}
    ) as stack:
        yield stack
