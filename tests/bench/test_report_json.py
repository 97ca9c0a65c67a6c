"""The --json result follows its published schema; compare reads two of them."""

from __future__ import annotations

import copy
from pathlib import Path
from typing import Any

import orjson
import pytest

from proxy.bench.report_json import SCHEMA_FILE
from proxy.cli import main
from tests.bench.helpers import run_bench
from tests.bench.schema_check import errors

SCHEMA = orjson.loads(SCHEMA_FILE.read_bytes())


@pytest.fixture(scope="module")
def demo_result(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    """One small demo run through the demo's proxy too, as JSON."""
    path = tmp_path_factory.mktemp("bench") / "demo.json"
    code = main(
        ["bench", "--demo", "--via", "demo", "--requests", "3", "--concurrency", "1,2",
         "--warmup", "0", "--no-progress", "--json", str(path)]
    )  # fmt: skip
    assert code == 0
    result: dict[str, Any] = orjson.loads(path.read_bytes())
    return result


def test_the_demo_result_is_valid_against_the_schema(demo_result: dict[str, Any]) -> None:
    """Every target (direct and via the proxy) and point, with its labels, fits the schema."""
    assert errors(demo_result, SCHEMA, SCHEMA) == []
    assert demo_result["schema"] == "sovproxy.bench/1" and demo_result["simulated"] is True
    keys = {(t["key"], t["tier"], t["us_reachable"]) for t in demo_result["targets"]}
    assert ("us-hyperscaler via proxy", "hyperscaler", True) in keys
    assert ("onprem-llm", "self_hosted", False) in keys
    assert all(len(t["points"]) == 2 for t in demo_result["targets"])


@pytest.mark.parametrize(
    ("path", "bad", "expected"),
    [
        (("schema",), "sovproxy.bench/2", "$.schema: 'sovproxy.bench/2' is not"),
        (("targets", 0, "tier"), "cloudy", "$.targets[0].tier: 'cloudy' is not one of"),
        (("targets", 0, "points", 0, "metrics", "ttft_s", "p50", "low"), "x", "is not of type"),
        (("settings", "sweep", "values"), [], "$.settings.sweep.values: fewer than 1 items"),
    ],
)
def test_the_schema_check_rejects_a_broken_result(
    demo_result: dict[str, Any], path: tuple[Any, ...], bad: Any, expected: str
) -> None:
    """The schema (and its checker) would catch a changed shape."""
    doc = copy.deepcopy(demo_result)
    holder = doc
    for part in path[:-1]:
        holder = holder[part]
    holder[path[-1]] = bad
    found = errors(doc, SCHEMA, SCHEMA)
    assert any(expected in line for line in found), found


def _slower(doc: dict[str, Any], factor: float) -> dict[str, Any]:
    out = copy.deepcopy(doc)
    for target in out["targets"]:
        for point in target["points"]:
            for figure in point["metrics"].values():
                for q in ("p50", "p90", "p99"):
                    if q in figure:
                        figure[q] = {k: v * factor for k, v in figure[q].items()}
    return out


async def test_compare_calls_a_change_only_outside_the_intervals(
    demo_result: dict[str, Any], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Same result twice: every line '~'; a run three times slower: 'slower' with the +delta."""
    a, b = tmp_path / "a.json", tmp_path / "b.json"
    a.write_bytes(orjson.dumps(demo_result))
    b.write_bytes(orjson.dumps(demo_result))
    code, out, _ = await run_bench(capsys, "compare", str(a), str(b))
    assert code == 0
    lines = [line for line in out.splitlines() if "ttft p50" in line]
    assert len(lines) == 12 and all(line.endswith("~") for line in lines)
    b.write_bytes(orjson.dumps(_slower(demo_result, 3.0)))
    code, out, _ = await run_bench(capsys, "compare", str(a), str(b))
    row = next(
        line
        for line in out.splitlines()
        if line.startswith("onprem-llm c=1 ") and "ttft p50" in line
    )
    assert row.endswith("slower") and "+1" in row


def test_compare_refuses_a_file_that_is_not_a_result(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Not JSON, or JSON of another kind: one line, exit 2."""
    other = tmp_path / "other.json"
    other.write_text('{"schema": "something/else"}')
    assert main(["bench", "compare", str(other), str(other)]) == 2
    assert capsys.readouterr().err.strip() == (
        f"sovproxy: {other} is not a sovproxy bench result (sovproxy.bench/1); "
        "schema is 'something/else'"
    )
    other.write_text("nope")
    assert main(["bench", "compare", str(other), str(tmp_path / "missing.json")]) == 2
    assert capsys.readouterr().err.strip() == f"sovproxy: {other} is not JSON"
