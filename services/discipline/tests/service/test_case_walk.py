"""A case from clue to archive through the real gRPC API, on Kafka in order; the
reviewer cannot change evidence; an appeal leaves the sanction in force."""

from __future__ import annotations

import json

import grpc
import pytest

from frontline.api.discipline.v1 import discipline_pb2 as pb
from frontline.testkit.kafka import header, read_topic

from .conftest import INVESTIGATOR, REVIEWER, TOWN, VILLAGE, Discipline

WALK = [
    "ClueReceived",
    "ClueDisposed",
    "CaseFiled",
    "CaseSubmittedForReview",
    "CaseDecided",
    "SanctionImposed",
    "SanctionImposed",
    "CaseExecuted",
    "CaseArchived",
]


async def decided(d: Discipline) -> pb.Case:
    case = await d.case(cadre_id="cadre-secretary-1")
    await d.call(
        "AddEvidence",
        pb.AddEvidenceRequest(
            case_id=case.case_id, description="Two lease contracts for one pond."
        ),
        INVESTIGATOR,
    )
    await d.call("SubmitForReview", pb.SubmitForReviewRequest(case_id=case.case_id), INVESTIGATOR)
    decision = pb.DecideCaseRequest(
        case_id=case.case_id,
        four_forms_level=3,
        summary="Abuse of the collective's assets.",
        measures=[
            pb.MeasureChoice(
                measure_type=pb.MEASURE_TYPE_PARTY_SANCTION,
                kind=pb.MEASURE_KIND_REMOVAL_FROM_PARTY_POST,
            ),
            pb.MeasureChoice(
                measure_type=pb.MEASURE_TYPE_GOVERNMENT_SANCTION, kind=pb.MEASURE_KIND_DEMERIT
            ),
        ],
    )
    return (await d.call("DecideCase", decision, REVIEWER)).case


async def test_a_case_walks_from_clue_to_archive_in_order_on_kafka(discipline: Discipline) -> None:
    d = discipline
    case = await decided(d)
    assert case.status == pb.CASE_STATUS_DECIDED and case.sanction_in_force
    removal = case.measures[0]
    assert removal.removes_from_post and removal.influence_ends_on == "2028-01-05"
    await d.call("RecordExecution", pb.RecordExecutionRequest(case_id=case.case_id), INVESTIGATOR)
    archived = (
        await d.call("ArchiveCase", pb.ArchiveCaseRequest(case_id=case.case_id), INVESTIGATOR)
    ).case
    assert archived.status == pb.CASE_STATUS_ARCHIVED

    records = await read_topic(d.kafka, d.topic, at_least=len(WALK))
    mine = [r for r in records if r.key == case.clue_id.encode()]
    assert [header(r, "ce_type") for r in mine] == [
        f"cn.frontline.discipline.{name}.v1" for name in WALK
    ]
    values = [json.loads(r.value) for r in mine]
    undecided = values[:4]
    # Before the decision: the township and category only, never the village or cadre.
    assert all(v["township_code"] == TOWN for v in undecided)
    assert not any(VILLAGE in r.value.decode() for r in mine[:4])
    assert not any("cadre-secretary-1" in r.value.decode() for r in mine[:4])
    assert values[4]["division_code"] == VILLAGE
    sanctions = [v for v in values if "cadre_id" in v]
    assert {(v["kind"], v["removes_from_post"], v["influence_ends_on"]) for v in sanctions} == {
        ("removal_from_party_post", True, "2028-01-05"),
        ("demerit", False, "2027-01-05"),
    }


async def test_the_reviewer_cannot_change_the_evidence(discipline: Discipline) -> None:
    d = discipline
    case = await d.case()
    await d.call(
        "AddEvidence",
        pb.AddEvidenceRequest(case_id=case.case_id, description="Bank statement."),
        INVESTIGATOR,
    )
    in_review = (
        await d.call(
            "SubmitForReview", pb.SubmitForReviewRequest(case_id=case.case_id), INVESTIGATOR
        )
    ).case
    evidence_id = in_review.evidence[0].evidence_id

    with pytest.raises(grpc.aio.AioRpcError) as reviewer:
        await d.call(
            "AddEvidence",
            pb.AddEvidenceRequest(case_id=case.case_id, description="A better statement."),
            REVIEWER,
        )
    assert reviewer.value.code() == grpc.StatusCode.PERMISSION_DENIED
    for method, request in [
        ("AddEvidence", pb.AddEvidenceRequest(case_id=case.case_id, description="More.")),
        (
            "RetractEvidence",
            pb.RetractEvidenceRequest(
                case_id=case.case_id, evidence_id=evidence_id, reason="Wrong account."
            ),
        ),
    ]:
        with pytest.raises(grpc.aio.AioRpcError) as frozen:
            await d.call(method, request, INVESTIGATOR)
        assert frozen.value.code() == grpc.StatusCode.FAILED_PRECONDITION
        assert "frozen" in (frozen.value.details() or "")
    shown = (await d.call("GetCase", pb.GetCaseRequest(case_id=case.case_id), REVIEWER)).case
    assert [(e.description, e.retracted_on) for e in shown.evidence] == [("Bank statement.", "")]


async def test_an_appeal_leaves_the_sanction_in_force(discipline: Discipline) -> None:
    d = discipline
    case = await decided(d)
    appealed = (
        await d.call(
            "RecordAppeal",
            pb.RecordAppealRequest(case_id=case.case_id, grounds="The second contract was void."),
            REVIEWER,
        )
    ).case
    assert appealed.appeal.appealed_on == "2026-01-05" and appealed.sanction_in_force
    executed = (
        await d.call(
            "RecordExecution", pb.RecordExecutionRequest(case_id=case.case_id), INVESTIGATOR
        )
    ).case
    assert executed.status == pb.CASE_STATUS_EXECUTED and executed.sanction_in_force
    with pytest.raises(grpc.aio.AioRpcError) as pending:
        await d.call("ArchiveCase", pb.ArchiveCaseRequest(case_id=case.case_id), INVESTIGATOR)
    assert pending.value.code() == grpc.StatusCode.FAILED_PRECONDITION

    upheld = (
        await d.call(
            "ConcludeAppeal",
            pb.ConcludeAppealRequest(case_id=case.case_id, outcome=pb.APPEAL_OUTCOME_UPHELD),
            REVIEWER,
        )
    ).case
    assert upheld.sanction_in_force
    records = await read_topic(d.kafka, d.topic, at_least=10)
    types = [header(r, "ce_type") for r in records if r.key == case.clue_id.encode()]
    assert "cn.frontline.discipline.SanctionRevoked.v1" not in types
    assert types[-3:] == [
        "cn.frontline.discipline.AppealRecorded.v1",
        "cn.frontline.discipline.CaseExecuted.v1",
        "cn.frontline.discipline.AppealConcluded.v1",
    ]
