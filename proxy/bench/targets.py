"""What the bench measures: one target per backend and path (direct, or through the proxy).

A direct target sends with the same upstream client the proxy uses. A proxy target sends the
same request to a running sovproxy, naming the backend's concrete model so the policy routes it
there; the answer's ``x-sovproxy-backend`` header must confirm it, else the request counts as an
error of kind ``routed_elsewhere``.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from pydantic import SecretStr

from proxy.backends import h1
from proxy.backends.upstream import Backend
from proxy.commands import UserError


@dataclass(frozen=True, slots=True)
class Target:
    """One backend reached one way."""

    backend: Backend  # where requests are sent (the proxy itself for a proxy target)
    name: str  # the measured backend's name
    path: str  # "direct" or "proxy"
    model: str  # the model name sent
    tier: str
    jurisdictions: tuple[str, ...]
    us_reachable: bool

    @property
    def key(self) -> str:
        """``name`` or ``name via proxy``: unique in a run."""
        return self.name if self.path == "direct" else f"{self.name} via proxy"

    @property
    def protocol(self) -> str:
        """The wire protocol of the requests sent."""
        return self.backend.protocol


def _model_for(backend: Backend, model: str | None) -> str | None:
    if model is not None:
        return model if backend.info.serves(model) else None
    return backend.info.models[0] if backend.info.models else None


def select(
    backends: Mapping[str, Backend], model: str | None, only: Sequence[str] | None
) -> dict[str, tuple[Backend, str]]:
    """The backends to measure with the model each is asked for; a clear error when an option
    names a backend or model that is not configured."""
    if only:
        unknown = sorted(set(only) - set(backends))
        if unknown:
            known = ", ".join(sorted(backends)) or "none"
            raise UserError(f"--backends: unknown backend(s) {', '.join(unknown)} (known: {known})")
    chosen = {}
    for name, backend in backends.items():
        if only and name not in only:
            continue
        served = _model_for(backend, model)
        if served is not None:
            chosen[name] = (backend, served)
    if not chosen:
        if model is not None:
            raise UserError(f"--model: no selected backend serves {model!r}")
        raise UserError("no backend to measure: none declares a model")
    return chosen


def direct_targets(chosen: Mapping[str, tuple[Backend, str]]) -> list[Target]:
    """Each backend reached with the upstream client."""
    return [
        _target(backend, backend, name, "direct", model)
        for name, (backend, model) in chosen.items()
    ]


def proxy_targets(
    chosen: Mapping[str, tuple[Backend, str]], base_url: str, session: h1.Pool, api_key: str | None
) -> list[Target]:
    """Each backend reached through the proxy at ``base_url`` (OpenAI Chat Completions)."""
    out = []
    for name, (backend, model) in chosen.items():
        concrete = backend.info.concrete_model(model)
        spec = backend.spec.model_copy(
            update={
                "protocol": "openai",
                "base_url": f"{base_url}/v1",
                "api_key": SecretStr(api_key) if api_key else None,
                "api_version": None,
                "max_retries": 0,
            }
        )
        via = Backend(f"proxy for {name}", spec, backend.info, session)
        out.append(_target(via, backend, name, "proxy", concrete))
    return out


def _target(sender: Backend, measured: Backend, name: str, path: str, model: str) -> Target:
    facts = measured.info.facts
    return Target(
        backend=sender,
        name=name,
        path=path,
        model=model,
        tier=facts.tier,
        jurisdictions=tuple(sorted(facts.jurisdictions)),
        us_reachable=facts.us_reachable,
    )
