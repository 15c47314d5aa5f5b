"""Issue 11's decision rules over gRPC: land majorities, households, a merged sitting's
own counts, dates in the future, and a backdated notice (DOMAIN.md "Decision")."""

from __future__ import annotations

import json
from typing import cast

import grpc
import pytest
from google.rpc import error_details_pb2
from grpc_status import rpc_status

from frontline.api.organization.v1 import organization_pb2 as pb
from frontline.testkit.kafka import header, read_topic
from frontline.testkit.waiting import eventually

from .conftest import Org
from .test_secretary_reaction import appointed, register, send, unit_of


def record(day: str, due: int, present: int, votes_for: int, attendee: str = "") -> pb.StepRecord:
    return pb.StepRecord(
        held_on=day,
        members_due=due,
        members_present=present,
        votes_for=votes_for,
        votes_against=present - votes_for,
        township_attendee=attendee,
    )


async def drafted(org: Org, matter: int, village: pb.OrgUnit | None = None) -> str:
    if village is None:
        _, _, village = await org.county_tree()
    request = pb.DraftDecisionRequest(
        org_unit_id=village.org_unit_id,
        title="Contract the hill land",
        matter=matter,  # type: ignore[arg-type]
        source=pb.DECISION_SOURCE_CADRE_PROPOSAL,
        drafted_on="2025-12-01",
    )
    return str((await org.call("DraftDecision", request)).decision.decision_id)


async def reviewed(org: Org, matter: int = pb.DECISION_MATTER_PROJECT) -> str:
    d = await drafted(org, matter)
    await org.call(
        "ProposeDecision",
        pb.ProposeDecisionRequest(decision_id=d, record=record("2025-12-02", 5, 5, 4)),
    )
    await org.call(
        "DeliberateDecision",
        pb.DeliberateDecisionRequest(decision_id=d, record=record("2025-12-03", 9, 8, 7)),
    )
    await org.call(
        "ReviewDecision",
        pb.ReviewDecisionRequest(decision_id=d, record=record("2025-12-04", 30, 24, 20, "liaison")),
    )
    return d


async def resolved(org: Org) -> str:
    d = await reviewed(org)
    await org.call(
        "ResolveDecision",
        pb.ResolveDecisionRequest(
            decision_id=d,
            record=record("2025-12-05", 45, 40, 30, "liaison"),
            body=pb.RESOLVING_BODY_REPRESENTATIVES_MEETING,
        ),
    )
    return d


def field_of(error: grpc.aio.AioRpcError) -> str:
    status = rpc_status.from_call(cast(grpc.Call, error))
    assert status is not None
    bad = error_details_pb2.BadRequest()
    assert status.details[0].Unpack(bad)
    return str(bad.field_violations[0].field)


async def test_contracting_land_to_outsiders_needs_two_thirds_of_the_representatives(
    org: Org,
) -> None:
    d = await reviewed(org, pb.DECISION_MATTER_LAND_CONTRACTING_TO_OUTSIDERS)
    # 29 of the 45 representatives: a majority of the 40 present, not two thirds of all.
    rejected = (
        await org.call(
            "ResolveDecision",
            pb.ResolveDecisionRequest(
                decision_id=d,
                record=record("2025-12-05", 45, 40, 29, "liaison"),
                body=pb.RESOLVING_BODY_REPRESENTATIVES_MEETING,
            ),
        )
    ).decision
    assert rejected.state == pb.DECISION_STATE_REJECTED

    records = await read_topic(org.kafka, f"{org.prefix}organization.events.v1", at_least=5)
    drafts = {
        header(r, "ce_type"): json.loads(r.value)
        for r in records
        if r.key == d.encode() and "DecisionDrafted" in (header(r, "ce_type") or "")
    }
    assert drafts["cn.frontline.organization.DecisionDrafted.v1"]["matter"] == "land_contracting"
    assert (
        drafts["cn.frontline.organization.DecisionDrafted.v2"]["matter"]
        == "land_contracting_to_outsiders"
    )


async def test_a_villagers_meeting_sits_with_two_thirds_of_the_households(org: Org) -> None:
    d = await reviewed(org)
    sitting = record("2025-12-05", 400, 150, 120, "liaison")
    sitting.households_due, sitting.households_present = 120, 80
    resolved = (
        await org.call(
            "ResolveDecision",
            pb.ResolveDecisionRequest(
                decision_id=d, record=sitting, body=pb.RESOLVING_BODY_VILLAGERS_MEETING
            ),
        )
    ).decision
    assert resolved.state == pb.DECISION_STATE_RESOLVED
    assert (
        resolved.steps[3].record.households_due,
        resolved.steps[3].record.households_present,
    ) == (120, 80)


async def test_a_merged_sitting_records_the_joint_meetings_own_counts(org: Org) -> None:
    _, _, village = await org.county_tree()
    await register(org, "c-1")
    await send(
        org,
        "cn.frontline.cadre.CadreAppointed.v1",
        appointed(village, "c-1", also_village_head=True),
    )
    await eventually(lambda: unit_of(org, village.org_unit_id), lambda u: u.one_shoulder)
    d = await drafted(org, pb.DECISION_MATTER_PROJECT, village)
    with pytest.raises(grpc.aio.AioRpcError) as copied:
        await org.call(
            "ProposeDecision",
            pb.ProposeDecisionRequest(
                decision_id=d, record=record("2025-12-02", 5, 5, 4), merge_deliberation=True
            ),
        )
    assert copied.value.code() == grpc.StatusCode.INVALID_ARGUMENT
    assert field_of(copied.value) == "deliberation_record"

    merged = (
        await org.call(
            "ProposeDecision",
            pb.ProposeDecisionRequest(
                decision_id=d,
                record=record("2025-12-02", 5, 5, 4),
                merge_deliberation=True,
                deliberation_record=record("2025-12-02", 9, 8, 7),
            ),
        )
    ).decision
    assert merged.state == pb.DECISION_STATE_DELIBERATED
    proposal, deliberation = merged.steps
    assert (proposal.record.members_due, deliberation.record.members_due) == (5, 9)
    assert deliberation.merged_with_proposal and not deliberation.counts_copied_from_proposal


async def test_a_step_dated_after_today_is_invalid_argument(org: Org) -> None:
    d = await drafted(org, pb.DECISION_MATTER_PROJECT)
    with pytest.raises(grpc.aio.AioRpcError) as future:
        await org.call(
            "ProposeDecision",
            pb.ProposeDecisionRequest(decision_id=d, record=record("2026-01-06", 5, 5, 4)),
        )  # today is 2026-01-05
    assert future.value.code() == grpc.StatusCode.INVALID_ARGUMENT
    assert field_of(future.value) == "record.held_on"
    with pytest.raises(grpc.aio.AioRpcError) as before:
        await org.call(
            "ProposeDecision",
            pb.ProposeDecisionRequest(decision_id=d, record=record("2025-11-30", 5, 5, 4)),
        )  # drafted 2025-12-01
    assert field_of(before.value) == "record.held_on"


async def test_a_backdated_notice_still_runs_seven_days_from_when_it_is_recorded(
    org: Org,
) -> None:
    d = await resolved(org)
    published = (
        await org.call(
            "PublishResolution",
            pb.PublishResolutionRequest(decision_id=d, published_on="2025-12-06"),
        )
    ).decision
    assert (published.notice_starts_on, published.notice_ends_on) == ("2026-01-05", "2026-01-12")
    await org.runtime.timers.fire_due()
    with pytest.raises(grpc.aio.AioRpcError) as running:
        await org.call("StartImplementation", pb.StartImplementationRequest(decision_id=d))
    assert running.value.code() == grpc.StatusCode.FAILED_PRECONDITION


async def test_only_the_county_backfills_a_notice_that_has_already_run(org: Org) -> None:
    d = await resolved(org)
    backfill = pb.PublishResolutionRequest(decision_id=d, published_on="2025-12-06", backfill=True)
    with pytest.raises(grpc.aio.AioRpcError) as township:
        await org.call(
            "PublishResolution", backfill, roles=["township_operator"], scope="440781100"
        )
    assert township.value.code() == grpc.StatusCode.PERMISSION_DENIED
    done = (await org.call("PublishResolution", backfill)).decision
    assert (done.notice_ends_on, done.notice_completed, done.notice_backfilled) == (
        "2025-12-13",
        True,
        True,
    )
    started = (
        await org.call(
            "StartImplementation",
            pb.StartImplementationRequest(decision_id=d, started_on="2025-12-20"),
        )
    ).decision
    assert started.state == pb.DECISION_STATE_IMPLEMENTING

    records = await read_topic(org.kafka, f"{org.prefix}organization.events.v1", at_least=10)
    notices = {
        header(r, "ce_type"): json.loads(r.value)
        for r in records
        if r.key == d.encode() and "DecisionPublished" in (header(r, "ce_type") or "")
    }
    assert notices["cn.frontline.organization.DecisionPublished.v2"]["backfilled"] is True
    assert (
        notices["cn.frontline.organization.DecisionPublished.v1"]["notice_ends_on"] == "2025-12-13"
    )
