"""The wire-level vocabulary of the upstream client: where to connect, what breaks, how bodies
are encoded (``h1`` uses these; ``upstream.py`` turns ``WireError`` into the proxy's errors)."""

from __future__ import annotations

import zlib
from dataclasses import dataclass


class WireError(Exception):
    """The connection or the answer is broken (refused, reset, malformed, cut short)."""


@dataclass(frozen=True, slots=True)
class Origin:
    """Where to connect: scheme, host and port (the pool's key)."""

    scheme: str
    host: str
    port: int

    @property
    def host_header(self) -> bytes:
        """The ``Host`` header value (port only when not the scheme's default)."""
        host = f"[{self.host}]" if ":" in self.host else self.host
        default = 443 if self.scheme == "https" else 80
        return (host if self.port == default else f"{host}:{self.port}").encode("idna")


def decoder(encoding: str) -> zlib._Decompress | None:
    """A decompressor for a ``Content-Encoding`` (None for identity); others are refused."""
    encoding = encoding.strip().lower()
    if encoding in ("", "identity"):
        return None
    if encoding in ("gzip", "x-gzip"):
        return zlib.decompressobj(wbits=16 + zlib.MAX_WBITS)
    if encoding == "deflate":
        return zlib.decompressobj()
    raise WireError(f"unsupported content-encoding {encoding!r}")


def decode(decompressor: zlib._Decompress, data: bytes, limit: int) -> bytes:
    """``data`` decoded; one piece may not decode to more than ``limit`` bytes (0: no limit), so
    a small compressed body cannot expand into gigabytes at once."""
    try:
        out = decompressor.decompress(data, limit)
    except zlib.error as exc:
        raise WireError("upstream body does not match its content-encoding") from exc
    if decompressor.unconsumed_tail:
        raise WireError(f"the upstream body decodes to more than {limit} bytes")
    return out
