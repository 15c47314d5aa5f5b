"""Reading and replaying a topic's dead-letter queue."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from aiokafka import AIOKafkaProducer

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


async def read(bootstrap: str, topic: str) -> list[DeadLetter]:
    """Every message on ``<topic>.dlq``, oldest first (no consumer group, no commits)."""
    records = await read_topic(bootstrap, dlq_topic(topic), timeout=5)
    return [DeadLetter(r.offset, r.key, r.value, list(r.headers)) for r in records]


async def replay(bootstrap: str, topic: str) -> int:
    letters = await read(bootstrap, topic)
    producer = AIOKafkaProducer(bootstrap_servers=bootstrap, enable_idempotence=True, acks="all")
    await producer.start()
    try:
        for letter in letters:
            headers = [(k, v) for k, v in letter.headers if k not in _ERROR_HEADERS]
            await producer.send_and_wait(topic, value=letter.value, key=letter.key, headers=headers)
    finally:
        await producer.stop()
    return len(letters)
