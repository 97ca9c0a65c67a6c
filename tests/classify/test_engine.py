"""The classifier engine: parts and offsets, levels, budgets and failing closed."""

from __future__ import annotations

import re
from collections.abc import Iterator

import pytest

from proxy.classify import Classifier, classify_text
from proxy.classify._base import Detector, Hit, Scan, hs_words
from proxy.classify.databases import hs_pattern as _hs_pattern
from proxy.classify.databases import literal_text as _literal
from proxy.classify.detectors import all_detectors
from proxy.classify.taxonomy import Level, TextPart
from tests.found import compiled

CLASSIFIER = compiled()


def _boom(m: re.Match[str], scan: Scan) -> Iterator[Hit]:
    """A validator with a bug."""
    raise RuntimeError("detector bug")


BROKEN = Detector("broken", r"trigger", re.compile("trigger"), _boom)


def test_empty_request_is_public() -> None:
    """No text at all is public, with no findings."""
    result = CLASSIFIER.classify([])
    assert (result.level, result.findings, result.error) == (Level.PUBLIC, (), None)


def test_unscannable_parts_make_it_restricted() -> None:
    """An unscannable part (an image) fails closed: restricted, and it is listed."""
    result = CLASSIFIER.classify([TextPart("messages[0].content", "hello")], ["messages[1]"])
    assert result.level == Level.RESTRICTED
    assert result.unscannable == ("messages[1]",)
    assert result.error is None


def test_findings_name_their_part_and_offsets_within_it() -> None:
    """Offsets are relative to each part's own text, across many parts."""
    parts = [
        TextPart("system", "Be helpful."),
        TextPart("messages[0].content", "Grüße! Mail élodie.durand@orange.fr"),
        TextPart("messages[1].content", "IBAN DE74 2914 1777 6317 0669 07"),
    ]
    result = CLASSIFIER.classify(parts)
    got = {(f.part, parts_text(parts, f.part)[f.start : f.end]) for f in result.findings}
    assert got == {
        ("messages[0].content", "élodie.durand@orange.fr"),
        ("messages[1].content", "DE74 2914 1777 6317 0669 07"),
    }


def parts_text(parts: list[TextPart], name: str) -> str:
    """The text of the named part."""
    return next(p.text for p in parts if p.part == name)


def test_value_split_over_two_parts_is_found_in_both() -> None:
    """Two parts that form a value when read together yield a finding in each (issue 12)."""
    result = CLASSIFIER.classify(
        [TextPart("a", "IBAN DE74 2914 1777"), TextPart("b", "6317 0669 07")]
    )
    assert {(f.type, f.part, f.start, f.end) for f in result.findings} == {
        ("financial.iban", "a", 5, 19),
        ("financial.iban", "b", 0, 12),
    }


def test_detector_error_fails_closed() -> None:
    """An exception inside a detector yields restricted with an error naming no value."""
    classifier = Classifier(detectors=[BROKEN])
    result = classifier.classify([TextPart("t", "please trigger 4242")])
    assert result.level == Level.RESTRICTED
    assert result.error == "classifier error: RuntimeError"
    assert "4242" not in result.error


def test_input_over_budget_fails_closed() -> None:
    """More text than max_chars is restricted with an error, without scanning it."""
    result = compiled(max_chars=10).classify([TextPart("t", "x" * 11)], ["img"])
    assert (result.level, result.unscannable) == (Level.RESTRICTED, ("img",))
    assert result.error is not None and "too large" in result.error


def test_too_many_candidates_fail_closed() -> None:
    """More prefilter candidates than max_hits stops the scan: restricted with an error."""
    result = compiled(max_hits=5).classify([TextPart("t", "born 1 " * 50)])
    assert result.level == Level.RESTRICTED
    assert result.error is not None and "too many candidates" in result.error


@pytest.mark.parametrize(
    "text",
    ["0" * 1_000_000, "1 2 3 4 5 6 7 8 9 " * 20_000, "a" * 1_000_000, ("x" * 5000 + "\n") * 200],
)
def test_pathological_input_is_bounded(text: str) -> None:
    """Digit floods and very long lines finish (public or failed closed, never an exception)."""
    result = CLASSIFIER.classify([TextPart("t", text)])
    assert result.level in (Level.PUBLIC, Level.RESTRICTED)


def test_many_small_messages() -> None:
    """100k short messages are scanned in one pass and findings keep their part."""
    parts = [TextPart(f"messages[{i}].content", "ok") for i in range(100_000)]
    parts[77_777] = TextPart("messages[77777].content", "call +33 6 12 34 56 78")
    result = CLASSIFIER.classify(parts)
    assert [f.part for f in result.findings] == ["messages[77777].content"]


def test_classify_text_uses_part_name_text() -> None:
    """The convenience function names its only part ``text``."""
    assert {f.part for f in classify_text("BSN 161204284").findings} == {"text"}


@pytest.mark.parametrize(
    ("words", "pattern"),
    [
        (["abc"], r"(?:\b(?:abc)\b)"),
        (["né"], r"(?:\b(?:né))"),
        (["été"], r"(?:(?:été))"),
    ],
)
def test_hs_words_puts_word_boundaries_only_beside_ascii(words: list[str], pattern: str) -> None:
    """Hyperscan's ASCII-only ``\\b`` is used only where it can match."""
    assert hs_words(words) == pattern


def test_hs_pattern_folds_non_ascii_case_outside_classes() -> None:
    """Non-ASCII letters match both cases in caseless Unicode prefilters; classes are kept."""
    det = Detector("d", r"né[é]\d", re.compile("x"), _boom, caseless=True, unicode=True)
    assert _hs_pattern(det) == r"n[éÉ][é]\d"
    plain = Detector("d", r"né", re.compile("x"), _boom)
    assert _hs_pattern(plain) == "né"


def test_unicode_prefilters_carry_no_utf8_bytes() -> None:
    """In UTF-8 mode hyperscan reads "\\xC3" as a character, not a byte: a byte class left in
    a Unicode prefilter would never match the letters it stands for."""
    bytes_in = {
        det.name: _hs_pattern(det)
        for det in all_detectors()
        if det.unicode and re.search(r"\\x[89A-Fa-f][0-9A-Fa-f]", _hs_pattern(det))
    }
    assert bytes_in == {}


@pytest.mark.parametrize(
    ("text", "name"), [("mein Bruder Ödön ist krank", "Ödön"), ("Bewohnerin Łucja", "Łucja")]
)
def test_a_unicode_prefilter_wakes_on_an_accented_capital(text: str, name: str) -> None:
    """A cue word with an accent ("Bénéficiaire" makes the carers' prefilter Unicode) still
    wakes its detector for a name that starts with one ("Ödön", "Łucja")."""
    (carers,) = [det for det in all_detectors() if det.name == "person_name.care_role"]
    assert carers.unicode
    result = Classifier(detectors=[carers]).classify([TextPart("t", text)])
    assert [text[f.start : f.end] for f in result.findings] == [name]


def test_surrogates_do_not_break_the_scan() -> None:
    """A lone surrogate (invalid UTF-8) is scanned, and offsets after it stay right."""
    text = "\ud800 mail anna.kowalska@gmail.com"
    result = CLASSIFIER.classify([TextPart("t", text)])
    assert [text[f.start : f.end] for f in result.findings] == ["anna.kowalska@gmail.com"]


def test_concurrent_threads_each_get_their_own_scratch() -> None:
    """Classifying from several threads at once never fails (hyperscan scratch is per thread)."""
    from concurrent.futures import ThreadPoolExecutor

    text = "Call me on +33 6 12 34 56 78. " + "ordinary words " * 20_000
    with ThreadPoolExecutor(max_workers=4) as pool:
        results = list(pool.map(lambda _: CLASSIFIER.classify([TextPart("t", text)]), range(16)))
    assert {(r.level, r.error) for r in results} == {(Level.CONFIDENTIAL, None)}


@pytest.mark.parametrize(
    ("pattern", "literal"),
    [
        ("Anna ", "Anna "),
        (r"Dr\. ", "Dr. "),
        (r"co\-worker", "co-worker"),
        (r"\bAnna", None),  # an assertion
        (r"\d{3}", None),
        (r"x\x41", None),  # a code
        ("Will [A-Z]", None),
        ("a|b", None),
        ("", None),
    ],
)
def test_literal_prefilters_are_told_from_regular_expressions(
    pattern: str, literal: str | None
) -> None:
    """Pure literals go to hyperscan's literal compiler, where ``\\d`` would be the letter d."""
    assert _literal(pattern) == literal


def test_every_literal_prefilter_matches_its_literal() -> None:
    """Each prefilter compiled as a literal matches exactly that string as a regex: nothing a
    detector waits for is lost in the literal database (the gazetteer names among them)."""
    literals = {
        det.prefilter: _literal(_hs_pattern(det))
        for det in all_detectors()
        if _literal(_hs_pattern(det)) is not None
    }
    assert len(literals) > 10_000  # the given-name and surname gazetteers
    for pattern, text in literals.items():
        assert text is not None and re.fullmatch(pattern, text), pattern


def test_literal_and_regex_prefilters_both_fire_in_one_text() -> None:
    """A name woken by its literal prefilter and an IBAN woken by a regex prefilter are both
    found in one non-ASCII text, each at its own offsets."""
    text = "Überweisung für Katarzyna Nowak (Łódź): IBAN DE68 3704 0044 0532 0130 87, danke."
    result = CLASSIFIER.classify([TextPart("t", text)])
    found = {(f.type, text[f.start : f.end]) for f in result.findings}
    assert ("pii.person_name", "Katarzyna Nowak") in found
    assert ("financial.iban", "DE68 3704 0044 0532 0130 87") in found


def _whole(m: re.Match[str], scan: Scan) -> Iterator[Hit]:
    """A validator that reports what its pattern matched."""
    yield Hit("pii.person_name", None, m.start(), m.end())


def test_a_window_never_ends_inside_a_word() -> None:
    """An exact pattern sees the word its window ends in whole: a window cut after "Chai" of
    "Chairman" once made "Caretaker Chai" a name, because "(?!\\w)" held at the cut."""
    det = Detector("d", r"named ", re.compile(r"named [A-Z]\w+(?!\w)"), _whole, back=8, ahead=6)
    classifier = Classifier(detectors=[det], store=None)
    text = "He was named Chairmanship committee lead."
    result = classifier.classify([TextPart("t", text)])
    assert [text[f.start : f.end] for f in result.findings] == ["named Chairmanship"]


def test_a_long_text_in_capitals_is_scanned_not_failed_closed() -> None:
    """Legal boilerplate in capitals (12 KB) is scanned within the candidate budget: each word
    with two capitals once counted as the end of an encoded run and spent the budget, so the
    text came back restricted with an error."""
    words = (
        "THE SOFTWARE IS PROVIDED AS IS WITHOUT WARRANTY OF ANY KIND EXPRESS OR IMPLIED "
        "INCLUDING BUT NOT LIMITED TO THE WARRANTIES OF MERCHANTABILITY FITNESS FOR A "
        "PARTICULAR PURPOSE AND NONINFRINGEMENT IN NO EVENT SHALL THE AUTHORS BE LIABLE "
    )
    text = words * 60
    result = CLASSIFIER.classify([TextPart("t", text)])
    assert (result.level, result.error) == (Level.PUBLIC, None)
    hidden = text + " U1dJRlQ6IERFVVRERUZGIElCQU46IERFNjggMzcwNCAwMDQ0IDA1MzIgMDEzMCA4Nw=="
    assert CLASSIFIER.classify([TextPart("t", hidden)]).level > Level.PUBLIC


def test_the_end_of_a_window_is_not_the_end_of_the_text() -> None:
    """A pattern that needs the end of the text ("$") or looks ahead does not hold at a window's
    end inside the text: the same input gives the same findings whatever the padding before."""
    det = Detector("d", r"item ", re.compile(r"item \w+$"), _whole, back=8, ahead=5)
    classifier = Classifier(detectors=[det], store=None)
    for pad in range(12):
        text = "x" * pad + " item alpha and more"
        assert classifier.classify([TextPart("t", text)]).findings == ()
    assert [f.end for f in classifier.classify([TextPart("t", "an item alpha")]).findings] == [13]
