"""A secret a command printed: the output line after a shell command that reads a secret and
decodes it, as DevOps pastes show it ("$ kubectl get secret db -o jsonpath='{.data.password}' |
base64 -d" and, on the next line, the password; "echo … | base64 --decode"; "vault kv get
-field=password …"; "aws secretsmanager get-secret-value …"; "op read op://…").

The command names a secret (``get secret``, a secret store's read, or a field called a password,
token or key) and decodes it or reads its field, not its metadata, and is not inside ``$(…)``;
the next line holds one token of eight characters or more with the entropy of a random value
(not a message such as "error: …", a prompt, a path, a UUID or a placeholder). Reported as
``secret.password``.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from proxy.classify._base import Detector, Hit, Scan
from proxy.classify.detectors._secret_values import PLACEHOLDER, entropy, made_up

#: What a command line that prints a secret's value holds (all of one group; plain substring
#: tests, linear in the line's length).
_COMMANDS = (
    ("get secret", "base64 -d"),
    ("get secret", "base64 --decode"),
    ("get secret", "base64 -D"),
    ("get secret", "jsonpath"),
    ("get secret", "go-template"),
    ("base64 -d",),
    ("base64 --decode",),
    ("base64 -D",),
    ("vault kv get", "-field"),
    ("vault read", "-field"),
    ("secretsmanager get-secret-value",),
    ("op read op://",),
    ("gcloud secrets versions access",),
)
_SECRET_WORD = re.compile(r"(?i)pass|secret|token|key|cred|pwd")
#: What the command reads instead of a value: the secret's metadata, name or version.
_NOT_VALUE = re.compile(r"(?i)metadata|\.name\b|\buid\b|versionid|--query[ =]+(?:name|arn)")
#: A line and the one after it holding a single token (no nested repetition: each line start
#: is tried once, in linear time).
_DECODED = re.compile(
    r"(?m)^(?P<command>[^\n]{1,2000})\n[ \t]*(?P<value>[^\s\"'`]{8,128})[ \t]*\r?$"
)
_NEWLINE = re.compile(r"\n")
_UUID = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}", re.I)
#: A shell prompt, a path or a command on the next line, not a value.
_NOT_SECRET_LINE = re.compile(r"[#$>:]$|^\.?\.?/|^[\w.-]+@[\w.-]+:|^[$#>{\[<]")


def _printed(command: str) -> bool:
    """Whether a command line prints a secret's value (not inside ``$(…)``: then a variable
    takes the value and the next line is another command)."""
    if "$(" in command or "`" in command or _NOT_VALUE.search(command):
        return False
    if not _SECRET_WORD.search(command):
        return False
    return any(all(part in command for part in group) for group in _COMMANDS)


def _decoded(m: re.Match[str], _scan: Scan) -> Iterator[Hit]:
    """The value on the line after a command that printed a secret (module docstring)."""
    value = m.group("value")
    if not _printed(m.group("command")) or _NOT_SECRET_LINE.search(value) or _UUID.fullmatch(value):
        return
    if PLACEHOLDER.search(value) or made_up(value):
        return
    if entropy(value) < 3.0 or not (re.search(r"\d", value) and re.search(r"[A-Za-z]", value)):
        return
    yield Hit("secret.password", None, m.start("value"), m.end("value"))


#: Pure literals, one detector each: hyperscan's literal compiler takes them at almost no scan
#: cost, where an alternation with classes would add a regular expression to the scan.
_LITERALS = (
    "get secret",
    "base64 -d",
    "base64 -D",
    "base64 --decode",
    "vault kv get",
    "vault read",
    "secretsmanager get-secret-value",
    "op read op://",
    "gcloud secrets versions access",
)
DECODED = tuple(
    Detector(
        "password.decoded",
        re.escape(literal),
        _DECODED,
        _decoded,
        back=200,
        ahead=400,
        needs=_NEWLINE,  # the value is on the next line: a window without one holds none
    )
    for literal in _LITERALS
)

DETECTORS = DECODED
