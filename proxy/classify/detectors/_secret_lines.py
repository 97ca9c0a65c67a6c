"""Keys in keyword lines that ``GENERIC_KEY``'s one-token pattern does not read whole: quoted
values with spaces, braces or signs (``secret = "7hQ pL2 9vX"``, ``api_key: "{Xk9-3pq-Lm2}"``,
``SECRET_KEY = "k3#x!9pq2Lm7$Vb8"``), and unquoted values to the end of their line, as YAML,
``.env`` files and notes write them (``secret: {Xk9-3pq-Lm2-88Q}``, ``client_secret: Gh7 kLm9
pQr2 sTu5``, ``totp_secret: JBSW Y3DP EHPK 3PXP``, ``API_TOKEN=gh7Kq2$Lm9xZ!p4Rw8T``).

Not keys: format fields and templates ("{db_password}", "{s3_api_key}", "{{ token }}"), code
(calls and subscripts: "b64encode(userpass).decode()", "hkdf(ikm1, salt2)", "tokens[i+1]"),
references to a secret store, an environment or a file ("vault:secret/data/app#token",
"%env(API_KEY)%", "ref+vault://…"), patterns ("^[A-Za-z0-9_-]+$"), messages, values under a
public or anti-forgery name ("csrf_token"), package versions, made-up runs, and groups that are
words, codes, quantities or fields of a log line ("ERC-20 BEP-20", "15min 900s 2h", "SKU-2231",
"user_id=1042"). Each value is checked line by line: a window holding several lines judges each
the same way, whatever line woke it.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from proxy.classify._base import Detector, Hit, Scan
from proxy.classify.detectors._secret_keys import (
    ANY_PROVIDER,
    KEY_NAMES,
    NOT_SECRET_NAME,
    PACKAGE,
)
from proxy.classify.detectors._secret_passwords import MESSAGE_STARTS
from proxy.classify.detectors._secret_values import CODE, PLACEHOLDER, entropy, made_up

#: Longest value read (a SAS token or a signed URL runs to a few hundred characters).
_LONGEST = 400

QUOTED_KEY = Detector(
    "keyword_quoted",
    rf"(?:{KEY_NAMES})[\"']?\s*(?:[:=]|:=|=>)\s*[\"'`][^\"'`\n]{{0,60}}[ {{#!$@%^&*()]",
    re.compile(
        rf"(?:{KEY_NAMES})[\"']?[ \t]*(?::=|=>|[:=])[ \t]*(?P<q>[\"'`])"
        rf"(?P<value>[^\"'`\n]{{8,{_LONGEST}}})(?P=q)",
        re.I,
    ),
    lambda m, s: _quoted_key(m, s),
    back=160,
    ahead=_LONGEST + 20,
    caseless=True,
)
LINE_KEY = Detector(
    "keyword_line",
    rf"(?:{KEY_NAMES})[\"']?[ \t]*(?:[:=]|:=|=>)[ \t]*"
    r"(?:\{[^{}\n]{6}|[A-Za-z0-9_\-/+=.~!@#$%^&*]{2,40}[ ][A-Za-z0-9]"
    r"|[A-Za-z0-9_\-/+=.~]{0,15}[!@#$%^&*()])",
    re.compile(
        rf"(?:{KEY_NAMES})[\"']?[ \t]*(?::=|=>|[:=])[ \t]*"
        rf"(?P<value>\{{[^{{}}\n\r\"'`]{{6,{_LONGEST}}}\}}|[^\s\"'`{{][^\n\r\"'`]{{4,{_LONGEST}}}?)"
        r"[ \t\r]*(?=\n|\Z|[ \t]#)",
        re.I,
    ),
    lambda m, s: _line_key(m, s),
    back=160,
    ahead=_LONGEST + 20,
    caseless=True,
)

#: A value GENERIC_KEY's pattern takes whole: it judges it.
_GENERIC_VALUE = re.compile(r"[A-Za-z0-9_\-/+=.~]+")
#: A reference to a secret store, an environment or a file, a pattern or a path.
_REFERENCE = re.compile(
    r"^(?:vault|ref\+\w+|sm|awssm|gcpsm|azkv|op|doppler|secret|secrets|k8s|env|file|arn)"
    r"(?::|://)|%env\(|/secrets?/|^\^|\$$|^%\w+%|\\|^\(\(",
    re.I,
)
#: A format field or template variable, with a conversion or a format spec ("{api_key_2!r}").
_FIELD = re.compile(r"\{+\s*(?P<name>[A-Za-z_][\w.]*)?(?:![rsa])?(?::[^{}]*)?\s*\}+")
#: A name in a field: words joined by "_" or ".", or camelCase ("{s3_api_key}", "{token2}").
_IDENTIFIER = re.compile(r"\w*[_.]\w*|[a-z]+(?:[A-Z][a-z]*)*\d{0,3}|[A-Z]+\d{0,3}")
#: A group that is no part of a key: a word, a code, a quantity, a note, a field of a log line.
_NOT_KEY_GROUP = re.compile(
    r"(?:[a-z]+|[A-Z][a-z]+)[:,;.]?|[A-Z]{1,6}[+-]?[A-Z]?\d{1,5}|\d+[a-z]{1,3}|\d+|"
    r"0x[0-9a-fA-F]+|\(\w{1,5}\)|[\W_]+|.+=.+"
)
_MIXED = re.compile(r"(?=.*\d)(?=.*[A-Za-z])")


def _quoted_key(m: re.Match[str], scan: Scan) -> Iterator[Hit]:
    """A quoted value with spaces, braces or signs under a key name (see the module)."""
    value = m.group("value")
    if _GENERIC_VALUE.fullmatch(value) or _named_otherwise(m, scan):
        return
    words = value.split()
    if (value[-1] in ".!?" and len(words) > 1) or words[0].lower().strip("{(") in MESSAGE_STARTS:
        return  # a message
    if _judged(value, words, quoted=True, braced="{" in value):
        yield Hit("secret.api_key", "generic", m.start("value"), m.end("value"))


def _line_key(m: re.Match[str], scan: Scan) -> Iterator[Hit]:
    """An unquoted value to the end of its line under a key name (see the module)."""
    value = m.group("value")
    inner = value[1:-1] if value.startswith("{") else value
    groups = inner.split()
    if not groups or (inner == value and _GENERIC_VALUE.fullmatch(value)) or _fields_only(value):
        return
    braced = inner != value
    if not _named_otherwise(m, scan) and _judged(inner, groups, quoted=False, braced=braced):
        yield Hit("secret.api_key", "generic", m.start("value"), m.end("value"))


def _named_otherwise(m: re.Match[str], scan: Scan) -> bool:
    """Whether the key's name says its value is public or short-lived ("csrf_token")."""
    return NOT_SECRET_NAME.search(scan.before(m.start(), 16)) is not None


def _judged(value: str, groups: list[str], *, quoted: bool, braced: bool) -> bool:
    """Whether a value (without its braces when unquoted) or its groups read as a key; in
    braces, a shorter and plainer one ("{Xk9-3pq-Lm2}": braces are typed around a value). A
    quoted value of several groups is judged as it was before the unquoted ones were read:
    up to five, no placeholder or field, a letter and a digit, entropy 3 bits."""
    if PLACEHOLDER.search(value) or _fields_only(value):
        return False
    most = 5 if quoted else 8
    if not (re.search(r"\d", value) and re.search(r"[A-Za-z]", value)) or len(groups) > most:
        return False
    joined = value.replace(" ", "")
    if quoted and len(groups) > 1:
        return entropy(joined) >= 3.0
    if _REFERENCE.search(value):
        return False
    if len(groups) == 1:
        if CODE.search(value) or PACKAGE.fullmatch(value) or ANY_PROVIDER.fullmatch(value):
            return False
        if value.startswith("eyJ") or made_up(value):
            return False  # a JWT (its detector decides), a made-up run
        return len(joined) >= (8 if braced else 10) and entropy(joined) >= (3.0 if braced else 3.5)
    if CODE.search(value) or not _groups_ok(groups):
        return False
    return len(joined) >= 8 and entropy(joined) >= 3.0


def _groups_ok(groups: list[str]) -> bool:
    """Whether the groups of an unquoted value read as a key's: none a word, a code or a
    quantity; two carry a letter and a digit ("JBSW Y3DP EHPK 3PXP"); three characters each."""
    if any(len(g) < 3 or _NOT_KEY_GROUP.fullmatch(g) or _identifier(g) for g in groups):
        return False
    return sum(_MIXED.match(g) is not None for g in groups) >= 2


def _identifier(group: str) -> bool:
    """Whether a group in lower case is a name of a thing: with a separator ("eu-west-1",
    "t2.micro", "cl100k_base") or letters then digits ("latin1", "sha256", "utf8mb4"); key
    groups start with a digit or mix them in ("4k7d", "p8q3")."""
    if not group.islower() and not group.isdigit():
        return False
    return bool(re.search(r"[-_.]", group)) or _LETTERS_DIGITS.fullmatch(group) is not None


_LETTERS_DIGITS = re.compile(r"[a-z]{2,}\d+(?:[a-z]+\d*)?")


def _fields_only(value: str) -> bool:
    """Whether the value is made of format fields ("{db_user} {db_pass}", "{{ token }}")."""
    rest = _FIELD.sub(lambda f: "" if _is_field(f) else f.group(0), value)
    return not rest.strip(" :/-_.@")


def _is_field(f: re.Match[str]) -> bool:
    """Whether a braced name is a field's (an identifier), not a random value in braces."""
    name = f.group("name")
    return name is None or _IDENTIFIER.fullmatch(name) is not None


DETECTORS = (QUOTED_KEY, LINE_KEY)
