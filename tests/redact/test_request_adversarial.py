"""Invariant 4 against values written to slip past the redaction, through the running proxy.

Each case is a request a client sends through the official SDKs, the policy of ``wire.POLICY``
(names, IBANs, e-mails, phones and national IDs pseudonymised for the cloud): the value is split
across content parts, base64-encoded, hidden with zero-width characters, written in fullwidth
digits, given once with its cue and once bare, sent as a JSON number, or spelled two ways. What a
backend receives never holds it — decoded, joined across parts, in any spelling — or the request is
denied and nothing is sent.
"""

from __future__ import annotations

import base64
import json
import re
from collections.abc import Iterator
from typing import Any

import anthropic
import openai
import pytest

from tests.redact.wire import clear, received, surfaces, threaded_stack
from tests.stack import Stack

IBAN = "FR76 3000 4012 3400 0123 4567 862"
COMPACT = IBAN.replace(" ", "")
PESEL = "44051401458"
PSEUDONYM = re.compile(r"\[[A-Z]+_[a-z2-7]{6}\]")


@pytest.fixture(scope="module")
def stack(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Stack]:
    """One proxy (and its recording backends) for every case."""
    with threaded_stack(tmp_path_factory.mktemp("adversarial")) as running:
        yield running


@pytest.fixture(scope="module")
def oai(stack: Stack) -> Iterator[openai.OpenAI]:
    """The openai SDK, pointed at the proxy."""
    with openai.OpenAI(base_url=stack.base_url, api_key="t", max_retries=0) as client:
        yield client


def _parts(*texts: str) -> list[dict[str, Any]]:
    return [{"role": "user", "content": [{"type": "text", "text": t} for t in texts]}]


def _hidden(value: str) -> str:
    return "\u200b".join(value)


def _wide(value: str) -> str:
    return value.translate({ord(d): ord(d) + 0xFEE0 for d in "0123456789"})


def _b64(text: str) -> str:
    return base64.b64encode(text.encode()).decode()


def _escaped(value: str) -> str:
    return "".join(f"\\u{ord(c):04x}" for c in value)


def _tool_turn(user: str, arguments: str, result: str) -> list[dict[str, Any]]:
    call = {"id": "call_1", "type": "function", "function": {"name": "f", "arguments": arguments}}
    return [
        {"role": "user", "content": user},
        {"role": "assistant", "tool_calls": [call]},
        {"role": "tool", "tool_call_id": "call_1", "content": result},
    ]


#: id → (chat messages, what must never reach a backend, distinct pseudonyms expected[, text
#: that must reach it unchanged]).
SENT: dict[str, tuple[Any, ...]] = {
    "split across content parts": (
        _parts(f"Please pay to IBAN {IBAN[:14]}", f"{IBAN[14:]} today."),
        [IBAN[:14], IBAN[14:].strip()],
        2,
    ),
    "a one-character piece at a seam": (
        _parts(f"Please pay to IBAN {IBAN[:-1]}", f"{IBAN[-1]} today, version 2.1"),
        [IBAN[:-1]],
        2,
        "] today, version 2.1",
    ),
    "base64 in a text": (
        _parts(f"Decode this and pay: {_b64('IBAN ' + IBAN)}"),
        [_b64("IBAN " + IBAN)],
        1,
    ),
    "zero-width characters and plain": (
        _parts(f"IBAN {_hidden(IBAN)} please", f"and the IBAN {IBAN} again"),
        [_hidden(IBAN), IBAN],
        1,
    ),
    "fullwidth digits and plain": (
        _parts(f"IBAN {_wide(IBAN)} please", f"and the IBAN {IBAN} again"),
        [_wide(IBAN), IBAN],
        1,
    ),
    "once with a cue, once bare": (
        _tool_turn(f"Her PESEL is {PESEL}.", json.dumps({"id": PESEL}), f"record {PESEL} ok"),
        [PESEL],
        1,
    ),
    "bare in escaped tool arguments": (
        _tool_turn(f"Her PESEL is {PESEL}.", '{"id": "' + _escaped(PESEL) + '"}', "done"),
        [PESEL],
        1,
    ),
    "two spellings": (
        _tool_turn(f"Pay to IBAN {IBAN}.", "{}", f"account {COMPACT} found"),
        [IBAN, COMPACT],
        1,
    ),
}


@pytest.mark.parametrize("model", ["gpt-test", "claude-test"])
@pytest.mark.parametrize("case", list(SENT))
def test_what_is_sent_holds_no_form_of_the_value(
    stack: Stack, oai: openai.OpenAI, case: str, model: str
) -> None:
    """Sent (to an OpenAI and, translated, to an Anthropic backend) with pseudonyms, no piece or
    form of the value in it, even with all its texts joined; one value, one pseudonym."""
    messages, forbidden, distinct, *kept = SENT[case]
    clear(stack)
    raw = oai.chat.completions.with_raw_response.create(model=model, messages=messages)  # type: ignore[arg-type]
    assert raw.http_response.status_code == 200
    (item,) = received(stack)
    seen = surfaces(item)
    strings = seen[3:]
    seen += ["".join(strings), " ".join(strings)]
    for value in forbidden:
        assert not any(value in s for s in seen), value
    assert COMPACT not in "".join(seen).replace(" ", "")
    assert len(set(PSEUDONYM.findall(item.body.decode()))) == distinct
    assert all(any(text in s for s in strings) for text in kept), kept


def test_a_value_as_a_json_number_in_tool_input_is_denied(stack: Stack) -> None:
    """A PESEL given as a number in an Anthropic tool_use input cannot be replaced by a
    pseudonym: the request is denied (redaction_incomplete) and no backend receives it."""
    messages = [
        {"role": "user", "content": f"Her PESEL is {PESEL}."},
        {
            "role": "assistant",
            "content": [
                {"type": "tool_use", "id": "toolu_1", "name": "f", "input": {"id": int(PESEL)}}
            ],
        },
        {
            "role": "user",
            "content": [{"type": "tool_result", "tool_use_id": "toolu_1", "content": "ok"}],
        },
    ]
    clear(stack)
    with (
        anthropic.Anthropic(base_url=stack.url, api_key="t", max_retries=0) as claude,
        pytest.raises(anthropic.PermissionDeniedError) as denied,
    ):
        claude.messages.create(model="claude-test", max_tokens=16, messages=messages)  # type: ignore[arg-type]
    assert "redaction_incomplete" in str(denied.value)
    assert not received(stack)


def test_a_value_in_a_forwarded_header_is_denied(stack: Stack) -> None:
    """Protocol headers (``openai-beta``) go to the backend as they came: a redacted value in
    one cannot be pseudonymised, so the request is denied and no backend receives it."""
    clear(stack)
    headers = {"openai-beta": f"note={IBAN}"}
    with (
        openai.OpenAI(
            base_url=stack.base_url, api_key="t", max_retries=0, default_headers=headers
        ) as client,
        pytest.raises(openai.PermissionDeniedError) as denied,
    ):
        client.chat.completions.create(
            model="gpt-test", messages=[{"role": "user", "content": f"Pay to IBAN {IBAN}."}]
        )
    assert "redaction_incomplete" in str(denied.value)
    assert not received(stack)
