"""The ``auth`` and ``state`` sections of sovproxy.yaml: what is accepted, and each mistake named
by file, line and key."""

from __future__ import annotations

from pathlib import Path

import pytest

from proxy.settings import Auth, load_settings
from proxy.yamlio import ConfigFileError


def _load(tmp_path: Path, text: str) -> object:
    config = tmp_path / "sovproxy.yaml"
    config.write_text(text)
    return load_settings(config, env={})


def test_inline_keys_with_limits_and_tenants(tmp_path: Path) -> None:
    """Keys, tenants and teams with limits load inline, as DESIGN §9 spells them."""
    settings = _load(
        tmp_path,
        "auth:\n"
        "  org: bank\n"
        "  tenants: {acme: {limits: {requests_per_minute: 50}, teams: {risk: {}}}}\n"
        "  keys:\n"
        "    - {key_sha256: " + "c" * 64 + ", tenant: acme, team: risk,\n"
        "       limits: {requests_per_minute: 100, tokens_per_minute: 50000, concurrent: 20}}\n",
    )
    auth = settings.auth  # type: ignore[attr-defined]
    assert isinstance(auth, Auth)
    assert auth.keys[0].limits.tokens_per_minute == 50000
    assert auth.tenants["acme"].limits.requests_per_minute == 50


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "auth: {keys_file: keys.yaml, keys: [{key_sha256: " + "d" * 64 + ", tenant: t}]}\n",
            "sovproxy.yaml:1: auth: with keys_file, declare keys, tenants and org in that file",
        ),
        ("auth: {keys: []}\n", "sovproxy.yaml:1: auth: give keys (at least one) or keys_file"),
        (
            "state: {redis_url: 'http://127.0.0.1:6379/0'}\n",
            "sovproxy.yaml:1: state.redis_url: redis_url must start with redis://",
        ),
        (
            "auth:\n  keys:\n    - {key: k-0000000000000001, tenant: t,\n"
            "       expires_at: 2027-01-01T00:00}\n",
            "sovproxy.yaml:4: auth.keys[0].expires_at: give a time zone",
        ),
        (
            "auth:\n  keys:\n    - {key: k-0000000000000001, tenant: t, limits: {rpm: 3}}\n",
            "sovproxy.yaml:3: auth.keys[0].limits.rpm: unknown key",
        ),
    ],
)
def test_mistakes_name_file_line_and_key(tmp_path: Path, text: str, expected: str) -> None:
    """Each mistake is refused at startup with its place in the file."""
    with pytest.raises(ConfigFileError) as info:
        _load(tmp_path, text)
    assert expected in str(info.value), str(info.value)
