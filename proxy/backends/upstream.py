"""The upstream client: one ``Backend`` per configured pipe, over a shared pooled aiohttp session.

``Backend.send(request)`` is the one-method interface the router uses (STYLE §7). This module is the
only place that touches aiohttp's client exceptions: they are translated into the ``UpstreamError``
tree here, so nothing above knows which HTTP library runs underneath.
"""

from __future__ import annotations

import asyncio
import io
from collections.abc import AsyncIterator, Mapping
from dataclasses import dataclass, field

import aiohttp
from multidict import CIMultiDictProxy

from proxy.backends.model import BackendInfo, BackendSpec
from proxy.errors import UpstreamTimeout, UpstreamUnavailable

ANTHROPIC_VERSION = "2023-06-01"
_LARGE_BODY = 512 * 1024

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
    """An upstream answer whose headers have arrived; the body is read or relayed by the caller."""

    def __init__(self, response: aiohttp.ClientResponse, idle_timeout: float):
        self._response = response
        self._idle = idle_timeout
        self.status: int = response.status
        self.headers: CIMultiDictProxy[str] = response.headers

    @property
    def content_type(self) -> str:
        """The upstream content type (without parameters)."""
        return self._response.content_type

    async def read(self) -> bytes:
        """The whole body (non-streaming answers, error bodies)."""
        try:
            async with asyncio.timeout(self._idle):
                return await self._response.read()
        except TimeoutError as exc:
            raise UpstreamTimeout("upstream stalled while sending its body") from exc
        except aiohttp.ClientError as exc:
            raise UpstreamUnavailable(f"upstream connection failed: {type(exc).__name__}") from exc
        finally:
            self._response.release()

    async def chunks(self) -> AsyncIterator[bytes]:
        """The body as it arrives, chunk by chunk, with an idle timeout between chunks."""
        content = self._response.content
        try:
            while True:
                async with asyncio.timeout(self._idle):
                    chunk = await content.readany()
                if not chunk:
                    return
                yield chunk
        except TimeoutError as exc:
            raise UpstreamTimeout("upstream went silent mid-stream") from exc
        except aiohttp.ClientError as exc:
            raise UpstreamUnavailable(f"upstream stream broke: {type(exc).__name__}") from exc

    def close(self) -> None:
        """Drop the connection (the client went away or the stream failed)."""
        self._response.close()

    def release(self) -> None:
        """Return the connection to the pool after the body was fully read."""
        self._response.release()


class Backend:
    """A configured backend: where and how to send, and its jurisdiction facts."""

    def __init__(
        self, name: str, spec: BackendSpec, info: BackendInfo, session: aiohttp.ClientSession
    ):
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
        t = spec.timeouts
        self._timeout = aiohttp.ClientTimeout(total=t.total, sock_connect=t.connect, sock_read=None)

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
        if request.method == "POST":
            headers.setdefault("Content-Type", "application/json")
        url = self.url_for(request.endpoint, request.model)
        try:
            async with asyncio.timeout(self.spec.timeouts.first_byte):
                response = await self._session.request(
                    request.method,
                    url,
                    data=_payload(request.body) if request.method == "POST" else None,
                    headers=headers,
                    timeout=self._timeout,
                    allow_redirects=False,
                )
        except TimeoutError as exc:
            raise UpstreamTimeout(f"backend {self.name} did not answer in time") from exc
        except aiohttp.ClientError as exc:
            raise UpstreamUnavailable(
                f"backend {self.name} is unreachable ({type(exc).__name__})"
            ) from exc
        return UpstreamResponse(response, self.spec.timeouts.idle)


def _payload(body: bytes) -> bytes | io.BytesIO:
    """Large bodies go as a stream so that writing them does not hold the event loop."""
    return io.BytesIO(body) if len(body) > _LARGE_BODY else body


def make_session(limit_per_host: int = 256) -> aiohttp.ClientSession:
    """One pooled, keep-alive client session for all backends (no cookies, no env proxies)."""
    connector = aiohttp.TCPConnector(limit=0, limit_per_host=limit_per_host, keepalive_timeout=30)
    return aiohttp.ClientSession(
        connector=connector,
        cookie_jar=aiohttp.DummyCookieJar(),
        trust_env=False,
        skip_auto_headers=("User-Agent",),
        auto_decompress=True,
    )


def build_backends(
    specs: Mapping[str, BackendSpec],
    infos: Mapping[str, BackendInfo],
    session: aiohttp.ClientSession,
) -> dict[str, Backend]:
    """Runtime backends for every configured spec."""
    return {name: Backend(name, spec, infos[name], session) for name, spec in specs.items()}
