"""The sovproxy command: demo, classify, backends, policy, audit and bench, as a user runs them."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import orjson
import pytest

from proxy.cli import main

ROOT = Path(__file__).resolve().parents[1]
CONFIG = ROOT / "config" / "sovproxy.yaml"


def _sovproxy(*args: str, stdin: str | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "proxy.cli", *args],
        input=stdin,
        capture_output=True,
        text=True,
        timeout=120,
        cwd=ROOT,
    )


def test_demo_tour_routes_three_prompts_to_three_tiers() -> None:
    """`sovproxy demo --once` starts everything, shows three tiers, and stops cleanly."""
    done = _sovproxy("demo", "--once", "--port", "0", "--pace", "0")
    assert done.returncode == 0, done.stderr
    out = done.stdout
    assert "SIMULATORS" in out and "openai.OpenAI(base_url=" in out
    rows = {line.split()[0] + line.split()[1] for line in out.splitlines() if "  200  " in line}
    assert len(rows) == 3
    for tier in ("hyperscaler", "eu_only", "self_hosted"):
        assert tier in out
    assert "sovproxy demo stopped." in out


def test_classify_json_and_jsonl(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """classify prints one JSON result, or one line per JSONL input with offsets."""
    piped = _sovproxy("classify", "-", stdin="Classification: Internal\nAgenda for Monday.")
    assert orjson.loads(piped.stdout)["level"] == "internal"
    text = tmp_path / "t.txt"
    text.write_text("Contact jan.kowalski@poczta.pl about IBAN DE58 4306 0967 7000 3124 58.")
    assert main(["classify", str(text)]) == 0
    result = orjson.loads(capsys.readouterr().out)
    assert result["level"] == "confidential"
    assert {f["type"] for f in result["findings"]} >= {"financial.iban", "pii.email"}
    batch = tmp_path / "in.jsonl"
    batch.write_text(
        '{"id": "a", "text": "hello"}\n{"id": "b", "text": "password: Zq8#kd93Lm!x"}\n'
    )
    assert main(["classify", "--jsonl", str(batch)]) == 0
    lines = [orjson.loads(x) for x in capsys.readouterr().out.splitlines()]
    assert [x["id"] for x in lines] == ["a", "b"]
    assert lines[0]["level"] == "public" and lines[1]["level"] == "restricted"
    assert set(lines[1]["findings"][0]) == {"type", "subtype", "start", "end"}


def test_backends_list_shows_derived_facts(capsys: pytest.CaptureFixture[str]) -> None:
    """backends list prints each pipe's hops and derived tier without needing credentials."""
    assert main(["backends", "list", "--config", str(CONFIG)]) == 0
    out = capsys.readouterr().out
    assert "us-hyperscaler: protocol=openai tier=hyperscaler us_reachable=true" in out
    assert "eu-cloud: protocol=openai tier=eu_only us_reachable=false" in out
    assert "hop 1: edge" in out
    assert "onprem-llm: protocol=openai tier=self_hosted" in out
    assert "hop 0: proxy        Example Operator GmbH hq=DE location=DE (self-operated)" in out


def test_policy_check_and_test(capsys: pytest.CaptureFixture[str]) -> None:
    """policy check accepts the shipped policies; policy test runs them with full coverage."""
    policies = str(ROOT / "policies")
    assert main(["policy", "check", policies, "--config", str(CONFIG)]) == 0
    assert main(["policy", "test", policies, "--coverage", "--config", str(CONFIG)]) == 0
    out = capsys.readouterr().out
    assert "0 failed" in out and "not reached" not in out


def test_policy_check_names_file_line_and_key(tmp_path: Path) -> None:
    """An invalid policy is refused with file, line and key."""
    bad = tmp_path / "bad.yaml"
    bad.write_text(
        (ROOT / "policies" / "default.yaml")
        .read_text()
        .replace("level.in: [restricted]", "level.in: [secret]")
    )
    done = _sovproxy("policy", "check", str(bad), "--config", str(CONFIG))
    assert done.returncode == 1
    assert f"{bad}:" in done.stderr and "level.in" in done.stderr and "secret" in done.stderr


def test_policy_explain(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """policy explain shows the decision for a request file; nothing is sent."""
    request = tmp_path / "req.json"
    request.write_bytes(
        orjson.dumps(
            {
                "path": "/v1/chat/completions",
                "body": {"model": "chat", "messages": [{"role": "user", "content": "Hello"}]},
            }
        )
    )
    assert main(["policy", "explain", "--request", str(request), "--config", str(CONFIG)]) == 0
    report = orjson.loads(capsys.readouterr().out)
    assert report["decision"]["action"] == "route"
    assert report["would_send_to"][0]["backend"] == "us-hyperscaler"


def test_serve_refuses_invalid_config(tmp_path: Path) -> None:
    """serve refuses to start on an invalid config, naming the file and the key."""
    cfg = tmp_path / "sovproxy.yaml"
    cfg.write_text("listen:\n  host: 127.0.0.1\n  prot: 9000\n")
    done = _sovproxy("serve", "--config", str(cfg))
    assert done.returncode == 2
    assert f"{cfg}:3: listen.prot" in done.stderr
    assert "Traceback" not in done.stderr


def test_audit_verify_detects_tampering(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """audit verify accepts an intact log and names the line of a modified one."""
    from proxy.telemetry.audit import AuditLog

    path = tmp_path / "audit.jsonl"
    with AuditLog(path) as log:
        for i in range(3):
            log.write({"request_id": f"r{i}", "action": "route", "level": "public"})
    assert main(["audit", "verify", str(path)]) == 0
    lines = path.read_text().splitlines()
    lines[1] = lines[1].replace('"public"', '"restricted"')
    path.write_text("\n".join(lines) + "\n")
    assert main(["audit", "verify", str(path)]) == 1
    assert f"{path}:2" in capsys.readouterr().err


def test_audit_report_text_and_html(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """audit report prints the tables and writes a self-contained HTML page."""
    from proxy.telemetry.audit import AuditLog

    path = tmp_path / "audit.jsonl"
    with AuditLog(path) as log:
        log.write(
            {
                "request_id": "r1",
                "tenant": "acme",
                "action": "deny",
                "rule": "G1",
                "level": "restricted",
                "backend": None,
            }
        )
    html = tmp_path / "report.html"
    assert main(["audit", "report", str(path), "--html", str(html)]) == 0
    out = capsys.readouterr().out
    assert "acme" in out
    page = html.read_text()
    assert page.startswith("<!DOCTYPE html>") or page.lstrip().lower().startswith("<!doctype html")
    assert "<script" not in page and "http" not in page.split("<body", 1)[-1]


def test_bench_demo(capsys: pytest.CaptureFixture[str]) -> None:
    """bench --demo measures every simulated backend and labels them as simulators."""
    assert main(["bench", "--demo", "--requests", "3", "--concurrency", "3"]) == 0
    out = capsys.readouterr().out
    assert "SIMULATORS" in out
    for name in ("onprem-llm", "eu-cloud", "us-hyperscaler"):
        assert name in out


def test_serve_runs_and_stops_on_sigterm(tmp_path: Path) -> None:
    """serve starts from a config file, answers /healthz and /readyz, and stops on SIGTERM."""
    import signal
    import socket
    import time
    import urllib.request

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    policy = (ROOT / "tests" / "fixtures" / "open.yaml").read_text()
    (tmp_path / "policy.yaml").write_text(policy.replace("primary, secondary, claude", "local"))
    cfg = tmp_path / "sovproxy.yaml"
    cfg.write_text(
        f"listen: {{host: 127.0.0.1, port: {port}}}\nauth: none\n"
        "backends:\n  local:\n    base_url: http://127.0.0.1:9/v1\n    models: [chat]\n"
        "    hops: [{role: hosting, operator: self, operator_hq: DE, location: DE}]\n"
        "policy: policy.yaml\naudit: {path: audit.jsonl}\n"
    )
    proc = subprocess.Popen(
        [sys.executable, "-m", "proxy.cli", "serve", "--config", str(cfg)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        cwd=tmp_path,
    )
    try:
        ready = None
        deadline = time.monotonic() + 120  # start-up compiles the classifier: slow on a busy CI
        while time.monotonic() < deadline and proc.poll() is None:
            try:
                with urllib.request.urlopen(f"http://127.0.0.1:{port}/readyz", timeout=1) as r:
                    ready = orjson.loads(r.read())
                break
            except OSError:
                time.sleep(0.1)
        assert ready is not None and ready["ready"] is True, proc.stderr
        assert ready["policy"]["name"] == "open-test"
    finally:
        proc.send_signal(signal.SIGTERM)
        proc.communicate(timeout=20)
    assert proc.returncode == 0
