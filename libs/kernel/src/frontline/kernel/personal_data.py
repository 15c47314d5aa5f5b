"""Personal data sealed per person: AES-GCM under a key of the person's own (DESIGN.md §6).

Each person's (data subject's) key lives in ``subject_keys``, itself wrapped with a
key derived from the county secret, so neither a database dump alone nor the event
store reveals personal fields. Erasure deletes the key: every ciphertext of that
person, in stored events, read models and recorded answers, becomes unreadable at
once without rewriting the event store. One implementation for every service that
keeps personal data (cadres, service requesters, discipline reporters).
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import os
import secrets
from pathlib import Path
from typing import TypeVar

import asyncpg
from asyncpg.pool import PoolConnectionProxy
from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF
from pydantic import BaseModel

from frontline.kernel.ops import Op

# A plain connection or one borrowed from a pool.
Conn = asyncpg.Connection | PoolConnectionProxy
M = TypeVar("M", bound=BaseModel)

SEAL_VERSION = "v1"
NONCE_BYTES = 12


class SubjectKeyError(RuntimeError):
    """A subject key that does not open with this county secret (wrong secret file)."""


def load_county_secret(path: Path) -> bytes:
    """Read the secret, creating a random one readable by this user only on first start."""
    if not path.exists():
        path.parent.mkdir(parents=True, exist_ok=True)
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        with os.fdopen(fd, "w") as handle:
            handle.write(secrets.token_hex(32))
    return bytes.fromhex(path.read_text(encoding="utf-8").strip())


def _derive(secret: bytes, purpose: bytes) -> bytes:
    return HKDF(algorithm=hashes.SHA256(), length=32, salt=None, info=purpose).derive(secret)


class SubjectKeys:
    """One service's keys, pure: a fresh key per person, wrapped for storage, sealing and
    opening with it, and the keyed hash. ``service`` separates what each service derives
    from the county secret. Where wrapped keys live is ``PersonalDataVault``'s business."""

    def __init__(self, county_secret: bytes, service: str) -> None:
        self._wrap = AESGCM(
            _derive(county_secret, f"frontline-{service} subject-key wrap".encode())
        )
        self._hash_key = _derive(county_secret, f"frontline-{service} id-number hash".encode())

    def keyed_hash(self, value: str) -> str:
        """The same value always gives the same hash in this county only (de-duplication
        without storing the value, e.g. a resident ID number)."""
        digest = hmac.new(self._hash_key, value.strip().upper().encode(), hashlib.sha256)
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
            raise SubjectKeyError("subject key does not open with this county secret") from exc

    def seal(self, key: bytes, subject_id: str, fields: BaseModel) -> str:
        nonce = os.urandom(NONCE_BYTES)
        sealed = AESGCM(key).encrypt(nonce, fields.model_dump_json().encode(), subject_id.encode())
        return f"{SEAL_VERSION}:{base64.b64encode(nonce + sealed).decode()}"

    def open(self, key: bytes, subject_id: str, sealed: str, model: type[M]) -> M:
        raw = base64.b64decode(sealed.removeprefix(f"{SEAL_VERSION}:"))
        plain = AESGCM(key).decrypt(raw[:NONCE_BYTES], raw[NONCE_BYTES:], subject_id.encode())
        return model.model_validate_json(plain)


_KEY = "SELECT wrapped_key FROM subject_keys WHERE subject_id = $1"
# One statement sees one snapshot: either the key was there (the insert does nothing and
# the select finds it) or it was not (the insert returns ours); at most one row.
_STORED_OR_NEW = (
    "WITH made AS (INSERT INTO subject_keys (subject_id, wrapped_key) VALUES ($1, $2)"
    " ON CONFLICT (subject_id) DO NOTHING RETURNING wrapped_key)"
    " SELECT wrapped_key FROM made UNION ALL"
    " SELECT wrapped_key FROM subject_keys WHERE subject_id = $1"
)


def erase_op(subject_id: str) -> Op:
    """Erasure as a projection's write: the key goes with the command that erases."""
    return Op("DELETE FROM subject_keys WHERE subject_id = $1", (subject_id,))


class PersonalDataVault:
    """Sealing and opening through a connection, keys kept in ``subject_keys``."""

    def __init__(self, county_secret: bytes, service: str) -> None:
        self.keys = SubjectKeys(county_secret, service)

    def keyed_hash(self, value: str) -> str:
        return self.keys.keyed_hash(value)

    async def seal(self, conn: Conn, subject_id: str, fields: BaseModel) -> str:
        """``fields`` as text only this subject's key opens (the key is made if new)."""
        return self.keys.seal(
            await key_for_sealing(conn, self.keys, subject_id), subject_id, fields
        )

    async def open(self, conn: Conn, subject_id: str, sealed: str, model: type[M]) -> M | None:
        """The subject's fields, or None once the key is destroyed."""
        key = await self.key(conn, subject_id)
        return None if key is None else self.keys.open(key, subject_id, sealed, model)

    async def erase(self, conn: Conn, subject_id: str) -> None:
        op = erase_op(subject_id)
        await conn.execute(op.sql, *op.args)

    async def key(self, conn: Conn, subject_id: str) -> bytes | None:
        return await stored_key(conn, self.keys, subject_id)


async def stored_key(conn: Conn, keys: SubjectKeys, subject_id: str) -> bytes | None:
    wrapped = await conn.fetchval(_KEY, subject_id)
    return None if wrapped is None else keys.unwrap(subject_id, wrapped)


async def key_for_sealing(conn: Conn, keys: SubjectKeys, subject_id: str) -> bytes:
    """The subject's key: the stored one, or a new one stored now, in one round trip
    (most sealing is for a new subject; looking first cost a round trip more)."""
    key, wrapped = keys.new_key(subject_id)
    found = await conn.fetchval(_STORED_OR_NEW, subject_id, wrapped)
    if found == wrapped:
        return key
    if found is not None:
        return keys.unwrap(subject_id, found)
    # Two commands for one new subject at once (a requester's two requests): the other
    # one stored its key after this statement began; that key is the subject's.
    stored = await stored_key(conn, keys, subject_id)
    if stored is None:
        raise RuntimeError(f"the key of subject {subject_id} vanished while it was made")
    return stored
