"""Service credentials that carry no prefix of their own, found by the service's name in a
config line: ``sourcegraph: <40 hex>`` (a Sourcegraph access token before the ``sgp_`` format),
``sumologic.accessId = "su…"`` (a Sumo Logic access id: ``su`` and 12 letters or digits) and
Bundler's gem-server credentials (``BUNDLE_GEMS__EXAMPLE__COM=user:password``).

The value must have the service's shape exactly, and the name must not say the value is
something else (a commit, a version, an image digest); ``version: 1.2.3``, ``accessId: null``,
``id: 42`` and object ids are not keys, nor are placeholders and low-entropy values.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from proxy.classify._base import Detector, Hit, Scan, words
from proxy.classify.detectors._secret_headers import stand_in
from proxy.classify.detectors._secret_values import PLACEHOLDER, made_up, not_a_key

#: Each service's name (as it starts a config key): the finding's subtype and the key's shape.
SHAPES: dict[str, tuple[str, re.Pattern[str]]] = {
    "sourcegraph": ("sourcegraph", re.compile(r"[0-9a-fA-F]{40}")),
    "sumo": ("sumologic", re.compile(r"su[A-Za-z0-9]{12}")),
}
_SERVICES = "|".join(SHAPES)
#: Assignment operators of config files, shells, Makefiles and code.
_OP = r"(?::{1,3}=|\?=|=>|[:=])"
#: Words of a key name that say what else the value is.
_NOT_KEY_WORDS = frozenset(
    words(
        "commit|sha|rev|revision|version|hash|digest|image|tag|ref|build|checksum|url|host|"
        "user|username|name|region|collector|source|endpoint|org|repo|project"
    )
)
#: The words of a key name: split at punctuation and camelCase humps.
_NAME_WORD = re.compile(r"[A-Z]?[a-z]+|[A-Z]+(?![a-z])|\d+")
SERVICE_KEY = Detector(
    "api_key.service",
    rf"\b(?:{_SERVICES})[\w.\-]{{0,30}}[\"']?[ \t]*{_OP}[ \t]*[\"'`]?[A-Za-z0-9]{{14}}",
    re.compile(
        rf"\b(?P<svc>{_SERVICES})(?P<name>[\w.\-]{{0,30}}?)[\"']?[ \t]*{_OP}[ \t]*[\"'`]?"
        r"(?P<value>[A-Za-z0-9]{14,80})(?![\w\-+/=.])",
        re.I,
    ),
    lambda m, s: _service_key(m, s),
    back=60,
    ahead=140,
    caseless=True,
)


def _service_key(m: re.Match[str], scan: Scan) -> Iterator[Hit]:
    """A value of the service's key shape under the service's name."""
    (subtype, shape), value = SHAPES[m.group("svc").lower()], m.group("value")
    name_words = {w.lower() for w in _NAME_WORD.findall(m.group("name"))}
    if not shape.fullmatch(value) or name_words & _NOT_KEY_WORDS:
        return
    if not (re.search(r"\d", value) and re.search(r"[A-Za-z]", value)) or made_up(value):
        return
    if not_a_key(value, scan.after(m.end("value"), 10)):
        return
    yield Hit("secret.api_key", subtype, m.start("value"), m.end("value"))


#: Bundler settings with a double underscore that are no gem-server host.
_BUNDLE_SETTINGS = frozenset(words("BUILD|MIRROR|LOCAL|GEMFILE|PATH|WITHOUT|WITH|JOBS"))
BUNDLER_CREDENTIALS = Detector(
    "bundler_credentials",
    r"\bBUNDLE_[A-Z0-9_]{1,60}__[A-Z0-9_]{2,30}[\"']?[ \t]*(?::{1,3}=|=|:)",
    re.compile(
        r"\bBUNDLE_(?P<host>[A-Z0-9_]{1,60}__[A-Z0-9_]{2,30})[\"']?[ \t]*(?::{1,3}=|=|:)"
        r"[ \t]*[\"']?(?P<user>[^\s:\"'@/]{2,64}):(?P<pw>[^\s\"']{4,128})"
    ),
    lambda m, s: _bundler(m),
    back=40,
    ahead=300,
)


def _bundler(m: re.Match[str]) -> Iterator[Hit]:
    """A gem server's ``user:password`` in Bundler's setting for its host
    (``BUNDLE_GEMS__EXAMPLE__COM=user:password``, in the environment or ``.bundle/config``)."""
    if m.group("host").split("__", 1)[0] in _BUNDLE_SETTINGS:
        return
    user, secret = m.group("user"), m.group("pw")
    if secret.startswith("/") or stand_in(secret) or secret == user or PLACEHOLDER.search(user):
        return
    yield Hit("secret.password", None, m.start("user"), m.end("pw"))
