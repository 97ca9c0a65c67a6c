"""Compile ``when`` / ``unless`` blocks (a closed vocabulary) into ``Condition`` objects.

The vocabulary is closed on purpose: a misspelt key or finding type would otherwise never match
and silently weaken a policy, so each is an error naming its line. Finding-type globs are checked
against the taxonomy (``FINDING_TYPES``): a pattern must match a known type (``secret.*``) or
name a subtype of one (``pii.national_id.fr.*``, ``marking.restricted``).
"""

from __future__ import annotations

from fnmatch import fnmatchcase

from proxy.classify.subtypes import subtype_error
from proxy.classify.taxonomy import FINDING_TYPES, Level
from proxy.policy._yaml import At
from proxy.policy.schema import LEVELS, Condition, GlobSet, Names

CONDITION_KEYS: tuple[str, ...] = (
    "level.in",
    "level.gte",
    "level.lte",
    "findings.any",
    "findings.all",
    "findings.none",
    "unscannable",
    "tenant.in",
    "team.in",
    "model.in",
    "endpoint.in",
)

#: The endpoint names requests carry (DESIGN §6 paths): ``endpoint.in`` may only name these.
ENDPOINTS: tuple[str, ...] = (
    "chat.completions",
    "completions",
    "embeddings",
    "responses",
    "messages",
    "messages.count_tokens",
)
_GLOB_CHARS = frozenset("*?[")


def compile_condition(at: At) -> Condition:
    """Validate and compile one condition mapping; an empty mapping is an error."""
    keys = at.mapping(CONDITION_KEYS)
    if not keys:
        at.fail("empty condition; name at least one of " + ", ".join(CONDITION_KEYS))
    any_ = compile_globs(keys["findings.any"]) if "findings.any" in keys else None
    none = compile_globs(keys["findings.none"]) if "findings.none" in keys else None
    all_ = tuple(compile_globs(item, single=True) for item in _items(keys.get("findings.all")))
    unscannable = keys["unscannable"].boolean() if "unscannable" in keys else None
    return Condition(
        levels=_levels(keys),
        any_=any_,
        all_=all_,
        none=none,
        unscannable=unscannable,
        tenant=_names(keys.get("tenant.in")),
        team=_names(keys.get("team.in")),
        model=_names(keys.get("model.in")),
        endpoint=_endpoints(keys.get("endpoint.in")),
    )


def _items(at: At | None) -> list[At]:
    if at is None:
        return []
    items = at.seq()
    if not items:
        at.fail("must list at least one finding type")
    return items


def _levels(keys: dict[str, At]) -> frozenset[Level] | None:
    """Merge ``level.in``, ``level.gte`` and ``level.lte`` into one set (their intersection)."""
    levels: set[Level] | None = None
    if "level.in" in keys:
        items = keys["level.in"].seq()
        if not items:
            keys["level.in"].fail("must list at least one level")
        levels = {item.level() for item in items}
    if "level.gte" in keys:
        floor = keys["level.gte"].level()
        levels = (levels if levels is not None else set(LEVELS)) & {x for x in LEVELS if x >= floor}
    if "level.lte" in keys:
        top = keys["level.lte"].level()
        levels = (levels if levels is not None else set(LEVELS)) & {x for x in LEVELS if x <= top}
    return frozenset(levels) if levels is not None else None


def _names(at: At | None) -> Names | None:
    if at is None:
        return None
    values = at.strings()
    if not values:
        at.fail("must list at least one name")
    exact = frozenset(v for v in values if _GLOB_CHARS.isdisjoint(v))
    globs = tuple(v for v in values if not _GLOB_CHARS.isdisjoint(v))
    return Names(exact, globs)


def _endpoints(at: At | None) -> Names | None:
    """``endpoint.in``: names or globs, each matching at least one known endpoint."""
    names = _names(at)
    if at is not None:
        for index, item in enumerate(at.seq()):
            if not any(fnmatchcase(known, item.string()) for known in ENDPOINTS):
                at.child(index, item.value).fail(
                    f"unknown endpoint {item.string()!r}; expected one of {', '.join(ENDPOINTS)}"
                )
    return names


def compile_globs(at: At, *, single: bool = False) -> GlobSet:
    """Compile a list of finding-type patterns (or one pattern when ``single``)."""
    items = [at] if single else _items(at)
    patterns: list[str] = []
    types: set[str] = set()
    sub: list[str] = []
    for item in items:
        pattern = item.string()
        matched = {name for name in FINDING_TYPES if fnmatchcase(name, pattern)}
        is_sub = any(pattern.startswith(name + ".") for name in FINDING_TYPES)
        if not matched and not is_sub:
            item.fail(f"unknown finding type {pattern!r}")
        problem = subtype_error(pattern) if is_sub else None
        if problem is not None:
            item.fail(problem)
        patterns.append(pattern)
        types |= matched
        if is_sub:
            sub.append(pattern)
    return GlobSet(tuple(patterns), frozenset(types), tuple(sub))
