"""Personal data sealed per person: readable with the key, gone when the key is erased."""

from __future__ import annotations

from collections.abc import AsyncIterator
from typing import Any

import asyncpg
import pytest
from pydantic import BaseModel

from frontline.kernel.db import create_pool
from frontline.kernel.migrate import apply_migrations
from frontline.kernel.personal_data import PersonalDataVault, SubjectKeyError

SECRET = bytes(range(32))


class Requester(BaseModel):
    name: str
    phone: str


@pytest.fixture
async def pool(pg: Any, unique: str) -> AsyncIterator[asyncpg.Pool]:
    pool = await create_pool(await pg.create_database(f"pd_{unique}"), 2)
    await apply_migrations(pool, ["frontline.kernel.migrations"])
    try:
        yield pool
    finally:
        await pool.close()


async def test_sealed_fields_open_for_their_subject_until_the_key_is_erased(
    pool: asyncpg.Pool,
) -> None:
    vault = PersonalDataVault(SECRET, "service-center")
    person = Requester(name="王小红", phone="13800000000")
    async with pool.acquire() as conn:
        sealed = await vault.seal(conn, "req-1", person)
        assert "王小红" not in sealed and "13800000000" not in sealed
        assert await vault.open(conn, "req-1", sealed, Requester) == person
        await vault.erase(conn, "req-1")
        assert await vault.open(conn, "req-1", sealed, Requester) is None


async def test_another_county_secret_cannot_open_the_keys(pool: asyncpg.Pool) -> None:
    async with pool.acquire() as conn:
        sealed = await PersonalDataVault(SECRET, "cadre").seal(
            conn, "c-1", Requester(name="a", phone="1")
        )
        with pytest.raises(SubjectKeyError):
            await PersonalDataVault(bytes(32), "cadre").open(conn, "c-1", sealed, Requester)


def test_keyed_hashes_match_within_a_service_and_differ_between_services() -> None:
    cadre, desk = PersonalDataVault(SECRET, "cadre"), PersonalDataVault(SECRET, "service-center")
    assert cadre.keyed_hash(" 44078119800101001x ") == cadre.keyed_hash("44078119800101001X")
    assert cadre.keyed_hash("44078119800101001X") != desk.keyed_hash("44078119800101001X")
