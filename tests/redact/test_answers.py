"""Whole JSON answers come back with the real values, in the client's shape, in every field."""

from __future__ import annotations

from typing import Any

import orjson

from proxy.redact.answers import asks_json, restore_body
from proxy.redact.pseudonyms import Pseudonymiser
from proxy.redact.restore import Restorer

_P = Pseudonymiser(b"a" * 32, "acme")
SOPHIE = _P.issue("pii.person_name", "Sophie Martin")
OBRIEN = _P.issue("pii.person_name", 'Seán "Ó" Brien')
IBAN = _P.issue("financial.iban", "FR76 3000 4000 0312 3456 7890 143")
ISSUED = _P.issued


def _restore(
    endpoint: str, answer: dict[str, Any], json_text: bool = False
) -> tuple[Any, Restorer]:
    restorer = Restorer(ISSUED)
    body = restore_body(endpoint, orjson.dumps(answer), restorer, json_text=json_text)
    return orjson.loads(body), restorer


def test_chat_completion_every_field_and_tool_arguments() -> None:
    """Content, parts, refusal, reasoning, tool-call and function-call arguments are restored;
    arguments stay valid JSON with the quoted name escaped."""
    args = orjson.dumps({"to": OBRIEN, "iban": IBAN}).decode()
    message = {
        "role": "assistant",
        "content": f"Dear {SOPHIE.lower()},",
        "refusal": f"Not for {SOPHIE}",
        "reasoning_content": f"{SOPHIE} wants",
        "tool_calls": [
            {"id": "c", "type": "function", "function": {"name": "pay", "arguments": args}}
        ],
        "function_call": {"name": "pay", "arguments": args},
    }
    parts = {"role": "assistant", "content": [{"type": "text", "text": f"Hi {SOPHIE}"}]}
    choices = [{"index": 0, "message": message}, {"index": 1, "message": parts}]
    answer = {"object": "chat.completion", "choices": choices}
    out, restorer = _restore("chat.completions", answer)
    first = out["choices"][0]["message"]
    assert first["content"] == "Dear Sophie Martin,"
    assert first["refusal"] == "Not for Sophie Martin"
    assert first["reasoning_content"] == "Sophie Martin wants"
    for call in (first["tool_calls"][0]["function"], first["function_call"]):
        assert orjson.loads(call["arguments"]) == {
            "to": 'Seán "Ó" Brien', "iban": "FR76 3000 4000 0312 3456 7890 143"
        }  # fmt: skip
    assert out["choices"][1]["message"]["content"][0]["text"] == "Hi Sophie Martin"
    assert restorer.restored == {"pii.person_name": 6, "financial.iban": 2}


def test_completions_text() -> None:
    """A legacy completion's text is restored."""
    out, _ = _restore("completions", {"choices": [{"index": 0, "text": f"{IBAN}."}]})
    assert out["choices"][0]["text"] == "FR76 3000 4000 0312 3456 7890 143."


def test_responses_output_items_and_output_text() -> None:
    """Output text, refusal, function-call arguments, reasoning summaries and output_text."""
    answer = {
        "object": "response",
        "output": [
            {"type": "reasoning", "summary": [{"type": "summary_text", "text": f"{SOPHIE} asks"}]},
            {"type": "message", "content": [
                {"type": "output_text", "text": f"To {SOPHIE}", "annotations": []},
                {"type": "refusal", "refusal": f"No, {OBRIEN}"},
            ]},
            {"type": "function_call", "name": "pay", "call_id": "c",
             "arguments": orjson.dumps({"to": OBRIEN}).decode()},
        ],
        "output_text": f"To {SOPHIE}",
    }  # fmt: skip
    out, _ = _restore("responses", answer)
    reasoning, message, call = out["output"]
    assert reasoning["summary"][0]["text"] == "Sophie Martin asks"
    assert message["content"][0]["text"] == "To Sophie Martin"
    assert message["content"][1]["refusal"] == 'No, Seán "Ó" Brien'
    assert orjson.loads(call["arguments"]) == {"to": 'Seán "Ó" Brien'}
    assert out["output_text"] == "To Sophie Martin"


def test_anthropic_message_text_and_tool_input_but_not_thinking() -> None:
    """Text blocks and tool inputs are restored; signed thinking blocks stay as written."""
    thinking = {"type": "thinking", "thinking": f"{SOPHIE} again", "signature": "sig"}
    redacted = {"type": "redacted_thinking", "data": f"{SOPHIE}"}
    answer = {
        "type": "message",
        "content": [
            thinking,
            redacted,
            {"type": "text", "text": f"For {SOPHIE}"},
            {"type": "tool_use", "id": "t", "name": "pay", "input": {"to": [OBRIEN], IBAN: 1}},
        ],
    }
    out, restorer = _restore("messages", answer)
    assert out["content"][:2] == [thinking, redacted]
    assert out["content"][2]["text"] == "For Sophie Martin"
    expected = {"to": ['Seán "Ó" Brien'], "FR76 3000 4000 0312 3456 7890 143": 1}
    assert out["content"][3]["input"] == expected
    assert restorer.restored == {"pii.person_name": 2, "financial.iban": 1}


def test_unchanged_bodies_come_back_byte_for_byte() -> None:
    """No pseudonym, not JSON, embeddings, or another request's pseudonym: the same bytes."""
    other = Pseudonymiser(b"a" * 32, "globex").issue("pii.person_name", "Sophie Martin")
    bodies = [
        ("chat.completions", b'{"choices": [{"message": {"content": "plain"}}]}'),
        ("chat.completions", b"not json " + SOPHIE.encode()),
        ("embeddings", b'{"data": [], "note": "' + SOPHIE.encode() + b'"}'),
        ("chat.completions", b'{"choices":[{"message":{"content":"' + other.encode() + b'"}}]}'),
    ]
    for endpoint, body in bodies:
        restorer = Restorer(ISSUED)
        assert restore_body(endpoint, body, restorer) is body
    restorer = Restorer(ISSUED)
    restore_body("chat.completions", bodies[3][1], restorer)
    assert restorer.unrestored == {"pii.person_name": 1}


def test_a_json_answer_gets_escaped_values_and_stays_json() -> None:
    """When the request asked for JSON, the answer's text is JSON: a name with quotes is written
    escaped, so the client can still parse it."""
    asked = {"response_format": {"type": "json_schema", "json_schema": {"name": "x"}}}
    assert asks_json("chat.completions", asked)
    assert asks_json("responses", {"text": {"format": {"type": "json_object"}}})
    assert asks_json("messages", {"output_config": {"format": {"type": "json_schema"}}})
    assert not asks_json("chat.completions", {"response_format": {"type": "text"}})
    content = orjson.dumps({"to": OBRIEN}).decode()
    answer = {"choices": [{"index": 0, "message": {"role": "assistant", "content": content}}]}
    out, _ = _restore("chat.completions", answer, json_text=True)
    assert orjson.loads(out["choices"][0]["message"]["content"]) == {"to": 'Seán "Ó" Brien'}
    message = {"type": "message", "content": [{"type": "text", "text": content}]}
    out, _ = _restore("messages", message, json_text=True)
    assert orjson.loads(out["content"][0]["text"]) == {"to": 'Seán "Ó" Brien'}


def test_an_answer_nested_too_deeply_to_write_again_comes_back_as_it_came() -> None:
    """A tool input nested deeper than the JSON writer goes: the body is relayed unchanged
    (pseudonyms stay, nothing fails), not a 500."""
    deep = b"[" * 300 + f'"{SOPHIE}"'.encode() + b"]" * 300
    body = b'{"type":"message","content":[{"type":"tool_use","id":"t","name":"f","input":' + deep
    body += b"}]}"
    assert restore_body("messages", body, Restorer(ISSUED)) is body
