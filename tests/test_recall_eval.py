"""The independent recall evaluation (benchmarks/recall): its scripts run; no figures asserted."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from benchmarks.recall import _ner, _secrets, _stdnum, evaluate
from benchmarks.recall._common import split_of

RECORDS = [
    {
        "id": "t:en:1",
        "source": "t",
        "lang": "en",
        "text": "Write to jane.doe@example.org about the invoice.",
        "expected_level": "confidential",
        "spans": [{"start": 9, "end": 29, "type": "pii.email", "subtype": None}],
        "annotated": ["pii.email"],
        "context": "",
    },
    {
        "id": "t:fr:2",
        "source": "t",
        "lang": "fr",
        "text": "Le train part à huit heures.",
        "expected_level": "public",
        "spans": [],
        "annotated": ["pii.person_name"],
        "context": "",
    },
    {
        "id": "t:en:3",
        "source": "t",
        "lang": "en",
        "text": "nothing labelled for levels here",
        "expected_level": None,
        "spans": [],
        "annotated": ["financial.iban"],
        "context": "code",
    },
]


def test_evaluate_tallies_every_table() -> None:
    """evaluate() fills the type, language, source, context and overall tables."""
    tables = evaluate.evaluate(RECORDS)
    assert tables["all"]["all"]["support"] == 1
    assert tables["all"]["all"]["levelled"] == 2
    assert tables["all"]["all"]["clean"] == 1
    assert set(tables["lang"]) == {"en", "fr"}
    assert "t/code" in tables["context"]
    assert "pii.email" in evaluate.render(tables)


def test_main_reads_a_split_and_refuses_heldout_misses(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """The CLI prints tables for a split and will not list held-out failures."""
    (tmp_path / "heldout.jsonl").write_text("\n".join(json.dumps(r) for r in RECORDS) + "\n")
    evaluate.main(["--data", str(tmp_path)])
    assert "by lang" in capsys.readouterr().out
    with pytest.raises(SystemExit):
        evaluate.main(["--data", str(tmp_path), "--misses", "3"])


def test_split_is_a_fixed_function_of_the_id() -> None:
    """The same id always lands in the same half, and both halves are used."""
    halves = {split_of(f"case-{i}") for i in range(50)}
    assert halves == {"dev", "heldout"}
    assert split_of("case-7") == split_of("case-7")


def test_stdnum_doctest_parsing() -> None:
    """Valid and invalid numbers are read from doctest blocks and single calls."""
    text = "\n".join(
        [
            ">>> numbers = '''",
            "... 111222333",
            "... '''",
            ">>> [x for x in numbers.splitlines() if x and not bsn.is_valid(x)]",
            ">>> validate('1112.52.333')",
            "Traceback (most recent call last):",
        ]
    )
    assert list(_stdnum.examples(text)) == [("111222333", True), ("1112.52.333", False)]


def test_gitleaks_go_samples() -> None:
    """Literal tps/fps and literal sample-secret calls are extracted; generated ones are not."""
    body = """
    tps := []string{"token = abc123", utils.GenerateSampleSecret("x", "s3cr3t")}
    tps = append(tps, utils.GenerateSampleSecret("y", secrets.NewSecret("[a-z]{8}")))
    fps := []string{`placeholder`}
    return utils.Validate(r, tps, fps)
    """
    assert list(_secrets.go_samples(body)) == [
        ("token = abc123", True),
        ('x_api_token = "s3cr3t"', True),
        ("placeholder", False),
    ]


def test_ner_detokenize_spans() -> None:
    """PER spans survive detokenisation in IOB1 and IOB2."""
    text, spans = _ner.detokenize(
        [("Ada", "B-PER"), ("Lovelace", "I-PER"), ("wrote", "O"), (".", "O")]
    )
    assert text == "Ada Lovelace wrote."
    assert spans == [(0, 12)]
