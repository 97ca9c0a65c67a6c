"""The options of ``sovproxy bench``: parsed and checked before anything is sent.

Every check fails with one line that names the option and what it accepts (argparse prints it
with exit code 2); nothing here does I/O except checking that an output file can be written.
"""

from __future__ import annotations

import argparse
import math
import random
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlsplit

MAX_CONCURRENCY = 1024
MAX_TOKENS = 32_768


@dataclass(frozen=True, slots=True)
class Lengths:
    """A token-length distribution: fixed (``stddev`` 0) or normal, at least 1."""

    mean: int
    stddev: float = 0.0

    def sample(self, rng: random.Random) -> int:
        """One length."""
        if not self.stddev:
            return self.mean
        return max(1, min(MAX_TOKENS, round(rng.gauss(self.mean, self.stddev))))

    def describe(self) -> str:
        """``64`` or ``64:16``."""
        return f"{self.mean}:{self.stddev:g}" if self.stddev else str(self.mean)


@dataclass(frozen=True, slots=True)
class Point:
    """One sweep point: a number of requests in flight (closed loop) or an arrival rate."""

    kind: str  # "concurrency" or "rate"
    value: float

    @property
    def label(self) -> str:
        """``c=4`` or ``rate=2/s``."""
        return f"c={self.value:g}" if self.kind == "concurrency" else f"rate={self.value:g}/s"


def positive_int(text: str) -> int:
    """An integer of at least 1."""
    return _int_at_least(text, 1, "must be at least 1")


def non_negative_int(text: str) -> int:
    """An integer of at least 0."""
    return _int_at_least(text, 0, "must be 0 or more")


def _int_at_least(text: str, low: int, rule: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected a whole number, got {text!r}") from None
    if value < low:
        raise argparse.ArgumentTypeError(f"{rule}, got {value}")
    return value


def _finite(text: str) -> float:
    try:
        value = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected a number, got {text!r}") from None
    if not math.isfinite(value):
        raise argparse.ArgumentTypeError(f"expected a finite number, got {text!r}")
    return value


def positive_seconds(text: str) -> float:
    """A duration in seconds, above 0 and at most a day."""
    value = _finite(text)
    if not 0 < value <= 86_400:
        raise argparse.ArgumentTypeError(f"must be above 0 and at most 86400 seconds, got {text}")
    return value


def fraction(text: str) -> float:
    """A number between 0 and 1."""
    value = _finite(text)
    if not 0 <= value <= 1:
        raise argparse.ArgumentTypeError(f"must be between 0 and 1, got {text}")
    return value


def concurrency_list(text: str) -> tuple[int, ...]:
    """``1,4,16``: distinct numbers of requests in flight, each 1 to MAX_CONCURRENCY."""
    values = tuple(positive_int(part.strip()) for part in text.split(","))
    if any(v > MAX_CONCURRENCY for v in values):
        raise argparse.ArgumentTypeError(f"each value must be at most {MAX_CONCURRENCY}")
    if len(set(values)) != len(values):
        raise argparse.ArgumentTypeError(f"a value is repeated in {text!r}")
    return values


def rate_list(text: str) -> tuple[float, ...]:
    """``2,8``: distinct request rates per second, each above 0 and at most 10000."""
    values = tuple(_finite(part.strip()) for part in text.split(","))
    if any(not 0 < v <= 10_000 for v in values):
        raise argparse.ArgumentTypeError("each rate must be above 0 and at most 10000 per second")
    if len(set(values)) != len(values):
        raise argparse.ArgumentTypeError(f"a value is repeated in {text!r}")
    return values


def lengths(text: str) -> Lengths:
    """``64`` (fixed) or ``64:16`` (mean:stddev, normal) tokens."""
    mean_text, _, std_text = text.partition(":")
    mean = positive_int(mean_text.strip())
    if mean > MAX_TOKENS:
        raise argparse.ArgumentTypeError(f"must be at most {MAX_TOKENS} tokens, got {mean}")
    stddev = _finite(std_text) if std_text else 0.0
    if stddev < 0:
        raise argparse.ArgumentTypeError(f"the standard deviation must be 0 or more, got {stddev}")
    return Lengths(mean, stddev)


def http_url(text: str) -> str:
    """An http(s) base URL (``demo`` names the demo's own proxy with ``--demo``)."""
    if text == "demo":
        return text
    parts = urlsplit(text)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise argparse.ArgumentTypeError(f"expected an http:// or https:// URL, got {text!r}")
    return text.rstrip("/")


def output_file(text: str) -> Path:
    """A file path whose directory exists (the file is written at the end of the run)."""
    path = Path(text)
    if path.is_dir():
        raise argparse.ArgumentTypeError(f"{text} is a directory; expected a file path")
    if not path.parent.is_dir():
        raise argparse.ArgumentTypeError(f"the directory of {text} does not exist")
    return path


def names(text: str) -> tuple[str, ...]:
    """``a,b``: backend names."""
    values = tuple(part.strip() for part in text.split(",") if part.strip())
    if not values:
        raise argparse.ArgumentTypeError("expected at least one backend name")
    return values
