"""The secretary post follows the cadre service's events on Kafka (inbox, DLQ)."""

from __future__ import annotations

import json
from typing import Any

from aiokafka import AIOKafkaProducer

from frontline.api.organization.v1 import organization_pb2 as pb
from frontline.contracts.cadre import CadreAppointed, CadreLeftPost, CadreRegistered
from frontline.kernel.ids import new_id
from frontline.kernel.kafka_client import kafka_options
from frontline.testkit.kafka import header, read_topic
from frontline.testkit.waiting import eventually

from .conftest import Org


def appointed(
    unit: pb.OrgUnit, cadre_id: str, post: str = "secretary", **extra: Any
) -> dict[str, Any]:
    return CadreAppointed(
        cadre_id=cadre_id, org_unit_id=unit.org_unit_id, division_code=unit.division_code,
        post=post, age_band="40_49", education_level="college", gender="female",
        appointed_on="2026-01-04", via="election", **extra,
    ).model_dump(mode="json")  # fmt: skip


async def send(org: Org, ce_type: str, data: Any, ce_id: str | None = None) -> str:
    ce_id = ce_id or new_id()
    headers = [
        ("ce_specversion", b"1.0"), ("ce_id", ce_id.encode()), ("ce_type", ce_type.encode()),
        ("ce_source", b"/counties/440781/cadre"), ("content-type", b"application/json"),
    ]  # fmt: skip
    value = data if isinstance(data, bytes) else json.dumps(data).encode()
    producer = AIOKafkaProducer(**kafka_options(org.kafka))
    await producer.start()
    try:
        await producer.send_and_wait(
            f"{org.prefix}cadre.events.v1", value=value, key=b"cadre", headers=headers
        )
    finally:
        await producer.stop()
    return ce_id


async def register(org: Org, *cadre_ids: str) -> None:
    """The cadre service announces the cadres first (an appointment needs one)."""
    for cadre_id in cadre_ids:
        registered = CadreRegistered(
            cadre_id=cadre_id, gender="female", age_band="40_49", education_level="college",
            party_member=True, division_code="440781100201",
        ).model_dump(mode="json")  # fmt: skip
        await send(org, CadreRegistered.ce_type, registered)


async def unit_of(org: Org, unit_id: str) -> pb.OrgUnit:
    return (await org.call("GetOrgUnit", pb.GetOrgUnitRequest(org_unit_id=unit_id))).org_unit


async def filled_count(org: Org, unit_id: str) -> int:
    return int(await org.runtime.pool.fetchval(
        "SELECT count(*) FROM events WHERE stream_id = $1 AND event_type = 'SecretaryPostFilled'",
        unit_id,
    ))  # fmt: skip


async def test_a_secretary_appointment_fills_the_post_once(org: Org) -> None:
    _, _, village = await org.county_tree()
    unit = village.org_unit_id
    await register(org, "c-1", "c-2")
    ce_id = await send(
        org, CadreAppointed.ce_type, appointed(village, "c-1", also_village_head=True)
    )
    filled = await eventually(lambda: unit_of(org, unit), lambda u: u.secretary.cadre_id == "c-1")
    assert filled.one_shoulder and filled.secretary_vacant_since == ""

    # Redelivered with the same id, and announced again under a new id: nothing changes.
    await send(
        org, CadreAppointed.ce_type, appointed(village, "c-1", also_village_head=True), ce_id
    )
    await send(org, CadreAppointed.ce_type, appointed(village, "c-1", also_village_head=True))
    await send(org, CadreAppointed.ce_type, appointed(village, "c-2", post="deputy_secretary"))
    await eventually(lambda: unit_of(org, unit), lambda u: len(u.team) == 1)
    assert await filled_count(org, unit) == 1

    left = CadreLeftPost(
        cadre_id="c-1", org_unit_id=unit, division_code=village.division_code, post="secretary",
        reason="transfer", left_on="2026-01-05",
    ).model_dump(mode="json")  # fmt: skip
    await send(org, CadreLeftPost.ce_type, left)
    vacant = await eventually(lambda: unit_of(org, unit), lambda u: not u.secretary.cadre_id)
    assert vacant.secretary_vacant_since == "2026-01-05" and not vacant.one_shoulder

    records = await read_topic(org.kafka, f"{org.prefix}organization.events.v1", at_least=4)
    types = [header(r, "ce_type") for r in records if r.key == unit.encode()]
    assert types.count("cn.frontline.organization.SecretaryPostFilled.v1") == 1
    assert types[-2:] == [
        "cn.frontline.organization.SecretaryPostVacated.v1",
        "cn.frontline.organization.OneShoulderChanged.v1",
    ]


async def test_malformed_cadre_events_go_to_the_dead_letter_topic(org: Org) -> None:
    _, _, village = await org.county_tree()
    await register(org, "c-9", "c-8")
    broken = appointed(village, "c-9")
    del broken["org_unit_id"]
    missing_field = await send(org, CadreAppointed.ce_type, broken)
    not_json = await send(org, CadreAppointed.ce_type, b"{not json")
    unknown_unit = await send(
        org, CadreAppointed.ce_type, {**appointed(village, "c-8"), "org_unit_id": new_id()}
    )
    dlq = await read_topic(org.kafka, f"{org.prefix}cadre.events.v1.dlq", at_least=3, timeout=40)
    assert {header(r, "ce_id") for r in dlq} == {missing_field, not_json, unknown_unit}
    assert all(header(r, "x-consumer") == f"{org.prefix}organization.secretary-posts" for r in dlq)
    assert not (await unit_of(org, village.org_unit_id)).secretary.cadre_id


async def test_an_appointment_of_a_cadre_never_registered_fills_nothing(org: Org) -> None:
    # A forged CadreAppointed must not make this service fill a post and republish
    # it as a genuine SecretaryPostFilled (issue 13).
    _, _, village = await org.county_tree()
    await register(org, "c-real")
    invented = await send(org, CadreAppointed.ce_type, appointed(village, "c-invented"))
    elsewhere = await send(
        org, CadreAppointed.ce_type, {**appointed(village, "c-real"), "division_code": "440781999"}
    )
    dlq = await read_topic(org.kafka, f"{org.prefix}cadre.events.v1.dlq", at_least=2, timeout=40)
    refused = {header(r, "ce_id"): header(r, "x-error-type") for r in dlq}
    assert refused == {invented: "UnknownReference", elsewhere: "UnknownReference"}
    assert not (await unit_of(org, village.org_unit_id)).secretary.cadre_id
    assert await filled_count(org, village.org_unit_id) == 0
