"""Chinese and Korean names written surname first, twenty-eighth session: "Gao Ling", "Hu
Wei", "Zhang Xiaoming", "Lee Hyung-taik", "President Tsai Ing-wen" are persons; a surname of the
list before an everyday word, a place or inside a run of capitalised words is not
(``_east_asian_names``).

Rows are written here, after the family the recall set's dev half and a probe's dev half showed
(``wikineural``, ``fresh.jsonl``); none is copied from them.
"""

from __future__ import annotations

import pytest

from proxy.classify import Classifier
from tests.found import found

NAME = "pii.person_name"

#: (text, the names found): missed before this session.
FOUND = [
    (
        "Il contratto è firmato da Zhou Xiaoming e da Kang Min-jun.",
        ["Zhou Xiaoming", "Kang Min-jun"],
    ),
    ("Bitte Liu Yang aus dem Labor in Kopie setzen.", ["Liu Yang"]),
    ("La candidata Qian Mei ha superato il colloquio.", ["Qian Mei"]),
    ("Proszę dodać Choi Seung-hoon do listy.", ["Choi Seung-hoon"]),
    ("Le dossier de Xu Jiahui est complet.", ["Xu Jiahui"]),
]
#: (text, why no name is found).
NOT_FOUND = [
    ("He Man and Long Run are cartoons.", "everyday words"),
    ("The Wu Tang Clan played in Lyon.", "a band: a run of capitalised words"),
    ("We stayed at the Park Hyatt near Sun City.", "a hotel and a resort"),
    ("Dinner at the Hotel Wang Fu in Beijing", "a hotel"),
    ("Sun Yat-sen University admits students", "a university: a run of capitalised words"),
]


@pytest.mark.parametrize(("text", "names"), FOUND)
def test_a_surname_first_name_is_found(classifier: Classifier, text: str, names: list[str]) -> None:
    """A frequent surname before a romanised given name is a person."""
    assert found(classifier, text, NAME) == names


@pytest.mark.parametrize(("text", "why"), NOT_FOUND)
def test_words_and_places_after_a_surname_are_no_name(
    classifier: Classifier, text: str, why: str
) -> None:
    """Everyday words, places and Title Case runs are no surname-first name."""
    assert found(classifier, text, NAME) == [], why
