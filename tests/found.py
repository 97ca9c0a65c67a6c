"""What the classifier finds in one text, for the table tests of detector families."""

from __future__ import annotations

from functools import lru_cache
from typing import Any

from proxy.classify import Classifier
from proxy.classify.taxonomy import Classification, TextPart
from proxy.pattern_cache import default_directory, store_at


def compiled(**options: Any) -> Classifier:
    """A classifier of every detector whose databases come from the run's pattern cache
    (``tests/conftest.py``): compiling them anew takes half a minute per process."""
    return Classifier(store=store_at(default_directory()), **options)


def found(classifier: Classifier, text: str, kind: str) -> list[str]:
    """The spans of the findings of type ``kind`` in ``text``, in order."""
    result = classifier.classify([TextPart("text", text)])
    return [text[f.start : f.end] for f in result.findings if f.type == kind]


@lru_cache(maxsize=1)
def _shared() -> Classifier:
    return compiled()


def classify_text(text: str) -> Classification:
    """What ``proxy.classify.classify_text`` gives, from the run's pattern cache (the library's
    own compiles anew, as it does no I/O; ``tests/classify/test_engine.py`` tests it)."""
    return _shared().classify([TextPart("text", text)])
