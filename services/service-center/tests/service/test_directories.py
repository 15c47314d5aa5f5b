"""The org and cadre directories follow organization.events.v1 and cadre.events.v1."""

from __future__ import annotations

from datetime import date

import grpc
import pytest

from frontline.api.service_center.v1 import service_center_pb2 as pb
from frontline.contracts.cadre import CadreLeftPost, StudentOfficialAssigned
from frontline.contracts.organization import OrgUnitDissolved
from frontline.kernel.ids import new_id
from frontline.testkit.cloudevents import message, send
from frontline.testkit.waiting import eventually

from .conftest import VILLAGE, Desk


async def _refused(desk: Desk, method: str, request: object) -> tuple[grpc.StatusCode, str]:
    with pytest.raises(grpc.aio.AioRpcError) as refused:
        await desk.call(method, request)
    return refused.value.code(), refused.value.details() or ""


async def test_a_centre_opens_only_on_a_unit_the_organization_service_announced(
    desk: Desk,
) -> None:
    unknown = pb.EstablishCentreRequest(org_unit_id=new_id(), name="站")
    code, _ = await _refused(desk, "EstablishCentre", unknown)
    assert code == grpc.StatusCode.FAILED_PRECONDITION
    unit_id = await desk.known_unit("440781100203")
    gone = OrgUnitDissolved(
        org_unit_id=unit_id,
        division_code="440781100203",
        level="village",
        dissolved_on=date(2025, 9, 1),
    )
    await send(desk.kafka, f"{desk.prefix}{gone.topic}", [message(gone, unit_id)])
    await eventually(
        lambda: desk.runtime.pool.fetchval(
            "SELECT dissolved_on IS NOT NULL FROM org_directory WHERE org_unit_id = $1", unit_id
        )
    )
    code, details = await _refused(
        desk, "EstablishCentre", pb.EstablishCentreRequest(org_unit_id=unit_id, name="站")
    )
    assert (code, details) == (grpc.StatusCode.FAILED_PRECONDITION, "the org unit is dissolved")


async def test_a_cadre_who_left_the_post_is_no_longer_on_duty(desk: Desk) -> None:
    centre = await desk.centre()
    rid = (await desk.submit(centre.centre_id)).request_id
    await desk.call("AssignRequest", pb.AssignRequestRequest(request_id=rid, cadre_id="c-1"))
    left = CadreLeftPost(
        cadre_id="c-1",
        org_unit_id="u-any",
        division_code=VILLAGE,
        post="committee_member",
        reason="transfer",
        left_on=date(2025, 9, 26),
    )
    await send(desk.kafka, f"{desk.prefix}{left.topic}", [message(left, "c-1")])
    await eventually(
        lambda: desk.runtime.pool.fetchval(
            "SELECT count(*) = 0 FROM cadre_directory WHERE cadre_id = 'c-1'"
        )
    )
    sign = pb.SignForRequestRequest(request_id=rid, cadre_id="c-1")
    code, details = await _refused(desk, "SignForRequest", sign)
    assert (code, details) == (
        grpc.StatusCode.FAILED_PRECONDITION,
        "the cadre is not on duty at the centre",
    )


async def test_a_student_village_official_may_go_on_duty_in_the_village(desk: Desk) -> None:
    centre = await desk.centre(staff=())
    assigned = StudentOfficialAssigned(
        cadre_id="s-1",
        division_code=VILLAGE,
        term_years=2,
        starts_on=date(2025, 9, 1),
        ends_on=date(2027, 8, 31),
    )
    await send(desk.kafka, f"{desk.prefix}{assigned.topic}", [message(assigned, "s-1")])
    await eventually(
        lambda: desk.runtime.pool.fetchval(
            "SELECT count(*) FROM cadre_directory WHERE cadre_id = 's-1'"
        )
    )
    put = pb.PutStaffOnDutyRequest(centre_id=centre.centre_id, cadre_id="s-1")
    assert list((await desk.call("PutStaffOnDuty", put)).centre.staff_on_duty) == ["s-1"]
    stranger = pb.PutStaffOnDutyRequest(centre_id=centre.centre_id, cadre_id="c-elsewhere")
    code, _ = await _refused(desk, "PutStaffOnDuty", stranger)
    assert code == grpc.StatusCode.FAILED_PRECONDITION
