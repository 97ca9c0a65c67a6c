"""Parse stage: an HTTP request becomes an ``Exchange`` (endpoint, model, body, principal, label).

Validation here is what the providers themselves enforce first, so that a malformed request is
refused with a clear 400 in the caller's API shape before any stage looks at it.
"""

from __future__ import annotations

import hashlib
import uuid
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any, Protocol

from aiohttp import web
from multidict import CIMultiDictProxy

from proxy.classify.taxonomy import Level
from proxy.errors import AuthenticationFailed, BadRequest, PayloadTooLarge
from proxy.exchange import ClientProtocol, Exchange, Principal
from proxy.fleet.keys_file import KeyStore
from proxy.fleet.principals import Credential, KeyBook, with_end_user
from proxy.http import strict_json


@dataclass(frozen=True, slots=True)
class Endpoint:
    """A client-facing endpoint and the fields its body must have."""

    name: str
    protocol: ClientProtocol
    required: tuple[tuple[str, type], ...]


ENDPOINTS: dict[str, Endpoint] = {
    "/v1/chat/completions": Endpoint(
        "chat.completions", "openai", (("model", str), ("messages", list))
    ),
    "/v1/completions": Endpoint("completions", "openai", (("model", str), ("prompt", object))),
    "/v1/embeddings": Endpoint("embeddings", "openai", (("model", str), ("input", object))),
    "/v1/responses": Endpoint("responses", "openai", (("model", str),)),
    "/v1/messages": Endpoint(
        "messages", "anthropic", (("model", str), ("messages", list), ("max_tokens", int))
    ),
    "/v1/messages/count_tokens": Endpoint(
        "messages.count_tokens", "anthropic", (("model", str), ("messages", list))
    ),
}

LABEL_HEADER = "X-Data-Classification"
#: Client headers that select API behaviour and are passed on to a backend of the same protocol.
FORWARDED_HEADERS = ("anthropic-version", "anthropic-beta", "openai-beta")


def client_protocol(path: str, headers: Mapping[str, str] | None = None) -> ClientProtocol:
    """Which API shape answers and errors on ``path`` take: Anthropic's on ``/v1/messages``, and
    on ``/v1/models`` (a path both APIs have) when the caller sends ``anthropic-version``, as the
    Anthropic SDK always does."""
    if path.startswith("/v1/messages"):
        return "anthropic"
    if path.startswith("/v1/models") and headers is not None and "anthropic-version" in headers:
        return "anthropic"
    return "openai"


def new_request_id() -> str:
    """A fresh request id."""
    return f"req_{uuid.uuid4().hex}"


class KeySource(Protocol):
    """Where the active keys come from (a fixed book, or a reloading keys file)."""

    @property
    def book(self) -> KeyBook:
        """The active book (read once per request)."""


@dataclass(frozen=True, slots=True)
class FixedKeys:
    """Keys declared inline in ``sovproxy.yaml``: one book for the life of the process."""

    book: KeyBook


class Authenticator:
    """Maps client keys (by sha256) to principals; no source means ``auth: none``."""

    def __init__(self, keys: KeySource | None, clock: Callable[[], datetime] | None = None):
        self._keys = keys
        self._clock = clock or (lambda: datetime.now(UTC))

    @property
    def book(self) -> KeyBook | None:
        """The active key book (``None``: ``auth: none``)."""
        return self._keys.book if self._keys is not None else None

    def lookup(self, headers: Mapping[str, str]) -> tuple[Principal, Credential | None]:
        """The caller's principal and key, not yet checked for revocation or expiry (``check``
        does that; the refusal of a revoked key is then recorded under its tenant).

        401 on a missing or unknown key, 400 on an end-user id that is not an opaque id.
        """
        if self._keys is None:
            return with_end_user(Principal(), headers), None
        key = _presented_key(headers)
        if not key:
            raise AuthenticationFailed("missing API key: send 'Authorization: Bearer <key>'")
        digest = hashlib.sha256(key.encode()).hexdigest()
        # Lookup by digest: the key itself is never compared or kept, only its sha256.
        credential = self._keys.book.find(digest)
        if credential is None:
            raise AuthenticationFailed("invalid API key")
        return with_end_user(credential.principal, headers), credential

    def check(self, credential: Credential | None) -> None:
        """401 for a revoked or expired key."""
        if credential is not None:
            credential.check_valid(self._clock())

    def identify(self, headers: Mapping[str, str]) -> tuple[Principal, Credential | None]:
        """``lookup`` and ``check``: the principal and key of a caller allowed in."""
        principal, credential = self.lookup(headers)
        self.check(credential)
        return principal, credential

    def authenticate(self, headers: Mapping[str, str]) -> Principal:
        """The caller's principal (see ``identify``)."""
        return self.identify(headers)[0]

    def reload(self) -> bool | None:
        """Read the keys file again now (``None``: the keys do not come from a file)."""
        return self._keys.reload() if isinstance(self._keys, KeyStore) else None

    def describe(self) -> dict[str, Any] | None:
        """What ``/readyz`` reports: how many keys, and the keys file's sha256."""
        book = self.book
        return None if book is None else {"keys": len(book), "sha256": book.sha256}

    async def start(self) -> None:
        """Start watching the keys file, if keys come from one."""
        if isinstance(self._keys, KeyStore):
            await self._keys.start()

    async def stop(self) -> None:
        """Stop watching."""
        if isinstance(self._keys, KeyStore):
            await self._keys.stop()


def _presented_key(headers: Mapping[str, str]) -> str | None:
    auth = headers.get("Authorization")
    if auth:
        scheme, _, value = auth.partition(" ")
        return value.strip() if scheme.lower() == "bearer" else None
    return headers.get("x-api-key") or headers.get("api-key")


#: Content-Encodings aiohttp decodes before the body reaches us (``br``/``zstd`` only when their
#: libraries are installed; without them aiohttp refuses the request itself). ``identity`` is none.
DECODED_ENCODINGS = frozenset({"identity", "gzip", "deflate", "br", "zstd"})


async def read_body(request: web.Request, limit: int) -> bytes:
    """The raw (decoded) body, refused with 413 beyond ``limit`` bytes (before reading it when
    declared), and with 400 ``invalid_encoding`` when its Content-Encoding is unknown, stacked,
    or does not match the bytes (a body labelled gzip that is not gzip).

    The app's ``client_max_size`` is the same limit, so aiohttp stops reading an undeclared
    (chunked) body as soon as it passes it.
    """
    if request.content_length is not None and request.content_length > limit:
        raise PayloadTooLarge(f"request body is over the {limit}-byte limit")
    encoded = _content_encoding(request.headers)
    try:
        return await request.read()
    except web.HTTPRequestEntityTooLarge as exc:
        raise PayloadTooLarge(f"request body is over the {limit}-byte limit") from exc
    except web.RequestPayloadError:  # aiohttp could not decode or frame the body
        if encoded:
            raise BadRequest(
                "request body does not match its Content-Encoding", code="invalid_encoding"
            ) from None
        raise BadRequest("request body could not be read", code="invalid_body") from None


def _content_encoding(headers: CIMultiDictProxy[str]) -> bool:
    """Whether the body is encoded; refuse an encoding aiohttp would pass on undecoded."""
    values = headers.getall("Content-Encoding", [])
    if not values:
        return False
    value = ",".join(values).strip().lower()
    if len(values) > 1 or value not in DECODED_ENCODINGS:
        raise BadRequest(
            f"unsupported Content-Encoding {value[:40]!r}: send identity, gzip or deflate",
            param="Content-Encoding",
            code="invalid_encoding",
        )
    return value != "identity"


def parse_json(raw: bytes) -> dict[str, Any]:
    """The body as a JSON object, or a 400 saying why not.

    Strict (``strict_json``): a body other JSON parsers could read differently is refused, because
    same-protocol routes forward ``raw`` byte-for-byte and the classifier reads this parse.
    """
    body = strict_json.loads(raw)
    if not isinstance(body, dict):
        raise BadRequest("request body must be a JSON object", code="invalid_json")
    return body


def check_fields(endpoint: Endpoint, body: Mapping[str, Any]) -> None:
    """Refuse a body missing a required field, or with one of the wrong type."""
    for name, kind in endpoint.required:
        value = body.get(name)
        if value is None:
            raise BadRequest(f"missing required field '{name}'", param=name, code="missing_field")
        if kind is not object and (not isinstance(value, kind) or isinstance(value, bool)):
            raise BadRequest(
                f"field '{name}' must be of type {kind.__name__}", param=name, code="invalid_type"
            )
    stream = body.get("stream", False)
    if stream is not None and not isinstance(stream, bool):
        raise BadRequest("field 'stream' must be a boolean", param="stream", code="invalid_type")


def parse_label(headers: Mapping[str, str]) -> Level | None:
    """The client's sensitivity label; an unknown value is a 400 (never silently ignored).

    The label can only raise the level, so with several labels the highest one counts.
    """
    getall = getattr(headers, "getall", None)
    values = getall(LABEL_HEADER, []) if getall is not None else [headers.get(LABEL_HEADER)]
    levels = []
    for value in values:
        if value is None:
            continue
        try:
            levels.append(Level.parse(value))
        except ValueError as exc:
            raise BadRequest(str(exc), param=LABEL_HEADER, code="invalid_label") from None
    return max(levels, default=None)  # several labels: the highest counts


def client_retry_count(headers: Mapping[str, str]) -> int | None:
    """The retries the client has taken so far (``x-stainless-retry-count``, sent by the official
    OpenAI and Anthropic SDKs, which retry by themselves); ``None`` if absent or not a count."""
    value = headers.get("x-stainless-retry-count", "").strip()
    return int(value) if value.isascii() and value.isdigit() and len(value) < 6 else None


def build_exchange(
    request_id: str,
    path: str,
    endpoint: Endpoint,
    raw: bytes,
    headers: Mapping[str, str],
    principal: Principal,
) -> Exchange:
    """Parse and validate one request into an Exchange (texts are extracted by the caller)."""
    label = parse_label(headers)
    body = parse_json(raw)
    check_fields(endpoint, body)
    return Exchange(
        request_id=request_id,
        endpoint=endpoint.name,
        client_protocol=endpoint.protocol,
        path=path,
        raw_body=raw,
        body=body,
        model=body["model"],
        stream=bool(body.get("stream", False)),
        principal=principal,
        label=label,
        incoming_headers={n: v for n in FORWARDED_HEADERS if (v := headers.get(n)) is not None},
        client_retry_count=client_retry_count(headers),
    )
