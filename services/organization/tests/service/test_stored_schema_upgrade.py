"""A store written before issue 11's corrections, read by the service as it is now.

A merged deliberation stored with schema 1 copied the committee's counts: the
migration marks the read model's row, the upcaster marks the event on load, and
the next step publishes v2 saying whose counts they were.
"""

from __future__ import annotations

import json
from importlib import resources
from typing import Any

from frontline.api.organization.v1 import organization_pb2 as pb
from frontline.kernel.ids import new_id
from frontline.testkit.kafka import header, read_topic

from .conftest import Org

COMMITTEE = {
    "held_on": "2025-12-02",
    "members_due": 5,
    "members_present": 5,
    "votes_for": 4,
    "votes_against": 1,
    "votes_abstain": 0,
    "township_attendee": None,
    "supervision_opinion": None,
}


async def old_decision(org: Org, village: pb.OrgUnit) -> str:
    """Events and a read-model row as the service wrote them before schema 2."""
    d = new_id()
    drafted = {
        "decision_id": d,
        "unit_id": village.org_unit_id,
        "unit_level": "village",
        "division_code": village.division_code,
        "title": "Pond lease",
        "matter": "project",
        "source": "cadre_proposal",
        "drafted_on": "2025-12-01",
    }
    events: list[tuple[str, dict[str, Any]]] = [
        ("DecisionDrafted", drafted),
        ("DecisionProposed", {"record": COMMITTEE}),
        ("DecisionDeliberated", {"record": COMMITTEE, "merged_with_proposal": True}),
    ]
    steps = [
        {"step": step, "passed": True, "body": None, "record": COMMITTEE}
        for step in ("proposal", "deliberation")
    ]
    async with org.runtime.pool.acquire() as conn, conn.transaction():
        for version, (event_type, data) in enumerate(events, start=1):
            await conn.execute(
                "INSERT INTO events (stream_id, stream_type, version, event_id, event_type,"
                " schema_version, data, metadata) VALUES ($1, 'decision', $2, $3, $4, 1,"
                " $5::jsonb, '{}'::jsonb)",
                d,
                version,
                new_id(),
                event_type,
                json.dumps(data),
            )
        await conn.execute(
            "INSERT INTO decisions (decision_id, unit_id, division_code, title, matter, source,"
            " state, round, drafted_on, last_step_on, steps) VALUES ($1, $2, $3, 'Pond lease',"
            " 'project', 'cadre_proposal', 'deliberated', 1, '2025-12-01', '2025-12-02', $4)",
            d,
            village.org_unit_id,
            village.division_code,
            json.dumps(steps),
        )
    return d


async def rerun_migration(org: Org) -> None:
    script = resources.files("frontline.organization.migrations").joinpath(
        "002_org_form_and_decision_dates.sql"
    )
    await org.runtime.pool.execute(script.read_text(encoding="utf-8"))


async def test_a_merged_deliberation_of_schema_1_is_shown_and_published_as_copied(
    org: Org,
) -> None:
    _, _, village = await org.county_tree()
    d = await old_decision(org, village)
    await rerun_migration(org)
    get = pb.GetDecisionRequest(decision_id=d)
    before = (await org.call("GetDecision", get)).decision
    assert before.steps[1].merged_with_proposal and before.steps[1].counts_copied_from_proposal

    review = pb.ReviewDecisionRequest(
        decision_id=d,
        record=pb.StepRecord(
            held_on="2025-12-04",
            members_due=30,
            members_present=24,
            votes_for=20,
            township_attendee="liaison",
        ),
    )
    reviewed = (await org.call("ReviewDecision", review)).decision
    assert reviewed.state == pb.DECISION_STATE_REVIEWED
    assert reviewed.steps[1].counts_copied_from_proposal  # rewritten from the upcast state

    records = await read_topic(org.kafka, f"{org.prefix}organization.events.v1", at_least=5)
    types = [header(r, "ce_type") for r in records if r.key == d.encode()]
    assert types == [
        "cn.frontline.organization.DecisionReviewed.v1",
        "cn.frontline.organization.DecisionReviewed.v2",
    ]
