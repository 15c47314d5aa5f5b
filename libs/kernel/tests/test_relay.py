"""The outbox relay against real PostgreSQL and Kafka."""

from __future__ import annotations

import asyncio
import contextlib
import json

import pytest

from frontline.kernel.context import CallContext, Principal
from frontline.kernel.ids import new_id
from frontline.kernel.runtime import ServiceRuntime
from frontline.kernel.settings import ServiceSettings
from frontline.testkit.counter import Increment, counter, publish
from frontline.testkit.kafka import header, read_topic
from frontline.testkit.runtime import SigningKeys, make_runtime
from frontline.testkit.waiting import eventually


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


async def test_a_second_relay_waits_alive_and_takes_over_when_the_leader_stops(
    counter_db: str,
    kafka_bootstrap: str,
    unique: str,
    keys: SigningKeys,
    caplog: pytest.LogCaptureFixture,
) -> None:
    """Two processes of one service: one relay leads; the other stays up, waiting for
    the lock, and publishes once the leader's process is gone."""
    first, second = (_counter_process(counter_db, kafka_bootstrap, unique, keys) for _ in "12")
    topic = f"{unique}.test.events.v1"
    async with contextlib.AsyncExitStack() as outer:
        async with first.started():
            await eventually(lambda: _now(first.relay is not None and first.relay.is_leader))
            await outer.enter_async_context(second.started())
            assert second.relay is not None
            # A command through the second process reaches Kafka by the leader's relay.
            waiting = await second.commands.execute(counter, new_id(), Increment(by=1))
            await _published(kafka_bootstrap, topic, waiting.events[0].event_id)
            assert not second.relay.is_leader
        # The leader's process has ended, and its lock with it.
        relay = second.relay
        await eventually(lambda: _now(relay.is_leader), timeout=30)
        after = await second.commands.execute(counter, new_id(), Increment(by=2))
        await _published(kafka_bootstrap, topic, after.events[0].event_id)
    # It waited all along: it never crashed and was restarted meanwhile.
    assert not [r for r in caplog.records if "crashed" in r.getMessage()]


def _counter_process(
    dsn: str, kafka_bootstrap: str, unique: str, keys: SigningKeys
) -> ServiceRuntime[ServiceSettings]:
    runtime = make_runtime("test", dsn, kafka_bootstrap, f"{unique}.", keys)
    runtime.register(counter, publish=publish)
    return runtime


async def _now(value: bool) -> bool:
    return value


async def _published(kafka_bootstrap: str, topic: str, event_id: str) -> None:
    async def ids() -> list[str | None]:
        return [header(r, "ce_id") for r in await read_topic(kafka_bootstrap, topic, timeout=2)]

    await eventually(ids, lambda seen: event_id in seen, timeout=30)
