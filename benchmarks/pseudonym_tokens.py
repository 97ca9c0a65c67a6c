"""Token cost of pseudonym formats, counted with real tokenizers where they load offline.

Run: ``python benchmarks/pseudonym_tokens.py [--bpe-dir DIR] [--samples N]``. Needs none of the
project's code. Tokenizers, each used only if it loads without the network:

- OpenAI ``o200k_base`` (GPT-4o and later) and ``cl100k_base`` (GPT-4, GPT-3.5) through
  ``tiktoken``: from tiktoken's own cache, or from ``DIR/<name>.tiktoken`` (the file tiktoken
  would download); tiktoken checks each file against its published SHA-256 either way.
- Mistral ``tekken`` (Nemo, Large 2, Small 3) through ``mistral-common``, which ships the file.

Characters are always counted. Ids are real: a keyed HMAC-SHA256 of tenant, type and value,
truncated to the id alphabet (a fixed demo key, not a secret). The study that reads these
figures is ``benchmarks/pseudonym_format.md``.
"""

from __future__ import annotations

import argparse
import hashlib
import hmac
import math
import os
import statistics
from collections.abc import Callable
from typing import Any

Split = Callable[[str], list[str]]

DEMO_KEY = b"sovproxy-benchmark-demo-key"
ALPHABETS = {
    "crockford32": "0123456789abcdefghjkmnpqrstvwxyz",
    "rfc4648-32": "abcdefghijklmnopqrstuvwxyz234567",
    "hex": "0123456789abcdef",
    "consonants20": "bcdfghjkmnpqrstvwxyz",
}
SENTENCE = "Bitte schreiben Sie {x} wegen der Rechnung vom 3. März eine kurze Antwort."
FAKE_NAMES = ["Claire Dubois", "Jonas Becker", "Marta Nowak", "Luca Bianchi", "Elena García"]


def pseudo_id(value: str, kind: str, alphabet: str, length: int, tenant: str = "acme") -> str:
    """The first ``length`` digits, in ``alphabet``, of HMAC(tenant, type, value)."""
    msg = f"{tenant}\x1f{kind}\x1f{value.casefold()}".encode()
    number = int.from_bytes(hmac.new(DEMO_KEY, msg, hashlib.sha256).digest(), "big")
    digits = []
    for _ in range(length):
        number, rest = divmod(number, len(alphabet))
        digits.append(alphabet[rest])
    return "".join(digits)


def _tiktoken_split(name: str, bpe_dir: str | None) -> Split | None:
    """A tiktoken encoding as a splitter into pieces, or None when its file is not to be had."""
    try:
        import tiktoken
        from tiktoken_ext import openai_public
    except ImportError:
        return None
    if bpe_dir:
        real_load = openai_public.load_tiktoken_bpe

        def local(url: str, expected_hash: str | None = None) -> Any:
            path = os.path.join(bpe_dir, os.path.basename(url))
            return real_load(path, expected_hash=expected_hash)

        openai_public.load_tiktoken_bpe = local
        try:
            spec = getattr(openai_public, name)()
            enc = tiktoken.Encoding(**spec)
        except (OSError, ValueError):
            enc = None
        finally:
            openai_public.load_tiktoken_bpe = real_load
    else:
        try:
            enc = tiktoken.get_encoding(name)
        except Exception:  # no network, no cache: the library raises connection errors
            enc = None
    if enc is None:
        return None
    return lambda text: [enc.decode([t]) for t in enc.encode(text, disallowed_special=())]


def _tekken_split() -> Split | None:
    """Mistral's tekken tokenizer, shipped inside mistral-common, as a splitter into pieces."""
    try:
        import mistral_common
        from mistral_common.tokens.tokenizers.tekken import Tekkenizer
    except ImportError:
        return None
    path = os.path.join(os.path.dirname(mistral_common.__file__), "data", "tekken_240911.json")
    if not os.path.exists(path):
        return None
    tok = Tekkenizer.from_file(path)
    return lambda text: [tok.id_to_piece(t) for t in tok.encode(text, bos=False, eos=False)]


def tokenizers(bpe_dir: str | None) -> dict[str, Split]:
    """Every splitter that loads here, characters first."""
    found: dict[str, Split | None] = {
        "chars": list,
        "o200k": _tiktoken_split("o200k_base", bpe_dir),
        "cl100k": _tiktoken_split("cl100k_base", bpe_dir),
        "tekken": _tekken_split(),
    }
    return {name: split for name, split in found.items() if split is not None}


def fake_iban(value: str, country: str = "DE") -> str:
    """A German-format IBAN with valid ISO 7064 check digits, derived from ``value``."""
    digest = hashlib.sha256(DEMO_KEY + value.encode()).hexdigest()
    bban = "".join(str(int(c, 16) % 10) for c in digest[:18])
    letters = "".join(str(ord(c) - 55) for c in country)
    check = 98 - int(bban + letters + "00") % 97
    raw = f"{country}{check:02d}{bban}"
    return " ".join(raw[i : i + 4] for i in range(0, len(raw), 4))


def fake_card(value: str, prefix: str = "4") -> str:
    """A 16-digit card number with a valid Luhn digit, derived from ``value``."""
    digest = hashlib.sha256(DEMO_KEY + value.encode()).hexdigest()
    body = prefix + "".join(str(int(c, 16) % 10) for c in digest[: 15 - len(prefix)])
    total = 0
    for i, ch in enumerate(reversed(body)):
        d = int(ch) * (2 if i % 2 == 0 else 1)
        total += d - 9 if d > 9 else d
    raw = body + str((10 - total % 10) % 10)
    return " ".join(raw[i : i + 4] for i in range(0, 16, 4))


def formats(value: str, kind: str, index: int) -> dict[str, str]:
    """The placeholder formats compared, for one value of one type."""
    pid = pseudo_id(value, kind, ALPHABETS["rfc4648-32"], 6)
    shown = {
        f"<{kind}_n>": f"<{kind}_{index}>",
        f"<{kind}>": f"<{kind}>",
        f"[{kind}_n]": f"[{kind}_{index}]",
        f"[REDACTED_{kind}_n]": f"[REDACTED_{kind}_{index}]",
        f"[{kind}_xxxxxx]": f"[{kind}_{pid}]",
        f"{kind}_xxxxxx": f"{kind}_{pid}",
        f"{{{{{kind}_xxxxxx}}}}": f"{{{{{kind}_{pid}}}}}",
    }
    fakes = {"PERSON": FAKE_NAMES[index % len(FAKE_NAMES)], "IBAN": fake_iban(value)}
    fakes["CARD"] = fake_card(value)
    if kind in fakes:
        shown[f"fake {kind.lower()}"] = fakes[kind]
    return shown


def mean_max(split: Split, texts: list[str]) -> str:
    """``mean / max`` of the number of pieces of ``texts``."""
    counts = [len(split(t)) for t in texts]
    return f"{statistics.fmean(counts):.1f} / {max(counts)}"


def table(title: str, header: list[str], rows: list[list[str]]) -> None:
    """Print one markdown table."""
    print(f"\n### {title}\n")
    print("| " + " | ".join(header) + " |")
    print("|" + "|".join("---" for _ in header) + "|")
    for row in rows:
        print("| " + " | ".join(row) + " |")


def format_table(splits: dict[str, Split], kind: str, real: list[str]) -> None:
    """Mean / max tokens of each format, alone and in a sentence, over ``real`` values."""
    per_value = [formats(v, kind, i % 9 + 1) for i, v in enumerate(real)]
    base = {name: len(split(SENTENCE.format(x=""))) for name, split in splits.items()}
    rows = []
    for label in per_value[0]:
        texts = [f[label] for f in per_value]
        cells = [f"`{label}`"]
        for name, split in splits.items():
            alone = mean_max(split, texts)
            if name == "chars":
                cells.append(alone)
                continue
            in_ctx = [len(split(SENTENCE.format(x=t))) - base[name] for t in texts]
            cells.append(f"{alone} · {statistics.fmean(in_ctx):.1f}")
        rows.append(cells)
    head = ["format", *(n if n == "chars" else f"{n} alone · in sentence" for n in splits)]
    table(f"{kind}: mean / max over {len(real)} values", head, rows)


def alphabet_table(splits: dict[str, Split], real: list[str]) -> None:
    """Tokens of ``[PERSON_<id>]`` for each id alphabet and length; bits; collision odds."""
    models = {n: s for n, s in splits.items() if n != "chars"}
    rows = []
    for name, alphabet in ALPHABETS.items():
        for length in (4, 6, 8):
            texts = [f"[PERSON_{pseudo_id(v, 'PERSON', alphabet, length)}]" for v in real]
            bits = length * math.log2(len(alphabet))
            odds = 50 * 49 / 2 / 2**bits
            cells = [f"{name} × {length}", f"{bits:.0f}", f"{odds:.1e}"]
            rows.append(cells + [mean_max(s, texts) for s in models.values()])
    head = ["id alphabet × length", "bits", "P(collision, 50 values)"]
    table(
        "`[PERSON_<id>]` by id alphabet and length",
        head + [f"{n} mean / max" for n in models],
        rows,
    )


def inflection_table(splits: dict[str, Split]) -> None:
    """Inflected uses: tokens, and the pieces from the closing bracket on (first model only)."""
    pid = pseudo_id("Sophie Martin", "PERSON", ALPHABETS["rfc4648-32"], 6)
    token = f"[PERSON_{pid}]"
    uses = {
        "de genitive": f"der Vertrag {token}s",
        "de article": f"die Akte des Kunden {token}",
        "pl dative": f"wyślij {token}owi",
        "pl instrumental": f"rozmawiałem z {token}em",
        "pl locative": f"o {token}ie",
        "fr elision": f"le dossier d'{token}",
        "it article": f"l'{token.replace('PERSON', 'EMAIL')}",
        "en possessive": f"{token}'s contract",
    }
    models = {n: s for n, s in splits.items() if n != "chars"}
    first = next(iter(models), None)
    rows = []
    for label, text in uses.items():
        cells = [label, f"`{text}`", *(str(len(s(text))) for s in models.values())]
        if first:
            pieces = models[first](text)
            close = next(i for i, p in enumerate(pieces) if "]" in p)
            cells.append(" ".join(f"`{p}`" for p in pieces[close : close + 2]))
        rows.append(cells)
    head = ["use", "text", *models] + ([f"{first} pieces from `]`"] if first else [])
    table("Inflected uses (tokens)", head, rows)


def main() -> None:
    """Print the tables the study quotes."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--bpe-dir", help="folder with o200k_base.tiktoken, cl100k_base.tiktoken")
    parser.add_argument("--samples", type=int, default=500, help="values per type")
    args = parser.parse_args()
    splits = tokenizers(args.bpe_dir)
    print("tokenizers loaded:", ", ".join(splits))
    names = [f"{f} {s}" for f in FAKE_NAMES for s in ("Martin", "Kowalska", "Rossi", "Schmidt")]
    real = [f"{names[i % len(names)]} {i}" for i in range(args.samples)]
    for kind in ("PERSON", "IBAN", "CARD"):
        format_table(splits, kind, real)
    alphabet_table(splits, real)
    inflection_table(splits)


if __name__ == "__main__":
    main()
