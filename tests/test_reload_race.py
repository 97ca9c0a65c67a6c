"""Policy hot reload under a storm of file rewrites while traffic flows (issue 12).

Writer threads keep rewriting the policy file and its test file — in place, by rename-over, and in
two halves with a pause between — alternating good versions with an adversary that sends every
level to the US hyperscaler, and so also leaving either policy beside either test file. Meanwhile
reloads come from direct calls, SIGHUP and the polling watcher, and requests carrying a Spanish DNI
flow through the real proxy to simulated upstreams. Every policy that was ever active (swap
listener, /readyz, audit log) must be one whose tests pass, and the US upstream must never see the
DNI. The counts show that the race was exercised: a test that saw no rejection proves nothing.
"""

from __future__ import annotations

import asyncio
import os
import random
import signal
import threading
import time
from collections import Counter
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import httpx
import orjson
import pytest
import structlog

from proxy.backends.model import BackendInfo
from proxy.classify.taxonomy import Classification, TextPart
from proxy.policy._testfile import Case, parse_cases
from proxy.policy.loader import parse_policy
from proxy.policy.runner import companion_test_path, run_cases
from proxy.policy.schema import PolicyError
from proxy.policy.store import PolicyStore
from proxy.runtime import ClassifierLike
from tests.policy.reload_versions import (
    ADVERSARY,
    DNI,
    DNI_TEXT,
    GOOD,
    PUBLIC_TEXT,
    TEST_FILES,
    sha256,
    write_pair,
)
from tests.stack import Stack, demo_upstreams, running_stack

DURATION_S = 2.0
MAX_WRITES = 3_000  # per writer
MAX_RELOADS = 1_500  # direct calls
MAX_REQUESTS = 400  # per client
POLICY_VERSIONS = (GOOD[0], ADVERSARY, GOOD[1], ADVERSARY, GOOD[2], ADVERSARY)


class Writer(threading.Thread):
    """Rewrites one file with each of ``versions`` in turn, by a randomly chosen method.

    The methods: ``in_place`` (truncate, then write), ``rename`` (write a temporary file, then
    rename it over: atomic) and ``halves`` (truncate, write a prefix, pause, write the rest).
    """

    def __init__(self, path: Path, versions: Sequence[bytes], seed: int) -> None:
        super().__init__(daemon=True)
        self.path = path
        self.versions = versions
        self.rng = random.Random(seed)
        self.stopping = threading.Event()
        self.counts: Counter[str] = Counter()

    def run(self) -> None:
        """Write until stopped (or ``MAX_WRITES``), a moment of up to 2 ms between writes."""
        methods: dict[str, Callable[[bytes], None]] = {
            "in_place": self._in_place,
            "rename": self._rename,
            "halves": self._halves,
        }
        for n in range(MAX_WRITES):
            if self.stopping.is_set():
                return
            method = self.rng.choice(sorted(methods))
            methods[method](self.versions[n % len(self.versions)])
            self.counts[method] += 1
            time.sleep(self.rng.uniform(0, 0.002))

    def _in_place(self, data: bytes) -> None:
        self.path.write_bytes(data)

    def _rename(self, data: bytes) -> None:
        tmp = self.path.with_name(f".{self.path.name}.tmp")
        tmp.write_bytes(data)
        os.replace(tmp, self.path)

    def _halves(self, data: bytes) -> None:
        cut = self.rng.randrange(1, len(data))
        with self.path.open("wb") as file:
            file.write(data[:cut])
            file.flush()
            time.sleep(0.0005)
            file.write(data[cut:])


class Storm:
    """The reloads, probes and requests of one run, and what they observed."""

    def __init__(self, stack: Stack, store: PolicyStore) -> None:
        self.stack = stack
        self.store = store
        self.deadline = time.monotonic() + DURATION_S
        self.active = {store.describe()["sha256"]}
        self.swaps = 0
        self.direct = Counter[bool]()
        self.sighups = 0
        self.readyz = 0
        self.dni: list[tuple[int, str | None]] = []
        self.public = 0
        store.on_swap.append(self._swapped)

    def _swapped(self, described: dict[str, Any]) -> None:
        self.swaps += 1
        self.active.add(described["sha256"])

    def running(self) -> bool:
        """Until the deadline."""
        return time.monotonic() < self.deadline

    async def reloads(self) -> None:
        """Direct reload calls."""
        for _ in range(MAX_RELOADS):
            if not self.running():
                return
            self.direct[self.store.reload()] += 1
            await asyncio.sleep(0.002)

    async def hangups(self) -> None:
        """Real SIGHUPs to this process (the store's handler reloads)."""
        for _ in range(MAX_RELOADS):
            if not self.running():
                return
            os.kill(os.getpid(), signal.SIGHUP)
            self.sighups += 1
            await asyncio.sleep(0.01)

    async def probes(self, http: httpx.AsyncClient) -> None:
        """/readyz, as an operator would watch it."""
        for _ in range(MAX_REQUESTS):
            if not self.running():
                return
            resp = await http.get(f"{self.stack.url}/readyz")
            self.active.add(resp.json()["policy"]["sha256"])
            self.readyz += 1

    async def client(self, http: httpx.AsyncClient, seed: int) -> None:
        """Chat requests, most carrying the DNI."""
        rng = random.Random(seed)
        for _ in range(MAX_REQUESTS):
            if not self.running():
                return
            carries_dni = rng.random() < 0.7
            resp = await http.post(
                f"{self.stack.base_url}/chat/completions",
                json={
                    "model": "chat",
                    "messages": [
                        {"role": "user", "content": DNI_TEXT if carries_dni else PUBLIC_TEXT}
                    ],
                },
            )
            if carries_dni:
                self.dni.append((resp.status_code, resp.headers.get("x-sovproxy-backend")))
            else:
                self.public += 1

    async def run(self) -> None:
        """Everything at once until the deadline."""
        async with httpx.AsyncClient(timeout=10) as http:
            await asyncio.gather(
                self.reloads(),
                self.hangups(),
                self.probes(http),
                *(self.client(http, seed) for seed in range(4)),
            )


def _prefixes(versions: Sequence[bytes]) -> Iterator[bytes]:
    for data in versions:
        for end in range(len(data) + 1):
            yield data[:end]


@dataclass
class Seen:
    """What a run left behind, read once the stack is down."""

    infos: dict[str, BackendInfo]
    classifier: ClassifierLike
    us_bodies: list[bytes]
    writes: Counter[str]
    audited: set[str] = field(default_factory=set)
    test_contents: list[list[Case]] = field(default_factory=list)


def _test_contents(infos: dict[str, BackendInfo]) -> list[list[Case]]:
    """The cases of every test-file content the writers may have left that parses."""
    contents: list[list[Case]] = []
    for text in dict.fromkeys(_prefixes(TEST_FILES)):
        try:
            contents.append(parse_cases(text.decode(), "t.yaml", infos))
        except PolicyError:
            continue
    return contents


def _passes_some_test_file(data: bytes, path: Path, seen: Seen) -> bool:
    """Does the policy ``data`` pass the cases of some test-file content the writers left?"""

    def classify(parts: list[TextPart]) -> Classification:
        return seen.classifier.classify(parts, [])

    policy = parse_policy(data, path, seen.infos)
    return any(
        run_cases(policy, cases, seen.infos, test_path=path, classify=classify).ok
        for cases in seen.test_contents
    )


def _rejections(logs: Sequence[Mapping[str, Any]]) -> Counter[str]:
    """Rejected reloads by why: the adversary by either test file, or a file that did not parse."""
    why: Counter[str] = Counter()
    for event in logs:
        if event["event"] != "policy_rejected":
            continue
        error = event["error"]
        if event.get("sha256") == sha256(ADVERSARY):
            mine = "no DNI for the US" in error  # a case name only the adversary's file has
            why["adversary by its own tests" if mine else "adversary by the good tests"] += 1
        elif event.get("sha256") is None:
            why["policy did not parse"] += 1
        elif "policy tests failed" in error:
            why["truncated policy failed its tests"] += 1
        else:
            why["test file did not parse"] += 1
    return why


def _audited(path: Path) -> set[str]:
    """The policy sha256 of every audit record."""
    lines = path.read_bytes().splitlines()
    return {r["policy"]["sha256"] for r in map(orjson.loads, lines) if r.get("policy")}


async def _run_storm(tmp_path: Path, path: Path) -> tuple[Storm, Seen]:
    """Start the stack on ``path``, storm it, and return what was seen (the stack is down)."""
    writers = [
        Writer(path, POLICY_VERSIONS, seed=1),
        Writer(companion_test_path(path), TEST_FILES, seed=2),
    ]
    async with running_stack(tmp_path, demo_upstreams(), policy=path) as stack:
        store = stack.services.policy
        assert isinstance(store, PolicyStore)
        await store.stop()
        await store.start(interval=0.005)  # poll fast enough to matter within the run
        assert signal.getsignal(signal.SIGHUP) not in (signal.SIG_DFL, signal.SIG_IGN, None)
        storm = Storm(stack, store)
        for writer in writers:
            writer.start()
        try:
            await storm.run()
        finally:
            for writer in writers:
                writer.stopping.set()
                writer.join()
        seen = Seen(
            infos=stack.services.infos,
            classifier=stack.services.classifier,
            us_bodies=[r.body for r in stack.sim("us-hyperscaler").received],
            writes=sum((w.counts for w in writers), Counter[str]()),
        )
    seen.audited = _audited(stack.audit_path)  # complete now: the audit log is closed
    seen.test_contents = _test_contents(seen.infos)
    return storm, seen


@pytest.mark.alone  # its traffic counts (not vacuous) need the CPU of a storm of fixed length
async def test_only_tested_policies_go_live_under_a_rewrite_storm(tmp_path: Path) -> None:
    """Rewrites racing reloads never activate an untested policy; no DNI reaches the US."""
    path = write_pair(tmp_path, GOOD[0], TEST_FILES[0])
    with structlog.testing.capture_logs() as logs:
        storm, seen = await _run_storm(tmp_path, path)
    why = _rejections(logs)
    active = storm.active | seen.audited
    reloads, direct = storm.swaps + why.total(), storm.direct.total()
    print(
        f"\nreload storm: {reloads} reloads ({direct} direct, {reloads - direct} by SIGHUP"
        f" ({storm.sighups} sent) or the watcher): {storm.swaps} swaps,"
        f" {why.total()} rejections {dict(why)}; {len(storm.dni)} DNI + {storm.public} public"
        f" requests, {storm.readyz} /readyz; writes {dict(seen.writes)};"
        f" {len(active)} distinct active versions"
    )
    assert sha256(ADVERSARY) not in active
    ledger = {sha256(data): data for data in _prefixes(POLICY_VERSIONS)}
    for digest in active:
        assert digest in ledger, f"{digest} was active but was never written"
        assert _passes_some_test_file(ledger[digest], path, seen), f"{digest} fails every test"
    assert not [body for body in seen.us_bodies if DNI.encode() in body]
    assert storm.dni and set(storm.dni) == {(200, "onprem-llm")}
    # Not vacuous: the race was run, both ways, with traffic.
    assert why["adversary by its own tests"] >= 1 and why["adversary by the good tests"] >= 1
    assert why["test file did not parse"] >= 1 and why["policy did not parse"] >= 1
    assert storm.swaps >= 3
    assert len(storm.dni) >= 30 and storm.public >= 5 and storm.readyz >= 10
    assert seen.audited and storm.sighups >= 10 and storm.direct[False] >= 3
