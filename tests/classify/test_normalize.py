"""The normalised view, the seam groups and the blob decoder: tables and properties."""

from __future__ import annotations

import base64

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from proxy.classify import blobs
from proxy.classify.normalize import SPARSE_LIMIT, Normalizer, View
from proxy.classify.seams import REACH, seam_groups
from tests.found import compiled

NORMALIZER = Normalizer()


def _view(text: str) -> View:
    view = NORMALIZER.view(text)
    return View(text, text) if view is None else view


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("DE44\u200b5001\u00ad0517", "DE4450010517"),
        ("ＤＥ４４\u3000５００１", "DE44 5001"),
        ("\u0415S91 2100", "ES91 2100"),
        ("cafe\u0301 D\u0301E", "café DE"),
        ("x\U000e0041\U000e0042y", "xABy"),
        ("ﬁne ² …", "fine 2 ..."),
        ("a\u00a0b\u202fc\u2028d", "a b c\nd"),
        ("١٢٣ ۴۵", "123 45"),
        ("4556\u20137375\u2212", "4556-7375-"),
        ("\u202eevil\u202c \ufeffbom \u3164x", "evil bom x"),
        ("plain café, Łódź, 東京 😀", "plain café, Łódź, 東京 😀"),
    ],
)
def test_view_reads_what_a_reader_reads(text: str, expected: str) -> None:
    """Invisible, compatibility, look-alike and foreign-digit characters fold to plain text."""
    assert _view(text).text == expected


def test_unchanged_text_has_no_view() -> None:
    """ASCII and ordinary accented text cost nothing: no view object is built."""
    assert NORMALIZER.view("plain ascii") is None
    assert NORMALIZER.view("Crème brûlée à Łódź") is None


def test_lone_surrogates_do_not_break_the_view() -> None:
    """Text hyperscan cannot read as UTF-8 takes the exact path instead of failing."""
    view = _view("DE44\ud800 5001")
    assert view.text == "DE44\ud800 5001"


def test_dense_view_maps_offsets_back() -> None:
    """Past the sparse limit the view is one translate, and offsets still map back."""
    filler = "ａ" * (SPARSE_LIMIT + 10)
    text = filler + " IBAN " + "\u200b".join("DE44") + " " + filler * 40
    view = _view(text)
    assert view.dense
    start = view.text.index("DE44")
    assert text[view.start(start) : view.end(start + 4)].replace("\u200b", "") == "DE44"
    assert view.start(len(view.text) + 5) == len(text)


_ALPHABET = st.sampled_from(
    ["a", "B", "1", " ", "\u200b", "\u00ad", "\u0301", "ﬁ", "Ｄ", "９", "\u00a0", "Е", "é", "東",
     "\U000e0041", "-", "\u2013", "…", "\u3164"]
)  # fmt: skip


@settings(max_examples=300, deadline=None)
@given(st.lists(_ALPHABET, min_size=1, max_size=300).map("".join))
def test_view_offsets_are_monotonic_and_round_trip(text: str) -> None:
    """Every view offset maps into the original, in order; a view span re-reads the same."""
    view = _view(text)
    previous = -1
    for offset in range(len(view.text)):
        original = view.start(offset)
        assert 0 <= original < len(text) and original >= previous
        previous = original
    for lo in range(0, len(view.text), 7):
        hi = min(len(view.text), lo + 5)
        piece = text[view.start(lo) : view.end(hi)]
        assert view.text[lo:hi] in _view(piece).text


def test_seams_take_long_parts_by_their_ends_and_skip_empty_ones() -> None:
    """A long part joins its neighbours by REACH characters at each end; empty parts drop."""
    long = "x" * (3 * REACH)
    groups = seam_groups(["head", "", long, "tail"])
    assert {g.text for g in groups} == {
        "head " + "x" * REACH,
        "head" + "x" * REACH,
        "x" * REACH + " tail",
        "x" * REACH + "tail",
    }
    assert seam_groups(["only one part"]) == []


def test_blob_longer_than_the_probe_is_decoded_whole() -> None:
    """A text blob past the probe size is decoded in full, and a binary one is ignored."""
    text = "lorem ipsum " * 600 + "IBAN DE44 5001 0517 5407 3249 31"
    encoded = base64.b64encode(text.encode()).decode()
    blob = blobs.decode_run(encoded, 0, len(encoded))
    assert blob is not None and blob.text == text
    binary = base64.b64encode(bytes(range(256)) * 30).decode()
    assert blobs.decode_run(binary, 0, len(binary)) is None


@pytest.mark.parametrize(
    "raw", ["SGVsbG8", "abc", "%%%%%%%%%%%%", "QUJDREVGR0hJSktMTU5PU", "00ff00ff00ff00ff00ff"]
)
def test_runs_that_are_not_text_decode_to_nothing(raw: str) -> None:
    """Short, malformed or binary runs yield no blob."""
    assert blobs.decode_run(raw, 0, len(raw)) is None


def test_percent_tokens_decode_only_when_they_are_text() -> None:
    """Percent-encoded UTF-8 text decodes; invalid UTF-8 and oversized tokens do not pass."""
    text = "go to a%20b%20c%20d now"
    stop, blob = blobs.percent_token(text, 0, len(text), 12)
    assert blob is not None and blob.text == "a b c d" and stop == 19
    bad = "x %ff%fe%fd%fc y"
    assert blobs.percent_token(bad, 0, len(bad), 10) == (14, None)
    huge = "%41" * (blobs.MAX_BLOB // 3 + 1)
    _, over = blobs.percent_token(huge, 0, len(huge), 9)
    assert over is not None and over.text is None
    assert blobs.percent_token("no escapes here", 0, 15, 5) == (10, None)


def test_a_finding_that_goes_on_across_a_seam_is_found_in_both_parts() -> None:
    """A value found in part of one part goes on in the next part: the next part's piece is
    a finding too (joined as words or cut mid-token); a value glued onto one that ends before
    the seam is not extended."""
    from proxy.classify.taxonomy import TextPart

    classifier = compiled()
    cases = [
        (["Please email Jadwiga", "Szelągowska today"], "Szelągowska"),
        (["IBAN DE44 5001 0517", "5407 3249 31 please"], "5407 3249 31"),
        (["Please email Jadwiga Szelą", "gowska today"], "gowska"),
    ]
    for texts, piece in cases:
        parts = [TextPart(f"messages[{i}].content", t) for i, t in enumerate(texts)]
        found = classifier.classify(parts).findings
        second = [texts[1][f.start : f.end].strip() for f in found if f.part == parts[1].part]
        assert piece in second, (texts, found)
    parts = [TextPart("a", "Mail jadwiga@szela.pl, thanks"), TextPart("b", "Regards")]
    assert [f.part for f in classifier.classify(parts).findings] == ["a"]
