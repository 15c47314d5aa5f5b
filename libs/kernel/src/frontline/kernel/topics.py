"""Create the service's topics at start if they are missing (DESIGN.md §5)."""

from __future__ import annotations

import asyncio
import contextlib
import logging
import time
from typing import Any

from aiokafka import AIOKafkaConsumer, TopicPartition
from aiokafka.admin import AIOKafkaAdminClient, NewTopic
from aiokafka.errors import TopicAlreadyExistsError

from frontline.kernel.kafka_client import KafkaTarget, kafka_options

log = logging.getLogger(__name__)

# Kafka is the county's event backbone: projections rebuild from the beginning.
UNLIMITED = {"retention.ms": "-1", "retention.bytes": "-1"}


async def ensure_topics(
    kafka: KafkaTarget, names: list[str], partitions: int, replication: int = 1
) -> None:
    admin = AIOKafkaAdminClient(**kafka_options(kafka))
    await admin.start()
    try:
        existing = set(await admin.list_topics())
        missing = [n for n in dict.fromkeys(names) if n not in existing]
        if not missing:
            return
        new = [NewTopic(n, partitions, replication, topic_configs=dict(UNLIMITED)) for n in missing]
        # Another service may create the same topic at the same moment.
        with contextlib.suppress(TopicAlreadyExistsError):
            await admin.create_topics(new)
        log.info("topics created", extra={"topics": missing})
    finally:
        await admin.close()


async def topic_partitions(kafka: KafkaTarget, topic: str) -> list[int]:
    """The partition ids of ``topic``; empty when it does not exist."""
    admin = AIOKafkaAdminClient(**kafka_options(kafka))
    await admin.start()
    try:
        described = await admin.describe_topics([topic])
    finally:
        await admin.close()
    for item in described:
        if item.get("topic") == topic and not item.get("error_code"):
            return sorted(p["partition"] for p in item.get("partitions", []))
    return []


async def read_topic(
    kafka: KafkaTarget, topic: str, at_least: int = 0, timeout: float = 20.0
) -> list[Any]:
    """All records on ``topic`` from the beginning, waiting until ``at_least`` arrived."""
    deadline = time.monotonic() + timeout
    partitions = await topic_partitions(kafka, topic)
    while not partitions:
        if time.monotonic() > deadline:
            return []
        await asyncio.sleep(0.2)
        partitions = await topic_partitions(kafka, topic)
    consumer = AIOKafkaConsumer(**kafka_options(kafka), enable_auto_commit=False)
    await consumer.start()
    try:
        tps = [TopicPartition(topic, p) for p in sorted(partitions)]
        consumer.assign(tps)
        await consumer.seek_to_beginning(*tps)
        records: list[Any] = []
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
