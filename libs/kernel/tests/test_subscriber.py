"""Consumers: inbox de-duplication, dead letters, and going on after a bad message."""

from __future__ import annotations

import asyncio
import json
from collections.abc import AsyncIterator, Sequence

import asyncpg
import pytest
from aiokafka import AIOKafkaProducer

from frontline.kernel.errors import PreconditionFailed
from frontline.kernel.inbound import InboundEvent
from frontline.kernel.kafka_client import kafka_options
from frontline.kernel.runtime import ServiceRuntime
from frontline.kernel.subscriber import Batched
from frontline.testkit.kafka import header, read_topic
from frontline.testkit.runtime import SigningKeys, make_runtime
from frontline.testkit.settle import settled

SOURCE_TOPIC = "source.events.v1"


async def record_effect(conn: asyncpg.Connection, event: InboundEvent) -> None:
    if event.data.get("poison"):
        raise PreconditionFailed("POISON", "event", "this event breaks a rule")
    await conn.execute(
        "INSERT INTO effects (event_id, total) VALUES ($1, $2)",
        event.event_id,
        int(event.data["total"]),
    )


@pytest.fixture
async def consumer_runtime(
    pg,
    kafka_bootstrap: str,
    unique: str,
    keys: SigningKeys,  # type: ignore[no-untyped-def]
) -> AsyncIterator[ServiceRuntime]:
    dsn = await pg.create_database(f"consumer_{unique}")
    conn = await asyncpg.connect(dsn)
    await conn.execute("CREATE TABLE effects (event_id text, total int)")
    await conn.close()
    runtime = make_runtime("consumer", dsn, kafka_bootstrap, f"{unique}.", keys)
    runtime.subscribe(SOURCE_TOPIC, "consumer.effects", record_effect)
    async with runtime.started():
        yield runtime


def cloudevent(event_id: str, data: dict[str, object]) -> tuple[bytes, list[tuple[str, bytes]]]:
    headers = [
        ("ce_specversion", b"1.0"),
        ("ce_id", event_id.encode()),
        ("ce_type", b"cn.frontline.test.Thing.v1"),
        ("ce_source", b"/counties/440781/source"),
        ("ce_subject", b"thing-1"),
    ]
    return json.dumps(data).encode(), headers


async def produce(
    bootstrap: str, topic: str, messages: list[tuple[bytes, list[tuple[str, bytes]]]]
) -> None:
    producer = AIOKafkaProducer(**kafka_options(bootstrap), enable_idempotence=True)
    await producer.start()
    try:
        for value, headers in messages:
            await producer.send_and_wait(topic, value=value, key=b"thing-1", headers=headers)
    finally:
        await producer.stop()


async def wait_for_rows(
    runtime: ServiceRuntime, sql: str, expected: int, timeout: float = 20
) -> None:
    async def poll() -> None:
        while await runtime.pool.fetchval(sql) < expected:
            await asyncio.sleep(0.05)

    await asyncio.wait_for(poll(), timeout)


async def test_a_redelivered_event_has_its_effect_once(
    consumer_runtime: ServiceRuntime,
    kafka_bootstrap: str,
) -> None:
    topic = consumer_runtime.topic_name(SOURCE_TOPIC)
    first = cloudevent("evt-1", {"total": 1})
    await produce(kafka_bootstrap, topic, [first, first, cloudevent("evt-2", {"total": 2}), first])
    await wait_for_rows(
        consumer_runtime, "SELECT count(*) FROM effects WHERE event_id = 'evt-2'", 1
    )
    await wait_for_rows(consumer_runtime, "SELECT count(*) FROM inbox", 2)
    rows = await consumer_runtime.pool.fetch("SELECT event_id FROM effects ORDER BY total")
    assert [r["event_id"] for r in rows] == ["evt-1", "evt-2"]


async def test_malformed_and_failing_messages_are_dead_lettered_and_the_consumer_goes_on(
    consumer_runtime: ServiceRuntime,
    kafka_bootstrap: str,
) -> None:
    topic = consumer_runtime.topic_name(SOURCE_TOPIC)
    not_json = (b"{not json", [("ce_id", b"bad-1"), ("ce_type", b"x")])
    no_headers = (b'{"total": 3}', [])
    poison = cloudevent("poison-1", {"total": 0, "poison": True})
    good = cloudevent("good-1", {"total": 7})
    await produce(kafka_bootstrap, topic, [not_json, no_headers, poison, good])
    await wait_for_rows(
        consumer_runtime, "SELECT count(*) FROM effects WHERE event_id = 'good-1'", 1
    )
    letters = await read_topic(kafka_bootstrap, f"{topic}.dlq", at_least=3)
    assert len(letters) == 3
    errors = {header(r, "x-error-type") for r in letters}
    assert errors == {"MalformedMessage", "PreconditionFailed"}
    for letter in letters:
        assert header(letter, "x-original-topic") == topic
        assert header(letter, "x-consumer") == consumer_runtime.topic_name("consumer.effects")
        assert header(letter, "x-error")
    assert await consumer_runtime.pool.fetchval("SELECT count(*) FROM effects") == 1


async def test_settled_waits_until_the_consumer_has_applied_every_event(
    pg,
    kafka_bootstrap: str,
    unique: str,
    keys: SigningKeys,  # type: ignore[no-untyped-def]
) -> None:
    gate = asyncio.Event()

    async def slow_effect(conn: asyncpg.Connection, event: InboundEvent) -> None:
        await gate.wait()

    dsn = await pg.create_database(f"settle_{unique}")
    runtime = make_runtime("consumer", dsn, kafka_bootstrap, f"{unique}.", keys)
    runtime.subscribe(SOURCE_TOPIC, "consumer.slow", slow_effect)
    async with runtime.started():
        await produce(kafka_bootstrap, runtime.topic_name(SOURCE_TOPIC), [cloudevent("e", {})])
        # The consumer is stuck on the event: nothing has settled, however long we wait.
        with pytest.raises(TimeoutError):
            await settled(kafka_bootstrap, [runtime], timeout=3)
        gate.set()
        await settled(kafka_bootstrap, [runtime], timeout=20)
        assert await runtime.pool.fetchval("SELECT count(*) FROM inbox") == 1


async def test_a_handler_that_records_its_own_ids_gets_each_once_and_no_inbox_rows(
    pg,
    kafka_bootstrap: str,
    unique: str,
    keys: SigningKeys,  # type: ignore[no-untyped-def]
) -> None:
    async def apply_once(conn: asyncpg.Connection, events: Sequence[InboundEvent]) -> None:
        # The handler's own record of what it applied, as headquarters keeps one.
        await conn.execute(
            "INSERT INTO effects (event_id, total)"
            " SELECT id, t FROM unnest($1::text[], $2::int[]) AS x(id, t)"
            " WHERE NOT EXISTS (SELECT 1 FROM effects e WHERE e.event_id = x.id)",
            [e.event_id for e in events],
            [int(e.data["total"]) for e in events],
        )

    dsn = await pg.create_database(f"dedupes_{unique}")
    conn = await asyncpg.connect(dsn)
    await conn.execute("CREATE TABLE effects (event_id text, total int)")
    await conn.close()
    runtime = make_runtime("consumer", dsn, kafka_bootstrap, f"{unique}.", keys)
    runtime.subscribe(SOURCE_TOPIC, "consumer.own", Batched(apply_once, dedupes=True))
    async with runtime.started():
        first = cloudevent("evt-1", {"total": 1})
        # One key: one partition, so the three land in one batch as a rule.
        await produce(kafka_bootstrap, runtime.topic_name(SOURCE_TOPIC), [first, first, first])
        await settled(kafka_bootstrap, [runtime], timeout=20)
        await produce(kafka_bootstrap, runtime.topic_name(SOURCE_TOPIC), [first])
        await settled(kafka_bootstrap, [runtime], timeout=20)
        assert await runtime.pool.fetchval("SELECT count(*) FROM effects") == 1
        assert await runtime.pool.fetchval("SELECT count(*) FROM inbox") == 0
