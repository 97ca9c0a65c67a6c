"""The name a chat export gives its speakers after their role: "[14:31:40] Agent (Priya):",
"[19:02:51] Agentin (Büşra):", "Conseiller (Loïc) :", "Konsultant (Mateusz):".

A support chat's line opens with an optional timestamp in brackets, a role (agent, adviser,
customer, visitor, in the seven languages; hand-written), the speaker's name in brackets and a
colon. The name is one or two capitalised tokens, the first a known given name or surname or a
token no word list holds (``_lone_names``' test): "Agent (Bot):", "Agent (Support):", "Agent
(Tier 2):" name no one. The prefilter is the literal role and its bracket, any case.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from proxy.classify._base import Detector, Hit, Scan, alternation, words
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
    r"(?im)^[ \t]*(?:\[[\d:./ ,\-]{4,24}\][ \t]*)?"
    rf"(?:{alternation(ROLES)})[ \t]*\((?P<name>(?-i:{TOK}(?:[ ]{TOK})?))\)[ \t]*:"
)


def _speaker(m: re.Match[str], scan: Scan) -> Iterator[Hit]:
    """The speaker's name, when it is a person's (see the module docstring)."""
    first = m.group("name").split(" ", 1)[0]
    tok = Token(first, m.start("name"), m.start("name") + len(first))
    if kind(tok, scan) is None:
        return
    whole = Token(m.group("name"), m.start("name"), m.end("name"))
    if not excluded([whole], scan):
        yield Hit("pii.person_name", None, m.start("name"), m.end("name"))


DETECTORS = tuple(
    Detector(
        "person_name.speaker",
        re.escape(role) + r" ?\(",
        _SPEAKER,
        _speaker,
        back=48,
        ahead=48,
        caseless=True,
    )
    for role in sorted(set(ROLES))
)
