"""The HTML report, opened in headless Chromium: its charts and labels are laid out and visible.

Chromium comes from the OS packages (``.ci/run`` installs it when missing); without it this test
fails, it is never skipped. A copy of the report gets a small script that measures what Chromium
laid out (chart sizes, dots, bars, label boxes) and writes it into the page, read back with
``--dump-dom``.
"""

from __future__ import annotations

import re
import shutil
import subprocess
from typing import Any

import orjson
import pytest

from proxy.cli import main

_PROBE = """<script>
const out = {charts: {}, texts: [], clipped: []};
for (const svg of document.querySelectorAll('svg.chart')) {
  const box = svg.getBoundingClientRect();
  out.charts[svg.dataset.chart] = {width: box.width, height: box.height,
    dots: svg.querySelectorAll('circle').length, bars: svg.querySelectorAll('rect').length,
    lines: svg.querySelectorAll('polyline').length};
  for (const t of svg.querySelectorAll('text')) {
    const b = t.getBoundingClientRect();
    if (b.left < 0 || b.right > box.right + 1) out.clipped.push(t.textContent);
    out.texts.push(t.textContent);
  }
}
out.cells = [...document.querySelectorAll('#figures td')].map(td => td.textContent);
const pre = document.createElement('pre'); pre.id = 'probe';
pre.textContent = JSON.stringify(out); document.body.appendChild(pre);
</script>"""


def _chromium() -> str:
    found = shutil.which("chromium") or shutil.which("chromium-browser")
    if found is None:
        pytest.fail("chromium is not installed: `apt-get install chromium` (.ci/run does it)")
    return found


@pytest.fixture(scope="module")
def page(tmp_path_factory: pytest.TempPathFactory) -> tuple[str, dict[str, Any]]:
    """The demo report's source, and what Chromium laid out of it."""
    folder = tmp_path_factory.mktemp("html")
    report = folder / "report.html"
    args = ["bench", "--demo", "--via", "demo", "--requests", "4", "--concurrency", "1,16"]
    assert main([*args, "--warmup", "0", "--no-progress", "--html", str(report)]) == 0
    source = report.read_text()
    probed = folder / "probed.html"
    probed.write_text(source.replace("</body>", _PROBE + "</body>"))
    done = subprocess.run(
        [_chromium(), "--headless", "--no-sandbox", "--disable-gpu", "--window-size=1200,900",
         "--virtual-time-budget=5000", "--dump-dom", probed.as_uri()],
        capture_output=True, text=True, timeout=120, check=False,
    )  # fmt: skip
    match = re.search(r'<pre id="probe">(.*?)</pre>', done.stdout, re.S)
    assert match, done.stderr[-2000:]
    text = match.group(1).replace("&quot;", '"').replace("&lt;", "<").replace("&gt;", ">")
    return source, orjson.loads(text.replace("&amp;", "&"))


def test_every_chart_is_laid_out_with_its_marks(page: tuple[str, dict[str, Any]]) -> None:
    """Distributions have a dot per request, the load curves a line per target, the cost of
    sovereignty a bar per target, point and percentile; no label is cut off."""
    charts = page[1]["charts"]
    assert set(charts) == {
        "distribution-ttft_s", "distribution-e2e_s", "ttft-vs-load", "cost-ttft_s", "cost-e2e_s",
    }  # fmt: skip
    assert all(c["width"] > 500 and c["height"] > 100 for c in charts.values())
    assert charts["distribution-ttft_s"]["dots"] == 6 * 2 * 4  # targets x points x requests
    assert charts["ttft-vs-load"]["lines"] == 6
    assert charts["cost-e2e_s"]["bars"] == 6 * 2 * 2
    assert page[1]["clipped"] == []


def test_each_backend_is_labelled_with_tier_jurisdictions_and_us_reach(
    page: tuple[str, dict[str, Any]],
) -> None:
    """Chart labels and the table carry tier, jurisdictions and us_reachable per backend."""
    texts, cells = page[1]["texts"], page[1]["cells"]
    assert "us-hyperscaler via proxy · hyperscaler · DE,IE,US · US-reachable · c=16" in texts
    assert "onprem-llm · self_hosted · DE · not US-reachable · c=1" in texts
    assert "eu-cloud · eu_only · DE,FR · not US-reachable · c=1" in texts
    assert {"self_hosted", "eu_only", "hyperscaler", "DE,IE,US", "yes", "no"} <= set(cells)


def test_the_report_fetches_nothing(page: tuple[str, dict[str, Any]]) -> None:
    """Self-contained: no script, link, image or URL in the page as written."""
    source = page[0]
    assert "<script" not in source and "<link" not in source and "<img" not in source
    assert "http:" not in source and "https:" not in source and "SIMULATORS" in source
