"""Typed per-request storage keys."""

from __future__ import annotations

from aiohttp import web

REQUEST_ID = web.RequestKey("request_id", str)
#: Decision headers for an error response (set by the pipeline, read by the error middleware).
EXTRA_HEADERS = web.RequestKey("extra_headers", dict[str, str])
