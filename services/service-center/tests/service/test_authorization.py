"""Authorization matrix: every RPC × every kind of caller, through the real gRPC server.

Each call targets the village centre 440781100201 (or a request of it, or a fresh
unit or centre in its township), prepared afresh by a county administrator so that
an allowed call succeeds: the matrix expects OK for every allowed caller in reach,
and PERMISSION_DENIED for everyone else — by role, or by scope (another township,
another centre, or a township centre's staff reaching for a village centre).
"""

from __future__ import annotations

import itertools
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from typing import Any

import grpc
import pytest
import pytest_asyncio

from frontline.api.service_center.v1 import service_center_pb2 as pb

from .conftest import TOWNSHIP, VILLAGE, Desk

OTHER_VILLAGE = "440781100202"

CALLERS: dict[str, tuple[list[str], str]] = {
    "county_admin": (["county_admin"], "440781"),
    "township_operator": (["township_operator"], TOWNSHIP),
    "other_township_operator": (["township_operator"], "440781200"),
    "centre_staff": (["service_operator"], VILLAGE),
    "other_centre_staff": (["service_operator"], OTHER_VILLAGE),
    "township_centre_staff": (["service_operator"], TOWNSHIP),
    "service_desk": (["service_desk"], "440781"),
    "village_operator": (["village_operator"], VILLAGE),
    "hq_viewer": (["hq_viewer"], "440781"),
    "auditor": (["auditor"], "440781"),
    "cadre_manager": (["cadre_manager"], "440781"),
    "no_role": ([], "440781"),
}
# Callers whose scope does not reach the village centre (centre staff reach their own only).
OUT_OF_REACH = {"other_township_operator", "other_centre_staff", "township_centre_staff"}
# The catalogue belongs to no division.
UNSCOPED = {"ListServiceLines"}

# Who may call what, written out here rather than read from the service's rules.
COUNTY = {"county_admin"}
TOWNSHIP = COUNTY | {"township_operator"}
STAFF = TOWNSHIP | {"service_operator"}
INTAKE = STAFF | {"service_desk"}
DESK = COUNTY | {"service_desk"}
SUPERVISORS = TOWNSHIP | {"service_desk"}
READERS = INTAKE | {"village_operator", "hq_viewer", "auditor"}
ALLOWED: dict[str, set[str]] = {
    "EstablishCentre": TOWNSHIP,
    "SetServiceLine": TOWNSHIP,
    "PutStaffOnDuty": STAFF,
    "TakeStaffOffDuty": STAFF,
    "CloseCentre": TOWNSHIP,
    "GetCentre": READERS,
    "ListCentres": READERS,
    "ListServiceLines": READERS,
    "SubmitRequest": INTAKE,
    "AssignRequest": INTAKE,
    "SignForRequest": STAFF,
    "RefuseRequest": STAFF,
    "ApplyForExtension": STAFF,
    "GrantExtension": TOWNSHIP,
    "DeclineExtension": TOWNSHIP,
    "RemindRequest": SUPERVISORS,
    "ResolveRequest": STAFF,
    "RecordReturnVisit": DESK,
    "CloseRequest": DESK,
    "ReopenRequest": DESK,
    "TransferComplaint": SUPERVISORS,
    "GetRequest": INTAKE,
    "ListRequests": INTAKE,
    "GetServiceStatistics": READERS,
    "EraseRequester": COUNTY,
    "ImportRequest": COUNTY,
}


@dataclass
class World:
    desk: Desk
    centre: str
    units: list[str]
    phones: itertools.count[int] = field(default_factory=lambda: itertools.count(13900000000))

    async def admin(self, method: str, request: Any) -> Any:
        return await self.desk.call(method, request)

    async def fresh_centre(self) -> str:
        unit = self.units.pop()
        made = await self.admin(
            "EstablishCentre", pb.EstablishCentreRequest(org_unit_id=unit, name="站")
        )
        return str(made.centre.centre_id)

    async def submitted(self) -> str:
        phone = str(next(self.phones))
        return str((await self.desk.submit(self.centre, requester_phone=phone)).request_id)

    async def assigned(self) -> str:
        rid = await self.submitted()
        await self.admin("AssignRequest", pb.AssignRequestRequest(request_id=rid, cadre_id="c-1"))
        return rid

    async def in_progress(self) -> str:
        rid = await self.assigned()
        await self.admin("SignForRequest", pb.SignForRequestRequest(request_id=rid, cadre_id="c-1"))
        return rid

    async def extension_asked(self) -> str:
        rid = await self.in_progress()
        ask = pb.ApplyForExtensionRequest(request_id=rid, requested_due_on="2025-10-20", reason="x")
        await self.admin("ApplyForExtension", ask)
        return rid

    async def resolved(self) -> str:
        rid = await self.in_progress()
        await self.admin("ResolveRequest", pb.ResolveRequestRequest(request_id=rid, summary="ok"))
        return rid

    async def visited(self, outcome: int = pb.VISIT_OUTCOME_SATISFIED) -> str:
        rid = await self.resolved()
        visit = pb.RecordReturnVisitRequest(request_id=rid, outcome=outcome)
        await self.admin("RecordReturnVisit", visit)
        return rid

    async def off_duty_staff(self) -> pb.TakeStaffOffDutyRequest:
        put = pb.PutStaffOnDutyRequest(centre_id=self.centre, cadre_id="c-2")
        await self.admin("PutStaffOnDuty", put)
        return pb.TakeStaffOffDutyRequest(centre_id=self.centre, cadre_id="c-2")

    async def requester(self) -> pb.EraseRequesterRequest:
        rid = await self.submitted()
        shown = await self.admin("GetRequest", pb.GetRequestRequest(request_id=rid))
        return pb.EraseRequesterRequest(requester_id=shown.request.requester_id)


Build = Callable[[World], Awaitable[Any]]


async def ready(value: Any) -> Any:
    return value


MATRIX: dict[str, Build] = {
    "EstablishCentre": lambda w: ready(
        pb.EstablishCentreRequest(org_unit_id=w.units.pop(), name="站")
    ),
    "SetServiceLine": lambda w: ready(
        pb.SetServiceLineRequest(centre_id=w.centre, line="agricultural_technology", offered=True)
    ),
    "PutStaffOnDuty": lambda w: ready(pb.PutStaffOnDutyRequest(centre_id=w.centre, cadre_id="c-1")),
    "TakeStaffOffDuty": lambda w: w.off_duty_staff(),
    "CloseCentre": lambda w: _closing(w),
    "GetCentre": lambda w: ready(pb.GetCentreRequest(centre_id=w.centre)),
    "ListCentres": lambda w: ready(pb.ListCentresRequest(division_code_prefix=VILLAGE)),
    "ListServiceLines": lambda w: ready(pb.ListServiceLinesRequest()),
    "SubmitRequest": lambda w: ready(
        pb.SubmitRequestRequest(
            centre_id=w.centre,
            line="social_security",
            kind=pb.REQUEST_KIND_HELP,
            channel=pb.CHANNEL_WALK_IN,
            requester_name="张三",
            requester_phone="13500000000",
            description="咨询医保",
        )
    ),
    "AssignRequest": lambda w: _rid(w.submitted(), pb.AssignRequestRequest, cadre_id="c-1"),
    "SignForRequest": lambda w: _rid(w.assigned(), pb.SignForRequestRequest, cadre_id="c-1"),
    "RefuseRequest": lambda w: _rid(w.assigned(), pb.RefuseRequestRequest, reason="不归我们"),
    "ApplyForExtension": lambda w: _rid(
        w.in_progress(), pb.ApplyForExtensionRequest, requested_due_on="2025-10-20", reason="等材料"
    ),
    "GrantExtension": lambda w: _rid(w.extension_asked(), pb.GrantExtensionRequest),
    "DeclineExtension": lambda w: _rid(w.extension_asked(), pb.DeclineExtensionRequest, reason="x"),
    "RemindRequest": lambda w: _rid(w.submitted(), pb.RemindRequestRequest),
    "ResolveRequest": lambda w: _rid(w.in_progress(), pb.ResolveRequestRequest, summary="ok"),
    "RecordReturnVisit": lambda w: _rid(
        w.resolved(), pb.RecordReturnVisitRequest, outcome=pb.VISIT_OUTCOME_SATISFIED
    ),
    "CloseRequest": lambda w: _rid(w.visited(), pb.CloseRequestRequest),
    "ReopenRequest": lambda w: _rid(
        w.visited(pb.VISIT_OUTCOME_UNSATISFIED), pb.ReopenRequestRequest, reason="没办好"
    ),
    "TransferComplaint": lambda w: _rid(
        w.submitted(), pb.TransferComplaintRequest, requester_consented=True
    ),
    "GetRequest": lambda w: _rid(w.submitted(), pb.GetRequestRequest),
    "ListRequests": lambda w: ready(pb.ListRequestsRequest(division_code_prefix=VILLAGE)),
    "GetServiceStatistics": lambda w: ready(
        pb.GetServiceStatisticsRequest(division_code_prefix=VILLAGE)
    ),
    "EraseRequester": lambda w: w.requester(),
    "ImportRequest": lambda w: ready(
        pb.ImportRequestRequest(
            centre_id=w.centre,
            line="social_security",
            kind=pb.REQUEST_KIND_HELP,
            channel=pb.CHANNEL_PHONE,
            requester_name="李四",
            requester_phone="13500000001",
            description="去年的低保咨询",
            submitted_on="2025-09-01",
            steps=[
                pb.HistoryStep(
                    kind=pb.HISTORY_STEP_KIND_ASSIGNED,
                    at="2025-09-01T10:00:00+08:00",
                    cadre_id="c-1",
                ),
                pb.HistoryStep(
                    kind=pb.HISTORY_STEP_KIND_SIGNED_FOR,
                    at="2025-09-01T10:30:00+08:00",
                    cadre_id="c-1",
                ),
                pb.HistoryStep(kind=pb.HISTORY_STEP_KIND_RESOLVED, on="2025-09-03", text="已办"),
            ],
        )
    ),
}


async def _rid(made: Awaitable[str], message: Any, **fields: Any) -> Any:
    return message(request_id=await made, **fields)


async def _closing(w: World) -> pb.CloseCentreRequest:
    return pb.CloseCentreRequest(centre_id=await w.fresh_centre(), reason="并入镇中心")


def expected(method: str, caller: str) -> grpc.StatusCode:
    roles, _scope = CALLERS[caller]
    allowed = bool(set(roles) & ALLOWED[method])
    in_reach = method in UNSCOPED or caller not in OUT_OF_REACH
    return grpc.StatusCode.OK if allowed and in_reach else grpc.StatusCode.PERMISSION_DENIED


@pytest_asyncio.fixture(scope="module", loop_scope="session")
async def world(shared_desk: Desk) -> World:
    desk = shared_desk
    centre = await desk.centre()
    await desk.known_cadre("c-2", OTHER_VILLAGE)
    # Fresh villages for the establishments and closures the matrix makes.
    units = await desk.known_units([f"440781100{300 + n}" for n in range(2 * len(CALLERS))])
    return World(desk, centre.centre_id, units)


def test_every_rpc_of_the_service_is_in_the_matrix() -> None:
    service = pb.DESCRIPTOR.services_by_name["ServiceCenterService"]
    assert {m.name for m in service.methods} == set(MATRIX) == set(ALLOWED)


@pytest.mark.parametrize("caller", sorted(CALLERS))
@pytest.mark.parametrize("method", sorted(MATRIX))
async def test_who_may_call_what(world: World, method: str, caller: str) -> None:
    request = await MATRIX[method](world)
    roles, scope = CALLERS[caller]
    try:
        await world.desk.call(method, request, roles=roles, scope=scope)
        code = grpc.StatusCode.OK
    except grpc.aio.AioRpcError as exc:
        code = exc.code()
    assert code == expected(method, caller), f"{caller} on {method}"


async def test_a_call_without_a_token_is_unauthenticated(world: World) -> None:
    with pytest.raises(grpc.aio.AioRpcError) as anonymous:
        await world.desk.stub.GetCentre(pb.GetCentreRequest(centre_id=world.centre))
    assert anonymous.value.code() == grpc.StatusCode.UNAUTHENTICATED
