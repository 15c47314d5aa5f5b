"""A 四议两公开 decision walked through every step over gRPC, seen on Kafka in order."""

from __future__ import annotations

from datetime import timedelta

import grpc
import pytest
from google.rpc import error_details_pb2
from grpc_status import rpc_status

from frontline.api.organization.v1 import organization_pb2 as pb
from frontline.testkit.kafka import header, read_topic
from frontline.testkit.waiting import eventually

from .conftest import Org


def record(day: str, due: int, present: int, votes_for: int, attendee: str = "") -> pb.StepRecord:
    return pb.StepRecord(
        held_on=day,
        members_due=due,
        members_present=present,
        votes_for=votes_for,
        votes_against=present - votes_for,
        township_attendee=attendee,
        supervision_opinion="no objection",
    )


async def drafted(org: Org) -> pb.Decision:
    _, _, village = await org.county_tree()
    request = pb.DraftDecisionRequest(
        org_unit_id=village.org_unit_id,
        title="Lease the old school building",
        matter=pb.DECISION_MATTER_COLLECTIVE_ASSETS,
        source=pb.DECISION_SOURCE_VILLAGERS_SUGGESTION,
        drafted_on="2026-01-02",
    )
    return (await org.call("DraftDecision", request)).decision


async def test_a_decision_walks_every_step_and_reaches_kafka_in_order(org: Org) -> None:
    decision = await drafted(org)
    d = decision.decision_id
    await org.call(
        "ProposeDecision",
        pb.ProposeDecisionRequest(decision_id=d, record=record("2026-01-02", 5, 5, 4)),
    )
    await org.call(
        "DeliberateDecision",
        pb.DeliberateDecisionRequest(decision_id=d, record=record("2026-01-03", 9, 8, 7)),
    )
    await org.call(
        "ReviewDecision",
        pb.ReviewDecisionRequest(
            decision_id=d, record=record("2026-01-04", 30, 20, 16, "township liaison")
        ),
    )
    await org.call(
        "ResolveDecision",
        pb.ResolveDecisionRequest(
            decision_id=d,
            record=record("2026-01-05", 45, 30, 25, "township liaison"),
            body=pb.RESOLVING_BODY_REPRESENTATIVES_MEETING,
        ),
    )
    published = (
        await org.call("PublishResolution", pb.PublishResolutionRequest(decision_id=d))
    ).decision
    assert published.notice_ends_on == "2026-01-12"

    with pytest.raises(grpc.aio.AioRpcError) as running:
        await org.call("StartImplementation", pb.StartImplementationRequest(decision_id=d))
    assert running.value.code() == grpc.StatusCode.FAILED_PRECONDITION

    org.clock.advance(timedelta(days=7))
    await org.runtime.timers.fire_due()
    get = pb.GetDecisionRequest(decision_id=d)
    await eventually(lambda: org.call("GetDecision", get), lambda r: r.decision.notice_completed)
    await org.call("StartImplementation", pb.StartImplementationRequest(decision_id=d))
    await org.call("PublishResult", pb.PublishResultRequest(decision_id=d, summary="leased"))
    closed = (await org.call("CloseDecision", pb.CloseDecisionRequest(decision_id=d))).decision

    assert closed.state == pb.DECISION_STATE_CLOSED
    assert [s.step for s in closed.steps] == [
        pb.DECISION_STEP_PROPOSAL,
        pb.DECISION_STEP_DELIBERATION,
        pb.DECISION_STEP_REVIEW,
        pb.DECISION_STEP_RESOLUTION,
    ]
    assert closed.steps[2].record.members_present == 20
    assert closed.steps[2].record.township_attendee == "township liaison"

    records = await read_topic(org.kafka, f"{org.prefix}organization.events.v1", at_least=23)
    mine = [r for r in records if r.key == d.encode()]
    # Each step goes out as v1 (superseded, still read by headquarters), then as v2.
    assert [header(r, "ce_type") for r in mine] == [
        f"cn.frontline.organization.{name}.{version}"
        for name in (
            "DecisionDrafted",
            "DecisionProposed",
            "DecisionDeliberated",
            "DecisionReviewed",
            "DecisionResolved",
            "DecisionPublished",
            "DecisionNoticeCompleted",
            "DecisionImplementationStarted",
            "DecisionImplemented",
            "DecisionClosed",
        )
        for version in ("v1", "v2")
    ]
    for r in mine:
        assert header(r, "ce_specversion") == "1.0"
        assert header(r, "ce_source") == "/counties/440781/organization"
        assert header(r, "ce_subject") == d
        assert header(r, "content-type") == "application/json"
        assert header(r, "ce_id") and header(r, "ce_time")
    assert b"township liaison" not in b"".join(r.value for r in mine)


async def test_skipping_a_step_is_a_failed_precondition_with_details(org: Org) -> None:
    decision = await drafted(org)
    with pytest.raises(grpc.aio.AioRpcError) as skipped:
        await org.call(
            "ReviewDecision",
            pb.ReviewDecisionRequest(
                decision_id=decision.decision_id, record=record("2026-01-04", 30, 20, 16)
            ),
        )
    assert skipped.value.code() == grpc.StatusCode.FAILED_PRECONDITION
    status = rpc_status.from_call(skipped.value)
    assert status is not None
    failure = error_details_pb2.PreconditionFailure()
    assert status.details[0].Unpack(failure)
    assert failure.violations[0].type == "STEP_OUT_OF_ORDER"


async def test_a_failed_vote_rejects_and_the_decision_is_listed_by_state(org: Org) -> None:
    decision = await drafted(org)
    d = decision.decision_id
    rejected = (
        await org.call(
            "ProposeDecision",
            pb.ProposeDecisionRequest(decision_id=d, record=record("2026-01-02", 5, 4, 2)),
        )
    ).decision
    assert rejected.state == pb.DECISION_STATE_REJECTED
    listed = await org.call(
        "ListDecisions",
        pb.ListDecisionsRequest(org_unit_id=decision.org_unit_id, state=pb.DECISION_STATE_REJECTED),
    )
    assert [x.decision_id for x in listed.decisions] == [d]
    redrafted = (
        await org.call(
            "RedraftDecision", pb.RedraftDecisionRequest(decision_id=d, title="Lease, revised")
        )
    ).decision
    assert (redrafted.state, redrafted.round, list(redrafted.steps)) == (
        pb.DECISION_STATE_DRAFT,
        2,
        [],
    )


async def test_a_village_code_outside_its_township_is_invalid_argument(org: Org) -> None:
    _, town, _ = await org.county_tree()
    with pytest.raises(grpc.aio.AioRpcError) as invalid:
        await org.establish(pb.ORG_LEVEL_VILLAGE, "440781200201", town.org_unit_id)
    assert invalid.value.code() == grpc.StatusCode.INVALID_ARGUMENT
