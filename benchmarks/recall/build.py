"""Build the independent recall set from public labelled sources (issue 11, "How to measure").

Run: ``python benchmarks/recall/build.py [--mirrors /work/.mirror] [--no-nc]``. It reads the
fetched snapshots (bare git directories ``<mirrors>/<owner>+<name>/repo``) and writes
``benchmarks/recall/data/{dev,heldout}.jsonl`` plus ``manifest.json`` (source commits, counts).
The data files are derived from third-party material and are not committed: rebuild them.

Each case goes to ``dev`` or ``heldout`` once, by a hash of its id (``_common.split_of``); the
id hashes the case itself (source, file, value or sentence), not its position. Work on detectors
may look at ``dev``; ``heldout`` is for reporting only — nobody reads its failures to tune.

Label mapping, source by source, is documented in each module's docstring:
``_presidio`` (Presidio entities), ``_stdnum`` (stdnum schemes), ``_secrets`` (gitleaks rules,
detect-secrets plugins), ``_ner`` (PER/LOC/ORG tags), ``_addresses`` and ``_parser_tests`` (postal
addresses).
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections import Counter
from collections.abc import Callable, Iterator
from pathlib import Path

if __package__ in (None, ""):
    sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from benchmarks.recall import _addresses, _ner, _parser_tests, _presidio, _secrets, _stdnum
from benchmarks.recall._common import MIRRORS, Mirror, Record, split_of

DATA = Path(__file__).parent / "data"

#: (name, repository, licence, reader, non-commercial)
SOURCES: list[tuple[str, str, str, Callable[[Mirror], Iterator[Record]], bool]] = [
    ("presidio", _presidio.REPO, "MIT", _presidio.records, False),
    ("stdnum", _stdnum.REPO, "LGPL-2.1-or-later", _stdnum.records, False),
    ("gitleaks", _secrets.GITLEAKS, "MIT", _secrets.gitleaks_records, False),
    (
        "detect-secrets",
        _secrets.DETECT_SECRETS,
        "Apache-2.0",
        _secrets.detect_secrets_records,
        False,
    ),
    ("europeana", _ner.EUROPEANA, "CC0-1.0", _ner.europeana_records, False),
    ("wikigold+wnut17", _ner.ENTITY_DATASETS, "CC-BY-4.0", _ner.english_records, False),
    ("wikineural", _ner.WIKINEURAL, "CC-BY-NC-SA-4.0", _ner.wikineural_records, True),
    ("opencage", _addresses.OPENCAGE, "MIT", _addresses.opencage_records, False),
    ("pelias", _addresses.PELIAS, "MIT", _parser_tests.pelias_records, False),
    ("libpostal", _addresses.LIBPOSTAL, "MIT", _parser_tests.libpostal_records, False),
    ("ilib", _parser_tests.ILIB, "Apache-2.0", _parser_tests.ilib_records, False),
]


def collect(mirrors: Path, include_nc: bool) -> tuple[list[Record], dict[str, object]]:
    """All records, deduplicated by id and by text (first source wins), and the manifest."""
    records: list[Record] = []
    seen_ids: set[str] = set()
    seen_texts: set[str] = set()
    manifest: dict[str, object] = {}
    for name, repo, licence, reader, nc in SOURCES:
        mirror = Mirror(mirrors, repo)
        if (nc and not include_nc) or not mirror.available():
            manifest[name] = {"repo": repo, "licence": licence, "skipped": True}
            continue
        count = 0
        for rec in reader(mirror):
            if rec.id in seen_ids or rec.text in seen_texts or not rec.text.strip():
                continue
            seen_ids.add(rec.id)
            seen_texts.add(rec.text)
            records.append(rec)
            count += 1
        manifest[name] = {"repo": repo, "licence": licence, "commit": mirror.commit(), "n": count}
    return records, manifest


def _replace(path: Path, text: str) -> None:
    """Write ``path`` atomically: a temporary file beside it, then a rename (people run the
    evaluation while the set is rebuilt; they read the old file or the new one, never half)."""
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    tmp.write_text(text, encoding="utf-8")
    os.replace(tmp, path)


def write(records: list[Record], manifest: dict[str, object], out: Path) -> Counter[str]:
    """Write both halves and the manifest; return the split sizes."""
    out.mkdir(parents=True, exist_ok=True)
    sizes: Counter[str] = Counter()
    halves: dict[str, list[str]] = {"dev": [], "heldout": []}
    for rec in records:
        half = split_of(rec.id)
        halves[half].append(json.dumps(rec.as_json(), ensure_ascii=False) + "\n")
        sizes[half] += 1
    for name, lines in halves.items():
        _replace(out / f"{name}.jsonl", "".join(lines))
    manifest["split_sizes"] = dict(sizes)
    _replace(out / "manifest.json", json.dumps(manifest, indent=2) + "\n")
    return sizes


def main(argv: list[str] | None = None) -> None:
    """Build the set and print what came from where."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--mirrors", type=Path, default=MIRRORS)
    parser.add_argument("--out", type=Path, default=DATA)
    parser.add_argument("--no-nc", action="store_true", help="leave out non-commercial sources")
    args = parser.parse_args(argv)
    records, manifest = collect(args.mirrors, include_nc=not args.no_nc)
    sizes = write(records, manifest, args.out)
    for name, info in manifest.items():
        if isinstance(info, dict) and "licence" in info:
            print(f"{name:18} {info['licence']:18} {info.get('n', 'skipped')}")
    print(f"dev {sizes['dev']}  heldout {sizes['heldout']}  -> {args.out}")


if __name__ == "__main__":
    main()
