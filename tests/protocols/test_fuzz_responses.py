"""Robustness of the Responses API and structured-output translators: arbitrary JSON never crashes.

As in ``test_fuzz``: request translators translate or raise BadRequest (a 400, never a 500);
response and stream translators always answer, because a malformed upstream answer must still
reach the client in its own shape.
"""

from __future__ import annotations

from typing import Any

import orjson
from hypothesis import example, given
from hypothesis import strategies as st

from proxy.errors import BadRequest
from proxy.protocols.sse import SSEEvent
from proxy.protocols.translate import (
    AnthropicToOpenAIStream,
    AnthropicToResponsesStream,
    anthropic_response_to_openai_chat,
    anthropic_to_response,
    openai_chat_to_anthropic_request,
    responses_to_anthropic_request,
)
from tests.protocols.fuzz_json import FUZZ, FUZZ_STREAMS, json_bodies

KEYS = st.sampled_from(
    ["input", "instructions", "role", "content", "type", "text", "format", "name", "schema",
     "json_schema", "response_format", "call_id", "output", "arguments", "tools", "tool_choice",
     "parameters", "image_url", "file_data", "refusal", "max_output_tokens", "temperature",
     "messages", "id", "index", "content_block", "delta", "partial_json", "stop_reason", "usage",
     "message", "error", "input_tokens", "properties", "parallel_tool_calls", "description"]
)  # fmt: skip
LEAVES = (
    st.none()
    | st.booleans()
    | st.integers(-5, 5)
    | st.sampled_from(["user", "assistant", "developer", "system", "message", "function_call",
                       "function_call_output", "reasoning", "input_text", "output_text",
                       "input_image", "input_file", "refusal", "function", "json_schema",
                       "json_object", "object", "array", "auto", "none", "required", "tool_use",
                       "text", "text_delta", "input_json_delta", "message_start",
                       "content_block_start", "content_block_delta", "content_block_stop",
                       "message_delta", "message_stop", "error", "max_tokens", "ans", "{",
                       "data:application/pdf;base64,AA", "https://x.test/a.png", ""])
)  # fmt: skip
BODIES = json_bodies(KEYS, LEAVES)


@FUZZ
@given(BODIES)
@example({"input": [{"type": [None]}]})  # an unhashable item type once raised TypeError
def test_request_translators_translate_or_refuse(body: dict[str, Any]) -> None:
    """Any Responses body, or chat body with a response_format, is translated or refused."""
    for translate in (responses_to_anthropic_request, openai_chat_to_anthropic_request):
        try:
            out = translate(body, "m")
        except BadRequest as exc:
            assert exc.message
        else:
            orjson.dumps(out)


@FUZZ
@given(BODIES, BODIES)
def test_response_translators_always_answer(resp: dict[str, Any], request: dict[str, Any]) -> None:
    """Any upstream message still yields a serialisable response object and chat completion."""
    orjson.dumps(anthropic_to_response(resp, request, "m", 1, "ans"))
    orjson.dumps(anthropic_response_to_openai_chat(resp, "m", 1, json_tool="ans"))


@FUZZ_STREAMS
@given(st.lists(st.tuples(st.none() | st.sampled_from(["error", "ping"]), BODIES), max_size=6))
def test_stream_translators_always_answer(events: list[tuple[str | None, dict[str, Any]]]) -> None:
    """Any sequence of upstream events yields frames and a clean end, never an exception."""
    streams = (
        AnthropicToResponsesStream({}, "m", 1, json_tool="ans"),
        AnthropicToOpenAIStream("m", 1, True, json_tool="ans"),
    )
    for stream in streams:
        for name, data in events:
            for frame in stream.feed(SSEEvent(name, orjson.dumps(data).decode())):
                assert frame.endswith(b"\n\n")
        stream.finish()
        assert stream.done
