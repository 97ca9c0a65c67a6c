"""The name a chat export gives its speakers after their role: "[14:31:40] Agent (Priya):",
"[19:02:51] Agentin (Büşra):", "Conseiller (Loïc) :", "Konsultant (Mateusz):".

A support chat's line opens with an optional timestamp in brackets, a role (agent, adviser,
customer, visitor, in the seven languages; hand-written), the speaker's name in brackets and a
colon (bullets or bold may come first). The name is one or two capitalised tokens, the first a
known given name or surname that is no word (``_lone_names``' test), or a token no list holds
that is shaped like a surname or carries a letter beyond ASCII ("Büşra"): "Agent (Bot):",
"Agent (Support):", "Client (Axios):" name no one. The prefilters are the literal role and its
bracket, any case.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from proxy.classify._base import Detector, Hit, Scan, alternation, words
from proxy.classify.detectors import _names_data as data
from proxy.classify.detectors._bare_names import _TOK as TOK
from proxy.classify.detectors._bare_names import _excluded as excluded
from proxy.classify.detectors._bare_names import _Tok as Token
from proxy.classify.detectors._lone_names import _kind as kind

ROLES = words(
    "agent|agente|agentin|agentka|conseiller|conseillère|consulente|operatore|operatrice|"
    "operator|operador|operadora|medewerker|medewerkster|konsultant|konsultantka|mitarbeiter|"
    "mitarbeiterin|advisor|adviser|rep|berater|beraterin|kundenberater|kundenberaterin|asesor|"
    "asesora|gestor|gestora|doradca|specialist|supervisor|visitor|customer|client|cliente|"
    "kunde|kundin|klant|klient|klientka|bezoeker|besucher|visiteur|visitante|visitatore"
)
_SPEAKER = re.compile(
    r"(?im)^[ \t]*(?:[-*>•][ \t]*)*(?:\*\*|__)?(?:\[[\d:./ ,\-]{4,24}\][ \t]*)?"
    rf"(?:{alternation(ROLES)})[ \t]*\((?P<name>(?-i:{TOK}(?:[ ]{TOK})?))\)[ \t]*:"
)


def _speaker(m: re.Match[str], scan: Scan) -> Iterator[Hit]:
    """The speaker's name, when it is a person's (see the module docstring)."""
    first = m.group("name").split(" ", 1)[0]
    tok = Token(first, m.start("name"), m.start("name") + len(first))
    what = kind(tok, scan)
    foreign = not first.isascii()  # "Büşra": products and queues seldom carry diacritics
    if what is None or (what == "unknown" and not foreign and not data.shaped(first)):
        return  # "Client (Axios):", "Agent (Escalation):"
    whole = Token(m.group("name"), m.start("name"), m.end("name"))
    if not excluded([whole], scan):
        yield Hit("pii.person_name", None, m.start("name"), m.end("name"))


DETECTORS = tuple(
    Detector(
        "person_name.speaker",
        re.escape(role + gap + "("),
        _SPEAKER,
        _speaker,
        back=48,
        ahead=48,
        caseless=True,
    )
    for role in sorted(set(ROLES))
    for gap in ("", " ")
)
