"""The demo's opening tour: three prompts of rising sensitivity, and where each one went; then
one request whose name and IBAN are pseudonymised on the way out and restored on the way back."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

import aiohttp
import orjson

from proxy.demo.quote import answer, last_user_text
from proxy.demo.simulator import Simulator

#: (what it shows, the prompt) — the values are synthetic, with valid checksums.
TOUR: tuple[tuple[str, str], ...] = (
    ("a public question", "What is the capital of Portugal?"),
    (
        "a payment with an IBAN",
        "Please draft a payment reminder for IBAN DE58 4306 0967 7000 3124 58.",
    ),
    (
        "a patient's diagnosis",
        "Summarise for the ward: the patient was diagnosed with type 2 diabetes (E11.9) and takes"
        " metformin 500 mg twice daily.",
    ),
)


#: A letter about a payment: the policy's rule R25 pseudonymises the name and the IBAN (synthetic,
#: valid checksum) so the hyperscaler may draft it.
REDACT_PROMPT = "Draft a payment reminder to Katarzyna Nowak for IBAN DE74 2605 0001 0081 2745 63."
_HEADERS = {"Content-Type": "application/json", "Authorization": "Bearer demo"}


def _chat(prompt: str) -> bytes:
    return orjson.dumps({"model": "chat", "messages": [{"role": "user", "content": prompt}]})


async def tour(
    base_url: str, out: Callable[[str], None], sims: Mapping[str, Simulator] | None = None
) -> list[dict[str, str]]:
    """Send each tour prompt through the proxy and print the decision headers; with the
    simulators at hand, then show one redact-then-route request end to end."""
    rows: list[dict[str, str]] = []
    async with aiohttp.ClientSession() as session:
        for what, prompt in TOUR:
            async with session.post(
                f"{base_url}/v1/chat/completions", data=_chat(prompt), headers=_HEADERS
            ) as resp:
                await resp.read()
                rows.append(
                    {
                        "prompt": what,
                        "status": str(resp.status),
                        "level": resp.headers.get("x-sovproxy-level", "-"),
                        "rule": resp.headers.get("x-sovproxy-rule", "-"),
                        "backend": resp.headers.get("x-sovproxy-backend", "-"),
                        "tier": resp.headers.get("x-sovproxy-tier", "-"),
                        "jurisdictions": resp.headers.get("x-sovproxy-jurisdictions", "-"),
                    }
                )
        out(render(rows))
        if sims is not None:
            out(await redact_round_trip(session, base_url, sims))
    return rows


async def redact_round_trip(
    session: aiohttp.ClientSession, base_url: str, sims: Mapping[str, Simulator]
) -> str:
    """One request through ``redact_then_route``: what was sent, what the backend received
    and answered, and what came back to the client (the values restored)."""
    url = f"{base_url}/v1/chat/completions"
    async with session.post(url, data=_chat(REDACT_PROMPT), headers=_HEADERS) as resp:
        data: Any = orjson.loads(await resp.read())
        headers = resp.headers
    lines = ["Redact, route, restore: a payment reminder with a name and an IBAN"]
    lines.append(_row("you sent", REDACT_PROMPT))
    backend = headers.get("x-sovproxy-backend", "")
    if resp.status != 200 or backend not in sims or not sims[backend].received:
        return "\n".join([*lines, _row("status", f"{resp.status} (not routed)"), ""])
    received = sims[backend].received[-1].json()
    decision = (
        f"rule {headers.get('x-sovproxy-rule', '-')}, level {headers.get('x-sovproxy-level', '-')},"
        f" {headers.get('x-sovproxy-redacted', '0')} values pseudonymised"
        f" -> {backend} ({headers.get('x-sovproxy-tier', '-')})"
    )
    lines += [
        _row("decision", decision),
        _row(f"{backend} got", last_user_text(received)),
        _row("it answered", answer(sims[backend].reply, received)),
        _row("you got back", str(data["choices"][0]["message"]["content"])),
        "",
    ]
    return "\n".join(lines)


def _row(label: str, value: str) -> str:
    return f"  {label:<20}{value}"


def render(rows: list[dict[str, str]]) -> str:
    """A plain table of the tour's results."""
    if not rows:
        return ""
    cols = list(rows[0])
    widths = {c: max(len(c), *(len(r[c]) for r in rows)) for c in cols}
    line = "  ".join(c.ljust(widths[c]) for c in cols)
    body = ["  ".join(r[c].ljust(widths[c]) for c in cols) for r in rows]
    return "\n".join(["Tour: three prompts, three tiers", line, *body, ""])
