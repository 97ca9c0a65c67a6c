"""A long request is classified, and its policy decided, in a worker thread: while a
megabyte-sized chat export is classified for seconds, the proxy's event loop goes on serving
its other requests and streams (``proxy.pipeline.OFF_LOOP_CHARS``), also when it is only
explained, and a long letter under a redacting policy still leaves with pseudonyms only."""

from __future__ import annotations

import asyncio
import time

import aiohttp
import openai
import orjson
import pytest

from tests.redact_policy import IBAN, NAME
from tests.stack import Stack

#: A pasted chat export: every line a speaker's name, the densest findings the classifier meets
#: (about 2 s per MB here), so classifying it on the loop would stall everything else.
CHAT = "Anna: hello there ok\n" * 40_000


async def _longest_gap(done: asyncio.Event) -> float:
    """The longest time between two ticks of a 10 ms timer on the loop, until ``done``."""
    loop = asyncio.get_running_loop()
    last, longest = loop.time(), 0.0
    while not done.is_set():
        await asyncio.sleep(0.01)
        now = loop.time()
        longest, last = max(longest, now - last), now
    return longest


@pytest.mark.alone  # it bounds the loop's stalls: not beside another test's load
async def test_the_loop_keeps_serving_while_a_long_request_is_classified(
    stack: Stack, oai: openai.AsyncOpenAI
) -> None:
    """The timer on the proxy's loop never waits long, though the request's classification
    takes over a second; the request is classified all the same and routed by its level."""
    done = asyncio.Event()
    ticker = asyncio.create_task(_longest_gap(done))
    started = time.perf_counter()
    answer = await oai.chat.completions.with_raw_response.create(
        model="gpt-test", messages=[{"role": "user", "content": CHAT}]
    )
    took = time.perf_counter() - started
    done.set()
    longest = await ticker
    assert answer.headers["x-sovproxy-level"] == "confidential"
    assert took > 0.6, "the classification must be long enough to show a stall"
    assert longest < took / 3


async def test_a_long_request_is_pseudonymised_before_it_leaves(redact_tiers: Stack) -> None:
    """The redact stage runs in the worker thread too: a long letter under a
    ``redact_then_route`` policy reaches the cloud tier with pseudonyms, never the values."""
    filler = "The quarterly figures are attached for your review. " * 3_000  # 156 K characters
    messages = [{"role": "user", "content": f"{filler}Write to {NAME} that IBAN {IBAN} is paid."}]
    async with openai.AsyncOpenAI(
        base_url=redact_tiers.base_url, api_key="t", max_retries=0
    ) as client:
        raw = await client.chat.completions.with_raw_response.create(
            model="chat",
            messages=messages,  # type: ignore[arg-type]
        )
    assert raw.headers["x-sovproxy-redacted"] == "2"
    (received,) = redact_tiers.sim("us-hyperscaler").received
    assert NAME.encode() not in received.body
    assert (
        IBAN.encode() not in received.body and IBAN.replace(" ", "").encode() not in received.body
    )


@pytest.mark.alone  # it bounds the loop's stalls: not beside another test's load
async def test_the_loop_keeps_serving_while_a_long_body_is_explained(stack: Stack) -> None:
    """``POST /sovproxy/v1/explain`` of the same chat export: the timer on the proxy's loop never
    waits long, and the report gives the export's level."""
    body = {"body": {"model": "gpt-test", "messages": [{"role": "user", "content": CHAT}]}}
    done = asyncio.Event()
    ticker = asyncio.create_task(_longest_gap(done))
    started = time.perf_counter()
    async with (
        aiohttp.ClientSession() as session,
        session.post(f"{stack.url}/sovproxy/v1/explain", json=body) as resp,
    ):
        report = orjson.loads(await resp.read())
    took = time.perf_counter() - started
    done.set()
    longest = await ticker
    assert resp.status == 200 and report["classification"]["level"] == "confidential"
    assert took > 0.6, "the classification must be long enough to show a stall"
    assert longest < took / 3
