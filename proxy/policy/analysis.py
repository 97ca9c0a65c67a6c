"""Static checks over a compiled policy: ceiling containment (errors) and lint (warnings).

Containment is the validator's half of invariant 1 (DESIGN §8): for every level a rule can match,
each pool in its ``to`` and ``fallback`` must lie inside that level's ceiling. The engine intersects
at run time anyway; rejecting the policy up front means an author learns of the conflict from
``policy check`` rather than from requests that are denied in production.

Shadowing is decided over the closed condition vocabulary: rule B is shadowed when an earlier
enforced rule (or an enforced guardrail) without ``unless`` matches every request B matches.
"""

from __future__ import annotations

from collections.abc import Mapping
from itertools import pairwise

from proxy.backends.model import BackendInfo
from proxy.policy._yaml import At
from proxy.policy.schema import LEVELS, Condition, GlobSet, Guardrail, Names, Pool, Rule


def check_ceilings(
    rules_at: At, rules: list[Rule], pools: Mapping[str, Pool], ceilings: tuple[frozenset[str], ...]
) -> None:
    """Raise ``PolicyError`` when a rule's ``to`` or ``fallback`` can leave a level's ceiling."""
    items = {
        str(item.value.get("id")): item for item in rules_at.seq() if isinstance(item.value, dict)
    }
    for rule in rules:
        if rule.action == "deny":
            continue
        levels = (
            (rule.route_as,) if rule.route_as is not None else sorted(rule.when.possible_levels())
        )
        at = items[rule.id]
        for key, refs in (("to", rule.to), ("fallback", rule.fallback)):
            for index, name in enumerate(refs):
                for level in levels:
                    outside = [m for m in pools[name].members if m not in ceilings[level]]
                    if outside:
                        at.child(key, None).child(index, name).fail(
                            f"pool {name!r} selects {', '.join(outside)}, outside "
                            f"allowed_pools.{level.label}, and this rule can match level "
                            f"{level.label}; narrow the rule's level or the pool"
                        )


def policy_warnings(
    file: str,
    pools: tuple[Pool, ...],
    guardrails: tuple[Guardrail, ...],
    rules: tuple[Rule, ...],
    ceilings: tuple[frozenset[str], ...],
    backends: Mapping[str, BackendInfo],
) -> tuple[str, ...]:
    """Warnings a policy author should see; none of them stops the policy from loading."""
    out: list[str] = []
    for pool in pools:
        missing = sorted((pool.selector.names or frozenset()) - set(backends))
        if missing:
            out.append(f"{file}: pool {pool.name!r} names unconfigured backends {missing}")
    for lower, higher in pairwise(LEVELS):
        extra = sorted(ceilings[higher] - ceilings[lower])
        if extra:
            out.append(
                f"{file}: allowed_pools.{higher.label} allows {extra}, which "
                f"allowed_pools.{lower.label} does not (ceilings usually shrink as levels rise)"
            )
    out.extend(_shadow_warnings(file, guardrails, rules))
    return tuple(out)


def _shadow_warnings(
    file: str, guardrails: tuple[Guardrail, ...], rules: tuple[Rule, ...]
) -> list[str]:
    out: list[str] = []
    for index, rule in enumerate(rules):
        where = f"{file}:{rule.line}: rule {rule.id!r}"
        if not rule.when.possible_levels():
            out.append(f"{where} can never match: its level conditions exclude every level")
            continue
        for guard in guardrails:
            if not guard.dry_run and guard.unless is None and covers(guard.when, rule.when):
                out.append(f"{where} is shadowed by guardrail {guard.id!r}, which denies first")
                break
        else:
            for earlier in rules[:index]:
                if (
                    not earlier.dry_run
                    and earlier.unless is None
                    and covers(earlier.when, rule.when)
                ):
                    out.append(
                        f"{where} (priority {rule.priority}) is shadowed by rule {earlier.id!r} "
                        f"(priority {earlier.priority}), which matches every request it matches"
                    )
                    break
    return out


def covers(a: Condition, b: Condition) -> bool:
    """True when every request matching ``b`` also matches ``a`` (conservative: may say no)."""
    if a.levels is not None and not b.possible_levels() <= a.levels:
        return False
    if a.unscannable is not None and a.unscannable != b.unscannable:
        return False
    pairs = ((a.tenant, b.tenant), (a.team, b.team), (a.model, b.model), (a.endpoint, b.endpoint))
    if not all(_names_cover(x, y) for x, y in pairs):
        return False
    return _findings_cover(a, b)


def _names_cover(a: Names | None, b: Names | None) -> bool:
    return a is None or (b is not None and a.covers(b))


def _within(inner: GlobSet, outer: GlobSet) -> bool:
    """Every finding that ``inner`` can match is matched by ``outer`` (known types only)."""
    return bool(inner.types) and not inner.sub_patterns and inner.types <= outer.types


def _findings_cover(a: Condition, b: Condition) -> bool:
    """``b`` guarantees a's ``findings.any``, each ``findings.all`` and ``findings.none``."""
    guaranteed = [*b.all_, *([b.any_] if b.any_ is not None else [])]
    if a.any_ is not None and not any(_within(g, a.any_) for g in guaranteed):
        return False
    for need in a.all_:
        if not any(_within(g, need) for g in guaranteed):
            return False
    if a.none is not None:
        return b.none is not None and not a.none.sub_patterns and a.none.types <= b.none.types
    return True
