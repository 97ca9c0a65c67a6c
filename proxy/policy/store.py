"""The active policy and its hot reload (DESIGN §5, §9): one snapshot → validate → test → swap.

A reload reads the policy file once and its ``NAME_test.yaml`` once; the policy is compiled from
those bytes (its ``sha256`` is their hash) and the cases run against that very compiled object,
which is then swapped in. Nothing is read a second time, so a file rewritten mid-reload can never
put untested bytes live. ``Policy`` objects are immutable, so the swap is one reference assignment:
a request reads the reference once and finishes on the policy it started with. Any failure keeps
the last good policy and logs ``policy_rejected``. Reloads come from a file change (polled) or
SIGHUP; the change stamp is taken before the files are read, so a write during a load is seen.
"""

from __future__ import annotations

import asyncio
import contextlib
import signal
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import Any

from proxy.backends.model import BackendInfo
from proxy.classify.taxonomy import Classification, Level
from proxy.exchange import Decision, Exchange, Principal
from proxy.policy.engine import Redact, RequestFacts, apply_redaction, decide
from proxy.policy.explain import explain
from proxy.policy.loader import Policy, PolicyError, load_policy
from proxy.policy.runner import Classify, companion_test_path, read_cases, run_cases
from proxy.telemetry.logging import get_logger


class PolicyStore:
    """Holds the active policy; ``decide`` never sees a half-loaded one."""

    def __init__(
        self,
        path: Path,
        infos: Mapping[str, BackendInfo],
        classifier: Any = None,
        *,
        run_tests: bool = True,
    ):
        self.path = path
        self._infos = infos
        self._classify: Classify | None = None
        if classifier is not None:
            self._classify = lambda parts: classifier.classify(parts, ())
        self._run_tests = run_tests
        self._stamp = self._file_stamp()  # before reading: a write during the load is not missed
        self._policy = self._tested(load_policy(self.path, infos))
        self._task: asyncio.Task[None] | None = None
        self._hangup = False  # start() set the loop's SIGHUP handler
        #: Called with ``describe()`` after every successful swap (e.g. the policy metric).
        self.on_swap: list[Callable[[dict[str, Any]], None]] = []

    @classmethod
    def from_settings(
        cls, settings: Any, infos: Mapping[str, BackendInfo], classifier: Any = None
    ) -> PolicyStore:
        """The store for ``settings.policy``; no policy configured is a startup error."""
        if settings.policy is None:
            raise PolicyError(
                "no policy configured: sovproxy denies by default and needs one",
                file=str(settings.config_dir / "sovproxy.yaml"),
            )
        return cls(settings.resolve(settings.policy), infos, classifier)

    @property
    def current(self) -> Policy:
        """The active policy."""
        return self._policy

    def _tested(self, policy: Policy) -> Policy:
        """``policy`` (compiled from one read) once the test file (read once, now) passes on it.

        No test file: nothing to run. A test file that exists but cannot be read or parsed, or
        a failing case, rejects the policy with ``PolicyError``.
        """
        test_path = companion_test_path(self.path)
        cases = read_cases(test_path, self._infos, missing_ok=True) if self._run_tests else None
        if cases is None:
            return policy
        report = run_cases(policy, cases, self._infos, test_path=test_path, classify=self._classify)
        if not report.ok:
            failed = ", ".join(c.name for c in report.cases if not c.passed)
            raise PolicyError(f"policy tests failed: {failed}", file=str(test_path))
        return policy

    def reload(self) -> bool:
        """Try to activate the files' current content; keep the last good policy on failure."""
        self._stamp = self._file_stamp()
        candidate: Policy | None = None
        try:
            candidate = load_policy(self.path, self._infos)  # one read: these bytes, this hash
            self._tested(candidate)
        except Exception as exc:  # any failure keeps the last good policy and the watcher alive
            get_logger().warning(
                "policy_rejected",
                path=str(self.path),
                error=str(exc),
                error_type=type(exc).__name__,
                sha256=None if candidate is None else candidate.sha256,
                active_sha256=self._policy.sha256,
            )
            return False
        self._policy = candidate  # the tested object itself is what goes live
        for listener in self.on_swap:
            listener(self.describe())
        get_logger().info(
            "policy_loaded", name=candidate.name, version=candidate.version, sha256=candidate.sha256
        )
        return True

    def decide(
        self, exchange: Exchange, infos: Mapping[str, BackendInfo], redact: Redact | None = None
    ) -> Decision:
        """The active policy's decision for ``exchange`` (pure engine; fails closed).

        A ``redact_then_route`` decision is confirmed on the very policy object that made it,
        through ``redact`` (the pipeline's redact stage); without one it is a denial.
        """
        assert exchange.classification is not None
        policy, facts = self._policy, facts_of(exchange)  # one snapshot for both steps
        decision = decide(exchange.classification, facts, policy, infos)
        return apply_redaction(decision, facts, policy, redact)

    def explain(
        self, exchange: Exchange, infos: Mapping[str, BackendInfo], redact: Redact | None = None
    ) -> dict[str, Any]:
        """Everything considered for ``exchange``; nothing is sent (``redact``: as for
        ``decide``, so a ``redact_then_route`` is shown confirmed on the same snapshot)."""
        assert exchange.classification is not None
        policy, facts = self._policy, facts_of(exchange)
        return explain(exchange.classification, facts, policy, infos, redact=redact)

    def usable(
        self,
        model: str,
        principal: Principal,
        infos: Mapping[str, BackendInfo],
        endpoint: str = "chat.completions",
    ) -> bool:
        """Could this caller get a request for ``model`` on ``endpoint`` routed at some
        sensitivity level?

        Used to list the models a caller may use: each level is tried with no findings, so a
        model only a content rule would open is not listed (the request itself still decides).
        """
        policy = self._policy
        for level in Level:
            facts = RequestFacts(principal.tenant, principal.team, model, endpoint)
            decision = decide(Classification(level=level), facts, policy, infos)
            if decision.action in ("route", "redact_then_route"):
                return True
        return False

    def describe(self) -> dict[str, Any]:
        """Name, version and sha256 of the active policy (for /readyz)."""
        p = self._policy
        return {"name": p.name, "version": p.version, "sha256": p.sha256, "path": str(self.path)}

    def _file_stamp(self) -> tuple[_StatKey | None, ...]:
        """What the watcher compares: both files' identity, size and times (``None``: absent)."""
        return tuple(_stat_key(path) for path in (self.path, companion_test_path(self.path)))

    async def _watch(self, interval: float) -> None:
        while True:
            await asyncio.sleep(interval)
            if self._file_stamp() != self._stamp:
                self.reload()  # takes the new stamp before it reads

    async def start(self, interval: float = 1.0) -> None:
        """Watch the file and listen for SIGHUP."""
        self._task = asyncio.get_running_loop().create_task(self._watch(interval))
        with contextlib.suppress(NotImplementedError, RuntimeError, ValueError):
            asyncio.get_running_loop().add_signal_handler(signal.SIGHUP, self.reload)
            self._hangup = True

    async def stop(self) -> None:
        """Stop watching. SIGHUP stays handled, by doing nothing, until the loop closes or its
        owner takes it: removing the handler would put back SIGHUP's default action, which ends
        the process (a logrotate SIGHUP while ``serve`` drains, exit -1)."""
        if self._hangup:  # replaced, not removed: no moment with the default action
            with contextlib.suppress(NotImplementedError, RuntimeError, ValueError):
                asyncio.get_running_loop().add_signal_handler(signal.SIGHUP, _no_reload)
        if self._task is not None:
            self._task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._task


_StatKey = tuple[int, int, int, int]


def _stat_key(path: Path) -> _StatKey | None:
    """Inode (a rename-over), size, mtime and ctime: mtimes alone can tie within a clock tick."""
    try:
        st = path.stat()
    except OSError:
        return None
    return (st.st_ino, st.st_size, st.st_mtime_ns, st.st_ctime_ns)


def facts_of(exchange: Exchange) -> RequestFacts:
    """The request facts the engine sees."""
    return RequestFacts(
        tenant=exchange.principal.tenant,
        team=exchange.principal.team,
        model=exchange.model,
        endpoint=exchange.endpoint,
        label=exchange.label,
    )


def _no_reload() -> None:
    """SIGHUP once the store has stopped: nothing to reload."""
