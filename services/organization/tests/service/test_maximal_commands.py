"""A command with every text field at its limit still publishes (DESIGN.md §7).

The size of a public event is bounded by the limits of the fields it carries: a
1.2 MB unit name once went into the outbox, the broker refused it for good and the
relay retried it forever in front of every later event. Now the name is refused at
the door, and a name as long as allowed, in 4-byte characters, reaches Kafka like
any other.
"""

from __future__ import annotations

import json
from collections.abc import Awaitable, Callable
from typing import Any

from frontline.api.organization.v1 import organization_pb2 as pb
from frontline.testkit.kafka import header, read_topic
from frontline.testkit.limits import WIDE, at_their_limits
from frontline.testkit.waiting import eventually

from .conftest import COUNTY_CODE, Org

KAFKA_DEFAULT_MAX_MESSAGE = 1_048_588  # the broker's message.max.bytes unless set


async def test_a_maximal_command_of_each_kind_publishes(org: Org) -> None:
    def calling(method: str) -> Callable[[Any], Awaitable[Any]]:
        return lambda request: org.call(method, request)

    county, _ = await at_their_limits(
        calling("EstablishOrgUnit"),
        pb.EstablishOrgUnitRequest(level=pb.ORG_LEVEL_COUNTY, division_code=COUNTY_CODE),
        ["name"],
    )
    town, _ = await at_their_limits(
        calling("EstablishOrgUnit"),
        pb.EstablishOrgUnitRequest(
            level=pb.ORG_LEVEL_TOWNSHIP,
            division_code="440781100",
            parent_unit_id=county.org_unit.org_unit_id,
        ),
        ["name"],
    )
    village, limits = await at_their_limits(
        calling("EstablishOrgUnit"),
        pb.EstablishOrgUnitRequest(
            level=pb.ORG_LEVEL_VILLAGE,
            division_code="440781100201",
            parent_unit_id=town.org_unit.org_unit_id,
        ),
        ["name"],
    )
    unit = village.org_unit.org_unit_id
    await at_their_limits(
        calling("DraftDecision"),
        pb.DraftDecisionRequest(
            org_unit_id=unit,
            matter=pb.DECISION_MATTER_PROJECT,
            source=pb.DECISION_SOURCE_CADRE_PROPOSAL,
            drafted_on="2025-12-01",
        ),
        ["title"],
    )
    await at_their_limits(
        calling("RecordMeeting"),
        pb.RecordMeetingRequest(
            org_unit_id=unit,
            meeting_type=pb.MEETING_TYPE_PARTY_LESSON,
            held_on="2025-12-02",
            members_due=20,
            members_present=17,
        ),
        ["topic"],
    )
    topic = f"{org.prefix}organization.events.v1"
    records = await read_topic(org.kafka, topic, at_least=5, timeout=60)
    kinds = {str(header(r, "ce_type")).split(".")[-2] for r in records}
    assert {"OrgUnitEstablished", "DecisionDrafted", "MeetingHeld"} <= kinds
    names = [json.loads(r.value).get("name") for r in records]
    assert WIDE * limits["name"] in names
    assert max(len(r.value) for r in records) < KAFKA_DEFAULT_MAX_MESSAGE
    outbox = await eventually(
        lambda: org.runtime.pool.fetchval("SELECT count(*) FROM outbox"), lambda n: n == 0
    )
    assert outbox == 0
