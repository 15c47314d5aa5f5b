"""Reading and replaying a topic's dead-letter queue."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from aiokafka import AIOKafkaConsumer, AIOKafkaProducer

from frontline.kernel.kafka_client import KafkaTarget, kafka_options
from frontline.kernel.subscriber import dlq_topic
from frontline.kernel.topics import read_topic

_ERROR_HEADERS = (
    "x-error",
    "x-error-type",
    "x-original-topic",
    "x-original-partition",
    "x-original-offset",
    "x-consumer",
    "x-failed-at",
)


@dataclass(frozen=True)
class DeadLetter:
    offset: int
    key: bytes | None
    value: bytes | None
    headers: list[tuple[str, bytes]]

    def header(self, name: str) -> str:
        for key, value in self.headers:
            if key == name:
                return value.decode(errors="replace")
        return ""

    def summary(self) -> dict[str, Any]:
        return {"offset": self.offset, **{k: v.decode(errors="replace") for k, v in self.headers}}


async def read(kafka: KafkaTarget, topic: str) -> list[DeadLetter]:
    """Every message on ``<topic>.dlq``, oldest first (no consumer group, no commits)."""
    records = await read_topic(kafka, dlq_topic(topic), timeout=5)
    return [DeadLetter(r.offset, r.key, r.value, list(r.headers)) for r in records]


async def replay(kafka: KafkaTarget, topic: str) -> int:
    """Publish dead letters back onto ``topic``, each once: a consumer group remembers
    how far earlier replays went. Consumers' inboxes skip anything already applied."""
    consumer = AIOKafkaConsumer(
        dlq_topic(topic),
        **kafka_options(kafka),
        group_id=f"{topic}.dlq-replay",
        enable_auto_commit=False,
        auto_offset_reset="earliest",
    )
    producer = AIOKafkaProducer(**kafka_options(kafka), enable_idempotence=True, acks="all")
    await consumer.start()
    await producer.start()
    replayed = 0
    try:
        while batch := await consumer.getmany(timeout_ms=2000):
            for tp, records in batch.items():
                for record in records:
                    headers = [(k, v) for k, v in record.headers if k not in _ERROR_HEADERS]
                    await producer.send_and_wait(
                        topic, value=record.value, key=record.key, headers=headers
                    )
                    replayed += 1
                await consumer.commit({tp: records[-1].offset + 1})
    finally:
        await producer.stop()
        await consumer.stop()
    return replayed
