"""Bench test helpers: a deployment config for simulators, and the bench as a user runs it."""

from __future__ import annotations

import asyncio
from pathlib import Path

import orjson
import pytest

from proxy.cli import main
from tests.stack import OPEN_POLICY

SELF_HOP = {"role": "hosting", "operator": "self", "operator_hq": "DE", "location": "DE"}
US_HOP = {"role": "hosting", "operator": "Big Cloud Inc.", "operator_hq": "US", "location": "IE"}


def backend(
    port: int, model: str, hop: dict[str, str] = SELF_HOP, protocol: str = "openai"
) -> dict[str, object]:
    """One backend entry for a simulator listening on ``port``."""
    return {
        "protocol": protocol,
        "base_url": f"http://127.0.0.1:{port}/v1",
        "models": [model],
        "hops": [hop],
        "max_retries": 0,
    }


def write_config(tmp_path: Path, backends: dict[str, dict[str, object]]) -> Path:
    """A sovproxy.yaml (no auth, no audit, the open test policy) with these backends."""
    (tmp_path / "backends.yaml").write_bytes(orjson.dumps({"backends": backends}))
    config = tmp_path / "sovproxy.yaml"
    config.write_text(
        f"auth: none\nbackends: backends.yaml\naudit: {{path: null}}\npolicy: {OPEN_POLICY}\n"
    )
    return config


async def run_bench(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    """``sovproxy bench ARGS`` in a thread (the simulators keep serving on this loop): its exit
    code, stdout and stderr."""
    code = await asyncio.to_thread(main, ["bench", "--no-progress", *args])
    out, err = capsys.readouterr()
    assert "Traceback" not in out + err
    return code, out, err
