"""A command's read-model write lands with its events or not at all, on both paths:
one statement when the projection only writes once, a transaction otherwise."""

from __future__ import annotations

from collections.abc import AsyncIterator, Sequence

import asyncpg
import pytest

from frontline.kernel.eventstore import StoredEvent
from frontline.kernel.ids import new_id
from frontline.kernel.runtime import ServiceRuntime
from frontline.kernel.testkit.counter import Counter, Increment, counter, publish
from frontline.kernel.testkit.runtime import SigningKeys, make_runtime

# A read model with a rule of its own: totals above 100 are refused by the database.
TOTALS = "CREATE TABLE totals (counter_id text PRIMARY KEY, total int CHECK (total <= 100))"


async def one_write(conn: asyncpg.Connection, stored: Sequence[StoredEvent], s: Counter) -> None:
    await conn.execute(
        "INSERT INTO totals VALUES ($1, $2)"
        " ON CONFLICT (counter_id) DO UPDATE SET total = EXCLUDED.total",
        stored[0].stream_id,
        s.total,
    )


async def reads_first(conn: asyncpg.Connection, stored: Sequence[StoredEvent], s: Counter) -> None:
    before = await conn.fetchval(
        "SELECT total FROM totals WHERE counter_id = $1", stored[0].stream_id
    )
    await conn.execute(
        "INSERT INTO totals VALUES ($1, $2)"
        " ON CONFLICT (counter_id) DO UPDATE SET total = EXCLUDED.total",
        stored[0].stream_id,
        (before or 0) + stored[0].event.by,  # type: ignore[attr-defined]
    )


async def two_writes(conn: asyncpg.Connection, stored: Sequence[StoredEvent], s: Counter) -> None:
    await one_write(conn, stored, s)
    await conn.execute("UPDATE totals SET total = total WHERE counter_id = $1", stored[0].stream_id)


@pytest.fixture(params=[one_write, reads_first, two_writes], ids=lambda f: f.__name__)
async def runtime(
    request: pytest.FixtureRequest,
    pg,
    kafka_bootstrap: str,
    unique: str,
    keys: SigningKeys,  # type: ignore[no-untyped-def]
) -> AsyncIterator[ServiceRuntime]:
    dsn = await pg.create_database(f"projection_{unique}")
    conn = await asyncpg.connect(dsn)
    await conn.execute(TOTALS)
    await conn.close()
    rt = make_runtime("test", dsn, kafka_bootstrap, f"{unique}.", keys)
    rt.register(counter, publish=publish, project=request.param)
    async with rt.started():
        yield rt


async def counts(rt: ServiceRuntime, stream: str) -> tuple[int, int | None]:
    events = await rt.pool.fetchval("SELECT count(*) FROM events WHERE stream_id = $1", stream)
    total = await rt.pool.fetchval("SELECT total FROM totals WHERE counter_id = $1", stream)
    return events, total


async def test_the_read_model_follows_every_command(runtime: ServiceRuntime) -> None:
    stream = new_id()
    for _ in range(3):
        await runtime.commands.execute(counter, stream, Increment(by=30))
    events, total = await counts(runtime, stream)
    assert (events, total) == (3, 90)
    # Which path ran: one statement only for a projection that writes once.
    in_transaction = runtime.commands._project_needs_transaction
    assert (counter.stream_type in in_transaction) == (
        runtime.commands._registrations["counter"].project is not one_write
    )


async def test_a_refused_read_model_write_takes_the_events_and_outbox_with_it(
    runtime: ServiceRuntime,
) -> None:
    stream = new_id()
    await runtime.commands.execute(counter, stream, Increment(by=90))
    await runtime.pool.execute("DELETE FROM outbox")  # as if relayed
    with pytest.raises(asyncpg.CheckViolationError):
        await runtime.commands.execute(counter, stream, Increment(by=20))
    events, total = await counts(runtime, stream)
    assert (events, total) == (1, 90)
    assert await runtime.pool.fetchval("SELECT count(*) FROM outbox") == 0
