"""Secrets: gitleaks (MIT) rule test cases and Yelp/detect-secrets (Apache-2.0) plugin tests.

gitleaks: each rule in ``cmd/generate/config/rules/*.go`` lists true positives (``tps``) and false
positives (``fps``). We take the string literals of those lists and the literal arguments of
``utils.GenerateSampleSecret(s)("id", "secret")``, rendered as gitleaks renders one sample:
``id_api_token = "secret"``. Secrets gitleaks generates at test time from a regex
(``secrets.NewSecret(...)``) are not reproduced. We parse the Go text; nothing is built or run.

detect-secrets: ``tests/plugins/*_test.py`` parametrize cases: a boolean column (``should_flag``)
gives the verdict; a single-column case is positive when its test asserts one finding.

Neither source gives offsets inside the line, so a positive's span is the whole text (any
overlapping finding of the type counts). A negative is annotated for the secret types only
(``expected_level`` unknown: a gitleaks fp is "not this rule", not "no secret at all").

Mapping: rule/plugin names containing ``private-key``/``private_key`` -> ``secret.private_key``;
``jwt`` -> ``secret.jwt``; detect-secrets ``keyword``, ``basic_auth`` -> ``secret.password``;
``ip_public`` -> ``pii.ip_address``; high-entropy strings (no kind) are skipped; everything else
-> ``secret.api_key`` with the rule or plugin name as subtype.
"""

from __future__ import annotations

import ast
import re
from collections.abc import Iterator

from benchmarks.recall._common import Mirror, Record, parametrize_calls, span

GITLEAKS = "gitleaks/gitleaks"
DETECT_SECRETS = "Yelp/detect-secrets"
SECRET_TYPES = ("secret.api_key", "secret.private_key", "secret.password", "secret.jwt")
_TOKEN = re.compile(
    r'//[^\n]*|/\*.*?\*/|"(?:[^"\\\n]|\\.)*"|`[^`]*`|[A-Za-z_][A-Za-z0-9_.]*|:=|\S',
    re.DOTALL,
)
_SAMPLE = ("utils.GenerateSampleSecret", "utils.GenerateSampleSecrets")


def _type_of(name: str) -> tuple[str, str | None] | None:
    lowered = name.lower().replace("-", "_")
    if "private_key" in lowered:
        return "secret.private_key", None
    if "jwt" in lowered:
        return "secret.jwt", None
    if lowered in ("keyword", "basic_auth"):
        return "secret.password", None
    if lowered == "ip_public":
        return "pii.ip_address", None
    if "high_entropy" in lowered or lowered == "base":
        return None
    return "secret.api_key", name


def _go_string(token: str) -> str | None:
    if token.startswith("`"):
        return token[1:-1]
    if token.startswith('"'):
        try:
            return str(ast.literal_eval(token))
        except (ValueError, SyntaxError):
            return None
    return None


def go_samples(body: str) -> Iterator[tuple[str, bool]]:
    """(sample, is_true_positive) from one Go rule function's ``tps``/``fps`` statements."""
    tokens = [t for t in _TOKEN.findall(body) if not t.startswith(("//", "/*"))]
    target: str | None = None
    depth = 0
    for i, tok in enumerate(tokens):
        nxt = tokens[i + 1] if i + 1 < len(tokens) else ""
        if tok in ("tps", "fps") and nxt in (":=", "="):
            target, depth = tok, 0
        elif tok == "return":
            target = None
        elif target is None:
            continue
        elif tok in _SAMPLE and nxt == "(" and tokens[i + 5 : i + 6] == [")"]:
            ident, secret = _go_string(tokens[i + 2]), _go_string(tokens[i + 4])
            if ident is not None and secret is not None:
                yield f'{ident}_api_token = "{secret}"', target == "tps"
        elif tok == "(":
            depth += tokens[i - 1] != "append"
        elif tok == ")":
            depth = max(0, depth - 1)
        elif depth == 0 and "+" not in (tokens[i - 1], nxt):
            value = _go_string(tok)
            if value and tokens[i - 1] in ("{", ",", "(") and nxt in (",", "}", ")"):
                yield value, target == "tps"


def gitleaks_records(mirror: Mirror) -> Iterator[Record]:
    """Every literal tp and fp of every gitleaks rule."""
    for path in mirror.ls("cmd/generate/config/rules"):
        if not path.endswith(".go") or path.endswith("_test.go"):
            continue
        for chunk in mirror.read(path).split("\nfunc ")[1:]:
            rule = re.search(r'RuleID:\s*"([^"]+)"', chunk)
            mapped = _type_of(rule.group(1)) if rule else None
            if mapped is None:
                continue
            for sample, positive in go_samples(chunk):
                yield _record("gitleaks", f"{path}|{sample}", sample, positive, mapped)


def _record(
    source: str, key: str, text: str, positive: bool, mapped: tuple[str, str | None]
) -> Record:
    annotated = tuple(sorted({*SECRET_TYPES, mapped[0]}))
    spans = [span(0, len(text), *mapped)] if positive else []
    return Record(source, "en", text, key, spans, annotated, context="code")


def _ds_cases(tree: ast.Module) -> Iterator[tuple[str, bool]]:
    for function, names, cases in parametrize_calls(tree):
        body = ast.unparse(function)
        single_positive = "== 1" in body and "== 0" not in body
        yield from _ds_rows(names, cases, single_positive)


def _ds_rows(
    names: list[str], values: ast.expr, single_positive: bool
) -> Iterator[tuple[str, bool]]:
    flag = next((i for i, n in enumerate(names) if n in ("should_flag", "expected")), None)
    for elt in getattr(values, "elts", []):
        try:
            case = ast.literal_eval(elt)
        except ValueError:
            continue
        row = case if isinstance(case, tuple) else (case,)
        if len(row) != len(names) or not isinstance(row[0], str):
            continue
        if flag is not None and isinstance(row[flag], bool):
            yield row[0], row[flag]
        elif len(names) == 1 and single_positive:
            yield row[0], True


def detect_secrets_records(mirror: Mirror) -> Iterator[Record]:
    """Every literal, labelled case of every detect-secrets plugin test."""
    for path in mirror.ls("tests/plugins"):
        plugin = path.rsplit("/", 1)[-1].removesuffix("_test.py")
        mapped = _type_of(plugin) if path.endswith("_test.py") else None
        if mapped is None:
            continue
        for line, positive in _ds_cases(ast.parse(mirror.read(path))):
            yield _record("detect-secrets", f"{path}|{line}", line, positive, mapped)
