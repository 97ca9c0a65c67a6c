"""Token counts are the upstream's word: an odd one (negative) must not cost the request its
audit record or turn into an internal error after the client has its answer."""

from __future__ import annotations

import asyncio
from pathlib import Path

import openai
import orjson

from proxy.app import create_app
from proxy.demo.run import start_site
from proxy.settings import Settings
from tests.provider_payloads import REPLY, completion_json
from tests.stack import OPEN_POLICY
from tests.test_upstream_bounds import HOPS, RawUpstream, _chunk, _head


async def negative_usage(writer: asyncio.StreamWriter) -> None:
    """A valid completion whose usage reports a negative prompt token count."""
    body = orjson.loads(completion_json(False, "m-test"))
    body["usage"] = {"prompt_tokens": -1, "completion_tokens": 3, "total_tokens": 2}
    writer.write(_head("application/json") + _chunk(orjson.dumps(body)) + b"0\r\n\r\n")
    await writer.drain()


async def test_a_negative_token_count_keeps_the_audit_record(tmp_path: Path) -> None:
    """Every request leaves one audit record, whatever usage numbers the upstream reports."""
    upstream = RawUpstream(negative_usage)
    server = await asyncio.start_server(upstream.serve, "127.0.0.1", 0)
    port = server.sockets[0].getsockname()[1]
    backend = {"base_url": f"http://127.0.0.1:{port}/v1", "models": ["m-test"], "hops": HOPS}
    audit = tmp_path / "audit.jsonl"
    settings = Settings(
        backends={"primary": backend},
        policy=OPEN_POLICY,
        config_dir=tmp_path,
        audit={"path": audit},
    )
    runner, proxy_port = await start_site(create_app(settings), "127.0.0.1", 0)
    try:
        url = f"http://127.0.0.1:{proxy_port}/v1"
        async with openai.AsyncOpenAI(base_url=url, api_key="k", max_retries=0) as client:
            done = await client.chat.completions.create(
                model="m-test",
                messages=[{"role": "user", "content": "Hello"}],
            )
        assert done.choices[0].message.content == "".join(REPLY)
        await asyncio.sleep(0.2)  # the record is written once the client has its answer
    finally:
        await runner.cleanup()
        server.close()
    records = [r for r in map(orjson.loads, audit.read_text().splitlines()) if "request_id" in r]
    assert [r["status"] for r in records] == [200]
