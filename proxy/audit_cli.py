"""``sovproxy audit verify | report`` — the library side of the CLI."""

from __future__ import annotations

import argparse
import sys

from proxy.telemetry.audit import verify_files
from proxy.telemetry.report import build_report, render_html, render_text


def run(args: argparse.Namespace) -> int:
    """Verify the chain (exit 1 naming each problem) or print the sovereignty report."""
    if args.action == "verify":
        result = verify_files(args.files)
        if result.ok:
            print(f"ok: {result.records} records, chain intact, last hash {result.last_hash}")
            return 0
        for problem in result.problems:
            print(problem, file=sys.stderr)
        return 1
    report = build_report(args.files)
    print(render_text(report))
    if args.html is not None:
        args.html.write_text(render_html(report), encoding="utf-8")
        print(f"HTML report written to {args.html}")
    return 0
