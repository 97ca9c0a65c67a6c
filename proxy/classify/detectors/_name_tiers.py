"""The second tier of the name gazetteers: the given names and surnames of faker-js and FakerPHP
that the main lists lack (``given_names_more.txt``, ``surnames_more.txt``; see
``proxy/classify/data/README.md``).

These lists are larger and noisier: a given name there may be a word, a place or an institution
of some language ("Parfait", "Poznan", "Yuan"). So only the bare-name detector finds names with
them, and only in a full name of two tokens, never alone (``_reversed_names`` reads the given
names too, but only to refuse "Wei, Anna" of "Chen Wei, Anna" as "Surname, Given"; see below
for its surnames):

- a second-tier given name needs a surname after it: one of a surname's shape, or a known one
  of either tier that is no word of any list we have and no place ("con Gianmario Giuffrida", not
  "la Seconda Guerra", "Harina Pan");
- a second-tier surname counts like a surname's shape, after a second-tier given name only
  (after a main-list given name it is an unknown token, as before: "Luna Celeste");
- the window of a second-tier given name starts at it, so that its literal wakes no run before
  it ("El Selva Resort").

A second-tier surname that is no word also counts in "Surname, Given" closing a list item
(``_reversed_names``: "Özdemir, Elif – 1992-06-18"), where a main-list given name that is no
word follows it.

No lone-name, subject or other list detector reads them, and no literal wakes a detector on a
second-tier surname (a surname that begins many words, "Szeląg" of "Szelągowska", would spend
the scan's hit budget in name-dense text).
"""

from __future__ import annotations

from collections.abc import Sequence

from proxy.classify.detectors import _names_data as data
from proxy.classify.detectors._name_tokens import Tok


def more_given(token: str) -> bool:
    """Whether a token is a second-tier given name only."""
    return token in data.GIVEN_MORE and token not in data.GIVEN


def shaped(name: Sequence[Tok]) -> bool:
    """Whether the last token of a name is of a surname's shape (``data.shaped``), or a
    second-tier surname after a second-tier given name."""
    last = name[-1].text
    return data.shaped(last) or (more_given(name[0].text) and last in data.SURNAMES_MORE)


def full_name(name: Sequence[Tok]) -> bool:
    """Whether the tokens of a run that a second-tier given name starts can be a person's name:
    two tokens, the last of a surname's shape, or a known surname (either tier) that is no word
    of any list we have and no place ("Seconda Guerra", "Harina Pan" are not)."""
    if len(name) != 2:
        return False
    last = name[1].text
    return data.shaped(last) or wordless_surname(last)


def wordless_surname(token: str) -> bool:
    """Whether a token is a known surname of either tier that is no word of any list we have
    and no place ("Giuffrida", "Özdemir"; not "Guerra", "Pan")."""
    low = token.lower()
    words = (data.WORDS, data.COMMON, data.ENGLISH_WORDS, data.SPANISH_WORDS)
    return (
        (token in data.SURNAMES or token in data.SURNAMES_MORE)
        and not any(low in listed for listed in words)
        and token not in data.PLACES
    )
