"""An approximate token count for ``/v1/messages/count_tokens`` when the backend is not Anthropic.

Only Anthropic can count its own tokens exactly. For other backends the endpoint still has
to answer, so this estimates from the request alone:

- text (system, message text, tool results, tool-use inputs, tool definitions as JSON):
  one token per 4 characters, rounded up; Latin-script text averages 3.5-4.5 characters
  per token in current BPE tokenizers, so this is close and errs slightly high for English;
- each message: 4 tokens of framing; each tool definition: 8 tokens of framing;
- each image or document block: a flat 1,600 tokens (Anthropic's ceiling for one image,
  which is ``width * height / 750`` for images up to about 1.15 megapixels);
- at least 1.

It is meant for budgeting and ``max_tokens`` planning, not for billing.
"""

from __future__ import annotations

from typing import Any, Final

import orjson

from proxy.protocols._shape import as_list

CHARS_PER_TOKEN: Final = 4
MESSAGE_OVERHEAD: Final = 4
TOOL_OVERHEAD: Final = 8
MEDIA_TOKENS: Final = 1600


def estimate_input_tokens(body: dict[str, Any]) -> int:
    """Estimated input tokens of an Anthropic Messages request body (see module docstring)."""
    chars = 0
    tokens = 0
    system = body.get("system")
    chars += _content_chars(system)[0]
    for msg in as_list(body.get("messages")):
        tokens += MESSAGE_OVERHEAD
        if isinstance(msg, dict):
            text, media = _content_chars(msg.get("content"))
            chars += text
            tokens += media * MEDIA_TOKENS
    for tool in as_list(body.get("tools")):
        tokens += TOOL_OVERHEAD
        chars += len(orjson.dumps(tool))
    return max(tokens + -(-chars // CHARS_PER_TOKEN), 1)


def _content_chars(content: Any) -> tuple[int, int]:
    """``(characters of text, number of media blocks)`` in a content value."""
    if isinstance(content, str):
        return len(content), 0
    if not isinstance(content, list):
        return 0, 0
    chars = media = 0
    for block in content:
        if not isinstance(block, dict):
            continue
        kind = block.get("type")
        if kind in ("image", "document"):
            media += 1
        elif kind == "tool_use":
            chars += len(str(block.get("name", ""))) + len(orjson.dumps(block.get("input")))
        elif kind == "tool_result":
            text, inner = _content_chars(block.get("content"))
            chars += text
            media += inner
        else:
            chars += len(str(block.get("text", "")))
    return chars, media
