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

from proxy.classify._base import Detector, Hit, Scan, hs_words, words
from proxy.classify.detectors._secret_headers import AUTH_HEADER, CURL_USER
from proxy.classify.detectors._secret_keys import AWS_SECRET, GENERIC_KEY, PROVIDERS
from proxy.classify.detectors._secret_values import PLACEHOLDER as _PLACEHOLDER

#: Key material: a base64 run with digits or ``+/`` and both cases (DER "MIIE...", "b3Bl...").
_KEY_BODY = re.compile(r"(?=[A-Za-z0-9+/=]*[0-9+/])(?=[A-Za-z0-9+/=]*[a-z])[A-Za-z0-9+/=]{16,}")
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
        tail = re.match(r"[A-Za-z0-9+/=\s:\-,]*", scan.text[m.end() : scan.hi])
        stop = m.end() + (len(tail.group(0).rstrip()) if tail else 0)
    body = scan.text[m.end() : stop]
    if _PLACEHOLDER.search(body[:200].replace("-----END", "")) and len(body) < 300:
        return
    if not _KEY_BODY.search(body):
        return  # a header over prose ("anything"): no key material
    yield Hit("secret.private_key", None, m.start(), stop)


_PASSWORD_WORDS = (
    r"password|passwd|passwort|kennwort|mot de passe|mdp|contraseña|contrasena|clave|"
    r"wachtwoord|hasło|haslo|pwd|pass|passcode|pin|wi-fi code|wifi code|wlan code|door code|"
    r"gate code|alarm code|access code|entry code|code wi-fi|code wifi|wi-fi key|wifi key"
)
_COPULAS = r"is|was|est|ist|lautet|è|es|era|jest|luidt|wynosi|brzmi"
_POLICY_WORDS = frozenset(
    words(
        "must|should|needs|need|requires|required|require|at|least|minimum|min|length|policy|reset|"
        "stored|saved|set|sent|encrypted|hashed|hidden|managed|rotated|incorrect|wrong|invalid|"
        "correct|missing|empty|blank|valid|same|different|secure|long|short|not|in|on|now|still|"
        "expired|expires|expire|field|hint|manager|doit|devra|muss|sollte|deve|dovrebbe|debe|moet|"
        "musi|powinno|will|the|a|an|of|for|is|be|le|la|les|der|die|das|il|lo|el|los|het|de|un|une|"
        "ein|eine|uno|una|een|to|and|with|contain|contains|containing|doit-être|change|changed|"
        "forgotten|oublié|vergessen|dimenticata|olvidada|vergeten|zapomniane|protected|protégé|"
        "geschützt|rules|requirements|complexity|strength|strong|weak"
    )
)
PASSWORD = Detector(
    "password",
    hs_words(_PASSWORD_WORDS.split("|"), prefixes=True),
    re.compile(
        rf"(?<![A-Za-z0-9])(?:{_PASSWORD_WORDS})\b[\"']?"
        rf"(?:[ \t]*(?P<op>[:=]|:=|=>)|[ \t]+(?P<to>to)\b(?:[ \t]*:)?"
        rf"|(?:[ \t]+[\w'-]{{1,12}}){{0,3}}?[ \t]+(?P<copula>{_COPULAS})\b(?:[ \t]*:)?)"
        rf"[ \t]*(?:(?P<q>[\"'`])(?P<spaced>[^\"'`\n]{{4,64}})(?P=q)"
        rf"|(?P<quote>[\"'`]?)(?P<value>[^\s\"'`;,]{{4,64}}))",
        re.I,
    ),
    lambda m, s: _password(m),
    back=40,
    ahead=100,
    caseless=True,
    unicode=True,
)


#: Values that are code, not secrets: calls, attribute paths, snake_case names, type names.
_CODE_VALUE = re.compile(
    r"[A-Za-z_][\w.]*\(.*|(?:self|this|os|config|settings|env|args|request|params|opts?|cfg)"
    r"\.[\w.\[\]]+|[a-z]+(?:_[a-z0-9]+)+|[a-z]+\.[a-z_.]+|str|bytes|string|int|bool|optional|"
    r"password|passwd|secret|text|value|input|none|null|undefined|required|user|username|login|"
    r"acct|account|[{\[(].*|"
    r"[A-Za-z_][\w.]*\[.*",
    re.I,
)


def _password(m: re.Match[str]) -> Iterator[Hit]:
    """The value of a password assignment; policies, references and placeholders are not."""
    if m.group("spaced") is not None:
        yield from _quoted(m)
        return
    value = m.group("value").rstrip(".):")
    if len(value) < 4 or value.lower() in _POLICY_WORDS or _PLACEHOLDER.search(value):
        return
    if (m.group("copula") or m.group("to")) and value.isalpha() and value.islower():
        return  # "the password is stored ...": prose, not a value
    if _CODE_VALUE.fullmatch(value):
        return  # password = get_password(), password: bytes, self.password
    if m.group("op") in ("=", ":=", "=>") and not m.group("quote") and value.isalpha():
        return  # password = credentials: a variable, not a literal
    if re.match(r"\s*=[^=]", m.string[m.end("value") :]):
        return  # passwd = acct = '': a chained assignment
    if value.isalpha() and value.islower() and re.match(r" [a-z]", m.string[m.end("value") :]):
        return  # "pwd: expected bytes, got ...": a sentence goes on
    if re.fullmatch(r"\*+|x+|•+|\.+|-+|_+|\?+|null|none|true|false|empty", value, re.I):
        return
    yield Hit("secret.password", None, m.start("value"), m.start("value") + len(value))


#: First words of messages and policies, not of passphrases.
_MESSAGE_STARTS = frozenset(
    words(
        "must|should|needs|need|requires|required|at|minimum|min|the|a|an|is|be|not|please|enter|"
        "type|confirm|cannot|can't|doesn't|does|do|too|le|la|les|der|die|das|il|lo|el|los|het|de|"
        "un|une|ein|eine|een|doit|muss|deve|debe|moet|musi|invalid|incorrect|wrong|password|"
        "passwords|your|this|that|it|if|when|use|see|set|no|none"
    )
)


def _quoted(m: re.Match[str]) -> Iterator[Hit]:
    """A quoted value, which may hold spaces or braces (``password = "{correct horse}"``).

    Format fields (``"{db_password}"``), messages ("must be 8 characters.") and one-token
    values the unquoted rules reject are not secrets.
    """
    value = m.group("spaced")
    first = value.split()[0].lower().strip("{(") if value.split() else ""
    if _PLACEHOLDER.search(value) or re.fullmatch(r"\{[a-z_][\w.]*\}|\{\d*\}", value, re.I):
        return
    if " " not in value and not value.startswith("{") and _CODE_VALUE.fullmatch(value):
        return
    if " " in value and (first in _MESSAGE_STARTS or len(value.split()) > 5 or value[-1] in ".!?"):
        return
    if value.strip("{}").strip().lower() in _POLICY_WORDS:
        return
    yield Hit("secret.password", None, m.start("spaced"), m.end("spaced"))


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
    PRIVATE_KEY,
    AWS_SECRET,
    PASSWORD,
    CURL_USER,
    AUTH_HEADER,
    CONNECTION_STRING,
    JWT,
)
