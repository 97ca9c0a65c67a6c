"""Rate-limit response fields a client understands (DESIGN §9).

- OpenAI's ``x-ratelimit-{limit,remaining,reset}-{requests,tokens}``: of the tightest scope (the
  one with the least left); ``reset`` is a duration such as ``1s``, ``6m0s`` or ``250ms``, the time
  until that limit is fully replenished. Sent on every response of a limited key.
- The IETF ``RateLimit-Policy`` and ``RateLimit`` fields (draft-ietf-httpapi-ratelimit-headers-10,
  structured-field lists): one policy item per limit and scope, named ``<scope>-<limit>``, e.g.
  ``RateLimit-Policy: "key-rpm";q=100;w=60, "team-concurrent";q=20;qu="concurrent-requests"``
  and ``RateLimit: "key-rpm";r=42;t=60``. Token limits are left out of these two fields: the
  draft's quota-unit registry has ``requests``, ``content-bytes`` and ``concurrent-requests``
  only, and a client reading ``q`` without a unit must assume requests.
- ``retry-after`` (whole seconds, at least 1) on a 429; never earlier than the refusing
  policy's ``t``. A request that no wait would let through (its token estimate alone is over a
  limit) gets ``x-should-retry: false`` instead, which the OpenAI and Anthropic SDKs obey.
- Budgets (per UTC day or month) are in none of the fields above (no registered unit, and
  OpenAI's fields are per minute). A request refused by a spent budget gets ``retry-after`` (until
  the budget's window starts again, up to a month) and ``x-should-retry: false``: an SDK's
  retry a few seconds later would only be refused again.
"""

from __future__ import annotations

import math
from collections.abc import Iterable

from proxy.fleet.limits import Standing, Verdict
from proxy.fleet.windows import WINDOW_S

_POLICY = {"requests": "rpm", "tokens": "tpm", "concurrent": "concurrent"}


def duration(seconds: float) -> str:
    """An OpenAI-style duration: ``250ms``, ``1s``, ``1.5s``, ``6m0s``."""
    ms = max(0, round(seconds * 1000))
    if ms < 1000:
        return f"{ms}ms"
    minutes, rest = divmod(ms, 60_000)
    secs = f"{rest / 1000:.3f}".rstrip("0").rstrip(".")
    return f"{minutes}m{secs}s" if minutes else f"{secs}s"


def _ceil_s(seconds: float) -> int:
    return max(0, math.ceil(seconds - 1e-9))


def _tightest(standings: Iterable[Standing], dimension: str) -> Standing | None:
    found = [s for s in standings if s.dimension == dimension]
    return min(found, key=lambda s: (s.remaining, -s.reset_s), default=None)


def openai_fields(standings: tuple[Standing, ...]) -> dict[str, str]:
    """``x-ratelimit-*`` for the requests and tokens limits that apply."""
    out: dict[str, str] = {}
    for dimension in ("requests", "tokens"):
        s = _tightest(standings, dimension)
        if s is not None:
            out[f"x-ratelimit-limit-{dimension}"] = str(s.limit)
            out[f"x-ratelimit-remaining-{dimension}"] = str(s.remaining)
            out[f"x-ratelimit-reset-{dimension}"] = duration(s.reset_s)
    return out


def _name(standing: Standing) -> str:
    return f'"{standing.scope.level}-{_POLICY[standing.dimension]}"'


def ietf_fields(standings: tuple[Standing, ...], refused: Standing | None) -> dict[str, str]:
    """``RateLimit-Policy`` and ``RateLimit`` (token limits left out: see the module docstring)."""
    policies, limits = [], []
    for s in standings:
        if s.dimension not in _POLICY or s.dimension == "tokens":
            continue
        if s.dimension == "concurrent":
            policies.append(f'{_name(s)};q={s.limit};qu="concurrent-requests"')
            limits.append(f"{_name(s)};r={s.remaining}")
            continue
        policies.append(f"{_name(s)};q={s.limit};w={int(WINDOW_S)}")
        reset = s.reset_s
        if refused is not None and refused.scope == s.scope and refused.dimension == s.dimension:
            reset = refused.wait_s if refused.wait_s is not None else reset
        limits.append(f"{_name(s)};r={s.remaining};t={_ceil_s(reset)}")
    if not policies:
        return {}
    return {"RateLimit-Policy": ", ".join(policies), "RateLimit": ", ".join(limits)}


def response_fields(verdict: Verdict) -> dict[str, str]:
    """Every rate-limit field for ``verdict``'s response (``retry-after`` on a refusal)."""
    out = openai_fields(verdict.standings) | ietf_fields(verdict.standings, verdict.refused)
    if verdict.refused is not None:
        wait = verdict.retry_after_s
        if wait is None or verdict.refused.dimension not in _POLICY:
            out["x-should-retry"] = "false"
        if wait is not None:
            out["retry-after"] = str(max(1, _ceil_s(wait)))
    return out
