"""A secret a command printed: the output line after a shell command that reads a secret and
decodes it, as DevOps pastes show it ("$ kubectl get secret db -o jsonpath='{.data.password}' |
base64 -d" and, on the next line, the password; "echo … | base64 --decode"; "vault kv get
-field=password …"; "aws secretsmanager get-secret-value …"; "op read op://…").

The command names a secret (``get secret``, a secret store's read, or a field called a password,
token or key) and decodes it or reads its field; the next line holds one token of eight
characters or more with the entropy of a random value (not a message such as "error: …", not a
placeholder). Reported as ``secret.password``.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from proxy.classify._base import Detector, Hit, Scan
from proxy.classify.detectors._secret_values import PLACEHOLDER, entropy, made_up

#: A command line that prints a secret's value (after an optional prompt).
_COMMAND = (
    r"(?:get[ \t]+secrets?\b[^\n]*(?:base64[ \t]+(?:-d|--decode|-D)|jsonpath|go-template)|"
    r"base64[ \t]+(?:-d|--decode|-D)\b|vault[ \t]+(?:kv[ \t]+get|read)[^\n]*-field|"
    r"secretsmanager[ \t]+get-secret-value|op[ \t]+read[ \t]+op://|"
    r"gcloud[ \t]+secrets[ \t]+versions[ \t]+access)"
)
_SECRET_WORD = re.compile(r"(?i)pass|secret|token|key|cred|pwd")
_DECODED = re.compile(
    rf"(?m)^[^\n]*?{_COMMAND}[^\n]*\r?\n[ \t]*(?P<value>[^\s\"'`]{{8,128}})[ \t]*\r?$"
)


def _decoded(m: re.Match[str], _scan: Scan) -> Iterator[Hit]:
    """The value on the line after a command that printed a secret (module docstring)."""
    command, value = m.group(0)[: m.start("value") - m.start()], m.group("value")
    if not _SECRET_WORD.search(command) or value.startswith(("$", "#", ">", "{", "[", "<")):
        return
    if value.endswith(":") or PLACEHOLDER.search(value) or made_up(value):
        return
    if entropy(value) < 3.0 or not (re.search(r"\d", value) and re.search(r"[A-Za-z]", value)):
        return
    yield Hit("secret.password", None, m.start("value"), m.end("value"))


DECODED = Detector(
    "password.decoded",
    r"get\s+secrets?\b|base64\s+(?:-d|--decode|-D)\b|vault\s+(?:kv\s+get|read)\b|"
    r"secretsmanager\s+get-secret-value|op\s+read\s+op://|gcloud\s+secrets\s+versions\s+access",
    _DECODED,
    _decoded,
    back=200,
    ahead=400,
)

DETECTORS = (DECODED,)
