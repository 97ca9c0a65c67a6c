"""A bare aiohttp pass-through (no stages at all): the floor the overhead figures compare with.

``python benchmarks/_bare_proxy.py PORT UPSTREAM_PORT``.
"""

from __future__ import annotations

import sys

import aiohttp
import uvloop
from aiohttp import web


def main() -> None:
    port, upstream = int(sys.argv[1]), int(sys.argv[2])
    target = f"http://127.0.0.1:{upstream}/v1/chat/completions"

    async def session_ctx(app: web.Application):  # type: ignore[no-untyped-def]
        app["session"] = aiohttp.ClientSession()
        yield
        await app["session"].close()

    async def relay(request: web.Request) -> web.StreamResponse:
        body = await request.read()
        async with request.app["session"].post(
            target, data=body, headers={"Content-Type": "application/json"}
        ) as upstream:
            if upstream.content_type != "text/event-stream":
                data = await upstream.read()
                return web.Response(
                    body=data, status=upstream.status, content_type=upstream.content_type
                )
            response = web.StreamResponse(headers={"Content-Type": "text/event-stream"})
            await response.prepare(request)
            async for chunk in upstream.content.iter_any():
                await response.write(chunk)
            await response.write_eof()
            return response

    app = web.Application()
    app.cleanup_ctx.append(session_ctx)
    app.router.add_post("/v1/chat/completions", relay)
    uvloop.install()
    web.run_app(app, host="127.0.0.1", port=port, access_log=None, print=None)


if __name__ == "__main__":
    main()
