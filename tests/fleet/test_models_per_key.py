"""``/v1/models`` and ``/v1/models/{id}`` per key, through the openai, anthropic and mistralai SDKs
against a real proxy: a key sees the models its globs and endpoints let it call, a model it may not
use is the 404 of a model that does not exist, and a key revoked, expired, or revoked by another
replica through Redis gets 401."""

from __future__ import annotations

import asyncio
import hashlib
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import anthropic
import httpx
import openai
import pytest
from mistralai.client import Mistral
from mistralai.client.errors import SDKError

from proxy.demo.simulator import Simulator
from proxy.fleet.redis_revocations import publish_to
from tests.fleet.redis_server import RedisServer, running_redis
from tests.stack import Stack, Upstream, running_stack

#: embeddings only for emb-* models, the other endpoints only for gpt-* models
POLICY = """\
apiVersion: sovproxy.dev/v1
kind: RoutingPolicy
metadata: {name: models-per-endpoint, version: "1", owner: tests@example.org}
spec:
  default: deny
  on_classifier_error: deny
  pools:
    everything: {names: [primary]}
  allowed_pools: {public: [everything], internal: [everything],
                  confidential: [everything], restricted: [everything]}
  rules:
    - {id: embed, priority: 10, when: {endpoint.in: [embeddings], model.in: ["emb-*"]},
       action: route, to: [everything]}
    - {id: generate, priority: 20, when: {endpoint.in: [chat.completions, responses],
       model.in: ["gpt-*"]}, action: route, to: [everything]}
"""
MODELS = ("gpt-4o", "gpt-4o-mini", "gpt-3.5-turbo", "mistral-large", "emb-test")
KEYS: dict[str, dict[str, Any]] = {
    "sk-models-any-000000001": {},
    "sk-models-gpt4o-0000001": {"models": ["gpt-4o*"]},
    "sk-models-embed-0000001": {"endpoints": ["embeddings"]},
    "sk-models-none-00000001": {"endpoints": []},
    "sk-models-revoked-00001": {"revoked": True},
    "sk-models-expired-00001": {"expires_at": "2020-01-01T00:00:00Z"},
}


def _client(stack: Stack, key: str) -> openai.AsyncOpenAI:
    return openai.AsyncOpenAI(base_url=stack.base_url, api_key=key, max_retries=0)


async def _listed(stack: Stack, key: str) -> list[str]:
    async with _client(stack, key) as client:
        return [model.id async for model in client.models.list()]


@pytest.fixture
async def keyed(tmp_path: Path) -> AsyncIterator[Stack]:
    """One backend serving MODELS, the policy above, and one key per kind in KEYS."""
    policy = tmp_path / "models.yaml"
    policy.write_text(POLICY)
    keys = [{"key": key, "tenant": "acme", **rules} for key, rules in KEYS.items()]
    ups = {"primary": Upstream(Simulator("primary"), models=MODELS)}
    async with running_stack(tmp_path, ups, policy=policy, auth={"keys": keys}) as stack:
        yield stack


async def test_a_key_lists_only_the_models_its_globs_allow(keyed: Stack) -> None:
    """models: [gpt-4o*] lists gpt-4o and gpt-4o-mini only; every listed id can be retrieved."""
    assert await _listed(keyed, "sk-models-gpt4o-0000001") == ["gpt-4o", "gpt-4o-mini"]
    async with _client(keyed, "sk-models-gpt4o-0000001") as client:
        got = await client.models.retrieve("gpt-4o-mini")
    assert (got.id, got.object) == ("gpt-4o-mini", "model")


async def test_the_list_follows_the_endpoints_the_key_may_call(keyed: Stack) -> None:
    """A key without restrictions sees a model the policy routes on any endpoint (emb-test on
    embeddings only); a key limited to embeddings sees only what embeddings would route; a key
    that may call no endpoint sees nothing."""
    everything = ["emb-test", "gpt-3.5-turbo", "gpt-4o", "gpt-4o-mini"]
    assert await _listed(keyed, "sk-models-any-000000001") == everything
    assert await _listed(keyed, "sk-models-embed-0000001") == ["emb-test"]
    assert await _listed(keyed, "sk-models-none-00000001") == []


async def test_a_model_the_key_may_not_use_is_the_404_of_an_unknown_model(keyed: Stack) -> None:
    """gpt-3.5-turbo exists but is outside the key's globs: the same 404 model_not_found body as a
    model no backend serves (only the name in the message differs), never a 403."""
    async with _client(keyed, "sk-models-gpt4o-0000001") as client:
        with pytest.raises(openai.NotFoundError) as hidden:
            await client.models.retrieve("gpt-3.5-turbo")
        with pytest.raises(openai.NotFoundError) as missing:
            await client.models.retrieve("gpt-9-imaginary")
    assert hidden.value.status_code == missing.value.status_code == 404
    assert hidden.value.body == {
        **missing.value.body,  # type: ignore[dict-item]
        "message": "The model 'gpt-3.5-turbo' does not exist or you do not have access to it.",
    }
    assert hidden.value.code == "model_not_found"
    async with _client(keyed, "sk-models-any-000000001") as client:  # another key may use it
        assert (await client.models.retrieve("gpt-3.5-turbo")).id == "gpt-3.5-turbo"


@pytest.mark.parametrize(
    ("key", "code"),
    [
        ("sk-models-revoked-00001", "key_revoked"),
        ("sk-models-expired-00001", "key_expired"),
        ("sk-models-unknown-00001", "invalid_api_key"),
    ],
)
async def test_a_key_refused_elsewhere_gets_401_here(keyed: Stack, key: str, code: str) -> None:
    """A revoked, expired or unknown key: 401 on the list and on one model, OpenAI's shape."""
    async with _client(keyed, key) as client:
        with pytest.raises(openai.AuthenticationError) as listing:
            await client.models.list()
        with pytest.raises(openai.AuthenticationError) as one:
            await client.models.retrieve("gpt-4o")
    assert listing.value.code == one.value.code == code


@pytest.fixture
async def server(tmp_path: Path) -> AsyncIterator[RedisServer]:
    """A redis-server of this test's own."""
    async with running_redis(tmp_path) as running:
        yield running


@pytest.mark.alone  # bounds the time to the refusal: not beside another test's load
async def test_a_key_revoked_through_redis_gets_401(tmp_path: Path, server: RedisServer) -> None:
    """Another replica (here ``keys revoke --redis-url``'s publication) revokes the key: this
    proxy, whose inline keys never change, answers /v1/models with 401 key_revoked within 1 s."""
    key = "sk-models-fleet-0000001"
    auth = {"keys": [{"key": key, "tenant": "acme"}]}
    ups = {"primary": Upstream(Simulator("primary"), models=MODELS)}
    state = {"redis_url": server.url}
    async with running_stack(tmp_path, ups, auth=auth, state=state) as proxy:
        assert "gpt-4o" in await _listed(proxy, key)
        publish_to(server.url, hashlib.sha256(key.encode()).hexdigest())
        await _until_refused(proxy, key, within_s=1.0)
        async with _client(proxy, key) as client:
            with pytest.raises(openai.AuthenticationError) as one:
                await client.models.retrieve("gpt-4o")
        assert one.value.code == "key_revoked"


async def _until_refused(stack: Stack, key: str, within_s: float) -> None:
    """List the models until the key is refused (401 key_revoked), at most ``within_s``."""
    loop = asyncio.get_running_loop()
    deadline = loop.time() + within_s
    while True:
        try:
            await _listed(stack, key)
        except openai.AuthenticationError as exc:
            assert exc.code == "key_revoked"
            return
        assert loop.time() < deadline, "the revocation never reached /v1/models"
        await asyncio.sleep(0.02)


def _anthropic(stack: Stack, key: str) -> anthropic.AsyncAnthropic:
    return anthropic.AsyncAnthropic(base_url=stack.url, api_key=key, max_retries=0)


async def test_the_anthropic_sdk_gets_anthropic_shapes_per_key(keyed: Stack) -> None:
    """The anthropic SDK (it sends anthropic-version): the same per-key list, as ModelInfo
    objects; retrieve works; a model the key may not use is Anthropic's 404 not_found_error and a
    revoked key its 401 authentication_error."""
    async with _anthropic(keyed, "sk-models-gpt4o-0000001") as client:
        listed = [model async for model in client.models.list()]
        got = await client.models.retrieve("gpt-4o")
        with pytest.raises(anthropic.NotFoundError) as hidden:
            await client.models.retrieve("gpt-3.5-turbo")
    assert [(m.id, m.type, m.display_name) for m in listed] == [
        ("gpt-4o", "model", "gpt-4o"),
        ("gpt-4o-mini", "model", "gpt-4o-mini"),
    ]
    assert (got.id, got.created_at.year) == ("gpt-4o", 1970)
    assert hidden.value.body["error"]["type"] == "not_found_error"  # type: ignore[index]
    async with _anthropic(keyed, "sk-models-revoked-00001") as client:
        with pytest.raises(anthropic.AuthenticationError) as refused:
            await client.models.list()
    assert refused.value.body["error"]["type"] == "authentication_error"  # type: ignore[index]


async def test_the_anthropic_list_is_paged(keyed: Stack) -> None:
    """limit, after_id and before_id page the list as Anthropic's does: the SDK walks every page
    of one model in order; a page before gpt-4o holds the model before it; limit=0 is a 400."""
    async with _anthropic(keyed, "sk-models-any-000000001") as client:
        first = await client.models.list(limit=2)
        walked = [model.id async for model in client.models.list(limit=1)]
        before = await client.models.list(limit=1, before_id="gpt-4o")
        with pytest.raises(anthropic.BadRequestError) as bad:
            await client.models.list(limit=0)
    everything = ["emb-test", "gpt-3.5-turbo", "gpt-4o", "gpt-4o-mini"]
    assert [m.id for m in first.data] == everything[:2]
    assert (first.has_more, first.first_id, first.last_id) == (True, "emb-test", "gpt-3.5-turbo")
    assert walked == everything
    assert ([m.id for m in before.data], before.has_more) == (["gpt-3.5-turbo"], True)
    assert bad.value.status_code == 400


@pytest.mark.parametrize("limit", ["0", "1001", "-1", "ten", "\u00b2", "9" * 5000])
async def test_a_bad_anthropic_limit_is_a_400_in_its_shape(keyed: Stack, limit: str) -> None:
    """Any limit that is not 1-1000 (a superscript digit, 5000 digits) is Anthropic's 400
    invalid_request_error, never a 500."""
    headers = {"x-api-key": "sk-models-any-000000001", "anthropic-version": "2023-06-01"}
    async with httpx.AsyncClient(headers=headers) as http:
        answer = await http.get(f"{keyed.base_url}/models", params={"limit": limit})
    assert answer.status_code == 400
    assert answer.json()["error"]["type"] == "invalid_request_error"


async def test_the_mistralai_sdk_reads_the_list_per_key(keyed: Stack) -> None:
    """The mistralai SDK parses the list and one model (it needs ``type`` and ``capabilities``);
    completion_chat says whether this key could chat with the model; a hidden model is a 404."""
    async with Mistral(api_key="sk-models-embed-0000001", server_url=keyed.url) as client:
        embed_only = (await client.models.list_async()).data
    async with Mistral(api_key="sk-models-gpt4o-0000001", server_url=keyed.url) as client:
        chat = (await client.models.list_async()).data
        one = await client.models.retrieve_async(model_id="gpt-4o")
        with pytest.raises(SDKError) as hidden:
            await client.models.retrieve_async(model_id="emb-test")
    assert [(m.id, m.capabilities.completion_chat) for m in embed_only] == [("emb-test", False)]
    assert [(m.id, m.capabilities.completion_chat) for m in chat] == [
        ("gpt-4o", True),
        ("gpt-4o-mini", True),
    ]
    assert (one.id, one.capabilities.completion_chat) == ("gpt-4o", True)
    assert hidden.value.status_code == 404
