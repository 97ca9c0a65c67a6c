"""What is forwarded is what was classified: bodies other parsers could read differently are
refused in the caller's API shape before anything is sent; the rest reach the backend unchanged."""

from __future__ import annotations

import asyncio
import concurrent.futures
import gzip
import json
import threading
from collections.abc import AsyncIterator, Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st

from proxy.demo.sim_anthropic import AnthropicSimulator
from proxy.demo.simulator import Simulator
from proxy.http.parse import parse_json
from tests.json_gen import Obj, dump, first_wins, has_duplicate, json_values
from tests.stack import Stack, Upstream, running_stack

IBAN = "DE58 4306 0967 7000 3124 58"
CARD = 4556737586899855  # Luhn-valid, not a published test number
DIAGNOSIS = "The patient was diagnosed with type 2 diabetes (E11.9) and takes metformin."


def _upstreams() -> dict[str, Upstream]:
    return {
        "primary": Upstream(Simulator("openai-sim"), models=("gpt-test",)),
        "claude": Upstream(
            AnthropicSimulator("anthropic-sim"), protocol="anthropic", models=("claude-test",)
        ),
    }


@pytest.fixture
async def mixed(tmp_path: Path) -> AsyncIterator[Stack]:
    """An OpenAI-compatible backend (gpt-test) and an Anthropic one (claude-test), open policy."""
    async with running_stack(tmp_path, _upstreams()) as stack:
        yield stack


def _body(protocol: str, content: bytes = b'"hi"', extra: bytes = b"") -> bytes:
    head = (
        b'"model":"gpt-test",' if protocol == "openai" else b'"model":"claude-test","max_tokens":5,'
    )
    return b"{" + head + b'"messages":[{"role":"user","content":' + content + b"}]" + extra + b"}"


QUICKSORT = b'[{"role":"user","content":"Explain quicksort"}]'
KEYWORDS = {
    "duplicate_key": "duplicate object key",
    "nul_character": "NUL character",
    "number_out_of_range": "64-bit range",
    "invalid_json": "not valid JSON",
    "invalid_encoding": "Content-Encoding",
}
# (id, content, extra, prefix, headers, code, OpenAI param)
BAD: list[tuple[str, bytes, bytes, bytes, dict[str, str], str, str | None]] = [
    ("two messages", f'"{IBAN}"'.encode(), b',"messages":' + QUICKSORT, b"", {},
     "duplicate_key", "messages"),
    ("escaped key", f'"{IBAN}"'.encode(), b',"\\u006dessages":' + QUICKSORT, b"", {},
     "duplicate_key", "messages"),
    ("two content", f'"{IBAN}","content":"quicksort"'.encode(), b"", b"", {},
     "duplicate_key", "messages[0].content"),
    ("two system", b'"hi"', f',"system":"{DIAGNOSIS}","system":"be brief"'.encode(), b"", {},
     "duplicate_key", "system"),
    ("two unknown", b'"hi"', f',"x_note":"{IBAN}","x_note":"ok"'.encode(), b"", {},
     "duplicate_key", "x_note"),
    ("nested", b'"hi"', b',"metadata":{"a":{"b":1,"b":2}}', b"", {},
     "duplicate_key", "metadata.a.b"),
    ("invalid utf-8", b'"\xff\xfe"', b"", b"", {}, "invalid_json", None),
    ("lone surrogate", b'"\\ud800"', b"", b"", {}, "invalid_json", None),
    ("nul", b'"a\\u0000b"', b"", b"", {}, "nul_character", "messages[0].content"),
    ("nul key", b'"hi"', b',"metadata":{"\\u0000":1}', b"", {}, "nul_character", "metadata"),
    ("big integer", b'"hi"', b',"metadata":{"n":18446744073709551616}', b"", {},
     "number_out_of_range", None),
    ("negative big integer", b'"hi"', b',"seed":-9223372036854775809', b"", {},
     "number_out_of_range", None),
    ("infinite float", b'"hi"', b',"temperature":1e400', b"", {}, "invalid_json", None),
    ("NaN", b'"hi"', b',"temperature":NaN', b"", {}, "invalid_json", None),
    ("Infinity", b'"hi"', b',"temperature":Infinity', b"", {}, "invalid_json", None),
    ("BOM", b'"hi"', b"", b"\xef\xbb\xbf", {}, "invalid_json", None),
    ("not gzip", b'"hi"', b"", b"", {"Content-Encoding": "gzip"}, "invalid_encoding", None),
    ("not deflate", b'"hi"', b"", b"", {"Content-Encoding": "deflate"}, "invalid_encoding",
     None),
    ("unknown encoding", b'"hi"', b"", b"", {"Content-Encoding": "x-zip"}, "invalid_encoding",
     "Content-Encoding"),
    ("stacked encoding", b'"hi"', b"", b"", {"Content-Encoding": "gzip, gzip"},
     "invalid_encoding", "Content-Encoding"),
]  # fmt: skip


async def _post(stack: Stack, protocol: str, raw: bytes, headers: dict[str, str]) -> httpx.Response:
    path = "/v1/chat/completions" if protocol == "openai" else "/v1/messages"
    async with httpx.AsyncClient(timeout=10) as http:  # never a hang
        return await http.post(
            f"{stack.url}{path}",
            content=raw,
            headers={"Content-Type": "application/json", "anthropic-version": "2023-06-01"}
            | headers,
        )


@pytest.mark.parametrize("protocol", ["openai", "anthropic"])
@pytest.mark.parametrize(
    ("content", "extra", "prefix", "headers", "code", "param"),
    [case[1:] for case in BAD],
    ids=[case[0] for case in BAD],
)
async def test_differentials_are_400_in_the_api_shape(
    mixed: Stack,
    protocol: str,
    content: bytes,
    extra: bytes,
    prefix: bytes,
    headers: dict[str, str],
    code: str,
    param: str | None,
) -> None:
    """Each parser differential is a 400 in the caller's shape, and no upstream receives a byte."""
    resp = await _post(mixed, protocol, prefix + _body(protocol, content, extra), headers)
    assert resp.status_code == 400
    assert "Traceback" not in resp.text
    if protocol == "openai":
        error = resp.json()["error"]
        assert (error["type"], error["code"], error["param"]) == (
            "invalid_request_error",
            code,
            param,
        )
    else:
        assert resp.json()["type"] == "error"
        assert resp.json()["error"]["type"] == "invalid_request_error"
        assert KEYWORDS[code] in resp.json()["error"]["message"]
    assert not mixed.sim("primary").received and not mixed.sim("claude").received


@pytest.mark.parametrize("protocol", ["openai", "anthropic"])
async def test_clean_bodies_pass_byte_for_byte(mixed: Stack, protocol: str) -> None:
    """Escaped backslashes, 64-bit edges, gzip and identity encodings pass; bytes are unchanged."""
    extra = b',"metadata":{"a":"\\\\u0000","b":18446744073709551615,"c":-9223372036854775808}'
    raw = _body(protocol, b'"caf\\u00e9: \\u003a"', extra)
    plain = await _post(mixed, protocol, raw, {"Content-Encoding": "identity"})
    packed = await _post(mixed, protocol, gzip.compress(raw), {"Content-Encoding": "gzip"})
    assert (plain.status_code, packed.status_code) == (200, 200)
    sim = mixed.sim("primary" if protocol == "openai" else "claude")
    assert [r.body for r in sim.received] == [raw, raw]


@pytest.mark.parametrize(
    "metadata",
    [{IBAN.replace(" ", ""): "payee"}, {"card": CARD}, {"card": float(CARD)}],
    ids=["IBAN as a key", "card as an integer", "card as a float"],
)
async def test_keys_and_numbers_are_classified(tiers: Stack, metadata: dict[str, Any]) -> None:
    """An IBAN used as an object key and a card number sent as a number raise the level."""
    body = {
        "model": "chat",
        "messages": [{"role": "user", "content": "What is quicksort?"}],
        "metadata": metadata,
    }
    async with httpx.AsyncClient(timeout=10) as http:
        explained = await http.post(f"{tiers.url}/sovproxy/v1/explain", json={"body": body})
        sent = await http.post(f"{tiers.base_url}/chat/completions", json=body)
    assert explained.json()["effective_level"] == "confidential"
    assert sent.headers["x-sovproxy-level"] == "confidential"
    assert sent.headers["x-sovproxy-backend"] == "eu-cloud"
    assert not tiers.sim("us-hyperscaler").received


async def test_explain_refuses_duplicates_the_same_way(tiers: Stack) -> None:
    """/sovproxy/v1/explain parses strictly too and names the path inside its own body."""
    raw = b'{"body":{"model":"chat","messages":[{"role":"user","content":"a","content":"b"}]}}'
    async with httpx.AsyncClient(timeout=10) as http:
        resp = await http.post(f"{tiers.url}/sovproxy/v1/explain", content=raw)
    assert resp.status_code == 400
    assert resp.json()["error"]["code"] == "duplicate_key"
    assert resp.json()["error"]["param"] == "body.messages[0].content"


@pytest.fixture(scope="module")
def threaded(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Stack]:
    """The mixed stack on an event loop of its own thread, so hypothesis can drive it."""
    loop = asyncio.new_event_loop()
    started: concurrent.futures.Future[tuple[Stack, asyncio.Event]] = concurrent.futures.Future()

    async def serve() -> None:
        stop = asyncio.Event()
        async with running_stack(tmp_path_factory.mktemp("threaded"), _upstreams()) as stack:
            started.set_result((stack, stop))
            await stop.wait()

    thread = threading.Thread(target=loop.run_until_complete, args=(serve(),))
    thread.start()
    stack, stop = started.result(timeout=30)
    yield stack
    loop.call_soon_threadsafe(stop.set)
    thread.join(timeout=30)
    loop.close()


TOP_KEYS = st.sampled_from(["messages", "model", "x", "metadata"])
TEXT = st.text(
    st.characters(blacklist_characters="\x00", blacklist_categories=("Cs",)), max_size=20
)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    protocol=st.sampled_from(["openai", "anthropic"]),
    content=TEXT | json_values(),
    extra=st.lists(st.tuples(TOP_KEYS, st.booleans(), json_values()), max_size=2),
    second_content=st.none() | TEXT,
)
def test_differential_through_the_proxy(
    threaded: Stack,
    protocol: str,
    content: Any,
    extra: list[tuple[str, bool, Any]],
    second_content: str | None,
) -> None:
    """A body with duplicates anywhere is a 400 duplicate_key; any other body reaches the
    backend as bytes that first- and last-wins parsers read as exactly what was classified."""
    message = Obj([("role", False, "user"), ("content", False, content)])
    if second_content is not None:
        message.append(("content", False, second_content))
    head = [("model", False, "gpt-test" if protocol == "openai" else "claude-test")]
    if protocol == "anthropic":
        head.append(("max_tokens", False, 5))
    body = Obj([*head, ("messages", False, [message]), *extra])
    raw = dump(body)
    sim = threaded.sim("primary" if protocol == "openai" else "claude")
    before = len(sim.received)
    path = "/v1/chat/completions" if protocol == "openai" else "/v1/messages"
    resp = httpx.post(f"{threaded.url}{path}", content=raw, timeout=10)
    if has_duplicate(body):
        event("duplicate refused")
        assert resp.status_code == 400
        if protocol == "openai":
            assert resp.json()["error"]["code"] == "duplicate_key"
        assert len(sim.received) == before
        return
    if resp.status_code != 200:  # e.g. a non-string model: refused before sending
        event(f"refused with {resp.status_code}")
        assert resp.status_code in (400, 404) and len(sim.received) == before
        return
    event("forwarded")
    forwarded = sim.received[-1].body
    classified = parse_json(raw)
    assert json.loads(forwarded, object_pairs_hook=first_wins) == classified
    assert json.loads(forwarded) == classified
