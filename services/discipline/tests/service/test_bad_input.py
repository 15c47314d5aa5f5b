"""Bad input is refused with the right status naming the field, and nothing is stored."""

from __future__ import annotations

import grpc
import pytest
from google.rpc import error_details_pb2
from grpc_status import rpc_status

from frontline.api.discipline.v1 import discipline_pb2 as pb

from .conftest import INTAKE, INVESTIGATOR, MEDIATOR, REVIEWER, VILLAGE, Discipline

# The outbox is not counted: the relay empties it as it publishes; its rows are only ever
# written in the statement that writes events, which are counted.
TABLES = (
    "events",
    "idempotency",
    "subject_keys",
    "timers",
    "clues",
    "cases",
    "disputes",
    "ledgers",
    "sweep_periods",
)


async def footprint(d: Discipline) -> dict[str, int]:
    async with d.runtime.pool.acquire() as conn:
        return {t: await conn.fetchval(f"SELECT count(*) FROM {t}") for t in TABLES}


def fields_of(error: grpc.aio.AioRpcError) -> list[str]:
    status = rpc_status.from_call(error)
    assert status is not None
    found: list[str] = []
    for detail in status.details:
        bad = error_details_pb2.BadRequest()
        if detail.Unpack(bad):
            found += [
                v.field_name if hasattr(v, "field_name") else v.field for v in bad.field_violations
            ]
    return found


def subjects_of(error: grpc.aio.AioRpcError) -> list[str]:
    status = rpc_status.from_call(error)
    assert status is not None
    found: list[str] = []
    for detail in status.details:
        failure = error_details_pb2.PreconditionFailure()
        if detail.Unpack(failure):
            found += [v.type for v in failure.violations]
    return found


REPORTER = pb.Reporter(name="赵六", phone="13700007777")


def clue(**changes: object) -> pb.ReceiveClueRequest:
    values: dict[str, object] = {
        "division_code": VILLAGE,
        "source": pb.CLUE_SOURCE_REPORT,
        "category": pb.CATEGORY_OTHER,
        "summary": "Something wrong.",
        "reporter": REPORTER,
    }
    return pb.ReceiveClueRequest(**{**values, **changes})  # type: ignore[arg-type]


INVALID = [
    ("ReceiveClue", clue(division_code="440781"), INTAKE, "division_code"),
    ("ReceiveClue", clue(division_code=""), INTAKE, "division_code"),
    ("ReceiveClue", clue(source=0), INTAKE, "source"),
    ("ReceiveClue", clue(summary=""), INTAKE, "summary"),
    ("ReceiveClue", clue(summary="x" * 2001), INTAKE, "summary"),
    ("ReceiveClue", clue(received_on="2026-02-30"), INTAKE, "received_on"),
    ("ReceiveClue", clue(received_on="2027-01-01"), INTAKE, "received_on"),
    ("ReceiveClue", clue(reporter=pb.Reporter(name="")), INTAKE, "reporter.name"),
    (
        "ReceiveClue",
        clue(reporter=pb.Reporter(name="x", phone="call me")),
        INTAKE,
        "reporter.phone",
    ),
    (
        "ReceiveClue",
        clue(reporter=pb.Reporter(name="x", id_number="12345")),
        INTAKE,
        "reporter.id_number",
    ),
    (
        "DisposeClue",
        pb.DisposeClueRequest(clue_id="", disposal=pb.DISPOSAL_CLOSE),
        INTAKE,
        "clue_id",
    ),
    (
        "RegisterDispute",
        pb.RegisterDisputeRequest(
            division_code=VILLAGE,
            dispute_type=pb.DISPUTE_TYPE_FAMILY,
            risk_level=pb.RISK_LEVEL_LOW,
            parties=0,
            summary="x",
        ),
        MEDIATOR,
        "parties",
    ),
    (
        "RegisterDispute",
        pb.RegisterDisputeRequest(
            division_code=VILLAGE,
            dispute_type=pb.DISPUTE_TYPE_FAMILY,
            risk_level=pb.RISK_LEVEL_LOW,
            parties=2,
            summary="x",
            amount_yuan=-5,
        ),
        MEDIATOR,
        "amount_yuan",
    ),
    (
        "RecordReservedLand",
        pb.RecordReservedLandRequest(
            division_code=VILLAGE, fulfilled_mu=3, form=pb.RESERVED_LAND_FORM_CASH
        ),
        MEDIATOR,
        "fulfilled_mu",
    ),
    (
        "RecordReservedLand",
        pb.RecordReservedLandRequest(division_code=VILLAGE, owed_mu=5, fulfilled_mu=3),
        MEDIATOR,
        "form",
    ),
    (
        "RecordReservedLand",
        pb.RecordReservedLandRequest(division_code=VILLAGE, owed_mu=float("nan")),
        MEDIATOR,
        "owed_mu",
    ),
    (
        "RecordCompensationArrears",
        pb.RecordCompensationArrearsRequest(division_code=VILLAGE, owed_yuan=100, paid_yuan=101),
        MEDIATOR,
        "paid_yuan",
    ),
    (
        "RecordPensionCohort",
        pb.RecordPensionCohortRequest(division_code=VILLAGE),
        MEDIATOR,
        "entry",
    ),
    (
        "FileSweepReport",
        pb.FileSweepReportRequest(division_code=VILLAGE, disputes_found=-1),
        MEDIATOR,
        "disputes_found",
    ),
    ("ListClues", pb.ListCluesRequest(page_token="not-a-token"), INTAKE, "page_token"),
]


@pytest.mark.parametrize(
    ("method", "request_", "who", "field"), INVALID, ids=[f"{m}-{f}" for m, _, _, f in INVALID]
)
async def test_invalid_input_names_the_field_and_stores_nothing(
    shared_discipline: Discipline,
    method: str,
    request_: object,
    who: tuple[list[str], str],
    field: str,
) -> None:
    d = shared_discipline
    before = await footprint(d)
    with pytest.raises(grpc.aio.AioRpcError) as refused:
        await d.call(method, request_, who)
    assert refused.value.code() == grpc.StatusCode.INVALID_ARGUMENT
    assert fields_of(refused.value) == [field]
    details = refused.value.details() or ""
    assert "赵六" not in details and "13700007777" not in details
    assert await footprint(d) == before


async def test_a_step_out_of_turn_is_a_failed_precondition_and_stores_nothing(
    shared_discipline: Discipline,
) -> None:
    d = shared_discipline
    received = await d.clue()
    case = await d.case()
    before = await footprint(d)
    for method, request, who, kind in (
        ("FileCase", pb.FileCaseRequest(clue_id=received.clue_id), INVESTIGATOR, "NOT_VERIFYING"),
        (
            "ReplyToReporter",
            pb.ReplyToReporterRequest(clue_id=received.clue_id),
            INTAKE,
            "NO_REPLY_OWED",
        ),
        (
            "SubmitForReview",
            pb.SubmitForReviewRequest(case_id=case.case_id),
            INVESTIGATOR,
            "NO_EVIDENCE",
        ),
        (
            "DecideCase",
            pb.DecideCaseRequest(case_id=case.case_id, four_forms_level=1),
            REVIEWER,
            "WRONG_CASE_STATUS",
        ),
    ):
        with pytest.raises(grpc.aio.AioRpcError) as refused:
            await d.call(method, request, who)
        assert refused.value.code() == grpc.StatusCode.FAILED_PRECONDITION, method
        assert subjects_of(refused.value) == [kind]
    assert await footprint(d) == before


async def test_an_unknown_id_is_not_found(shared_discipline: Discipline) -> None:
    with pytest.raises(grpc.aio.AioRpcError) as missing:
        await shared_discipline.call("GetCase", pb.GetCaseRequest(case_id="no-such-case"), REVIEWER)
    assert missing.value.code() == grpc.StatusCode.NOT_FOUND


def chinese_of(error: grpc.aio.AioRpcError) -> tuple[str, str, list[str]]:
    """The refusal's reason code, its zh-CN message and each field violation's Chinese."""
    status = rpc_status.from_call(error)
    assert status is not None
    info, message = error_details_pb2.ErrorInfo(), error_details_pb2.LocalizedMessage()
    fields: list[str] = []
    for detail in status.details:
        bad = error_details_pb2.BadRequest()
        if detail.Unpack(bad):
            fields += [v.localized_message.message for v in bad.field_violations]
        detail.Unpack(info) or detail.Unpack(message)
    assert message.locale == "zh-CN"
    return info.reason, message.message, fields


async def test_a_refusal_says_its_rule_in_chinese(shared_discipline: Discipline) -> None:
    """Issue 19: an intake officer or mediator reading no English is told why, in the
    words of DOMAIN.md, with the rule's code for any client that words it itself."""
    d = shared_discipline
    case = await d.case()
    decide = pb.DecideCaseRequest(case_id=case.case_id, four_forms_level=1)
    with pytest.raises(grpc.aio.AioRpcError) as early:
        await d.call("DecideCase", decide, REVIEWER)
    assert chinese_of(early.value)[:2] == (
        "WRONG_CASE_STATUS",
        "案件当前为“审查调查中”，不能办理这一步",
    )
    wrong_kind = pb.MeasureChoice(
        measure_type=pb.MEASURE_TYPE_PARTY_SANCTION, kind=pb.MEASURE_KIND_DEMERIT
    )
    await d.call(
        "AddEvidence", pb.AddEvidenceRequest(case_id=case.case_id, description="x"), INVESTIGATOR
    )
    await d.call("SubmitForReview", pb.SubmitForReviewRequest(case_id=case.case_id), INVESTIGATOR)
    measures = pb.DecideCaseRequest(
        case_id=case.case_id, four_forms_level=2, measures=[wrong_kind, wrong_kind]
    )
    with pytest.raises(grpc.aio.AioRpcError) as wrong:
        await d.call("DecideCase", measures, REVIEWER)
    assert chinese_of(wrong.value)[2] == [
        "该处理种类不属于“党纪处分”",
        "该处理种类不属于“党纪处分”",
        "同一处理重复给出",
    ]
    over = pb.RecordCompensationArrearsRequest(division_code=VILLAGE, owed_yuan=100, paid_yuan=101)
    with pytest.raises(grpc.aio.AioRpcError) as overpaid:
        await d.call("RecordCompensationArrears", over, MEDIATOR)
    assert chinese_of(overpaid.value)[:2] == (
        "PAID_OVER_OWED",
        "paid_yuan：累计已支付 101 元，超过应付的 100 元",
    )
