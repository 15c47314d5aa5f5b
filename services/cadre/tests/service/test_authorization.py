"""Authorization matrix: every role against every RPC of CadreService.

cadre_manager and county_admin: everything. township_operator: everything but
erasure inside its township, nothing outside. hq_viewer: reads only, without
personal fields. Every other role: nothing.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import grpc
import pytest
import pytest_asyncio

from frontline.api.cadre.v1 import cadre_pb2 as pb

from .conftest import OTHER_TOWNSHIP, TOWNSHIP, CadreStack  # type: ignore[import-not-found]

VILLAGE = f"{TOWNSHIP}204"


@dataclass(frozen=True)
class World:
    unit_id: str
    cadre_id: str
    procedure_id: str
    upgrade_id: str
    training_id: str


@pytest_asyncio.fixture(scope="module", loop_scope="session")
async def world(stack: CadreStack) -> World:
    unit_id = await stack.establish_unit(VILLAGE)
    cadre_id = await stack.register(VILLAGE)
    procedure = await stack.stub.NominateCadre(
        pb.NominateCadreRequest(cadre_id=cadre_id, org_unit_id=unit_id, post=pb.POST_SECRETARY),
        metadata=stack.admin,
    )
    upgrade = await stack.stub.EnrolAcademicUpgrade(
        pb.EnrolAcademicUpgradeRequest(
            cadre_id=cadre_id, target_level=pb.EDUCATION_LEVEL_COLLEGE, institution="开放大学"
        ),
        metadata=stack.admin,
    )
    training = await stack.stub.StartTraining(
        pb.StartTrainingRequest(
            cadre_id=cadre_id,
            topic=pb.TRAINING_TOPIC_AGRICULTURE,
            title="设施农业",
            planned_hours=8,
        ),
        metadata=stack.admin,
    )
    return World(
        unit_id, cadre_id, procedure.procedure_id, upgrade.upgrade_id, training.training_id
    )


Request = Callable[[World, CadreStack], Any]

REQUESTS: dict[str, Request] = {
    "RegisterCadre": lambda w, s: s.registration(VILLAGE),
    "UpdatePersonalData": lambda w, s: pb.UpdatePersonalDataRequest(
        cadre_id=w.cadre_id, phone="13900000000"
    ),
    "ErasePersonalData": lambda w, s: pb.ErasePersonalDataRequest(cadre_id=w.cadre_id),
    "NominateCadre": lambda w, s: pb.NominateCadreRequest(
        cadre_id=w.cadre_id, org_unit_id=w.unit_id, post=pb.POST_COMMITTEE_MEMBER
    ),
    "RecordInspection": lambda w, s: pb.RecordInspectionRequest(procedure_id=w.procedure_id),
    "StartPublicNotice": lambda w, s: pb.StartPublicNoticeRequest(procedure_id=w.procedure_id),
    "ReportNoticeObjection": lambda w, s: pb.ReportNoticeObjectionRequest(
        procedure_id=w.procedure_id
    ),
    "CheckNoticeObjection": lambda w, s: pb.CheckNoticeObjectionRequest(
        procedure_id=w.procedure_id, outcome=pb.OBJECTION_OUTCOME_CLEARED
    ),
    "WithdrawAppointment": lambda w, s: pb.WithdrawAppointmentRequest(procedure_id=w.procedure_id),
    "AppointFromElection": lambda w, s: pb.AppointFromElectionRequest(
        cadre_id=w.cadre_id,
        org_unit_id=w.unit_id,
        post=pb.POST_VILLAGE_COMMITTEE_MEMBER,
        election_ref="e-1",
    ),
    "LeavePost": lambda w, s: pb.LeavePostRequest(
        cadre_id=w.cadre_id,
        org_unit_id=w.unit_id,
        post=pb.POST_VILLAGE_COMMITTEE_MEMBER,
        reason=pb.LEAVE_REASON_RESIGNATION,
    ),
    "EnrolAcademicUpgrade": lambda w, s: pb.EnrolAcademicUpgradeRequest(
        cadre_id=w.cadre_id, target_level=pb.EDUCATION_LEVEL_BACHELOR, institution="x"
    ),
    "GraduateAcademicUpgrade": lambda w, s: pb.GraduateAcademicUpgradeRequest(
        cadre_id=w.cadre_id, upgrade_id=w.upgrade_id
    ),
    "StartTraining": lambda w, s: pb.StartTrainingRequest(
        cadre_id=w.cadre_id, topic=pb.TRAINING_TOPIC_LAW, title="t", planned_hours=2
    ),
    "CompleteTraining": lambda w, s: pb.CompleteTrainingRequest(
        cadre_id=w.cadre_id, training_id=w.training_id, hours=2
    ),
    "AssignStudentOfficial": lambda w, s: pb.AssignStudentOfficialRequest(
        cadre_id=w.cadre_id, village_code=VILLAGE, term_years=2
    ),
    "ConvertStudentOfficial": lambda w, s: pb.ConvertStudentOfficialRequest(cadre_id=w.cadre_id),
    "RecordStudentOfficialDeparture": lambda w, s: pb.RecordStudentOfficialDepartureRequest(
        cadre_id=w.cadre_id, reason=pb.STUDENT_DEPARTURE_REASON_OTHER
    ),
    "EvaluateCadre": lambda w, s: pb.EvaluateCadreRequest(
        cadre_id=w.cadre_id, year=2025, grade=pb.EVALUATION_GRADE_COMPETENT
    ),
    "RecordRemuneration": lambda w, s: pb.RecordRemunerationRequest(
        cadre_id=w.cadre_id, year=2025, amount_fen=100
    ),
    "PublishRemunerationSummary": lambda w, s: pb.PublishRemunerationSummaryRequest(
        township_code=TOWNSHIP, year=2025
    ),
    "PublishEvaluationSummary": lambda w, s: pb.PublishEvaluationSummaryRequest(
        township_code=TOWNSHIP, year=2025
    ),
    "GetCadre": lambda w, s: pb.GetCadreRequest(cadre_id=w.cadre_id),
    "ListCadres": lambda w, s: pb.ListCadresRequest(division_code=TOWNSHIP),
    "ListUnitPosts": lambda w, s: pb.ListUnitPostsRequest(org_unit_id=w.unit_id),
    "ListAppointmentProcedures": lambda w, s: pb.ListAppointmentProceduresRequest(
        division_code=TOWNSHIP
    ),
    "ListTrainingRecords": lambda w, s: pb.ListTrainingRecordsRequest(cadre_id=w.cadre_id),
    "ListStudentOfficials": lambda w, s: pb.ListStudentOfficialsRequest(division_code=TOWNSHIP),
}
READS = {name for name in REQUESTS if name.startswith(("Get", "List"))}

# (role, scope) -> may call the RPC?
CALLERS: dict[str, tuple[str, str, Callable[[str], bool]]] = {
    "cadre_manager": ("cadre_manager", "440781", lambda rpc: True),
    "county_admin": ("county_admin", "440781", lambda rpc: True),
    "township_operator": ("township_operator", TOWNSHIP, lambda rpc: rpc != "ErasePersonalData"),
    "township_operator_elsewhere": ("township_operator", OTHER_TOWNSHIP, lambda rpc: False),
    "hq_viewer": ("hq_viewer", "440781", lambda rpc: rpc in READS),
    "village_operator": ("village_operator", VILLAGE, lambda rpc: False),
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
    method = getattr(stack.stub, rpc)
    try:
        await method(REQUESTS[rpc](world, stack), metadata=stack.md(role, scope=scope))
        code = grpc.StatusCode.OK
    except grpc.aio.AioRpcError as error:
        code = error.code()
    if allowed(rpc):
        # Allowed callers may still be refused by a domain rule, never by authorization.
        assert code not in (grpc.StatusCode.PERMISSION_DENIED, grpc.StatusCode.INTERNAL)
    else:
        assert code is grpc.StatusCode.PERMISSION_DENIED


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
        await stack.stub.GetCadre(pb.GetCadreRequest(cadre_id=world.cadre_id))
    assert error.value.code() is grpc.StatusCode.UNAUTHENTICATED
