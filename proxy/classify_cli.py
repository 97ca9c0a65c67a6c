"""``sovproxy classify``: a text, or a JSONL batch of texts and request bodies, as the proxy reads
them.

A JSONL line may hold ``text`` (a string), ``content`` (a message's content: a string or a list of
parts), ``messages`` (a chat body: OpenAI's, or Anthropic's when it has a top-level ``system``) or
``input`` (a Responses body); the result says which it read (``read_as``). A line that is not JSON,
not UTF-8, or has none of these fields gets an ``error`` result of its own and the batch goes on;
the exit code is then 1.
"""

from __future__ import annotations

import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any, BinaryIO

import orjson

from proxy.classify.taxonomy import TextPart
from proxy.protocols.extract import extract_texts

FIELDS = ("text", "content", "messages", "input")


class LineError(ValueError):
    """One JSONL line cannot be classified; the message says why."""


def texts_of(item: object) -> tuple[str, list[TextPart], list[str]]:
    """Which field was read, its texts and its unscannable parts."""
    if not isinstance(item, dict):
        raise LineError("expected a JSON object with one of: " + ", ".join(FIELDS))
    if isinstance(item.get("text"), str):
        return "text", [TextPart("text", item["text"])], []
    if "content" in item and "messages" not in item:
        if isinstance(item["content"], str):
            return "content", [TextPart("content", item["content"])], []
        body = {"messages": [{"role": "user", "content": item["content"]}]}
        return ("content", *extract_texts("chat.completions", body))
    if isinstance(item.get("messages"), list):
        endpoint = "messages" if "system" in item else "chat.completions"
        return (endpoint, *extract_texts(endpoint, item))
    if "input" in item:
        return ("responses", *extract_texts("responses", item))
    raise LineError("no text, content, messages or input field")


def run_jsonl(stream: BinaryIO, classifier: Any, result: Any) -> int:
    """Classify each line; 0 when every line was classified, 1 when some could not be."""
    failed = False
    for number, line in _lines(stream):
        out: dict[str, Any] = {"line": number}
        try:
            item = _parse(line)
            out["id"] = item.get("id") if isinstance(item, dict) else None
            read_as, texts, unscannable = texts_of(item)
            classified = classifier.classify(texts, unscannable)
            out.update(read_as=read_as, **result(classified))
        except LineError as exc:
            failed = True
            out["error"] = str(exc)
        sys.stdout.write(orjson.dumps(out).decode() + "\n")
    return 1 if failed else 0


def _lines(stream: BinaryIO) -> Iterator[tuple[int, bytes]]:
    for number, line in enumerate(stream, start=1):
        if line.strip():
            yield number, line


def _parse(line: bytes) -> Any:
    try:
        text = line.decode("utf-8")
    except UnicodeDecodeError:
        raise LineError("not UTF-8 text") from None
    try:
        return orjson.loads(text)
    except orjson.JSONDecodeError as exc:
        raise LineError(f"not JSON ({exc.msg} at column {exc.colno})") from None


def read_text(name: str) -> str:
    """The text of a file (``-``: stdin); ``ValueError`` when it is unreadable or not UTF-8."""
    try:
        data = sys.stdin.buffer.read() if name == "-" else Path(name).read_bytes()
    except OSError as exc:
        raise ValueError(f"{name}: cannot read: {exc.strerror}") from None
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise ValueError(f"{name}: not UTF-8 text (byte {exc.start})") from None


def open_binary(name: str) -> BinaryIO:
    """A JSONL input (``-``: stdin) opened as bytes; ``ValueError`` when it cannot be opened."""
    if name == "-":
        return sys.stdin.buffer
    try:
        return open(name, "rb")
    except OSError as exc:
        raise ValueError(f"{name}: cannot read: {exc.strerror}") from None
