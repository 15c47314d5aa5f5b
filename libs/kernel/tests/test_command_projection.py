"""A command's read-model write lands with its events or not at all, on both paths:
one statement when the projection only writes once, a transaction otherwise."""

from __future__ import annotations

from collections.abc import AsyncIterator, Sequence
from datetime import UTC, datetime, timedelta
from typing import Any

import asyncpg
import pytest

from frontline.kernel.eventstore import StoredEvent
from frontline.kernel.ids import new_id
from frontline.kernel.ops import Op, separable
from frontline.kernel.runtime import ServiceRuntime
from frontline.kernel.timers import cancel_op, schedule_op
from frontline.testkit.counter import Counter, Increment, counter, publish
from frontline.testkit.runtime import SigningKeys, make_runtime

# A read model with a rule of its own: totals above 100 are refused by the database.
TOTALS = (
    "CREATE TABLE totals (counter_id text PRIMARY KEY, total int CHECK (total <= 100),"
    " touched int NOT NULL DEFAULT 0)"
)


def one_write(stored: Sequence[StoredEvent], s: Counter) -> list[Op]:
    return [
        Op(
            "INSERT INTO totals (counter_id, total) VALUES ($1, $2)"
            " ON CONFLICT (counter_id) DO UPDATE SET total = EXCLUDED.total",
            (stored[0].stream_id, s.total),
        )
    ]


def two_writes(stored: Sequence[StoredEvent], s: Counter) -> list[Op]:
    # The second write builds on the first: it must see the row the first inserted.
    touch = Op(
        "UPDATE totals SET touched = touched + 1 WHERE counter_id = $1", (stored[0].stream_id,)
    )
    return [*one_write(stored, s), touch]


def with_timers(stored: Sequence[StoredEvent], s: Counter) -> list[Op]:
    # Timer ops write a row of their own each: they go in the one statement too.
    stream = stored[0].stream_id
    due = datetime(2030, 1, 1, tzinfo=UTC) + timedelta(days=s.total)
    return [
        *one_write(stored, s),
        schedule_op(f"remind:{stream}", due, "remind", stream),
        schedule_op(f"close:{stream}", due, "close", stream),
    ]


@pytest.fixture(params=[one_write, two_writes, with_timers], ids=lambda f: f.__name__)
async def runtime(
    request: pytest.FixtureRequest,
    pg,
    kafka_bootstrap: str,
    unique: str,
    keys: SigningKeys,  # type: ignore[no-untyped-def]
) -> AsyncIterator[ServiceRuntime[Any]]:
    dsn = await pg.create_database(f"projection_{unique}")
    conn = await asyncpg.connect(dsn)
    await conn.execute(TOTALS)
    await conn.close()
    rt = make_runtime("test", dsn, kafka_bootstrap, f"{unique}.", keys)
    rt.register(counter, publish=publish, project=request.param)
    async with rt.started():
        yield rt


async def counts(rt: ServiceRuntime[Any], stream: str) -> tuple[int, int | None]:
    events = await rt.pool.fetchval("SELECT count(*) FROM events WHERE stream_id = $1", stream)
    total = await rt.pool.fetchval("SELECT total FROM totals WHERE counter_id = $1", stream)
    return events, total


async def test_the_read_model_follows_every_command(runtime: ServiceRuntime[Any]) -> None:
    stream = new_id()
    for _ in range(3):
        await runtime.commands.execute(counter, stream, Increment(by=30))
    events, total = await counts(runtime, stream)
    assert (events, total) == (3, 90)
    # Several ops run in order, each seeing the one before (a transaction, not one
    # statement): the first command's touch found the row its insert had just made.
    touched = await runtime.pool.fetchval(
        "SELECT touched FROM totals WHERE counter_id = $1", stream
    )
    assert touched == (3 if runtime.commands._registrations["counter"].project is two_writes else 0)


async def test_a_refused_read_model_write_takes_the_events_and_outbox_with_it(
    runtime: ServiceRuntime[Any],
) -> None:
    stream = new_id()
    await runtime.commands.execute(counter, stream, Increment(by=90))
    await runtime.pool.execute("DELETE FROM outbox")  # as if relayed
    with pytest.raises(asyncpg.CheckViolationError):
        await runtime.commands.execute(counter, stream, Increment(by=20))
    events, total = await counts(runtime, stream)
    assert (events, total) == (1, 90)
    assert await runtime.pool.fetchval("SELECT count(*) FROM outbox") == 0


@pytest.mark.parametrize("runtime", [with_timers], indirect=True, ids=["with_timers"])
async def test_timers_land_with_the_command_or_not_at_all(runtime: ServiceRuntime[Any]) -> None:
    stream = new_id()
    await runtime.commands.execute(counter, stream, Increment(by=90))
    with pytest.raises(asyncpg.CheckViolationError):
        await runtime.commands.execute(counter, stream, Increment(by=20))
    due = await runtime.pool.fetch(
        "SELECT key, due_at FROM timers WHERE stream_id = $1 ORDER BY key", stream
    )
    # Armed by the first command; the refused second one moved neither.
    moved = datetime(2030, 1, 1, tzinfo=UTC) + timedelta(days=90)
    assert [(r["key"], r["due_at"]) for r in due] == [
        (f"close:{stream}", moved),
        (f"remind:{stream}", moved),
    ]


@pytest.mark.unit
def test_only_ops_on_rows_of_their_own_share_a_statement() -> None:
    upsert = Op("INSERT INTO totals VALUES ($1)", ("a",))
    arm, disarm = schedule_op("k", datetime(2030, 1, 1, tzinfo=UTC), "kind", "s"), cancel_op("k")
    assert separable([upsert, arm]) and separable([arm, cancel_op("other")])
    assert not separable([upsert, upsert, arm])  # two writes that may build on each other
    assert not separable([upsert, arm, disarm])  # one timer row written twice
