"""What the service keeps of a requester: sealed under their own key, never logged.

DOMAIN.md "Service request": the requester's personal data is encrypted per person
and erasable. Their name and phone, and their own words (the request's
description), are sealed with the kernel's vault under the requester's id; erasing
that key makes every copy unreadable (stored events, read model, recorded answers).
"""

from __future__ import annotations

from typing import TypeVar

import asyncpg
from pydantic import BaseModel, ConfigDict

from frontline.kernel.personal_data import PersonalDataVault

M = TypeVar("M", bound=BaseModel)


class RequesterContact(BaseModel):
    model_config = ConfigDict(frozen=True)

    name: str
    phone: str

    def __repr__(self) -> str:  # a stray log line must not print a person
        return "RequesterContact(<sealed>)"

    __str__ = __repr__


class RequesterWords(BaseModel):
    model_config = ConfigDict(frozen=True)

    description: str

    def __repr__(self) -> str:
        return "RequesterWords(<sealed>)"

    __str__ = __repr__


_REQUESTER_FOR = (
    "WITH added AS (INSERT INTO requester_index (phone_hash, requester_id) VALUES ($1, $2)"
    " ON CONFLICT (phone_hash) DO NOTHING RETURNING requester_id)"
    " SELECT requester_id FROM added UNION ALL"
    " SELECT requester_id FROM requester_index WHERE phone_hash = $1 LIMIT 1"
)


class VaultPersonalData:
    """The ``PersonalData`` port on the kernel's vault (keys in ``subject_keys``) and the
    service's requester index."""

    def __init__(self, pool: asyncpg.Pool, vault: PersonalDataVault) -> None:
        self.pool = pool
        self.vault = vault

    def keyed_hash(self, value: str) -> str:
        return self.vault.keyed_hash(value)

    async def requester_for(self, phone_hash: str, candidate_id: str) -> str:
        """The requester with this phone, or ``candidate_id`` as a new one."""
        # A statement sees the index as it began: when a concurrent request added the
        # same phone meanwhile, the insert does nothing and a second look finds it.
        for _ in range(2):
            found = await self.pool.fetchval(_REQUESTER_FOR, phone_hash, candidate_id)
            if found is not None:
                return str(found)
        raise RuntimeError("the requester index changed twice under one request")

    async def seal(self, subject_id: str, fields: BaseModel) -> str:
        async with self.pool.acquire() as conn:
            return await self.vault.seal(conn, subject_id, fields)

    async def open(self, subject_id: str, sealed: str, model: type[M]) -> M | None:
        async with self.pool.acquire() as conn:
            return await self.vault.open(conn, subject_id, sealed, model)

    async def erase(self, subject_id: str) -> None:
        async with self.pool.acquire() as conn:
            await self.vault.erase(conn, subject_id)
