"""The county's Ed25519 signing key pairs; services hold only the public keys.

During a rotation the public key file holds several keys (concatenated PEM blocks); a
token's ``kid`` header says which one signed it.
"""

from __future__ import annotations

import hashlib
import os
import re
from pathlib import Path

from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

_PEM_BLOCK = re.compile(rb"-----BEGIN PUBLIC KEY-----.+?-----END PUBLIC KEY-----", re.DOTALL)


def generate_keypair(
    directory: Path, name: str = "county", key: Ed25519PrivateKey | None = None
) -> tuple[Path, Path]:
    """Write ``<name>.key.pem`` (0600) and ``<name>.pub.pem``; keep existing ones."""
    directory.mkdir(parents=True, exist_ok=True)
    private_path = directory / f"{name}.key.pem"
    public_path = directory / f"{name}.pub.pem"
    if private_path.exists() and public_path.exists():
        return private_path, public_path
    key = key or Ed25519PrivateKey.generate()
    private_pem = key.private_bytes(
        serialization.Encoding.PEM,
        serialization.PrivateFormat.PKCS8,
        serialization.NoEncryption(),
    )
    fd = os.open(private_path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "wb") as out:
        out.write(private_pem)
    public_path.write_bytes(
        key.public_key().public_bytes(
            serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo
        )
    )
    return private_path, public_path


def key_id(public_key: Ed25519PublicKey) -> str:
    """A token's ``kid``: names the public key that checks it, without revealing anything."""
    raw = public_key.public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)
    return hashlib.sha256(raw).hexdigest()[:16]


def load_private_key(path: Path) -> Ed25519PrivateKey:
    key = serialization.load_pem_private_key(path.read_bytes(), password=None)
    if not isinstance(key, Ed25519PrivateKey):
        raise ValueError(f"{path.name} is not an Ed25519 private key")
    return key


def parse_public_keys(pem: bytes) -> dict[str, Ed25519PublicKey]:
    """Every public key of a file of concatenated PEM blocks, by ``kid``.

    Raises ValueError when a block is not an Ed25519 public key or there is none: a
    half-written file must be noticed, not read as "fewer keys".
    """
    blocks = _PEM_BLOCK.findall(pem)
    if not blocks:
        raise ValueError("no PEM public key found")
    keys: dict[str, Ed25519PublicKey] = {}
    for block in blocks:
        key = serialization.load_pem_public_key(block)
        if not isinstance(key, Ed25519PublicKey):
            raise ValueError(f"not an Ed25519 key: {type(key).__name__}")
        keys[key_id(key)] = key
    leftover = _PEM_BLOCK.sub(b"", pem).strip()
    if b"-----" in leftover:
        raise ValueError("an incomplete PEM block")
    return keys


def add_signing_key(
    directory: Path, public_keys_file: Path, name: str = "county"
) -> tuple[Path, str]:
    """Start a rotation: a new pair in ``directory``, its public key added to the file.

    Services re-read ``public_keys_file`` while they run, so the new key is trusted
    everywhere before any token is signed with it (docs/runbook.md).
    """
    key = Ed25519PrivateKey.generate()
    kid = key_id(key.public_key())
    private_path, public_path = generate_keypair(directory, f"{name}-{kid}", key)
    existing = public_keys_file.read_bytes() if public_keys_file.exists() else b""
    if existing and not existing.endswith(b"\n"):
        existing += b"\n"
    # Replace the file in one step: a service must never read half of the new block.
    partial = public_keys_file.with_name(f".{public_keys_file.name}.partial")
    partial.write_bytes(existing + public_path.read_bytes())
    os.replace(partial, public_keys_file)
    return private_path, kid
