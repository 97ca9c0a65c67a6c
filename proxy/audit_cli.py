"""``sovproxy audit keygen | verify | report`` — the library side of the CLI.

Exit codes: 0 when every segment read verifies, 1 on any integrity problem, 2 on unusable input
(a file or key that cannot be read). ``report`` prints and writes nothing for input it cannot read.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from proxy.telemetry.audit_deployment import DeploymentResult, verify_deployment
from proxy.telemetry.audit_note import KeyFileError, Verifier, read_verifier, write_keypair
from proxy.telemetry.report import build_report, render_html, render_text

DEFAULT_KEY_NAME = "sovproxy.local/audit"


def run(args: argparse.Namespace) -> int:
    """Dispatch one ``audit`` action and return its exit code."""
    if args.action == "keygen":
        return _keygen(args.path, args.name)
    verifier: Verifier | None = None
    if getattr(args, "public_key", None) is not None:
        try:
            verifier = read_verifier(args.public_key)
        except KeyFileError as exc:
            print(f"sovproxy: cannot use the public key: {exc}", file=sys.stderr)
            return 2
    if args.action == "verify":
        return _verify(args.files, verifier)
    return _report(args.files, args.html, verifier)


def _keygen(path: Path, name: str) -> int:
    try:
        signer = write_keypair(path, name)
    except FileExistsError:
        print(f"sovproxy: {path} exists; not overwriting a key", file=sys.stderr)
        return 2
    except (OSError, KeyFileError) as exc:
        print(f"sovproxy: cannot write the key: {exc}", file=sys.stderr)
        return 2
    print(f"private key: {path} (mode 0600; configure it as audit.signing_key)")
    print(f"public key:  {path}.pub ({signer.verifier.vkey})")
    return 0


def _unreadable(result: DeploymentResult) -> bool:
    return any(issue.kind == "unreadable" and issue.line == 0 for issue in result.issues)


def _exit_code(result: DeploymentResult) -> int:
    if result.ok:
        return 0
    return 2 if _unreadable(result) else 1


def _print_problems(result: DeploymentResult) -> None:
    for problem in result.problems:
        print(problem, file=sys.stderr)
    for warning in result.warnings:
        print(f"warning: {warning}", file=sys.stderr)


def _verify(files: list[Path], verifier: Verifier | None) -> int:
    result = verify_deployment(files, verifier)
    _print_problems(result)
    if not result.ok:
        return _exit_code(result)
    for segment in result.segments:
        assert segment.result is not None
        signed = (
            "no checkpoint" if segment.signed is None else f"checkpoint at seq {segment.signed}"
        )
        print(
            f"ok: {segment.live}: {segment.result.records} records, chain intact, {signed}, "
            f"last hash {segment.result.last_hash}"
        )
    if verifier is None:
        print(
            "note: no --public-key given: signatures were not checked, so a log rewritten with "
            "recomputed hashes would pass; verify with the deployment's public key",
            file=sys.stderr,
        )
    return 0


def _report(files: list[Path], html: Path | None, verifier: Verifier | None) -> int:
    report = build_report(files, verifier=verifier)
    if _unreadable(report.verify):
        _print_problems(report.verify)
        return 2
    print(render_text(report))
    if html is not None:
        html.write_text(render_html(report), encoding="utf-8")
        print(f"HTML report written to {html}")
    return _exit_code(report.verify)
