"""The outbox relay against real PostgreSQL and Kafka."""

from __future__ import annotations

import asyncio
import json

from frontline.kernel.context import CallContext, Principal
from frontline.kernel.ids import new_id
from frontline.kernel.runtime import ServiceRuntime
from frontline.testkit.counter import Increment, counter
from frontline.testkit.kafka import header, read_topic


async def _wait_outbox_empty(runtime: ServiceRuntime, timeout: float = 15.0) -> None:
    async def empty() -> None:
        while await runtime.pool.fetchval("SELECT count(*) FROM outbox"):
            await asyncio.sleep(0.05)

    await asyncio.wait_for(empty(), timeout)


async def test_public_events_reach_kafka_with_cloudevents_headers(
    counter_runtime: ServiceRuntime,
    kafka_bootstrap: str,
) -> None:
    stream = new_id()
    ctx = CallContext(Principal("alice"), request_id=new_id(), correlation_id="corr-7")
    result = await counter_runtime.commands.execute(counter, stream, Increment(by=3), ctx)
    records = await read_topic(kafka_bootstrap, counter_runtime.topic, at_least=1)
    assert len(records) == 1
    record = records[0]
    assert record.key == stream.encode()
    assert json.loads(record.value) == {"counter_id": stream, "total": 3}
    assert header(record, "ce_specversion") == "1.0"
    assert header(record, "ce_id") == result.events[0].event_id
    assert header(record, "ce_type") == "cn.frontline.test.CounterIncremented.v1"
    assert header(record, "ce_source") == "/counties/440781/test"
    assert header(record, "ce_subject") == stream
    assert header(record, "ce_correlationid") == "corr-7"
    assert header(record, "content-type") == "application/json"
    assert header(record, "ce_time")


async def test_a_late_committing_transaction_is_not_skipped_and_order_holds(
    counter_runtime: ServiceRuntime,
    kafka_bootstrap: str,
) -> None:
    """Hold one append open while later ones commit; its event still reaches Kafka."""
    slow_stream, fast_stream = new_id(), new_id()
    release = asyncio.Event()
    holding = asyncio.Event()

    async def slow_command() -> None:
        async with counter_runtime.pool.acquire() as conn, conn.transaction():
            await counter_runtime.commands.execute(counter, slow_stream, Increment(by=1), conn=conn)
            holding.set()
            await release.wait()  # its outbox id is lower than the ones committed meanwhile

    slow = asyncio.create_task(slow_command())
    await holding.wait()
    for _ in range(5):
        await counter_runtime.commands.execute(counter, fast_stream, Increment(by=1))
    await asyncio.wait_for(_wait_outbox_empty(counter_runtime), 15)  # the relay passed the gap
    release.set()
    await slow
    for _ in range(4):
        await counter_runtime.commands.execute(counter, slow_stream, Increment(by=1))
    records = await read_topic(kafka_bootstrap, counter_runtime.topic, at_least=10)
    by_stream: dict[str, list[int]] = {}
    for record in records:
        value = json.loads(record.value)
        by_stream.setdefault(value["counter_id"], []).append(value["total"])
    assert by_stream[fast_stream] == [1, 2, 3, 4, 5]
    assert by_stream[slow_stream] == [1, 2, 3, 4, 5]


async def test_one_relay_leads_while_a_second_waits(
    counter_runtime: ServiceRuntime,
    counter_db: str,
) -> None:
    from frontline.kernel.relay import OutboxRelay

    assert counter_runtime.relay is not None
    await asyncio.wait_for(_until(lambda: counter_runtime.relay.is_leader), 10)  # type: ignore[union-attr]
    second = OutboxRelay(
        counter_runtime.pool, counter_db, counter_runtime.producer, poll_seconds=0.05
    )
    task = asyncio.create_task(second.run())
    await asyncio.sleep(0.5)
    assert not second.is_leader
    task.cancel()


async def _until(condition) -> None:  # type: ignore[no-untyped-def]
    while not condition():
        await asyncio.sleep(0.05)
