"""``GET /v1/models/{id}`` through the openai SDK: one model, same visibility as the list."""

from __future__ import annotations

from pathlib import Path

import openai
import pytest

from tests.stack import Stack


async def test_retrieve_a_listed_model_and_an_alias(tiers: Stack) -> None:
    """Every id ``models.list`` returns can be retrieved, in OpenAI's model shape."""
    async with openai.AsyncOpenAI(base_url=tiers.base_url, api_key="t", max_retries=0) as oai:
        listed = [m.id async for m in oai.models.list()]
        assert "chat" in listed and "gpt-4o" in listed
        for name in listed:
            got = await oai.models.retrieve(name)
            assert (got.id, got.object) == (name, "model")


async def test_unknown_model_is_openai_404(tiers: Stack) -> None:
    """A model no backend serves: 404 with OpenAI's error body (type and code)."""
    async with openai.AsyncOpenAI(base_url=tiers.base_url, api_key="t", max_retries=0) as oai:
        with pytest.raises(openai.NotFoundError) as caught:
            await oai.models.retrieve("gpt-9-imaginary")
    assert caught.value.status_code == 404
    error = caught.value.body
    assert isinstance(error, dict)
    assert error["code"] == "model_not_found" and error["type"] == "invalid_request_error"
    assert "gpt-9-imaginary" in error["message"]


async def test_a_model_the_policy_denies_is_404_like_an_unknown_one(tiers: Stack) -> None:
    """After a policy change denies gpt-4o, retrieving it answers exactly like a missing model."""
    store = tiers.services.policy
    path = Path(store.describe()["path"])
    path.write_text(
        path.read_text().replace(
            "  guardrails:\n",
            "  guardrails:\n    - id: G0-no-gpt\n      when: {model.in: [gpt-4o]}\n"
            "      action: deny\n      reason: model_not_approved\n",
            1,
        )
    )
    Path(str(path).replace(".yaml", "_test.yaml")).unlink()  # no tests for this variant
    assert store.reload() is True  # type: ignore[attr-defined]
    async with openai.AsyncOpenAI(base_url=tiers.base_url, api_key="t", max_retries=0) as oai:
        assert (await oai.models.retrieve("chat")).id == "chat"
        with pytest.raises(openai.NotFoundError) as denied:
            await oai.models.retrieve("gpt-4o")
        with pytest.raises(openai.NotFoundError) as missing:
            await oai.models.retrieve("gpt-9-imaginary")
    assert denied.value.body == {
        **missing.value.body,  # type: ignore[dict-item]
        "message": "The model 'gpt-4o' does not exist or you do not have access to it.",
    }
