"""The CLI explains itself: --version, --help with defaults and examples, classify and policy
explain reading what an operator has at hand (a chat body, a JSONL export), bad lines named."""

from __future__ import annotations

import argparse
import subprocess
import sys
from pathlib import Path

import orjson

from proxy.cli import _parser

ROOT = Path(__file__).resolve().parents[1]
CONFIG = ROOT / "config" / "sovproxy.yaml"


def _sovproxy(*args: str, stdin: bytes | None = None) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run(
        [sys.executable, "-m", "proxy.cli", *args],
        input=stdin,
        capture_output=True,
        timeout=120,
        cwd=ROOT,
    )


def _commands(parser: argparse.ArgumentParser) -> list[tuple[str, argparse.ArgumentParser]]:
    """Every (sub)command parser, depth first, with its command line."""
    out = []
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for name, sub in action.choices.items():
                out.append((f"{parser.prog} {name}".removeprefix("sovproxy "), sub))
                out.extend(_commands(sub))
    return out


def test_version() -> None:
    """`sovproxy --version` prints the installed version."""
    done = _sovproxy("--version")
    assert done.returncode == 0
    assert done.stdout.decode().strip() == "sovproxy 0.1.0"


def test_every_option_of_serve_classify_policy_backends_and_bench_is_described() -> None:
    """Each command has a description, each option a help text; commands an operator starts
    with show examples."""
    commands = dict(_commands(_parser()))
    for name in ("serve", "demo", "classify", "backends", "policy", "bench", "policy explain"):
        assert commands[name].description, name
        assert commands[name].epilog and "examples:" in commands[name].epilog, name
    for name, parser in commands.items():
        if name.startswith("audit"):
            continue  # the audit commands are documented with the audit log
        for action in parser._actions:
            if isinstance(action, argparse._SubParsersAction):
                assert all(c.help for c in action._choices_actions), name
                continue
            assert action.help, f"{name} {action.option_strings or action.dest}"
    shown = _sovproxy("serve", "--help").stdout.decode()
    assert "(default: 1)" in shown and "examples:" in shown and "--workers" in shown


def test_classify_jsonl_reads_text_content_and_chat_bodies_and_names_bad_lines(
    tmp_path: Path,
) -> None:
    """content and messages lines are classified like the proxy reads them (not 'public');
    non-JSON, binary and field-less lines get their own error; the exit code says so."""
    batch = tmp_path / "in.jsonl"
    iban = "IBAN DE58 4306 0967 7000 3124 58"
    lines = [
        orjson.dumps({"id": "t", "text": "hello"}),
        orjson.dumps({"id": "c", "content": f"pay to {iban}"}),
        orjson.dumps({"id": "m", "messages": [{"role": "user", "content": iban}]}),
        b"not json",
        b"\xff\xfe\x00binary",
        orjson.dumps({"id": "x", "prompt_text": "hi"}),
    ]
    batch.write_bytes(b"\n".join(lines) + b"\n")
    done = _sovproxy("classify", "--jsonl", str(batch))
    assert done.returncode == 1
    assert not done.stderr
    out = [orjson.loads(x) for x in done.stdout.splitlines()]
    assert [x["line"] for x in out] == [1, 2, 3, 4, 5, 6]
    assert [(x.get("read_as"), x.get("level")) for x in out[:3]] == [
        ("text", "public"),
        ("content", "confidential"),
        ("chat.completions", "confidential"),
    ]
    assert out[3]["error"].startswith("not JSON")
    assert out[4]["error"] == "not UTF-8 text"
    assert out[5] == {"line": 6, "id": "x", "error": "no text, content, messages or input field"}


def test_classify_of_a_binary_file_is_one_line() -> None:
    """Binary input to plain classify: exit 2, one line, no traceback."""
    done = _sovproxy("classify", "-", stdin=b"\xff\xfe\x00\x01")
    assert done.returncode == 2
    assert done.stderr.decode().splitlines() == ["sovproxy: -: not UTF-8 text (byte 0)"]


def test_policy_explain_takes_a_plain_chat_body(tmp_path: Path) -> None:
    """A chat body as an SDK would send it is explained as /v1/chat/completions; an Anthropic
    body (top-level system) as /v1/messages; the wrapper still works."""
    chat = tmp_path / "chat.json"
    chat.write_bytes(
        orjson.dumps({"model": "chat", "messages": [{"role": "user", "content": "Hello"}]})
    )
    done = _sovproxy("policy", "explain", "--request", str(chat), "--config", str(CONFIG))
    assert done.returncode == 0, done.stderr
    report = orjson.loads(done.stdout)
    assert report["explained_as"] == "/v1/chat/completions"
    assert report["decision"]["action"] == "route"
    anthropic = tmp_path / "anthropic.json"
    anthropic.write_bytes(
        orjson.dumps(
            {
                "model": "chat",
                "system": "Be brief.",
                "max_tokens": 50,
                "messages": [{"role": "user", "content": "Hello"}],
            }
        )
    )
    done = _sovproxy("policy", "explain", "--request", str(anthropic), "--config", str(CONFIG))
    assert done.returncode == 0, done.stderr
    assert orjson.loads(done.stdout)["explained_as"] == "/v1/messages"


def test_policy_explain_mistakes_are_one_line(tmp_path: Path) -> None:
    """A request file that is not JSON, or names a model no backend serves: exit 2, one line."""
    bad = tmp_path / "bad.json"
    bad.write_text("{model: chat}")
    done = _sovproxy("policy", "explain", "--request", str(bad), "--config", str(CONFIG))
    assert done.returncode == 2
    (line,) = done.stderr.decode().splitlines()
    assert line.startswith(f"sovproxy: {bad}: not JSON")
    unknown = tmp_path / "unknown.json"
    unknown.write_bytes(orjson.dumps({"model": "gpt-9", "messages": []}))
    done = _sovproxy("policy", "explain", "--request", str(unknown), "--config", str(CONFIG))
    assert done.returncode == 2
    (line,) = done.stderr.decode().splitlines()
    assert "gpt-9" in line and "Traceback" not in done.stdout.decode()
