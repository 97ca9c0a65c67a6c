"""Person names right before a strong verb: two or three capitalised tokens of any kind
("Tomomi Nishiyama lives at", "Šárka Ottová wohnt"), when one token looks like a name (a known
given name or surname, or a surname shape), unless the exclusions of ``_bare_names`` hold.

The prefilter is a lower-case letter, spaces and one of the verbs.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from proxy.classify._base import Detector, Hit, Scan, alternation, hs_words, words
from proxy.classify.detectors import (
    _apposed_names,
    _chat_speakers,
    _cued_names,
    _handover_names,
    _inverted_names,
    _lone_names,
    _name_genitives,
    _name_handles,
    _name_kin_of,
    _name_modal_requests,
    _name_pairs,
    _name_requests,
    _name_requests_lower,
    _name_roles,
    _name_speakers,
    _name_units,
    _quoted_names,
    _vocative_names,
)
from proxy.classify.detectors import _names_data as data
from proxy.classify.detectors._bare_names import _LEAD as LEAD
from proxy.classify.detectors._bare_names import _PART as PART
from proxy.classify.detectors._bare_names import _TOK as TOK
from proxy.classify.detectors._bare_names import _excluded as excluded
from proxy.classify.detectors._bare_names import _tokens as tokens

_VERBS = words(
    "lives|lived|resides|wohnt|habite|vit à|vive en|vive a|abita|woont|mieszka|was born|"
    "urodził|urodziła|is a patient|was admitted|est né|est née|è nato|è nata|nació|ist geboren"
)
_FUNCTION = frozenset(
    words(
        "The|This|That|Our|My|Your|His|Her|Their|Who|Everyone|Nobody|Somebody|Die|Der|Das|Le|La|"
        "Les|Il|Lo|El|Los|Las|Het|De|Een|Un|Une|Ein|Eine|Uno|Una|Nasz|Mój|Ten|Ta|Kto|Wer|Qui|Chi|"
        "Quien|Wie|Nobody|Everybody|Someone|It|He|She|They|We|You|Mein|Meine|Mon|Ma|Mio|Mia|"
        # a preposition opening the sentence ("In Paris lived many painters")
        "In|At|On|From|With|Near|Since|After|Before|Im|Am|Bei|Dans|Desde|Bij|Naar"
    )
)


def _before_verb(m: re.Match[str], scan: Scan) -> Iterator[Hit]:
    """Two or three capitalised tokens before a strong verb, when one of them looks like a
    name (a known given name or surname, or a surname shape)."""
    name = tokens(m)
    if len(name) == 3 and name[0].text not in data.GIVEN:  # "Yesterday Tomomi Nishiyama"
        name = name[1:]
    texts = [t.text for t in name]
    if texts[0] in _FUNCTION or excluded(name, scan):
        return
    last = texts[-1]
    if texts[0] in data.GIVEN or last in data.SURNAMES or data.shaped(last):
        yield Hit("pii.person_name", None, name[0].start, name[-1].end)


BEFORE_VERB = Detector(
    "person_name.before_verb",
    r"[a-zà-ÿ] +" + hs_words(_VERBS),
    re.compile(
        rf"{LEAD}{TOK}(?:[ ](?:(?:{PART})[ ])?{TOK}){{1,2}}"
        rf"(?=,?[ ]+(?:{alternation(_VERBS)})(?!\w))"
    ),
    _before_verb,
    back=72,
    ahead=24,
    unicode=True,
)

DETECTORS = (
    BEFORE_VERB,
    *_lone_names.DETECTORS,
    *_name_requests.DETECTORS,
    *_name_modal_requests.DETECTORS,
    *_name_pairs.DETECTORS,
    *_name_genitives.DETECTORS,
    *_name_handles.DETECTORS,
    *_name_kin_of.DETECTORS,
    *_handover_names.DETECTORS,
    *_name_requests_lower.DETECTORS,
    *_name_speakers.DETECTORS,
    *_apposed_names.DETECTORS,
    *_quoted_names.DETECTORS,
    *_vocative_names.DETECTORS,
    *_cued_names.DETECTORS,
    *_inverted_names.DETECTORS,
    *_name_units.DETECTORS,
    *_chat_speakers.DETECTORS,
    *_name_roles.DETECTORS,
)
