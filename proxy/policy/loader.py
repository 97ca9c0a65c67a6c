"""Load, validate and compile a routing policy file (DESIGN §5).

``load_policy`` reads the file once, hashes those exact bytes, parses them keeping line numbers,
checks everything that can be checked before a request arrives, and returns a frozen ``Policy``.
Any problem raises ``PolicyError`` naming file, line and key; nothing half-valid is ever returned,
so a caller that keeps the previous policy on error can never activate a broken one.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterable, Mapping
from dataclasses import replace
from pathlib import Path
from typing import Literal, TypeVar, cast

from proxy.backends.model import BackendInfo
from proxy.classify.taxonomy import DEFAULT_LEVELS, FINDING_TYPES, Level
from proxy.policy._conditions import compile_condition, compile_globs
from proxy.policy._pools import compile_pools
from proxy.policy._yaml import At, PolicyError, PolicyErrors, parse_yaml
from proxy.policy.analysis import check_ceilings, policy_warnings
from proxy.policy.schema import ACTIONS, LEVELS, Condition, Guardrail, PolicyAction, Pool, Rule
from proxy.policy.schema import Policy as Policy

__all__ = ["Policy", "PolicyError", "check_policy", "load_policy", "parse_policy"]

API_VERSION = "sovproxy.dev/v1"
KIND = "RoutingPolicy"
_SPEC_KEYS = (
    "description",
    "default",
    "on_classifier_error",
    "unscannable_as",
    "levels",
    "pools",
    "allowed_pools",
    "guardrails",
    "rules",
)
_GUARDRAIL_KEYS = ("id", "description", "when", "unless", "action", "reason", "mode")
_RULE_KEYS = (
    "id",
    "description",
    "priority",
    "when",
    "unless",
    "action",
    "to",
    "fallback",
    "reason",
    "redact",
    "route_as",
    "mode",
)


def load_policy(path: Path, backends: Mapping[str, BackendInfo]) -> Policy:
    """Read, validate and compile the policy at ``path`` against the configured ``backends``."""
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise PolicyError(f"cannot read policy: {exc.strerror}", file=str(path)) from None
    return parse_policy(data, path, backends)


def check_policy(path: Path, backends: Mapping[str, BackendInfo]) -> list[str]:
    """Validate the policy at ``path``; return its warnings (errors raise ``PolicyError``)."""
    return list(load_policy(path, backends).warnings)


def parse_policy(data: bytes, path: Path, backends: Mapping[str, BackendInfo]) -> Policy:
    """Validate and compile policy ``data`` (the bytes of ``path``, which is used in messages)."""
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        raise PolicyError("policy is not UTF-8 text", file=str(path)) from None
    try:
        root = parse_yaml(text, str(path)).at()
    except RecursionError:  # PyYAML recurses per nesting level; an alias may refer to itself
        raise PolicyError(
            "YAML nests too deeply or an alias contains itself", file=str(path)
        ) from None
    top = root.mapping(("apiVersion", "kind", "metadata", "spec"), ("apiVersion", "kind", "spec"))
    if top["apiVersion"].string() != API_VERSION:
        top["apiVersion"].fail(f"expected {API_VERSION!r}")
    if top["kind"].string() != KIND:
        top["kind"].fail(f"expected {KIND!r}")
    meta = top["metadata"] if "metadata" in top else root.child("metadata", {})
    fields = meta.mapping(("name", "version", "owner", "description", "labels"), ("name",))
    spec = top["spec"].mapping(_SPEC_KEYS, ("pools", "allowed_pools", "rules"))
    header = Policy(
        name=fields["name"].string(),
        version=fields["version"].string() if "version" in fields else "0",
        owner=fields["owner"].string() if "owner" in fields else "",
        sha256=hashlib.sha256(data).hexdigest(),
        path=path,
    )
    return _compile_spec(header, spec, backends)


def _compile_spec(
    header: Policy, spec: dict[str, At], backends: Mapping[str, BackendInfo]
) -> Policy:
    """Compile the ``spec`` members into the policy ``header`` (name, version, digest) names."""
    if "default" in spec:
        spec["default"].choice(("deny",))
    on_error = "deny"
    if "on_classifier_error" in spec:
        on_error = spec["on_classifier_error"].choice(("deny", "restricted"))
    unscannable_as = (
        spec["unscannable_as"].level() if "unscannable_as" in spec else Level.RESTRICTED
    )
    overrides = _level_overrides(spec["levels"]) if "levels" in spec else ()
    pools = compile_pools(spec["pools"], backends)
    allowed, ceilings = _allowed_pools(spec["allowed_pools"], pools)
    by_name = {pool.name: pool for pool in pools}
    problems: list[PolicyError] = []  # every guardrail's and rule's problems, not the first only
    guardrails = tuple(_each(problems, _guardrail, _seq(spec.get("guardrails"))))
    compiled = _each(problems, lambda at: _rule(at, by_name, ceilings), _seq(spec["rules"]))
    if problems:
        raise PolicyErrors(problems)
    rules = sorted(compiled, key=lambda r: r.priority)
    _check_unique(guardrails, rules, spec)
    check_ceilings(spec["rules"], rules, by_name, ceilings)
    file = str(header.path)
    return replace(
        header,
        on_classifier_error=cast(Literal["deny", "restricted"], on_error),
        unscannable_as=unscannable_as,
        level_overrides=overrides,
        pools=pools,
        allowed_pools=allowed,
        ceilings=ceilings,
        guardrails=guardrails,
        rules=tuple(rules),
        backends=tuple(backends),
        warnings=policy_warnings(file, pools, guardrails, tuple(rules), ceilings, backends),
    )


T = TypeVar("T")


def _each(problems: list[PolicyError], compile_one: Callable[[At], T], items: list[At]) -> list[T]:
    """``compile_one`` of each item; an item's error is added to ``problems`` and skipped."""
    out: list[T] = []
    for item in items:
        try:
            out.append(compile_one(item))
        except PolicyError as exc:
            problems.append(exc)
    return out


def _seq(at: At | None) -> list[At]:
    return [] if at is None else at.seq()


def _level_overrides(at: At) -> tuple[tuple[str, Level], ...]:
    """``spec.levels``: finding type → level; it may only raise a type above its default."""
    out: list[tuple[str, Level]] = []
    for name, item in at.items():
        if name not in FINDING_TYPES:
            item.fail(f"unknown finding type {name!r}")
        level = item.level()
        floor = Level.INTERNAL if name == "marking" else DEFAULT_LEVELS[name]
        if level < floor:
            item.fail(f"may only raise a level; {name} is at least {floor.label}")
        out.append((name, level))
    return tuple(out)


def _allowed_pools(
    at: At, pools: tuple[Pool, ...]
) -> tuple[tuple[tuple[str, ...], ...], tuple[frozenset[str], ...]]:
    """``allowed_pools``: every level must be listed (``[]`` means nothing may receive it)."""
    by_name = {pool.name: pool for pool in pools}
    listed: dict[Level, tuple[str, ...]] = {}
    for name, item in at.items():
        level = at.child(name, name).level()
        if level in listed:
            item.fail(f"level {level.label!r} listed twice")
        names = item.strings()
        for index, pool_name in enumerate(names):
            if pool_name not in by_name:
                item.child(index, pool_name).fail(f"unknown pool {pool_name!r}")
        listed[level] = names
    for level in LEVELS:
        if level not in listed:
            at.fail(f"missing level {level.label!r} (write [] to allow no backend)")
    allowed = tuple(listed[level] for level in LEVELS)
    ceilings = tuple(
        frozenset(member for name in names for member in by_name[name].members) for names in allowed
    )
    return allowed, ceilings


def _mode(keys: dict[str, At]) -> bool:
    return "mode" in keys and keys["mode"].choice(("enforce", "dry_run")) == "dry_run"


def _guardrail(at: At) -> Guardrail:
    keys = at.mapping(_GUARDRAIL_KEYS, ("id", "when"))
    if "action" in keys:
        keys["action"].choice(("deny",))
    return Guardrail(
        id=keys["id"].string(),
        when=compile_condition(keys["when"]),
        unless=compile_condition(keys["unless"]) if "unless" in keys else None,
        reason=keys["reason"].string() if "reason" in keys else "guardrail",
        dry_run=_mode(keys),
        line=at.line,
    )


def _rule(at: At, pools: dict[str, Pool], ceilings: tuple[frozenset[str], ...]) -> Rule:
    keys = at.mapping(_RULE_KEYS, ("id", "priority", "action"))
    action = cast(PolicyAction, keys["action"].choice(ACTIONS))
    _check_action_keys(keys, action)
    to = _pool_refs(keys.get("to"), pools)
    fallback = _pool_refs(keys.get("fallback"), pools)
    route_as = keys["route_as"].level() if "route_as" in keys else None
    redact = compile_globs(keys["redact"]).patterns if "redact" in keys else ()
    names = _dedup(m for name in (*to, *fallback) for m in pools[name].members)
    candidates = tuple(tuple(n for n in names if n in ceiling) for ceiling in ceilings)
    return Rule(
        id=keys["id"].string(),
        priority=keys["priority"].integer(),
        when=compile_condition(keys["when"]) if "when" in keys else _ALWAYS,
        unless=compile_condition(keys["unless"]) if "unless" in keys else None,
        action=action,
        to=to,
        fallback=fallback,
        reason=keys["reason"].string() if "reason" in keys else None,
        redact=redact,
        route_as=route_as,
        dry_run=_mode(keys),
        candidates=candidates,
        line=at.line,
    )


def _check_action_keys(keys: dict[str, At], action: PolicyAction) -> None:
    """Each action takes its own keys: a ``deny`` with ``to`` is a mistake worth stopping."""
    needs = {"route": ("to",), "deny": (), "redact_then_route": ("to", "redact", "route_as")}
    forbids = {
        "route": ("redact", "route_as"),
        "deny": ("to", "fallback", "redact", "route_as"),
        "redact_then_route": (),
    }
    for key in needs[action]:
        if key not in keys:
            keys["action"].fail(f"action {action!r} requires {key!r}")
    for key in forbids[action]:
        if key in keys:
            keys[key].fail(f"not allowed with action {action!r}")


def _pool_refs(at: At | None, pools: dict[str, Pool]) -> tuple[str, ...]:
    if at is None:
        return ()
    names = at.seq()
    for item in names:
        if item.string() not in pools:
            item.fail(f"unknown pool {item.string()!r}")
    return tuple(item.string() for item in names)


def _dedup(names: Iterable[str]) -> tuple[str, ...]:
    return tuple(dict.fromkeys(names))


def _check_unique(
    guardrails: tuple[Guardrail, ...], rules: list[Rule], spec: dict[str, At]
) -> None:
    """Ids (across guardrails and rules) and priorities must be unique: they are audit keys."""
    seen_ids: set[str] = set()
    seen_priorities: dict[int, str] = {}
    for kind, items in (("guardrails", guardrails), ("rules", rules)):
        for item in items:
            if item.id in seen_ids or item.id == "default":
                _locate(spec, kind, item.id).child("id", item.id).fail(
                    f"duplicate or reserved id {item.id!r}"
                )
            seen_ids.add(item.id)
    for rule in rules:
        if rule.priority in seen_priorities:
            other = seen_priorities[rule.priority]
            _locate(spec, "rules", rule.id).child("priority", rule.priority).fail(
                f"priority {rule.priority} already used by rule {other!r}"
            )
        seen_priorities[rule.priority] = rule.id


def _locate(spec: dict[str, At], kind: str, rule_id: str) -> At:
    """The last item of ``spec[kind]`` whose id is ``rule_id`` (to point errors at its line)."""
    found = [
        item
        for item in spec[kind].seq()
        if isinstance(item.value, dict) and item.value.get("id") == rule_id
    ]
    return found[-1]


_ALWAYS = Condition()
