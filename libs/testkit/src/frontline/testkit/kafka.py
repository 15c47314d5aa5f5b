"""Reading what reached a topic, for tests."""

from __future__ import annotations

from aiokafka.structs import ConsumerRecord

from frontline.kernel.topics import read_topic

__all__ = ["header", "read_topic"]


def header(record: ConsumerRecord[bytes, bytes], name: str) -> str | None:
    for key, value in record.headers:
        if key == name:
            return str(value.decode())
    return None
