"""The Docker image's command, config and environment, run without Docker: it starts with only
the documented variables, answers /readyz, and its HEALTHCHECK passes; without a real client key
on 0.0.0.0 it refuses to start in one line."""

from __future__ import annotations

import asyncio
import os
import re
import shlex
import subprocess
import sys
from pathlib import Path
from typing import Any

import httpx
import orjson
import pytest
import yaml

from tests.serve_process import ROOT, cli_process, free_port

DOCKERFILE = ROOT / "Dockerfile"
#: The variables the README tells an operator to pass to the shipped image.
DOCUMENTED = {
    "SOVPROXY_APP_KEY": "k" * 32,
    "SCW_SECRET_KEY": "scw-test",
    "OPENAI_EU_API_KEY": "sk-test",
}


def _instructions() -> list[tuple[str, str]]:
    """(INSTRUCTION, arguments) of the Dockerfile, continuation lines joined."""
    text = re.sub(r"\\\n\s*", " ", DOCKERFILE.read_text())
    out = []
    for line in text.splitlines():
        if line.strip() and not line.lstrip().startswith("#"):
            word, _, rest = line.strip().partition(" ")
            out.append((word.upper(), rest.strip()))
    return out


def _image(tmp_path: Path) -> tuple[list[str], dict[str, str], list[str]]:
    """The image's command line, environment and HEALTHCHECK command, with /app mapped to this
    checkout (config, policies) and the audit volume to ``tmp_path``."""
    env: dict[str, str] = {}
    command: list[str] = []
    health: list[str] = []
    for word, rest in _instructions():
        if word == "ENV":
            env.update(pair.split("=", 1) for pair in shlex.split(rest))
        elif word == "ENTRYPOINT":
            command = orjson.loads(rest) + command
        elif word == "CMD":
            command = command[:1] + orjson.loads(rest)
        elif word == "HEALTHCHECK":
            health = orjson.loads(rest[rest.index("CMD ") + 4 :])
    env["SOVPROXY_AUDIT__PATH"] = env["SOVPROXY_AUDIT__PATH"].replace("/app/var", str(tmp_path))
    assert command[0] == "sovproxy"
    args = [arg.replace("/app/", f"{ROOT}/") for arg in command[1:]]
    return args, env, health


def _base_env() -> dict[str, str]:
    """What a python:3.11-slim container has of ours: PATH and the venv, and the compiled
    databases its build's warm-up step stores (here: the test run's pattern cache)."""
    keep = ("PATH", "HOME", "LANG", "VIRTUAL_ENV", "SYSTEMROOT", "XDG_CACHE_HOME")
    return {k: v for k, v in os.environ.items() if k in keep}


@pytest.mark.usefixtures("classifier")  # it fills the pattern cache, as the image's warm-up does
async def test_the_image_starts_with_the_documented_variables(tmp_path: Path) -> None:
    """/readyz is 200 on the configured port and the HEALTHCHECK command exits 0."""
    args, env, health = _image(tmp_path)
    port = free_port()
    env |= {**_base_env(), **DOCUMENTED, "SOVPROXY_LISTEN__PORT": str(port)}
    async with cli_process(port, *args, env=env, replace_env=True) as served:
        await served.listening()
        async with httpx.AsyncClient() as http:
            ready = await http.get(f"http://127.0.0.1:{port}/readyz")
        assert ready.status_code == 200, ready.text
        assert ready.json()["ready"] is True
        assert health[0] == "python"
        check = await asyncio.to_thread(
            subprocess.run, [sys.executable, *health[1:]], env=env, timeout=30
        )
        assert check.returncode == 0
        assert await served.stop() == 0
    assert all(_json(line) for line in served.stdout) and not served.stderr


def _json(line: str) -> Any:
    return orjson.loads(line)


async def test_the_image_refuses_the_development_key_on_all_interfaces(tmp_path: Path) -> None:
    """Without SOVPROXY_APP_KEY the shipped config's development key is refused on 0.0.0.0."""
    args, env, _ = _image(tmp_path)
    port = free_port()
    documented = {k: v for k, v in DOCUMENTED.items() if k != "SOVPROXY_APP_KEY"}
    env |= {**_base_env(), **documented, "SOVPROXY_LISTEN__PORT": str(port)}
    async with cli_process(port, *args, env=env, replace_env=True) as served:
        code = await asyncio.wait_for(served.proc.wait(), 120)
    assert code == 2
    assert len(served.stderr) == 1, served.stderr
    assert (
        "auth.keys[0].key: refusing to listen on 0.0.0.0 with the development key"
        in (served.stderr[0])
    )


def test_the_compose_example_passes_the_documented_variables_and_keeps_the_audit_volume() -> None:
    """compose.yaml requires every documented variable and mounts the image's audit volume."""
    compose = yaml.safe_load((ROOT / "compose.yaml").read_text())
    service = compose["services"]["sovproxy"]
    required = {k for k, v in service["environment"].items() if ":?" in v}
    assert required == set(DOCUMENTED)
    (volume,) = [orjson.loads(rest) for word, rest in _instructions() if word == "VOLUME"]
    assert volume == ["/app/var"] and "audit:/app/var" in service["volumes"]
    assert service["ports"] == ["8080:8080"]
