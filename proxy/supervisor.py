"""``sovproxy serve --workers N``: one supervisor, N worker processes sharing the port.

- SIGTERM or SIGINT to the supervisor is forwarded (as SIGTERM) to every worker, and the supervisor
  waits for them to finish their requests (each drains like a single ``serve``) before it exits.
  Workers run in their own process group, so a terminal's Ctrl-C reaches them once, through the
  supervisor; on Linux a worker also receives SIGTERM if the supervisor itself dies.
- SIGHUP is forwarded: every worker reloads its policy and keys file at once.
- A worker that exits on its own (a crash, ``kill -9``) is replaced, after a delay that doubles
  with each quick failure (0.5 s up to 30 s) and resets once a worker has run for a minute; each
  exit and restart is logged.
- A worker that cannot start (port in use, missing variable, invalid policy) exits with
  :data:`~proxy.serve.EXIT_CANNOT_START` and hands its reason over a pipe: the supervisor stops the
  others and raises :class:`~proxy.serve.StartError` with that reason — one line, exit code 2.
"""

from __future__ import annotations

import contextlib
import multiprocessing
import os
import secrets
import signal
import sys
import time
from multiprocessing.connection import Connection, wait
from multiprocessing.process import BaseProcess
from types import FrameType
from typing import Any

from pydantic import SecretStr

from proxy.serve import EXIT_CANNOT_START, Drain, StartError, _run, ignore_stop_signals
from proxy.settings import RedactionSettings, Settings
from proxy.telemetry.logging import configure_logging, get_logger

BACKOFF_START_S = 0.5
BACKOFF_MAX_S = 30.0
#: A worker that ran this long before exiting restarts without delay growth.
STABLE_AFTER_S = 60.0
#: How long past their drain (delay and grace) workers may take to exit before they are killed.
STOP_MARGIN_S = 10.0
_PR_SET_PDEATHSIG = 1


def _worker(
    settings: Settings, host: str, port: int, drain: Drain, parent: int, report: Connection
) -> None:
    """A worker process: serve; on a start failure send the reason and exit 2."""
    os.setpgrp()
    _die_with_parent(parent)
    try:
        _run(settings, host, port, True, drain)
    except StartError as exc:
        report.send(str(exc))
        sys.exit(EXIT_CANNOT_START)
    except Exception as exc:
        from proxy.telemetry.log_bridge import exception_fields

        get_logger().critical("worker_crashed", **exception_fields(exc))
        sys.exit(1)


def _die_with_parent(parent: int) -> None:
    """Linux: SIGTERM this worker when the supervisor dies (even by ``kill -9``)."""
    if sys.platform.startswith("linux"):
        import ctypes

        with contextlib.suppress(OSError, AttributeError):  # no prctl: nothing to do
            ctypes.CDLL(None).prctl(_PR_SET_PDEATHSIG, signal.SIGTERM)
    if os.getppid() != parent:  # the supervisor died before prctl took effect
        sys.exit(0)


class Supervisor:
    """Starts, watches, restarts and stops the workers."""

    def __init__(self, settings: Settings, host: str, port: int, workers: int, drain: Drain):
        from proxy.serve import worker_settings

        if settings.redaction.key is None:  # one random key for all workers: one pseudonym each
            shared = RedactionSettings(key=SecretStr(secrets.token_urlsafe(32)))
            settings = settings.model_copy(update={"redaction": shared})
        self._settings = [worker_settings(settings, i) for i in range(workers)]
        self._level = settings.telemetry.log_level
        self._host, self._port, self._drain = host, port, drain
        self._ctx = multiprocessing.get_context("spawn")
        self._procs: dict[int, tuple[BaseProcess, Connection, float]] = {}
        self._backoff = dict.fromkeys(range(workers), BACKOFF_START_S)
        self._due: dict[int, float] = {}
        self._stopping = False
        self._log: Any = None

    def run(self) -> int:
        """Supervise until a signal; 0 after a graceful stop. Raises ``StartError``."""
        configure_logging(self._level)
        self._log = get_logger()
        for sig in _SIGNALS:
            signal.signal(sig, self._on_signal)
        signal.signal(signal.SIGHUP, self._on_reload)
        try:
            for index in range(len(self._settings)):
                self._start(index)
            self._log.info("supervisor_started", workers=len(self._settings), port=self._port)
            self._watch()
        finally:
            self._stop_all()
            ignore_stop_signals()  # the workers are gone: nothing is left to stop or reload
        self._log.info("supervisor_stopped")
        return 0

    def _on_signal(self, signum: int, _frame: FrameType | None) -> None:
        if not self._stopping:
            self._stopping = True
            self._log.info("supervisor_stopping", signal=signal.Signals(signum).name)
            self._signal_workers(signal.SIGTERM)

    def _on_reload(self, _signum: int, _frame: FrameType | None) -> None:
        """SIGHUP: each worker reloads its policy and keys file (it would otherwise end the
        supervisor)."""
        self._log.info("supervisor_reloading")
        self._signal_workers(signal.SIGHUP)

    def _start(self, index: int) -> None:
        receive, send = self._ctx.Pipe(duplex=False)
        args = (self._settings[index], self._host, self._port, self._drain, os.getpid(), send)
        proc = self._ctx.Process(target=_worker, args=args, name=f"sovproxy-worker-{index}")
        proc.start()
        send.close()
        self._procs[index] = (proc, receive, time.monotonic())
        self._log.info("worker_started", worker=index, pid=proc.pid)

    def _watch(self) -> None:
        while not self._stopping:
            sentinels = [proc.sentinel for proc, _, _ in self._procs.values()]
            timeout = min((due - time.monotonic() for due in self._due.values()), default=0.5)
            wait(sentinels, timeout=max(0.0, min(timeout, 0.5)))
            for index, (proc, receive, started) in list(self._procs.items()):
                if not self._stopping and proc.exitcode is not None:
                    del self._procs[index]
                    self._exited(index, proc, receive, started)
            for index, due in list(self._due.items()):
                if not self._stopping and time.monotonic() >= due:
                    del self._due[index]
                    self._start(index)

    def _exited(self, index: int, proc: BaseProcess, receive: Connection, started: float) -> None:
        code = proc.exitcode
        if code == EXIT_CANNOT_START:
            reason = receive.recv() if receive.poll() else f"worker {index} could not start"
            receive.close()
            raise StartError(str(reason))
        receive.close()
        ran = time.monotonic() - started
        if ran >= STABLE_AFTER_S:
            self._backoff[index] = BACKOFF_START_S
        delay = self._backoff[index]
        self._backoff[index] = min(delay * 2, BACKOFF_MAX_S)
        signalled = signal.Signals(-code).name if code is not None and code < 0 else None
        self._log.warning(
            "worker_exited", worker=index, pid=proc.pid, exit_code=code, signal=signalled
        )
        self._log.info("worker_restarting", worker=index, delay_s=delay)
        self._due[index] = time.monotonic() + delay

    def _signal_workers(self, sig: signal.Signals) -> None:
        for proc, _, _ in self._procs.values():
            if proc.pid is not None and proc.exitcode is None:
                with contextlib.suppress(ProcessLookupError):
                    os.kill(proc.pid, sig)

    def _stop_all(self) -> None:
        """SIGTERM every worker (unless a stop signal was already passed on: a second SIGTERM
        would cut their drain delay short), wait for them to drain, SIGKILL what is left after
        the grace."""
        if not self._stopping:
            self._signal_workers(signal.SIGTERM)
        drain = self._drain
        deadline = time.monotonic() + drain.delay_s + drain.grace_s + STOP_MARGIN_S
        for proc, receive, _ in self._procs.values():
            proc.join(max(0.0, deadline - time.monotonic()))
            if proc.exitcode is None:
                proc.kill()
                proc.join()
            receive.close()
        self._procs.clear()


_SIGNALS = (signal.SIGTERM, signal.SIGINT)
