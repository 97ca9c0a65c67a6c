"""Chinese and Korean names written surname first: "Gao Ling", "Hu Wei", "Zhang Xiaoming",
"Lee Hyung-taik", "Son Heung-min", "Tsai Ing-wen".

The given-name gazetteers read a name given name first, so a surname-first name whose surname
is no given name goes unfound. Here the first token is a common Chinese (pinyin), Korean or
Cantonese surname (a hand-written list of the most frequent, less those that are also everyday
words of a language we list: "He", "An", "Im", "Du", "Su", "Long", "Song", "Fan", "Pan",
"Ding"), and the second is a given name of the shape those languages romanise to:

- two parts joined by a hyphen ("Hyung-taik", "Ing-wen", "Yat-sen"), two to six letters each;
- or one or two pinyin syllables ("Ling", "Xiaoming") that are no place and no everyday word
  of Faker's lists or English ("He Man" and "Long Run" are not names; neither is "Ma Bell",
  whose second token is no syllable).

The pair is no name before another capitalised word ("Wu Tang Clan", "Sun Yat-sen
University"), after a venue's or firm's word ("Hotel Wang Fu"), nor a place ("Hong Kong",
"Huang He"). The prefilter is a literal per surname and a space.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from proxy.classify._base import Detector, Hit, Scan, alternation, words
from proxy.classify.detectors import _names_data as data

#: Frequent Chinese surnames in pinyin, Korean and Cantonese ones (hand-written), less those
#: that are everyday words or sentence openers of a language we list (see the docstring).
_SURNAMES = words(
    "Wang|Li|Zhang|Liu|Chen|Yang|Huang|Zhao|Wu|Zhou|Xu|Sun|Ma|Zhu|Hu|Guo|Gao|Lin|Luo|Zheng|"
    "Liang|Xie|Tang|Deng|Han|Feng|Cao|Peng|Zeng|Xiao|Tian|Dong|Yuan|Cai|Jiang|Yu|Cheng|Wei|"
    "Lü|Lu|Ren|Yao|Shen|Zhong|Cui|Tan|Liao|Shi|Jin|Jia|Xia|Fu|Fang|Zou|Xiong|Bai|Meng|"
    "Qin|Qiu|Hou|Yin|Xue|Yan|Duan|Lei|Tao|Gu|Mao|Hao|Gong|Shao|Qian|Dai|Kong|Xiang|Kang|"
    "Kim|Lee|Park|Choi|Jung|Jeong|Cho|Yoon|Yun|Jang|Chang|Lim|Shin|Kwon|Hwang|Ahn|Yoo|Ryu|Hong|"
    "Jeon|Ko|Moon|Son|Bae|Baek|Heo|Nam|Noh|Kwak|Sung|Cha|Woo|Min|Chung|Byun|Chun|Koo|Tsai|Chan|"
    "Cheung|Wong|Lau|Leung|Yeung|Chow|Lam|Chiu|Kwok|Fung|Tse"
)
_SYLLABLE = (
    r"(?:zh|ch|sh|[bpmfdtnlgkhjqxrzcsyw])?"
    r"(?:iang|iong|uang|ang|eng|ing|ong|iao|ian|uai|uan|ai|ei|ao|ou|an|en|er|ia|ie|iu|in|ua|uo|"
    r"ui|un|a|o|e|i|u|ü|v)"
)
_PINYIN = re.compile(rf"{_SYLLABLE}{_SYLLABLE}?")
_PAIR = re.compile(
    rf"(?<![\w'’-])(?P<sur>{alternation(_SURNAMES)})[ ]"
    r"(?P<given>[A-Z][a-z]{1,11}(?:-[A-Za-z][a-z]{1,5})?)(?![\w'’-])(?![ ]+[A-Z])"
)
#: Two-token places whose first token is a surname of the list. Hand-written.
_PLACES = frozenset(words("Hong Kong|Huang He|Chang Jiang|Zhu Jiang|Tai Po|Lin Kou|Wan Chai"))
#: Words before a surname that make the pair a venue's or firm's name ("Hotel Wang Fu",
#: "Restaurant Li Bai", "Museum Chen Jia"). Hand-written.
_VENUES = frozenset(
    words(
        "hotel|restaurant|ristorante|museum|musée|museo|temple|palace|tower|garden|gardens|"
        "house|haus|bank|group|gruppe|team|club|university|universität|université|school|"
        "hospital|street|straße|road|avenue|bridge|station|airport|lake|river|district|"
        "province|market|mall|plaza|tea|bar|café|cafe|shop|studio|dynasty"
    )
)
#: Hyphenated words of a given name's shape ("Kim Wi-Fi" is none).
_HYPHENED = frozenset(words("wi-fi|hi-fi|sci-fi|lo-fi|co-op|hip-hop|k-pop|j-pop|x-ray|yo-yo"))
_WORD_BEFORE = re.compile(r"(?P<word>[\w'’-]+)[ ]\Z")


def _given(token: str) -> bool:
    """Whether a token reads as a romanised given name (see the module docstring)."""
    if "-" in token:
        first, second = token.split("-")
        return 2 <= len(first) <= 6 and 2 <= len(second) <= 6 and token.lower() not in _HYPHENED
    lower = token.lower()
    if lower in data.COMMON or lower in data.ENGLISH_WORDS or token in data.PLACES:
        return False
    return _PINYIN.fullmatch(lower) is not None


def _east_asian(m: re.Match[str], scan: Scan) -> Iterator[Hit]:
    """A surname-first name (see the module docstring)."""
    if f"{m.group('sur')} {m.group('given')}" in _PLACES:
        return
    word = _WORD_BEFORE.search(scan.before(m.start(), 40))
    if word and word.group("word").lower() in _VENUES:
        return
    if not _given(m.group("given")):
        return
    yield Hit("pii.person_name", None, m.start(), m.end())


DETECTORS = tuple(
    Detector("person_name.east_asian", f"{surname} ", _PAIR, _east_asian, back=10, ahead=24)
    for surname in _SURNAMES
)
