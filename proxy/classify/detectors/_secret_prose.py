"""Passwords and codes handed over in prose, the way onboarding mails and handover notes give
them: a cue, a few words about what it opens, a linking word, the value.

"la contraseña del wifi de la oficina es Paella&Sol_2020", "le code admin de la photocopieuse
c'est 7391Kx!", "das Passwort für den Drucker im 2. Stock lautet …", "VPN-Zugang für Herrn
Maier mit …", "hasło tymczasowe …", "password temporanea …", "Initialpasswort: …", and the new
value after a change in the same sentence ("Hasło do VPN zostało zmienione, nowe to …", "the
Wi-Fi password was changed, the new one is …").

The value must have a password's shape: letters and digits with a symbol (codes and accesses,
where the cue is an everyday word: "the code is open source", "error code is E-1234") or, after
a password word, with both cases or a symbol. Plain words, versions, links, e-mail addresses,
placeholders and code are not values.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from proxy.classify._base import Detector, Hit, Scan, alternation, hs_words, words
from proxy.classify.detectors._secret_values import PLACEHOLDER

#: Password words, also as the end of a German compound ("Initialpasswort", "WLAN-Passwort").
_PASSWORDS = words(
    "password|passwords|passwort|kennwort|mot de passe|mots de passe|mdp|contraseña|contrasena|"
    "clave|wachtwoord|hasło|haslo|hasła|hasłem|passcode|passphrase|parola d'ordine|"
    "wlan-schlüssel|netzwerkschlüssel|chiave wifi|chiave wi-fi|codice wifi|pwd"
)
#: Everyday words that name a code when a value follows them (the value needs a symbol).
_CODES = words(
    "code|codes|pin|pin-code|pincode|código|codigo|codice|codici|kod|kodu|kodem|toegangscode|"
    "zugangscode|türcode|pin-kod|clé|schlüssel|sleutel|chiave|klucz"
)
#: Accesses given with their password ("VPN-Zugang … mit …", "accès VPN avec …").
_ACCESSES = words(
    "zugang|vpn-zugang|zugangsdaten|access|accès|accesso|acceso|toegang|dostęp|login|logowanie|"
    "account|compte|konto|cuenta|credentials|identifiants|credenziali|credenciales|"
    "inloggegevens|dane logowania"
)
_KIND: dict[str, str] = {
    **dict.fromkeys(_CODES, "code"),
    **dict.fromkeys(_ACCESSES, "access"),
    **dict.fromkeys(_PASSWORDS, "password"),
}
#: Words that link the cue to its value, in the seven languages.
_LINKS = (
    r"is|was|are|est|c'est|c’est|sera|ist|lautet|heißt|heisst|lauten|sind|è|e'|sarà|es|era|será|"
    r"son|jest|to|wynosi|brzmi|luidt|zijn|mit|with|avec|con|met|z|ze|→|->"
)
#: Adjectives between a password word and its value ("hasło tymczasowe …", "password temporanea
#: …", "mot de passe provisoire …").
_ADJECTIVES = (
    r"temporary|temp|initial|default|one-time|provisional|temporaire|provisoire|initiale|"
    r"par défaut|temporär|vorläufig|vorläufiges|temporaneo|temporanea|provvisoria|provvisorio|"
    r"iniziale|predefinita|temporal|inicial|por defecto|tijdelijk|tijdelijke|initieel|"
    r"tymczasowe|startowe|początkowe|jednorazowe|domyślne|tymczasowym|startowym"
)
#: "the alarm code is now …", "das Passwort ist jetzt …".
_NOW = (
    r"now|still|currently|maintenant|désormais|toujours|jetzt|aktuell|nun|ora|adesso|ahora|nu|teraz"
)
#: The new one, after a sentence saying the password changed ("… was changed, the new one is",
#: "… zostało zmienione, nowe to", "… è cambiata, la nuova è").
_RENEWED = (
    r"the new one|new one|le nouveau|la nouvelle|das neue|die neue|der neue|la nuova|il nuovo|"
    r"la nueva|el nuevo|het nieuwe|de nieuwe|nowe|nowy|nowa"
)
#: What the password opens (a preposition and up to two words: "do VPN", "du VPN", "für den
#: Drucker"), then a verb saying it changed: nothing else between ("the password hashing
#: changed", "the password policy updated" are no passwords changed).
_CHANGED = (
    r"(?:[ \t]+(?:for|of|to|do|du|de|des|für|vom|del|della|dello|dei|van|voor|dla|od)"
    r"(?:[ \t]+[\w'’-]+){1,2})?"
    r"(?:[ \t]+(?:was|has been|have been|is|wurde|ist|a été|a|est|è stata|è stato|è|ha sido|"
    r"ha|fue|werd|zostało|został|została))?[ \t]+"
    r"(?:changed|reset|updated|rotated|geändert|zurückgesetzt|changé|modifié|réinitialisé|"
    r"cambiata|cambiato|modificata|modificato|cambiado|cambiada|modificado|modificada|gewijzigd|"
    r"veranderd|aangepast|zmienione|zmieniony|zmieniona|zresetowane)"
)
_DIGITS = re.compile(r"\d+")
_LETTER = re.compile(r"[^\W\d_]")
#: A letter after a digit run, in the same word (``\S`` never crosses a space).
_LETTER_AFTER = re.compile(r"\S*?[^\W\d_]")


class _MixedToken:
    """``needs`` of prose passwords: a word of at most 64 characters with a letter and a digit.

    Digits first: most windows around a cue word hold none, and one C-speed search says so.
    A regular expression such as ``[^\\W\\d_]\\S*\\d`` instead rescans each word from every
    letter in it (1.7 ms per MB of ordinary text, against 0.2 ms for this)."""

    def search(self, string: str, pos: int = 0, endpos: int = 1 << 62, /) -> object:
        """The first digit run whose word holds a letter within 64 characters, else ``None``."""
        for run in _DIGITS.finditer(string, pos, endpos):
            start = run.start()
            head = string[max(pos, start - 64) : start]
            if head and not head[-1].isspace() and _LETTER.search(head.rsplit(None, 1)[-1]):
                return run
            # counted from the run's start, not the value's: a value never starts right after
            # a digit (what comes before it ends in a space, a colon, a quote, "/" or "=")
            if _LETTER_AFTER.match(string, run.end(), min(endpos, start + 64)):
                return run
        return None


_QUOTE = r"[\"'«„“‚‘]?[ \t]?"
#: A value: no spaces, quotes, commas or semicolons; its shape is judged after.
#: Every value has a letter and a digit (``needs`` skips a window without such a token).
_VALUE = r"(?P<value>[^\s\"'`«»„“”‚‘’,;]{6,64})"
PROSE_PASSWORD = Detector(
    "password_prose",
    hs_words(_PASSWORDS, prefixes=True) + "|" + hs_words((*_CODES, *_ACCESSES)),
    re.compile(
        # a password word may end a compound ("Initialpasswort"); a code word only after a dash
        r"(?:(?<!\w)[\w-]{0,16}?(?P<pw>" + alternation(_PASSWORDS) + r")"
        r"|(?<![\w-])(?:\w{1,16}-)?(?P<cue>" + alternation((*_CODES, *_ACCESSES)) + r"))(?![\w-])"
        # the password changed, then its new value ("hasło do VPN zostało zmienione, nowe to …")
        r"(?:(?P<renewed>"
        + _CHANGED
        + r"[ \t]*,[ \t]*(?:"
        + _RENEWED
        + r")[ \t]+(?:"
        + _LINKS
        + r")(?![\w'’])[ \t]*:?)"
        r"|(?P<filler>(?:[ \t]+[\w'’./-]{1,24}){0,8}?)"
        r"(?:[ \t]+(?:" + _LINKS + r")(?![\w'’])(?:[ \t]+(?:" + _NOW + r")(?![\w'’]))?[ \t]*:?"
        r"|[ \t]*(?P<op>[:=]))"
        # "the password's Bramble&Otter2024": the English contraction of "is"
        r"|['’]s(?=[ \t])"
        r"|(?P<adj>(?:[ \t]+(?:" + _ADJECTIVES + r")(?![\w'’-])){1,2}[ \t]*:?))"
        r"[ \t]*" + _QUOTE + r"(?:(?P<user>[\w.@+-]{1,32})[ \t]*/[ \t]*)?" + _VALUE,
        re.I,
    ),
    lambda m, s: _prose(m, s),
    back=40,
    ahead=200,
    caseless=True,
    unicode=True,
    needs=_MixedToken(),
)
#: Letters, digits and a symbol: the shape of a code or a password in running prose. Dots,
#: dashes, slashes and underscores are left out: versions, paths and product codes have them.
_SYMBOLED = re.compile(r"(?=.*[A-Za-zÀ-ÿ])(?=.*\d)(?=.*[!@#$%^&*+?~=€£§|]).*")
#: Both cases and a digit, or letters, digits and any symbol: a password after a password word.
_STRONG = re.compile(r"(?=.*[a-z])(?=.*[A-Z])(?=.*\d).*|(?=.*[A-Za-z])(?=.*\d)(?=.*[^\w\s]).*")
#: Code, links and addresses, not secrets: operators, calls, e-mail, URLs, mentions, tags.
_NOT_VALUE = re.compile(
    r"[@#].*|.*(?:[!=<>]=|&&|\|\||://|\(|\)|\[|\]|\{|\}).*|[^@\s]+@[^@\s]+\.[a-z]{2,}", re.I
)
_VARIABLE = re.compile(r"\$\{?[A-Za-z_]\w*\}?|%[A-Za-z_]\w*%")
#: Versions, dates and numbered things ("v2.1-beta", "2024-01-05", "ISO-27001"): no secrets.
_NUMBERED = re.compile(r"v?\d+(?:[.\-/]\d+)+\w*|[A-Z]+[\-/]?\d+|\d+[\-/][A-Za-z]+", re.I)


def _prose(m: re.Match[str], scan: Scan) -> Iterator[Hit]:
    """The value after a cue, when it has the shape the cue's kind needs."""
    cue = (m.group("pw") or m.group("cue")).lower()
    kind = _KIND[cue]
    value = m.group("value").rstrip(".:)")
    if (cue == "pwd" and not m.group("adj")) or (kind == "code" and m.group("user")):
        return  # "pwd" is a shell command as often as a word; a code has no user name
    # PASSWORD=$DB_PASS; "password: …", "DB_PASSWORD=…", "dbPassword: …" are assignments,
    # judged by ``PASSWORD``; not so "Initialpasswort: …", a compound word it does not know
    prefix = m.string[m.start() : m.start("pw")]
    compound = prefix.isalpha() and m.group("pw").islower()
    assignment = kind == "password" and not m.group("filler") and not compound
    if m.group("op") and (_VARIABLE.fullmatch(value) or assignment):
        return
    shaped = _STRONG if kind == "password" or m.group("user") else _SYMBOLED
    if len(value) < 6 or not shaped.fullmatch(value) or _not_secret(value):
        return
    if kind != "password" and re.search(r"\d[.,]\d|^\d+[!?]+$", value):
        return  # "…is 4,500!", "the code is 12.5%": numbers in a sentence
    start = m.start("user") if m.group("user") else m.start("value")
    yield Hit("secret.password", None, start, m.start("value") + len(value))


def _not_secret(value: str) -> bool:
    """Placeholders, code, links, addresses and numbered things."""
    return bool(
        PLACEHOLDER.search(value)
        or _NOT_VALUE.fullmatch(value)
        or _NUMBERED.fullmatch(value)
        or re.fullmatch(r"[A-Za-z_]\w*[.=][\w.=]+", value)
    )
