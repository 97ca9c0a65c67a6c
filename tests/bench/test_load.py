"""The bench against simulated backends: figures recovered, failures shown, the load as asked."""

from __future__ import annotations

import re
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path
from typing import Any

import orjson
import pytest
from aiohttp import web

from proxy.demo.run import start_site
from proxy.demo.sim_anthropic import AnthropicSimulator
from proxy.demo.sim_openai import openai_app
from proxy.demo.simulator import Simulator
from tests.bench.helpers import backend, run_bench, write_config
from tests.stack import closed_port


@asynccontextmanager
async def serving(sim: Simulator, anthropic: bool = False) -> AsyncIterator[int]:
    """Serve ``sim`` on a free port."""
    if anthropic:
        from proxy.demo.sim_anthropic import anthropic_app

        app = anthropic_app(sim)
    else:
        app = openai_app(sim)
    runner, port = await start_site(app, "127.0.0.1", 0)
    try:
        yield port
    finally:
        await runner.cleanup()


def _point(doc: dict[str, Any], key: str, index: int = 0) -> dict[str, Any]:
    target = next(t for t in doc["targets"] if t["key"] == key)
    point: dict[str, Any] = target["points"][index]
    return point


@pytest.mark.parametrize("anthropic", [False, True], ids=["openai", "anthropic"])
async def test_the_configured_ttft_and_token_rate_are_recovered_within_10_percent(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], anthropic: bool
) -> None:
    """A simulator set to 200 ms to first token and 100 tokens/s: the bench's TTFT p50 and
    decode rate p50 are within 10 % of them, with tokens from the usage fields."""
    cls = AnthropicSimulator if anthropic else Simulator
    sim = cls("timed", ttft_s=0.2, tokens_per_s=100.0)
    async with serving(sim, anthropic) as port:
        protocol = "anthropic" if anthropic else "openai"
        config = write_config(tmp_path, {"timed": backend(port, "m", protocol=protocol)})
        out_json = tmp_path / "r.json"
        code, out, _ = await run_bench(
            capsys, "--config", str(config), "--requests", "8", "--concurrency", "2",
            "--json", str(out_json),
        )  # fmt: skip
    assert code == 0, out
    point = _point(orjson.loads(out_json.read_bytes()), "timed")
    ttft = point["metrics"]["ttft_s"]["p50"]["value"]
    rate = point["metrics"]["decode_tokens_per_s"]["p50"]["value"]
    assert ttft == pytest.approx(0.2, rel=0.10)
    assert rate == pytest.approx(100.0, rel=0.10)
    assert point["token_source"] == "usage" and point["ok"] == 8
    assert "output tokens: from the backends' usage fields" in out


async def test_a_failing_backend_shows_its_error_kinds_and_exits_1(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """3 answers 500 and 2 answers 429 out of 10: the table names both kinds with their counts;
    the error rate (50 %) is above the default threshold 0, so the exit code is 1, and 0 when
    --max-error-rate allows it."""
    sim = Simulator("flaky")
    async with serving(sim) as port:
        config = str(write_config(tmp_path, {"flaky": backend(port, "m")}))
        for run, threshold in ((1, "0"), (0, "0.6")):
            for status in (500, 429, 500, 429, 500):
                sim.fail_next(status=status)
            code, out, err = await run_bench(
                capsys, "--config", config, "--requests", "10", "--concurrency", "1",
                "--warmup", "0", "--max-error-rate", threshold,
            )  # fmt: skip
            assert code == run, (out, err)
            assert "errors: flaky at c=1: http_429 x2, http_500 x3" in out
    assert "error rate 50.0% on flaky at c=1 is above --max-error-rate 0" in err or run == 0


async def test_an_unreachable_backend_is_an_error_kind_not_a_traceback(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Nothing listens on the backend's port: every request fails as upstream_unavailable,
    the healthy backend beside it is measured, exit code 1."""
    sim = Simulator("fine")
    async with serving(sim) as port:
        backends = {"down": backend(closed_port(), "m"), "up": backend(port, "m")}
        code, out, err = await run_bench(
            capsys, "--config", str(write_config(tmp_path, backends)), "--requests", "3",
        )  # fmt: skip
    assert code == 1
    assert "errors: down at c=4: upstream_unavailable x3" in out
    assert "error rate 100.0% on down at c=4" in err
    up_row = next(line for line in out.splitlines() if line.startswith("up "))
    assert " 3/3 " in up_row


async def test_warmup_is_not_counted_and_the_seed_fixes_the_prompts(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """2 warm-up + 5 measured requests reach the backend, 5 are reported; the same seed sends
    the same prompts and lengths, another seed other ones; prompt lengths follow MEAN:STDDEV."""
    sim = Simulator("seeded")
    async with serving(sim) as port:
        config = str(write_config(tmp_path, {"s": backend(port, "m")}))
        bodies = []
        for seed in ("7", "7", "8"):
            sim.received.clear()
            out_json = tmp_path / f"{seed}.json"
            code, _, _ = await run_bench(
                capsys, "--config", config, "--requests", "5", "--warmup", "2", "--seed", seed,
                "--concurrency", "1", "--prompt-tokens", "200:50", "--output-tokens", "16:4",
                "--json", str(out_json),
            )  # fmt: skip
            assert code == 0
            assert len(sim.received) == 7
            assert _point(orjson.loads(out_json.read_bytes()), "s")["requests"] == 5
            bodies.append([r.json() for r in sim.received])
    assert bodies[0] == bodies[1] != bodies[2]
    prompts = [len(b["messages"][0]["content"]) for b in bodies[0]]
    assert len(set(prompts)) > 1 and all(300 < n < 1500 for n in prompts)
    assert len({b["max_tokens"] for b in bodies[0]}) > 1
    assert all(b["stream"] and b["stream_options"] == {"include_usage": True} for b in bodies[0])


async def test_a_rate_sweep_and_a_duration(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """--rate 20,40 measures one point per rate; --duration bounds a point by time."""
    sim = Simulator("paced", ttft_s=0.01, tokens_per_s=2000.0)
    async with serving(sim) as port:
        config = str(write_config(tmp_path, {"p": backend(port, "m")}))
        out_json = tmp_path / "rate.json"
        code, out, _ = await run_bench(
            capsys, "--config", config, "--rate", "20,40", "--requests", "6",
            "--json", str(out_json),
        )  # fmt: skip
        assert code == 0
        doc = orjson.loads(out_json.read_bytes())
        assert [(p["kind"], p["value"], p["ok"]) for p in doc["targets"][0]["points"]] == [
            ("rate", 20, 6),
            ("rate", 40, 6),
        ]
        assert "rate=20/s" in out and "rate=40/s" in out
        code, out, _ = await run_bench(
            capsys, "--config", config, "--duration", "0.5", "--concurrency", "2",
            "--json", str(out_json),
        )  # fmt: skip
    assert code == 0
    point = _point(orjson.loads(out_json.read_bytes()), "p")
    assert point["ok"] >= 4 and 0.4 < point["wall_s"] < 2.0


async def test_through_the_proxy_beside_direct_shows_the_proxy_overhead(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """--via URL: each backend measured directly and through the proxy (the answer's
    x-sovproxy-backend confirms where it went), and the overhead line per point."""
    from tests.stack import Upstream, running_stack

    ups = {"primary": Upstream(Simulator("p", ttft_s=0.05, tokens_per_s=500.0), models=("m",))}
    async with running_stack(tmp_path, ups) as stack:
        config = write_config(tmp_path / "..", {"primary": backend(ups["primary"].port, "m")})
        code, out, _ = await run_bench(
            capsys, "--config", str(config), "--via", stack.url, "--requests", "4",
            "--concurrency", "1,2",
        )  # fmt: skip
    assert code == 0, out
    rows = [line for line in out.splitlines() if line.startswith("primary ")]
    assert len(rows) == 4 and all(" 4/4 " in row and " self_hosted " in row for row in rows)
    assert [row.startswith("primary via proxy ") for row in rows] == [False, False, True, True]
    for point in ("c=1", "c=2"):  # the difference is noise-sized here: its sign is not asserted
        pattern = rf"proxy overhead: primary \(self_hosted\) at {point}: TTFT p50 [+-]\d+\.\d ms, "
        assert re.search(pattern + r"E2E p50 [+-]\d+\.\d ms", out), out


async def test_a_proxy_that_routes_elsewhere_is_counted_as_such(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """The bench's config names a backend the proxy does not answer from (another name for the
    same model): every request through the proxy is an error of kind routed_elsewhere."""
    from tests.stack import Upstream, running_stack

    ups = {"primary": Upstream(Simulator("p"), models=("m",))}
    async with running_stack(tmp_path, ups) as stack:
        config = write_config(tmp_path / "..", {"other": backend(ups["primary"].port, "m")})
        code, out, _ = await run_bench(
            capsys, "--config", str(config), "--via", stack.url, "--no-direct", "--requests", "2",
        )  # fmt: skip
    assert code == 1
    assert "errors: other via proxy at c=4: routed_elsewhere x2" in out


def _no_usage_app() -> web.Application:
    """An OpenAI-compatible server that streams three text chunks and never sends usage (as
    some self-hosted servers do when they ignore stream_options)."""

    async def chat(request: web.Request) -> web.StreamResponse:
        await request.read()
        response = web.StreamResponse(headers={"Content-Type": "text/event-stream"})
        await response.prepare(request)
        for word in ("one ", "two ", "three"):
            choice = {"index": 0, "delta": {"content": word}, "finish_reason": None}
            chunk = {"id": "c", "object": "chat.completion.chunk", "choices": [choice]}
            await response.write(b"data: " + orjson.dumps(chunk) + b"\n\n")
        await response.write(b"data: [DONE]\n\n")
        await response.write_eof()
        return response

    app = web.Application()
    app.router.add_post("/v1/chat/completions", chat)
    return app


async def test_without_usage_the_tokens_are_counted_events_and_the_table_says_so(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A backend that sends no usage: 3 output tokens per request from its 3 text events, the
    result's token_source is 'chunks' and the table says the counts are counted events."""
    runner, port = await start_site(_no_usage_app(), "127.0.0.1", 0)
    try:
        out_json = tmp_path / "r.json"
        code, out, _ = await run_bench(
            capsys, "--config", str(write_config(tmp_path, {"bare": backend(port, "m")})),
            "--requests", "4", "--json", str(out_json),
        )  # fmt: skip
    finally:
        await runner.cleanup()
    assert code == 0
    point = _point(orjson.loads(out_json.read_bytes()), "bare")
    assert point["token_source"] == "chunks"
    assert point["output_tokens_per_s"] > 0 and point["metrics"]["itl_s"]["n"] == 4 * 2
    assert "output tokens: counted from token events where a backend sent no usage (chunks)" in out
