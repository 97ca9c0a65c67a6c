"""Given names and surnames of two more Faker projects, read from git snapshots at dev time.

``build_names.py`` imports this module; the proxy never does. Both projects are MIT-licensed
test-data generators whose name lists, like Python Faker's, are drawn from public
name-frequency statistics:

- `faker-js/faker <https://github.com/faker-js/faker>`_: ``src/locales/<locale>/person/``
  ``first_name.ts`` and ``last_name.ts`` of every locale (quoted strings);
- `FakerPHP/Faker <https://github.com/FakerPHP/Faker>`_: the ``$firstName…`` and
  ``$lastName…`` arrays (and the Dutch ``$…LastNames``) of every
  ``src/Faker/Provider/<locale>/Person.php``.

Middle names are left out: the Danish ones are surnames and place words ("Bjerg", "Holm").

The caller keeps the Latin-script tokens and filters them like Mimesis' names.
"""

from __future__ import annotations

import re
import subprocess
from pathlib import Path

FAKER_JS = Path("/work/.mirror/faker-js+faker/repo")
FAKER_PHP = Path("/work/.mirror/FakerPHP+Faker/repo")
_JS_FILE = re.compile(r"^src/locales/[^/]+/person/(first_name|last_name)\.ts$")
_PHP_FILE = re.compile(r"^src/Faker/Provider/[^/]+/Person\.php$")
_PHP_ARRAY = re.compile(r"static \$(\w+)\s*=\s*\[(.*?)\];", re.S)
_PHP_GIVEN = re.compile(r"^firstName(?!Format)\w*$")
_PHP_SURNAME = re.compile(r"^(?:lastName(?!Format|Suffix)\w*|\w+LastNames)$")
_QUOTED = re.compile(r"'((?:[^'\\\n]|\\.)*)'|\"((?:[^\"\\\n]|\\.)*)\"")
_ESCAPE = re.compile(r"\\(.)")


class Snapshot:
    """One git snapshot (no work tree needed): its files and short commit id. ``build_names``
    reads Mimesis through it too."""

    def __init__(self, mirror: Path) -> None:
        self.mirror = mirror
        self.commit = self.git("rev-parse", "--short", "HEAD").strip()

    def git(self, *args: str) -> str:
        """The output of one git command run on the snapshot."""
        run = ["git", "-C", str(self.mirror), *args]
        return subprocess.run(run, capture_output=True, check=True, encoding="utf-8").stdout

    def files(self, pattern: re.Pattern[str]) -> list[str]:
        """The paths at HEAD matching ``pattern``."""
        listing = self.git("ls-tree", "-r", "--name-only", "HEAD")
        return [path for path in listing.split("\n") if pattern.match(path)]

    def read(self, path: str) -> str:
        """One file at HEAD."""
        return self.git("show", f"HEAD:{path}")


def _quoted(text: str) -> set[str]:
    """Every single- or double-quoted string of a source text, unescaped ("O\\'Brien")."""
    return {_ESCAPE.sub(r"\1", a or b) for a, b in _QUOTED.findall(text)}


def faker_js(snapshot: Snapshot) -> tuple[set[str], set[str]]:
    """The given names and surnames of every faker-js locale."""
    given: set[str] = set()
    surnames: set[str] = set()
    for path in snapshot.files(_JS_FILE):
        match = _JS_FILE.match(path)
        assert match is not None
        (surnames if match.group(1) == "last_name" else given).update(_quoted(snapshot.read(path)))
    return given, surnames


def faker_php(snapshot: Snapshot) -> tuple[set[str], set[str]]:
    """The given names and surnames of every FakerPHP locale's person provider."""
    given: set[str] = set()
    surnames: set[str] = set()
    for path in snapshot.files(_PHP_FILE):
        for name, body in _PHP_ARRAY.findall(snapshot.read(path)):
            if _PHP_GIVEN.match(name):
                given.update(_quoted(body))
            elif _PHP_SURNAME.match(name):
                surnames.update(_quoted(body))
    return given, surnames


def names(js: Path, php: Path) -> tuple[tuple[set[str], set[str]], str]:
    """The given names and surnames of faker-js and FakerPHP, and a header naming them."""
    js_snapshot, php_snapshot = Snapshot(js), Snapshot(php)
    js_given, js_surnames = faker_js(js_snapshot)
    php_given, php_surnames = faker_php(php_snapshot)
    also = (
        "Source: every locale of faker-js (https://github.com/faker-js/faker, commit "
        f"{js_snapshot.commit}) and FakerPHP (https://github.com/FakerPHP/Faker, commit "
        f"{php_snapshot.commit}), MIT License."
    )
    return (js_given | php_given, js_surnames | php_surnames), also
