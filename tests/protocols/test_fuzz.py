"""Robustness: arbitrary JSON never crashes a translator.

Request translators either translate or raise BadRequest (a 400 for the client, never a 500);
response and stream translators always produce output, because a malformed upstream answer
must still reach the client in its own shape.
"""

from __future__ import annotations

from typing import Any

import orjson
from hypothesis import given
from hypothesis import strategies as st

from proxy.errors import BadRequest
from proxy.protocols.sse import SSEEvent
from proxy.protocols.translate import (
    AnthropicToOpenAIStream,
    OpenAIToAnthropicStream,
    anthropic_request_to_openai_chat,
    anthropic_response_to_openai_chat,
    estimate_input_tokens,
    openai_chat_response_to_anthropic,
    openai_chat_to_anthropic_request,
)
from tests.protocols.fuzz_json import FUZZ, FUZZ_STREAMS, json_bodies

KEYS = st.sampled_from(
    ["messages", "role", "content", "type", "text", "tool_calls", "function", "name", "arguments",
     "id", "index", "delta", "choices", "message", "content_block", "usage", "tools", "stop",
     "tool_choice", "system", "input", "source", "url", "image_url", "stop_sequences", "data",
     "finish_reason", "stop_reason", "error", "partial_json", "max_tokens", "tool_call_id",
     "tool_use_id", "stream", "metadata", "temperature", "n", "file", "file_data"]
)  # fmt: skip
LEAVES = (
    st.none()
    | st.booleans()
    | st.integers(-5, 5)
    | st.floats(allow_nan=False, allow_infinity=False)
    | st.sampled_from(["user", "assistant", "tool", "system", "text", "tool_use", "tool_result",
                       "image", "image_url", "function", "auto", "any", "none", "required",
                       "text_delta", "input_json_delta", "message_start", "content_block_start",
                       "content_block_delta", "content_block_stop", "message_delta",
                       "message_stop", "error", "stop", "tool_calls", "base64", "url", "{",
                       "data:image/png;base64,AA", "https://x.test/a.png", ""])
)  # fmt: skip
BODIES = json_bodies(KEYS, LEAVES)


@FUZZ
@given(BODIES)
def test_request_translators_translate_or_refuse(body: dict[str, Any]) -> None:
    """Any request body is translated or refused with BadRequest, never another exception."""
    for translate in (openai_chat_to_anthropic_request, anthropic_request_to_openai_chat):
        try:
            out = translate(body, "m")
        except BadRequest as exc:
            assert exc.message
        else:
            orjson.dumps(out)
    assert estimate_input_tokens(body) >= 1


@FUZZ
@given(BODIES)
def test_response_translators_always_answer(resp: dict[str, Any]) -> None:
    """Any upstream response body still yields a serialisable client response."""
    orjson.dumps(openai_chat_response_to_anthropic(resp, "m"))
    orjson.dumps(anthropic_response_to_openai_chat(resp, "m", 1))


@FUZZ_STREAMS
@given(st.lists(st.tuples(st.none() | st.sampled_from(["error", "ping"]), BODIES), max_size=5))
def test_stream_translators_always_answer(events: list[tuple[str | None, dict[str, Any]]]) -> None:
    """Any sequence of upstream events yields frames and a clean end, never an exception."""
    for stream in (AnthropicToOpenAIStream("m", 1, True), OpenAIToAnthropicStream("m")):
        for name, data in events:
            for frame in stream.feed(SSEEvent(name, orjson.dumps(data).decode())):
                assert frame.endswith(b"\n\n")
        stream.finish()
        assert stream.done
