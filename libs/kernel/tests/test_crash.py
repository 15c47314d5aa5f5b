"""kill -9 the process running the relay mid-stream: nothing lost, nothing twice."""

from __future__ import annotations

import asyncio
import os
import signal
import sys
from collections.abc import AsyncIterator
from pathlib import Path

import asyncpg
import pytest

from frontline.kernel.inbound import InboundEvent
from frontline.kernel.runtime import ServiceRuntime
from frontline.testkit.kafka import read_topic
from frontline.testkit.runtime import SigningKeys, make_runtime

COMMANDS = 1600


async def spawn(
    dsn: str, bootstrap: str, prefix: str, keys: SigningKeys, log: Path
) -> asyncio.subprocess.Process:
    return await asyncio.create_subprocess_exec(
        sys.executable,
        "-m",
        "frontline.testkit.crashy",
        "--dsn",
        dsn,
        "--bootstrap",
        bootstrap,
        "--prefix",
        prefix,
        "--keys",
        str(keys.public.parent),
        "--commands",
        str(COMMANDS),
        stdout=asyncio.subprocess.PIPE,
        stderr=log.open("ab"),
    )


async def effect(conn: asyncpg.Connection, event: InboundEvent) -> None:
    await conn.execute(
        "INSERT INTO effects (event_id, counter_id, total) VALUES ($1, $2, $3)",
        event.event_id,
        event.data["counter_id"],
        event.data["total"],
    )


@pytest.fixture
async def effects(
    pg, kafka_bootstrap: str, unique: str, keys: SigningKeys
) -> AsyncIterator[ServiceRuntime]:  # type: ignore[no-untyped-def]
    dsn = await pg.create_database(f"effects_{unique}")
    conn = await asyncpg.connect(dsn)
    # `applied` numbers the effects in the order the consumer made them.
    await conn.execute(
        "CREATE TABLE effects (applied bigint GENERATED ALWAYS AS IDENTITY,"
        " event_id text, counter_id text, total int)"
    )
    await conn.close()
    runtime = make_runtime("effects", dsn, kafka_bootstrap, f"{unique}.", keys)
    runtime.subscribe("test.events.v1", "effects.count", effect)
    async with runtime.started():
        yield runtime


async def test_kill_9_during_publishing_loses_nothing_and_doubles_nothing(
    pg,
    kafka_bootstrap: str,
    unique: str,
    keys: SigningKeys,
    effects: ServiceRuntime,  # type: ignore[no-untyped-def]
    tmp_path: Path,
) -> None:
    dsn = await pg.create_database(f"crashy_{unique}")
    prefix = f"{unique}."
    topic = f"{prefix}test.events.v1"
    first = await spawn(dsn, kafka_bootstrap, prefix, keys, tmp_path / "first.log")
    assert first.stdout is not None
    assert (await asyncio.wait_for(first.stdout.readline(), 60)).strip() == b"started"
    # Kill once some (not all) events reached Kafka: mid-stream, between publish and delete.
    async with asyncio.timeout(120):
        while len(await read_topic(kafka_bootstrap, topic, timeout=1)) < COMMANDS // 4:
            assert first.returncode is None, (tmp_path / "first.log").read_text()
            await asyncio.sleep(0.05)
    os.kill(first.pid, signal.SIGKILL)
    await first.wait()
    published_before = len(await read_topic(kafka_bootstrap, topic, timeout=2))
    assert published_before < COMMANDS, "the kill came too late to prove anything"

    second = await spawn(dsn, kafka_bootstrap, prefix, keys, tmp_path / "second.log")
    assert second.stdout is not None
    out = await asyncio.wait_for(second.stdout.read(), 240)
    assert b"done" in out
    assert await second.wait() == 0

    async def all_applied() -> None:
        while (
            await effects.pool.fetchval("SELECT count(DISTINCT event_id) FROM effects") < COMMANDS
        ):
            await asyncio.sleep(0.1)

    await asyncio.wait_for(all_applied(), 120)
    rows = await effects.pool.fetch(
        "SELECT counter_id, array_agg(total ORDER BY applied) AS totals,"
        " count(*) AS n FROM effects GROUP BY counter_id"
    )
    assert sum(r["n"] for r in rows) == COMMANDS  # none doubled
    for row in rows:
        # Each counter's effects, as applied: none lost, none twice, in its own order.
        assert row["totals"] == list(range(1, row["n"] + 1)), row["counter_id"]
    stored = await asyncpg.connect(dsn)
    try:
        assert await stored.fetchval("SELECT count(*) FROM events") == COMMANDS
    finally:
        await stored.close()
