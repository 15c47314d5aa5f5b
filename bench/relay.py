"""Row 3: outbox → Kafka relay throughput against a bare aiokafka producer.

The outbox is filled with N rows exactly as commands write them (the kernel's
outbox_records: counter events, CloudEvents headers, key = stream id). Then the
kernel's OutboxRelay drains it the way `run()` does while a backlog exists
(`drain()`): read a batch in id order and send each row keyed, read and send the
next batch while the first one's acks are outstanding, delete a batch once all its
acks are in. The clock stops when the outbox is empty.

Baseline: a bare AIOKafkaProducer with the same settings as the relay's producer
(acks=all, idempotent, same linger and batch size) sends the same N key/value/header
triples from memory and awaits all acks. Both go to fresh 3-partition topics.
"""

from __future__ import annotations

import time
import uuid
from datetime import UTC, datetime
from typing import cast

import asyncpg
from aiokafka import AIOKafkaProducer

from bench.cpu import CpuMeter, own_process
from bench.servers import Servers
from frontline.kernel.eventstore import StoredEvent
from frontline.kernel.ids import uuid7
from frontline.kernel.migrate import apply_migrations
from frontline.kernel.outbox import OutboxRecord, outbox_records, outbox_statements
from frontline.kernel.relay import OutboxRelay, keyed_producer
from frontline.kernel.settings import ServiceSettings
from frontline.kernel.statements import combined
from frontline.kernel.topics import ensure_topics
from frontline.testkit.counter import CounterIncremented, Incremented

BATCH = ServiceSettings().relay_batch_size  # what a service runs with


def sample_records(count: int, prefix: str) -> list[OutboxRecord]:
    """What `count` counter commands put in the outbox, spread over 1,000 streams."""
    now = datetime.now(UTC)
    metadata = {"actor": "bench", "correlation_id": str(uuid7()), "causation_id": str(uuid7())}
    records: list[OutboxRecord] = []
    for n in range(count):
        stream = f"counter-{n % 1000:04d}"
        event = Incremented(by=1, total=n, unit="piece")
        stored = StoredEvent(stream, "counter", n + 1, str(uuid7()), event, now, metadata)
        public = CounterIncremented(counter_id=stream, total=n)
        records += outbox_records("/counties/440781/test", stored, [public], prefix)
    return records


async def fill_outbox(pool: asyncpg.Pool, records: list[OutboxRecord]) -> None:
    async with pool.acquire() as proxy:
        conn = cast(asyncpg.Connection, proxy)
        for start in range(0, len(records), 5000):
            async with conn.transaction():
                sql, args = combined(outbox_statements(records[start : start + 5000]))
                await conn.execute(sql, *args)


async def relay_rate(servers: Servers, records: list[OutboxRecord]) -> float:
    topic = records[0].topic
    await ensure_topics(servers.kafka_bootstrap, [topic], 3)
    dsn = await servers.database("bench_relay")
    pool = await asyncpg.create_pool(dsn, min_size=2, max_size=4)
    producer = keyed_producer(servers.kafka_bootstrap, "bench-relay")
    await producer.start()
    try:
        await apply_migrations(pool, ["frontline.kernel.migrations"])
        await warm_up(producer, topic)
        await fill_outbox(pool, records)
        await pool.execute("VACUUM ANALYZE outbox")
        relay = OutboxRelay(pool, dsn, producer, batch_size=BATCH)
        meter = CpuMeter("kernel relay", servers.cpu_groups(bench=own_process()))
        meter.start()
        started = time.monotonic()
        published = await relay.drain()
        elapsed = time.monotonic() - started
        meter.stop()
        meter.report(published)
        if published != len(records):
            raise RuntimeError(f"relay published {published} of {len(records)} rows")
        return published / elapsed
    finally:
        await producer.stop()
        await pool.close()


async def warm_up(producer: AIOKafkaProducer, topic: str) -> None:
    """A fresh topic elects its partition leaders first; don't time that."""
    futures = [await producer.send(topic, value=b"{}", key=f"warm-{n}".encode()) for n in range(30)]
    for future in futures:
        await future


def bare_producer(bootstrap: str) -> AIOKafkaProducer:
    """Exactly the relay's producer settings: acks=all, idempotent, same linger and batch."""
    return keyed_producer(bootstrap, "bench-bare")


async def bare_rate(servers: Servers, records: list[OutboxRecord]) -> float:
    topic = f"{records[0].topic}.bare-{uuid.uuid4().hex[:6]}"
    await ensure_topics(servers.kafka_bootstrap, [topic], 3)
    messages = [(r.key.encode(), r.value, [(k, v.encode()) for k, v in r.headers]) for r in records]
    producer = bare_producer(servers.kafka_bootstrap)
    await producer.start()
    try:
        await warm_up(producer, topic)
        meter = CpuMeter("bare producer", servers.cpu_groups(bench=own_process()))
        meter.start()
        started = time.monotonic()
        futures = [
            await producer.send(topic, value=value, key=key, headers=headers)
            for key, value, headers in messages
        ]
        for future in futures:
            await future
        elapsed = time.monotonic() - started
        meter.stop()
        meter.report(len(messages))
        return len(messages) / elapsed
    finally:
        await producer.stop()
