"""``create_app(settings)``: routes, middlewares, typed app keys and the lifecycle of shared
clients.
"""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator, Awaitable, Callable
from functools import partial

from aiohttp import web

from proxy import pipeline
from proxy.backends.upstream import make_session
from proxy.http.audit_route import checkpoints
from proxy.http.errors import error_middleware, json_response
from proxy.http.explain import explain_request, read_explain_body
from proxy.http.models_route import list_models, retrieve_model
from proxy.http.parse import ENDPOINTS
from proxy.runtime import Services, build_services
from proxy.settings import Settings

SERVICES = web.AppKey("services", Services)
#: Set when the process starts to stop (``proxy.serve``): ``/readyz`` answers 503 from then on.
DRAINING = web.AppKey("draining", asyncio.Event)

Handler = Callable[[web.Request], Awaitable[web.StreamResponse]]


async def _proxied(endpoint_path: str, request: web.Request) -> web.StreamResponse:
    return await pipeline.run(request, ENDPOINTS[endpoint_path], request.app[SERVICES])


async def models(request: web.Request) -> web.Response:
    """``GET /v1/models``: the models this caller may use (``proxy.http.models_route``)."""
    return await list_models(request.app[SERVICES], request)


async def model(request: web.Request) -> web.Response:
    """``GET /v1/models/{model}``: one model the caller may use; else OpenAI's 404."""
    return await retrieve_model(request.app[SERVICES], request)


async def explain(request: web.Request) -> web.Response:
    """``POST /sovproxy/v1/explain``: classification, decision and trace; nothing is sent."""
    services = request.app[SERVICES]
    principal = services.auth.authenticate(request.headers)
    body, size = await read_explain_body(request, services.settings.limits.max_body_bytes)
    explained = partial(explain_request, body, services, principal)
    return json_response(await pipeline.off_loop_if_long(size, explained))


async def audit_checkpoint(request: web.Request) -> web.Response:
    """``GET /sovproxy/v1/audit/checkpoint``: signed checkpoints of the audit segments."""
    return await checkpoints(request.app[SERVICES].evidence.audit)


async def metrics(request: web.Request) -> web.Response:
    """``GET /metrics`` in Prometheus text format."""
    body, content_type = request.app[SERVICES].evidence.metrics.render()
    return web.Response(body=body, headers={"Content-Type": content_type})


async def healthz(_request: web.Request) -> web.Response:
    """Liveness: the process serves HTTP."""
    return json_response({"status": "ok"})


async def readyz(request: web.Request) -> web.Response:
    """Readiness: backends configured, policy loaded, audit writable, and not draining."""
    body = request.app[SERVICES].readiness()
    if request.app[DRAINING].is_set():
        body = {**body, "ready": False, "draining": True}
    return json_response(body, status=200 if body["ready"] else 503)


async def _close_when_draining(request: web.Request, response: web.StreamResponse) -> None:
    """While draining, each answer ends its connection, so a keep-alive client's next request
    opens a new one (that the load balancer sends to another replica)."""
    if request.app[DRAINING].is_set():
        response.force_close()
        response.headers["Connection"] = "close"  # the headers were prepared before this hook


def create_app(settings: Settings, **overrides: object) -> web.Application:
    """Build the application; shared clients open and close with it (``cleanup_ctx``)."""
    app = web.Application(
        middlewares=[error_middleware],
        client_max_size=settings.limits.max_body_bytes,
    )

    async def lifecycle(app: web.Application) -> AsyncIterator[None]:
        session = make_session()
        services = build_services(settings, session, **overrides)
        app[SERVICES] = services
        await services.start()
        yield
        await services.stop()
        await session.close()

    app.cleanup_ctx.append(lifecycle)
    app[DRAINING] = asyncio.Event()
    app.on_response_prepare.append(_close_when_draining)
    for path in ENDPOINTS:
        app.router.add_post(path, partial(_proxied, path))
    app.router.add_get("/v1/models", models)
    app.router.add_get("/v1/models/{model:.+}", model)
    app.router.add_get("/healthz", healthz)
    app.router.add_get("/readyz", readyz)
    app.router.add_get("/metrics", metrics)
    app.router.add_post("/sovproxy/v1/explain", explain)
    app.router.add_get("/sovproxy/v1/audit/checkpoint", audit_checkpoint)
    return app


__all__ = ["DRAINING", "SERVICES", "create_app"]
