"""The ``sovproxy`` command: thin — parse arguments, call the library, print, set the exit code."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from importlib import metadata
from pathlib import Path
from typing import Any

from proxy import commands
from proxy.policy.loader import PolicyError
from proxy.yamlio import ConfigFileError


class _Formatter(argparse.RawDescriptionHelpFormatter):
    """Option help with its default (unless the help says it), and examples kept as written."""

    def _get_help_string(self, action: argparse.Action) -> str | None:
        text = action.help or ""
        shown = action.default not in (None, False, argparse.SUPPRESS) and action.option_strings
        if shown and "(default" not in text:
            text += " (default: %(default)s)"
        return text


def _command(sub: Any, name: str, summary: str, *examples: str) -> argparse.ArgumentParser:
    """A (sub)command with its one-line summary and examples in ``--help``."""
    epilog = "examples:\n" + "\n".join(f"  {line}" for line in examples) if examples else None
    parser: argparse.ArgumentParser = sub.add_parser(
        name, help=summary, description=summary, epilog=epilog, formatter_class=_Formatter
    )
    return parser


def _version() -> str:
    try:
        return metadata.version("sovereign-proxy")
    except metadata.PackageNotFoundError:  # pragma: no cover - running from a bare checkout
        return "unknown"


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="sovproxy",
        description="Sovereignty-aware reverse proxy for LLM APIs.",
        epilog="Run `sovproxy COMMAND --help` for a command's options and examples.",
        formatter_class=_Formatter,
    )
    parser.add_argument("--version", action="version", version=f"sovproxy {_version()}")
    parser.add_argument(
        "--debug", action="store_true", help="show the Python traceback of an error"
    )
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    _add_run_commands(sub)
    _add_inspect_commands(sub)
    _add_offline_commands(sub)
    return parser


def _add_run_commands(sub: Any) -> None:
    """serve and demo: commands that run the proxy."""
    serve = _command(
        sub,
        "serve",
        "run the proxy (JSON log lines on stdout)",
        "SCW_SECRET_KEY=... OPENAI_EU_API_KEY=... sovproxy serve --config config/sovproxy.yaml",
        "sovproxy serve --config config/sovproxy.yaml --host 0.0.0.0 --port 8080 --workers 4",
    )
    serve.add_argument(
        "--config",
        type=Path,
        default=None,
        help="the server config (default: config/sovproxy.yaml if it exists, else built-in "
        "defaults)",
    )
    serve.add_argument("--host", default=None, help="listen address (default: listen.host)")
    serve.add_argument("--port", type=int, default=None, help="listen port (default: listen.port)")
    serve.add_argument(
        "--workers",
        type=int,
        default=1,
        help="worker processes sharing the port; more than 1 adds a supervisor that restarts "
        "crashed workers",
    )
    _add_drain_arguments(serve)

    demo = _command(
        sub,
        "demo",
        "the proxy plus three simulated backends, no keys needed",
        "sovproxy demo",
        "sovproxy demo --once --port 0",
    )
    demo.add_argument("--port", type=int, default=8080, help="the proxy's port (0: any free port)")
    demo.add_argument("--pace", type=float, default=0.03, help="seconds between streamed tokens")
    demo.add_argument("--once", action="store_true", help="run the tour and exit")
    demo.add_argument("--traces", action="store_true", help="print OpenTelemetry spans (console)")


def _add_drain_arguments(serve: Any) -> None:
    """serve's --drain-delay and --grace (how it stops on SIGTERM)."""
    serve.add_argument(
        "--drain-delay",
        type=float,
        default=None,
        metavar="SECONDS",
        help="on SIGTERM, /readyz answers 503 at once and the port keeps accepting this long "
        "(the time a load balancer needs to notice) before it closes (default: drain.delay_s "
        "of the config, 0)",
    )
    serve.add_argument(
        "--grace",
        type=float,
        default=None,
        metavar="SECONDS",
        help="once the port is closed, how long requests and streams in flight may take to "
        "finish before they are cut (default: drain.grace_s of the config, 60)",
    )


def _add_inspect_commands(sub: Any) -> None:
    """classify and backends: look at what the proxy would see, without serving."""
    classify = _command(
        sub,
        "classify",
        "classify a text (prints JSON) or a JSONL batch (one result line per input line)",
        "echo 'IBAN DE58 4306 0967 7000 3124 58' | sovproxy classify -",
        "sovproxy classify --jsonl prompts.jsonl   # lines with text, content or messages",
    )
    classify.add_argument("file", nargs="?", default="-", help="a text file, or - for stdin")
    classify.add_argument(
        "--jsonl",
        type=Path,
        default=None,
        metavar="IN",
        help="JSON lines: each {'id', 'text'}, or a chat body ({'messages': ...}) or "
        "{'content': ...}",
    )

    backends = _command(
        sub,
        "backends",
        "backends and their derived jurisdiction facts",
        "sovproxy backends list --config config/sovproxy.yaml",
    )
    backends_sub = backends.add_subparsers(dest="action", required=True, metavar="ACTION")
    listing = _command(backends_sub, "list", "each backend's hops, tier and jurisdictions")
    listing.add_argument(
        "--config", type=Path, default=Path("config/sovproxy.yaml"), help="the server config"
    )


def _add_offline_commands(sub: Any) -> None:
    """policy, audit and bench: commands that read files or measure, and never proxy."""
    _add_policy_commands(sub)
    _add_audit_commands(sub)
    _add_bench_command(sub)
    _add_keys_command(sub)


def _add_policy_commands(sub: Any) -> None:
    policy = _command(
        sub,
        "policy",
        "check, test and explain routing policies",
        "sovproxy policy check policies/",
        "sovproxy policy test policies/ --coverage",
        "sovproxy policy explain --request chat.json",
    )
    policy_sub = policy.add_subparsers(dest="action", required=True, metavar="ACTION")
    summaries = {
        "check": "validate policy files against the configured backends",
        "test": "run each policy's test file (<policy>_test.yaml)",
    }
    for name, summary in summaries.items():
        p = _command(policy_sub, name, summary)
        p.add_argument("path", type=Path, help="a policy file or a directory of them")
        p.add_argument(
            "--config", type=Path, default=Path("config/sovproxy.yaml"), help="the server config"
        )
        if name == "test":
            p.add_argument(
                "--coverage", action="store_true", help="fail when a rule is never reached"
            )
    explain = _command(
        policy_sub,
        "explain",
        "classification, decision and trace for a request, without sending it",
        "sovproxy policy explain --request chat.json   # a plain chat body",
        "sovproxy policy explain --request wrapped.json   # {path, headers, body, tenant, team}",
    )
    explain.add_argument(
        "--request",
        type=Path,
        required=True,
        help="a JSON request body (OpenAI or Anthropic), or {'path', 'headers', 'body'} "
        "with optional 'tenant' and 'team'",
    )
    explain.add_argument(
        "--config", type=Path, default=Path("config/sovproxy.yaml"), help="the server config"
    )
    explain.add_argument(
        "--policy", type=Path, default=None, help="a policy file (default: the config's policy)"
    )
    explain.add_argument(
        "--path",
        default=None,
        help="the endpoint, e.g. /v1/messages (default: the wrapper's path; for a plain body "
        "guessed: messages → /v1/chat/completions, or /v1/messages with a top-level system)",
    )


def _add_audit_commands(sub: Any) -> None:
    audit = _command(sub, "audit", "sign, verify and report on the audit log")
    audit_sub = audit.add_subparsers(dest="action", required=True)
    keygen = _command(
        audit_sub,
        "keygen",
        "write an Ed25519 checkpoint signing key (PATH, mode 0600) and PATH.pub",
        "sovproxy audit keygen keys/audit.key --name example.org/audit",
    )
    keygen.add_argument("path", type=Path, help="where to write the private key")
    keygen.add_argument(
        "--name", default="sovproxy.local/audit", help="the key name (no spaces or '+')"
    )
    for name, summary, example in (
        ("verify", "check every segment's chain and checkpoints", "verify --public-key K.pub var/"),
        ("report", "the sovereignty report of the segments", "report var/ --html report.html"),
    ):
        p = _command(audit_sub, name, summary, f"sovproxy audit {example}")
        p.add_argument("files", type=Path, nargs="+", help="audit files or directories")
        p.add_argument("--public-key", type=Path, default=None, help="PATH.pub from keygen")
        if name == "report":
            p.add_argument("--html", type=Path, default=None, help="also write an HTML page")


def _add_bench_command(sub: Any) -> None:
    bench = _command(
        sub,
        "bench",
        "latency across this deployment's backends",
        "sovproxy bench --demo --via demo --concurrency 1,4,16 --html bench.html",
        "sovproxy bench --config config/sovproxy.yaml --model chat --requests 50 --json a.json",
        "sovproxy bench compare before.json after.json",
    )
    from proxy.bench.cli import add_arguments

    add_arguments(bench)


def _add_keys_command(sub: Any) -> None:
    keys = _command(
        sub,
        "keys",
        "create, list and revoke client keys in a keys file",
        "sovproxy keys create --file config/keys.yaml --tenant acme --team risk --rpm 100",
        "sovproxy keys list --file config/keys.yaml",
        "sovproxy keys revoke --file config/keys.yaml 3f2a9c01b7de",
    )
    from proxy.keys_cli import add_arguments

    add_arguments(keys, _command)


def main(argv: Sequence[str] | None = None) -> int:
    """Run one command; return its exit code: 0 ok, 1 a failed check, 2 a usage or config error.

    A problem prints one line per problem on stderr; the traceback only with ``--debug``.
    """
    args = _parser().parse_args(argv)
    handler = getattr(commands, f"cmd_{args.command}")
    try:
        return int(handler(args))
    except KeyboardInterrupt:
        return 130
    except (commands.UserError, ValueError) as exc:
        if args.debug:
            raise
        if not isinstance(exc, commands.UserError | ConfigFileError | PolicyError):
            return _internal_error(exc)
        for line in str(exc).splitlines() or [type(exc).__name__]:
            print(f"sovproxy: {line}", file=sys.stderr)
        return 2
    except Exception as exc:
        if args.debug:
            raise
        return _internal_error(exc)


def _internal_error(exc: BaseException) -> int:
    print(
        f"sovproxy: internal error ({type(exc).__name__}); run again with --debug for the "
        "traceback and report it",
        file=sys.stderr,
    )
    return 1


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
