"""The broker refuses one event of a unit for good: the operator sees it with
`frontline admin outbox parked`, fixes the cause and runs `frontline admin outbox
retry`; the unit's events then reach Kafka in their order, and nothing else waited.

The refusal comes from the broker itself (the topic's max.message.bytes lowered
under the size of one event), the case the relay sorts out after the fact: the
refused batch is sent again row by row and only the row refused on its own is parked.
"""

from __future__ import annotations

import asyncio
import json
import os
import sys
from typing import Any

from aiokafka.admin import AIOKafkaAdminClient
from aiokafka.admin.config_resource import ConfigResource, ConfigResourceType

from frontline.api.organization.v1 import organization_pb2 as pb
from frontline.kernel.kafka_client import kafka_options
from frontline.kernel.topics import UNLIMITED
from frontline.testkit.kafka import header, read_topic
from frontline.testkit.limits import WIDE
from frontline.testkit.waiting import eventually

from .conftest import COUNTY_CODE, Org


async def limit_message_size(kafka: str, topic: str, most: int) -> None:
    admin = AIOKafkaAdminClient(**kafka_options(kafka))
    await admin.start()
    try:
        configs = {**UNLIMITED, "max.message.bytes": str(most)}
        await admin.alter_configs([ConfigResource(ConfigResourceType.TOPIC, topic, configs)])
    finally:
        await admin.close()


async def frontline(org: Org, *args: str) -> tuple[int, str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("FRONTLINE_")}
    env |= {
        "FRONTLINE_STACK_ENV": "/nonexistent",
        "FRONTLINE_ORGANIZATION_GRPC": f"127.0.0.1:{org.runtime.grpc_port}",
        "FRONTLINE_TOKEN": org.keys.token(["county_admin"]),
    }
    process = await asyncio.create_subprocess_exec(
        sys.executable,
        "-m",
        "frontline.cli",
        *args,
        env=env,
        stdout=asyncio.subprocess.PIPE,
        stderr=asyncio.subprocess.PIPE,
    )
    out, err = await asyncio.wait_for(process.communicate(), 120)
    assert process.returncode is not None
    return process.returncode, out.decode(), err.decode()


def record_size(record: Any) -> int:
    headers = sum(len(k) + len(v) for k, v in record.headers)
    return len(record.value) + len(record.key) + headers


async def test_a_refused_event_is_parked_listed_and_retried_in_order(org: Org) -> None:
    topic = f"{org.prefix}organization.events.v1"
    county = await org.establish(pb.ORG_LEVEL_COUNTY, COUNTY_CODE)
    [first] = await read_topic(org.kafka, topic, at_least=1)
    # Room for events like the first, not for one with 400 more bytes in its name.
    await limit_message_size(org.kafka, topic, record_size(first) + 200)

    town = await org.call(
        "EstablishOrgUnit",
        pb.EstablishOrgUnitRequest(
            level=pb.ORG_LEVEL_TOWNSHIP,
            division_code="440781100",
            name=WIDE * 100,
            parent_unit_id=county.org_unit_id,
        ),
    )
    town_id = town.org_unit.org_unit_id
    await eventually(lambda: org.runtime.pool.fetchval("SELECT count(*) FROM outbox_parked"))
    await org.call(
        "RecordOrgForm",
        pb.RecordOrgFormRequest(
            org_unit_id=town_id,
            form=pb.ORG_FORM_COMMITTEE,
            member_count=40,
            recorded_on="2026-01-05",
        ),
    )
    village = await org.establish(pb.ORG_LEVEL_VILLAGE, "440781100201", town_id)

    async def township_events() -> list[str]:
        records = await read_topic(org.kafka, topic, at_least=0, timeout=5)
        return [
            str(header(r, "ce_type")).split(".")[-2] for r in records if r.key == town_id.encode()
        ]

    # The village's event went out; the township's wait: the parked one and its follower.
    records = await read_topic(org.kafka, topic, at_least=2, timeout=30)
    assert village.org_unit_id.encode() in {r.key for r in records}
    assert await township_events() == []

    code, out, err = await frontline(
        org, "admin", "outbox", "parked", "--service", "organization", "--json"
    )
    assert code == 0, err
    [row] = json.loads(out)
    assert row["key"] == town_id and row["held_behind"] == 1
    assert row["type"] == "cn.frontline.organization.OrgUnitEstablished.v1"
    assert "MessageSizeTooLarge" in row["error"]

    await limit_message_size(org.kafka, topic, 1_048_588)  # the cause, fixed
    code, out, err = await frontline(
        org, "admin", "outbox", "retry", "--service", "organization", "--all"
    )
    assert code == 0, err
    assert str(row["id"]) in out
    in_order = await eventually(township_events, lambda kinds: len(kinds) >= 2, timeout=30)
    assert in_order == ["OrgUnitEstablished", "OrgFormRecorded"]
    code, out, _ = await frontline(
        org, "admin", "outbox", "parked", "--service", "organization", "--json"
    )
    assert code == 0 and json.loads(out) == []
