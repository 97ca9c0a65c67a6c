"""What the classifier finds in one text, for the table tests of detector families."""

from __future__ import annotations

from proxy.classify import Classifier
from proxy.classify.taxonomy import TextPart


def found(classifier: Classifier, text: str, kind: str) -> list[str]:
    """The spans of the findings of type ``kind`` in ``text``, in order."""
    result = classifier.classify([TextPart("text", text)])
    return [text[f.start : f.end] for f in result.findings if f.type == kind]
