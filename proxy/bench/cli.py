"""``sovproxy bench``: its options, and the run from options to table, files and exit code.

Exit codes: 0 measured and within ``--max-error-rate``; 1 some target's error rate exceeded it;
2 an invalid option or configuration (one line on stderr, nothing sent).
"""

from __future__ import annotations

import argparse
import asyncio
import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

from proxy.bench import options as opt
from proxy.bench.options import Point
from proxy.commands import UserError

if TYPE_CHECKING:  # the measuring modules load only when a run starts (``--help`` stays quick)
    from proxy.bench.load import Workload
    from proxy.bench.runner import TargetResult

#: The environment variable holding the API key sent to the proxy with ``--via``.
API_KEY_ENV = "SOVPROXY_BENCH_API_KEY"
DEFAULT_REQUESTS = 20


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """The options of ``sovproxy bench`` and its ``compare`` subcommand."""
    _where(parser)
    _load(parser)
    parser.add_argument(
        "--max-error-rate",
        type=opt.fraction,
        default=0.0,
        metavar="FRACTION",
        help="exit 1 when a target's error rate at any point is above this (default: 0)",
    )
    parser.add_argument(
        "--json", type=opt.output_file, metavar="PATH", help="write the result as JSON here"
    )
    parser.add_argument(
        "--html", type=opt.output_file, metavar="PATH", help="write an HTML report here"
    )
    parser.add_argument(
        "--no-progress", action="store_true", help="no progress bars on stderr (a terminal only)"
    )
    sub = parser.add_subparsers(dest="bench_action", metavar="ACTION")
    compare = sub.add_parser(
        "compare",
        help="show the differences between two --json results, with their intervals",
        description="show the differences between two --json results, with their intervals",
        formatter_class=parser.formatter_class,
    )
    compare.add_argument("before", type=Path, help="the earlier result (JSON)")
    compare.add_argument("after", type=Path, help="the later result (JSON)")


def _where(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--config",
        type=Path,
        default=Path("config/sovproxy.yaml"),
        metavar="PATH",
        help="the server config",
    )
    parser.add_argument("--demo", action="store_true", help="measure the demo's simulated backends")
    parser.add_argument("--model", default=None, help="only this model (default: each backend's)")
    parser.add_argument(
        "--backends", type=opt.names, default=None, metavar="A,B", help="only these backends (a,b)"
    )
    parser.add_argument(
        "--via",
        type=opt.http_url,
        default=None,
        metavar="URL",
        help="also measure each backend through the sovproxy at this URL (with --demo: 'demo', "
        f"the demo's own proxy); its API key from ${API_KEY_ENV}",
    )
    parser.add_argument(
        "--no-direct", action="store_true", help="with --via: only through the proxy"
    )
    parser.add_argument(
        "--from-metrics",
        type=opt.http_url,
        default=None,
        metavar="URL",
        help="summarise a running proxy's /metrics histograms instead of sending requests",
    )


def _load(parser: argparse.ArgumentParser) -> None:
    sweep = parser.add_mutually_exclusive_group()
    sweep.add_argument(
        "--concurrency",
        type=opt.concurrency_list,
        default=None,
        metavar="N,N",
        help="requests in flight at once, one sweep point each (e.g. 1,4,16; default 4)",
    )
    sweep.add_argument(
        "--rate",
        type=opt.rate_list,
        default=None,
        metavar="R,R",
        help="requests started per second (e.g. 2,8)",
    )
    parser.add_argument(
        "--requests",
        type=opt.positive_int,
        default=None,
        metavar="N",
        help=f"measured requests per target and point (default {DEFAULT_REQUESTS} without "
        "--duration)",
    )
    parser.add_argument(
        "--duration",
        type=opt.positive_seconds,
        default=None,
        metavar="SECONDS",
        help="seconds per target and point",
    )
    parser.add_argument(
        "--warmup",
        type=opt.non_negative_int,
        default=2,
        metavar="N",
        help="unmeasured requests first",
    )
    parser.add_argument(
        "--seed",
        type=int,
        default=0,
        metavar="N",
        help="seeds prompts, lengths, arrivals (default: 0)",
    )
    _lengths(parser)


def _lengths(parser: argparse.ArgumentParser) -> None:
    """--prompt-tokens and --output-tokens."""
    parser.add_argument(
        "--prompt-tokens",
        type=opt.lengths,
        default=opt.Lengths(64),
        metavar="N|MEAN:SD",
        help="prompt length in tokens: N or MEAN:STDDEV (default: 64)",
    )
    parser.add_argument(
        "--output-tokens",
        type=opt.lengths,
        default=opt.Lengths(32),
        metavar="N|MEAN:SD",
        help="max_tokens asked for: N or MEAN:STDDEV (default: 32)",
    )


def _check(args: argparse.Namespace) -> None:
    """Combinations argparse cannot check."""
    if args.via == "demo" and not args.demo:
        raise UserError("--via demo measures the demo's proxy: use it with --demo")
    if args.demo and args.via not in (None, "demo"):
        raise UserError("with --demo, --via takes 'demo' (the demo's own proxy)")
    if args.no_direct and args.via is None:
        raise UserError("--no-direct measures through the proxy only: give --via too")
    if args.from_metrics and (args.demo or args.via or args.json or args.html):
        raise UserError("--from-metrics reads a proxy's figures: no --demo, --via, --json, --html")


def _plan(args: argparse.Namespace) -> tuple[Workload, tuple[Point, ...]]:
    from proxy.bench.load import Workload

    if args.rate is not None:
        points = tuple(Point("rate", r) for r in args.rate)
    else:
        points = tuple(Point("concurrency", c) for c in args.concurrency or (4,))
    requests = args.requests
    if requests is None and args.duration is None:
        requests = DEFAULT_REQUESTS
    work = Workload(
        requests=requests,
        duration_s=args.duration,
        warmup=args.warmup,
        seed=args.seed,
        prompt_tokens=args.prompt_tokens,
        output_tokens=args.output_tokens,
    )
    return work, points


async def _targets_and_run(
    args: argparse.Namespace, specs: Any, infos: Any, via: str | None, plan: Any
) -> list[TargetResult]:
    from proxy.backends.upstream import build_backends, make_session
    from proxy.bench.progress import Progress
    from proxy.bench.runner import bench
    from proxy.bench.targets import direct_targets, proxy_targets, select

    async with make_session() as session:
        chosen = select(build_backends(specs, infos, session), args.model, args.backends)
        targets = [] if args.no_direct else direct_targets(chosen)
        if via is not None:
            targets += proxy_targets(chosen, via, session, os.environ.get(API_KEY_ENV))
        targets.sort(key=lambda t: (t.name, t.path))
        progress = Progress(enabled=False if args.no_progress else None)
        return await bench(targets, plan[1], plan[0], progress)


async def _measure(args: argparse.Namespace, plan: Any) -> list[TargetResult]:
    if args.demo:
        from proxy.bench.demo import demo_site

        async with demo_site(with_proxy=args.via == "demo") as site:
            return await _targets_and_run(args, site.specs, site.infos, site.proxy_url, plan)
    from proxy.runtime import load_infos
    from proxy.settings import load_settings
    from proxy.yamlio import ConfigFileError

    try:
        specs, infos = load_infos(load_settings(args.config), os.environ)
    except ConfigFileError as exc:
        raise UserError(f"invalid configuration: {exc}") from None
    return await _targets_and_run(args, specs, infos, args.via, plan)


def run(args: argparse.Namespace) -> int:
    """Run ``sovproxy bench``; see the module docstring for the exit codes."""
    if getattr(args, "bench_action", None) == "compare":
        from proxy.bench.compare import compare_files

        print(compare_files(args.before, args.after))
        return 0
    _check(args)
    if args.from_metrics:
        from proxy.bench.from_metrics import summarise_url

        print(summarise_url(args.from_metrics))
        return 0
    if args.demo and args.model is None:
        args.model = "chat"
    plan = _plan(args)
    results = asyncio.run(_measure(args, plan))
    return _report(args, plan, results)


def _report(args: argparse.Namespace, plan: Any, results: list[TargetResult]) -> int:
    from proxy.bench import report_json
    from proxy.bench.runner import worst_error_rate
    from proxy.bench.table import render

    if args.demo:
        print("Demo backends are SIMULATORS: the figures show the method, not real providers.")
    print(render(results))
    info = report_json.RunInfo(
        plan[0], plan[1], args.model, args.via, args.max_error_rate, simulated=args.demo
    )
    if args.json:
        report_json.write(args.json, report_json.document(info, results))
    if args.html:
        from proxy.bench.report_html import html_report

        args.html.write_text(html_report(info, results), encoding="utf-8")
    worst = worst_error_rate(results)
    if worst is not None and worst[1] > args.max_error_rate:
        where, rate = worst
        print(
            f"sovproxy: bench: error rate {rate:.1%} on {where} is above --max-error-rate "
            f"{args.max_error_rate:g}",
            file=sys.stderr,
        )
        return 1
    return 0
