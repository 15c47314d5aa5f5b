"""Reading what reached a topic, for tests and the event-contract checks."""

from __future__ import annotations

import asyncio
import time

from aiokafka import AIOKafkaConsumer, TopicPartition
from aiokafka.structs import ConsumerRecord

from frontline.kernel.topics import topic_partitions


async def read_topic(
    bootstrap: str, topic: str, at_least: int = 0, timeout: float = 20.0
) -> list[ConsumerRecord[bytes, bytes]]:
    """All records on ``topic`` from the beginning, waiting until ``at_least`` arrived."""
    deadline = time.monotonic() + timeout
    partitions = await topic_partitions(bootstrap, topic)
    while not partitions:
        if time.monotonic() > deadline:
            return []
        await asyncio.sleep(0.2)
        partitions = await topic_partitions(bootstrap, topic)
    consumer = AIOKafkaConsumer(bootstrap_servers=bootstrap, enable_auto_commit=False)
    await consumer.start()
    try:
        tps = [TopicPartition(topic, p) for p in sorted(partitions)]
        consumer.assign(tps)
        await consumer.seek_to_beginning(*tps)
        records: list[ConsumerRecord[bytes, bytes]] = []
        while time.monotonic() < deadline:
            batch = await consumer.getmany(timeout_ms=200)
            for items in batch.values():
                records.extend(items)
            ends = await consumer.end_offsets(tps)
            positions = [await consumer.position(tp) for tp in tps]
            if len(records) >= at_least and all(
                p >= ends[tp] for p, tp in zip(positions, tps, strict=True)
            ):
                break
        return records
    finally:
        await consumer.stop()


def header(record: ConsumerRecord[bytes, bytes], name: str) -> str | None:
    for key, value in record.headers:
        if key == name:
            return str(value.decode())
    return None
