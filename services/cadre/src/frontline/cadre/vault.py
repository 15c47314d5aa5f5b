"""The personal-data vault in PostgreSQL, as the use cases' ``Vault`` port.

Wrapped keys live in ``subject_keys``, the ID-number index in ``cadre_identities``
(migrations/001_cadre.sql); sealing and opening is personal_data.py's. The same
key seals a person's fields and their pay.
"""

from __future__ import annotations

import contextlib
from collections.abc import AsyncIterator
from typing import cast

import asyncpg
from pydantic import BaseModel

from frontline.cadre.domain.remuneration_summary import PaidRecord
from frontline.cadre.personal_data import PaidAmount, PersonalFields, pay_digest
from frontline.cadre.use_cases.ports import Registered, VaultTransaction
from frontline.cadre.views import PayView
from frontline.kernel.commands import CommandHandler, CommandPort, InTransaction
from frontline.kernel.errors import AlreadyExists
from frontline.kernel.personal_data import SubjectKeys, key_for_sealing, stored_key

_KEY = "SELECT wrapped_key FROM subject_keys WHERE subject_id = $1"


class PgVault:
    def __init__(self, pool: asyncpg.Pool, keys: SubjectKeys, commands: CommandHandler) -> None:
        self.pool, self.keys, self.handler = pool, keys, commands

    def id_hash(self, id_number: str) -> str:
        return self.keys.keyed_hash(id_number)

    async def open(self, subject_id: str, sealed: str | None) -> PersonalFields | None:
        """The person's fields, or None once the key is destroyed."""
        if sealed is None:
            return None
        wrapped = await self.pool.fetchval(_KEY, subject_id)
        if wrapped is None:
            return None
        key = self.keys.unwrap(subject_id, wrapped)
        return self.keys.open(key, subject_id, sealed, PersonalFields)

    async def paid(self, record: PayView) -> PaidRecord | None:
        """The amount and its digest; None once the key is erased. A plain amount stored
        before pay was sealed is read only while the key exists, like a sealed one."""
        wrapped = await self.pool.fetchval(_KEY, record.cadre_id)
        if wrapped is None:
            return None
        key = self.keys.unwrap(record.cadre_id, wrapped)
        if record.sealed_amount is not None:
            sealed = self.keys.open(key, record.cadre_id, record.sealed_amount, PaidAmount)
            amount = sealed.amount_yuan
        elif record.legacy_amount_yuan is not None:
            amount = record.legacy_amount_yuan
        else:
            return None
        digest = pay_digest(key, record.cadre_id, record.year, amount)
        return PaidRecord(cadre_id=record.cadre_id, amount_yuan=amount, digest=digest)

    @contextlib.asynccontextmanager
    async def transaction(self) -> AsyncIterator[VaultTransaction]:
        async with self.pool.acquire() as proxy, proxy.transaction():
            conn = cast(asyncpg.Connection, proxy)
            yield PgVaultTransaction(conn, self.keys, InTransaction(self.handler, conn))
        self.handler.on_commit()  # the command filled the outbox: wake the relay


class PgVaultTransaction:
    def __init__(self, conn: asyncpg.Connection, keys: SubjectKeys, commands: CommandPort):
        self.conn, self.keys, self._commands = conn, keys, commands

    @property
    def commands(self) -> CommandPort:
        return self._commands

    async def registered_as(self, id_hash: str) -> Registered | None:
        row = await self.conn.fetchrow(
            "SELECT i.cadre_id, c.division_code FROM cadre_identities i"
            " LEFT JOIN cadres c USING (cadre_id) WHERE i.id_hash = $1",
            id_hash,
        )
        return None if row is None else Registered(row["cadre_id"], row["division_code"] or "")

    async def seal(self, subject_id: str, fields: BaseModel) -> str:
        key = await key_for_sealing(self.conn, self.keys, subject_id)
        return self.keys.seal(key, subject_id, fields)

    async def current(self, subject_id: str) -> PersonalFields | None:
        """The person's fields as last recorded; None once erased."""
        sealed = await self.conn.fetchval(
            "SELECT sealed_personal FROM cadres WHERE cadre_id = $1", subject_id
        )
        key = await self._key(subject_id) if sealed is not None else None
        return None if key is None else self.keys.open(key, subject_id, sealed, PersonalFields)

    async def forget(self, subject_id: str) -> None:
        await self.conn.execute("DELETE FROM subject_keys WHERE subject_id = $1", subject_id)

    async def index(self, id_hash: str, cadre_id: str) -> None:
        # No savepoint of its own: a refusal here rolls back the whole registration
        # (key, events, outbox) with the vault's transaction, which is what it must do.
        try:
            await self.conn.execute(
                "INSERT INTO cadre_identities (id_hash, cadre_id) VALUES ($1, $2)",
                id_hash,
                cadre_id,
            )
        except asyncpg.UniqueViolationError:
            # Two registrations of one person raced; the other one committed first.
            raise AlreadyExists("this person is already registered", "PERSON_REGISTERED") from None

    async def _key(self, subject_id: str) -> bytes | None:
        return await stored_key(self.conn, self.keys, subject_id)
