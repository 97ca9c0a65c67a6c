"""The README's reference tables match the code they document."""

from __future__ import annotations

import re
from pathlib import Path

from proxy.classify.taxonomy import DEFAULT_LEVELS

README = Path(__file__).resolve().parents[1] / "README.md"


def test_finding_types_table_lists_every_type_with_its_default_level() -> None:
    """Each finding type of the taxonomy appears once, with the level the classifier gives it."""
    text = README.read_text()
    table = text[text.index("| finding type | default level |") :].split("\n\n", 1)[0]
    documented: dict[str, str] = {}
    for row in table.splitlines()[2:]:
        types_cell, level_cell = (cell.strip() for cell in row.strip("|").split("|"))
        for name in re.findall(r"`([a-z_.]+)`", re.sub(r"\([^)]*\)", "", types_cell)):
            assert name not in documented, name
            documented[name] = level_cell
    assert set(documented) == set(DEFAULT_LEVELS)
    for name, level in DEFAULT_LEVELS.items():
        if name != "marking":  # a marking takes the level it signals
            assert documented[name] == level.label, name
