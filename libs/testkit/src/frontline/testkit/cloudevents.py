"""Public events put on Kafka the way a service's relay puts them, for tests.

A consumer under test sees the same CloudEvents binary-mode headers (DESIGN.md §5)
as from a real service: ``ce_id``, ``ce_type``, ``ce_source`` of the topic's owner,
``ce_subject``, ``ce_time``, ``content-type``.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from aiokafka import AIOKafkaProducer

from frontline.contracts.base import PublicEvent
from frontline.kernel.ids import new_id
from frontline.kernel.kafka_client import kafka_options

COUNTY = "440781"
Headers = list[tuple[str, bytes]]


def ce_headers(
    ce_type: str,
    ce_id: str | None = None,
    *,
    source: str,
    subject: str = "",
    time: dt.datetime | None = None,
) -> Headers:
    headers = [
        ("ce_specversion", "1.0"),
        ("ce_id", ce_id or new_id()),
        ("ce_type", ce_type),
        ("ce_source", source),
        ("ce_time", (time or dt.datetime.now(dt.UTC)).isoformat()),
        ("content-type", "application/json"),
    ]
    if subject:
        headers.append(("ce_subject", subject))
    return [(name, value.encode()) for name, value in headers]


def owner_source(event: PublicEvent, county: str = COUNTY) -> str:
    """``/counties/<code>/<service>``: the service that owns the event's topic."""
    return f"/counties/{county}/{event.topic.split('.')[0]}"


def event_headers(
    event: PublicEvent,
    subject: str,
    ce_id: str | None = None,
    *,
    county: str = COUNTY,
    time: dt.datetime | None = None,
) -> Headers:
    return ce_headers(
        event.ce_type, ce_id, source=owner_source(event, county), subject=subject, time=time
    )


Message = tuple[bytes, bytes, Headers]  # key, value, headers


def message(event: PublicEvent, subject: str, ce_id: str | None = None) -> Message:
    return subject.encode(), event.model_dump_json().encode(), event_headers(event, subject, ce_id)


async def send(bootstrap: str, topic: str, messages: Sequence[Message]) -> None:
    """Send ``messages`` to ``topic`` and wait for every acknowledgement."""
    producer = AIOKafkaProducer(**kafka_options(bootstrap), acks="all", enable_idempotence=True)
    await producer.start()
    try:
        for key, value, headers in messages:
            await producer.send_and_wait(topic, value=value, key=key, headers=headers)
    finally:
        await producer.stop()
