"""Ed25519 keys and signed notes in the C2SP ``signed-note`` format (https://c2sp.org/signed-note).

A note is text ending in a newline, a blank line, then signature lines ``— <key name>
base64(key id || signature)``. The key id is ``SHA-256(key name || 0x0A || 0x01 || public
key)[:4]`` (signature type ``0x01``: Ed25519). Keys are stored as Go's
``golang.org/x/mod/sumdb/note`` writes them, so ``note`` tooling reads them too:

- verifier key (``PATH.pub``): ``<name>+<hex key id>+base64(0x01 || 32-byte public key)``
- signer key (``PATH``, mode 0600): ``PRIVATE+KEY+<name>+<hex key id>+base64(0x01 || 32-byte seed)``
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import os
from dataclasses import dataclass
from pathlib import Path

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

ED25519 = b"\x01"
_PRIVATE_PREFIX = "PRIVATE+KEY+"
_DASH = "\u2014 "


class KeyFileError(ValueError):
    """A key file that cannot be read or is not a signed-note Ed25519 key."""


def key_id(name: str, public: bytes) -> bytes:
    """The 4-byte key id of an Ed25519 key named ``name`` (signed-note's recommended form)."""
    return hashlib.sha256(name.encode() + b"\n" + ED25519 + public).digest()[:4]


def _check_name(name: str) -> str:
    if not name or any(ch.isspace() or ch == "+" for ch in name):
        raise KeyFileError(f"key name {name!r} must be non-empty, without spaces or '+'")
    return name


@dataclass(frozen=True, slots=True)
class Verifier:
    """A public key that checks signatures of one key name."""

    name: str
    id: bytes
    key: Ed25519PublicKey

    @property
    def vkey(self) -> str:
        """The verifier key line (``PATH.pub``)."""
        raw = self.key.public_bytes_raw()
        return f"{self.name}+{self.id.hex()}+{base64.b64encode(ED25519 + raw).decode()}"

    @classmethod
    def parse(cls, text: str) -> Verifier:
        """Read a verifier key line; ``KeyFileError`` when it is not an Ed25519 vkey."""
        name, hex_id, material = _split(text.strip(), 3)
        raw = _material(material)
        verifier = cls(
            _check_name(name), key_id(name, raw), Ed25519PublicKey.from_public_bytes(raw)
        )
        if verifier.id.hex() != hex_id.lower():
            raise KeyFileError("the key id does not match the key name and public key")
        return verifier

    def verify(self, text: bytes, signature: bytes) -> bool:
        """Whether ``signature`` (without the key id prefix) signs ``text`` with this key."""
        try:
            self.key.verify(signature, text)
        except InvalidSignature:
            return False
        return True


@dataclass(frozen=True, slots=True)
class Signer:
    """A private key that signs notes under one key name."""

    name: str
    key: Ed25519PrivateKey

    @property
    def verifier(self) -> Verifier:
        """The matching public key."""
        public = self.key.public_key()
        return Verifier(self.name, key_id(self.name, public.public_bytes_raw()), public)

    @property
    def skey(self) -> str:
        """The signer key line (``PATH``)."""
        seed = base64.b64encode(ED25519 + self.key.private_bytes_raw()).decode()
        return f"{_PRIVATE_PREFIX}{self.name}+{self.verifier.id.hex()}+{seed}"

    @classmethod
    def generate(cls, name: str) -> Signer:
        """A fresh key named ``name``."""
        return cls(_check_name(name), Ed25519PrivateKey.generate())

    @classmethod
    def parse(cls, text: str) -> Signer:
        """Read a signer key line; ``KeyFileError`` when it is not one."""
        text = text.strip()
        if not text.startswith(_PRIVATE_PREFIX):
            raise KeyFileError("not a signed-note private key (expected PRIVATE+KEY+...)")
        name, hex_id, material = _split(text[len(_PRIVATE_PREFIX) :], 3)
        signer = cls(_check_name(name), Ed25519PrivateKey.from_private_bytes(_material(material)))
        if signer.verifier.id.hex() != hex_id.lower():
            raise KeyFileError("the key id does not match the key name and key")
        return signer

    def sign(self, text: str) -> str:
        """``text`` (ending in a newline) as a signed note with this key's signature line."""
        if not text.endswith("\n"):
            raise ValueError("note text must end with a newline")
        signature = self.key.sign(text.encode())
        line = base64.b64encode(self.verifier.id + signature).decode()
        return f"{text}\n{_DASH}{self.name} {line}\n"


def _split(text: str, parts: int) -> list[str]:
    fields = text.split("+", parts - 1)  # base64 key material may contain "+"
    if len(fields) != parts:
        raise KeyFileError("not a signed-note key (expected name+keyid+key)")
    return fields


def _material(encoded: str) -> bytes:
    try:
        raw = base64.b64decode(encoded, validate=True)
    except (binascii.Error, ValueError):
        raise KeyFileError("the key material is not base64") from None
    if len(raw) != 33 or raw[:1] != ED25519:
        raise KeyFileError("not an Ed25519 key (signature type 0x01, 32 bytes)")
    return raw[1:]


def open_note(note: str, verifier: Verifier) -> tuple[str | None, str]:
    """``(text, "")`` when ``verifier`` signed ``note``, else ``(None, why)``.

    Signatures of other keys are ignored (as the spec requires); a signature with this key's name
    and id that does not verify rejects the note.
    """
    text, sep, signatures = note.rpartition("\n\n")
    if not sep or not signatures.endswith("\n"):
        return None, "not a signed note (no blank line before signatures)"
    text += "\n"
    names = []
    for line in signatures[:-1].split("\n"):
        if not line.startswith(_DASH) or " " not in line[len(_DASH) :]:
            return None, "malformed signature line"
        name, encoded = line[len(_DASH) :].split(" ", 1)
        names.append(name)
        try:
            blob = base64.b64decode(encoded, validate=True)
        except (binascii.Error, ValueError):
            return None, "signature is not base64"
        if name != verifier.name or blob[:4] != verifier.id:
            continue
        if not verifier.verify(text.encode(), blob[4:]):
            return None, "signature does not verify: the checkpoint was forged or altered"
        return text, ""
    signed_by = ", ".join(names) or "nobody"
    return None, f"not signed by {verifier.name}+{verifier.id.hex()} (signed by {signed_by})"


def write_keypair(path: Path, name: str) -> Signer:
    """Write a new private key to ``path`` (mode 0600, never overwritten) and ``path.pub``."""
    signer = Signer.generate(name)
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(fd, "w", encoding="utf-8") as handle:
        handle.write(signer.skey + "\n")
    pub = path.with_name(path.name + ".pub")
    pub.write_text(signer.verifier.vkey + "\n", encoding="utf-8")
    return signer


def read_signer(path: Path) -> Signer:
    """The private key in ``path``; ``KeyFileError`` naming the file when it cannot be used."""
    try:
        return Signer.parse(path.read_text(encoding="utf-8"))
    except OSError as exc:
        raise KeyFileError(f"{path}: {exc.strerror or exc}") from None
    except KeyFileError as exc:
        raise KeyFileError(f"{path}: {exc}") from None


def read_verifier(path: Path) -> Verifier:
    """The public key in ``path``; ``KeyFileError`` naming the file when it cannot be used."""
    try:
        return Verifier.parse(path.read_text(encoding="utf-8"))
    except OSError as exc:
        raise KeyFileError(f"{path}: {exc.strerror or exc}") from None
    except (KeyFileError, ValueError) as exc:
        raise KeyFileError(f"{path}: {exc}") from None
