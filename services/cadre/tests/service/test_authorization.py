"""Authorization matrix: every role against every RPC of CadreService.

cadre_manager and county_admin: everything. township_operator: everything but
erasure inside its township, nothing outside. hq_viewer: reads only, without
personal fields. Every other role: nothing. Each call is prepared afresh by a cadre
manager (a new cadre, procedure, enrolment, training, a township-year of five cadres'
pay or grades…) so that an allowed caller gets OK, and everyone else PERMISSION_DENIED.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from dataclasses import replace
from typing import Any

import grpc
import pytest
import pytest_asyncio

from frontline.api.cadre.v1 import cadre_pb2 as pb

from .conftest import OTHER_TOWNSHIP, TOWNSHIP, CadreStack  # type: ignore[import-not-found]
from .matrix_world import MATRIX_TOWNSHIP, MATRIX_VILLAGE, World

VILLAGE = f"{TOWNSHIP}204"


@pytest_asyncio.fixture(scope="module", loop_scope="session")
async def world(stack: CadreStack) -> World:
    made = World(stack, await stack.establish_unit(MATRIX_VILLAGE))
    return replace(made, five=tuple([await made.cadre() for _ in range(5)]))


Request = Callable[[World], Awaitable[Any]]


async def ready(value: Any) -> Any:
    return value


async def _cadre(made: Awaitable[str], message: Any, **fields: Any) -> Any:
    return message(cadre_id=await made, **fields)


async def _procedure(made: Awaitable[str], message: Any, **fields: Any) -> Any:
    return message(procedure_id=await made, **fields)


async def _summary(year: Awaitable[int], message: Any) -> Any:
    return message(township_code=MATRIX_TOWNSHIP, year=await year)


REQUESTS: dict[str, Request] = {
    "RegisterCadre": lambda w: ready(w.stack.registration(MATRIX_VILLAGE)),
    "UpdatePersonalData": lambda w: _cadre(
        w.cadre(), pb.UpdatePersonalDataRequest, phone="13900000000"
    ),
    "ErasePersonalData": lambda w: _cadre(w.cadre(), pb.ErasePersonalDataRequest),
    "NominateCadre": lambda w: _cadre(
        w.cadre(), pb.NominateCadreRequest, org_unit_id=w.unit_id, post=pb.POST_COMMITTEE_MEMBER
    ),
    "RecordInspection": lambda w: _procedure(w.nominated(), pb.RecordInspectionRequest),
    "StartPublicNotice": lambda w: _procedure(w.inspected(), pb.StartPublicNoticeRequest),
    "ReportNoticeObjection": lambda w: _procedure(w.in_notice(), pb.ReportNoticeObjectionRequest),
    "CheckNoticeObjection": lambda w: _procedure(
        w.objected(), pb.CheckNoticeObjectionRequest, outcome=pb.OBJECTION_OUTCOME_CLEARED
    ),
    "WithdrawAppointment": lambda w: _procedure(w.nominated(), pb.WithdrawAppointmentRequest),
    "AppointFromElection": lambda w: _cadre(
        w.cadre(),
        pb.AppointFromElectionRequest,
        org_unit_id=w.unit_id,
        post=pb.POST_VILLAGE_COMMITTEE_MEMBER,
        election_ref="e-1",
    ),
    "LeavePost": lambda w: _cadre(
        w.elected(),
        pb.LeavePostRequest,
        org_unit_id=w.unit_id,
        post=pb.POST_VILLAGE_COMMITTEE_MEMBER,
        reason=pb.LEAVE_REASON_RESIGNATION,
    ),
    "EnrolAcademicUpgrade": lambda w: _cadre(
        w.cadre(),
        pb.EnrolAcademicUpgradeRequest,
        target_level=pb.EDUCATION_LEVEL_BACHELOR,
        institution="x",
    ),
    "GraduateAcademicUpgrade": lambda w: w.enrolled(),
    "StartTraining": lambda w: _cadre(
        w.cadre(), pb.StartTrainingRequest, topic=pb.TRAINING_TOPIC_LAW, title="t", planned_hours=2
    ),
    "CompleteTraining": lambda w: w.in_training(),
    "AssignStudentOfficial": lambda w: _cadre(
        w.cadre(), pb.AssignStudentOfficialRequest, village_code=MATRIX_VILLAGE, term_years=2
    ),
    "ConvertStudentOfficial": lambda w: _cadre(
        w.student_official(evaluated=True), pb.ConvertStudentOfficialRequest
    ),
    "RecordStudentOfficialDeparture": lambda w: _cadre(
        w.student_official(),
        pb.RecordStudentOfficialDepartureRequest,
        reason=pb.STUDENT_DEPARTURE_REASON_OTHER,
    ),
    "EvaluateCadre": lambda w: _cadre(
        w.cadre(), pb.EvaluateCadreRequest, year=2025, grade=pb.EVALUATION_GRADE_COMPETENT
    ),
    "RecordRemuneration": lambda w: _cadre(
        w.cadre(), pb.RecordRemunerationRequest, year=2025, amount_fen=100
    ),
    "PublishRemunerationSummary": lambda w: _summary(
        w.paid_year(), pb.PublishRemunerationSummaryRequest
    ),
    "PublishEvaluationSummary": lambda w: _summary(
        w.graded_year(), pb.PublishEvaluationSummaryRequest
    ),
    "GetCadre": lambda w: _cadre(w.cadre(), pb.GetCadreRequest),
    "ListCadres": lambda w: ready(pb.ListCadresRequest(division_code=MATRIX_TOWNSHIP)),
    "ListUnitPosts": lambda w: ready(pb.ListUnitPostsRequest(org_unit_id=w.unit_id)),
    "ListAppointmentProcedures": lambda w: ready(
        pb.ListAppointmentProceduresRequest(division_code=MATRIX_TOWNSHIP)
    ),
    "ListTrainingRecords": lambda w: _cadre(w.cadre(), pb.ListTrainingRecordsRequest),
    "ListStudentOfficials": lambda w: ready(
        pb.ListStudentOfficialsRequest(division_code=MATRIX_TOWNSHIP)
    ),
}
READS = {name for name in REQUESTS if name.startswith(("Get", "List"))}

# (role, scope) -> may call the RPC?
CALLERS: dict[str, tuple[str, str, Callable[[str], bool]]] = {
    "cadre_manager": ("cadre_manager", "440781", lambda rpc: True),
    "county_admin": ("county_admin", "440781", lambda rpc: True),
    "township_operator": (
        "township_operator",
        MATRIX_TOWNSHIP,
        lambda rpc: rpc != "ErasePersonalData",
    ),
    "township_operator_elsewhere": ("township_operator", OTHER_TOWNSHIP, lambda rpc: False),
    "hq_viewer": ("hq_viewer", "440781", lambda rpc: rpc in READS),
    "village_operator": ("village_operator", MATRIX_VILLAGE, lambda rpc: False),
    "service_operator": ("service_operator", "440781", lambda rpc: False),
    "discipline_investigator": ("discipline_investigator", "440781", lambda rpc: False),
    "auditor": ("auditor", "440781", lambda rpc: False),
}


def test_the_matrix_covers_every_rpc() -> None:
    service = pb.DESCRIPTOR.services_by_name["CadreService"]
    assert set(REQUESTS) == {method.name for method in service.methods}


@pytest.mark.parametrize("caller", list(CALLERS))
@pytest.mark.parametrize("rpc", list(REQUESTS))
async def test_role_against_rpc(rpc: str, caller: str, stack: CadreStack, world: World) -> None:
    role, scope, allowed = CALLERS[caller]
    request = await REQUESTS[rpc](world)
    try:
        await getattr(stack.stub, rpc)(request, metadata=stack.md(role, scope=scope))
        code, details = grpc.StatusCode.OK, ""
    except grpc.aio.AioRpcError as error:
        code, details = error.code(), error.details() or ""
    # Every call is prepared so that it succeeds for an allowed caller.
    expected = grpc.StatusCode.OK if allowed(rpc) else grpc.StatusCode.PERMISSION_DENIED
    assert code is expected, f"{caller} on {rpc}: {code.name} {details}"


@pytest.mark.parametrize(
    ("role", "status"),
    [
        ("cadre_manager", pb.PERSONAL_DATA_STATUS_SHOWN),
        ("county_admin", pb.PERSONAL_DATA_STATUS_SHOWN),
        ("township_operator", pb.PERSONAL_DATA_STATUS_WITHHELD),
        ("hq_viewer", pb.PERSONAL_DATA_STATUS_WITHHELD),
    ],
)
async def test_personal_fields_only_for_managers(role: str, status: int, stack: CadreStack) -> None:
    request = stack.registration(VILLAGE)
    cadre_id = (await stack.stub.RegisterCadre(request, metadata=stack.admin)).cadre_id
    reply = await stack.stub.GetCadre(
        pb.GetCadreRequest(cadre_id=cadre_id), metadata=stack.md(role, scope=TOWNSHIP)
    )
    assert reply.cadre.personal.status == status
    shown = status == pb.PERSONAL_DATA_STATUS_SHOWN
    assert (reply.cadre.personal.name == request.name) is shown
    listed = await stack.stub.ListCadres(
        pb.ListCadresRequest(division_code=VILLAGE), metadata=stack.md(role, scope=TOWNSHIP)
    )
    names = {c.personal.name for c in listed.cadres}
    assert (request.name in names) is shown


async def test_a_call_without_a_token_is_unauthenticated(stack: CadreStack, world: World) -> None:
    with pytest.raises(grpc.aio.AioRpcError) as error:
        await stack.stub.GetCadre(pb.GetCadreRequest(cadre_id=await world.cadre()))
    assert error.value.code() is grpc.StatusCode.UNAUTHENTICATED
