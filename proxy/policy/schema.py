"""The compiled, frozen form of a routing policy (DESIGN §5), and how its conditions match.

``loader.py`` validates YAML and builds these objects once; ``engine.py`` only reads them. Every
set the engine needs per request is precomputed here: finding globs are expanded to the closed
set of known finding types, pools are resolved to backend names, and each rule carries its
candidate list for every level, already intersected with that level's ceiling (``allowed_pools``).
The per-request work is therefore set lookups, which keeps a 50-rule decision in microseconds.
"""

from __future__ import annotations

from dataclasses import dataclass
from fnmatch import fnmatchcase
from pathlib import Path
from typing import Literal

from proxy.backends.model import BackendInfo
from proxy.classify.taxonomy import Level
from proxy.policy._yaml import PolicyError

__all__ = [
    "ACTIONS",
    "Condition",
    "Context",
    "GlobSet",
    "Guardrail",
    "Names",
    "Policy",
    "PolicyError",
    "Pool",
    "Rule",
    "Selector",
]

PolicyAction = Literal["route", "deny", "redact_then_route"]
ACTIONS: tuple[PolicyAction, ...] = ("route", "deny", "redact_then_route")
LEVELS: tuple[Level, ...] = tuple(Level)


@dataclass(frozen=True, slots=True)
class Context:
    """What conditions look at for one request, computed once per decision.

    ``types`` are the known finding types present; ``subkeys`` are ``type.subtype`` strings (for
    subtype patterns such as ``pii.national_id.fr.*``); ``unknown`` are finding types outside the
    taxonomy, matched against every pattern so that an unforeseen type still meets a glob.
    """

    level: Level
    types: frozenset[str]
    subkeys: frozenset[str]
    unknown: frozenset[str]
    unscannable: bool
    tenant: str
    team: str | None
    model: str
    endpoint: str


@dataclass(frozen=True, slots=True)
class GlobSet:
    """Finding-type patterns, with the known types they match expanded at load time."""

    patterns: tuple[str, ...]
    types: frozenset[str]
    sub_patterns: tuple[str, ...] = ()

    def hit(self, ctx: Context) -> bool:
        """True when some finding of the request matches some pattern."""
        if not self.types.isdisjoint(ctx.types):
            return True
        if self.sub_patterns and _any_match(ctx.subkeys, self.sub_patterns):
            return True
        return bool(ctx.unknown) and _any_match(ctx.unknown, self.patterns)


def _any_match(values: frozenset[str], patterns: tuple[str, ...]) -> bool:
    return any(fnmatchcase(value, pattern) for value in values for pattern in patterns)


@dataclass(frozen=True, slots=True)
class Names:
    """A set of names and globs (tenants, teams, models, endpoints)."""

    exact: frozenset[str]
    globs: tuple[str, ...] = ()

    def match(self, value: str | None) -> bool:
        """True when ``value`` is one of the names or matches one of the globs."""
        if value is None:
            return False
        if value in self.exact:
            return True
        return any(fnmatchcase(value, glob) for glob in self.globs)

    def covers(self, other: Names) -> bool:
        """True when every name ``other`` accepts is accepted here (globs compared as text)."""
        return all(self.match(name) for name in (*other.exact, *other.globs))

    def listing(self) -> list[str]:
        """The names and globs, sorted, for explanations."""
        return sorted((*self.exact, *self.globs))


@dataclass(frozen=True, slots=True)
class Condition:
    """A ``when`` or ``unless`` block: every key present must hold (logical AND).

    ``levels`` merges ``level.in``, ``level.gte`` and ``level.lte`` into one set. ``all_`` holds one
    ``GlobSet`` per ``findings.all`` pattern, since each pattern must be met on its own.
    """

    levels: frozenset[Level] | None = None
    any_: GlobSet | None = None
    all_: tuple[GlobSet, ...] = ()
    none: GlobSet | None = None
    unscannable: bool | None = None
    tenant: Names | None = None
    team: Names | None = None
    model: Names | None = None
    endpoint: Names | None = None

    def failing(self, ctx: Context) -> str | None:
        """The first key that does not hold for ``ctx``, or ``None`` when all hold."""
        if self.levels is not None and ctx.level not in self.levels:
            return "level"
        if self.any_ is not None and not self.any_.hit(ctx):
            return "findings.any"
        for pattern in self.all_:
            if not pattern.hit(ctx):
                return "findings.all"
        if self.none is not None and self.none.hit(ctx):
            return "findings.none"
        if self.unscannable is not None and self.unscannable != ctx.unscannable:
            return "unscannable"
        if self.tenant is not None and not self.tenant.match(ctx.tenant):
            return "tenant.in"
        if self.team is not None and not self.team.match(ctx.team):
            return "team.in"
        if self.model is not None and not self.model.match(ctx.model):
            return "model.in"
        if self.endpoint is not None and not self.endpoint.match(ctx.endpoint):
            return "endpoint.in"
        return None

    def possible_levels(self) -> frozenset[Level]:
        """The effective levels at which this condition can hold."""
        return self.levels if self.levels is not None else frozenset(LEVELS)


@dataclass(frozen=True, slots=True)
class Selector:
    """A pool's attribute selector; every field that is set must hold (logical AND)."""

    tier: frozenset[str] | None = None
    us_reachable: bool | None = None
    cn_reachable: bool | None = None
    jurisdictions_within: frozenset[str] | None = None
    zdr: bool | None = None
    names: frozenset[str] | None = None

    def selects(self, backend: BackendInfo) -> bool:
        """True when ``backend`` (its derived pipe facts) satisfies every set field."""
        facts = backend.facts
        return (
            (self.tier is None or facts.tier in self.tier)
            and (self.us_reachable is None or facts.us_reachable == self.us_reachable)
            and (self.cn_reachable is None or facts.cn_reachable == self.cn_reachable)
            and (
                self.jurisdictions_within is None
                or facts.jurisdictions <= self.jurisdictions_within
            )
            and (self.zdr is None or backend.zdr == self.zdr)
            and (self.names is None or backend.name in self.names)
        )

    def describe(self) -> dict[str, object]:
        """The set fields as JSON-able values (sets sorted)."""
        out: dict[str, object] = {}
        for key in ("tier", "us_reachable", "cn_reachable", "jurisdictions_within", "zdr", "names"):
            value = getattr(self, key)
            if value is not None:
                out[key] = sorted(value) if isinstance(value, frozenset) else value
        return out


@dataclass(frozen=True, slots=True)
class Pool:
    """A named selector over backends, resolved to the backends it selects (config order)."""

    name: str
    selector: Selector
    members: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class Guardrail:
    """A deny-overrides check evaluated before every rule; order does not matter."""

    id: str
    when: Condition
    unless: Condition | None
    reason: str
    dry_run: bool = False
    line: int | None = None

    def matches(self, ctx: Context) -> bool:
        """True when ``when`` holds and ``unless`` (if any) does not."""
        return self.when.failing(ctx) is None and (
            self.unless is None or self.unless.failing(ctx) is not None
        )


@dataclass(frozen=True, slots=True)
class Rule:
    """A routing rule; the first enforced rule (by priority) whose condition matches decides.

    ``candidates[level]`` is ``to`` then ``fallback`` resolved to backend names, deduplicated and
    already intersected with the ceiling of that level: the engine can only ever pick from it.
    """

    id: str
    priority: int
    when: Condition
    unless: Condition | None
    action: PolicyAction
    to: tuple[str, ...] = ()
    fallback: tuple[str, ...] = ()
    reason: str | None = None
    redact: tuple[str, ...] = ()
    route_as: Level | None = None
    dry_run: bool = False
    candidates: tuple[tuple[str, ...], ...] = ((), (), (), ())
    line: int | None = None

    def matches(self, ctx: Context) -> bool:
        """True when ``when`` holds and ``unless`` (if any) does not."""
        return self.when.failing(ctx) is None and (
            self.unless is None or self.unless.failing(ctx) is not None
        )


@dataclass(frozen=True, slots=True)
class Policy:
    """A validated, compiled routing policy; immutable, so a reload is one reference swap.

    ``ceilings[level]`` is the set of backend names ``allowed_pools[level]`` allows.
    ``level_overrides`` raises finding types to a higher level than the taxonomy default.
    """

    name: str
    version: str
    owner: str
    sha256: str
    path: Path
    on_classifier_error: Literal["deny", "restricted"] = "deny"
    unscannable_as: Level = Level.RESTRICTED
    level_overrides: tuple[tuple[str, Level], ...] = ()
    pools: tuple[Pool, ...] = ()
    allowed_pools: tuple[tuple[str, ...], ...] = ((), (), (), ())
    ceilings: tuple[frozenset[str], ...] = (frozenset(),) * 4
    guardrails: tuple[Guardrail, ...] = ()
    rules: tuple[Rule, ...] = ()
    backends: tuple[str, ...] = ()
    default: Literal["deny"] = "deny"
    warnings: tuple[str, ...] = ()

    def rule_ids(self) -> tuple[str, ...]:
        """Guardrail ids then rule ids, in evaluation order (what coverage counts)."""
        return (*(g.id for g in self.guardrails), *(r.id for r in self.rules))

    def pool(self, name: str) -> Pool:
        """The pool called ``name``; ``KeyError`` when there is none."""
        for pool in self.pools:
            if pool.name == name:
                return pool
        raise KeyError(name)
