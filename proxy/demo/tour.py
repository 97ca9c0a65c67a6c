"""The demo's opening tour: three prompts of rising sensitivity, and where each one went."""

from __future__ import annotations

from collections.abc import Callable

import aiohttp
import orjson

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


async def tour(base_url: str, out: Callable[[str], None]) -> list[dict[str, str]]:
    """Send each tour prompt through the proxy and print the decision headers."""
    rows: list[dict[str, str]] = []
    async with aiohttp.ClientSession() as session:
        for what, prompt in TOUR:
            body = {"model": "chat", "messages": [{"role": "user", "content": prompt}]}
            async with session.post(
                f"{base_url}/v1/chat/completions",
                data=orjson.dumps(body),
                headers={"Content-Type": "application/json", "Authorization": "Bearer demo"},
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
    return rows


def render(rows: list[dict[str, str]]) -> str:
    """A plain table of the tour's results."""
    if not rows:
        return ""
    cols = list(rows[0])
    widths = {c: max(len(c), *(len(r[c]) for r in rows)) for c in cols}
    line = "  ".join(c.ljust(widths[c]) for c in cols)
    body = ["  ".join(r[c].ljust(widths[c]) for c in cols) for r in rows]
    return "\n".join(["Tour: three prompts, three tiers", line, *body, ""])
