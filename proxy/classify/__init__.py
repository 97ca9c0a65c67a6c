"""Sensitivity classification of request texts (DESIGN §3).

``Classifier`` is built once at startup (it compiles every pattern into one hyperscan database)
and is pure afterwards. ``classify_text`` is a convenience for one text (the CLI).
"""

from __future__ import annotations

from functools import lru_cache

from proxy.classify.engine import Classifier
from proxy.classify.taxonomy import Classification, TextPart

__all__ = ["Classifier", "classify_text"]


@lru_cache(maxsize=1)
def _default() -> Classifier:
    """The shared classifier, compiled on first use."""
    return Classifier()


def classify_text(text: str) -> Classification:
    """Classify one text (its findings carry the part name ``text``)."""
    return _default().classify([TextPart("text", text)])
