"""Embeddings responses made acceptable to every client SDK.

Embeddings pass through untranslated (Anthropic has none), but OpenAI-compatible servers
differ in what they return: some omit ``id`` (which the Mistral SDK requires), ``usage``
(which the OpenAI and Mistral SDKs require) or ``object``. This fills only what is missing,
so a complete upstream body comes out equal to what went in.
"""

from __future__ import annotations

from typing import Any


def normalize_embeddings_response(
    resp: dict[str, Any], model: str, response_id: str
) -> dict[str, Any]:
    """``resp`` with ``id``, ``object``, ``model``, ``usage`` and per-item fields filled in.

    ``response_id`` is used when the upstream gave no id (the caller passes its request id,
    as this module creates none); ``model`` is the model the client asked for.
    """
    out = dict(resp)
    out.setdefault("id", response_id)
    out.setdefault("object", "list")
    if not out.get("model"):
        out["model"] = model
    if not isinstance(out.get("usage"), dict):
        out["usage"] = {"prompt_tokens": 0, "total_tokens": 0}
    data = out.get("data")
    if isinstance(data, list):
        out["data"] = [
            {"object": "embedding", "index": i} | item if isinstance(item, dict) else item
            for i, item in enumerate(data)
        ]
    return out
