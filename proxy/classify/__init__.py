"""Sensitivity classification of request texts (DESIGN §3).

``Classifier`` is built once at startup (it compiles every pattern into one hyperscan database)
and is pure afterwards. ``classify_text`` is a convenience for one text (the CLI).

The detectors take seconds to import (their word lists and patterns), so this package loads
them only when ``Classifier`` or ``classify_text`` is first used: a module that needs only the
taxonomy (the policy engine, the CLI's other commands) starts without them.
"""

from __future__ import annotations

from functools import lru_cache
from typing import TYPE_CHECKING, Any

from proxy.classify.taxonomy import Classification, TextPart

if TYPE_CHECKING:
    from proxy.classify.engine import Classifier

__all__ = ["Classifier", "classify_text"]


def __getattr__(name: str) -> Any:
    """``Classifier``, imported from the engine on first use (PEP 562)."""
    if name == "Classifier":
        from proxy.classify.engine import Classifier

        return Classifier
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


@lru_cache(maxsize=1)
def _default() -> Classifier:
    """The shared classifier, compiled on first use."""
    from proxy.classify.engine import Classifier

    return Classifier()


def classify_text(text: str) -> Classification:
    """Classify one text (its findings carry the part name ``text``)."""
    return _default().classify([TextPart("text", text)])
