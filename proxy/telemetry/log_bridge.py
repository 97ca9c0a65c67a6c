"""Everything Python or a library would print on its own, as sovproxy JSON log lines instead.

aiohttp's error and access loggers, asyncio ("Task exception was never retrieved"), ``warnings``,
uncaught exceptions in the main thread or other threads and "Exception ignored in" messages all
become one structlog event each. An exception is reduced to its type and a compact traceback
(``file:line function`` per frame): never its message, which may quote request bytes (aiohttp's
parser errors do). A library's message keeps only the first line of its template, before argument
interpolation, for the same reason.
"""

from __future__ import annotations

import contextlib
import logging
import sys
import threading
import traceback
from types import TracebackType
from typing import Any

import structlog
from aiohttp import web
from aiohttp.abc import AbstractAccessLogger

#: Frames kept per traceback (the innermost ones: where it went wrong).
MAX_FRAMES = 8
_MAX_MESSAGE = 160


def exception_fields(exc: BaseException) -> dict[str, Any]:
    """``exc_type`` and a compact ``traceback``; the exception's message is left out."""
    kind = type(exc)
    name = (
        kind.__qualname__
        if kind.__module__ == "builtins"
        else f"{kind.__module__}.{kind.__qualname__}"
    )
    frames = traceback.extract_tb(exc.__traceback__)[-MAX_FRAMES:]
    return {
        "exc_type": name,
        "traceback": [f"{_short(f.filename)}:{f.lineno} {f.name}" for f in frames],
    }


def _short(filename: str) -> str:
    """``…/site-packages/aiohttp/web_protocol.py`` → ``aiohttp/web_protocol.py``."""
    parts = filename.replace("\\", "/").split("/")
    return "/".join(parts[-2:])


def _first_line(template: object) -> str:
    text = template if isinstance(template, str) else type(template).__name__
    return text.strip().split("\n", 1)[0][:_MAX_MESSAGE]


class StructlogHandler(logging.Handler):
    """A stdlib logging handler that re-emits each record as a structlog event."""

    def emit(self, record: logging.LogRecord) -> None:
        fields: dict[str, Any] = {"logger": record.name, "message": _first_line(record.msg)}
        if record.exc_info and record.exc_info[1] is not None:
            fields.update(exception_fields(record.exc_info[1]))
        with contextlib.suppress(Exception):
            structlog.get_logger("sovproxy").log(record.levelno, "library_log", **fields)

    def handleError(self, record: logging.LogRecord) -> None:
        """Never print "--- Logging error ---" to stderr."""


class AccessLogger(AbstractAccessLogger):
    """aiohttp's access log as ``http_access`` events: method, path (no query), status, time."""

    def log(self, request: web.BaseRequest, response: web.StreamResponse, time: float) -> None:
        structlog.get_logger("sovproxy").debug(
            "http_access",
            method=request.method,
            path=request.path,
            status=response.status,
            latency_ms=round(time * 1000, 3),
        )


def _excepthook(
    kind: type[BaseException], exc: BaseException, tb: TracebackType | None, where: str
) -> None:
    if issubclass(kind, KeyboardInterrupt):
        return
    exc.__traceback__ = tb
    structlog.get_logger("sovproxy").critical(where, **exception_fields(exc))


def _thread_hook(args: threading.ExceptHookArgs) -> None:
    if args.exc_value is not None:
        _excepthook(args.exc_type, args.exc_value, args.exc_traceback, "thread_exception")


def _unraisable_hook(unraisable: Any) -> None:
    exc = unraisable.exc_value
    if exc is not None:
        structlog.get_logger("sovproxy").error("unraisable_exception", **exception_fields(exc))


def route_python_output(level: int) -> None:
    """Send stdlib logging, warnings and uncaught exceptions through structlog."""
    root = logging.getLogger()
    for handler in list(root.handlers):
        root.removeHandler(handler)
    root.addHandler(StructlogHandler())
    root.setLevel(level)
    logging.captureWarnings(True)
    sys.excepthook = lambda kind, exc, tb: _excepthook(kind, exc, tb, "unhandled_exception")
    threading.excepthook = _thread_hook
    sys.unraisablehook = _unraisable_hook
