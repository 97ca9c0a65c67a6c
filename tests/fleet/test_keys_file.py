"""A keys file that cannot be read as one stops the start, naming the file and the problem."""

from __future__ import annotations

from pathlib import Path

import pytest

from proxy.fleet.keys_file import KeyStore
from proxy.yamlio import ConfigFileError


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (None, "cannot read"),
        (b"keys:\n  - {tenant: \xff}\n", "not UTF-8 text"),
        (b"- {key_sha256: x}\n", ":1: (top level): expected a mapping with keys:"),
        (b"keys:\n  - {key_sha256: abc, tenant: t}\n", ":2: keys[0].key_sha256: String should"),
        (
            b"keys: []\ntenants: {t: {teams: {a: {limit: {}}}}}\n",
            "tenants.t.teams.a.limit: unknown key (did you mean 'limits'?)",
        ),
    ],
)
def test_a_bad_keys_file_refuses_the_start(
    tmp_path: Path, content: bytes | None, message: str
) -> None:
    """Missing, not UTF-8, not a mapping, a bad digest, a typo: one clear error each."""
    path = tmp_path / "keys.yaml"
    if content is not None:
        path.write_bytes(content)
    with pytest.raises(ConfigFileError) as info:
        KeyStore(path)
    assert str(info.value).startswith(str(path)) and message in str(info.value), info.value
