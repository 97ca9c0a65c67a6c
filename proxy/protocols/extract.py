"""Every scannable text of a request body, with where it sits (its part path).

The classifier only sees what this module extracts, so it errs on the side of scanning: every
string a model would read becomes a ``TextPart``, and anything it cannot read as text (images,
audio, files, token-id arrays, shapes it does not know) is reported as *unscannable* rather than
skipped, so that policies fail closed on it. Pure: never raises on odd shapes.

Part paths follow the JSON structure: ``messages[2].content``, ``messages[2].content[1].text``,
``system``, ``input[0]``, ``tools[0].function.description``.
"""

from __future__ import annotations

import contextlib
import re
from typing import Any

import orjson

from proxy.classify.taxonomy import TextPart


class _Out:
    """Collects texts and unscannable paths."""

    def __init__(self) -> None:
        self.texts: list[TextPart] = []
        self.unscannable: list[str] = []

    def text(self, path: str, value: Any) -> None:
        """Add a string, or mark the path unscannable when the value is not text."""
        if isinstance(value, str):
            if value:
                self.texts.append(TextPart(path, value))
        elif value is not None:
            self.unscannable.append(path)

    def json(self, path: str, value: Any) -> None:
        """Add a JSON value (tool arguments) as text; JSON in a string with escapes is scanned
        decoded, as a translation sends it (``"\\u0034..."`` reaches Anthropic as ``"4..."``)."""
        if isinstance(value, str) and "\\" in value:
            with contextlib.suppress(orjson.JSONDecodeError):
                value = orjson.loads(value)
        if isinstance(value, str):
            self.text(path, value)
        elif value is not None:
            self.text(path, orjson.dumps(value, default=str).decode())


def extract_texts(endpoint: str, body: dict[str, Any]) -> tuple[list[TextPart], list[str]]:
    """The scannable texts of a request body and the paths of its unscannable parts.

    Never raises: a shape that breaks extraction (say, JSON nested too deep to serialise) makes
    the whole body unscannable, which policies treat as restricted.
    """
    out = _Out()
    try:
        _extract(out, endpoint, body)
        _sweep(out, body)
    except Exception:  # fail closed on any odd shape
        out.unscannable.append("body")
    return out.texts, out.unscannable


#: Keys whose string values are protocol vocabulary, never content. Ids (``call_id``,
#: ``tool_call_id``, ``id``) are not: a client chooses them and they are sent on.
_STRUCTURAL_KEYS = frozenset(
    {
        "model", "role", "type", "object", "encoding_format", "detail", "media_type",
        "service_tier", "reasoning_effort", "tool_choice", "modality", "voice", "format",
        "truncation", "previous_response_id", "status", "verbosity", "signature",
    }
)  # fmt: skip

#: Keys of the OpenAI and Anthropic request shapes and of JSON Schema: field names, not content.
#: Any other key is scanned as text by the sweep (unknown keys cost a scan, never a leak).
_PROTOCOL_KEYS = _STRUCTURAL_KEYS | frozenset(
    {
        "messages", "content", "name", "text", "temperature", "top_p", "top_k", "n", "stream",
        "stream_options", "include_usage", "stop", "stop_sequences", "max_tokens",
        "max_completion_tokens", "max_output_tokens", "presence_penalty", "frequency_penalty",
        "logit_bias", "logprobs", "top_logprobs", "user", "seed", "tools", "functions",
        "function", "function_call", "parallel_tool_calls", "tool_calls", "arguments",
        "response_format", "json_schema", "schema", "strict", "store", "metadata", "modalities",
        "audio", "prediction", "refusal", "image_url", "url", "input_audio", "data", "file",
        "file_id", "filename", "file_data", "annotations", "prompt", "suffix", "echo", "best_of",
        "input", "dimensions", "instructions", "reasoning", "effort", "summary", "include",
        "background", "max_tool_calls", "output", "conversation", "variables", "version",
        "system", "thinking", "budget_tokens", "disable_parallel_tool_use", "input_schema",
        "parameters", "cache_control", "ttl", "source", "citations", "enabled", "title",
        "context", "is_error", "container", "mcp_servers", "web_search_options", "description",
        "properties", "required", "items", "additionalProperties", "enum", "anyOf", "allOf",
        "oneOf", "$ref", "$defs", "definitions", "minimum", "maximum", "pattern", "default",
        "const", "nullable", "minItems", "maxItems", "minLength", "maxLength",
        "prompt_cache_key", "safety_identifier", "user_id", "thinking_budget", "id", "call_id",
        "tool_call_id", "tool_use_id",
    }
)  # fmt: skip


_VOCABULARY = re.compile(r"[a-z_./+-]{1,64}")
_ID_KEYS = frozenset({"id", "call_id", "tool_call_id", "tool_use_id"})


def _sweep(out: _Out, body: Any) -> None:
    """Scan every value the walk above did not reach, wherever it sits, and the keys around them.

    Providers add fields all the time (``prediction``, ``metadata``, ``response_format`` schema
    descriptions, ``suffix``, vendor extensions) and the raw body is forwarded as it came: a
    value the classifier never saw must not reach a backend. So the sweep adds every string,
    every number of six digits or more (a card number sent as a JSON integer), and every object
    key that is not protocol vocabulary (an IBAN used as a ``metadata`` key) as its own part:
    a key's part is ``<object path>.<key>#key``. Paths the walk already covered, as text or as
    unscannable, are skipped with everything below them; an id repeated (a call and its output)
    is scanned once."""
    covered = {part.part for part in out.texts}
    covered.update(out.unscannable)
    ids: set[str] = set()
    stack: list[tuple[str, str, Any]] = [("", "", body)]
    while stack:
        path, key, value = stack.pop()
        if path in covered:
            continue
        if isinstance(value, dict):
            _sweep_object(out, path, value, stack)
        elif isinstance(value, list):
            stack.extend((f"{path}[{i}]", key, v) for i, v in enumerate(value))
        elif isinstance(value, str):
            if key in _ID_KEYS:
                if value in ids:
                    continue
                ids.add(value)
            # a vocabulary key's value that is no protocol word (auto, image/png) is scanned too
            word = key in _STRUCTURAL_KEYS and (path == "model" or _VOCABULARY.fullmatch(value))
            if value and not word:
                out.texts.append(TextPart(path, value))
        elif isinstance(value, int | float) and not isinstance(value, bool):
            text = _number_text(value)
            if text is not None:
                out.texts.append(TextPart(path, text))


def _sweep_object(
    out: _Out, path: str, value: dict[str, Any], stack: list[tuple[str, str, Any]]
) -> None:
    """Queue an object's members; a key outside the protocol vocabulary is a text of its own."""
    for k, v in value.items():
        if "." in k or "[" in k:  # "messages[0].content" must not pass for that path
            child = f"{path}[{orjson.dumps(k).decode()}]"
        else:
            child = f"{path}.{k}" if path else k
        if k not in _PROTOCOL_KEYS and k:
            out.texts.append(TextPart(f"{child}#key", k))
        stack.append((child, k, v))


def _number_text(value: float) -> str | None:
    """A number as a detector reads it, when it has six digits or more (else ``None``).

    An integral float (``4111111111111111.0``, ``4.1e15``) reads as its integer digits.
    """
    if isinstance(value, int):
        return str(value) if not -100_000 < value < 100_000 else None
    text = str(int(value)) if value.is_integer() and abs(value) < 1e19 else repr(value)
    return text if sum(c.isdigit() for c in text) >= 6 else None


def _extract(out: _Out, endpoint: str, body: Any) -> None:
    """Dispatch on the endpoint."""
    if not isinstance(body, dict):
        out.unscannable.append("body")
        return
    if endpoint == "chat.completions":
        _chat(out, body)
    elif endpoint == "completions":
        _prompt_like(out, "prompt", body.get("prompt"))
    elif endpoint == "embeddings":
        _prompt_like(out, "input", body.get("input"))
    elif endpoint == "responses":
        _responses(out, body)
    elif endpoint in ("messages", "messages.count_tokens"):
        _anthropic(out, body)
    else:
        out.unscannable.append("body")


def _prompt_like(out: _Out, path: str, value: Any) -> None:
    """A completions ``prompt`` or embeddings ``input``: string, strings, or token ids."""
    if value is None or isinstance(value, str):
        out.text(path, value)
    elif isinstance(value, list):
        if value and all(isinstance(v, int) for v in value):
            out.unscannable.append(path)
            return
        for i, item in enumerate(value):
            out.text(f"{path}[{i}]", item)
    else:
        out.unscannable.append(path)


def _chat(out: _Out, body: dict[str, Any]) -> None:
    """OpenAI chat completions: messages, tools and legacy functions."""
    messages = body.get("messages")
    if isinstance(messages, list):
        for i, message in enumerate(messages):
            _chat_message(out, f"messages[{i}]", message)
    elif messages is not None:
        out.unscannable.append("messages")
    _tools(out, body.get("tools"), "tools")
    _tools(out, body.get("functions"), "functions")
    _format_schema(out, "response_format", body.get("response_format"))


def _chat_message(out: _Out, path: str, message: Any) -> None:
    """One chat message: content (string or parts), name, tool calls, function call."""
    if not isinstance(message, dict):
        out.unscannable.append(path)
        return
    out.text(f"{path}.name", message.get("name"))
    content = message.get("content")
    if isinstance(content, list):
        for j, part in enumerate(content):
            _content_part(out, f"{path}.content[{j}]", part)
    else:
        out.text(f"{path}.content", content)
    out.text(f"{path}.refusal", message.get("refusal"))
    calls = message.get("tool_calls")
    if isinstance(calls, list):
        for j, call in enumerate(calls):
            function = call.get("function") if isinstance(call, dict) else None
            if isinstance(function, dict):
                out.text(f"{path}.tool_calls[{j}].function.name", function.get("name"))
                out.json(f"{path}.tool_calls[{j}].function.arguments", function.get("arguments"))
            else:
                out.unscannable.append(f"{path}.tool_calls[{j}]")
    elif calls is not None:
        out.unscannable.append(f"{path}.tool_calls")
    function_call = message.get("function_call")
    if isinstance(function_call, dict):
        out.json(f"{path}.function_call.arguments", function_call.get("arguments"))
    elif function_call is not None:
        out.unscannable.append(f"{path}.function_call")


def _content_part(out: _Out, path: str, part: Any) -> None:
    """One typed content part (OpenAI chat, Responses or Anthropic shapes)."""
    if isinstance(part, str):
        out.text(path, part)
        return
    if not isinstance(part, dict):
        out.unscannable.append(path)
        return
    kind = part.get("type")
    if kind in ("text", "input_text", "output_text") or (kind is None and "text" in part):
        out.text(f"{path}.text", part.get("text"))
    elif kind == "refusal":
        out.text(f"{path}.refusal", part.get("refusal"))
    elif kind in ("thinking", "redacted_thinking"):
        out.text(f"{path}.thinking", part.get("thinking"))
        if kind == "redacted_thinking":
            out.unscannable.append(path)
    elif kind == "tool_use":
        out.json(f"{path}.input", part.get("input"))
    elif kind == "tool_result":
        _tool_result(out, path, part.get("content"))
    elif kind == "document":
        _document(out, path, part)
    else:  # images, audio, files and any shape we do not know
        out.unscannable.append(path)


def _tool_result(out: _Out, path: str, content: Any) -> None:
    """Anthropic tool_result content: a string or a list of blocks."""
    if isinstance(content, list):
        for k, block in enumerate(content):
            _content_part(out, f"{path}.content[{k}]", block)
    else:
        out.text(f"{path}.content", content)


def _document(out: _Out, path: str, part: dict[str, Any]) -> None:
    """An Anthropic document block: scannable only when its source is plain text."""
    source = part.get("source")
    out.text(f"{path}.title", part.get("title"))
    out.text(f"{path}.context", part.get("context"))
    if isinstance(source, dict) and source.get("type") == "text":
        out.text(f"{path}.source.data", source.get("data"))
    elif isinstance(source, dict) and source.get("type") == "content":
        _tool_result(out, f"{path}.source", source.get("content"))
    else:
        out.unscannable.append(path)


def _tools(out: _Out, tools: Any, path: str) -> None:
    """Tool (or legacy function) definitions: names, descriptions and parameter schemas."""
    if tools is None:
        return
    if not isinstance(tools, list):
        out.unscannable.append(path)
        return
    for i, tool in enumerate(tools):
        if not isinstance(tool, dict):
            out.unscannable.append(f"{path}[{i}]")
            continue
        function = tool.get("function")
        specs = [(f"{path}[{i}]", tool)]  # flat (Responses, Anthropic) and nested (chat)
        if isinstance(function, dict):
            specs.append((f"{path}[{i}].function", function))
        for base, spec in specs:  # every schema a translation may send, scanned whole
            out.text(f"{base}.description", spec.get("description"))
            out.json(f"{base}.parameters", spec.get("parameters"))
            out.json(f"{base}.input_schema", spec.get("input_schema"))


def _format_schema(out: _Out, path: str, fmt: Any) -> None:
    """A structured-output schema, scanned whole: its ``type`` and ``format`` values are sent."""
    if isinstance(fmt, dict):
        inner = fmt.get("json_schema")
        if isinstance(inner, dict):
            out.json(f"{path}.json_schema.schema", inner.get("schema"))
        out.json(f"{path}.schema", fmt.get("schema"))


def _responses(out: _Out, body: dict[str, Any]) -> None:
    """OpenAI Responses: ``instructions`` and ``input`` (a string or a list of items)."""
    out.text("instructions", body.get("instructions"))
    value = body.get("input")
    if isinstance(value, list):
        for i, item in enumerate(value):
            _response_item(out, f"input[{i}]", item)
    else:
        out.text("input", value)
    _tools(out, body.get("tools"), "tools")
    text = body.get("text")
    if isinstance(text, dict):
        _format_schema(out, "text.format", text.get("format"))


def _response_item(out: _Out, path: str, item: Any) -> None:
    """One Responses input item: a message, a function call or its output, or a part."""
    if isinstance(item, str):
        out.text(path, item)
        return
    if not isinstance(item, dict):
        out.unscannable.append(path)
        return
    kind = item.get("type")
    if kind == "function_call":
        out.json(f"{path}.arguments", item.get("arguments"))
    elif kind == "function_call_output":
        output = item.get("output")
        if isinstance(output, list):
            for j, part in enumerate(output):
                _content_part(out, f"{path}.output[{j}]", part)
        else:
            out.json(f"{path}.output", output)
    elif kind in (None, "message") and "content" in item:
        content = item.get("content")
        if isinstance(content, list):
            for j, part in enumerate(content):
                _content_part(out, f"{path}.content[{j}]", part)
        else:
            out.text(f"{path}.content", content)
    else:
        _content_part(out, path, item)


def _anthropic(out: _Out, body: dict[str, Any]) -> None:
    """Anthropic Messages: ``system`` (string or text blocks), messages, tools."""
    system = body.get("system")
    if isinstance(system, list):
        for i, block in enumerate(system):
            _content_part(out, f"system[{i}]", block)
    else:
        out.text("system", system)
    messages = body.get("messages")
    if isinstance(messages, list):
        for i, message in enumerate(messages):
            _anthropic_message(out, f"messages[{i}]", message)
    elif messages is not None:
        out.unscannable.append("messages")
    _tools(out, body.get("tools"), "tools")
    _format_schema(out, "output_format", body.get("output_format"))
    config = body.get("output_config")
    if isinstance(config, dict):
        _format_schema(out, "output_config.format", config.get("format"))


def _anthropic_message(out: _Out, path: str, message: Any) -> None:
    """One Anthropic message: content as a string or a list of blocks."""
    if not isinstance(message, dict):
        out.unscannable.append(path)
        return
    content = message.get("content")
    if isinstance(content, list):
        for j, block in enumerate(content):
            _content_part(out, f"{path}.content[{j}]", block)
    else:
        out.text(f"{path}.content", content)
