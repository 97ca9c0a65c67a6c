"""Sensitivity classification of request texts (DESIGN §3).

``Classifier`` is built once at startup (it compiles every pattern into one hyperscan database)
and is pure afterwards. ``classify_text`` is a convenience for one text (scripts and tests): its
classifier loads the databases from the user's pattern cache, as ``sovproxy classify`` does.
"""

from __future__ import annotations

from functools import lru_cache

from proxy.classify.engine import Classifier
from proxy.classify.taxonomy import Classification, TextPart

__all__ = ["Classifier", "classify_text"]


@lru_cache(maxsize=1)
def _default() -> Classifier:
    """The shared classifier, built on first use (compiling takes half a minute without the
    pattern cache of ``proxy.pattern_cache``; a cache it cannot use is compiled around)."""
    from proxy.pattern_cache import default_directory, store_at

    return Classifier(store=store_at(default_directory()))


def classify_text(text: str) -> Classification:
    """Classify one text (its findings carry the part name ``text``)."""
    return _default().classify([TextPart("text", text)])
