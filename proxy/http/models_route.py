"""``GET /v1/models`` and ``GET /v1/models/{id}``: the models this caller may use.

A model (or alias) is listed when a request for it could be answered:

- the caller's key allows it (its ``models`` globs, matched against the name the client sends,
  alias included; no globs: any model);
- the key may call at least one endpoint (``endpoints: []`` lists nothing), and for one of the
  endpoints it may call the policy would route the model at some sensitivity level with no
  findings (a model only a content rule would open is not listed; the request still decides).

A model the caller may not use is answered exactly like one that does not exist: OpenAI's 404
``model_not_found``, never a 403, so a key cannot probe which models the deployment serves. The
caller is identified as on every other route: a missing, unknown, revoked or expired key gets
401, and with ``state.redis_url`` so does a key any replica has revoked, before this replica's
keys file shows it.
"""

from __future__ import annotations

from aiohttp import web

from proxy.errors import AuthenticationFailed, KeyNotAllowed, NotFound
from proxy.exchange import Principal
from proxy.fleet.principals import Credential
from proxy.http.errors import json_response
from proxy.http.parse import ENDPOINTS
from proxy.runtime import Services

#: Every endpoint a model can be called on (what a key without ``endpoints`` may call).
_ENDPOINT_NAMES = tuple(endpoint.name for endpoint in ENDPOINTS.values())


def _caller(services: Services, request: web.Request) -> tuple[Principal, Credential | None]:
    """The caller's principal and key; 401 for a key refused here or revoked by any replica."""
    principal, credential = services.auth.identify(request.headers)
    shared = services.shared
    if credential and shared and shared.revocations.is_revoked(credential.key.digest()):
        raise AuthenticationFailed("this API key has been revoked", code="key_revoked")
    return principal, credential


def _key_endpoints(credential: Credential | None, model: str) -> list[str]:
    """The endpoints on which ``credential`` may call ``model`` (no key: all of them)."""
    if credential is None:
        return list(_ENDPOINT_NAMES)
    allowed = []
    for endpoint in _ENDPOINT_NAMES:
        try:
            credential.check_use(model, endpoint)
        except KeyNotAllowed:
            continue
        allowed.append(endpoint)
    return allowed


def usable_models(services: Services, request: web.Request) -> list[str]:
    """The models and aliases this caller may use, sorted (see the module docstring)."""
    principal, credential = _caller(services, request)
    names: set[str] = set()
    for info in services.infos.values():
        names.update(info.models, (alias for alias, _ in info.aliases))
    policy, infos = services.policy, services.infos
    return sorted(
        name
        for name in names
        if any(
            policy.usable(name, principal, infos, endpoint)
            for endpoint in _key_endpoints(credential, name)
        )
    )


def _model_object(name: str) -> dict[str, object]:
    return {"id": name, "object": "model", "created": 0, "owned_by": "sovproxy"}


async def list_models(services: Services, request: web.Request) -> web.Response:
    """``GET /v1/models``: OpenAI's list of the models this caller may use."""
    data = [_model_object(name) for name in usable_models(services, request)]
    return json_response({"object": "list", "data": data})


async def retrieve_model(services: Services, request: web.Request) -> web.Response:
    """``GET /v1/models/{model}``: one model the caller may use; else the 404 of a model that
    does not exist (a model that exists but is not allowed is not told apart)."""
    name = request.match_info["model"]
    if name in usable_models(services, request):
        return json_response(_model_object(name))
    raise NotFound(f"The model '{name[:128]}' does not exist or you do not have access to it.")
