"""Personal data sealed per person: AES-GCM with a key of the person's own.

Each cadre's key lives in ``subject_keys``, itself wrapped with a key derived
from the county secret, so neither a database dump alone nor the event store
reveals personal fields. Erasure deletes the key: every ciphertext of that
person, in stored events and read models, becomes unreadable at once
(DESIGN.md §6) without rewriting the event store.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import os
from datetime import date

import asyncpg
from asyncpg.pool import PoolConnectionProxy
from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF
from pydantic import BaseModel, ConfigDict

# A plain connection or one borrowed from a pool.
Conn = asyncpg.Connection | PoolConnectionProxy

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
    def __init__(self, county_secret: bytes) -> None:
        self._wrap = AESGCM(_derive(county_secret, b"frontline-cadre subject-key wrap"))
        self._hash_key = _derive(county_secret, b"frontline-cadre id-number hash")

    def id_hash(self, id_number: str) -> str:
        """Keyed hash: the same ID number always gives the same hash in this county only."""
        digest = hmac.new(self._hash_key, normalise_id_number(id_number).encode(), hashlib.sha256)
        return digest.hexdigest()

    async def seal(self, conn: Conn, subject_id: str, fields: PersonalFields) -> str:
        key = await self._key(conn, subject_id) or await self._new_key(conn, subject_id)
        nonce = os.urandom(NONCE_BYTES)
        sealed = AESGCM(key).encrypt(nonce, fields.model_dump_json().encode(), subject_id.encode())
        return f"{SEAL_VERSION}:{base64.b64encode(nonce + sealed).decode()}"

    async def open(self, conn: Conn, subject_id: str, sealed: str) -> PersonalFields | None:
        """The person's fields, or None once the key is destroyed."""
        key = await self._key(conn, subject_id)
        if key is None:
            return None
        raw = base64.b64decode(sealed.removeprefix(f"{SEAL_VERSION}:"))
        plain = AESGCM(key).decrypt(raw[:NONCE_BYTES], raw[NONCE_BYTES:], subject_id.encode())
        return PersonalFields.model_validate_json(plain)

    async def erase(self, conn: Conn, subject_id: str) -> None:
        await conn.execute("DELETE FROM subject_keys WHERE subject_id = $1", subject_id)

    async def _key(self, conn: Conn, subject_id: str) -> bytes | None:
        wrapped = await conn.fetchval(
            "SELECT wrapped_key FROM subject_keys WHERE subject_id = $1", subject_id
        )
        if wrapped is None:
            return None
        try:
            return self._wrap.decrypt(
                wrapped[:NONCE_BYTES], wrapped[NONCE_BYTES:], subject_id.encode()
            )
        except InvalidTag as exc:
            raise RuntimeError("subject key does not open with this county secret") from exc

    async def _new_key(self, conn: Conn, subject_id: str) -> bytes:
        key = AESGCM.generate_key(bit_length=256)
        nonce = os.urandom(NONCE_BYTES)
        wrapped = nonce + self._wrap.encrypt(nonce, key, subject_id.encode())
        await conn.execute(
            "INSERT INTO subject_keys (subject_id, wrapped_key) VALUES ($1, $2)",
            subject_id,
            wrapped,
        )
        return key
