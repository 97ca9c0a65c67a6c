"""Streams come back restored event by event, in each client protocol, as soon as they can."""

from __future__ import annotations

import itertools
from typing import Any

import orjson
from hypothesis import given, settings
from hypothesis import strategies as st

from proxy.http.restoring import RestoringStream
from proxy.protocols.sse import SSEEvent, SSEParser, format_event
from proxy.redact.events import event_restorer
from proxy.redact.pseudonyms import Pseudonymiser
from proxy.redact.restore import Restorer

_P = Pseudonymiser(b"e" * 32, "acme")
SOPHIE = _P.issue("pii.person_name", "Sophie Martin")
OBRIEN = _P.issue("pii.person_name", 'Seán "Ó" Brien')
ISSUED = _P.issued
#: The cuts of the issue: ``<PER`` | ``SON_1>``, here over four events.
CUTS = [SOPHIE[:4], SOPHIE[4:8], SOPHIE[8:11], SOPHIE[11:]]


class Unchanged:
    """The inner transform of a same-protocol pairing: bytes through as they came."""

    def feed(self, chunk: bytes) -> bytes:
        return chunk

    def finish(self) -> bytes:
        return b""


def _run(endpoint: str, frames: list[bytes], restorer: Restorer | None = None) -> list[bytes]:
    """What the client gets for each upstream frame, then at the end."""
    events = event_restorer(endpoint, restorer or Restorer(ISSUED))
    assert events is not None
    stream = RestoringStream(Unchanged(), events)
    return [stream.feed(frame) for frame in frames] + [stream.finish()]


def _events(outputs: list[bytes]) -> list[SSEEvent]:
    parser = SSEParser()
    return [event for out in outputs for event in parser.feed(out)]


def _json(event: SSEEvent) -> dict[str, Any]:
    data: dict[str, Any] = orjson.loads(event.data)
    return data


def _chat(delta: dict[str, Any], finish: str | None = None) -> bytes:
    chunk = {"id": "c1", "object": "chat.completion.chunk", "created": 1, "model": "m",
             "choices": [{"index": 0, "delta": delta, "finish_reason": finish}]}  # fmt: skip
    return format_event(orjson.dumps(chunk))


def _anthropic(kind: str, **fields: Any) -> bytes:
    return format_event(orjson.dumps({"type": kind, **fields}), kind)


def _text_delta(index: int, text: str) -> bytes:
    return _anthropic(
        "content_block_delta", index=index, delta={"type": "text_delta", "text": text}
    )


def _responses(kind: str, seq: int, **fields: Any) -> bytes:
    return format_event(orjson.dumps({"type": kind, "sequence_number": seq, **fields}), kind)


def test_chat_content_split_across_four_events_is_restored_and_the_first_text_is_not_held() -> None:
    """``[PER`` | ``SON_`` | … over four chunks: the client reads the name; "Dear " goes out at
    once (time to first token unchanged); the held tail goes out before the finish chunk."""
    frames = [_chat({"role": "assistant", "content": "Dear "})]
    frames += [_chat({"content": cut}) for cut in CUTS]
    frames += [_chat({"content": ", see P"}), _chat({}, "stop"), b"data: [DONE]\n\n"]
    outputs = _run("chat.completions", frames)
    assert b"Dear " in outputs[0]
    events = _events(outputs)
    content = "".join(_json(e)["choices"][0]["delta"].get("content", "") for e in events[:-1])
    assert content == "Dear Sophie Martin, see P"
    finish = next(i for i, e in enumerate(events) if '"finish_reason":"stop"' in e.data)
    assert _json(events[finish - 1])["choices"][0]["delta"] == {"content": "P"}
    assert events[-1].data == "[DONE]"


def test_chat_tool_call_arguments_split_inside_a_pseudonym() -> None:
    """Arguments streamed in pieces come back as valid JSON with the quoted name escaped."""
    args = orjson.dumps({"to": OBRIEN, "cc": SOPHIE}).decode()
    pieces = [args[:9], args[9:14], args[14:20], args[20:]]
    frames = [_chat({"tool_calls": [{"index": 0, "id": "t", "type": "function",
                                     "function": {"name": "mail", "arguments": ""}}]})]  # fmt: skip
    frames += [_chat({"tool_calls": [{"index": 0, "function": {"arguments": p}}]}) for p in pieces]
    frames += [_chat({}, "tool_calls")]
    events = _events(_run("chat.completions", frames))
    calls = [c for e in events for c in _json(e)["choices"][0]["delta"].get("tool_calls", [])]
    arguments = "".join(call["function"]["arguments"] for call in calls)
    assert orjson.loads(arguments) == {"to": 'Seán "Ó" Brien', "cc": "Sophie Martin"}


def test_chat_finish_chunk_carrying_text_gets_its_tail_in_the_same_chunk() -> None:
    """When the finishing chunk carries the end of the text, the tail joins that chunk."""
    frames = [_chat({"content": "For " + SOPHIE[:6]}), _chat({"content": SOPHIE[6:]}, "stop")]
    events = _events(_run("chat.completions", frames))
    assert [_json(e)["choices"][0]["delta"]["content"] for e in events] == [
        "For ", "Sophie Martin"
    ]  # fmt: skip


def test_anthropic_text_and_input_json_deltas_are_restored_before_each_block_stops() -> None:
    """Text deltas and ``input_json_delta`` fragments cut inside pseudonyms; each block's held
    tail arrives in a delta just before its ``content_block_stop``."""
    args = orjson.dumps({"to": OBRIEN}).decode()
    frames = [
        _anthropic("content_block_start", index=0, content_block={"type": "text", "text": ""}),
        _text_delta(0, "Hello "),
        *[_text_delta(0, cut) for cut in CUTS[:3]],
        _text_delta(0, CUTS[3][:-1]),  # the closing bracket never comes: held to the stop
        _anthropic("content_block_stop", index=0),
        _anthropic("content_block_start", index=1,
                   content_block={"type": "tool_use", "id": "t", "name": "mail", "input": {}}),
        *[_anthropic("content_block_delta", index=1,
                     delta={"type": "input_json_delta", "partial_json": args[i : i + 5]})
          for i in range(0, len(args), 5)],
        _anthropic("content_block_stop", index=1),
        _anthropic("message_stop"),
    ]  # fmt: skip
    outputs = _run("messages", frames)
    assert b"Hello " in outputs[1]
    events = [_json(e) for e in _events(outputs)]
    texts = [e["delta"].get("text", "") for e in events if e["type"] == "content_block_delta"]
    assert "".join(texts) == "Hello Sophie Martin"
    stop = events.index({"type": "content_block_stop", "index": 0})
    assert events[stop - 1]["delta"]["text"].endswith("Sophie Martin")
    deltas = [e for e in events if e["type"] == "content_block_delta" and e["index"] == 1]
    fragments = [e["delta"]["partial_json"] for e in deltas]
    assert orjson.loads("".join(fragments)) == {"to": 'Seán "Ó" Brien'}


def test_responses_deltas_dones_and_sequence_numbers() -> None:
    """Output text and function-call argument deltas are restored; whole texts in ``.done``
    events too; synthetic deltas keep the numbering 0, 1, 2 …; counts are not doubled."""
    args = orjson.dumps({"to": SOPHIE}).decode()
    at = {"item_id": "m", "output_index": 0, "content_index": 0}
    frames = [_responses("response.output_text.delta", 0, **at, delta="Hi ")]
    frames += [
        _responses("response.output_text.delta", i + 1, **at, delta=cut)
        for i, cut in enumerate([*CUTS[:3], CUTS[3][:-1]])
    ]
    frames += [
        _responses("response.output_text.done", 5, **at, text="Hi " + SOPHIE[:-1]),
        _responses("response.function_call_arguments.delta", 6, item_id="f", output_index=1,
                   delta=args[:12]),
        _responses("response.function_call_arguments.delta", 7, item_id="f", output_index=1,
                   delta=args[12:]),
        _responses("response.function_call_arguments.done", 8, item_id="f", output_index=1,
                   arguments=args),
        _responses("response.completed", 9, response={"output_text": f"Hi {SOPHIE}"}),
    ]  # fmt: skip
    restorer = Restorer(ISSUED)
    outputs = _run("responses", frames, restorer)
    assert b"Hi " in outputs[0]
    events = [_json(e) for e in _events(outputs)]
    assert [e["sequence_number"] for e in events] == list(range(len(events)))
    text = "".join(e["delta"] for e in events if e["type"] == "response.output_text.delta")
    assert text == "Hi Sophie Martin"
    done = next(e for e in events if e["type"] == "response.output_text.done")
    assert done["text"] == "Hi Sophie Martin"
    deltas = [e for e in events if e["type"] == "response.function_call_arguments.delta"]
    assert orjson.loads("".join(e["delta"] for e in deltas)) == {"to": "Sophie Martin"}
    assert events[-1]["response"]["output_text"] == "Hi Sophie Martin"
    assert restorer.restored == {"pii.person_name": 2}


def test_unknown_and_non_json_events_pass_byte_for_byte_and_crlf_framing_is_kept() -> None:
    """Comments, pings, unknown events and other tenants' pseudonyms come out as they came."""
    other = Pseudonymiser(b"e" * 32, "globex").issue("pii.person_name", "Sophie Martin")
    frames = [
        b": keep-alive\r\n\r\n",
        b'event: ping\r\ndata: {"type": "ping"}\r\n\r\n',
        b"data: not json\r\n\r\n",
        _text_delta(0, other).replace(b"\n", b"\r\n"),
    ]
    outputs = _run("messages", frames)
    assert outputs[:4] == frames
    restored = _run("messages", [_text_delta(0, f"{SOPHIE}!").replace(b"\n", b"\r\n")])[0]
    assert restored.endswith(b"\r\n\r\n") and b"\n\n" not in restored
    assert b"Sophie Martin!" in restored


def test_legacy_completions_text_and_a_lone_cr_line_end() -> None:
    """Completions chunks (``choices[].text``) are restored; a tail held at the end of the
    stream comes out at its end; CR-only line ends are read as line ends."""

    def chunk(text: str, finish: str | None = None) -> bytes:
        choice = {"index": 0, "text": text, "finish_reason": finish, "logprobs": None}
        return format_event(orjson.dumps({"id": "c", "object": "text_completion", "created": 1,
                                          "model": "m", "choices": [choice]}))  # fmt: skip

    frames = [chunk("Dear " + CUTS[0]), chunk(CUTS[1]), chunk("".join(CUTS[2:])), chunk(" and P")]
    frames[1] = frames[1].replace(b"\n", b"\r")
    events = _events(_run("completions", frames))
    assert "".join(_json(e)["choices"][0]["text"] for e in events) == "Dear Sophie Martin and P"
    assert _json(events[-1])["choices"][0]["text"] == "P"


def test_json_answers_stream_escaped_values() -> None:
    """A JSON answer streamed as text (chat content, Responses output text, Anthropic text):
    values with quotes are written escaped, and the joined text parses."""
    content = orjson.dumps({"to": OBRIEN}).decode()
    cuts = [content[:10], content[10:15], content[15:]]
    restorer = Restorer(ISSUED)
    for endpoint, frames in (
        ("chat.completions", [_chat({"content": cut}) for cut in cuts]),
        ("messages", [_text_delta(0, cut) for cut in cuts]),
    ):
        events = event_restorer(endpoint, restorer, json_text=True)
        assert events is not None
        stream = RestoringStream(Unchanged(), events)
        got = _events([stream.feed(frame) for frame in frames] + [stream.finish()])
        if endpoint == "messages":
            text = "".join(_json(e)["delta"]["text"] for e in got)
        else:
            text = "".join(_json(e)["choices"][0]["delta"]["content"] for e in got)
        assert orjson.loads(text) == {"to": 'Seán "Ó" Brien'}


def test_responses_refusal_and_reasoning_deltas_and_parts() -> None:
    """Refusal, reasoning summary and reasoning text deltas are restored; so are the
    ``.done`` and part events that repeat them whole."""
    at = {"item_id": "r", "output_index": 0}
    kinds = [
        ("response.refusal", {"content_index": 0}, "refusal"),
        ("response.reasoning_summary_text", {"summary_index": 0}, "text"),
        ("response.reasoning_text", {"content_index": 0}, "text"),
    ]
    for kind, where, field in kinds:
        frames = [
            _responses(f"{kind}.delta", i, **at, **where, delta=cut) for i, cut in enumerate(CUTS)
        ]
        frames.append(_responses(f"{kind}.done", 4, **at, **where, **{field: SOPHIE}))
        events = [_json(e) for e in _events(_run("responses", frames))]
        deltas = "".join(e["delta"] for e in events if e["type"] == f"{kind}.delta")
        assert deltas == "Sophie Martin", kind
        assert events[-1][field] == "Sophie Martin"
    part = {"type": "summary_text", "text": f"About {SOPHIE}"}
    frames = [
        _responses("response.reasoning_summary_part.done", 0, **at, summary_index=0, part=part)
    ]
    (event,) = _events(_run("responses", frames))
    assert _json(event)["part"]["text"] == "About Sophie Martin"


_DRIFTS = [SOPHIE, SOPHIE.lower(), SOPHIE[1:], SOPHIE[:-1] + "s", OBRIEN, "[PERSON]", "[PERS"]
_TEXTS = st.lists(
    st.one_of(st.sampled_from(_DRIFTS), st.text(alphabet='[]_ PERSONa2"é', max_size=8)),
    max_size=10,
).map("".join)


def _frames(endpoint: str, pieces: list[str]) -> list[bytes]:
    if endpoint == "chat.completions":
        return [_chat({"content": p}) for p in pieces] + [_chat({}, "stop")]
    if endpoint == "messages":
        return [_text_delta(0, p) for p in pieces] + [_anthropic("content_block_stop", index=0)]
    at = {"item_id": "m", "output_index": 0, "content_index": 0}
    frames = [
        _responses("response.output_text.delta", i, **at, delta=p) for i, p in enumerate(pieces)
    ]
    done = _responses("response.output_text.done", len(pieces), **at, text="".join(pieces))
    return [*frames, done]


def _text_of(endpoint: str, event: dict[str, Any]) -> str:
    if endpoint == "chat.completions":
        return str(event["choices"][0]["delta"].get("content") or "")
    if endpoint == "messages":
        return str(event.get("delta", {}).get("text", ""))
    return str(event["delta"]) if event["type"] == "response.output_text.delta" else ""


@settings(max_examples=150, deadline=None)
@given(_TEXTS, st.lists(st.integers(0, 200), max_size=8))
def test_any_cut_into_events_restores_like_the_whole(answer: str, offsets: list[int]) -> None:
    """Whatever events the answer is cut into, each protocol's client reads the restored whole,
    and the counts are those of the whole."""
    bounds = sorted({0, len(answer), *(o % (len(answer) + 1) for o in offsets)})
    pieces = [answer[a:b] for a, b in itertools.pairwise(bounds)]
    whole = Restorer(ISSUED)
    expected = whole.text(answer)
    for endpoint in ("chat.completions", "messages", "responses"):
        restorer = Restorer(ISSUED)
        events = [_json(e) for e in _events(_run(endpoint, _frames(endpoint, pieces), restorer))]
        assert "".join(_text_of(endpoint, e) for e in events) == expected, endpoint
        assert (restorer.restored, restorer.unrestored) == (whole.restored, whole.unrestored)


def test_an_event_nested_too_deeply_to_write_again_goes_as_it_came() -> None:
    """A tool_use start whose input is nested deeper than the JSON writer goes is relayed
    unchanged, and the stream after it is still restored."""
    deep = "[" * 300 + f'"{SOPHIE}"' + "]" * 300
    data = '{"type":"content_block_start","index":1,"content_block":{"type":"tool_use",'
    start = format_event(data + f'"id":"t","name":"f","input":{deep}}}}}', "content_block_start")
    outputs = _run("messages", [start, _text_delta(0, f"{SOPHIE}!")])
    assert outputs[0] == start
    assert b"Sophie Martin!" in outputs[1]
