"""Personal data sealed per person: readable with the key, gone when the key is erased."""

from __future__ import annotations

import asyncio
import time
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


async def test_two_commands_for_one_new_subject_share_one_key(pg: Any, unique: str) -> None:
    """A requester's two requests taken at once: the second waits for the first one's
    key and seals with it, instead of failing on the duplicate."""
    dsn = await pg.create_database(f"pdrace_{unique}")
    pool = await create_pool(dsn, 2)
    await apply_migrations(pool, ["frontline.kernel.migrations"])
    vault = PersonalDataVault(SECRET, "service-center")
    first, second = Requester(name="王小红", phone="1"), Requester(name="王小红", phone="2")
    watcher = await asyncpg.connect(dsn)
    try:
        async with pool.acquire() as a, pool.acquire() as b:
            taking = a.transaction()
            await taking.start()
            sealed_first = await vault.seal(a, "req-9", first)
            racing = asyncio.create_task(vault.seal(b, "req-9", second))
            waiting = "SELECT count(*) FROM pg_stat_activity WHERE wait_event_type = 'Lock'"
            deadline = time.monotonic() + 30
            while not await watcher.fetchval(waiting):  # the second insert waits on the first
                assert time.monotonic() < deadline, "the second seal never waited"
                await asyncio.sleep(0.02)
            await taking.commit()
            sealed_second = await racing
            assert await vault.open(a, "req-9", sealed_first, Requester) == first
            assert await vault.open(a, "req-9", sealed_second, Requester) == second
    finally:
        await watcher.close()
        await pool.close()
