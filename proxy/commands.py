"""What each CLI command does (the library side of ``cli.py``)."""

from __future__ import annotations

import argparse
import ipaddress
from pathlib import Path
from typing import Any

import orjson

from proxy.yamlio import ConfigFileError, OfflineEnv


class UserError(Exception):
    """A problem the user can fix (bad config, missing file): printed without a traceback."""


def cmd_serve(args: argparse.Namespace) -> int:
    """``sovproxy serve``."""
    from proxy.serve import StartError, serve
    from proxy.settings import load_settings

    config = args.config or _default_config()
    if config is None and not Path("backends.yaml").is_file():
        raise UserError(
            f"no configuration: config/sovproxy.yaml is not in {Path.cwd()}; pass --config PATH"
        )
    try:
        settings = load_settings(config)
        _preflight(settings, config)
        _refuse_open_access(settings, args.host or settings.listen.host, config)
        _refuse_split_limits(settings, args.workers, config)
        delay = settings.drain.delay_s if args.drain_delay is None else args.drain_delay
        drain = _drain(delay, settings.drain.grace_s if args.grace is None else args.grace)
        return serve(settings, host=args.host, port=args.port, workers=args.workers, drain=drain)
    except (ConfigFileError, StartError) as exc:
        raise UserError(str(exc)) from None


def _refuse_split_limits(settings: Any, workers: int, config: Path | None) -> None:
    """Limits with several workers and no shared state would be enforced once per worker."""
    from proxy.fleet.keys_file import split_limits_error

    if settings.state.redis_url is not None:
        return  # the workers count in Redis together

    problem = split_limits_error(settings.auth, settings.resolve, workers)
    if problem is not None:
        raise UserError(f"{config or 'settings'}: {problem}")


def _drain(delay_s: float, grace_s: float) -> Any:
    """``--drain-delay`` and ``--grace`` as a :class:`proxy.serve.Drain`; negative is refused."""
    from proxy.serve import Drain

    for name, value in (("--drain-delay", delay_s), ("--grace", grace_s)):
        if not value >= 0:
            raise UserError(f"{name} must be 0 or more seconds, not {value}")
    return Drain(delay_s=delay_s, grace_s=grace_s)


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


#: Keys that ship in example configs: fine on loopback, refused on any other address.
DEV_KEYS = frozenset({"change-me-local-dev-key"})
MIN_KEY_CHARS = 16


def _refuse_open_access(settings: Any, host: str, config: Path | None) -> None:
    """On an address other than loopback, refuse ``auth: none``, a development key and a key
    shorter than :data:`MIN_KEY_CHARS` (anyone reaching the port could spend the backends)."""
    if _loopback(host):
        return
    if settings.auth == "none":
        raise UserError(
            f"{config or 'settings'}: auth: refusing to listen on {host} without client keys "
            "(`auth: none` is for 127.0.0.1 only); configure auth.keys"
        )
    for index, key in enumerate(settings.auth.keys):
        secret = key.key.get_secret_value() if key.key is not None else None
        if secret is not None and (secret in DEV_KEYS or len(secret) < MIN_KEY_CHARS):
            raise UserError(
                f"{config or 'settings'}: auth.keys[{index}].key: refusing to listen on {host} "
                f"with the development key or one shorter than {MIN_KEY_CHARS} characters; set "
                "a long random key (the shipped config reads SOVPROXY_APP_KEY: "
                "`export SOVPROXY_APP_KEY=$(openssl rand -hex 24)`)"
            )


def _loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


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
    from proxy.pattern_cache import default_directory, store_at

    store = store_at(default_directory())

    try:
        if args.jsonl is not None:
            stream = classify_cli.open_binary(str(args.jsonl))
            with stream:
                return classify_cli.run_jsonl(stream, Classifier(store=store), _result)
        text = classify_cli.read_text(args.file)
    except ValueError as exc:
        raise UserError(str(exc)) from None
    result = Classifier(store=store).classify([TextPart("text", text)])
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


def load_config_infos(config: Path) -> tuple[Any, dict[str, Any]]:
    """Settings and backend infos of a config file (for offline commands: nothing connects,
    so credentials that are not set do not matter)."""
    from proxy.runtime import load_infos
    from proxy.settings import load_settings

    if not config.is_file():
        raise UserError(f"{config}: cannot read: no such file (pass --config PATH)")
    env = OfflineEnv()
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
            flag = " (self-operated)" if hop.is_self_operated else ""
            flag += " (unverified)" if hop.unverified else ""
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


def cmd_keys(args: argparse.Namespace) -> int:
    """``sovproxy keys create|list|revoke``."""
    from proxy.keys_cli import run

    return run(args)


def cmd_bench(args: argparse.Namespace) -> int:
    """``sovproxy bench``."""
    from proxy.bench.cli import run

    return run(args)
