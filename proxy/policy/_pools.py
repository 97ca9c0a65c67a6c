"""Compile ``spec.pools``: attribute selectors over backends, resolved at load time.

Pools select by derived pipe facts (``tier``, ``us_reachable``, ``cn_reachable``,
``jurisdictions_within``, ``zdr``) or by ``names``, so one policy works on any deployment. All keys
of a selector must hold (AND). A pool that selects no configured backend is an error: it is almost
always a typo or a policy written for another deployment, and routing to it would silently deny.
"""

from __future__ import annotations

import re
from collections.abc import Mapping

from proxy.backends.model import EU_EEA, BackendInfo
from proxy.policy._yaml import At, PolicyError, PolicyErrors
from proxy.policy.schema import Pool, Selector

SELECTOR_KEYS = ("tier", "us_reachable", "cn_reachable", "jurisdictions_within", "zdr", "names")
TIERS = ("self_hosted", "eu_only", "hyperscaler")
#: Shorthands accepted in ``jurisdictions_within``.
REGIONS: dict[str, frozenset[str]] = {"EU": EU_EEA, "EEA": EU_EEA}
_CODE = re.compile(r"^[A-Z]{2}$")


def compile_pools(at: At, backends: Mapping[str, BackendInfo]) -> tuple[Pool, ...]:
    """Validate every pool and resolve it to the backends it selects, in configuration order."""
    pools: list[Pool] = []
    problems: list[PolicyError] = []  # every pool's problem, not the first only
    for name, item in at.items():
        try:
            selector = _selector(item)
            members = tuple(b.name for b in backends.values() if selector.selects(b))
            if not members:
                item.fail(f"pool {name!r} selects no configured backend")
        except PolicyError as exc:
            problems.append(exc)
            continue
        pools.append(Pool(name, selector, members))
    if problems:
        raise PolicyErrors(problems)
    if not pools:
        at.fail("define at least one pool")
    return tuple(pools)


def _selector(at: At) -> Selector:
    keys = at.mapping(SELECTOR_KEYS)
    if not keys:
        at.fail("empty selector; name at least one of " + ", ".join(SELECTOR_KEYS))
    flags = {k: keys[k].boolean() for k in ("us_reachable", "cn_reachable", "zdr") if k in keys}
    tier = None
    if "tier" in keys:
        item = keys["tier"]
        items = item.seq() if isinstance(item.value, list) else [item]
        tier = frozenset(i.choice(TIERS) for i in items)
    return Selector(
        tier=tier,
        us_reachable=flags.get("us_reachable"),
        cn_reachable=flags.get("cn_reachable"),
        jurisdictions_within=_codes(keys["jurisdictions_within"])
        if "jurisdictions_within" in keys
        else None,
        zdr=flags.get("zdr"),
        names=frozenset(keys["names"].strings()) if "names" in keys else None,
    )


def _codes(at: At) -> frozenset[str]:
    codes: set[str] = set()
    for item in at.seq():
        code = item.string()
        if code in REGIONS:
            codes |= REGIONS[code]
        elif _CODE.match(code):
            codes.add(code)
        else:
            item.fail(f"expected an ISO 3166 alpha-2 code, EU or EEA, got {code!r}")
    return frozenset(codes)
