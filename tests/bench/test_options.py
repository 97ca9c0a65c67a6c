"""Every bench option is checked before anything is sent: one line naming it, exit code 2."""

from __future__ import annotations

from pathlib import Path

import pytest

from proxy.cli import main
from tests.bench.helpers import backend, write_config
from tests.stack import closed_port


def _usage_error(capsys: pytest.CaptureFixture[str], *args: str) -> str:
    """Run ``sovproxy bench ARGS``, expect an argparse refusal; its error line."""
    with pytest.raises(SystemExit) as stop:
        main(["bench", *args])
    assert stop.value.code == 2
    err = capsys.readouterr().err
    assert "Traceback" not in err
    lines = [line for line in err.splitlines() if "error:" in line]
    assert len(lines) == 1, err
    return lines[0]


@pytest.mark.parametrize(
    ("args", "expected"),
    [
        (("--requests", "0"), "argument --requests: must be at least 1, got 0"),
        (("--requests", "many"), "argument --requests: expected a whole number, got 'many'"),
        (("--concurrency", "0"), "argument --concurrency: must be at least 1, got 0"),
        (("--concurrency", "4,4"), "argument --concurrency: a value is repeated in '4,4'"),
        (("--concurrency", "2000"), "argument --concurrency: each value must be at most 1024"),
        (("--rate", "0"), "argument --rate: each rate must be above 0"),
        (("--rate", "nan"), "argument --rate: expected a finite number, got 'nan'"),
        (("--concurrency", "2", "--rate", "1"), "argument --rate: not allowed with argument"),
        (("--duration", "0"), "argument --duration: must be above 0"),
        (("--warmup", "-1"), "argument --warmup: must be 0 or more, got -1"),
        (("--prompt-tokens", "0"), "argument --prompt-tokens: must be at least 1, got 0"),
        (("--output-tokens", "64:-3"), "the standard deviation must be 0 or more, got -3.0"),
        (("--output-tokens", "99999"), "argument --output-tokens: must be at most 32768 tokens"),
        (("--max-error-rate", "1.5"), "argument --max-error-rate: must be between 0 and 1"),
        (("--via", "localhost:8080"), "argument --via: expected an http:// or https:// URL"),
        (("--json", "/no/such/dir/out.json"), "the directory of /no/such/dir/out.json does not"),
        (("--html", "/tmp"), "argument --html: /tmp is a directory; expected a file path"),
        (("--backends", ","), "argument --backends: expected at least one backend name"),
        (("--seed", "x"), "argument --seed: invalid int value: 'x'"),
    ],
)
def test_a_bad_option_is_one_line_and_exit_2(
    capsys: pytest.CaptureFixture[str], args: tuple[str, ...], expected: str
) -> None:
    """Zero requests, repeated or out-of-range sweep values, bad lengths, URLs and paths."""
    assert expected in _usage_error(capsys, *args)


def _refused(capsys: pytest.CaptureFixture[str], *args: str) -> str:
    assert main(["bench", "--no-progress", *args]) == 2
    out, err = capsys.readouterr()
    assert out == "" and "Traceback" not in err
    assert len(err.splitlines()) == 1, err
    return err.strip()


def test_an_unknown_model_or_backend_is_refused_before_sending(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """--model nobody serves and --backends naming an unknown backend: exit 2, nothing sent
    (the backend's port is closed: a request would have been an error, exit 1)."""
    config = str(write_config(tmp_path, {"a": backend(closed_port(), "m-a")}))
    assert _refused(capsys, "--config", config, "--model", "gpt-9") == (
        "sovproxy: --model: no selected backend serves 'gpt-9'"
    )
    assert _refused(capsys, "--config", config, "--backends", "a,zz") == (
        "sovproxy: --backends: unknown backend(s) zz (known: a)"
    )


@pytest.mark.parametrize(
    ("args", "expected"),
    [
        (("--via", "demo"), "sovproxy: --via demo measures the demo's proxy: use it with --demo"),
        (
            ("--demo", "--via", "http://127.0.0.1:1"),
            "sovproxy: with --demo, --via takes 'demo' (the demo's own proxy)",
        ),
        (("--no-direct",), "sovproxy: --no-direct measures through the proxy only: give --via too"),
        (
            ("--from-metrics", "http://127.0.0.1:1", "--demo"),
            "sovproxy: --from-metrics reads a proxy's figures: no --demo, --via, --json, --html",
        ),
    ],
)
def test_options_that_do_not_go_together_are_refused(
    capsys: pytest.CaptureFixture[str], args: tuple[str, ...], expected: str
) -> None:
    """Combinations argparse cannot check get one line and exit 2 too."""
    assert _refused(capsys, *args) == expected


def test_a_missing_config_is_one_line(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """A --config that does not exist is named."""
    line = _refused(capsys, "--config", str(tmp_path / "nope.yaml"))
    assert line.startswith("sovproxy: invalid configuration:") and "nope.yaml" in line
