"""YAML loading for configuration files: line numbers, duplicate keys and ``${env:NAME}``
references.

Every configuration error must name the file, the line and the key. PyYAML drops positions once it
has built Python objects, so this loader records the line of every mapping key and sequence item by
path, refuses duplicate keys (PyYAML silently keeps the last one) and resolves ``${env:NAME}`` and
``${env:NAME:-default}`` references from an explicit environment mapping.
"""

from __future__ import annotations

import difflib
import os
import re
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

PathKey = tuple[str | int, ...]

_ENV_REF = re.compile(r"\$\{env:([A-Za-z_][A-Za-z0-9_]*)(?::-([^}]*))?\}")


class ConfigFileError(ValueError):
    """A configuration file is unreadable or invalid; the message names file, line and key."""


class OfflineEnv(Mapping[str, str]):
    """The process environment for commands that never connect (``backends list``, ``policy``):
    a reference to an unset variable without a default reads as ``<unset:NAME>`` instead of
    failing, since no credential is used."""

    def __getitem__(self, name: str) -> str:
        return os.environ[name]

    def __iter__(self) -> Iterator[str]:
        return iter(os.environ)

    def __len__(self) -> int:
        return len(os.environ)


@dataclass
class YamlDoc:
    """A loaded YAML document and the line (1-based) of every key path in it."""

    path: Path
    data: Any
    lines: dict[PathKey, int] = field(default_factory=dict)

    def line_of(self, loc: PathKey) -> int | None:
        """The line of ``loc`` or of its closest enclosing key."""
        for end in range(len(loc), -1, -1):
            line = self.lines.get(tuple(loc[:end]))
            if line is not None:
                return line
        return None

    def error(self, loc: PathKey, message: str) -> ConfigFileError:
        """An error naming this file, the line of ``loc`` and the dotted key."""
        line = self.line_of(loc)
        where = f"{self.path}:{line}" if line else str(self.path)
        return ConfigFileError(f"{where}: {dotted(loc) or '(top level)'}: {message}")


def dotted(loc: PathKey) -> str:
    """``("backends", "x", "hops", 0, "operator")`` → ``backends.x.hops[0].operator``."""
    out = ""
    for part in loc:
        if isinstance(part, int):
            out += f"[{part}]"
        else:
            out += f".{part}" if out else str(part)
    return out


def _convert(node: yaml.Node, loc: PathKey, doc: YamlDoc) -> Any:
    doc.lines.setdefault(loc, node.start_mark.line + 1)
    if isinstance(node, yaml.MappingNode):
        out: dict[Any, Any] = {}
        for key_node, value_node in node.value:
            key = _SAFE.construct_object(key_node, deep=True)
            key_loc = (*loc, str(key))
            if key in out:
                doc.lines[key_loc] = key_node.start_mark.line + 1
                raise doc.error(key_loc, "duplicate key")
            doc.lines[key_loc] = key_node.start_mark.line + 1
            out[key] = _convert(value_node, key_loc, doc)
        return out
    if isinstance(node, yaml.SequenceNode):
        return [_convert(item, (*loc, i), doc) for i, item in enumerate(node.value)]
    return _SAFE.construct_object(node, deep=True)


_SAFE = yaml.SafeLoader("")


def load_yaml(path: Path, env: Mapping[str, str] | None = None) -> YamlDoc:
    """Load one YAML file with line numbers; resolve ``${env:...}`` when ``env`` is given."""
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise ConfigFileError(f"{path}: cannot read: {exc.strerror or exc}") from exc
    return parse_yaml(text, path, env)


def parse_yaml(text: str, path: Path, env: Mapping[str, str] | None = None) -> YamlDoc:
    """Parse YAML text (see :func:`load_yaml`)."""
    doc = YamlDoc(path=path, data=None)
    try:
        node = yaml.compose(text, Loader=yaml.SafeLoader)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        line = f":{mark.line + 1}" if mark is not None else ""
        raise ConfigFileError(f"{path}{line}: invalid YAML: {exc}") from exc
    if node is None:
        return doc
    doc.data = _convert(node, (), doc)
    if env is not None:
        doc.data = _substitute(doc.data, (), doc, env)
    return doc


def resolve_env(value: Any, doc: YamlDoc, env: Mapping[str, str], loc: PathKey = ()) -> Any:
    """Resolve ``${env:...}`` references in ``value`` (errors name ``doc`` and ``loc``)."""
    return _substitute(value, loc, doc, env)


def _substitute(value: Any, loc: PathKey, doc: YamlDoc, env: Mapping[str, str]) -> Any:
    """``value`` with references resolved; every unset variable is reported at once, one line
    each."""
    missing: list[str] = []
    out = _walk(value, loc, doc, env, missing)
    if missing:
        raise ConfigFileError("\n".join(dict.fromkeys(missing)))
    return out


def _walk(
    value: Any, loc: PathKey, doc: YamlDoc, env: Mapping[str, str], missing: list[str]
) -> Any:
    if isinstance(value, dict):
        return {k: _walk(v, (*loc, str(k)), doc, env, missing) for k, v in value.items()}
    if isinstance(value, list):
        return [_walk(v, (*loc, i), doc, env, missing) for i, v in enumerate(value)]
    if isinstance(value, str) and "${" in value:

        def repl(match: re.Match[str]) -> str:
            name, default = match.group(1), match.group(2)
            if name in env:
                return env[name]
            if default is not None:
                return default
            if isinstance(env, OfflineEnv):
                return f"<unset:{name}>"
            missing.append(str(doc.error(loc, f"environment variable {name} is not set")))
            return ""

        return _ENV_REF.sub(repl, value)
    return value


def validation_message(error: Mapping[str, Any], known: Iterable[str] = ()) -> str:
    """A pydantic error's message without pydantic's ``Value error, `` prefix; an unknown key
    says which known key it may be a typo of."""
    if error.get("type") == "extra_forbidden" and error.get("loc"):
        key = str(error["loc"][-1])
        close = difflib.get_close_matches(key, list(known), n=1)
        return f"unknown key (did you mean {close[0]!r}?)" if close else "unknown key"
    return str(error["msg"]).removeprefix("Value error, ")
