"""The proxy's operator by its legal name, self-operated hops by a flag, and country codes that
exist."""

from __future__ import annotations

from pathlib import Path

import pytest

from proxy.backends.catalog import backend_info, load_backend_specs
from proxy.backends.model import EU_EEA, BackendInfo
from proxy.settings import SelfHop
from proxy.yamlio import ConfigFileError

KLINIKUM = SelfHop(operator="Klinikum Beispiel GmbH", operator_hq="DE", location="DE").hop()


def _infos(tmp_path: Path, hops: str) -> dict[str, BackendInfo]:
    path = tmp_path / "backends.yaml"
    path.write_text(f"backends:\n  onprem:\n    base_url: http://10.0.0.5/v1\n    hops:\n{hops}")
    specs = load_backend_specs(path, tmp_path, {})
    return {name: backend_info(name, spec, KLINIKUM, EU_EEA) for name, spec in specs.items()}


@pytest.mark.parametrize(
    "hop",
    [
        "      - {role: hosting, operator: self, operator_hq: DE, location: DE}\n",
        "      - {role: hosting, operator: Klinikum Beispiel GmbH, self_operated: true,"
        " operator_hq: DE, location: DE}\n",
    ],
)
def test_naming_the_real_operator_keeps_the_self_hosted_tier(tmp_path: Path, hop: str) -> None:
    """With `self: {operator: "Klinikum Beispiel GmbH"}`, a hop marked self-operated (by the flag
    or the `self` shorthand) stays self_hosted, and every hop shows the legal entity."""
    info = _infos(tmp_path, hop)["onprem"]
    assert info.facts.tier == "self_hosted"
    assert [h.operator for h in info.hops] == ["Klinikum Beispiel GmbH"] * 2
    assert all(h.self_operated for h in info.hops)


def test_a_hop_run_by_someone_else_is_not_self_operated(tmp_path: Path) -> None:
    """A colocation provider's hop without the flag makes the pipe eu_only."""
    hop = (
        "      - {role: hosting, operator: Rechenzentrum Nord AG, operator_hq: DE, location: DE}\n"
    )
    assert _infos(tmp_path, hop)["onprem"].facts.tier == "eu_only"


@pytest.mark.parametrize(
    ("fields", "message"),
    [
        (
            "operator_hq: DE, location: XX",
            "hops[0].location: 'XX' is not an ISO 3166-1 alpha-2 country code nor a region (EU)",
        ),
        (
            "operator_hq: EU, location: DE",
            "hops[0].operator_hq: 'EU' is not an ISO 3166-1 alpha-2 country code (a region is a "
            "location, not a headquarters)",
        ),
        ("operator_hq: DE, parent_hq: UK, location: DE", "hops[0].parent_hq: 'UK' is not an ISO"),
    ],
)
def test_codes_that_are_not_countries_are_refused(
    tmp_path: Path, fields: str, message: str
) -> None:
    """XX, UK (the code is GB) and EU as a headquarters: refused with file, line and key."""
    with pytest.raises(ConfigFileError) as caught:
        _infos(tmp_path, f"      - {{role: hosting, operator: X SAS, {fields}}}\n")
    assert f"backends.yaml:5: backends.onprem.{message}" in str(caught.value)


def test_eu_is_a_documented_region_for_a_location(tmp_path: Path) -> None:
    """A provider that guarantees EU processing without a country: location EU is accepted."""
    hop = "      - {role: hosting, operator: X SAS, operator_hq: FR, location: eu}\n"
    info = _infos(tmp_path, hop)["onprem"]
    assert info.hops[1].location == "EU"


def test_the_proxys_own_codes_are_checked_too() -> None:
    """self: with a made-up country is refused when the settings load."""
    with pytest.raises(ValueError, match="'XX' is not an ISO 3166-1"):
        SelfHop(operator="Klinikum Beispiel GmbH", operator_hq="XX")
