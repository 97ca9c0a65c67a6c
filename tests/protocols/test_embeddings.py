"""Embeddings responses normalised for the OpenAI and Mistral SDKs."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import httpx2
import openai
import orjson
import pytest
from mistralai.client import Mistral

from proxy.protocols.embeddings import normalize_embeddings_response

BARE: Any = {"data": [{"embedding": [0.1, 0.2]}]}
FULL: Any = {
    "id": "emb-1",
    "object": "list",
    "model": "up",
    "data": [{"object": "embedding", "embedding": [0.5], "index": 0}],
    "usage": {"prompt_tokens": 3, "total_tokens": 3},
}


@pytest.mark.parametrize(
    ("resp", "expected"),
    [
        (FULL, FULL),
        (BARE, {"id": "req-1", "object": "list", "model": "embed-x",
                "usage": {"prompt_tokens": 0, "total_tokens": 0},
                "data": [{"object": "embedding", "index": 0, "embedding": [0.1, 0.2]}]}),
        ({"data": "junk", "model": ""}, {"data": "junk", "model": "embed-x", "id": "req-1",
                                        "object": "list",
                                        "usage": {"prompt_tokens": 0, "total_tokens": 0}}),
        ({"data": [1]}, {"data": [1], "model": "embed-x", "id": "req-1", "object": "list",
                         "usage": {"prompt_tokens": 0, "total_tokens": 0}}),
    ],
)  # fmt: skip
def test_normalize_table(resp: dict[str, Any], expected: dict[str, Any]) -> None:
    """Only missing fields are filled; a complete body is unchanged."""
    assert normalize_embeddings_response(resp, "embed-x", "req-1") == expected


def serve(body: dict[str, Any]) -> Callable[[httpx2.Request], httpx2.Response]:
    headers = {"content-type": "application/json"}
    return lambda _r: httpx2.Response(200, content=orjson.dumps(body), headers=headers)


def test_sdks_accept_normalized_bare_response(
    openai_client: Callable[[Any], openai.OpenAI], mistral_client: Callable[[Any], Mistral]
) -> None:
    """A bare upstream body, once normalised, parses in both the OpenAI and Mistral SDKs."""
    body = normalize_embeddings_response(BARE, "embed-x", "req-1")
    result = openai_client(serve(body)).embeddings.create(model="embed-x", input="hi")
    assert result.data[0].embedding == [0.1, 0.2]
    mistral = mistral_client(serve(body)).embeddings.create(model="embed-x", inputs=["hi"])
    assert mistral.id == "req-1"
