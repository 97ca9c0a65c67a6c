"""A marking named in order to be explained, not used, in a short prompt: "NOFORN means the
document may not be released to foreigners", "What does the marking NOFORN mean?",
"Staatsgeheim Geheim is the second-highest level".

Losing a real marking sends a classified text where it must not go, so the check is narrow.
It holds only when the marking opens a sentence (or follows the question word that opens it),
when the words right after it define it (a verb of meaning in lower case, "is the highest …"),
or end the question ("What is NOFORN?"), and when less than 300 characters follow in the text:
a pasted document after the question keeps its marking. A banner joined to a title ("TOP SECRET
Means and Methods"), a question about a marked report ("What does the TOP SECRET report say
…?"), "from TOP SECRET to SECRET level" and "NOFORN refers to the attached annex" still count.
"""

from __future__ import annotations

import re

from proxy.classify._base import Scan

#: Less than this many characters after the marking: a prompt about it, not a document.
_SHORT = 300
_OPENS = re.compile(r"(?:\A|[.!?]\s+|\n)[ \t*#>\"“„«‘'(-]*\Z")
_VERB = (
    r"means|stands for|bedeutet|steht für|signifie|veut dire|significa|vuol dire|betekent|"
    r"staat voor|oznacza"
)
_RANK = (
    r"(?:second[- ]|third[- ])?(?:highest|lowest)|(?:zweit|dritt)?(?:höchste|niedrigste)|"
    r"(?:op een na )?(?:hoogste|laagste)|plus élevé|plus haut|plus bas|più alto|più basso|"
    r"massimo|más alto|más bajo|najwyższy|najwyższa|najniższy|najniższa"
)
_DEFINED = re.compile(
    rf"[\"”’»)]?[ ]+(?:{_VERB})(?![\w-])"
    rf"|[\"”’»)]?[ ]+(?:is|ist|est|è|es|jest)[ ]+(?:the|die|der|le|la|il|el|het|de)[ ]+"
    rf"(?:{_RANK})(?![\w-])"
)
#: The question that opens the sentence, right before the marking.
_ASKED = re.compile(
    r"(?i:what does|what is|what's|was bedeutet|was heißt|was ist|que signifie|"
    r"qu['’]est-ce que|que veut dire|cosa significa|che cosa significa|cosa vuol dire|"
    r"qué significa|qué es|wat betekent|wat is|co oznacza|co to jest|co znaczy)[ ]+"
    r"(?:(?i:the|a)[ ]+)?(?:(?i:marking|classification|label|caveat)[ ]+)?[\"“„«‘']?\Z"
)
#: What ends the question right after the marking: "?", or "mean?" and its equivalents.
_QUESTION_END = re.compile(
    r"[\"”’»]?[ ]*(?:(?:mean|stand for|bedeuten|signifie|significa|betekenen)[ ]*)?\?"
)


def defined(scan: Scan, start: int, end: int) -> bool:
    """Whether the marking at ``start:end`` is the subject of a definition or a question in a
    short prompt (see the module docstring)."""
    if scan.hi - end >= _SHORT:
        return False
    before = scan.before(start, 80)
    asked = _ASKED.search(before)
    if asked is not None:
        return bool(_OPENS.search(before[: asked.start()])) and bool(
            _QUESTION_END.match(scan.after(end, 40))
        )
    return bool(_OPENS.search(before)) and bool(_DEFINED.match(scan.after(end, 80)))
