"""What each CLI command does (the library side of ``cli.py``)."""

from __future__ import annotations

import argparse
import os
from collections.abc import Iterator, Mapping
from pathlib import Path
from typing import Any

import orjson

from proxy.yamlio import ConfigFileError


class UserError(Exception):
    """A problem the user can fix (bad config, missing file): printed without a traceback."""


def cmd_serve(args: argparse.Namespace) -> int:
    """``sovproxy serve``."""
    from proxy.serve import StartError, serve
    from proxy.settings import load_settings

    config = args.config or _default_config()
    try:
        settings = load_settings(config)
        _preflight(settings, config)
        return serve(settings, host=args.host, port=args.port, workers=args.workers)
    except (ConfigFileError, StartError) as exc:
        raise UserError(str(exc)) from None


def _preflight(settings: Any, config: Path | None) -> None:
    """What can be checked before any worker starts, all at once: every backend (unset
    variables, unknown keys, bad URLs) and that a policy is configured."""
    from proxy.runtime import load_infos

    load_infos(settings)
    if settings.policy is None:
        raise UserError(
            f"{config or 'settings'}: policy: no policy configured, and sovproxy refuses every "
            "request without one; add for example `policy: ../policies/default.yaml`"
        )


def _default_config() -> Path | None:
    path = Path("config/sovproxy.yaml")
    return path if path.is_file() else None


def cmd_demo(args: argparse.Namespace) -> int:
    """``sovproxy demo``."""
    from proxy.demo.run import main

    return main(args.port, args.pace, args.once, traces=args.traces)


def cmd_classify(args: argparse.Namespace) -> int:
    """``sovproxy classify FILE|-`` and ``--jsonl IN`` (see :mod:`proxy.classify_cli`)."""
    from proxy import classify_cli
    from proxy.classify import Classifier
    from proxy.classify.taxonomy import TextPart

    try:
        if args.jsonl is not None:
            stream = classify_cli.open_binary(str(args.jsonl))
            with stream:
                return classify_cli.run_jsonl(stream, Classifier(), _result)
        text = classify_cli.read_text(args.file)
    except ValueError as exc:
        raise UserError(str(exc)) from None
    result = Classifier().classify([TextPart("text", text)])
    print(orjson.dumps(_result(result), option=orjson.OPT_INDENT_2).decode())
    return 0


def _result(result: Any) -> dict[str, Any]:
    out: dict[str, Any] = {
        "level": result.level.label,
        "findings": [
            {"type": f.type, "subtype": f.subtype, "start": f.start, "end": f.end}
            for f in result.findings
        ],
    }
    if result.unscannable:
        out["unscannable"] = list(result.unscannable)
    if result.error:
        out["error"] = result.error
    return out


class _OfflineEnv(Mapping[str, str]):
    """The environment for commands that never connect: unset credentials are placeholders."""

    def __getitem__(self, name: str) -> str:
        return os.environ.get(name, f"<unset:{name}>")

    def __contains__(self, name: object) -> bool:
        return True

    def __iter__(self) -> Iterator[str]:
        return iter(os.environ)

    def __len__(self) -> int:
        return len(os.environ)


def load_config_infos(config: Path) -> tuple[Any, dict[str, Any]]:
    """Settings and backend infos of a config file (for offline commands: nothing connects,
    so credentials that are not set do not matter)."""
    from proxy.runtime import load_infos
    from proxy.settings import load_settings

    if not config.is_file():
        raise UserError(f"{config}: cannot read: no such file (pass --config PATH)")
    env = _OfflineEnv()
    try:
        settings = load_settings(config, env)
        _, infos = load_infos(settings, env)
    except ConfigFileError as exc:
        raise UserError(str(exc)) from None
    return settings, infos


def cmd_backends(args: argparse.Namespace) -> int:
    """``sovproxy backends list``."""
    _, infos = load_config_infos(args.config)
    for info in infos.values():
        facts = info.facts
        print(
            f"{info.name}: protocol={info.protocol} tier={facts.tier} "
            f"us_reachable={str(facts.us_reachable).lower()} "
            f"cn_reachable={str(facts.cn_reachable).lower()} "
            f"jurisdictions={','.join(sorted(facts.jurisdictions))}"
        )
        print(f"  models: {', '.join(info.models) or '-'}")
        for index, hop in enumerate(info.hops):
            parent = f" parent={hop.parent_hq}" if hop.parent_hq else ""
            flag = " (unverified)" if hop.unverified else ""
            print(
                f"  hop {index}: {hop.role:12} {hop.operator} hq={hop.operator_hq}{parent} "
                f"location={hop.location}{flag}"
            )
    return 0


def cmd_policy(args: argparse.Namespace) -> int:
    """``sovproxy policy check|test|explain``."""
    from proxy.policy_cli import run

    return run(args)


def cmd_audit(args: argparse.Namespace) -> int:
    """``sovproxy audit verify|report``."""
    from proxy.audit_cli import run

    return run(args)


def cmd_bench(args: argparse.Namespace) -> int:
    """``sovproxy bench``."""
    from proxy.bench.cli import run

    return run(args)
