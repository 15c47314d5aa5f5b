"""Reading what reached a topic, for tests."""

from __future__ import annotations

from aiokafka.admin import AIOKafkaAdminClient
from aiokafka.coordinator.protocol import ConsumerProtocolMemberAssignment
from aiokafka.structs import ConsumerRecord

from frontline.kernel.kafka_client import KafkaTarget, kafka_options
from frontline.kernel.topics import read_topic

__all__ = ["consumer_group_members", "distinct_and_total", "header", "read_topic"]


def header(record: ConsumerRecord[bytes, bytes], name: str) -> str | None:
    for key, value in record.headers:
        if key == name:
            return str(value.decode())
    return None


async def consumer_group_members(kafka: KafkaTarget, group: str) -> list[set[int]]:
    """The partitions each member of ``group`` holds now, one set per member."""
    admin = AIOKafkaAdminClient(**kafka_options(kafka))
    await admin.start()
    try:
        [response] = await admin.describe_consumer_groups([group])
    finally:
        await admin.close()
    [(error, _, _, _, _, members, *_)] = response.groups
    assert error == 0, f"describing {group}: error {error}"
    return [
        {tp.partition for tp in ConsumerProtocolMemberAssignment.decode(assignment).partitions()}
        for *_, assignment in members
    ]


async def distinct_and_total(kafka: KafkaTarget, topic: str) -> tuple[int, int]:
    """How many distinct events (CloudEvents ids) ``topic`` holds, and how many records:
    the difference is duplicate deliveries, which consumers skip by id."""
    records = await read_topic(kafka, topic, timeout=60)
    return len({header(r, "ce_id") for r in records}), len(records)
