"""Every operator mistake gets exit code 2 and one line per problem: no traceback."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from tests.serve_process import OPEN_POLICY

ROOT = Path(__file__).resolve().parents[1]
HOP = "{role: hosting, operator: X SAS, operator_hq: FR, location: FR}"
#: The variables the shipped config/catalog entries need (unset in these tests).
SHIPPED_VARIABLES = ("SCW_SECRET_KEY", "OPENAI_EU_API_KEY")


def _run(*args: str, env: dict[str, str] | None = None, cwd: Path = ROOT) -> tuple[int, list[str]]:
    """Run ``sovproxy ARGS``; its exit code and stderr lines."""
    clean = {k: v for k, v in os.environ.items() if k not in SHIPPED_VARIABLES}
    done = subprocess.run(
        [sys.executable, "-m", "proxy.cli", *args],
        capture_output=True,
        text=True,
        timeout=120,
        cwd=cwd,
        env={**clean, **(env or {})},
    )
    assert "Traceback" not in done.stderr + done.stdout
    return done.returncode, done.stderr.splitlines()


def _config(tmp_path: Path, backends: str, policy: bool = True) -> Path:
    (tmp_path / "backends.yaml").write_text(backends)
    config = tmp_path / "sovproxy.yaml"
    lines = ["auth: none", "backends: backends.yaml", "audit: {path: null}"]
    config.write_text("\n".join(lines + ([f"policy: {OPEN_POLICY}"] if policy else [])) + "\n")
    return config


def test_serve_names_every_missing_variable_at_once() -> None:
    """The README's `serve --config config/sovproxy.yaml` without keys: one line per variable,
    each naming the catalog file, the variable and the backend that needs it."""
    code, lines = _run("serve", "--config", "config/sovproxy.yaml")
    assert code == 2
    assert len(lines) == 2, lines
    for variable, backend, catalog in (
        ("SCW_SECRET_KEY", "eu-cloud", "scaleway.yaml"),
        ("OPENAI_EU_API_KEY", "us-hyperscaler", "openai-eu.yaml"),
    ):
        (line,) = [x for x in lines if variable in x]
        assert line.startswith("sovproxy: ") and f"catalog/{catalog}:" in line
        assert f"environment variable {variable} is not set (for backend {backend})" in line


@pytest.mark.parametrize(
    ("backends", "expected"),
    [
        (
            f"backends:\n  a:\n    base_url: http://x/v1\n    modles: [m]\n    hops: [{HOP}]\n",
            "backends.yaml:4: backends.a.modles: unknown key (did you mean 'models'?)",
        ),
        (
            "backends:\n  claude:\n    protocol: anthropic\n"
            f"    base_url: https://api.anthropic.com\n    hops: [{HOP}]\n",
            "backends.yaml:4: backends.claude.base_url: an Anthropic base_url ends with the API "
            "version path /v1 (sovproxy calls <base_url>/messages): "
            "write 'https://api.anthropic.com/v1'",
        ),
    ],
)
def test_serve_refuses_a_bad_backend_in_one_line(
    tmp_path: Path, backends: str, expected: str
) -> None:
    """A typo'd key, an Anthropic URL without /v1: the file, line, key and the fix."""
    code, lines = _run("serve", "--config", str(_config(tmp_path, backends)))
    assert code == 2
    assert len(lines) == 1 and lines[0].endswith(expected), lines


def test_serve_without_a_policy_is_one_line(tmp_path: Path) -> None:
    """No policy: refused before anything listens, naming the config file."""
    backends = f"backends:\n  a:\n    base_url: http://x/v1\n    hops: [{HOP}]\n"
    config = _config(tmp_path, backends, policy=False)
    code, lines = _run("serve", "--config", str(config))
    assert code == 2
    assert lines == [
        f"sovproxy: {config}: policy: no policy configured, and sovproxy refuses every request "
        "without one; add for example `policy: ../policies/default.yaml`"
    ]


def test_a_bad_environment_override_is_blamed_on_the_variable(tmp_path: Path) -> None:
    """SOVPROXY_LISTEN__PORT=abc names the variable, not the YAML file."""
    backends = f"backends:\n  a:\n    base_url: http://x/v1\n    hops: [{HOP}]\n"
    config = _config(tmp_path, backends)
    code, lines = _run("serve", "--config", str(config), env={"SOVPROXY_LISTEN__PORT": "abc"})
    assert code == 2
    assert len(lines) == 1 and lines[0].startswith(
        "sovproxy: environment variable SOVPROXY_LISTEN__PORT: Input should be a valid integer"
    ), lines


def test_backends_list_names_the_missing_config_file(tmp_path: Path) -> None:
    """A --config that does not exist is named, not the backends.yaml it would have pointed to."""
    code, lines = _run("backends", "list", "--config", "nope.yaml", cwd=tmp_path)
    assert code == 2
    assert lines == ["sovproxy: nope.yaml: cannot read: no such file (pass --config PATH)"]


@pytest.mark.parametrize(
    ("auth", "expected"),
    [
        ("auth: none", "auth: refusing to listen on 0.0.0.0 without client keys"),
        (
            "auth: {keys: [{key: short-key, tenant: t}]}",
            "auth.keys[0].key: refusing to listen on 0.0.0.0 with the development key or one "
            "shorter than 16 characters",
        ),
    ],
)
def test_serve_on_all_interfaces_needs_a_real_client_key(
    tmp_path: Path, auth: str, expected: str
) -> None:
    """No keys, or a short one, on a non-loopback address: refused before listening."""
    backends = f"backends:\n  a:\n    base_url: http://x/v1\n    hops: [{HOP}]\n"
    config = _config(tmp_path, backends)
    config.write_text(config.read_text().replace("auth: none", auth))
    code, lines = _run("serve", "--config", str(config), "--host", "0.0.0.0")
    assert code == 2
    assert len(lines) == 1 and f"{config}: {expected}" in lines[0], lines


def test_readme_lists_every_variable_the_shipped_config_and_catalog_use() -> None:
    """Each ${env:NAME} in config/ (server, backends, every catalog entry) is in the README."""
    readme = (ROOT / "README.md").read_text()
    names = {
        match
        for path in (ROOT / "config").rglob("*.yaml")
        for match in re.findall(r"\$\{env:([A-Z0-9_]+)", path.read_text())
    }
    assert {"SCW_SECRET_KEY", "SOVPROXY_APP_KEY", "ONPREM_LLM_URL"} <= names
    assert not {name for name in names if f"`{name}`" not in readme}


def test_policy_check_reports_every_broken_rule_and_guardrail(tmp_path: Path) -> None:
    """A guardrail and two rules with mistakes: one line each, with file and line, exit 1."""
    text = (ROOT / "policies" / "default.yaml").read_text()
    broken = (
        text.replace('when: {findings.any: ["secret.*"]}', 'when: {findings.any: ["secrett.*"]}')
        .replace("when: {unscannable: true}", "when: {unscanable: true}")
        .replace(
            "      to: [self_hosted]\n\n    - id: R30", "      to: [self_hostd]\n\n    - id: R30"
        )
    )
    policy = tmp_path / "broken.yaml"
    policy.write_text(broken)
    code, lines = _run("policy", "check", str(policy), "--config", "config/sovproxy.yaml")
    assert code == 1
    assert len(lines) == 3, lines
    assert all(line.startswith(f"{policy}:") for line in lines)
    joined = "\n".join(lines)
    assert "'secrett.*'" in joined and "unscanable" in joined and "'self_hostd'" in joined


def test_serve_outside_a_deployment_says_where_it_looked(tmp_path: Path) -> None:
    """No --config and no config/ in the working directory: one line naming the directory."""
    code, lines = _run("serve", cwd=tmp_path)
    assert code == 2
    assert lines == [
        f"sovproxy: no configuration: config/sovproxy.yaml is not in {tmp_path}; pass --config PATH"
    ]
