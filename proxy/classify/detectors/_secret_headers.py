"""Credentials on command lines, in HTTP headers and in auth fields: ``curl -u user:password``,
``--user``, ``Authorization: Basic|Bearer|Token …``, ``-H "Api-Token: …"``, and ``user:password``
in base64 under Docker's ``"auth"`` or npm's ``_auth``.

Variables (``$USER:$TOKEN``, ``${API_KEY}``), placeholders ("xxx:yyy", "username:token",
"Bearer <token>"), a user name repeated as its password ("test:test") and ``Basic`` credentials
with an empty password are not secrets, unless the user name is itself a key (``<key>:``).
"""

from __future__ import annotations

import base64
import binascii
import re
from collections.abc import Iterator

from proxy.classify._base import Detector, Hit, Scan
from proxy.classify.detectors._secret_values import PLACEHOLDER, made_up, not_a_key

#: Password stand-ins in documentation ("curl -u username:password").
_STAND_INS = frozenset({"password", "pass", "secret", "pwd", "token", "key", "apikey", "api_key"})

CURL_USER = Detector(
    "curl_user",
    r"(?:\s-u|--user)[ =]?[\"']?[^\s:\"']{1,64}[\"']?:(?:[\"']?[^\s\"'@]|\s|$)",
    re.compile(
        r"(?<![\w-])(?:-u|--user)[ =]?[ \t]*[\"']?([^\s:\"']{1,64})[\"']?:[\"']?([^\s\"']{0,128})"
    ),
    lambda m, s: _curl_user(m, s),
    back=140,
    ahead=200,
)


def _curl_user(m: re.Match[str], scan: Scan) -> Iterator[Hit]:
    """``curl -u user:password`` (the command may continue lines with backslashes)."""
    before = scan.before(m.start(), 400)
    at = before.lower().rfind("curl")
    if at < 0 or re.search(r"(?<!\\)\n", before[at:]):
        return
    user, secret = m.group(1), m.group(2)
    if not secret:  # "curl -u <key>:": the key is the user, the password is empty
        if _key_as_user(user):
            yield Hit("secret.api_key", "auth_header", m.start(1), m.end(1))
        return
    if stand_in(secret) or secret == user or PLACEHOLDER.search(user):
        return
    yield Hit("secret.password", None, m.start(1), m.end(2))


def stand_in(secret: str) -> bool:
    """A variable, a placeholder or a documentation stand-in, not a password."""
    bare = secret.strip("{}[]<>")
    return (
        bool(PLACEHOLDER.search(secret))
        or bare.lower() in _STAND_INS
        or secret.startswith("$")
        or len(set(bare.lower())) == 1
    )


_SCHEMES = r"basic|bearer|token|apikey|api-key|key|sso-key|ssws|jwt"
AUTH_HEADER = Detector(
    "api_key.auth_header",
    r"\bauthorization[\"']?[ \t]*[:=]|(?:-H|--header)[ \t]+[\"']?[\w\-]*(?:token|api-?key|secret)"
    r"[\w\-]*[ \t]*:",
    re.compile(
        r"(?:\bauthorization[\"']?[ \t]*[:=][ \t]*[\"']?"
        r"|(?<![\w-])(?:-H|--header)[ \t]+[\"']?[\w\-]*(?:token|api-?key|secret)[\w\-]*[ \t]*:"
        rf"[ \t]*)(?:(?P<scheme>{_SCHEMES})[ \t]+)?(?P<value>[^\s\"',;]{{6,512}})",
        re.I,
    ),
    lambda m, s: _auth_header(m, s),
    back=100,
    ahead=560,
    caseless=True,
)


def _auth_header(m: re.Match[str], scan: Scan) -> Iterator[Hit]:
    """The credential of an ``Authorization`` header or of a token header passed to curl."""
    value = m.group("value")
    if value.startswith("eyJ") and "." in value:
        return  # a JWT: the JWT detector decides
    scheme = (m.group("scheme") or "").lower()
    if scheme == "basic" and (basic := _basic(value)) is not None:
        if basic:
            yield Hit("secret.api_key", "auth_header", m.start("value"), m.end("value"))
        return
    if len(value) < 8 or "(" in value or value.startswith("{"):
        return  # an expression or a template ("{base64(user:pass)}"), not a value
    hexish = re.fullmatch(r"[0-9a-fA-F\-]+", value) is not None
    if not_a_key(value, scan.after(m.end(), 10), 2.5 if hexish else 3.2):
        return
    if re.search(r"\d", value) or (len(value) >= 16 and not value.isalpha()):
        yield Hit("secret.api_key", "auth_header", m.start("value"), m.end("value"))


def _basic(value: str) -> bool | None:
    """Whether Basic credentials hold a password; None when the value is not base64 of
    ``user:password`` (then it is judged as an opaque token)."""
    try:
        decoded = base64.b64decode(value, validate=True).decode()
    except (binascii.Error, ValueError):
        return None
    user, colon, secret = decoded.partition(":")
    if not colon:
        return None
    if not secret:
        return _key_as_user(user)
    return not stand_in(secret) and secret != user


def _key_as_user(user: str) -> bool:
    """An empty password holds no secret ("browser:", "user:"), unless the user name is an API
    key: many APIs take the key as the user and no password (``curl -u <key>:``)."""
    if len(user) < 16 or not (re.search(r"\d", user) and re.search(r"[A-Za-z]", user)):
        return False
    return not made_up(user) and not not_a_key(user, "", 3.0)


AUTH_FIELD = Detector(
    "auth_field",
    r"_?auth[\"']?[ \t]*[:=][ \t]*[\"']?[A-Za-z0-9+/]{8}",
    re.compile(
        r"(?<![\w-])[\"']?_?auth[\"']?[ \t]*[:=][ \t]*[\"']?"
        r"(?P<value>[A-Za-z0-9+/]{8,400}={0,2})(?![A-Za-z0-9+/=])",
        re.I,
    ),
    lambda m, s: _auth_field(m),
    back=20,
    ahead=440,
    caseless=True,
)


def _auth_field(m: re.Match[str]) -> Iterator[Hit]:
    """``user:password`` in base64 under an ``auth`` field: Docker's ``config.json``
    (``"auth": "…"``) and npm's ``.npmrc`` (``_auth=…``). Anything else there is not judged."""
    if _basic(m.group("value")):
        yield Hit("secret.password", None, m.start("value"), m.end("value"))


#: Commands that take a password as a flag's value, and how: attached (``mysql -pS3cr3t``; with a
#: space, MySQL reads a database name) or after a space.
_MYSQL = ("-p", False)
_CLI_FLAGS = {
    "mysql": _MYSQL,
    "mysqldump": _MYSQL,
    "mysqladmin": _MYSQL,
    "mariadb": _MYSQL,
    "sshpass": ("-p", True),
    "redis-cli": ("-a", True),
    "docker login": ("-p", True),
}
CLI_PASSWORD = Detector(
    "cli_password",
    r"\b(?:mysql|mysqldump|mysqladmin|mariadb|sshpass|redis-cli)\b|\bdocker[ \t]+login\b",
    re.compile(
        # the command where a command starts: a line, a prompt, after a pipe, ;, && or sudo
        r"(?:^|(?<=[\n$#|;&(`\"'])|(?<=sudo))[ \t]*(?P<cmd>mysql|mysqldump|mysqladmin|mariadb|"
        r"sshpass|redis-cli|docker[ \t]+login)(?P<rest>[ \t][^\n]{0,300})"
    ),
    lambda m, s: _cli_password(m),
    back=20,
    ahead=460,
)
_FLAG = re.compile(
    r"(?<!\S)(?P<flag>-p|-a)(?P<sp>[ \t]*)"
    r"(?:\"(?P<dq>[^\"\n]{1,128})\"|'(?P<sq>[^'\n]{1,128})'|(?P<bare>[^\s\"'`;|&<>]{1,128}))"
)


def _cli_password(m: re.Match[str]) -> Iterator[Hit]:
    """A password given to a command as its flag's value (``mysql -u root -pS3cr3t``,
    ``sshpass -p '…' ssh …``, ``redis-cli -a …``, ``docker login -u … -p …``)."""
    flag, spaced = _CLI_FLAGS[re.sub(r"[ \t]+", " ", m.group("cmd"))]
    rest = m.group("rest")
    for f in _FLAG.finditer(rest):
        if f.group("flag") != flag or bool(f.group("sp")) != spaced:
            continue
        if _positionals(rest[: f.start()]) > 1:
            return  # words, not arguments ("mysql is faster -pretty sure")
        group = next(g for g in ("dq", "sq", "bare") if f.group(g) is not None)
        secret = f.group(group)
        if len(secret) >= 4 and not stand_in(secret) and not secret.startswith("-"):
            offset = m.start("rest")
            yield Hit("secret.password", None, offset + f.start(group), offset + f.end(group))
        return


def _positionals(args: str) -> int:
    """How many arguments are neither a flag nor a flag's value."""
    count, after_flag = 0, False
    for token in args.split():
        count += not token.startswith("-") and not after_flag
        after_flag = token.startswith("-") and len(token) == 2
    return count
