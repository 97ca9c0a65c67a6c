"""Structured logging: JSON events through structlog processors, redaction last (STYLE §8).

Events are snake_case facts (``request_completed``, ``upstream_failed``, ``policy_rejected``). The
request id is bound through contextvars so every event of a request carries it. Prompt text is never
passed to a logger; the ``redact`` processor is the second line of defence: it drops any field whose
name suggests content or credentials and masks bearer tokens and key-like strings in the rest.
"""

from __future__ import annotations

import logging
import re
import sys
from collections.abc import MutableMapping
from typing import Any, BinaryIO

import orjson
import structlog

from proxy.telemetry.log_bridge import route_python_output

#: Field names that may carry request content or credentials: never emitted.
SENSITIVE_FIELDS = frozenset(
    {
        "authorization",
        "api_key",
        "api-key",
        "x-api-key",
        "key",
        "password",
        "secret",
        "token",
        "body",
        "content",
        "messages",
        "prompt",
        "input",
        "text",
        "texts",
        "system",
        "instructions",
        "headers",
    }
)

_SECRETISH = re.compile(
    r"(?i)\b(bearer\s+\S+|sk-[A-Za-z0-9_\-]{8,}|sk-ant-[A-Za-z0-9_\-]{8,}|AKIA[0-9A-Z]{16})"
)


#: Fields sovproxy itself fills with ids, codes and numbers: not worth a regex scan per event.
_SAFE_FIELDS = frozenset(
    {
        "event",
        "level",
        "timestamp",
        "request_id",
        "path",
        "status",
        "latency_ms",
        "action",
        "rule",
        "reason",
        "backend",
        "attempts",
        "tenant",
        "data_level",
        "tier",
        "logger",
        "exc_type",
    }
)


def redact(
    _logger: Any, _name: str, event_dict: MutableMapping[str, Any]
) -> MutableMapping[str, Any]:
    """Drop content-bearing fields and mask credential-looking strings."""
    for key, value in event_dict.items():
        if key in _SAFE_FIELDS:
            continue
        if key.lower() in SENSITIVE_FIELDS:
            event_dict[key] = "[redacted]"
        elif isinstance(value, str):
            event_dict[key] = _SECRETISH.sub("[redacted]", value)
    return event_dict


def _severity_owns_level(
    _logger: Any, _name: str, event_dict: MutableMapping[str, Any]
) -> MutableMapping[str, Any]:
    """``level`` is the log severity; a caller's own ``level`` (a sensitivity) becomes
    ``data_level`` instead of being overwritten."""
    if "level" in event_dict:
        event_dict.setdefault("data_level", event_dict.pop("level"))
    return event_dict


def _dumps(obj: Any, default: Any = None) -> bytes:
    return orjson.dumps(obj, default=default or str)


def configure_logging(level: str = "info", stream: BinaryIO | None = None) -> None:
    """JSON lines on ``stream`` (stdout by default), one event per line; what Python and the
    libraries would print themselves (aiohttp errors, asyncio, warnings, uncaught exceptions) is
    routed through the same processors (:mod:`proxy.telemetry.log_bridge`) — for the process's
    own output only: a caller that passes ``stream`` (a test capturing events) keeps its hooks."""
    numeric = logging.getLevelNamesMapping()[level.upper()]
    structlog.configure(
        processors=[
            structlog.contextvars.merge_contextvars,
            _severity_owns_level,
            structlog.processors.add_log_level,
            structlog.processors.TimeStamper(fmt="iso", utc=True),
            redact,
            structlog.processors.JSONRenderer(serializer=_dumps),
        ],
        wrapper_class=structlog.make_filtering_bound_logger(numeric),
        logger_factory=structlog.BytesLoggerFactory(stream or sys.stdout.buffer),
        cache_logger_on_first_use=False,
    )
    if stream is None:
        route_python_output(numeric)


def get_logger() -> Any:
    """The sovproxy logger."""
    return structlog.get_logger("sovproxy")
