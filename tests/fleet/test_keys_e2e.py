"""Keys through the real proxy: a keys file that reloads (revocation reaches a running proxy),
expiry, allowed models and endpoints, the end-user id, and what the audit keeps of each."""

from __future__ import annotations

import asyncio
import hashlib
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import anthropic
import httpx
import openai
import orjson
import pytest

from proxy.cli import main
from proxy.demo.sim_anthropic import AnthropicSimulator
from proxy.demo.simulator import Simulator
from tests.stack import Stack, Upstream, running_stack

MESSAGES = [{"role": "user", "content": "hello"}]


def _create(capsys: pytest.CaptureFixture[str], keys: Path, *options: str) -> str:
    """A key made by ``sovproxy keys create`` (stdout holds the key only)."""
    capsys.readouterr()
    assert main(["keys", "create", "--file", str(keys), *options]) == 0
    return capsys.readouterr().out.strip()


def _oai(stack: Stack, key: str) -> openai.AsyncOpenAI:
    return openai.AsyncOpenAI(base_url=stack.base_url, api_key=key, max_retries=0)


def _audit(stack: Stack) -> list[dict[str, Any]]:
    return [orjson.loads(line) for line in stack.audit_path.read_bytes().splitlines()]


async def _chat(stack: Stack, key: str, model: str = "gpt-test") -> Any:
    async with _oai(stack, key) as client:
        return await client.chat.completions.create(model=model, messages=MESSAGES)  # type: ignore[arg-type]


@pytest.fixture
async def filed(tmp_path: Path) -> AsyncIterator[Stack]:
    """A proxy whose keys come from ``keys.yaml`` (created empty, filled by the tests)."""
    (tmp_path / "keys.yaml").write_text("# reviewed like policy\nkeys:\n")
    ups = {"primary": Upstream(Simulator("primary"))}
    async with running_stack(tmp_path, ups, auth={"keys_file": "keys.yaml"}) as stack:
        yield stack


async def _until_refused(stack: Stack, key: str, timeout_s: float = 5.0) -> openai.APIStatusError:
    """Send until the proxy refuses ``key`` (it polls the keys file once a second)."""
    loop = asyncio.get_running_loop()
    deadline = loop.time() + timeout_s
    while True:
        try:
            await _chat(stack, key)
        except openai.APIStatusError as exc:
            return exc
        assert loop.time() < deadline, "the change to the keys file never took effect"
        await asyncio.sleep(0.1)


async def test_key_created_then_revoked_in_the_running_proxy(
    filed: Stack, capsys: pytest.CaptureFixture[str]
) -> None:
    """A key created with the CLI works once the file is reloaded; revoked with the CLI, it is
    refused with 401 key_revoked within the reload interval, and the refusal is audited."""
    keys = filed.services.settings.resolve(Path("keys.yaml"))
    key = _create(capsys, keys, "--tenant", "acme", "--name", "app")
    loop = asyncio.get_running_loop()
    deadline = loop.time() + 5
    while True:  # the new key is unknown until the reload
        try:
            ok = await _chat(filed, key)
            break
        except openai.AuthenticationError:
            assert loop.time() < deadline
            await asyncio.sleep(0.1)
    assert ok.choices
    assert main(["keys", "revoke", "--file", str(keys), "app"]) == 0
    refused = await _until_refused(filed, key)
    assert isinstance(refused, openai.AuthenticationError)
    assert refused.code == "key_revoked"
    last = _audit(filed)[-1]
    assert (last["status"], last["error"], last["tenant"]) == (401, "key_revoked", "acme")
    assert last["key_id"] == hashlib.sha256(key.encode()).hexdigest()[:12]


async def test_invalid_keys_file_keeps_the_last_good_one(
    filed: Stack, capsys: pytest.CaptureFixture[str]
) -> None:
    """A keys file broken mid-edit is rejected; the keys loaded before keep working."""
    keys = filed.services.settings.resolve(Path("keys.yaml"))
    key = _create(capsys, keys, "--tenant", "acme")
    await asyncio.sleep(1.5)  # one reload
    before = filed.services.readiness()["keys"]
    keys.write_text(keys.read_text() + "  - {tenant: no-digest}\n")
    await asyncio.sleep(1.5)
    assert (await _chat(filed, key)).choices
    assert filed.services.readiness()["keys"] == before
    assert before["keys"] == 1


async def test_expired_key_is_refused(tmp_path: Path) -> None:
    """A key past its expires_at gets 401 key_expired; one not yet expired passes."""
    keys = [
        {"key": "sk-old-key-000000001", "tenant": "a", "expires_at": "2020-01-01T00:00:00Z"},
        {"key": "sk-new-key-000000001", "tenant": "a", "expires_at": "2999-01-01T00:00:00Z"},
    ]
    ups = {"primary": Upstream(Simulator("primary"))}
    async with running_stack(tmp_path, ups, auth={"keys": keys}) as stack:
        with pytest.raises(openai.AuthenticationError) as info:
            await _chat(stack, "sk-old-key-000000001")
        assert (await _chat(stack, "sk-new-key-000000001")).choices
    assert info.value.code == "key_expired"
    assert not stack.sim("primary").received[1:]


@pytest.fixture
async def scoped(tmp_path: Path) -> AsyncIterator[Stack]:
    """A key limited to ``gpt-*`` models on the chat endpoint, beside an Anthropic backend."""
    keys = [
        {
            "key": "sk-scoped-00000000001",
            "tenant": "acme",
            "models": ["gpt-*"],
            "endpoints": ["chat.completions"],
        }
    ]
    ups = {
        "primary": Upstream(Simulator("primary")),
        "claude": Upstream(
            AnthropicSimulator("anthropic-sim"), protocol="anthropic", models=("claude-test",)
        ),
    }
    async with running_stack(tmp_path, ups, auth={"keys": keys}) as stack:
        yield stack


async def test_model_not_allowed_for_the_key(scoped: Stack) -> None:
    """A model outside the key's globs is a 403 model_not_allowed; nothing is sent."""
    with pytest.raises(openai.PermissionDeniedError) as info:
        await _chat(scoped, "sk-scoped-00000000001", model="claude-test")
    assert info.value.code == "model_not_allowed"
    assert (await _chat(scoped, "sk-scoped-00000000001")).choices
    assert not scoped.sim("claude").received
    assert _audit(scoped)[0]["error"] == "model_not_allowed"


async def test_endpoint_not_allowed_in_anthropic_shape(scoped: Stack) -> None:
    """An endpoint the key may not use is a 403 the anthropic SDK raises as PermissionDenied."""
    client = anthropic.AsyncAnthropic(
        base_url=scoped.url, api_key="sk-scoped-00000000001", max_retries=0
    )
    async with client:
        with pytest.raises(anthropic.PermissionDeniedError) as info:
            await client.messages.create(model="gpt-test", max_tokens=8, messages=MESSAGES)  # type: ignore[arg-type]
    body = info.value.body
    assert isinstance(body, dict) and body["error"]["type"] == "permission_error"
    assert not scoped.sim("primary").received


async def test_end_user_id_is_audited_and_checked(tmp_path: Path) -> None:
    """x-sovproxy-end-user is recorded in the audit; an e-mail address there is a 400."""
    ups = {"primary": Upstream(Simulator("primary"))}
    body = {"model": "gpt-test", "messages": MESSAGES}
    async with running_stack(tmp_path, ups) as stack, httpx.AsyncClient() as http:
        url = f"{stack.base_url}/chat/completions"
        ok = await http.post(url, json=body, headers={"x-sovproxy-end-user": "u-42"})
        bad = await http.post(url, json=body, headers={"x-sovproxy-end-user": "a@b.example"})
    assert ok.status_code == 200
    assert bad.status_code == 400 and bad.json()["error"]["code"] == "invalid_end_user"
    records = _audit(stack)
    assert records[0]["end_user"] == "u-42"
    assert records[1]["end_user"] is None and "a@b.example" not in stack.audit_path.read_text()
