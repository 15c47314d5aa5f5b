"""What a fuzzed service hears from its neighbours before the fuzzing starts.

A service that reacts to another's public events refuses most requests until it has
heard of the places and people they name: a service centre needs its village's org
unit (service-center's directory), a case its cadre. So the county's org units, and
cadres appointed at them, are put on Kafka the way the organization and cadre
services publish them; the fuzzing then draws their ids (``Seen``) and gets past the
look-ups, into the rules and the database behind them.
"""

from __future__ import annotations

import datetime as dt
import operator
import uuid
from functools import partial
from typing import Any

from aiokafka import AIOKafkaConsumer
from aiokafka.admin import AIOKafkaAdminClient
from aiokafka.structs import TopicPartition

from frontline.contracts import cadre, organization
from frontline.kernel.kafka_client import kafka_options
from frontline.kernel.service import Service
from frontline.kernel.topics import topic_partitions
from frontline.testkit.county_events import Published, appointed, produce, unit
from frontline.testkit.fuzz import Seen
from frontline.testkit.waiting import eventually

# The division codes the fuzzing draws (fuzz._CODES), as a county's places.
_PLACES = [
    ("county", "440781", None),
    ("township", "440781100", "440781"),
    ("township", "440781101", "440781"),
    ("village", "440781100201", "440781100"),
    ("village", "440781101001", "440781101"),
]
_POSTS = ["secretary", "committee_member"]


def _ids(prefix: str, count: int) -> list[str]:
    return [f"{prefix}-{uuid.uuid4()}" for _ in range(count)]


def county() -> tuple[list[Published], list[Published]]:
    """The org units of the places, and two cadres appointed at each village."""
    start, due = dt.date(2024, 3, 1), dt.date(2029, 3, 1)
    unit_ids = dict(zip([code for _, code, _ in _PLACES], _ids("unit", len(_PLACES)), strict=True))
    units = [
        unit(unit_ids[code], level, code, f"党组织 {code}", parent and unit_ids[parent], start, due)
        for level, code, parent in _PLACES
    ]
    cadres = [
        appointed(cadre_id, unit_ids[code], code, post, start, "college", "30_39")
        for _, code, _ in (p for p in _PLACES if p[0] == "village")
        for cadre_id, post in zip(_ids("cadre", len(_POSTS)), _POSTS, strict=True)
    ]
    return units, cadres


def heard_by(
    service: Service[Any], units: list[Published], cadres: list[Published]
) -> list[Published]:
    """The events ``service``'s consumers take in."""
    listens = {sub.topic for sub in service.subscriptions}
    # Cadres only to a service that hears of their units: the organization service
    # keeps its own units and dead-letters an appointment it has no record of.
    events = units + (cadres if organization.TOPIC in listens else [])
    heard = []
    for published in events:
        for sub in service.subscriptions:
            types = {model.ce_type for model in sub.contract}
            if published.event.topic == sub.topic and (
                not types or published.event.ce_type in types
            ):
                heard.append(published)
                break
    return heard


async def introduce(service: Service[Any], bootstrap: str, prefix: str, seen: Seen) -> None:
    """Publishes the county's units and cadres ``service`` listens to, waits until each
    of its consumers took them in, and lets ``seen`` draw their ids."""
    units, cadres = county()
    heard = heard_by(service, units, cadres)
    if not heard:
        return
    topics = {p.event.topic for p in heard}
    await produce(bootstrap, prefix, heard)
    groups = [
        (prefix + sub.consumer, prefix + sub.topic)
        for sub in service.subscriptions
        if sub.topic in topics
    ]
    await caught_up(bootstrap, groups)
    for published in heard:
        name = "cadre_id" if published.event.topic == cadre.TOPIC else "org_unit_id"
        seen.keep(name, published.key)


async def caught_up(bootstrap: str, groups: list[tuple[str, str]], timeout: float = 90) -> None:
    """Returns once each consumer group committed the end of its topic (a consumer
    commits after the effects of what it read, or after dead-lettering it)."""
    admin = AIOKafkaAdminClient(**kafka_options(bootstrap))
    ends = AIOKafkaConsumer(**kafka_options(bootstrap), enable_auto_commit=False)
    await admin.start()
    await ends.start()
    try:

        async def behind() -> int:
            left = 0
            for group, topic in groups:
                tps = [TopicPartition(topic, p) for p in await topic_partitions(bootstrap, topic)]
                committed = await admin.list_consumer_group_offsets(group, partitions=tps)
                for tp, end in (await ends.end_offsets(tps)).items():
                    done = committed.get(tp)
                    left += max(0, end - (done.offset if done and done.offset >= 0 else 0))
            return left

        await eventually(behind, partial(operator.eq, 0), timeout=timeout)
    finally:
        await ends.stop()
        await admin.close()
