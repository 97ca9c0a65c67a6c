"""The 2026-12-03 adversarial run, replayed through the real proxy (issue 12, evasions).

Three simulated tiers behind the proxy with the shipped default policy, which sends public text
to the US hyperscaler. Each request hides an IBAN, a DNI or health text with a trick that once
routed it to the US as ``public``; now none reaches the US tier, whichever SDK sends it.
"""

from __future__ import annotations

import base64
from typing import Any

import anthropic
import openai
import pytest

from tests.stack import Stack

IBAN = "DE44 5001 0517 5407 3249 31"
US = "us-hyperscaler"
DIAGNOSIS = "The patient was diagnosed with diabetes"


def _user(content: Any) -> list[dict[str, Any]]:
    return [{"role": "user", "content": content}]


def _parts(*texts: str) -> list[dict[str, str]]:
    return [{"type": "text", "text": text} for text in texts]


OPENAI_BODIES: dict[str, list[dict[str, Any]]] = {
    "zero-width joiners": _user("Pay " + "\u200d".join(IBAN) + " today"),
    "soft hyphens": _user("Pay " + IBAN.replace(" ", "\u00ad") + " today"),
    "nbsp separators": _user("Pay " + IBAN.replace(" ", "\u00a0") + " today"),
    "hyphen separators": _user("Pay " + IBAN.replace(" ", "-") + " today"),
    "cyrillic E": _user("Pay D\u0415" + IBAN[2:] + " today"),
    "fullwidth": _user("Pay " + "".join(chr(ord(c) + 0xFEE0) if c != " " else c for c in IBAN)),
    "lower case": _user("pay " + IBAN.lower()),
    "three content parts": _user(_parts("Pay DE44 50", "01 0517 5407", " 3249 31 today")),
    "two messages": [*_user("Pay DE44 5001 0517"), *_user("5407 3249 31 today")],
    "base64": _user("Decode: " + base64.b64encode(f"IBAN {IBAN}".encode()).decode()),
    "fullwidth DNI": _user("Mi DNI es ４８３９５７６２－Ｊ"),
    "health one word per part": _user(_parts(*DIAGNOSIS.split(" "))),
}  # fmt: skip


def _us_received(stack: Stack) -> int:
    return len(stack.upstreams[US].sim.received)


@pytest.mark.parametrize("trick", OPENAI_BODIES)
async def test_evasion_never_reaches_the_us_tier_openai_sdk(tiers: Stack, trick: str) -> None:
    """An evasion sent with the openai SDK is classified above public and kept off the US."""
    client = openai.AsyncOpenAI(base_url=tiers.base_url, api_key="test", max_retries=0)
    raw = await client.chat.completions.with_raw_response.create(
        model="chat", messages=OPENAI_BODIES[trick]
    )
    assert raw.headers["x-sovproxy-level"] != "public"
    assert raw.headers["x-sovproxy-backend"] != US
    assert _us_received(tiers) == 0
    await client.close()


async def test_health_first_in_split_system_blocks_anthropic_sdk(tiers: Stack) -> None:
    """Health text cut across Anthropic system blocks is restricted and stays off the US."""
    client = anthropic.AsyncAnthropic(base_url=tiers.url, api_key="test", max_retries=0)
    raw = await client.messages.with_raw_response.create(
        model="chat",
        max_tokens=16,
        system=[
            {"type": "text", "text": "The patient was diag"},
            {"type": "text", "text": "nosed with diabetes."},
        ],
        messages=[{"role": "user", "content": "Summarise the file."}],
    )
    assert raw.headers["x-sovproxy-level"] == "restricted"
    assert raw.headers["x-sovproxy-backend"] == "onprem-llm"
    assert _us_received(tiers) == 0
    await client.close()


async def test_ordinary_non_latin_text_still_goes_to_the_cheapest_tier(tiers: Stack) -> None:
    """Normalisation does not over-classify: CJK, Cyrillic and emoji text stays public."""
    client = openai.AsyncOpenAI(base_url=tiers.base_url, api_key="test", max_retries=0)
    raw = await client.chat.completions.with_raw_response.create(
        model="chat",
        messages=_user("東京の天気は？ Как дела? Ça va — très bien… 🎉 (１００円)"),
    )
    assert raw.headers["x-sovproxy-level"] == "public"
    assert raw.headers["x-sovproxy-backend"] == US
    await client.close()
