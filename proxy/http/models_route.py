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

Both APIs have these paths: a caller that sends ``anthropic-version`` (the Anthropic SDK always
does) gets Anthropic's shapes — ``{"data", "has_more", "first_id", "last_id"}`` paged by
``limit`` (default 20, at most 1000), ``after_id`` and ``before_id``, model objects with
``type``, ``display_name`` and ``created_at``, and its error bodies — everyone else OpenAI's.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from aiohttp import web

from proxy.errors import AuthenticationFailed, BadRequest, KeyNotAllowed, NotFound
from proxy.exchange import ClientProtocol, Principal
from proxy.fleet.principals import Credential
from proxy.http.errors import json_response
from proxy.http.parse import ENDPOINTS, client_protocol
from proxy.runtime import Services

#: Every endpoint a model can be called on (what a key without ``endpoints`` may call).
_ENDPOINT_NAMES = tuple(endpoint.name for endpoint in ENDPOINTS.values())
#: The most models one page of Anthropic's list holds.
_MAX_PAGE = 1000


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


def usable_models(services: Services, request: web.Request) -> dict[str, bool]:
    """The models and aliases this caller may use, sorted, each with whether it may chat with
    it (see the module docstring). Chat is tried first: most models need one policy check."""
    principal, credential = _caller(services, request)
    names: set[str] = set()
    for info in services.infos.values():
        names.update(info.models, (alias for alias, _ in info.aliases))
    policy, infos = services.policy, services.infos
    usable = {}
    for name in sorted(names):
        endpoints = _key_endpoints(credential, name)
        chat = "chat.completions" in endpoints and policy.usable(name, principal, infos)
        others = (e for e in endpoints if e != "chat.completions")
        if chat or any(policy.usable(name, principal, infos, e) for e in others):
            usable[name] = chat
    return usable


def _model_object(name: str, chat: bool, protocol: ClientProtocol) -> dict[str, object]:
    """The model object of ``name`` in the caller's API; OpenAI's carries the two fields the
    mistralai SDK requires too (``type``, and ``capabilities`` saying whether it can chat)."""
    if protocol == "anthropic":  # no release date known: the epoch, as the API allows
        return {
            "type": "model",
            "id": name,
            "display_name": name,
            "created_at": "1970-01-01T00:00:00Z",
        }
    return {
        "id": name,
        "object": "model",
        "created": 0,
        "owned_by": "sovproxy",
        "type": "base",
        "capabilities": {"completion_chat": chat},
    }


def _limit(query: Mapping[str, str]) -> int:
    """Anthropic's ``limit``: 1-1000, 20 when omitted; anything else is a 400."""
    raw = query.get("limit", "20")
    if not (raw.isascii() and raw.isdigit() and len(raw) <= 4 and 1 <= int(raw) <= _MAX_PAGE):
        raise BadRequest(f"limit must be an integer from 1 to {_MAX_PAGE}", param="limit")
    return int(raw)


def _anthropic_page(names: Sequence[str], query: Mapping[str, str]) -> dict[str, object]:
    """One page of the sorted ``names``: after ``after_id``, or the last ones before
    ``before_id``, or the first ones."""
    limit = _limit(query)
    after, before = query.get("after_id"), query.get("before_id")
    if before is not None:
        earlier = [name for name in names if name < before]
        page, more = earlier[-limit:], len(earlier) > limit
    else:
        later = [name for name in names if after is None or name > after]
        page, more = later[:limit], len(later) > limit
    return {
        "data": [_model_object(name, False, "anthropic") for name in page],
        "has_more": more,
        "first_id": page[0] if page else None,
        "last_id": page[-1] if page else None,
    }


async def list_models(services: Services, request: web.Request) -> web.Response:
    """``GET /v1/models``: the models this caller may use, in its API's list shape."""
    usable = usable_models(services, request)
    if client_protocol(request.path, request.headers) == "anthropic":
        return json_response(_anthropic_page(list(usable), request.query))
    data = [_model_object(name, chat, "openai") for name, chat in usable.items()]
    return json_response({"object": "list", "data": data})


async def retrieve_model(services: Services, request: web.Request) -> web.Response:
    """``GET /v1/models/{model}``: one model the caller may use; else the 404 of a model that
    does not exist (a model that exists but is not allowed is not told apart)."""
    name = request.match_info["model"]
    usable = usable_models(services, request)
    if name in usable:
        protocol = client_protocol(request.path, request.headers)
        return json_response(_model_object(name, usable[name], protocol))
    raise NotFound(f"The model '{name[:128]}' does not exist or you do not have access to it.")
