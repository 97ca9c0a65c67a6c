"""``sovproxy policy check | test | explain`` — the library side of the CLI."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

import orjson

from proxy.policy.loader import PolicyError, check_policy
from proxy.policy.runner import policy_files, render_report, run_policy_tests


def _infos(config: Path) -> dict[str, Any]:
    from proxy.commands import load_config_infos

    _, infos = load_config_infos(config)
    return infos


def run(args: argparse.Namespace) -> int:
    """Dispatch one policy action; 0 when everything checked out, 1 otherwise."""
    if args.action == "explain":
        return _explain(args)
    infos = _infos(args.config)
    ok = True
    for path in policy_files(args.path):
        if args.action == "check":
            ok &= _check(path, infos)
        else:
            report = run_policy_tests(path, infos)
            sys.stdout.write(render_report(report, args.coverage))
            ok &= report.ok and not (args.coverage and report.unreached)
    return 0 if ok else 1


def _check(path: Path, infos: dict[str, Any]) -> bool:
    try:
        warnings = check_policy(path, infos)
    except PolicyError as exc:
        print(f"{exc}", file=sys.stderr)
        return False
    print(f"{path}: ok")
    for warning in warnings:
        print(f"  warning: {warning}")
    return True


def _explain(args: argparse.Namespace) -> int:
    """Explain a would-be request from a JSON file ``{"path", "headers", "body"}``."""
    from proxy.commands import UserError, load_config_infos
    from proxy.exchange import Principal
    from proxy.http.explain import explain_request
    from proxy.policy.store import PolicyStore
    from proxy.runtime import shared_classifier

    settings, infos = load_config_infos(args.config)
    try:
        request = orjson.loads(Path(args.request).read_bytes())
    except (OSError, orjson.JSONDecodeError) as exc:
        raise UserError(f"cannot read {args.request}: {exc}") from None
    policy_path = args.policy or settings.resolve(settings.policy)
    classifier = shared_classifier(settings.limits.classify_max_chars)
    store = PolicyStore(policy_path, infos, classifier, run_tests=False)
    services = argparse.Namespace(classifier=classifier, policy=store, infos=infos)
    principal = Principal(tenant=str(request.get("tenant", "anonymous")), team=request.get("team"))
    result = explain_request(request, services, principal)
    print(orjson.dumps(result, option=orjson.OPT_INDENT_2).decode())
    return 0
