"""Personal data sealed per person: AES-GCM with a key of the person's own.

Each cadre's key is stored (``subject_keys``, vault.py) wrapped with a key derived
from the county secret, so neither a database dump alone nor the event store
reveals personal fields. Erasure deletes the key: every ciphertext of that
person, in stored events and read models, becomes unreadable at once
(DESIGN.md §6) without rewriting the event store. This module does no I/O.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import os
from datetime import date

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF
from pydantic import BaseModel, ConfigDict

SEAL_VERSION = "v1"
NONCE_BYTES = 12


class PersonalFields(BaseModel):
    """What the registry holds about a person; never logged, never published."""

    model_config = ConfigDict(frozen=True)

    name: str
    birth_date: date
    phone: str = ""
    id_hash: str

    def __repr__(self) -> str:  # a stray log line must not print a person
        return "PersonalFields(<sealed>)"

    __str__ = __repr__


def _derive(secret: bytes, purpose: bytes) -> bytes:
    return HKDF(algorithm=hashes.SHA256(), length=32, salt=None, info=purpose).derive(secret)


def normalise_id_number(id_number: str) -> str:
    return id_number.strip().upper()


class PersonalDataVault:
    """The county's keys: a fresh key per person, wrapped for storage, and the ID-number hash.

    Pure: where the wrapped keys live is the vault port's business (vault.py).
    """

    def __init__(self, county_secret: bytes) -> None:
        self._wrap = AESGCM(_derive(county_secret, b"frontline-cadre subject-key wrap"))
        self._hash_key = _derive(county_secret, b"frontline-cadre id-number hash")

    def id_hash(self, id_number: str) -> str:
        """Keyed hash: the same ID number always gives the same hash in this county only."""
        digest = hmac.new(self._hash_key, normalise_id_number(id_number).encode(), hashlib.sha256)
        return digest.hexdigest()

    def new_key(self, subject_id: str) -> tuple[bytes, bytes]:
        """A fresh key for the person, and the same key wrapped for storage."""
        key = AESGCM.generate_key(bit_length=256)
        nonce = os.urandom(NONCE_BYTES)
        return key, nonce + self._wrap.encrypt(nonce, key, subject_id.encode())

    def unwrap(self, subject_id: str, wrapped: bytes) -> bytes:
        try:
            return self._wrap.decrypt(
                wrapped[:NONCE_BYTES], wrapped[NONCE_BYTES:], subject_id.encode()
            )
        except InvalidTag as exc:
            raise RuntimeError("subject key does not open with this county secret") from exc

    def seal(self, key: bytes, subject_id: str, fields: PersonalFields) -> str:
        nonce = os.urandom(NONCE_BYTES)
        sealed = AESGCM(key).encrypt(nonce, fields.model_dump_json().encode(), subject_id.encode())
        return f"{SEAL_VERSION}:{base64.b64encode(nonce + sealed).decode()}"

    def open(self, key: bytes, subject_id: str, sealed: str) -> PersonalFields:
        raw = base64.b64decode(sealed.removeprefix(f"{SEAL_VERSION}:"))
        plain = AESGCM(key).decrypt(raw[:NONCE_BYTES], raw[NONCE_BYTES:], subject_id.encode())
        return PersonalFields.model_validate_json(plain)
