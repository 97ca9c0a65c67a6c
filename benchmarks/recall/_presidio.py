"""Microsoft Presidio (MIT): test sentences of its recognisers, with expected entities and spans.

We read ``presidio-analyzer/tests/test_*_recognizer.py`` with ``ast`` (never import or run it) and
take each ``pytest.mark.parametrize`` case whose columns include the text, ``expected_len`` and
the positions. A case with ``expected_len == 0`` is a hard negative for that entity only
(``expected_level`` unknown: the text may hold something else); it counts for that type's
precision, not for the clean-text figures.

Mapping (Presidio entity -> our type, subtype); anything not listed is skipped:
"""

from __future__ import annotations

import ast
from collections.abc import Iterator
from typing import Any

from benchmarks.recall._common import Mirror, Record, parametrize_calls, span

REPO = "microsoft/presidio"
TESTS = "presidio-analyzer/tests"
NID = "pii.national_id"
ENTITIES: dict[str, tuple[str, str | None]] = {
    "PERSON": ("pii.person_name", None),
    "EMAIL_ADDRESS": ("pii.email", None),
    "PHONE_NUMBER": ("pii.phone", None),
    "IP_ADDRESS": ("pii.ip_address", None),
    "IBAN_CODE": ("financial.iban", None),
    "CREDIT_CARD": ("financial.credit_card", None),
    "DE_VAT_ID": ("financial.vat_id", None),
    "IT_VAT_CODE": ("financial.vat_id", None),
    "US_SSN": (NID, "us.ssn"),
    "UK_NINO": (NID, "gb.nino"),
    "IT_FISCAL_CODE": (NID, "it.codicefiscale"),
    "ES_NIF": (NID, "es.dni"),
    "ES_NIE": (NID, "es.nie"),
    "PL_PESEL": (NID, "pl.pesel"),
    "SE_PERSONNUMMER": (NID, "se.personnummer"),
    "FI_PERSONAL_IDENTITY_CODE": (NID, "fi.hetu"),
    "DE_TAX_ID": (NID, "de.idnr"),
    "DE_PASSPORT": ("pii.passport", "de"),
    "ES_PASSPORT": ("pii.passport", "es"),
    "IT_PASSPORT": ("pii.passport", "it"),
    "UK_PASSPORT": ("pii.passport", "gb"),
    "US_PASSPORT": ("pii.passport", "us"),
}
__doc__ += "\n".join(f"``{k}`` -> ``{t}`` {s or ''}" for k, (t, s) in ENTITIES.items())
_TEXT_COLUMNS = ("text", "iban")
_POSITION_COLUMNS = ("expected_positions", "expected_res", "expected_position")


def _fixture_entities(tree: ast.Module) -> list[str]:
    """The list an ``entities`` fixture returns (``["IBAN_CODE"]``)."""
    for node in ast.walk(tree):
        if isinstance(node, ast.FunctionDef) and node.name == "entities":
            for sub in ast.walk(node):
                if isinstance(sub, ast.Return) and sub.value is not None:
                    try:
                        value = ast.literal_eval(sub.value)
                    except ValueError:
                        return []
                    return [v for v in value if isinstance(v, str)]
    return []


def _parametrize(tree: ast.Module) -> Iterator[tuple[list[str], list[Any]]]:
    """(column names, literal cases) of every parametrize decorator; non-literal cases dropped."""
    for _, names, node in parametrize_calls(tree):
        cases = []
        for elt in getattr(node, "elts", []):
            try:
                cases.append(ast.literal_eval(elt))
            except ValueError:
                continue
        yield names, cases


def _case_spans(row: dict[str, Any], default: list[str]) -> list[tuple[str, int, int]] | None:
    """(entity, start, end) for each expected result; ``None`` when the case is unusable."""
    text = next(row[c] for c in _TEXT_COLUMNS if c in row)
    count = row["expected_len"]
    positions = next((row[c] for c in _POSITION_COLUMNS if c in row), None)
    if positions and isinstance(positions[0], int):
        positions = (positions,)
    if count and not positions:
        positions = [(0, len(text))] * count  # the source gives no offsets: any overlap counts
    if "entities" in row:
        names = list(row["entities"])
    elif "entity_num" in row:
        names = [default[row["entity_num"]]] * count if row["entity_num"] < len(default) else []
    else:
        names = default[:1] * count
    if len(names) != count or len(positions or ()) < count:
        return None
    return [(names[i], positions[i][0], positions[i][1]) for i in range(count)]


def _file_records(path: str, source: str) -> Iterator[Record]:
    tree = ast.parse(source)
    default = _fixture_entities(tree)
    prefix = path.rsplit("/", 1)[-1].split("_")[1]
    lang = prefix if prefix in ("de", "es", "it", "pl", "fr", "nl") else "en"
    for names, cases in _parametrize(tree):
        if not any(c in names for c in _TEXT_COLUMNS) or "expected_len" not in names:
            continue
        for case in cases:
            if not isinstance(case, tuple) or len(case) != len(names):
                continue
            rec = _record(dict(zip(names, case, strict=True)), default, lang, path)
            if rec is not None:
                yield rec


def _record(row: dict[str, Any], default: list[str], lang: str, path: str) -> Record | None:
    found = _case_spans(row, default)
    if found is None:
        return None
    text = next(row[c] for c in _TEXT_COLUMNS if c in row)
    entities = {name for name, _, _ in found} or set(default[:1])
    if not entities or not entities <= ENTITIES.keys():
        return None
    annotated = tuple(sorted({ENTITIES[e][0] for e in entities}))
    spans = [span(s, e, *ENTITIES[name]) for name, s, e in found]
    return Record("presidio", lang, text, f"{path}|{text}", spans, annotated)


def records(mirror: Mirror) -> Iterator[Record]:
    """Every usable, mapped case of every recogniser test file."""
    for path in mirror.ls(TESTS):
        name = path.rsplit("/", 1)[-1]
        if name.startswith("test_") and name.endswith("recognizer.py"):
            yield from _file_records(path, mirror.read(path))
