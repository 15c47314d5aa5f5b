"""Authorization matrix: every RPC × every kind of caller, through the real gRPC server.

Each call is made on a fresh record in the state the RPC needs, in village 440781100201
of township 440781100, so an allowed caller's call succeeds (OK); every other caller
gets PERMISSION_DENIED — for a role it lacks, or a division outside its scope. Nobody
outside the discipline roles reaches a clue or a case.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import Any

import grpc
import pytest
import pytest_asyncio

from frontline.api.discipline.v1 import discipline_pb2 as pb
from frontline.testkit.waiting import eventually

from .conftest import MEDIATOR, TOWN, VILLAGE, Discipline
from .matrix_world import MatrixWorld, matrix_world
from .test_registers import organization_says, village_established

OTHER_TOWN, OTHER_VILLAGE = "440781200", "440781100202"
CALLERS: dict[str, tuple[list[str], str]] = {
    "county_admin": (["county_admin"], "440781"),
    "township_operator": (["township_operator"], TOWN),
    "other_township_operator": (["township_operator"], OTHER_TOWN),
    "village_operator": (["village_operator"], VILLAGE),
    "other_village_operator": (["village_operator"], OTHER_VILLAGE),
    "cadre_manager": (["cadre_manager"], "440781"),
    "service_operator": (["service_operator"], "440781"),
    "hq_viewer": (["hq_viewer"], "440781"),
    "auditor": (["auditor"], "440781"),
    "discipline_intake": (["discipline_intake"], "440781"),
    "other_township_intake": (["discipline_intake"], OTHER_TOWN),
    "discipline_investigator": (["discipline_investigator"], "440781"),
    "discipline_reviewer": (["discipline_reviewer"], "440781"),
    "dispute_mediator": (["dispute_mediator"], TOWN),
    "other_township_mediator": (["dispute_mediator"], OTHER_TOWN),
    "no_role": ([], "440781"),
}
INTAKE = {"discipline_intake"}
INVESTIGATOR = {"discipline_investigator"}
REVIEWER = {"discipline_reviewer"}
DISCIPLINE = INTAKE | INVESTIGATOR | REVIEWER
# Lists cover the caller's own scope: a discipline officer of another township lists its own.
DISCIPLINE_LISTS = DISCIPLINE | {"other_township_intake"}
MEDIATORS = {"dispute_mediator", "county_admin"}
SWEEPERS = MEDIATORS | {"township_operator", "village_operator"}
KEEPERS = MEDIATORS | {"township_operator"}
READERS = SWEEPERS | DISCIPLINE | {"hq_viewer", "auditor"}
LIST_READERS = READERS | {
    "other_township_operator",
    "other_village_operator",
    "other_township_intake",
    "other_township_mediator",
}

Build = Callable[[MatrixWorld], Awaitable[Any]]


def case_request(kind: Any, state: str, **extra: Any) -> Build:
    async def build(w: MatrixWorld) -> Any:
        return kind(case_id=await getattr(w, state)(), **extra)

    return build


def dispute_request(kind: Any, state: str, **extra: Any) -> Build:
    async def build(w: MatrixWorld) -> Any:
        return kind(dispute_id=await getattr(w, state)(), **extra)

    return build


def plain(request: Any) -> Build:
    async def build(w: MatrixWorld) -> Any:
        return request

    return build


async def retract(w: MatrixWorld) -> pb.RetractEvidenceRequest:
    case_id = await w.with_evidence()
    evidence_id = await w.evidence_of(case_id)
    return pb.RetractEvidenceRequest(case_id=case_id, evidence_id=evidence_id, reason="Void.")


async def sweep(w: MatrixWorld) -> pb.FileSweepReportRequest:
    return pb.FileSweepReportRequest(division_code=VILLAGE, period_day=w.past_period())


async def clue_get(w: MatrixWorld) -> pb.GetClueRequest:
    return pb.GetClueRequest(clue_id=w.clue_id)


async def dispose(w: MatrixWorld) -> pb.DisposeClueRequest:
    return pb.DisposeClueRequest(clue_id=await w.clue(), disposal=pb.DISPOSAL_TALK_INQUIRY)


async def conclude(w: MatrixWorld) -> pb.ConcludeVerificationRequest:
    clue_id = await w.verifying()
    return pb.ConcludeVerificationRequest(clue_id=clue_id, outcome=pb.VERIFICATION_OUTCOME_CLOSE)


async def reply(w: MatrixWorld) -> pb.ReplyToReporterRequest:
    return pb.ReplyToReporterRequest(clue_id=await w.intake_clue(), accepted=True)


async def recuse(w: MatrixWorld) -> pb.RecordRecusalRequest:
    return pb.RecordRecusalRequest(clue_id=w.clue_id, staff="someone-else", reason="Kin.")


async def file_case(w: MatrixWorld) -> pb.FileCaseRequest:
    return pb.FileCaseRequest(clue_id=await w.verifying())


async def case_get(w: MatrixWorld) -> pb.GetCaseRequest:
    return pb.GetCaseRequest(case_id=w.case_id)


async def dispute_get(w: MatrixWorld) -> pb.GetDisputeRequest:
    return pb.GetDisputeRequest(dispute_id=w.dispute_id)


REMOVAL = pb.MeasureChoice(
    measure_type=pb.MEASURE_TYPE_PARTY_SANCTION, kind=pb.MEASURE_KIND_PARTY_WARNING
)
DISPUTE = pb.RegisterDisputeRequest(
    division_code=VILLAGE,
    dispute_type=pb.DISPUTE_TYPE_FAMILY,
    risk_level=pb.RISK_LEVEL_LOW,
    parties=2,
    summary="An inheritance.",
)
CLUE = pb.ReceiveClueRequest(
    division_code=VILLAGE,
    source=pb.CLUE_SOURCE_REPORT,
    category=pb.CATEGORY_OTHER,
    summary="Something is wrong.",
)

MATRIX: dict[str, tuple[Build, set[str]]] = {
    "ReceiveClue": (plain(CLUE), INTAKE),
    "DisposeClue": (dispose, INTAKE),
    "ConcludeVerification": (conclude, INVESTIGATOR),
    "ReplyToReporter": (reply, INTAKE),
    "RecordRecusal": (recuse, DISCIPLINE),
    "GetClue": (clue_get, DISCIPLINE),
    "ListClues": (plain(pb.ListCluesRequest()), DISCIPLINE_LISTS),
    "FileCase": (file_case, INVESTIGATOR),
    "AddEvidence": (case_request(pb.AddEvidenceRequest, "case", description="x"), INVESTIGATOR),
    "RetractEvidence": (retract, INVESTIGATOR),
    "ExtendInvestigation": (
        case_request(pb.ExtendInvestigationRequest, "case", reason="x"),
        INVESTIGATOR,
    ),
    "SubmitForReview": (case_request(pb.SubmitForReviewRequest, "with_evidence"), INVESTIGATOR),
    "ReturnForInvestigation": (
        case_request(pb.ReturnForInvestigationRequest, "in_review", reason="x"),
        REVIEWER,
    ),
    "DecideCase": (
        case_request(pb.DecideCaseRequest, "in_review", four_forms_level=2, measures=[REMOVAL]),
        REVIEWER,
    ),
    "RecordExecution": (case_request(pb.RecordExecutionRequest, "decided"), INVESTIGATOR),
    "ArchiveCase": (case_request(pb.ArchiveCaseRequest, "executed"), INVESTIGATOR),
    "RecordAppeal": (case_request(pb.RecordAppealRequest, "decided"), REVIEWER),
    "ConcludeAppeal": (
        case_request(pb.ConcludeAppealRequest, "appealed", outcome=pb.APPEAL_OUTCOME_UPHELD),
        REVIEWER,
    ),
    "GetCase": (case_get, DISCIPLINE),
    "ListCases": (plain(pb.ListCasesRequest()), DISCIPLINE_LISTS),
    "RegisterDispute": (plain(DISPUTE), MEDIATORS),
    "EscalateDispute": (dispute_request(pb.EscalateDisputeRequest, "dispute"), MEDIATORS),
    "ResolveDispute": (dispute_request(pb.ResolveDisputeRequest, "dispute"), MEDIATORS),
    "ApplyJudicialConfirmation": (
        dispute_request(pb.ApplyJudicialConfirmationRequest, "resolved_with_confirmation"),
        MEDIATORS,
    ),
    "FollowUpDispute": (dispute_request(pb.FollowUpDisputeRequest, "resolved"), MEDIATORS),
    "CloseDispute": (dispute_request(pb.CloseDisputeRequest, "followed_up"), MEDIATORS),
    "DivertDispute": (
        dispute_request(pb.DivertDisputeRequest, "dispute", route=pb.DIVERSION_ROUTE_LITIGATION),
        MEDIATORS,
    ),
    "GetDispute": (dispute_get, READERS),
    "ListDisputes": (plain(pb.ListDisputesRequest()), LIST_READERS),
    "FileSweepReport": (sweep, SWEEPERS),
    "GetSweepDuty": (plain(pb.GetSweepDutyRequest(division_code=VILLAGE)), READERS),
    "ListSweeps": (plain(pb.ListSweepsRequest()), LIST_READERS),
    "RecordCompensationArrears": (
        plain(pb.RecordCompensationArrearsRequest(division_code=VILLAGE, owed_yuan=10)),
        KEEPERS,
    ),
    "RecordReservedLand": (
        plain(pb.RecordReservedLandRequest(division_code=VILLAGE, owed_mu=1.5)),
        KEEPERS,
    ),
    "RecordPensionCohort": (
        plain(pb.RecordPensionCohortRequest(division_code=VILLAGE, entitled=3)),
        KEEPERS,
    ),
    "RecordThreeCapitals": (
        plain(pb.RecordThreeCapitalsRequest(division_code=VILLAGE, items_inventoried=4)),
        KEEPERS,
    ),
    "RecordAssetDeal": (
        plain(
            pb.RecordAssetDealRequest(
                division_code=VILLAGE, deal_kind=pb.DEAL_KIND_LEASE, amount_yuan=5
            )
        ),
        KEEPERS,
    ),
    "GetLedger": (plain(pb.GetLedgerRequest(division_code=VILLAGE)), READERS),
    "ListLedgers": (plain(pb.ListLedgersRequest()), LIST_READERS),
}


@pytest_asyncio.fixture(scope="module", loop_scope="session")
async def world(shared_discipline: Discipline) -> MatrixWorld:
    d = shared_discipline
    await organization_says(d, village_established())
    duty = pb.GetSweepDutyRequest(division_code=VILLAGE)

    async def owed() -> bool:
        try:
            return bool((await d.call("GetSweepDuty", duty, MEDIATOR)).duty.active)
        except grpc.aio.AioRpcError:
            return False

    await eventually(owed, timeout=60)
    return await matrix_world(d)


def test_every_rpc_of_the_service_is_in_the_matrix() -> None:
    service = pb.DESCRIPTOR.services_by_name["DisciplineService"]
    assert {m.name for m in service.methods} == set(MATRIX)


@pytest.mark.parametrize("caller", sorted(CALLERS))
@pytest.mark.parametrize("method", sorted(MATRIX))
async def test_who_may_call_what(world: MatrixWorld, method: str, caller: str) -> None:
    build, allowed = MATRIX[method]
    roles, scope = CALLERS[caller]
    request = await build(world)
    try:
        await world.d.call(method, request, (roles, f"{caller}-1"), scope=scope)
        code = grpc.StatusCode.OK
    except grpc.aio.AioRpcError as exc:
        code = exc.code()
    expected = grpc.StatusCode.OK if caller in allowed else grpc.StatusCode.PERMISSION_DENIED
    assert code == expected, f"{caller} got {code} on {method}"


async def test_a_call_without_a_token_is_unauthenticated(world: MatrixWorld) -> None:
    with pytest.raises(grpc.aio.AioRpcError) as anonymous:
        await world.d.stub.GetClue(pb.GetClueRequest(clue_id=world.clue_id))
    assert anonymous.value.code() == grpc.StatusCode.UNAUTHENTICATED
