"""How far a service's consumer groups are behind their topics, read from Kafka.

In messages: per partition, the end offset minus the group's committed offset (an
offset is committed only after the effects before it, subscriber.py, so this counts
exactly the messages not applied yet). In seconds, for a read model people look at:
how long ago the oldest message not applied yet reached Kafka (0 when none is left).

Read with an admin client and a consumer of no group (it never joins or commits), both
opened at the first reading and kept: the groups' own consumers are never disturbed.
"""

from __future__ import annotations

import asyncio
import contextlib
import time
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from aiokafka import AIOKafkaConsumer, TopicPartition
from aiokafka.admin import AIOKafkaAdminClient

from frontline.kernel.kafka_client import KafkaTarget, kafka_options


@dataclass(frozen=True)
class PartitionLag:
    group: str
    topic: str
    partition: int
    committed: int
    end: int

    @property
    def messages(self) -> int:
        return max(0, self.end - self.committed)


class GroupLag:
    def __init__(self, kafka: KafkaTarget, client_id: str) -> None:
        self.kafka = kafka
        self.client_id = client_id
        self._admin: Any = None
        self._reader: Any = None

    async def _clients(self) -> tuple[Any, Any]:
        if self._admin is None:
            admin = AIOKafkaAdminClient(**kafka_options(self.kafka), client_id=self.client_id)
            await admin.start()
            self._admin = admin
        if self._reader is None:
            reader = AIOKafkaConsumer(
                **kafka_options(self.kafka), client_id=self.client_id, enable_auto_commit=False
            )
            await reader.start()
            self._reader = reader
        return self._admin, self._reader

    async def close(self) -> None:
        admin, reader, self._admin, self._reader = self._admin, self._reader, None, None
        with contextlib.suppress(Exception):
            if reader is not None:
                await asyncio.wait_for(reader.stop(), 5)
        with contextlib.suppress(Exception):
            if admin is not None:
                await asyncio.wait_for(admin.close(), 5)

    async def partitions(self, subscriptions: Sequence[tuple[str, str]]) -> list[PartitionLag]:
        """The lag of each (group, topic) on every partition of the topic."""
        admin, reader = await self._clients()
        topics = sorted({topic for _, topic in subscriptions})
        partitions: dict[str, list[TopicPartition]] = {topic: [] for topic in topics}
        for described in await admin.describe_topics(topics):
            if described.get("topic") in partitions and not described.get("error_code"):
                partitions[described["topic"]] = [
                    TopicPartition(described["topic"], p["partition"])
                    for p in described.get("partitions", [])
                ]
        every = [tp for tps in partitions.values() for tp in tps]
        if not every:
            return []
        ends: dict[TopicPartition, int] = await reader.end_offsets(every)
        lags: list[PartitionLag] = []
        for group, topic in subscriptions:
            tps = partitions[topic]
            committed = await self._committed(admin, reader, group, tps)
            lags += [
                PartitionLag(group, tp.topic, tp.partition, committed[tp], ends[tp]) for tp in tps
            ]
        return sorted(lags, key=lambda lag: (lag.group, lag.topic, lag.partition))

    async def _committed(
        self, admin: Any, reader: Any, group: str, tps: list[TopicPartition]
    ) -> dict[TopicPartition, int]:
        found = await admin.list_consumer_group_offsets(group, partitions=tps)
        offsets = {tp: meta.offset for tp, meta in found.items() if meta.offset >= 0}
        missing = [tp for tp in tps if tp not in offsets]
        if missing:
            # Nothing committed yet: the group starts at the beginning (auto_offset_reset).
            offsets.update(await reader.beginning_offsets(missing))
        return offsets

    async def oldest_unapplied_age(self, lags: Sequence[PartitionLag]) -> float:
        """Seconds since the oldest message not applied yet reached Kafka; 0 if none."""
        behind: dict[TopicPartition, int] = {}
        for lag in lags:
            if lag.messages > 0:
                tp = TopicPartition(lag.topic, lag.partition)
                behind[tp] = min(lag.committed, behind.get(tp, lag.committed))
        if not behind:
            return 0.0
        _, reader = await self._clients()
        reader.assign(list(behind))
        try:
            for tp, offset in behind.items():
                reader.seek(tp, offset)
            first = await _first_records(reader, list(behind))
        finally:
            reader.unsubscribe()  # stop fetching until the next reading
        if not first:
            return 0.0
        oldest_ms = float(min(record.timestamp for record in first))
        return max(0.0, time.time() - oldest_ms / 1000)


async def _first_records(reader: Any, tps: list[TopicPartition], within: float = 2.0) -> list[Any]:
    """The first record fetched from each of ``tps`` (at the positions sought)."""
    first: dict[TopicPartition, Any] = {}
    deadline = time.monotonic() + within
    while len(first) < len(tps) and time.monotonic() < deadline:
        waiting = [tp for tp in tps if tp not in first]
        fetched = await reader.getmany(*waiting, timeout_ms=200)
        for tp, records in fetched.items():
            if records:
                first.setdefault(tp, records[0])
    return list(first.values())
