"""``sovproxy serve --workers N`` refuses limits it would enforce once per worker."""

from __future__ import annotations

from pathlib import Path

import pytest

from proxy.cli import main
from tests.stack import OPEN_POLICY

BACKENDS = (
    "backends:\n  primary:\n    protocol: openai\n    base_url: http://127.0.0.1:9/v1\n"
    "    models: [gpt-test]\n"
    "    hops: [{role: hosting, operator: self, operator_hq: DE, location: DE}]\n"
)
DIGEST = "e" * 64


def _config(tmp_path: Path, auth: str) -> Path:
    (tmp_path / "backends.yaml").write_text(BACKENDS)
    config = tmp_path / "sovproxy.yaml"
    lines = [auth, "backends: backends.yaml", "audit: {path: null}", f"policy: {OPEN_POLICY}"]
    config.write_text("\n".join(lines) + "\n")
    return config


@pytest.mark.parametrize(
    "auth",
    [
        "auth: {keys: [{key_sha256: " + DIGEST + ", tenant: t, limits: {concurrent: 2}}]}",
        "auth: {keys_file: keys.yaml}",
    ],
)
def test_limits_with_several_workers_are_refused(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], auth: str
) -> None:
    """Inline or in a keys file, limits and --workers 2 stop the start with one line, exit 2."""
    (tmp_path / "keys.yaml").write_text(
        "tenants: {t: {limits: {requests_per_minute: 5}}}\n"
        "keys:\n  - {key_sha256: " + DIGEST + ", tenant: t}\n"
    )
    config = _config(tmp_path, auth)
    code = main(["serve", "--config", str(config), "--workers", "2", "--port", "0"])
    err = capsys.readouterr().err.splitlines()
    assert code == 2
    assert len(err) == 1 and "--workers 2 would multiply them" in err[0], err
