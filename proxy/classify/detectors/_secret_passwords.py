"""Passwords as people write them: assignments, keyword lines, and prose in the seven languages
("the Wi-Fi code is horse-marble-40", "le mot de passe est …", "das Passwort lautet …",
"hasło do wifi: …", "username admin, password Bl4ckC0ffee", "Passphrase: correct horse …").

Password *policies* and messages ("must be at least 8 characters", "das Passwort ist falsch"),
references (``os.environ[...]``, ``self.password``), placeholders and links are not passwords.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from proxy.classify._base import Detector, Hit, alternation, hs_words, words
from proxy.classify.detectors._secret_values import PLACEHOLDER as _PLACEHOLDER

_PASSWORD_WORDS = (
    r"password|passwd|passwort|kennwort|mot de passe|mdp|contraseña|contrasena|clave|"
    r"wachtwoord|hasło|haslo|pwd|pass|passcode|pin|wi-fi code|wifi code|wlan code|door code|"
    r"gate code|alarm code|access code|entry code|code wi-fi|code wifi|wi-fi key|wifi key|"
    r"passphrase|pass phrase|phrase secrète|code du wifi|code du wi-fi|wlan-schlüssel|wlan-key|"
    r"wlan-kennwort|netzwerkschlüssel|chiave wifi|chiave wi-fi|codice wifi|codice del wifi|"
    r"codice del wi-fi|clave wifi|clave del wifi|wifi-code"
)
#: The words as a character trie (a flat alternation costs ``re`` every word at every position).
_KW = alternation(_PASSWORD_WORDS.split("|"))
_PHRASE_WORDS = frozenset({"passphrase", "pass phrase", "phrase secrète"})
_COPULAS = r"is|was|est|c'est|c’est|ist|lautet|heißt|heisst|è|es|era|jest|luidt|wynosi|brzmi"
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
#: The password word ending a compound name: camelCase (``dbPassword``, ``smtpPass``) or one
#: upper-case run (``PGPASSWORD``, ``MYSQLPWD``); "bypass", "compass", "BYPASS" are no such name.
_COMPOUND = (
    r"(?-i:(?<=[a-z0-9])(?=P(?:assword|asswd|wd|ass|assphrase|asscode)\b)"
    r"|(?<=[A-Z0-9])(?=P(?:ASSWORD|ASSWD|WD)\b))"
)
#: An environment or a number after the name (``DB_PASSWORD_PROD``, ``password-2``).
_ENV = r"[_\-](?:prod|production|dev|development|staging|stage|test|live|old|new|\d)"
_ENV_TAIL = rf"(?:{_ENV})?"
PASSWORD = Detector(
    "password",
    hs_words(_PASSWORD_WORDS.split("|"), prefixes=True) + rf"|(?:password|passwd|pwd|pass){_ENV}\b",
    re.compile(
        rf"(?:(?<![A-Za-z0-9])|{_COMPOUND})(?P<kw>{_KW}){_ENV_TAIL}\b[\"']?"
        rf"(?:(?P<filler>(?:[ \t]+[\w'’-]{{1,12}}){{1,3}}?)?[ \t]*(?P<op>:=|=>|[:=])"
        rf"|[ \t]+(?P<to>to)\b(?:[ \t]*:)?"
        rf"|(?:[ \t]+[\w'’-]{{1,12}}){{0,3}}?[ \t]+(?P<copula>{_COPULAS})(?![\w'’])(?:[ \t]*:)?"
        rf"|(?P<bare>[ \t]+))"
        rf"[ \t]*(?:(?P<q>[\"'`])(?P<spaced>[^\"'`\n]{{4,64}})(?P=q)"
        rf"|(?P<quote>[\"'`]?)(?P<value>[^\s\"'`;,]{{4,64}})"
        # a short first word of a value of several on a keyword line ("hasło: kot w butach 5")
        rf"|(?P<short>[^\s\"'`;,]{{1,3}})(?=[ \t]+\S))",
        re.I,
    ),
    lambda m, s: _password(m),
    back=40,
    ahead=100,
    caseless=True,
    unicode=True,
)
#: What a password given without ``:``/``is`` looks like: letters with digits and either both
#: cases or a symbol ("password Bl4ckC0ffee"); "password sha256", "password 2024" are not.
_STRONG = re.compile(r"(?=.*[a-z])(?=.*[A-Z])(?=.*\d).*|(?=.*[A-Za-z])(?=.*\d)(?=.*[^\w\s]).*")
#: A password after words ("hasło do wifi: …") has a digit or a symbol beside its letters.
_MIXED = re.compile(r"(?=.*[A-Za-z])(?=.*[\d\W]).*")
_LINK = re.compile(r".*://.*|[^@\s]+@[^@\s]+\.[a-z]{2,}", re.I)


#: Values that are code, not secrets: calls, attribute paths, snake_case names, type names.
_CODE_VALUE = re.compile(
    r"[A-Za-z_][\w.]*\(.*|(?:self|this|os|config|settings|env|args|request|params|opts?|cfg)"
    r"\.[\w.\[\]]+|[a-z]+(?:_[a-z0-9]+)+|[a-z]+\.[a-z_.]+|str|bytes|string|int|bool|optional|"
    r"password|passwd|secret|text|value|input|none|null|undefined|required|user|username|login|"
    r"acct|account|sha-?\d+|md5|bcrypt|argon2\w*|pbkdf2\w*|scrypt|utf-?8|base64|[{\[(].*|"
    r"[A-Za-z_][\w.]*\[.*",
    re.I,
)


def _password(m: re.Match[str]) -> Iterator[Hit]:
    """The value of a password assignment; policies, references and placeholders are not."""
    if m.group("spaced") is not None:
        yield from _quoted(m)
        return
    line = list(_line(m)) if _keyword_line(m) else []
    if line or m.group("short") is not None:  # no single value to judge ("hasło: kot w …")
        yield from line
        return
    if m.group("kw").lower() in _PHRASE_WORDS and m.group("op") and not m.group("quote"):
        yield from _phrase(m)
        return
    value = m.group("value").rstrip(".):")
    if not _not_a_value(m, value):
        yield Hit("secret.password", None, m.start("value"), m.start("value") + len(value))


def _not_a_value(m: re.Match[str], value: str) -> bool:
    """Why an unquoted value after a password word is prose, code or a placeholder."""
    after = m.string[m.end("value") : m.end("value") + 16]  # a bounded look, not a copy
    return (
        len(value) < 4
        or value.lower() in _POLICY_WORDS
        or bool(_PLACEHOLDER.search(value) or _LINK.fullmatch(value))
        # "password Bl4ckC0ffee" needs a password's shape; so does "hasło do wifi: …"
        or (m.group("bare") is not None and not _STRONG.fullmatch(value))
        or (bool(m.group("filler")) and not _MIXED.fullmatch(value))
        # "the password is stored ...": prose, not a value
        or (bool(m.group("copula") or m.group("to")) and value.isalpha() and value.islower())
        # password = get_password(), password: bytes, self.password
        or (bool(_CODE_VALUE.fullmatch(value)) and not _literal_snake(m, value))
        # password = credentials: a variable, not a literal
        or (m.group("op") in ("=", ":=", "=>") and not m.group("quote") and value.isalpha())
        # passwd = acct = '': a chained assignment
        or bool(re.match(r"\s*=[^=]", after))
        # "pwd: expected bytes, got ...": a sentence goes on
        or (value.isalpha() and value.islower() and bool(re.match(r" [a-z]", after)))
        or bool(re.fullmatch(r"\*+|x+|•+|\.+|-+|_+|\?+|null|none|true|false|empty", value, re.I))
        # PASSWORD=$DB_PASS_2, %DB_PASSWORD%: a reference to a variable, not its value (in an
        # assignment; "the password is $OUTHPARK2024" says the value)
        or (not m.group("copula") and bool(_VARIABLE.fullmatch(value)))
    )


#: Password words that name variables in code; the others ("hasło", "Passwort") are prose.
_CODE_NAMES = frozenset(words("password|passwd|pwd|pass|passcode|pin|passphrase"))
_VARIABLE = re.compile(r"\$\{[A-Za-z_]\w*\}|\$[A-Z_][A-Z0-9_]*|%[A-Z_][A-Z0-9_]*%")
#: A value of words joined by underscores with a digit ("Gato_Negro_12", "mypg_pw_2024").
_SNAKE_WITH_DIGIT = re.compile(r"(?=\w*\d)[A-Za-z0-9]+(?:_[A-Za-z0-9]+)+")
#: An environment assignment: an upper-case name ending in the password word, "=" and no space
#: (``export PGPASSWORD=…``, ``DB_PASSWORD=…`` in a .env file): the value is a literal.
_ENV_NAME = re.compile(r"(?:^|[\s;])(?:export[ \t]+)?[A-Z0-9_]*$")


def _literal_snake(m: re.Match[str], value: str) -> bool:
    """Whether an underscored value with a digit is the password itself, not a variable: said
    in prose ("la contraseña es Gato_Negro_12") or assigned in a shell or .env line."""
    if not _SNAKE_WITH_DIGIT.fullmatch(value):
        return False
    if m.group("copula"):  # not "if password is user_pw_1:" (code)
        return not m.group("value").endswith(":")
    if m.group("kw").lower() not in _CODE_NAMES:  # "hasło: kot_w_butach_5" names no variable
        return not _names_a_thing(value)  # "Passwort: siehe_wiki_2" points elsewhere
    start = m.start("kw")
    if not m.group("kw").isupper() or m.string[m.end("kw") : m.start("value")] != "=":
        return False
    return _ENV_NAME.search(m.string[max(0, start - 48) : start]) is not None


def _phrase(m: re.Match[str]) -> Iterator[Hit]:
    """An unquoted passphrase of three to six words runs to the end of its line
    ("Passphrase: correct horse battery staple"); one word is judged as any value."""
    start = m.start("value")
    line = m.string[start : start + 80].split("\n", 1)[0].rstrip(" .")
    tokens = line.split()
    if len(tokens) < 3:
        value = m.group("value").rstrip(".):")
        if not _not_a_value(m, value):
            yield Hit("secret.password", None, start, start + len(value))
        return
    prose = sum(t.lower() in _POLICY_WORDS or t.lower() in MESSAGE_STARTS for t in tokens)
    if tokens[0].lower() in MESSAGE_STARTS or prose > 1 or len(tokens) > 6:
        return
    if _PLACEHOLDER.search(line) or not all(re.fullmatch(r"[\w'’-]+", t) for t in tokens):
        return
    yield Hit("secret.password", None, start, start + len(line))


#: Nothing but indentation, a bullet or a comment mark before a password word on its line.
_LINE_HEAD = re.compile(r"(?:^|\n)[ \t>*•#/-]*(?:[^\W\d_]+[ \t]+){0,2}$")
#: Verbs that open a sentence about the password, not the password ("Passwort: ist abgelaufen").
_VERBS = frozenset(
    words(
        "is|was|are|has|had|will|can|est|était|sont|a|peut|ist|war|sind|hat|wird|wurde|kann|è|era|"
        "sono|ha|può|es|son|tiene|puede|fue|zijn|heeft|wordt|werd|kan|jest|był|była|są|ma|może"
    )
)
#: Words of a status or a rule anywhere in the value ("TBD 2024", "Q1 2024 report").
_STATUS = frozenset(
    words("tbd|tba|todo|attempts|attempt|digits|digit|characters|chars|report|left|failed|only")
)
#: A small count and a word in lower case: a rule or a status ("2 attempts left", "8+ chars").
_COUNT = re.compile(r"\d{1,3}\+?[ ]+[a-zäöüßàâçéèêëîïôûùñąćęłńóśźż]")
#: A digit or a symbol: a value of several words without one is a sentence.
_LINE_MIXED = re.compile(r"[\d!?@#$%&*+~^]")
#: A token of a password of several words: letters, digits and symbols, no brackets or commas.
_LINE_TOKEN = re.compile(r"[\w'’!?@#$%&*+~^.-]+")


def _keyword_line(m: re.Match[str]) -> bool:
    """Whether the password word and ``:`` or ``=`` open a line, maybe after a bullet, a comment
    mark or two words ("wifi password: …"), with no word between them, and an unquoted value
    follows."""
    if m.group("op") not in (":", "=") or m.group("quote") or m.group("filler"):
        return False  # "Passwort zurücksetzen: Schritt 2" is a heading
    return _LINE_HEAD.search(m.string, max(0, m.start() - 48), m.start()) is not None


def _line(m: re.Match[str]) -> Iterator[Hit]:
    """An unquoted value of two to six tokens running to the end of a keyword line that starts
    with the password word ("Passwort: Sommer Sonne 2024", "password = hunter two 42"): with a
    digit or symbol beside its letters, and no word of a policy or a message in it."""
    start = m.start("value") if m.group("short") is None else m.start("short")
    line = m.string[start : start + 80].split("\n", 1)[0].rstrip(" .")
    tokens = line.split()
    if not 2 <= len(tokens) <= 6 or not _LINE_MIXED.search(line):
        return
    if _STRONG.fullmatch(tokens[0]) or _COUNT.match(line):
        return  # "Xy7!abc9 # root", "YYXCKc69%UuD Danke": the value is one token; "2 attempts"
    lowered = [t.lower() for t in tokens]
    if lowered[0] in _VERBS or any(
        t in _POLICY_WORDS or t in MESSAGE_STARTS or t in _THING_WORDS or t in _STATUS
        for t in lowered
    ):
        return
    if _PLACEHOLDER.search(line) or not all(_LINE_TOKEN.fullmatch(t) for t in tokens):
        return
    yield Hit("secret.password", None, start, start + len(line))


#: First words of messages and policies, not of passphrases.
MESSAGE_STARTS = frozenset(
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
    code = " " not in value and not value.startswith("{") and _CODE_VALUE.fullmatch(value)
    if code and not _quoted_snake(value):
        return
    if " " in value and (first in MESSAGE_STARTS or len(value.split()) > 5 or value[-1] in ".!?"):
        return
    if value.strip("{}").strip().lower() in _POLICY_WORDS:
        return
    yield Hit("secret.password", None, m.start("spaced"), m.end("spaced"))


def _quoted_snake(value: str) -> bool:
    """A quoted underscored value with a digit is a string literal, not a variable's name
    (``"password": "my_pass_2024"``), unless it names a password field (``"password_2"``)."""
    first = value.split("_", 1)[0].lower()
    return (
        bool(_SNAKE_WITH_DIGIT.fullmatch(value))
        and first not in _FIELD_WORDS
        and not _names_a_thing(value)
    )


_FIELD_WORDS = frozenset(words("password|passwd|pwd|pass|secret|field|input|user|id|key|var"))
#: Words of identifiers, UI texts and references ("step_2", "login_form_v2", "siehe_wiki_2").
_THING_WORDS = frozenset(
    words(
        "step|form|field|fields|text|ui|login|settings|setting|label|input|page|tab|button|"
        "reset|security|password|pass|pw|pwd|v|version|feld|name|pole|formularza|siehe|wiki|see|"
        "voir|vedi|ver|zie|zob|item|value|test|new|old|config|option|screen|menu|dialog|"
        "modal|view|section|row|col|column|2fa|mfa|auth|user|account|profile|change|update"
    )
)


def _names_a_thing(value: str) -> bool:
    """Whether an underscored value is a placeholder with its underscores taken out
    ("change_me_123"), or made only of the words of identifiers and UI texts ("login_form_v2")
    and digits."""
    if _PLACEHOLDER.search(value.replace("_", "")):
        return True
    parts = [p.lower() for p in value.split("_") if p]
    return all(p in _THING_WORDS or re.fullmatch(r"v?\d+", p) for p in parts)


_PAIR_CUES = (
    r"credentials|credential|creds|login|log-in|logins|user/pass|user/password|"
    r"username/password|identifiants|zugangsdaten|anmeldedaten|credenziali|credenciales|"
    r"inloggegevens|dane logowania|dane dostępowe"
)
#: "the login is admin / …", "die Zugangsdaten lauten …".
_PAIR_COPULAS = r"is|are|est|sont|ist|sind|lautet|lauten|è|sono|es|son|zijn|jest|są|to"
PAIR = Detector(
    "password_pair",
    hs_words(_PAIR_CUES.split("|"))
    + r"(?:[ \t]+\w{1,6})?[ \t]*[:=]?[ \t]*\S{1,64}[ \t]*(?:/|:)[ \t]*\S",
    re.compile(
        rf"(?<![\w/])(?:{_PAIR_CUES})(?![\w/])(?:[ \t]+(?:{_PAIR_COPULAS})(?![\w'’]))?"
        r"[ \t]*[:=]?[ \t]*"
        r"(?P<user>[\w.@+\-]{1,64})(?:[ \t]+/[ \t]+|/|:)(?P<pw>[^\s\"'`,;]{4,64})",
        re.I,
    ),
    lambda m, s: _pair(m),
    back=90,
    ahead=100,
    caseless=True,
    unicode=True,
)


def _pair(m: re.Match[str]) -> Iterator[Hit]:
    """``Login: admin / Pa$$w0rd-Prod``, ``creds root:Tr1cky!Pass``: a user and a password
    after a credentials cue; the password needs a password's shape (``_STRONG``)."""
    secret = m.group("pw").rstrip(".):")
    if secret == m.group("user") or _PLACEHOLDER.search(secret) or _LINK.fullmatch(secret):
        return
    if secret.startswith(("/", "$")) or not _STRONG.fullmatch(secret):
        return
    yield Hit("secret.password", None, m.start("user"), m.start("pw") + len(secret))
