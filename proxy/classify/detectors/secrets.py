"""Secrets: provider API keys, private keys, passwords, connection-string credentials, JWTs.

Documentation samples (AWS ``...EXAMPLE`` keys, jwt.io's token, Stripe's doc key), placeholders,
environment-variable references and password *policies* are not secrets.
"""

from __future__ import annotations

import base64
import binascii
import json
import re
from collections.abc import Iterator

from proxy.classify._base import Detector, Hit, Scan
from proxy.classify.detectors._secret_companions import TWILIO_TOKEN
from proxy.classify.detectors._secret_headers import (
    AUTH_FIELD,
    AUTH_HEADER,
    CLI_PASSWORD,
    CURL_USER,
)
from proxy.classify.detectors._secret_keys import AWS_SECRET, GENERIC_KEY, PROVIDERS
from proxy.classify.detectors._secret_lines import LINE_KEY, QUOTED_KEY
from proxy.classify.detectors._secret_passwords import PAIR, PASSWORD
from proxy.classify.detectors._secret_prose import PROSE_PASSWORD
from proxy.classify.detectors._secret_services import BUNDLER_CREDENTIALS, SERVICE_KEY
from proxy.classify.detectors._secret_values import PLACEHOLDER as _PLACEHOLDER

#: Key material: a base64 run with digits or ``+/`` and both cases (DER "MIIE...", "b3Bl...").
_KEY_BODY = re.compile(r"(?=[A-Za-z0-9+/=]*[0-9+/])(?=[A-Za-z0-9+/=]*[a-z])[A-Za-z0-9+/=]{16,}")
#: The base64 of a PEM block cut before its END line, also with JSON's escaped newlines.
_PEM_TAIL = re.compile(r"(?:[A-Za-z0-9+/=\s:\-,]|\\[nr])*")
PRIVATE_KEY = Detector(
    "private_key",
    r"-----BEGIN (?:[A-Z]+ )?PRIVATE KEY(?: BLOCK)?-----",
    re.compile(r"-----BEGIN ((?:[A-Z]+ )?PRIVATE KEY(?: BLOCK)?)-----"),
    lambda m, s: _private_key(m, s),
    back=60,
    ahead=4,
)


def _private_key(m: re.Match[str], scan: Scan) -> Iterator[Hit]:
    """The whole PEM block, from BEGIN to END (or to the end of the base64 if truncated)."""
    end_marker = f"-----END {m.group(1)}-----"
    end = scan.text.find(end_marker, m.end(), scan.hi)
    if end >= 0:
        stop = end + len(end_marker)
    else:
        tail = _PEM_TAIL.match(scan.text, m.end(), scan.hi)
        stop = m.end() + (len(tail.group(0).rstrip()) if tail else 0)
    body = scan.text[m.end() : stop]
    if _PLACEHOLDER.search(body[:200].replace("-----END", "")) and len(body) < 300:
        return
    if not _KEY_BODY.search(body):
        return  # a header over prose ("anything"): no key material
    yield Hit("secret.private_key", None, m.start(), stop)


PUTTY_KEY = Detector(
    "putty_key",
    r"PuTTY-User-Key-File-\d: ",
    re.compile(r"PuTTY-User-Key-File-\d: [\w@.\-]+"),
    lambda m, s: _putty_key(m, s),
    back=40,
    ahead=40,
)
_PUTTY_PRIVATE = re.compile(
    r"Private-Lines: *(\d{1,3})\r?\n((?:[A-Za-z0-9+/=]+(?=\r?\n|$)\r?\n?)+)"
)


def _putty_key(m: re.Match[str], scan: Scan) -> Iterator[Hit]:
    """A PuTTY key file, from its first line to the end of its private lines."""
    private = _PUTTY_PRIVATE.search(scan.text, m.end(), min(scan.hi, m.end() + 8000))
    if private and _KEY_BODY.search(private.group(2)):
        yield Hit("secret.private_key", None, m.start(), private.end(2))


CONNECTION_STRING = Detector(
    "connection_string",
    r"[a-z][a-z0-9+.\-]{1,20}://[^\s:/@\"'`]{0,64}:[^\s@/\"'`]{1,128}@",
    re.compile(
        r"\b[a-z][a-z0-9+.\-]{1,20}://([^\s:/@\"'`]{0,64}):([^\s@/\"'`]{1,128})@[^\s/\"'`]+"
    ),
    lambda m, s: _connection(m),
    back=220,
    ahead=200,
)


def _connection(m: re.Match[str]) -> Iterator[Hit]:
    """Credentials in a URL or connection string (``scheme://user:password@host``)."""
    secret = m.group(2)
    if _PLACEHOLDER.search(secret) or secret.lower() in {"password", "pass", "secret", "pwd"}:
        return
    yield Hit("secret.password", None, m.start(1), m.end())


_JWT_SAMPLES = frozenset({"SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c"})
JWT = Detector(
    "jwt",
    r"\beyJ[A-Za-z0-9_\-]{5,}\.eyJ[A-Za-z0-9_\-]{5,}\.",
    re.compile(
        r"\beyJ[A-Za-z0-9_\-]{5,2000}\.eyJ[A-Za-z0-9_\-]{5,8000}\.([A-Za-z0-9_\-]{10,1000})?"
    ),
    lambda m, s: _jwt(m),
    back=10_100,
    ahead=1_100,
)


def _jwt(m: re.Match[str]) -> Iterator[Hit]:
    """A structurally valid JWT: JSON header with ``alg`` and a JSON object payload.

    An unsigned token (``alg: none``) ends at its second dot: the claims are the secret.
    """
    header_b64, payload_b64, signature = m.group(0).split(".")
    header, payload = _b64json(header_b64), _b64json(payload_b64)
    if not isinstance(header, dict) or "alg" not in header or not isinstance(payload, dict):
        return
    if not signature and str(header["alg"]).lower() != "none":
        return  # a signed token cut before its signature: too little to tell
    if signature in _JWT_SAMPLES or payload.get("name") == "John Doe":
        return
    if _PLACEHOLDER.search(m.group(0)):
        return  # "...placeholder-signature", "example" tokens from documentation
    yield Hit("secret.jwt", None, m.start(), m.end())


def _b64json(segment: str) -> object:
    """Decode one base64url JSON segment; None when it is not one."""
    try:
        raw = base64.urlsafe_b64decode(segment + "=" * (-len(segment) % 4))
        return json.loads(raw)
    except (binascii.Error, ValueError):
        return None


DETECTORS = (
    *PROVIDERS,
    GENERIC_KEY,
    QUOTED_KEY,
    LINE_KEY,
    SERVICE_KEY,
    BUNDLER_CREDENTIALS,
    PRIVATE_KEY,
    PUTTY_KEY,
    AWS_SECRET,
    PASSWORD,
    PAIR,
    PROSE_PASSWORD,
    TWILIO_TOKEN,
    CURL_USER,
    AUTH_HEADER,
    AUTH_FIELD,
    CLI_PASSWORD,
    CONNECTION_STRING,
    JWT,
)
