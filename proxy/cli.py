"""The ``sovproxy`` command: thin — parse arguments, call the library, print, set the exit code."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from proxy import commands


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="sovproxy", description="Sovereignty-aware reverse proxy for LLM APIs."
    )
    sub = parser.add_subparsers(dest="command", required=True)

    serve = sub.add_parser("serve", help="run the proxy")
    serve.add_argument("--config", type=Path, default=None, help="config/sovproxy.yaml")
    serve.add_argument("--host", default=None)
    serve.add_argument("--port", type=int, default=None)
    serve.add_argument("--workers", type=int, default=1)

    demo = sub.add_parser("demo", help="the proxy plus three simulated backends, no keys needed")
    demo.add_argument("--port", type=int, default=8080)
    demo.add_argument("--pace", type=float, default=0.03, help="seconds between streamed tokens")
    demo.add_argument("--once", action="store_true", help="run the tour and exit")
    demo.add_argument("--traces", action="store_true", help="print OpenTelemetry spans (console)")

    classify = sub.add_parser("classify", help="classify a text (JSON) or a JSONL batch")
    classify.add_argument("file", nargs="?", default="-")
    classify.add_argument("--jsonl", type=Path, default=None, metavar="IN")

    backends = sub.add_parser("backends", help="backends and their derived jurisdiction facts")
    backends_sub = backends.add_subparsers(dest="action", required=True)
    listing = backends_sub.add_parser("list")
    listing.add_argument("--config", type=Path, default=Path("config/sovproxy.yaml"))

    _add_offline_commands(sub)
    return parser


def _add_offline_commands(sub: Any) -> None:
    """policy, audit and bench: commands that read files or measure, and never proxy."""
    policy = sub.add_parser("policy", help="check, test and explain routing policies")
    policy_sub = policy.add_subparsers(dest="action", required=True)
    for name in ("check", "test"):
        p = policy_sub.add_parser(name)
        p.add_argument("path", type=Path)
        p.add_argument("--config", type=Path, default=Path("config/sovproxy.yaml"))
        if name == "test":
            p.add_argument("--coverage", action="store_true")
    explain = policy_sub.add_parser("explain")
    explain.add_argument("--request", type=Path, required=True)
    explain.add_argument("--config", type=Path, default=Path("config/sovproxy.yaml"))
    explain.add_argument("--policy", type=Path, default=None)

    audit = sub.add_parser("audit", help="verify the audit chain or report on it")
    audit_sub = audit.add_subparsers(dest="action", required=True)
    verify = audit_sub.add_parser("verify")
    verify.add_argument("files", type=Path, nargs="+")
    report = audit_sub.add_parser("report")
    report.add_argument("files", type=Path, nargs="+")
    report.add_argument("--html", type=Path, default=None)

    bench = sub.add_parser("bench", help="latency across this deployment's backends")
    bench.add_argument("--config", type=Path, default=Path("config/sovproxy.yaml"))
    bench.add_argument("--requests", type=int, default=20)
    bench.add_argument("--concurrency", type=int, default=4)
    bench.add_argument("--model", default=None)
    bench.add_argument("--demo", action="store_true", help="measure the demo's simulated backends")


def main(argv: Sequence[str] | None = None) -> int:
    """Run one command; return its exit code."""
    args = _parser().parse_args(argv)
    handler = getattr(commands, f"cmd_{args.command}")
    try:
        return int(handler(args))
    except commands.UserError as exc:
        for line in str(exc).splitlines() or [type(exc).__name__]:
            print(f"sovproxy: {line}", file=sys.stderr)
        return 2


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
