"""Loading a deployment's backends: extends, env references, and errors naming file, line, key."""

from __future__ import annotations

from pathlib import Path

import pytest

from proxy.backends.catalog import backend_info, load_backend_specs
from proxy.backends.model import EU_EEA, Hop
from proxy.yamlio import ConfigFileError

SELF = Hop(role="proxy", operator="self", operator_hq="DE", location="DE")
HOP = "{role: hosting, operator: X SAS, operator_hq: FR, location: FR}"


def _write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "backends.yaml"
    path.write_text(text)
    return path


def test_extends_a_catalog_entry_and_overrides_only_what_differs(tmp_path: Path) -> None:
    """extends starts from the sourced catalog entry; the deployment overrides the api key."""
    path = _write(
        tmp_path,
        "backends:\n  m:\n    extends: catalog/mistral-direct\n    api_key: ${env:MY_KEY}\n",
    )
    specs = load_backend_specs(path, tmp_path, {"MY_KEY": "k-123"})
    spec = specs["m"]
    assert spec.base_url == "https://api.mistral.ai/v1"
    assert spec.api_key is not None and spec.api_key.get_secret_value() == "k-123"
    info = backend_info("m", spec, SELF, EU_EEA)
    assert info.facts.us_reachable and info.facts.tier == "hyperscaler"
    assert info.hops[0] == SELF and info.hops[1].operator == "Cloudflare, Inc."


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            f"backends:\n  a:\n    base_url: http://x\n    hops: [{HOP}]\n    colour: red\n",
            "backends.yaml:5: backends.a.colour: unknown key",
        ),
        (
            "backends:\n  a:\n    base_url: http://x\n    hops:\n"
            "      - {role: hosting, operator: X, location: FR}\n",
            "backends.yaml:5: backends.a.hops[0].operator_hq: Field required",
        ),
        (
            f"backends:\n  a:\n    base_url: http://x\n    hops: [{HOP}]\n  a:\n    base_url: y\n",
            "backends.yaml:5: backends.a: duplicate key",
        ),
        (
            "backends:\n  a:\n    extends: catalog/nope\n",
            "backends.yaml:3: backends.a.extends: no catalog entry 'catalog/nope'",
        ),
        (
            "backends:\n  a:\n    base_url: http://x\n"
            f"    api_key: ${{env:UNSET_VAR}}\n    hops: [{HOP}]\n",
            "backends.yaml:4: backends.a.api_key: environment variable UNSET_VAR is not set",
        ),
        ("backends: {}\n", "backends.yaml:1: backends: no backends configured"),
    ],
)
def test_invalid_backends_are_refused_with_file_line_and_key(
    tmp_path: Path, text: str, expected: str
) -> None:
    """Unknown keys, a hop without operator_hq, duplicates, a missing extends: file, line, key."""
    with pytest.raises(ConfigFileError) as info:
        load_backend_specs(_write(tmp_path, text), tmp_path, {})
    assert str(info.value).endswith(expected)
