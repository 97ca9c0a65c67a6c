"""API keys: provider token formats, high-entropy values under key-like names, AWS secret keys.

Published samples, placeholders and made-up values ("abcdef…", "123456…") are not keys; a
value under a public or anti-forgery name (``publicToken``, ``csrf-token``) is not a secret.
"""

from __future__ import annotations

import base64
import binascii
import re
from collections.abc import Iterator

from proxy.classify._base import Detector, Hit, Scan
from proxy.classify.detectors._secret_formats import KEYS
from proxy.classify.detectors._secret_values import (
    CODE,
    DOC_KEYS,
    PLACEHOLDER,
    entropy,
    made_up,
    not_a_key,
)


def _provider(provider: str) -> Detector:
    """The detector of one provider's token formats."""
    shapes = [k for k in KEYS if k[0] == provider]

    def validate(m: re.Match[str], scan: Scan) -> Iterator[Hit]:
        """A provider key unless it is a documentation sample, a placeholder or made up."""
        value = m.group(0)
        if not_a_key(value, scan.after(m.end(), 10)):
            return
        if provider == "slack" and not _slack_shaped(value):
            return
        if provider == "discord" and not _discord_shaped(value):
            return
        yield Hit("secret.api_key", provider, m.start(), m.end())

    return Detector(
        f"api_key.{provider}",
        "|".join(f"(?:{s[1]})" for s in shapes),
        re.compile("|".join(f"(?:{s[2]})" for s in shapes)),
        validate,
        back=160,
        ahead=400,
    )


def _slack_shaped(value: str) -> bool:
    """Slack tokens carry numeric ids; "xoxb-my-bot-token" (words, no ids) is a placeholder."""
    if "hooks.slack.com" in value:
        return entropy(value.rsplit("/", 1)[-1]) >= 3.0
    segments = value.split("-")[1:]
    if any(seg.isalpha() and len(seg) < 16 for seg in segments):
        return False
    ids = [seg for seg in segments if seg.isdigit()]
    if len(ids) >= 3 and len(set(ids)) == 1:
        return False  # xoxp-1234-1234-1234-...: one id repeated
    return sum(c.isdigit() for c in value) >= 4


def _discord_shaped(value: str) -> bool:
    """A Discord bot token starts with its bot's numeric id in base64: a snowflake, a 64-bit
    number of 17 to 19 digits today. A token edited by hand to stand for a real one keeps most
    of those digits: three in four of its 17 to 19 bytes ("MZ1yGvKTjE0r…", GitGuardian's
    documented example, decodes to one digit and 17 other bytes)."""
    head = value.split(".", 1)[0]
    try:
        decoded = base64.b64decode(head + "=" * (-len(head) % 4), validate=True)
    except (binascii.Error, ValueError):
        return False
    if decoded.isdigit():
        return True
    digits = sum(0x30 <= b <= 0x39 for b in decoded)
    return decoded[:1].isdigit() and 17 <= len(decoded) <= 19 and 4 * digits >= 3 * len(decoded)


PROVIDERS = tuple(_provider(p) for p in dict.fromkeys(k[0] for k in KEYS))
#: Any provider format: a value of that shape is the provider detector's to judge.
ANY_PROVIDER = re.compile("|".join(f"(?:{k[2]})" for k in KEYS))

#: AI and messaging providers whose keys carry no prefix of their own (a Mistral key is 32
#: letters and digits), named before or after a key word.
_VENDORS = (
    r"mistral|openai|anthropic|cohere|groq|gemini|deepseek|perplexity|together|replicate|"
    r"huggingface|hugging face|elevenlabs|voyage|jina|fireworks|sendgrid|mailgun|twilio|brevo"
)
KEY_NAMES = (
    r"api[_\- ]?key|apikey|secret[_\- ]?key|client[_\- ]?secret|access[_\-]?key(?:[_\-]?id)?|"
    r"auth[_\- ]?token|access[_\- ]?token|secret|token|private[_\-]?key(?:[_\-]?id)?|"
    r"aws_secret_access_key|"
    r"bearer|(?:clé|cle) (?:d'|de l')?api|api-schlüssel|chiave (?:dell')?api|clave (?:de la )?api|"
    r"api-sleutel|klucz api|"
    # a key named by its provider: "Clé Mistral :", "my mistral key is", "Groq-Key:"
    rf"(?:clé|cle|schlüssel|chiave|clave|sleutel|klucz|key)[ ](?:{_VENDORS})|"
    rf"(?:{_VENDORS})[ _\-]?(?:key|clé|schlüssel|chiave|clave|sleutel|klucz)"
)
#: An assignment, or a copula in prose ("the API key is …", "der API-Key ist …").
_COPULA = r"\s(?:is|was|est|ist|lautet|è|es|jest)"
_KEY_OP = rf"(?:[:=]|:=|=>|{_COPULA})"
#: What may follow a key name in the name of one of its copies (``API_KEY_PROD``,
#: ``SECRET_KEY_BASE``, ``apiKeyV2``): environments, versions and encodings only.
_NAME_TAIL = (
    r"(?:[_\-.]?(?:prod|production|dev|development|staging|stage|test|live|sandbox|base|"
    r"v\d{1,2}|[0-9]|b64|base64|hex|value|primary|secondary|old|new))?"
)
GENERIC_KEY = Detector(
    "api_key.generic",
    rf"(?:(?:{KEY_NAMES}){_NAME_TAIL}[\"']?\s*{_KEY_OP}|bearer)\s*[\"']?"
    r"[A-Za-z0-9_\-/+=.~]{16}",
    re.compile(
        rf"(?:(?:{KEY_NAMES}){_NAME_TAIL}[\"']?\s*(?:[:=]|:=|=>|(?P<copula>{_COPULA}))"
        r"|\bbearer)\s*(?P<q>[\"'])?"
        rf"(?P<value>[A-Za-z0-9_\-/+=.~]{{16,200}})",
        re.I,
    ),
    lambda m, s: _generic(m, s),
    back=60,
    ahead=220,
    caseless=True,
)
#: Names whose values are public or short-lived by design (``publicToken``, ``csrf-token``).
NOT_SECRET_NAME = re.compile(r"(?:public|publishable|csrf|xsrf|anti[_\-]?forgery)[_\-.]?$", re.I)
#: A package coordinate or version ("jjwt-jackson-0.11.2"), not a key.
PACKAGE = re.compile(r"[a-z][a-z0-9]*(?:[\-.][a-z][a-z0-9]*)*-v?\d+(?:\.\d+)+")


def _generic(m: re.Match[str], scan: Scan) -> Iterator[Hit]:
    """A high-entropy value assigned to a key-like name (not a reference or a placeholder).
    A quoted value goes on to its closing quote when no space comes first, an unquoted one to
    the next space, quote, "<", "&", "," or ";": Django's keys and generated passwords hold
    "$", "#", "!" and "@" ("django-insecure-7h$k2@x!9q#..."). When the longer value is no
    key (a placeholder or code follows: "K${SUFFIX}", "K(prod)"), the value as the pattern
    read it is judged."""
    value, end = m.group("value"), m.end("value")
    if (value.startswith("eyJ") and "." in value) or ANY_PROVIDER.fullmatch(value):
        return  # a JWT or a provider's token: their detectors decide
    if NOT_SECRET_NAME.search(scan.before(m.start(), 16)):
        return
    rest = (_TO_QUOTE[m.group("q")] if m.group("q") else _ON).match(scan.after(end, 200))
    more = _unclosed(value, rest.group(1)) if rest is not None else ""
    if more and not more.startswith("(") and _generic_key(value + more, m, scan, end + len(more)):
        yield Hit("secret.api_key", "generic", m.start("value"), end + len(more))
    elif _generic_key(value, m, scan, end):
        yield Hit("secret.api_key", "generic", m.start("value"), end)


def _generic_key(value: str, m: re.Match[str], scan: Scan, end: int) -> bool:
    """Whether a value under a key name (ending at ``end``) reads as a key."""
    django = value.startswith("django-insecure-")  # its alphabet has "(" and ")"
    if (CODE.search(value) and not django) or "wJalrXUtnFEMI" in value or PACKAGE.fullmatch(value):
        return False  # code, AWS's documented secret key cut, a package version
    if value.isdigit() or not (re.search(r"\d", value) and re.search(r"[A-Za-z]", value)):
        return False
    if m.group("copula") and re.fullmatch(r"[a-z]+(?:_[a-z0-9]+)+", value):
        return False  # "the secret key is generated_per_session_2024": words, said in prose
    hexish = re.fullmatch(r"[0-9a-fA-F\-]+", value) is not None
    threshold = 3.0 if hexish else 3.5
    return not (made_up(value) or not_a_key(value, scan.after(end, 10), threshold))


#: The rest of a quoted value up to its closing quote, with no space, quote or newline on the
#: way (the part the value pattern stopped before: "$k2@x!9q#l0m").
_TO_QUOTE = {q: re.compile(rf"([^\s\"'`]{{1,200}}){q}") for q in "\"'"}
#: The rest of an unquoted value: up to a space, a quote or a separator of a query or a list.
_ON = re.compile(r"([^\s\"'`<&,;]{1,200})")


def _unclosed(value: str, more: str) -> str:
    """The rest of a value less the closing brackets that close what stands before the key
    ("Groq(api_key=gsk_…)", "(… is ovb8Q~…)")."""
    while more and more[-1] in ")]}>":
        opener = "([{<"[")]}>".index(more[-1])]
        if (value + more).count(opener) >= (value + more).count(more[-1]):
            break
        more = more[:-1]
    return more


AWS_SECRET = Detector(
    "api_key.aws_secret",
    r"secret[ _\-]?access[ _\-]?key",
    re.compile(
        r"secret[ _\-]?access[ _\-]?key[\"']?(?:[ \t]+[\w'-]{1,12}){0,4}?"
        r"(?:[ \t]*(?:[:=]|:=|=>)|[ \t]+(?:is|was|=))?[ \t]*[\"'`]?"
        r"([A-Za-z0-9/+]{40})(?![A-Za-z0-9/+=])",
        re.I,
    ),
    lambda m, s: _aws_secret(m),
    back=30,
    ahead=140,
    caseless=True,
)


def _aws_secret(m: re.Match[str]) -> Iterator[Hit]:
    """A 40-character AWS secret access key after its name, also in prose."""
    value = m.group(1)
    if value in DOC_KEYS or PLACEHOLDER.search(value) or entropy(value) < 4.0:
        return
    if re.search(r"\d", value) and re.search(r"[a-z]", value) and re.search(r"[A-Z]", value):
        yield Hit("secret.api_key", "aws", m.start(1), m.end(1))
