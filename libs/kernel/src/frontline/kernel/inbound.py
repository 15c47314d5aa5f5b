"""A public event as a consumer receives it: CloudEvents headers plus JSON data."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from pydantic_core import from_json


class MalformedMessage(ValueError):
    """The record is not a CloudEvent we can read; it goes straight to the DLQ."""


class RefusedEvent(ValueError):
    """An event that would move authority it cannot have: dead-lettered and alerted.

    Only the owning service may publish on its topic (the broker's ACLs enforce it);
    a consumer still refuses what it cannot attribute or what contradicts facts
    that never change, so a forged event never moves a unit, a scope or a post.
    """


class ForeignSource(RefusedEvent):
    """The event claims another source than the topic's owner in this county."""


class IdentityContradiction(RefusedEvent):
    """The event contradicts an identity fact already recorded (a unit's division code,
    level or parent never change: DOMAIN.md, organization service)."""


@dataclass(frozen=True, slots=True)
class InboundEvent:
    event_id: str
    type: str
    subject: str
    source: str
    time: str
    data: dict[str, Any]
    headers: dict[str, str]
    topic: str
    partition: int
    offset: int

    @property
    def correlation_id(self) -> str | None:
        return self.headers.get("ce_correlationid")


def parse_record(record: Any) -> InboundEvent:
    """Read an aiokafka ConsumerRecord (untyped upstream) as a CloudEvent."""
    try:
        headers = {k: v.decode() for k, v in record.headers}
    except UnicodeDecodeError as exc:
        raise MalformedMessage("headers are not UTF-8") from exc
    event_id, ce_type = headers.get("ce_id"), headers.get("ce_type")
    if not event_id or not ce_type:
        missing = [h for h in ("ce_id", "ce_type") if not headers.get(h)]
        raise MalformedMessage(f"missing CloudEvents headers: {', '.join(missing)}")
    try:
        # pydantic-core's parser: about three times faster than json.loads on event
        # payloads, which matters when a rebuild reads a topic from its start.
        data = from_json(record.value or b"")
    except ValueError as exc:
        raise MalformedMessage(f"value is not JSON: {exc}") from exc
    if not isinstance(data, dict):
        raise MalformedMessage("value is not a JSON object")
    return InboundEvent(
        event_id=event_id,
        type=ce_type,
        subject=headers.get("ce_subject", ""),
        source=headers.get("ce_source", ""),
        time=headers.get("ce_time", ""),
        data=data,
        headers=headers,
        topic=record.topic,
        partition=record.partition,
        offset=record.offset,
    )


def topic_owner(topic: str) -> str:
    """The service that publishes ``topic``: ``cadre`` for ``cadre.events.v1``."""
    owner, dot, _ = topic.partition(".events.")
    if not dot or not owner:
        raise ValueError(f"{topic!r} is not a service's event topic (<service>.events.vN)")
    return owner


def expected_source(county_code: str, topic: str) -> str:
    """The ``ce_source`` every event on ``topic`` (unprefixed) carries in this county."""
    return f"/counties/{county_code}/{topic_owner(topic)}"


def check_source(event: InboundEvent, expected: str) -> InboundEvent:
    if event.source != expected:
        raise ForeignSource(
            f"ce_source {event.source[:200]!r} is not this topic's publisher {expected!r}"
        )
    return event
