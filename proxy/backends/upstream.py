"""The upstream client: one ``Backend`` per configured pipe, over a shared keep-alive pool (``h1``).

``Backend.send(request)`` is the one-method interface the router uses (STYLE §7). This module is the
only place that touches the client's exceptions: they are translated into the ``UpstreamError``
tree here, so nothing above knows which HTTP client runs underneath.
"""

from __future__ import annotations

import functools
from collections.abc import AsyncIterator, Mapping
from dataclasses import dataclass, field
from urllib.parse import urlsplit

from multidict import CIMultiDict, CIMultiDictProxy

from proxy.backends import h1
from proxy.backends.checks import check_answer
from proxy.backends.model import BackendInfo, BackendSpec
from proxy.errors import UpstreamProtocolError, UpstreamTimeout, UpstreamUnavailable
from proxy.protocols.sse_frames import EventFramer

ANTHROPIC_VERSION = "2023-06-01"
_BREAKS = frozenset("\r\n\0")

#: Client-facing endpoint → path under an OpenAI-compatible base URL.
_OPENAI_PATHS = {
    "chat.completions": "/chat/completions",
    "completions": "/completions",
    "embeddings": "/embeddings",
    "responses": "/responses",
    "models": "/models",
}
_ANTHROPIC_PATHS = {
    "messages": "/messages",
    "messages.count_tokens": "/messages/count_tokens",
    "models": "/models",
}


@dataclass(slots=True)
class UpstreamRequest:
    """What to send to one backend: the endpoint, the (possibly rewritten) body, extra headers."""

    endpoint: str
    model: str
    body: bytes
    stream: bool = False
    method: str = "POST"
    headers: dict[str, str] = field(default_factory=dict)


class UpstreamResponse:
    """An upstream answer whose headers have arrived; the body is read or relayed by the caller.

    ``Backend.send`` has already checked what it could before anything reaches the client: a JSON
    answer is read whole and kept (``read`` returns it), a stream's first event is read and kept
    (``events`` yields it first).
    """

    def __init__(self, response: h1.Response, idle_timeout: float, max_bytes: int):
        self._response = response
        self._idle = idle_timeout
        #: The largest body ``read`` (or a caller folding a stream) holds whole.
        self.max_bytes = response.max_decoded = max_bytes
        self.status: int = response.status
        self.headers: CIMultiDictProxy[str] = response.headers
        self._body: bytes | None = None
        self._framer: EventFramer | None = None
        self._ready = b""

    @property
    def content_type(self) -> str:
        """The upstream content type (without parameters)."""
        value = self.headers.get("Content-Type", "application/octet-stream")
        return value.split(";", 1)[0].strip().lower()

    @property
    def complete(self) -> bool:
        """True once a stream's last event (``[DONE]``, ``message_stop``…) has been read."""
        return self._framer is not None and self._framer.done

    @property
    def failed(self) -> bool:
        """True when the stream ended with the upstream's own error event."""
        return self._framer is not None and self._framer.failed

    @property
    def events_read(self) -> int:
        """Whole events read from the stream so far."""
        return self._framer.count if self._framer is not None else 0

    async def read(self) -> bytes:
        """The whole body (non-streaming answers, error bodies)."""
        if self._body is not None:
            return self._body
        try:
            parts, self._ready = [self._ready], b""
            size = len(parts[0])
            while chunk := await self._response.next_chunk(self._idle):
                size += len(chunk)
                if size > self.max_bytes:
                    raise UpstreamProtocolError(self.too_large())
                parts.append(chunk)
            self._body = b"".join(parts)
            return self._body
        except TimeoutError as exc:
            raise UpstreamTimeout("upstream stalled while sending its body") from exc
        except h1.WireError as exc:
            raise UpstreamUnavailable(f"upstream connection failed: {exc}") from exc
        finally:
            self._response.release()

    def too_large(self) -> str:
        """Why an answer over ``max_bytes`` is refused."""
        return f"the upstream answer exceeds max_answer_bytes ({self.max_bytes} bytes)"

    async def chunks(self) -> AsyncIterator[bytes]:
        """The body as it arrives, chunk by chunk, with an idle timeout between chunks."""
        if self._body is not None:
            yield self._body
            return
        if self._ready:
            ready, self._ready = self._ready, b""
            yield ready
        while chunk := await self._next():
            yield chunk

    async def events(self) -> AsyncIterator[bytes]:
        """A stream's whole, validated events as they arrive (several may come in one piece);
        nothing after the answer's last event. Raises ``UpstreamProtocolError`` for an invalid
        event, or a stream that ends inside an event or before its last one (a cut answer is
        not a whole one, however cleanly the connection ended)."""
        framer = self._framer = self._framer or EventFramer()
        if self._ready:
            ready, self._ready = self._ready, b""
            yield ready
        while not framer.done:
            chunk = await self._next()
            if not chunk:
                if tail := framer.finish():
                    yield tail
                if not framer.done:
                    raise UpstreamProtocolError("the upstream stream ended before its last event")
                return
            if out := framer.feed(chunk):
                yield out

    async def first_event(self) -> None:
        """Read until the stream's first whole event with data and keep it, with the keep-alive
        comments before it (checks the stream's start: a comment says nothing about it)."""
        framer = self._framer = EventFramer()
        while not framer.count:
            chunk = await self._next()
            if not chunk:
                self._ready += framer.finish()
                if not framer.count:
                    raise UpstreamProtocolError("the upstream stream ended before its first event")
                return
            self._ready += framer.feed(chunk)
            if len(self._ready) > self.max_bytes:
                raise UpstreamProtocolError(self.too_large())

    def release_when_complete(self, limit: float) -> None:
        """After the last event: what the upstream still sends is discarded (never relayed); the
        connection goes back to the pool if the answer ends within ``limit`` seconds."""
        self._response.release_when_complete(limit)

    async def _next(self) -> bytes:
        try:
            return await self._response.next_chunk(self._idle)
        except TimeoutError as exc:
            raise UpstreamTimeout("upstream went silent mid-stream") from exc
        except h1.WireError as exc:
            raise UpstreamUnavailable(f"upstream stream broke: {exc}") from exc

    def replace_stream(self, stream: bytes, content_type: str) -> None:
        """Hand a rebuilt event stream on instead of the upstream's whole (JSON) answer."""
        self._framer = framer = EventFramer()
        self._ready = framer.feed(stream) + framer.finish()
        self._body = None
        self._content_type(content_type)

    def replace_body(self, body: bytes, content_type: str) -> None:
        """Hand a checked (or rebuilt) whole body on instead of the upstream's own."""
        self._body = body
        self._content_type(content_type)

    def _content_type(self, content_type: str) -> None:
        headers = CIMultiDict(self.headers)
        for name in ("Content-Type", "Content-Length", "Content-Encoding"):
            headers.popall(name, None)
        headers["Content-Type"] = content_type
        self.headers = CIMultiDictProxy(headers)

    def close(self) -> None:
        """Drop the connection (the client went away or the stream failed)."""
        self._response.close()

    def release(self) -> None:
        """Return the connection to the pool after the body was fully read."""
        self._response.release()


class Backend:
    """A configured backend: where and how to send, and its jurisdiction facts."""

    def __init__(self, name: str, spec: BackendSpec, info: BackendInfo, session: h1.Pool):
        self.name = name
        self.spec = spec
        self.info = info
        self._session = session
        self._base = spec.base_url.rstrip("/")
        self._auth = self._auth_headers()
        # The client's own anthropic-version (passed on in request.headers) wins over ours.
        self._defaults = (
            {"anthropic-version": ANTHROPIC_VERSION} if spec.protocol == "anthropic" else {}
        )

    @property
    def protocol(self) -> str:
        """The wire protocol this backend speaks (``openai``, ``azure-openai``, ``anthropic``)."""
        return self.spec.protocol

    def _auth_headers(self) -> dict[str, str]:
        key = self.spec.api_key.get_secret_value() if self.spec.api_key else None
        if self.spec.protocol == "anthropic":
            return {"x-api-key": key} if key else {}
        if not key:
            return {}
        if self.spec.protocol == "azure-openai":
            return {"api-key": key}
        return {"Authorization": f"Bearer {key}"}

    def url_for(self, endpoint: str, model: str) -> str:
        """The upstream URL for a client-facing endpoint and a concrete model."""
        if self.spec.protocol == "anthropic":
            return self._base + _ANTHROPIC_PATHS[endpoint]
        path = _OPENAI_PATHS[endpoint]
        if self.spec.protocol == "azure-openai":
            version = self.spec.api_version or "2024-10-21"
            if endpoint in {"chat.completions", "completions", "embeddings"}:
                return f"{self._base}/openai/deployments/{model}{path}?api-version={version}"
            return f"{self._base}/openai{path}?api-version={version}"
        return self._base + path

    async def send(self, request: UpstreamRequest) -> UpstreamResponse:
        """Send and wait for the response headers (bounded by the first-byte timeout)."""
        headers = {**self._defaults, **request.headers, **self._auth}
        body = request.body if request.method == "POST" else b""
        if request.method == "POST":
            headers.setdefault("Content-Type", "application/json")
        t = self.spec.timeouts
        try:
            origin, target = split_url(self.url_for(request.endpoint, request.model))
            head = _head(request.method, target, headers, body)
            response = await self._session.request(
                origin, head, body, connect=t.connect, first_byte=t.first_byte, total=t.total
            )
        except TimeoutError as exc:
            raise UpstreamTimeout(f"backend {self.name} did not answer in time") from exc
        except h1.WireError as exc:
            raise UpstreamUnavailable(f"backend {self.name} is unreachable ({exc})") from exc
        upstream = UpstreamResponse(response, t.idle, self.spec.max_answer_bytes)
        try:
            await check_answer(upstream, request, self.name, self.protocol)
        except BaseException:
            upstream.close()
            raise
        return upstream


@functools.lru_cache(maxsize=256)
def split_url(url: str) -> tuple[h1.Origin, str]:
    """Where to connect and the request target, for a backend URL."""
    parts = urlsplit(url)
    scheme = parts.scheme.lower()
    port = parts.port or (443 if scheme == "https" else 80)
    target = (parts.path or "/") + (f"?{parts.query}" if parts.query else "")
    return h1.Origin(scheme, parts.hostname or "", port), target


def _head(method: str, target: str, headers: Mapping[str, str], body: bytes) -> bytes:
    """The request line and headers (``Host`` is added by the pool)."""
    lines = [f"{method} {target} HTTP/1.1"]
    for name, value in headers.items():
        if _BREAKS.intersection(name) or _BREAKS.intersection(value):  # would smuggle a header
            raise h1.WireError(f"the {name.lower()!r} header contains a line break")
        lines.append(f"{name}: {value}")
    if method == "POST":
        lines.append(f"Content-Length: {len(body)}")
    if not any(name.lower() == "accept-encoding" for name in headers):
        lines.append("Accept-Encoding: gzip, deflate")
    text = "\r\n".join(lines) + "\r\n"
    try:
        return text.encode("latin-1")
    except UnicodeEncodeError as exc:
        raise h1.WireError("a header value is not latin-1") from exc


def make_session(limit_per_host: int = 256) -> h1.Pool:
    """One pooled keep-alive HTTP/1.1 client for all backends (no cookies, no env proxies)."""
    return h1.Pool(limit_per_host=limit_per_host)


def build_backends(
    specs: Mapping[str, BackendSpec],
    infos: Mapping[str, BackendInfo],
    session: h1.Pool,
) -> dict[str, Backend]:
    """Runtime backends for every configured spec."""
    return {name: Backend(name, spec, infos[name], session) for name, spec in specs.items()}
