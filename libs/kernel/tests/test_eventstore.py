"""Event store contract, against a real PostgreSQL."""

from __future__ import annotations

import asyncio
import functools
import json
from typing import cast

import asyncpg
import pytest

from frontline.kernel.commands import MAX_ATTEMPTS
from frontline.kernel.context import CallContext, Principal
from frontline.kernel.errors import ConcurrencyConflict
from frontline.kernel.eventstore import EventStore, VersionConflict
from frontline.kernel.ids import new_id
from frontline.kernel.runtime import ServiceRuntime
from frontline.kernel.settings import ServiceSettings
from frontline.testkit.counter import Increment, Incremented, counter
from frontline.testkit.waiting import eventually

ALICE = Principal("alice", frozenset({"county_admin"}), "440781")


async def test_two_appends_at_the_same_expected_version_exactly_one_wins(
    counter_runtime: ServiceRuntime,
) -> None:
    store = EventStore()
    stream = new_id()

    async def append(by: int) -> str:
        async with counter_runtime.pool.acquire() as conn, conn.transaction():
            await store.append(
                conn, stream, "counter", 0, [Incremented(by=by, total=by, unit="piece")], {}
            )
            await asyncio.sleep(0.05)  # hold the transaction so both overlap
        return "won"

    outcomes = await asyncio.gather(append(1), append(2), return_exceptions=True)
    assert sorted(map(repr, outcomes)).count(repr("won")) == 1
    assert sum(isinstance(o, VersionConflict) for o in outcomes) == 1
    count = await counter_runtime.pool.fetchval(
        "SELECT count(*) FROM events WHERE stream_id = $1", stream
    )
    assert count == 1


async def test_concurrent_commands_on_one_stream_all_land_by_reloading(
    counter_runtime: ServiceRuntime,
) -> None:
    stream = new_id()
    results = await asyncio.gather(
        *(counter_runtime.commands.execute(counter, stream, Increment(by=1)) for _ in range(3)),
        return_exceptions=True,
    )
    landed = [r for r in results if not isinstance(r, BaseException)]
    # Up to three retries per command: three writers on one stream all succeed.
    assert len(landed) == 3, results
    state, version = await _load(counter_runtime, stream)
    assert (state.total, version) == (3, 3)


async def test_a_stream_that_keeps_changing_answers_conflict_after_retries(
    counter_runtime: ServiceRuntime[ServiceSettings],
) -> None:
    """One rival writer per attempt holds the stream's next version, uncommitted: every
    attempt of the command (the first and its three retries) waits on one of them,
    which then commits, so each attempt conflicts and the caller is told so."""
    stream, store, pool = new_id(), EventStore(), counter_runtime.pool
    rivals = [await pool.acquire() for _ in range(MAX_ATTEMPTS)]
    transactions = [conn.transaction() for conn in rivals]
    try:
        for version, (conn, tx) in enumerate(zip(rivals, transactions, strict=True)):
            await tx.start()
            rival = Incremented(by=10, total=10 * (version + 1), unit="piece")
            await store.append(
                cast(asyncpg.Connection, conn), stream, "counter", version, [rival], {}
            )
        command = asyncio.create_task(
            counter_runtime.commands.execute(counter, stream, Increment(by=1))
        )
        for conn, tx in zip(rivals, transactions, strict=True):
            holder = await conn.fetchval("SELECT pg_backend_pid()")
            # The command's attempt is waiting for this rival's version to commit or not.
            await eventually(functools.partial(_blocks_another, pool, holder))
            await tx.commit()
        with pytest.raises(ConcurrencyConflict):
            await asyncio.wait_for(command, 20)
    finally:
        for conn in rivals:
            await pool.release(conn)
    state, version = await _load(counter_runtime, stream)
    assert (version, state.total) == (MAX_ATTEMPTS, 10 * MAX_ATTEMPTS)  # the rivals' only


async def _blocks_another(pool: asyncpg.Pool, holder: int) -> bool:
    return bool(
        await pool.fetchval(
            "SELECT count(*) FROM pg_stat_activity WHERE $1 = ANY(pg_blocking_pids(pid))", holder
        )
    )


async def test_a_retried_request_id_returns_the_first_answer_and_appends_nothing(
    counter_runtime: ServiceRuntime,
) -> None:
    stream, request = new_id(), new_id()
    ctx = CallContext(ALICE, request_id=request)
    first = await counter_runtime.commands.execute(counter, stream, Increment(by=5), ctx)
    again = await counter_runtime.commands.execute(counter, stream, Increment(by=5), ctx)
    assert again.replayed and not first.replayed
    assert (again.version, [e.event_id for e in again.events]) == (
        first.version,
        [e.event_id for e in first.events],
    )
    state, version = await _load(counter_runtime, stream)
    assert (state.total, version) == (5, 1)
    outbox_or_published = await counter_runtime.pool.fetchval("SELECT count(*) FROM events")
    assert outbox_or_published == 1


async def test_an_old_schema_version_is_upcast_on_load(counter_runtime: ServiceRuntime) -> None:
    counter_runtime.upcasters.register("Incremented", 1)(lambda d: {**d, "unit": "piece"})
    stream = new_id()
    await counter_runtime.pool.execute(
        "INSERT INTO events (stream_id, stream_type, version, event_id, event_type,"
        " schema_version, data, metadata) VALUES ($1, 'counter', 1, $2, 'Incremented', 1,"
        " $3::jsonb, '{}')",
        stream,
        new_id(),
        json.dumps({"by": 4, "total": 4}),
    )
    result = await counter_runtime.commands.execute(counter, stream, Increment(by=1))
    assert result.state.total == 5
    async with counter_runtime.pool.acquire() as conn:
        state, _ = await EventStore(counter_runtime.upcasters).load(conn, counter, stream)
    assert state.total == 5


async def test_metadata_carries_actor_request_and_correlation(
    counter_runtime: ServiceRuntime,
) -> None:
    stream, request = new_id(), new_id()
    ctx = CallContext(ALICE, request_id=request, correlation_id="corr-1")
    await counter_runtime.commands.execute(counter, stream, Increment(by=1), ctx)
    meta = json.loads(
        await counter_runtime.pool.fetchval(
            "SELECT metadata FROM events WHERE stream_id = $1", stream
        )
    )
    assert meta == {
        "actor": "alice",
        "request_id": request,
        "correlation_id": "corr-1",
        "causation_id": None,
    }


async def _load(runtime: ServiceRuntime, stream: str):  # type: ignore[no-untyped-def]
    conn: asyncpg.Connection
    async with runtime.pool.acquire() as conn:
        return await runtime.store.load(conn, counter, stream)


@pytest.mark.unit
def test_uuid7_ids_sort_by_creation() -> None:
    ids = [new_id() for _ in range(2000)]
    assert ids == sorted(ids) and len(set(ids)) == 2000
