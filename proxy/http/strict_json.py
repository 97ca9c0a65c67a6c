"""Strict JSON for request bodies: what is forwarded is what was classified (DESIGN §9).

A same-protocol route forwards the client's raw bytes byte-for-byte (only a model alias makes the
proxy re-serialise). That is a deliberate choice: the bytes a client signed, hashed or formatted
reach the provider unchanged, and no second serialisation costs CPU on every request. Its price is
that the classifier reads orjson's parse of those bytes while a backend reads its own parse, so
every input on which JSON parsers disagree is refused here with a 400 before any stage sees it:

- duplicate object keys at any depth, also when they only match after unescaping
  (``"messages"`` and ``"\\u006dessages"``): orjson keeps the last, many parsers the first
  → ``duplicate_key``, ``param`` names the JSON path (``messages[0].content``);
- ``\\u0000`` in a string or key: C-string backends cut the text there → ``nul_character``;
- an integer outside the 64-bit range: orjson reads it as a float, others exactly
  → ``number_out_of_range``;
- what orjson refuses on its own → ``invalid_json``: invalid UTF-8, lone surrogates (escaped or
  raw), ``NaN``/``Infinity``, numbers that overflow to infinity (``1e400``), a UTF-8 BOM (which
  Python's ``json`` accepts), nesting deeper than 1024.

The duplicate check costs no Python walk on the hot path. orjson has validated the body, so every
``:`` outside a string literal is exactly one object member, and ``orjson.dumps`` of the parsed
tree writes one ``:`` per kept key plus every colon inside its strings. When no string spells a
colon as ``\\u003a``, the two counts of ``:`` are equal exactly when no key was dropped (a dropped
member only removes colons from the re-serialised side). Otherwise (escaped colons, nesting too
deep for ``dumps``) members are counted on the bytes with strings cut out and compared with an
iterative count of the tree's keys. Only a mismatch runs the slow exact pass that names the path.
"""

from __future__ import annotations

import json
import re
from typing import Any, NoReturn

import orjson

from proxy.errors import BadRequest

_STRING = re.compile(rb'"[^"\\]*(?:\\.[^"\\]*)*"', re.DOTALL)
_ESCAPES = re.compile(rb"\\u00(?:00|3[aA])")  # NUL and colon spelt as escapes
_NUMBER = re.compile(rb"-?[0-9]+(\.[0-9]+)?([eE][-+]?[0-9]+)?")
_DIGITS = bytes(0x30 if 0x30 <= b <= 0x39 else 0x20 for b in range(256))
_LONG_RUN = b"0" * 19  # an integer literal needs 19 digits to leave the 64-bit range
_INT_RANGE = (-(2**63), 2**64 - 1)
_CONTAINERS = (dict, list)


def loads(raw: bytes) -> Any:
    """``raw`` parsed by orjson, or a ``BadRequest`` when another parser could read it otherwise."""
    try:
        tree = orjson.loads(raw)
    except orjson.JSONDecodeError as exc:
        raise BadRequest(f"request body is not valid JSON: {exc}", code="invalid_json") from None
    escapes = set(_ESCAPES.findall(raw))  # one pass; almost always empty
    if _LONG_RUN in raw.translate(_DIGITS):
        _refuse_big_integers(raw)
    if b"\\u0000" in escapes:
        _refuse_nul(tree)
    if not _same_members(raw, tree, colon_escaped=len(escapes - {b"\\u0000"}) > 0):
        path = first_duplicate(raw)
        where = f" at '{path}'" if path else ""
        raise BadRequest(
            f"request body has a duplicate object key{where}: each key may appear once per object",
            param=path,
            code="duplicate_key",
        )
    return tree


def _same_members(raw: bytes, tree: Any, *, colon_escaped: bool) -> bool:
    """Whether the tree kept every object member the bytes spell (no duplicate keys)."""
    if not colon_escaped:
        try:
            return orjson.dumps(tree).count(b":") == raw.count(b":")
        except orjson.JSONEncodeError:  # nesting too deep for dumps: count the slow way
            pass
    return _STRING.sub(b"", raw).count(b":") == key_count(tree)


def key_count(tree: Any) -> int:
    """How many keys the objects of a parsed tree hold, all depths together (no recursion)."""
    count = 0
    stack = [tree]
    while stack:
        value = stack.pop()
        if isinstance(value, dict):
            count += len(value)
            stack.extend(v for v in value.values() if isinstance(v, _CONTAINERS))
        elif isinstance(value, list):
            stack.extend(v for v in value if isinstance(v, _CONTAINERS))
    return count


def _refuse_big_integers(raw: bytes) -> None:
    """Refuse an integer literal outside the signed/unsigned 64-bit range (strings cut out)."""
    low, high = _INT_RANGE
    for match in _NUMBER.finditer(_STRING.sub(b"", raw)):
        integer = match.lastindex is None  # no fraction, no exponent
        if integer and len(match.group()) >= 19 and not low <= int(match.group()) <= high:
            raise BadRequest(
                "request body has an integer outside the 64-bit range; JSON parsers read"
                " it differently (send it as a string)",
                code="number_out_of_range",
            )


def _refuse_nul(tree: Any) -> None:
    """Refuse a ``\\u0000`` in any string or key, naming where it is."""
    stack: list[tuple[str, Any]] = [("", tree)]
    while stack:
        path, value = stack.pop()
        if isinstance(value, dict):
            if any("\x00" in key for key in value):
                _nul(path, "a key of the object")
            stack.extend((join_key(path, k), v) for k, v in value.items())
        elif isinstance(value, list):
            stack.extend((f"{path}[{i}]", item) for i, item in enumerate(value))
        elif isinstance(value, str) and "\x00" in value:
            _nul(path, "the string")


def _nul(path: str, what: str) -> NoReturn:
    """Raise the 400 for a NUL character at ``path``."""
    where = f" at '{_short(path)}'" if path else ""
    raise BadRequest(
        f"request body has a NUL character (\\u0000) in {what}{where}",
        param=_short(path) or None,
        code="nul_character",
    )


class _Object(list[tuple[str, Any]]):
    """An object's members in order, duplicates kept (``object_pairs_hook``)."""


def first_duplicate(raw: bytes) -> str | None:
    """The path of the first duplicate key a reader meets (outer objects first), if any.

    The slow, exact pass, run only when the counts disagree. ``None`` also when Python's parser
    cannot follow (nesting deeper than its recursion limit): the body is refused all the same.
    """
    try:
        tree = json.loads(raw, object_pairs_hook=_Object)
    except (RecursionError, ValueError):
        return None
    stack: list[tuple[str, Any]] = [("", tree)]
    while stack:
        path, value = stack.pop()
        if isinstance(value, _Object):
            seen: set[str] = set()
            for key, _item in value:
                if key in seen:
                    return _short(join_key(path, key))
                seen.add(key)
            stack.extend((join_key(path, k), v) for k, v in reversed(value))
        elif isinstance(value, list):
            stack.extend((f"{path}[{i}]", v) for i, v in reversed(list(enumerate(value))))
    return None


def join_key(path: str, key: str) -> str:
    """``path.key`` (or ``key`` at the top), the part-path notation of ``protocols/extract``."""
    return f"{path}.{key}" if path else key


def _short(path: str, limit: int = 200) -> str:
    """A path cut to its last ``limit`` characters for an error message (keys can be long)."""
    return path if len(path) <= limit else f"…{path[1 - limit :]}"
