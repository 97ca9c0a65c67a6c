"""Secrets that carry no format of their own but travel with an identifier that has one.

A Twilio auth token is 32 hexadecimal digits, like any MD5 sum; beside its account SID
(``AC`` and 32 hexadecimal digits) it is the account's password: ``Client("AC…", "…")``,
``TWILIO_ACCOUNT_SID=AC…`` then ``TWILIO_AUTH_TOKEN=…``. The SID itself is found by the
provider formats (``_secret_formats``).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from proxy.classify._base import Detector, Hit, Scan
from proxy.classify.detectors._secret_values import made_up, not_a_key

#: How far from the SID its token may be (one call, or the next lines of a config).
_REACH = 240
_TOKEN = re.compile(r"(?<![\w-])[0-9a-f]{32}(?![\w-])")
TWILIO_TOKEN = Detector(
    "api_key.twilio_token",
    r"\bAC[0-9a-f]{32}\b",
    re.compile(r"(?<![\w-])AC[0-9a-f]{32}(?![\w-])"),
    lambda m, s: _twilio_token(m, s),
    back=40,
    ahead=4,
)


def _twilio_token(m: re.Match[str], scan: Scan) -> Iterator[Hit]:
    """The nearest 32-hex value after the SID (or, failing that, before it) on its lines."""
    after_lo = m.end()
    after = _TOKEN.search(scan.text, after_lo, min(scan.hi, after_lo + _REACH))
    candidates = [after] if after else []
    if not candidates:
        lo = max(scan.lo, m.start() - _REACH)
        candidates = list(_TOKEN.finditer(scan.text, lo, m.start()))[-1:]
    for token in candidates:
        value = token.group(0)
        if not (re.search(r"\d", value) and re.search(r"[a-f]", value)) or made_up(value):
            continue
        if not not_a_key(value, scan.after(token.end(), 10)):
            yield Hit("secret.api_key", "twilio", token.start(), token.end())
