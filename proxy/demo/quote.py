"""What a demo simulator says about the pseudonyms it was sent, so the restore is visible.

The simulators never echo the prompt. The one exception is a pseudonym (``[PERSON_k3m9q2]``): it
carries no data, and quoting it back is what lets ``sovproxy demo`` show the proxy restoring the
real values in the answer. The quote drifts the way models do — the id's case changed, the
brackets dropped, ``[PERSON]`` for a type with a single value — and a stream splits a pseudonym
across two events, so the demo shows what the restore tolerates. Pure: no I/O.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from proxy.demo.simulator import Simulator

#: A pseudonym as the proxy issues it: ``[LABEL_id]`` (``proxy.redact.pseudonyms``).
PSEUDONYM = re.compile(r"\[([A-Z]+)_([a-z2-7]{6})\]")
#: A pseudonym as models write it back: any case, brackets optional, or ``[LABEL]`` alone.
_SHAPED = re.compile(r"\[?[A-Za-z]+_[a-z2-7]{6}\]?|\[[A-Z]+\]")
#: At most this many distinct pseudonyms are quoted.
MAX_QUOTED = 6


def last_user_text(body: Mapping[str, Any]) -> str:
    """The text of the last user turn of a chat, Messages, Responses or completions body."""
    turns = body.get("messages", body.get("input"))
    if isinstance(turns, str):
        return turns
    if isinstance(turns, list):
        for turn in reversed(turns):
            if isinstance(turn, dict) and turn.get("role") == "user":
                return _text_of(turn.get("content"))
        return ""
    prompt = body.get("prompt")
    return _text_of(prompt if isinstance(prompt, (str, list)) else None)


def _text_of(content: Any) -> str:
    if isinstance(content, str):
        return content
    if not isinstance(content, list):
        return ""
    out = []
    for part in content:
        if isinstance(part, str):
            out.append(part)
        elif isinstance(part, dict) and isinstance(part.get("text"), str):
            out.append(part["text"])
    return "\n".join(out)


def quoted(text: str) -> str:
    """A sentence quoting the pseudonyms of ``text`` back with drift ('' when there are none).

    In turn: verbatim, the label in lower case, without brackets; then ``[LABEL]`` for the
    first label of which ``text`` holds a single pseudonym.
    """
    distinct = {m.group(0): m.group(1) for m in PSEUDONYM.finditer(text)}
    found = list(distinct)[:MAX_QUOTED]
    if not found:
        return ""
    drifted = [_drift(pseudonym, i) for i, pseudonym in enumerate(found)]
    joined = drifted[0] if len(drifted) == 1 else ", ".join(drifted[:-1]) + " and " + drifted[-1]
    sentence = f"You mentioned {joined}."
    labels = list(distinct.values())
    singles = [label for label in labels if labels.count(label) == 1]
    if singles:
        single = "PERSON" if "PERSON" in singles else singles[0]
        sentence += f" Regarding [{single}]: here is my draft."
    return sentence


def _drift(pseudonym: str, index: int) -> str:
    match = PSEUDONYM.fullmatch(pseudonym)
    assert match is not None
    label, ident = match.groups()
    if index % 3 == 1:
        return f"[{label.lower()}_{ident}]"
    if index % 3 == 2:
        return f"{label}_{ident}"
    return pseudonym


def answer(reply: str, body: Mapping[str, Any]) -> str:
    """The simulator's answer: ``reply``, after a quote of the last user turn's pseudonyms.

    A reply that names pseudonyms itself (a test scripting the model's answer) is said as it is.
    """
    if _SHAPED.search(reply):
        return reply
    quote = quoted(last_user_text(body))
    return f"{quote} {reply}" if quote else reply


def streamed(sim: Simulator, reply: str) -> list[str]:
    """The pieces a simulator streams ``reply`` in: its own ``words()`` when nothing was quoted
    (tests may override how a simulator cuts its reply), else ``pieces``."""
    return sim.words() if reply == sim.reply else pieces(reply)


def pieces(text: str) -> list[str]:
    """``text`` in streamable pieces: word by word (each with its following space), and every
    pseudonym-shaped word cut in two, so a stream splits it across events."""
    words = text.split(" ")
    out: list[str] = []
    for i, word in enumerate(words):
        piece = word + (" " if i < len(words) - 1 else "")
        match = _SHAPED.search(piece)
        if match is None:
            out.append(piece)
            continue
        cut = match.start() + max(1, (match.end() - match.start()) // 2)
        out += [piece[:cut], piece[cut:]]
    return out
