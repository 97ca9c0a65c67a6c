"""Shared pieces of the independent recall evaluation: records, mirrors, the split, templates.

A record is one text with what a public source says is in it::

    {"id", "source", "lang", "text", "expected_level", "spans": [{start, end, type, subtype}],
     "annotated": [types whose spans are exhaustive in this record], "context": "..."}

``expected_level`` is ``null`` when the source only speaks for some types (a Presidio negative
for one recogniser may still hold a name): such a record counts for the per-type figures only.
"""

from __future__ import annotations

import ast
import hashlib
import subprocess
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from proxy.classify.taxonomy import DEFAULT_LEVELS, Level

MIRRORS = Path("/work/.mirror")
LANGS = ("en", "fr", "de", "it", "es", "nl", "pl")


@dataclass
class Record:
    """One labelled text; ``spans`` carry our taxonomy's types (mapped in the source modules)."""

    source: str
    lang: str
    text: str
    key: str
    spans: list[dict[str, Any]] = field(default_factory=list)
    annotated: tuple[str, ...] = ()
    clean: bool | None = None
    context: str = ""

    @property
    def id(self) -> str:
        """Stable across rebuilds: source plus a hash of the case's own key (not its position)."""
        digest = hashlib.sha256(self.key.encode()).hexdigest()[:16]
        return f"{self.source}:{self.lang}:{digest}"

    def expected_level(self) -> str | None:
        """The highest default level of the expected spans; public if clean; else unknown."""
        if self.spans:
            return max(DEFAULT_LEVELS[s["type"]] for s in self.spans).label
        return Level.PUBLIC.label if self.clean else None

    def as_json(self) -> dict[str, Any]:
        """The jsonl form."""
        return {
            "id": self.id,
            "source": self.source,
            "lang": self.lang,
            "text": self.text,
            "expected_level": self.expected_level(),
            "spans": self.spans,
            "annotated": sorted(self.annotated),
            "context": self.context,
        }


def span(start: int, end: int, type_: str, subtype: str | None = None) -> dict[str, Any]:
    """One expected span in our taxonomy."""
    return {"start": start, "end": end, "type": type_, "subtype": subtype}


def split_of(record_id: str) -> str:
    """``dev`` or ``heldout``, fixed once by a hash of the id (never by position or content)."""
    return "dev" if hashlib.sha256(record_id.encode()).digest()[0] % 2 == 0 else "heldout"


class Mirror:
    """Read-only access to one fetched repository snapshot (a bare git directory)."""

    def __init__(self, root: Path, repo: str) -> None:
        self.repo = repo
        self.git_dir = root / repo.replace("/", "+") / "repo"

    def available(self) -> bool:
        """Whether the snapshot is on this machine."""
        return self.git_dir.is_dir()

    def _git(self, *args: str) -> str:
        out = subprocess.run(
            ["git", "--git-dir", str(self.git_dir), *args],
            check=True,
            capture_output=True,
        )
        return out.stdout.decode("utf-8", errors="replace")

    def commit(self) -> str:
        """The snapshot's commit (recorded in the manifest)."""
        return self._git("rev-parse", "HEAD").strip()

    def ls(self, prefix: str) -> list[str]:
        """File paths under ``prefix``."""
        args = ["ls-tree", "-r", "--name-only", "HEAD"] + ([prefix] if prefix else [])
        return self._git(*args).splitlines()

    def read(self, path: str) -> str:
        """One file's text at HEAD."""
        return self._git("show", f"HEAD:{path}")


# Neutral sentences we wrote to carry a bare value (stdnum numbers, secrets without a file).
# "plain" gives no hint of what the value is; "labelled" names it the way a person would.
PLAIN = {
    "en": "Please double-check {x} before you send the form.",
    "fr": "Merci de vérifier {x} avant d'envoyer le formulaire.",
    "de": "Bitte prüf noch einmal {x}, bevor du das Formular abschickst.",
    "it": "Per favore ricontrolla {x} prima di inviare il modulo.",
    "es": "Por favor, revisa {x} antes de enviar el formulario.",
    "nl": "Controleer {x} nog even voordat je het formulier verstuurt.",
    "pl": "Sprawdź jeszcze raz {x} przed wysłaniem formularza.",
}
LABELLED = {
    "en": "Here are the details. {label}: {x}. Thanks!",
    "fr": "Voici les informations. {label} : {x}. Merci !",
    "de": "Hier die Angaben. {label}: {x}. Danke!",
    "it": "Ecco i dati. {label}: {x}. Grazie!",
    "es": "Aquí están los datos. {label}: {x}. ¡Gracias!",
    "nl": "Hier zijn de gegevens. {label}: {x}. Bedankt!",
    "pl": "Oto dane. {label}: {x}. Dziękuję!",
}


def embed(value: str, lang: str, label: str, key: str) -> tuple[str, int, str]:
    """Put ``value`` in one of our sentences (chosen by hash of ``key``); text, offset, context."""
    labelled = hashlib.sha256(("ctx" + key).encode()).digest()[0] % 2 == 1
    template = LABELLED[lang].replace("{label}", label) if labelled else PLAIN[lang]
    start = template.index("{x}")
    return template.replace("{x}", value), start, "labelled" if labelled else "plain"


def parametrize_calls(tree: ast.Module) -> Iterator[tuple[ast.FunctionDef, list[str], ast.expr]]:
    """(test function, column names, cases node) of every ``parametrize`` decorator in a test
    module whose column names are a literal string (peers' test files, read without running)."""
    for node in ast.walk(tree):
        if not isinstance(node, ast.FunctionDef):
            continue
        for deco in node.decorator_list:
            if not (isinstance(deco, ast.Call) and ast.unparse(deco.func).endswith("parametrize")):
                continue
            if len(deco.args) < 2 or not isinstance(deco.args[0], ast.Constant):
                continue
            names = [n.strip() for n in str(deco.args[0].value).split(",")]
            yield node, names, deco.args[1]
