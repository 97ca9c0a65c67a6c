"""Strict request JSON: every input JSON parsers read differently is refused, naming where."""

from __future__ import annotations

import json
from typing import Any

import orjson
import pytest
from hypothesis import given, settings

from proxy.errors import BadRequest
from proxy.http.strict_json import first_duplicate, key_count, loads
from tests.json_gen import dump, first_wins, has_duplicate, json_values


def _code(raw: bytes) -> tuple[str | None, str | None]:
    try:
        loads(raw)
    except BadRequest as exc:
        return exc.code, exc.param
    return None, None


DEEP = b'{"a":' + b"[" * 300 + b'{"x":1,"x":2}' + b"]" * 300 + b"}"


@pytest.mark.parametrize(
    ("raw", "code", "param"),
    [
        (b'{"messages":[1],"messages":[2]}', "duplicate_key", "messages"),
        (b'{"messages":1,"\\u006dessages":2}', "duplicate_key", "messages"),
        (b'{"m":[{"role":"u","content":"a","content":"b"}]}', "duplicate_key", "m[0].content"),
        (b'{"a":{"b":{"c":1,"c":2}}}', "duplicate_key", "a.b.c"),
        (b'{"a":1,"a":2,"b":"\\u003a"}', "duplicate_key", "a"),  # an escaped colon evens counts
        (b'{"a":"x:y","a":"z"}', "duplicate_key", "a"),
        (b'{"k\\u003A":1,"k:":2}', "duplicate_key", "k:"),
        (DEEP, "duplicate_key", "…" + ("[0]" * 300 + ".x")[-199:]),  # too deep for dumps
        (b'{"a":"\\u0000"}', "nul_character", "a"),
        (b'{"a":{"\\u0000":1}}', "nul_character", "a"),
        (b'{"a":18446744073709551616}', "number_out_of_range", None),
        (b'{"a":[-9223372036854775809]}', "number_out_of_range", None),
        (b'{"a":' + b"9" * 300 + b"}", "number_out_of_range", None),
        (b'{"a":"\xff"}', "invalid_json", None),
        (b'{"a":"\xed\xa0\x80"}', "invalid_json", None),
        (b'{"a":"\\ud800"}', "invalid_json", None),
        (b'{"a":"\\udc00x"}', "invalid_json", None),
        (b'{"a":1e400}', "invalid_json", None),
        (b'{"a":NaN}', "invalid_json", None),
        (b'{"a":-Infinity}', "invalid_json", None),
        (b'\xef\xbb\xbf{"a":1}', "invalid_json", None),
    ],
)
def test_refused(raw: bytes, code: str, param: str | None) -> None:
    """Each parser differential is a BadRequest with its code and, where known, its path."""
    assert _code(raw) == (code, param)


@pytest.mark.parametrize(
    "raw",
    [
        b'{"a":1,"b":{"a":1},"c":[{"a":1},{"a":2}]}',
        b'{"a":"\\\\u0000 is text","b":"\\\\u003a"}',
        b'{"k\\u003a":"v:\\u003a","x":{"y:":1}}',
        b'{"a":18446744073709551615,"b":-9223372036854775808,"c":1.8446744073709551616e30}',
        b'{"s":"18446744073709551616123"}',
        b'{"a":' + b"[" * 300 + b'{"x":1,"y":2}' + b"]" * 300 + b"}",
        b'{"a":"\\ud83d\\ude00"}',
    ],
)
def test_accepted(raw: bytes) -> None:
    """Look-alikes of refused inputs (escaped backslashes, 64-bit edges, strings) parse."""
    assert loads(raw) == orjson.loads(raw)


def test_key_count_has_no_depth_limit() -> None:
    """Counting keys is iterative: nesting as deep as orjson allows is fine."""
    tree = orjson.loads(b"[" * 1000 + b'{"a":{"b":1}}' + b"]" * 1000)
    assert key_count(tree) == 2


def test_first_duplicate_beyond_python_recursion_is_unnamed() -> None:
    """When Python's parser cannot follow the nesting, the duplicate is still refused, unnamed."""
    raw = b"[" * 1020 + b'{"a":1,"a":2}' + b"]" * 1020
    assert first_duplicate(raw) is None
    assert _code(raw) == ("duplicate_key", None)


@settings(max_examples=300, deadline=None)
@given(json_values())
def test_strict_loads_matches_every_duplicate_policy(value: Any) -> None:
    """Duplicates are refused; anything accepted parses alike with first- and last-wins parsers."""
    raw = dump(value)
    if has_duplicate(value):
        with pytest.raises(BadRequest) as caught:
            loads(raw)
        assert caught.value.code == "duplicate_key"
        return
    parsed = loads(raw)
    assert parsed == json.loads(raw) == json.loads(raw, object_pairs_hook=first_wins)
