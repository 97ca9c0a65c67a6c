"""YAML with line numbers, and a typed cursor that turns shape errors into ``PolicyError``.

PyYAML's composer gives nodes with marks; we build plain Python values from them and remember the
line of every key and list item, keyed by its path (``("spec", "rules", 3, "when", "level.in")``).
Validation code walks values through ``At`` cursors, so every error it raises names the file, the
line and the key, which is what an author needs to fix a policy quickly.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import NoReturn

import yaml

from proxy.classify.taxonomy import Level

Path_ = tuple[str | int, ...]


class PolicyError(ValueError):
    """A policy (or policy test file) is invalid; ``str`` reads ``file:line: key: message``."""

    def __init__(self, message: str, *, file: str, line: int | None = None, key: str = ""):
        self.file = file
        self.line = line
        self.key = key
        self.message = message
        where = f"{file}:{line}" if line else file
        super().__init__(f"{where}: {key}: {message}" if key else f"{where}: {message}")


class PolicyErrors(PolicyError):
    """Several independent problems (rules, guardrails): ``str`` has one line each."""

    def __init__(self, problems: list[PolicyError]):
        first = problems[0]
        super().__init__(first.message, file=first.file, line=first.line, key=first.key)
        self.problems = tuple(problems)

    def __str__(self) -> str:
        return "\n".join(PolicyError.__str__(problem) for problem in self.problems)


def format_path(path: Path_) -> str:
    """``("spec", "rules", 3, "to")`` → ``spec.rules[3].to``."""
    out = ""
    for part in path:
        out += f"[{part}]" if isinstance(part, int) else (f".{part}" if out else part)
    return out


@dataclass(frozen=True, slots=True)
class Source:
    """A parsed YAML document: its values plus the line (1-based) of every path in it."""

    file: str
    root: object
    lines: dict[Path_, int]

    def at(self) -> At:
        """A cursor on the document root."""
        return At(self.root, (), self)


def parse_yaml(text: str, file: str) -> Source:
    """Parse one YAML document, recording lines; syntax errors and duplicate keys raise."""
    try:
        return _parse(text, file)
    except yaml.MarkedYAMLError as exc:
        line = exc.problem_mark.line + 1 if exc.problem_mark else None
        raise PolicyError(f"invalid YAML: {exc.problem}", file=file, line=line) from None
    except yaml.YAMLError as exc:
        raise PolicyError(f"invalid YAML: {exc}", file=file) from None


def _parse(text: str, file: str) -> Source:
    loader = yaml.SafeLoader(text)
    try:
        node = loader.get_single_node()
        lines: dict[Path_, int] = {}
        root = _build(loader, node, (), lines, file) if node is not None else None
    finally:
        loader.dispose()
    return Source(file, root, lines)


def _build(
    loader: yaml.SafeLoader, node: yaml.Node, path: Path_, lines: dict[Path_, int], file: str
) -> object:
    """Turn a node into plain values, recording lines under ``path``."""
    lines.setdefault(path, node.start_mark.line + 1)
    if isinstance(node, yaml.MappingNode):
        out: dict[str, object] = {}
        for key_node, value_node in node.value:
            key = str(loader.construct_object(key_node, deep=True))
            line = key_node.start_mark.line + 1
            if key in out:
                raise PolicyError(
                    "duplicate key", file=file, line=line, key=format_path((*path, key))
                )
            lines[(*path, key)] = line
            out[key] = _build(loader, value_node, (*path, key), lines, file)
        return out
    if isinstance(node, yaml.SequenceNode):
        return [_build(loader, item, (*path, i), lines, file) for i, item in enumerate(node.value)]
    return loader.construct_object(node, deep=True)


@dataclass(frozen=True, slots=True)
class At:
    """A value at a path in a ``Source``; its accessors check the type or raise ``PolicyError``."""

    value: object
    path: Path_
    src: Source

    @property
    def key(self) -> str:
        """The dotted path of this value (``spec.rules[3].to``)."""
        return format_path(self.path)

    @property
    def line(self) -> int | None:
        """The line of this value's key or list item, or of its nearest recorded parent."""
        path = self.path
        while path not in self.src.lines and path:
            path = path[:-1]
        return self.src.lines.get(path)

    def fail(self, message: str) -> NoReturn:
        """Raise a ``PolicyError`` located at this value."""
        raise PolicyError(message, file=self.src.file, line=self.line, key=self.key)

    def child(self, key: str | int, value: object) -> At:
        """A cursor on a member of this value."""
        return At(value, (*self.path, key), self.src)

    def mapping(self, allowed: Iterable[str], required: Iterable[str] = ()) -> dict[str, At]:
        """The members of a mapping; unknown keys and missing required keys are errors."""
        if not isinstance(self.value, dict):
            self.fail("expected a mapping")
        allowed_set = set(allowed)
        members = {k: self.child(k, v) for k, v in self.value.items()}
        for name, member in members.items():
            if name not in allowed_set:
                member.fail(
                    f"unknown key {name!r}; expected one of {', '.join(sorted(allowed_set))}"
                )
        for name in required:
            if name not in members:
                self.fail(f"missing required key {name!r}")
        return members

    def items(self) -> list[tuple[str, At]]:
        """The members of a mapping with free-form keys (names)."""
        if not isinstance(self.value, dict):
            self.fail("expected a mapping")
        return [(k, self.child(k, v)) for k, v in self.value.items()]

    def seq(self) -> list[At]:
        """The items of a list."""
        if not isinstance(self.value, list):
            self.fail("expected a list")
        return [self.child(i, v) for i, v in enumerate(self.value)]

    def string(self) -> str:
        """A non-empty string (numbers such as versions are accepted and turned into text)."""
        if isinstance(self.value, bool) or not isinstance(self.value, str | int | float):
            self.fail("expected a string")
        text = str(self.value)
        if not text.strip():
            self.fail("must not be empty")
        return text

    def strings(self) -> tuple[str, ...]:
        """A list of non-empty strings."""
        return tuple(item.string() for item in self.seq())

    def boolean(self) -> bool:
        """``true`` or ``false``."""
        if not isinstance(self.value, bool):
            self.fail("expected true or false")
        return self.value

    def integer(self) -> int:
        """An integer."""
        if isinstance(self.value, bool) or not isinstance(self.value, int):
            self.fail("expected an integer")
        return self.value

    def level(self) -> Level:
        """One of the four level names."""
        text = self.string()
        try:
            return Level.parse(text)
        except ValueError:
            self.fail(f"unknown level {text!r}; expected one of {_LEVEL_NAMES}")

    def choice(self, options: Iterable[str]) -> str:
        """One string out of a closed set."""
        text = self.string()
        opts = tuple(options)
        if text not in opts:
            self.fail(f"unknown value {text!r}; expected one of {', '.join(opts)}")
        return text


_LEVEL_NAMES = ", ".join(level.label for level in Level)
