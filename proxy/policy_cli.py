"""``sovproxy policy check | test | explain`` — the library side of the CLI."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

import orjson

from proxy.classify.taxonomy import Classification, TextPart
from proxy.commands import UserError
from proxy.policy.loader import PolicyError, check_policy
from proxy.policy.runner import Classify, policy_files, render_report, run_policy_tests
from proxy.settings import Settings


def run(args: argparse.Namespace) -> int:
    """Dispatch one policy action; 0 when everything checked out, 1 otherwise."""
    if args.action == "explain":
        return _explain(args)
    from proxy.commands import load_config_infos

    settings, infos = load_config_infos(args.config)
    classify = _classify_on_first_use(settings)
    ok = True
    for path in policy_files(args.path):
        if args.action == "check":
            ok &= _check(path, infos)
        else:
            report = run_policy_tests(path, infos, classify=classify)
            sys.stdout.write(render_report(report, args.coverage))
            ok &= report.ok and not (args.coverage and report.unreached)
    return 0 if ok else 1


def _classify_on_first_use(settings: Settings) -> Classify:
    """The classifier of the test cases with texts: built once for every policy file, on the
    first case that needs it, its databases from the configured pattern cache."""
    from proxy.runtime import cache_dir, shared_classifier

    def classify(parts: list[TextPart]) -> Classification:
        """Classify a case's texts, with nothing unscannable."""
        classifier = shared_classifier(settings.limits.classify_max_chars, cache_dir(settings))
        return classifier.classify(parts, [])

    return classify


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
    """Explain a would-be request: a plain request body, or ``{"path", "headers", "body"}``
    (plus optional ``tenant`` and ``team``)."""
    from proxy.commands import load_config_infos
    from proxy.errors import ProxyError
    from proxy.exchange import Principal
    from proxy.http.explain import explain_request
    from proxy.policy.store import PolicyStore
    from proxy.runtime import cache_dir, shared_classifier

    settings, infos = load_config_infos(args.config)
    request = _explain_input(args.request, args.path)
    policy_path = args.policy or (settings.resolve(settings.policy) if settings.policy else None)
    if policy_path is None:
        raise UserError(f"{args.config}: policy: no policy configured; pass --policy PATH")
    classifier = shared_classifier(settings.limits.classify_max_chars, cache_dir(settings))
    store = PolicyStore(policy_path, infos, classifier, run_tests=False)
    key, key_note = _redaction_key(settings, args.config)
    services = argparse.Namespace(
        classifier=classifier, policy=store, infos=infos, redaction_key=key
    )
    principal = Principal(tenant=str(request.get("tenant", "anonymous")), team=request.get("team"))
    try:
        result = explain_request(request, services, principal, key_note)
    except ProxyError as exc:
        raise UserError(f"{args.request}: {exc}") from None
    result["explained_as"] = request["path"]
    if "redaction" in result and settings.redaction.key is None:
        print(f"note: {key_note}", file=sys.stderr)
    print(orjson.dumps(result, option=orjson.OPT_INDENT_2).decode())
    return 0


def _redaction_key(settings: Any, config: Path) -> tuple[bytes, str]:
    """The config's ``redaction.key`` (so the pseudonyms shown are the deployment's), else a
    random key for this run, and a note saying which."""
    from proxy.runtime import redaction_key

    if settings.redaction.key is not None:
        return redaction_key(settings), f"redaction.key of {config}: the deployment's pseudonyms"
    note = (
        f"no redaction.key in {config} (or SOVPROXY_REDACTION__KEY): a random key for this run,"
        " so the pseudonyms differ from the ones a proxy sends"
    )
    return redaction_key(settings), note


def _explain_input(path: Path, endpoint: str | None) -> dict[str, Any]:
    """The wrapper ``explain_request`` takes, from a file holding it or a plain body."""
    try:
        data = orjson.loads(Path(path).read_bytes())
    except OSError as exc:
        raise UserError(f"{path}: cannot read: {exc.strerror}") from None
    except orjson.JSONDecodeError as exc:
        raise UserError(f"{path}: not JSON: {exc}") from None
    if not isinstance(data, dict):
        raise UserError(f"{path}: expected a JSON object (a request body)")
    if isinstance(data.get("body"), dict):
        return {"path": "/v1/chat/completions", **data, **({"path": endpoint} if endpoint else {})}
    return {"path": endpoint or _endpoint_of(data), "body": data}


def _endpoint_of(body: dict[str, Any]) -> str:
    """The endpoint a plain body was most likely meant for (``--path`` overrides)."""
    if "messages" in body:
        return "/v1/messages" if "system" in body else "/v1/chat/completions"
    if "prompt" in body:
        return "/v1/completions"
    return "/v1/responses" if "input" in body else "/v1/chat/completions"
