"""Synthetic, public prompt text of a chosen length: never user data.

The words are plain English nouns, verbs and adjectives with nothing personal, secret or
health-related in them, so the proxy classifies the prompt as public and may route it anywhere.
A prompt of N tokens is about 4N characters (the usual rule of thumb); the backends' own usage
fields tell the real count.
"""

from __future__ import annotations

import random

_WORDS = [
    "river",
    "light",
    "window",
    "garden",
    "morning",
    "paper",
    "table",
    "stone",
    "bridge",
    "cloud",
    "music",
    "forest",
    "green",
    "quiet",
    "bright",
    "simple",
    "round",
    "open",
    "warm",
    "slow",
    "early",
    "build",
    "carry",
    "follow",
    "gather",
    "notice",
    "travel",
    "answer",
    "market",
    "season",
    "village",
    "harbour",
    "mountain",
    "valley",
    "letter",
    "yellow",
    "orange",
    "silver",
    "wooden",
    "kitchen",
    "station",
    "library",
    "picture",
    "summer",
    "winter",
    "evening",
    "weather",
    "planet",
    "ocean",
    "island",
    "field",
    "measure",
    "describe",
    "explain",
    "compare",
    "improve",
    "collect",
    "arrange",
    "balance",
    "design",
    "repair",
]

CHARS_PER_TOKEN = 4


def prompt_text(tokens: int, rng: random.Random) -> str:
    """About ``tokens`` tokens of public text (words drawn with ``rng``)."""
    target = tokens * CHARS_PER_TOKEN
    words: list[str] = []
    size = 0
    while size < target:
        word = rng.choice(_WORDS)
        words.append(word)
        size += len(word) + 1
    return " ".join(words)
