"""Waiting until a set of services has nothing left in flight, for end-to-end tests.

"Settled" is a fact about the servers, not a pause: every outbox is empty (all
events are on Kafka) and every subscriber's committed offsets have reached the
end of its topic (all events are applied, since offsets commit after effects).
A projection that merely stopped growing for a while may be stuck in a rebalance.
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import Sequence
from typing import Any

from aiokafka import AIOKafkaConsumer
from aiokafka.admin import AIOKafkaAdminClient
from aiokafka.structs import TopicPartition

from frontline.kernel.kafka_client import KafkaTarget, kafka_options
from frontline.kernel.runtime import ServiceRuntime
from frontline.kernel.topics import topic_partitions


async def _behind(
    admin: AIOKafkaAdminClient, ends: AIOKafkaConsumer, rt: ServiceRuntime[Any]
) -> int:
    """Events this service has yet to publish or apply."""
    left = int(await rt.pool.fetchval("SELECT count(*) FROM outbox"))
    for sub in rt.subscribers:
        tps = [TopicPartition(sub.topic, p) for p in await topic_partitions(sub.kafka, sub.topic)]
        if not tps:
            continue
        committed = await admin.list_consumer_group_offsets(sub.consumer, partitions=tps)
        for tp, end in (await ends.end_offsets(tps)).items():
            done = committed.get(tp)
            left += max(0, end - (done.offset if done is not None and done.offset >= 0 else 0))
    return left


async def settled(
    kafka: KafkaTarget, runtimes: Sequence[ServiceRuntime[Any]], timeout: float = 120.0
) -> None:
    """Return once nothing is in flight, twice in a row (a reaction may publish more)."""
    admin = AIOKafkaAdminClient(**kafka_options(kafka))
    ends = AIOKafkaConsumer(**kafka_options(kafka), enable_auto_commit=False)
    await admin.start()
    await ends.start()
    try:
        deadline, quiet, left = time.monotonic() + timeout, 0, -1
        while time.monotonic() < deadline:
            left = sum([await _behind(admin, ends, rt) for rt in runtimes])
            quiet = quiet + 1 if left == 0 else 0
            if quiet >= 2:
                return
            await asyncio.sleep(0.2)
        raise TimeoutError(f"still {left} events in flight after {timeout:.0f} s")
    finally:
        await ends.stop()
        await admin.close()
