"""A command built from a read it needs first (``execute_after``): the read goes with the
command's load, the command is made of what it found, and its checks hold for a retry."""

from __future__ import annotations

import asyncpg
import pytest

from frontline.kernel.context import CallContext, Principal, set_context
from frontline.kernel.errors import NotFound
from frontline.kernel.ids import new_id
from frontline.kernel.lookups import Deferred, SqlLookup
from frontline.kernel.runtime import ServiceRuntime
from frontline.testkit.counter import Increment, counter

# The lookup's own placeholders follow the load's two ($1 stream, $2 request id).
STEP = "SELECT step, note FROM steps WHERE counter_id = $1 AND step >= $2"


@pytest.fixture
async def runtime(counter_runtime: ServiceRuntime) -> ServiceRuntime:
    await counter_runtime.pool.execute(
        "CREATE TABLE steps (counter_id text PRIMARY KEY, step int NOT NULL, note text)"
    )
    return counter_runtime


def step_of(rt: ServiceRuntime, stream: str) -> SqlLookup[tuple[int, str | None]]:
    return SqlLookup(rt.pool, STEP, (stream, 1), lambda row: (row["step"], row["note"]))


def increment_by_step(found: tuple[int, str | None] | None) -> Increment:
    if found is None:
        raise NotFound("counter step", "no step for this counter")
    return Increment(by=found[0])


async def totals(rt: ServiceRuntime, stream: str) -> list[int]:
    rows = await rt.pool.fetch(
        "SELECT (data->>'total')::int AS total FROM events WHERE stream_id = $1 ORDER BY version",
        stream,
    )
    return [row["total"] for row in rows]


async def test_the_command_is_made_of_what_the_lookup_found(runtime: ServiceRuntime) -> None:
    stream = new_id()
    await runtime.pool.execute("INSERT INTO steps VALUES ($1, 7, 'seven')", stream)
    seen: list[object] = []

    def build(found: tuple[int, str | None] | None) -> Increment:
        seen.append(found)
        return increment_by_step(found)

    await runtime.commands.execute_after(counter, stream, step_of(runtime, stream), build)
    await runtime.commands.execute_after(counter, stream, step_of(runtime, stream), build)
    assert seen == [(7, "seven"), (7, "seven")]
    assert await totals(runtime, stream) == [7, 14]


async def test_nothing_found_is_refused_by_the_builder_and_nothing_is_written(
    runtime: ServiceRuntime,
) -> None:
    stream = new_id()
    with pytest.raises(NotFound):
        await runtime.commands.execute_after(
            counter, stream, step_of(runtime, stream), increment_by_step
        )
    assert await totals(runtime, stream) == []
    assert await runtime.pool.fetchval("SELECT count(*) FROM outbox") == 0


async def test_a_retried_request_is_checked_again_before_its_answer_is_replayed(
    runtime: ServiceRuntime,
) -> None:
    stream, request = new_id(), new_id()
    await runtime.pool.execute("INSERT INTO steps VALUES ($1, 5, NULL)", stream)
    set_context(CallContext(Principal("clerk"), request_id=request))
    try:
        first = await runtime.commands.execute_after(
            counter, stream, step_of(runtime, stream), increment_by_step
        )
        again = await runtime.commands.execute_after(
            counter, stream, step_of(runtime, stream), increment_by_step
        )
        assert (first.replayed, again.replayed) == (False, True)
        assert again.events[0].event_id == first.events[0].event_id
        # What the builder checks of the lookup (a unit still in the caller's scope,
        # say) is checked for the retry too: the replay is refused once it fails.
        await runtime.pool.execute("DELETE FROM steps WHERE counter_id = $1", stream)
        with pytest.raises(NotFound):
            await runtime.commands.execute_after(
                counter, stream, step_of(runtime, stream), increment_by_step
            )
    finally:
        set_context(None)
    assert await totals(runtime, stream) == [5]


async def test_inside_a_callers_transaction_the_lookup_sees_its_uncommitted_rows(
    runtime: ServiceRuntime,
) -> None:
    stream = new_id()
    async with runtime.pool.acquire() as proxy:
        conn: asyncpg.Connection = proxy  # type: ignore[assignment]
        async with conn.transaction():
            await conn.execute("INSERT INTO steps VALUES ($1, 3, NULL)", stream)
            await runtime.commands.execute_after(
                counter, stream, step_of(runtime, stream), increment_by_step, conn=conn
            )
    assert await totals(runtime, stream) == [3]


async def test_a_lookup_that_is_not_sql_is_read_first(runtime: ServiceRuntime) -> None:
    stream, reads = new_id(), list[str]()

    async def at_hand() -> tuple[int, str | None]:
        reads.append(stream)
        return 4, None

    await runtime.commands.execute_after(counter, stream, Deferred(at_hand), increment_by_step)
    assert reads == [stream]
    assert await totals(runtime, stream) == [4]
