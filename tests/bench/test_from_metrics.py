"""The proxy's /metrics carry per-backend TTFT and ITL histograms from real traffic, and
``bench --from-metrics`` summarises them."""

from __future__ import annotations

import asyncio
import re
import urllib.request
from pathlib import Path

import pytest

from proxy.demo.sim_anthropic import AnthropicSimulator
from proxy.demo.simulator import Simulator
from tests.bench.helpers import backend, run_bench, write_config
from tests.stack import Upstream, closed_port, running_stack

TTFT_S, TOKENS_PER_S = 0.17, 80.0  # inside the buckets (0.15, 0.2] and (0.01, 0.015]


def _get(url: str) -> str:
    with urllib.request.urlopen(url, timeout=10) as response:
        body: bytes = response.read()
    return body.decode()


def _row(out: str, name: str, metric: str) -> list[str]:
    for line in out.splitlines():
        cells = line.split()
        if cells[:2] == [name, metric]:
            return cells
    raise AssertionError(f"no {metric} row for {name} in:\n{out}")


async def test_streamed_traffic_fills_ttft_and_itl_histograms_per_backend(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Requests streamed through the proxy (by the bench, via the proxy) to an OpenAI and an
    Anthropic backend: /metrics has both histograms per backend, and --from-metrics puts each
    backend's TTFT and ITL p50 in the bucket of the simulators' configured figures."""
    ups = {
        "primary": Upstream(
            Simulator("p", ttft_s=TTFT_S, tokens_per_s=TOKENS_PER_S), models=("m-p",)
        ),
        "claude": Upstream(
            AnthropicSimulator("c", ttft_s=TTFT_S, tokens_per_s=TOKENS_PER_S),
            protocol="anthropic",
            models=("m-c",),
        ),
    }
    async with running_stack(tmp_path, ups) as stack:
        config = write_config(
            tmp_path / "..",
            {
                "primary": backend(ups["primary"].port, "m-p"),
                "claude": backend(ups["claude"].port, "m-c", protocol="anthropic"),
            },
        )
        code, out, _ = await run_bench(
            capsys, "--config", str(config), "--via", stack.url, "--no-direct", "--requests", "6",
            "--warmup", "0", "--concurrency", "2",
        )  # fmt: skip
        assert code == 0, out
        text = await asyncio.to_thread(_get, f"{stack.url}/metrics")  # the loop serves it
        code, out, _ = await run_bench(capsys, "--from-metrics", stack.url)
    assert code == 0
    for name in ("primary", "claude"):
        for series in ("ttft", "itl"):
            count = re.search(
                rf'sovproxy_upstream_{series}_seconds_count{{backend="{name}"}} (\S+)', text
            )
            assert count and float(count.group(1)) == 6.0
        ttft, itl = _row(out, name, "TTFT"), _row(out, name, "ITL")
        assert ttft[2] == itl[2] == "6"
        assert 150.0 <= float(ttft[4]) <= 200.0, ttft
        assert 10.0 <= float(itl[4]) <= 15.0, itl


async def test_from_metrics_names_an_unreachable_proxy(capsys: pytest.CaptureFixture[str]) -> None:
    """Nothing listens at the URL: one line naming it, exit 2."""
    url = f"http://127.0.0.1:{closed_port()}"
    code, out, err = await run_bench(capsys, "--from-metrics", url)
    assert code == 2 and out == ""
    assert err.startswith(f"sovproxy: --from-metrics: cannot read {url}/metrics:")
    assert len(err.splitlines()) == 1
