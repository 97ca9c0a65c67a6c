"""The requested model name is kept in the audit record of a refusal, but only as plain text.

A client chooses it (and an upstream the response model): an escape sequence in it must not run
in the terminal of whoever reads ``sovproxy audit report``, nor a bidi override reorder the line.
"""

from __future__ import annotations

from pathlib import Path

import httpx
import orjson

from proxy.telemetry.report import render_text
from proxy.telemetry.report_model import build_report
from tests.stack import DEMO_POLICY, demo_upstreams, running_stack

HOSTILE = "gpt-\x1b[2J\x1b]0;owned\x07\u202etxt.exe\u2028" + "x" * 300


async def test_a_hostile_model_name_is_recorded_bounded_and_inert(tmp_path: Path) -> None:
    """A 404 for an unknown model records the name, cut to 128 characters, without control chars."""
    async with running_stack(tmp_path, demo_upstreams(), policy=DEMO_POLICY) as stack:
        async with httpx.AsyncClient() as http:
            body = {"model": HOSTILE, "messages": [{"role": "user", "content": "hi"}]}
            answer = await http.post(f"{stack.base_url}/chat/completions", json=body)
        assert answer.status_code == 404
        stack.services.evidence.audit.close()  # type: ignore[union-attr]
        audit = stack.audit_path
    (record,) = [orjson.loads(line) for line in audit.read_bytes().split(b"\n") if line.strip()]
    assert record["error"] == "model_not_found"
    model = record["model"]
    assert model.startswith("gpt-\ufffd[2J") and len(model) == 128
    assert model.isprintable() and "\u202e" not in model
    report = render_text(build_report([audit]))
    assert "gpt-\ufffd[2J" in report
    assert not any(c in report for c in "\x1b\x07\u202e\u2028")
