"""What makes a secret-shaped value not a secret: placeholders, published samples, made-up runs.

Shared by the secret detectors (``secrets.py``, ``_secret_keys.py``, ``_secret_headers.py``).
"""

from __future__ import annotations

import itertools
import math
import re
from collections import Counter

from proxy.classify._base import words

PLACEHOLDER = re.compile(
    r"example|placeholder|your[_\-]?|xxxx|\*{3}|\.\.\.|<|>|\$\{|\$\(|%\(|(?-i:%[sd])(?![A-Za-z0-9])"
    r"|\{\{|\{\}|changeme|redacted|"
    r"dummy|sample|fake|insert|replace|secret_here|here$|^\$[A-Z_]+$|^(?:os\.)?environ|getenv|"
    r"process\.env|env\[|^env:"
    # hexadecimal "magic words" people type for a made-up hex value ("cafebabe:deadbeef")
    r"|deadbeef|cafebabe|feedface|8badf00d|baadf00d|deadc0de",
    re.I,
)
#: A call or a subscript in code ("uuid.uuid1().hex", "match.group(0)", "hkdf(ikm1, salt2)",
#: "tokens[i+1]"); not a key's brackets ("r3s(t4u)w5y", "pq(2)").
CODE = re.compile(
    r"\.[A-Za-z_]\w*\(|[A-Za-z_]\w*\((?:[^()]*[A-Za-z_,][^()]*)?\)(?=$|[.\[,;)\s])|"
    r"[A-Za-z_]\w*\[[^\[\]]*\]"
)
#: A value that goes on masked ("xoxp-...-####", "sk-...***", "AKIA...XXXX", "ops_eyJ..[Redacted]").
MASKED_TAIL = re.compile(r"-?(?:#{2}|\*{2}|[xX]{3}|\.\.|\[redacted)", re.I)
#: Keys published in SDK and API documentation (AWS's carry "EXAMPLE", caught as placeholders).
DOC_KEYS = frozenset(
    words(
        "sk_test_4eC39HqLyjWDarjtT1zdp7dc|sk_test_BQokikJOvBiI2HlWgH4olfQ2|AKIAIOSFODNN7EXAMPLE|"
        "ghp_16C7e42F292c6912E7710c838347Ae178B4a|wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY"
    )
)


def entropy(value: str) -> float:
    """Shannon entropy in bits per character."""
    counts = Counter(value)
    return -sum(c / len(value) * math.log2(c / len(value)) for c in counts.values())


def made_up(value: str) -> bool:
    """A run of six or more consecutive letters or digits ("abcdef", "123456", "mnopqr"):
    typed by a person writing an example, practically never in a random token."""
    run = 1
    low = value.lower()
    for a, b in itertools.pairwise(low):
        run = run + 1 if ord(b) == ord(a) + 1 and a.isalnum() and b.isalnum() else 1
        if run >= 6:
            return True
    return False


def not_a_key(value: str, after: str = "", min_entropy: float = 3.0) -> bool:
    """A published sample, a placeholder, a low-entropy value, or one whose text goes on
    masked (``after``: the characters following it).

    A made-up value (``made_up``) in a provider's own format still counts: people paste keys
    they typed to stand for real ones, and a shape that only the provider issues is enough.
    """
    return (
        value in DOC_KEYS
        or bool(PLACEHOLDER.search(value))
        or entropy(value) < min_entropy
        or bool(MASKED_TAIL.match(after))
    )
