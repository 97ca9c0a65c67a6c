"""A marking named in order to be explained, not used: "NOFORN means the document may not be
released to foreigners", "What does the marking NOFORN mean?", "Staatsgeheim Geheim is the
second-highest level". A document carrying the marking does not define it in the same breath:
the marking stands in a header, a footer or a field, followed by the text it protects.

Only the always-formal markings ask this (``markings._formal``), and not of a marking alone on
its line. The check reads the words right after the marking (a verb of meaning, or a copula and
a level noun a few words on) and right before it (a question: "What does", "Was bedeutet").
"""

from __future__ import annotations

import re

from proxy.classify._base import Scan

_DEFINED = re.compile(
    r"[\"”’»)]?[ \t]*(?:"
    r"(?:means?|meant|stands? for|refers? to|bedeutet|heißt|steht für|signifie|veut dire|"
    r"désigne|significa|vuol dire|betekent|staat voor|oznacza)(?![\w-])"
    r"|(?:is|are|ist|est|è|es|jest|to)[ \t]+"
    r"(?:the|a|an|der|die|das|eine?|le|la|l[’']|un|une|il|lo|una|el|de|het|een)?[ \t]*"
    r"(?:[\w-]+[ \t]+){0,3}"
    r"(?:levels?|classifications?|markings?|caveats?|grades?|categor(?:y|ies)|labels?|"
    r"stufe|einstufung|geheimhaltungsgrad|kennzeichnung|niveau|mention|livello|"
    r"classifica|nivel|clasificación|rubricering|klauzul[aię]|poziom)(?![\w-]))",
    re.I,
)

#: A question about the marking right before it: "What does …", "Was bedeutet …".
_ASKED = re.compile(
    r"(?:what does|what is|what's|what are|was bedeutet|was heißt|was ist|que signifie|"
    r"qu['’]est-ce que|que veut dire|cosa significa|che cosa significa|cosa vuol dire|"
    r"qué significa|qué es|wat betekent|wat is|co oznacza|co to jest|co znaczy)[ \t]+"
    r"(?:(?:the|a|die|das|der|eine?|la|le|l[’']|il|el|het|de|een)[ \t]+)?"
    r"(?:(?:marking|classification|label|level|caveat|kennzeichnung|einstufung|stufe|mention|"
    r"marquage|niveau|dicitura|livello|marcado|nivel|rubricering|klauzula)[ \t]+)?"
    r"[\"“„«‘'(]?[ \t]*\Z",
    re.I,
)


def defined(scan: Scan, start: int, end: int) -> bool:
    """Whether the marking at ``start:end`` is the subject of a definition or a question."""
    return (
        _DEFINED.match(scan.after(end, 80)) is not None
        or _ASKED.search(scan.before(start, 60)) is not None
    )
