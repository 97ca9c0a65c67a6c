"""The postal-address sources of the recall evaluation read their peers' files as documented."""

from __future__ import annotations

import json
from pathlib import Path

from benchmarks.recall import _addresses, _parser_tests, build
from benchmarks.recall._common import Mirror, Record


class FakeMirror(Mirror):
    """A snapshot held in a dict (path -> text), so the parsers run without the fetched repos."""

    def __init__(self, files: dict[str, str]) -> None:
        super().__init__(Path("/nonexistent"), "x/y")
        self.files = files

    def ls(self, prefix: str) -> list[str]:
        return [p for p in self.files if p.startswith(prefix)]

    def read(self, path: str) -> str:
        return self.files[path]


def _spanned(rec: Record) -> list[str]:
    return [rec.text[s["start"] : s["end"]] for s in rec.spans]


PELIAS = """
  assert('Kaschk Bar, Linienstraße 40 10119 Berlin', [
    { venue: 'Kaschk Bar' },
    { street: 'Linienstraße' }, { housenumber: '40' },
    { postcode: '10119' }, { locality: 'Berlin' }
  ])
  assert('Rue Montmartre', [{ street: 'Rue Montmartre' }])
  assert('Paris, France', [{ locality: 'Paris' }, { country: 'France' }])
"""

LIBPOSTAL = r"""
TEST test_se_parses(void) {
    CHECK_CALL(test_parse_result_equals(
        // a comment
        "Storgatan 1, 112 01 Stockholm Sweden",
        options,
        5,
        (labeled_component_t){"road", "storgatan"},
        (labeled_component_t){"house_number", "1"},
        (labeled_component_t){"postcode", "112 01"},
        (labeled_component_t){"city", "stockholm"},
        (labeled_component_t){"country", "sweden"}
    ));
}
TEST test_us_parses(void) {
    CHECK_CALL(test_parse_result_equals(
        "1 Main St, Springfield",
        options,
        3,
        (labeled_component_t){"house_number", "1"},
        (labeled_component_t){"road", "main st"},
        (labeled_component_t){"city", "springfield"}
    ));
}
"""

ILIB = """
    testA: function(test) {
        var parsedAddress = new Address("Corso Europa 2\\n20122 Milan\\nItalia", {locale: 'it-IT'});
        test.equal(parsedAddress.streetAddress, "Corso Europa 2");
        test.equal(parsedAddress.country, "Italia");
        test.done();
    },
    testB: function(test) {
        var parsedAddress = new Address("Corso Europa 2, 20122 Milan", {locale: 'it-IT'});
        test.equal(parsedAddress.streetAddress, "Corso Europa 2");
        test.done();
    },
"""

OPENCAGE = """---
description: house
components:
    city: Berlin
    country: Germany
    country_code: de
    house_number: 7
    pedestrian: Gontardstraße
    postcode: 10178
expected:  |
    Gontardstraße 7
    10178 Berlin
    Germany
---
description: city
components:
    city: Berlin
    country: Germany
expected:  |
    Berlin
    Germany
"""


def test_pelias_positive_drops_the_venue_and_places_are_clean() -> None:
    """The span starts at the street (not the bar's name); a town alone is a clean text; a
    street without a number is left out."""
    recs = list(_parser_tests.pelias_records(FakeMirror({"test/address.deu.test.js": PELIAS})))
    assert len(recs) == 2
    address, place = recs
    assert _spanned(address)[0].replace("\n", " ") == "Linienstraße 40 10119 Berlin"
    assert address.lang == "de" and address.annotated == ("pii.postal_address",)
    assert place.spans == [] and place.expected_level() == "public"


def test_libpostal_reads_european_functions_only() -> None:
    """Lower-cased components are found caselessly; the country is not in the span; the US
    function is not read."""
    recs = list(_parser_tests.libpostal_records(FakeMirror({"test/test_parser.c": LIBPOSTAL})))
    assert [r.lang for r in recs] == ["sv"]
    assert _spanned(recs[0])[0].replace("\n", ", ") == "Storgatan 1, 112 01 Stockholm"


def test_ilib_keeps_one_way_per_address_without_the_country() -> None:
    """Two writings of one address give one record; its span has no country line."""
    folder = "packages/ilib-address/test"
    recs = list(_parser_tests.ilib_records(FakeMirror({f"{folder}/testaddress_IT.js": ILIB})))
    assert len(recs) == 1
    assert _spanned(recs[0])[0] in ("Corso Europa 2\n20122 Milan", "Corso Europa 2, 20122 Milan")
    assert "Italia" not in recs[0].text


def test_opencage_house_is_positive_and_city_is_clean() -> None:
    """A formatted address with a house number and road is spanned without the country line."""
    mirror = FakeMirror({"testcases/countries/de.yaml": OPENCAGE})
    address, city = _addresses.opencage_records(mirror)
    assert _spanned(address)[0] in (
        "Gontardstraße 7\n10178 Berlin",
        "Gontardstraße 7, 10178 Berlin",
    )
    assert "Germany" not in address.text
    assert city.clean and city.spans == []


def test_write_replaces_files_whole(tmp_path: Path) -> None:
    """build.write leaves complete files and no temporary ones behind (readers never see half)."""
    (tmp_path / "dev.jsonl").write_text("old\n", encoding="utf-8")
    recs = [
        _addresses.place("t", "fr", f"k{i}", f"{i} rue de la Paix", None, False) for i in range(20)
    ]
    sizes = build.write(recs, {}, tmp_path)
    assert sum(sizes.values()) == 20
    lines = (tmp_path / "dev.jsonl").read_text(encoding="utf-8").splitlines()
    assert lines and all(json.loads(line)["source"] == "t" for line in lines)
    assert sorted(p.name for p in tmp_path.iterdir()) == [
        "dev.jsonl",
        "heldout.jsonl",
        "manifest.json",
    ]
