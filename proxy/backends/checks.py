"""What an upstream answer must be before any of it reaches the client.

Run by ``Backend.send`` once the headers are in, so a malformed answer is a failed attempt the
router can retry or fall back from (nothing has been sent to the client yet):

* a 2xx JSON answer is read whole and must parse (a truncated body, an HTML page with status 200
  or a proxy's plain-text page raise :class:`~proxy.errors.UpstreamProtocolError`);
* a 2xx event stream, for a streaming request, is read up to its first whole event, which must be
  valid (see :mod:`proxy.protocols.sse_frames`); for a request without streaming it is read
  whole and folded into the one JSON answer the client asked for (:mod:`proxy.protocols.assemble`);
* a 2xx JSON answer to a streaming request is unfolded into the events the client's SDK reads
  (:mod:`proxy.protocols.as_stream`);
* an error answer whose body is not JSON (a CDN's HTML 502 page) keeps its status, but its body is
  replaced by an error in the backend's own API shape, which the client's shape is derived from.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING, Any

import orjson

from proxy.errors import UpstreamError, UpstreamProtocolError
from proxy.protocols.as_stream import as_stream
from proxy.protocols.assemble import assemble
from proxy.protocols.errors import (
    anthropic_error_body,
    anthropic_error_type,
    openai_error_body,
    openai_error_type,
)

if TYPE_CHECKING:
    from proxy.backends.upstream import UpstreamRequest, UpstreamResponse

EVENT_STREAM = "text/event-stream"
JSON = "application/json"
#: How long to wait for the rest of an answer after its last event before dropping the connection.
DRAIN_S = 1.0


async def check_answer(
    upstream: UpstreamResponse, request: UpstreamRequest, backend: str, protocol: str
) -> None:
    """Validate (and keep) what ``upstream`` sent so far; raise for what must not be relayed."""
    status = upstream.status
    if 200 <= status < 300 and upstream.content_type == EVENT_STREAM:
        await _check_stream(upstream, request, backend, protocol)
        return
    body = await upstream.read()
    answer = _parse(body)
    if answer is not None:
        if request.stream and 200 <= status < 300:  # a JSON answer to a streaming request
            with _shape_checked(backend):
                stream = as_stream(protocol, request.endpoint, answer)
            if stream is not None:
                upstream.replace_stream(stream, EVENT_STREAM)
        return
    kind = upstream.content_type
    if 200 <= status < 300:
        raise UpstreamProtocolError(
            f"backend {backend} answered {status} with a body that is not whole JSON ({kind})"
        )
    message = f"backend {backend} answered {status} with a {kind} page instead of an API error"
    upstream.replace_body(error_body(protocol, status, message), JSON)


async def _check_stream(
    upstream: UpstreamResponse, request: UpstreamRequest, backend: str, protocol: str
) -> None:
    """A stream's first event (kept), or the whole stream as one JSON answer (``stream: false``);
    the upstream's own error event, this early, is a failed attempt (nothing was relayed)."""
    if request.stream:
        await upstream.first_event()
        _raise_if_failed(upstream, backend)
        return
    parts, size = [], 0
    async for part in upstream.events():
        size += len(part)
        if size > upstream.max_bytes:  # an endless stream must not be gathered whole
            raise UpstreamProtocolError(upstream.too_large())
        parts.append(part)
    stream = b"".join(parts)
    upstream.release_when_complete(DRAIN_S)
    _raise_if_failed(upstream, backend)
    with _shape_checked(backend):
        upstream.replace_body(assemble(protocol, request.endpoint, stream), JSON)


@contextmanager
def _shape_checked(backend: str) -> Iterator[None]:
    """Converting a well-formed answer whose JSON lacks the API's shape (``{"choices": 5}``) is
    a failed attempt the router falls back from, not an internal error."""
    try:
        yield
    except (AttributeError, KeyError, IndexError, TypeError, ValueError) as exc:
        raise UpstreamProtocolError(
            f"backend {backend} sent an answer that does not have its API's shape"
        ) from exc


def _raise_if_failed(upstream: UpstreamResponse, backend: str) -> None:
    if upstream.failed:
        raise UpstreamError(f"backend {backend} sent an error event before anything was relayed")


def _parse(body: bytes) -> dict[str, Any] | list[Any] | None:
    """The JSON object or array ``body`` holds, else None."""
    try:
        answer = orjson.loads(body)
    except orjson.JSONDecodeError:
        return None
    return answer if isinstance(answer, dict | list) else None


def error_body(protocol: str, status: int, message: str) -> bytes:
    """An error body in ``protocol``'s shape for ``status``."""
    if protocol == "anthropic":
        return anthropic_error_body(message, anthropic_error_type(status))
    return openai_error_body(message, openai_error_type(status), code=f"upstream_{status}")
