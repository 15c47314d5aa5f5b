"""Authorization matrix: every role against every RPC of CadreService.

cadre_manager and county_admin: everything. township_operator: everything but
erasure inside its township, nothing outside. hq_viewer: reads only, without
personal fields. Every other role: nothing. Each call is prepared afresh by a cadre
manager (a new cadre, procedure, enrolment, training…) so that an allowed caller gets
OK, and everyone else PERMISSION_DENIED.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import Any

import grpc
import pytest
import pytest_asyncio

from frontline.api.cadre.v1 import cadre_pb2 as pb

from .conftest import OTHER_TOWNSHIP, TOWNSHIP, CadreStack  # type: ignore[import-not-found]

VILLAGE = f"{TOWNSHIP}204"
# The matrix registers hundreds of cadres: in a township of its own, so that the other
# tests' lists of their townships stay theirs.
MATRIX_TOWNSHIP = "440781106"
MATRIX_VILLAGE = f"{MATRIX_TOWNSHIP}204"


@dataclass(frozen=True)
class World:
    """What a cadre manager prepares afresh for each call, so that an allowed one succeeds."""

    stack: CadreStack
    unit_id: str

    async def admin(self, rpc: str, request: Any) -> Any:
        return await getattr(self.stack.stub, rpc)(request, metadata=self.stack.admin)

    async def cadre(self) -> str:
        return str(await self.stack.register(MATRIX_VILLAGE))

    async def nominated(self) -> str:
        nominate = pb.NominateCadreRequest(
            cadre_id=await self.cadre(), org_unit_id=self.unit_id, post=pb.POST_SECRETARY
        )
        return str((await self.admin("NominateCadre", nominate)).procedure_id)

    async def inspected(self) -> str:
        procedure_id = await self.nominated()
        await self.admin(
            "RecordInspection",
            pb.RecordInspectionRequest(
                procedure_id=procedure_id, integrity_opinion=pb.INTEGRITY_OPINION_NO_OBJECTION
            ),
        )
        return procedure_id

    async def elected(self) -> str:
        """A cadre holding a village committee seat from an election."""
        cadre_id = await self.cadre()
        await self.admin(
            "AppointFromElection",
            pb.AppointFromElectionRequest(
                cadre_id=cadre_id,
                org_unit_id=self.unit_id,
                post=pb.POST_VILLAGE_COMMITTEE_MEMBER,
                election_ref="e-1",
            ),
        )
        return cadre_id

    async def enrolled(self) -> pb.GraduateAcademicUpgradeRequest:
        cadre_id = await self.cadre()
        enrolled = await self.admin(
            "EnrolAcademicUpgrade",
            pb.EnrolAcademicUpgradeRequest(
                cadre_id=cadre_id, target_level=pb.EDUCATION_LEVEL_COLLEGE, institution="开放大学"
            ),
        )
        return pb.GraduateAcademicUpgradeRequest(cadre_id=cadre_id, upgrade_id=enrolled.upgrade_id)

    async def in_training(self) -> pb.CompleteTrainingRequest:
        cadre_id = await self.cadre()
        started = await self.admin(
            "StartTraining",
            pb.StartTrainingRequest(
                cadre_id=cadre_id,
                topic=pb.TRAINING_TOPIC_AGRICULTURE,
                title="设施农业",
                planned_hours=8,
            ),
        )
        return pb.CompleteTrainingRequest(
            cadre_id=cadre_id, training_id=started.training_id, hours=8
        )

    async def student_official(self, evaluated: bool = False) -> str:
        cadre_id = await self.cadre()
        await self.admin(
            "AssignStudentOfficial",
            pb.AssignStudentOfficialRequest(
                cadre_id=cadre_id, village_code=MATRIX_VILLAGE, term_years=2
            ),
        )
        if evaluated:  # conversion needs a latest evaluation of competent or better
            await self.admin(
                "EvaluateCadre",
                pb.EvaluateCadreRequest(
                    cadre_id=cadre_id, year=2025, grade=pb.EVALUATION_GRADE_COMPETENT
                ),
            )
        return cadre_id


@pytest_asyncio.fixture(scope="module", loop_scope="session")
async def world(stack: CadreStack) -> World:
    made = World(stack, await stack.establish_unit(MATRIX_VILLAGE))
    # A township pay summary needs the pay of at least three cadres (DOMAIN.md).
    for _ in range(3):
        pay = pb.RecordRemunerationRequest(
            cadre_id=await made.cadre(), year=2025, amount_fen=5_000_000
        )
        await made.admin("RecordRemuneration", pay)
    return made


Request = Callable[[World], Awaitable[Any]]


async def ready(value: Any) -> Any:
    return value


async def _cadre(made: Awaitable[str], message: Any, **fields: Any) -> Any:
    return message(cadre_id=await made, **fields)


async def _procedure(made: Awaitable[str], message: Any, **fields: Any) -> Any:
    return message(procedure_id=await made, **fields)


REQUESTS: dict[str, Request] = {
    "RegisterCadre": lambda w: ready(w.stack.registration(MATRIX_VILLAGE)),
    "UpdatePersonalData": lambda w: _cadre(
        w.cadre(), pb.UpdatePersonalDataRequest, phone="13900000000"
    ),
    "ErasePersonalData": lambda w: _cadre(w.cadre(), pb.ErasePersonalDataRequest),
    "NominateCadre": lambda w: _cadre(
        w.cadre(), pb.NominateCadreRequest, org_unit_id=w.unit_id, post=pb.POST_COMMITTEE_MEMBER
    ),
    "RecordInspection": lambda w: _procedure(
        w.nominated(),
        pb.RecordInspectionRequest,
        integrity_opinion=pb.INTEGRITY_OPINION_NO_OBJECTION,
    ),
    "StartPublicNotice": lambda w: _procedure(w.inspected(), pb.StartPublicNoticeRequest),
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
    "PublishRemunerationSummary": lambda w: ready(
        pb.PublishRemunerationSummaryRequest(township_code=MATRIX_TOWNSHIP, year=2025)
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
