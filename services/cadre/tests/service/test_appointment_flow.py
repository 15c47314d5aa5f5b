"""Appointment end to end through gRPC: nominate → inspect → notice → appointed by the
timer → CadreAppointed on cadre.events.v1; leaving vacates the post."""

from __future__ import annotations

from datetime import date

import asyncpg
import grpc
import pytest

from frontline.api.cadre.v1 import cadre_pb2 as pb

from .conftest import TOWNSHIP, CadreStack, china_midnight  # type: ignore[import-not-found]

VILLAGE = f"{TOWNSHIP}201"


async def nominate_and_inspect(stack: CadreStack, cadre_id: str, unit_id: str) -> str:
    nominated = await stack.stub.NominateCadre(
        pb.NominateCadreRequest(
            cadre_id=cadre_id,
            org_unit_id=unit_id,
            post=pb.POST_SECRETARY,
            term_end="2030-09-30",
            also_village_head=True,
            nominated_on="2025-09-01",
        ),
        metadata=stack.admin,
    )
    await stack.stub.RecordInspection(
        pb.RecordInspectionRequest(
            procedure_id=nominated.procedure_id, summary="考察合格", inspected_on="2025-09-20"
        ),
        metadata=stack.admin,
    )
    await stack.issue_opinion(nominated.procedure_id)
    return str(nominated.procedure_id)


async def test_a_secretary_is_appointed_after_the_national_day_notice(stack: CadreStack) -> None:
    unit_id = await stack.establish_unit(VILLAGE)
    cadre_id = await stack.register(VILLAGE)
    procedure_id = await nominate_and_inspect(stack, cadre_id, unit_id)
    notice = await stack.stub.StartPublicNotice(
        pb.StartPublicNoticeRequest(procedure_id=procedure_id, starts_on="2025-09-30"),
        metadata=stack.admin,
    )
    # 30 Sep, 9, 10 Oct, Saturday 11 Oct (adjusted working day), 13 Oct.
    assert (notice.ends_on, notice.provisional) == ("2025-10-13", False)

    stack.clock.set(china_midnight(date(2025, 10, 13)))
    await stack.runtime.timers.fire_due()
    in_progress = await stack.stub.ListAppointmentProcedures(
        pb.ListAppointmentProceduresRequest(division_code=VILLAGE), metadata=stack.admin
    )
    assert [p.stage for p in in_progress.procedures if p.procedure_id == procedure_id] == [
        "in_notice"
    ]

    stack.clock.set(china_midnight(date(2025, 10, 14)))
    await stack.runtime.timers.fire_due()
    posts = await stack.stub.ListUnitPosts(
        pb.ListUnitPostsRequest(org_unit_id=unit_id), metadata=stack.admin
    )
    assert [(p.cadre_id, p.post, p.since, p.also_village_head) for p in posts.posts] == [
        (cadre_id, pb.POST_SECRETARY, "2025-10-14", True)
    ]
    appointed = await stack.published("cn.frontline.cadre.CadreAppointed.v1", cadre_id)
    assert appointed["org_unit_id"] == unit_id
    assert appointed["post"] == "secretary"
    assert appointed["via"] == "procedure"
    assert appointed["appointed_on"] == "2025-10-14"
    assert (appointed["gender"], appointed["age_band"]) == ("female", "40_49")
    assert "name" not in appointed

    await stack.stub.LeavePost(
        pb.LeavePostRequest(
            cadre_id=cadre_id,
            org_unit_id=unit_id,
            post=pb.POST_SECRETARY,
            reason=pb.LEAVE_REASON_TRANSFER,
            left_on="2026-03-01",
        ),
        metadata=stack.admin,
    )
    posts = await stack.stub.ListUnitPosts(
        pb.ListUnitPostsRequest(org_unit_id=unit_id), metadata=stack.admin
    )
    assert list(posts.posts) == []
    left = await stack.published("cn.frontline.cadre.CadreLeftPost.v1", cadre_id)
    assert (left["reason"], left["post"]) == ("transfer", "secretary")


async def test_an_elected_post_is_appointed_directly(stack: CadreStack) -> None:
    unit_id = await stack.establish_unit(VILLAGE)
    cadre_id = await stack.register(VILLAGE)
    await stack.stub.AppointFromElection(
        pb.AppointFromElectionRequest(
            cadre_id=cadre_id,
            org_unit_id=unit_id,
            post=pb.POST_VILLAGE_COMMITTEE_HEAD,
            election_ref="2026 村委会换届",
            term_end="2031-01-31",
            appointed_on="2026-02-01",
        ),
        metadata=stack.admin,
    )
    appointed = await stack.published("cn.frontline.cadre.CadreAppointed.v1", cadre_id)
    assert (appointed["via"], appointed["post"]) == ("election", "village_committee_head")


async def test_appointments_need_a_live_unit(stack: CadreStack) -> None:
    cadre_id = await stack.register(VILLAGE)
    request = pb.NominateCadreRequest(
        cadre_id=cadre_id, org_unit_id="no-such-unit", post=pb.POST_SECRETARY
    )
    with pytest.raises(grpc.aio.AioRpcError) as unknown:
        await stack.stub.NominateCadre(request, metadata=stack.admin)
    assert unknown.value.code() is grpc.StatusCode.FAILED_PRECONDITION

    unit_id = await stack.establish_unit(VILLAGE)
    await stack.dissolve_unit(unit_id, VILLAGE)
    request.org_unit_id = unit_id
    with pytest.raises(grpc.aio.AioRpcError) as dissolved:
        await stack.stub.NominateCadre(request, metadata=stack.admin)
    assert dissolved.value.code() is grpc.StatusCode.FAILED_PRECONDITION
    assert "dissolved" in (dissolved.value.details() or "")


async def test_a_withdrawn_procedure_never_appoints(stack: CadreStack) -> None:
    unit_id = await stack.establish_unit(VILLAGE)
    cadre_id = await stack.register(VILLAGE)
    procedure_id = await nominate_and_inspect(stack, cadre_id, unit_id)
    await stack.stub.StartPublicNotice(
        pb.StartPublicNoticeRequest(procedure_id=procedure_id, starts_on="2025-11-03"),
        metadata=stack.admin,
    )
    await stack.stub.WithdrawAppointment(
        pb.WithdrawAppointmentRequest(procedure_id=procedure_id, reason="公示期间收到实名举报"),
        metadata=stack.admin,
    )
    stack.clock.set(china_midnight(date(2025, 11, 20)))
    await stack.runtime.timers.fire_due()
    reply = await stack.stub.GetCadre(pb.GetCadreRequest(cadre_id=cadre_id), metadata=stack.admin)
    assert list(reply.cadre.posts) == []
    withdrawn = await stack.stub.ListAppointmentProcedures(
        pb.ListAppointmentProceduresRequest(division_code=VILLAGE, include_finished=True),
        metadata=stack.admin,
    )
    assert [p.stage for p in withdrawn.procedures if p.procedure_id == procedure_id] == [
        "withdrawn"
    ]


async def test_the_same_person_cannot_register_twice(stack: CadreStack) -> None:
    first = stack.registration(VILLAGE)
    await stack.stub.RegisterCadre(first, metadata=stack.admin)
    again = stack.registration(VILLAGE, id_number=first.id_number.lower())
    with pytest.raises(grpc.aio.AioRpcError) as error:
        await stack.stub.RegisterCadre(again, metadata=stack.admin)
    assert error.value.code() is grpc.StatusCode.ALREADY_EXISTS


async def test_a_retried_registration_returns_the_first_cadre(stack: CadreStack) -> None:
    request = stack.registration(VILLAGE)
    metadata = stack.admin
    first = await stack.stub.RegisterCadre(request, metadata=metadata)
    second = await stack.stub.RegisterCadre(request, metadata=metadata)
    assert first.cadre_id == second.cadre_id


async def test_a_notice_in_an_unannounced_year_waits_instead_of_failing(
    stack: CadreStack, db: asyncpg.Connection
) -> None:
    unit_id = await stack.establish_unit(VILLAGE)
    cadre_id = await stack.register(VILLAGE)
    procedure_id = await nominate_and_inspect(stack, cadre_id, unit_id)
    notice = await stack.stub.StartPublicNotice(
        pb.StartPublicNoticeRequest(procedure_id=procedure_id, starts_on="2027-03-01"),
        metadata=stack.admin,
    )
    assert (notice.ends_on, notice.provisional) == ("2027-03-05", True)

    stack.clock.set(china_midnight(date(2027, 3, 6)))
    await stack.runtime.timers.fire_due()
    procedures = await stack.stub.ListAppointmentProcedures(
        pb.ListAppointmentProceduresRequest(division_code=VILLAGE), metadata=stack.admin
    )
    assert [
        (p.stage, p.notice_provisional)
        for p in procedures.procedures
        if p.procedure_id == procedure_id
    ] == [("in_notice", True)]
    # The timer looks again the next day rather than failing for good.
    retry = await db.fetchval(
        "SELECT due_at FROM timers WHERE key LIKE $1 AND fired_at IS NULL",
        f"public-notice/{procedure_id}/retry/%",
    )
    assert retry == china_midnight(date(2027, 3, 7))


async def _in_notice_with_objection(
    stack: CadreStack, db: asyncpg.Connection
) -> tuple[str, str, str]:
    """A procedure in its notice (3–7 Nov 2025) with an objection reported on the 5th:
    (unit id, cadre id, procedure id)."""
    stack.clock.set(china_midnight(date(2025, 11, 3)))
    unit_id = await stack.establish_unit(VILLAGE)
    cadre_id = await stack.register(VILLAGE)
    procedure_id = await nominate_and_inspect(stack, cadre_id, unit_id)
    notice = await stack.stub.StartPublicNotice(
        pb.StartPublicNoticeRequest(procedure_id=procedure_id, starts_on="2025-11-03"),
        metadata=stack.admin,
    )
    assert notice.ends_on == "2025-11-07"
    stack.clock.set(china_midnight(date(2025, 11, 5)))
    await stack.stub.ReportNoticeObjection(
        pb.ReportNoticeObjectionRequest(procedure_id=procedure_id), metadata=stack.admin
    )
    return unit_id, cadre_id, procedure_id


async def _procedure(stack: CadreStack, procedure_id: str) -> pb.AppointmentProcedure:
    listed = await stack.stub.ListAppointmentProcedures(
        pb.ListAppointmentProceduresRequest(division_code=VILLAGE, include_finished=True),
        metadata=stack.admin,
    )
    found: list[pb.AppointmentProcedure] = [
        p for p in listed.procedures if p.procedure_id == procedure_id
    ]
    assert len(found) == 1
    return found[0]


async def test_an_objection_holds_the_appointment_until_it_is_cleared(
    stack: CadreStack, db: asyncpg.Connection
) -> None:
    unit_id, cadre_id, procedure_id = await _in_notice_with_objection(stack, db)
    # The notice ends; its timer fires and appoints nobody.
    stack.clock.set(china_midnight(date(2025, 11, 10)))
    await stack.runtime.timers.fire_due()
    timer = await db.fetchrow(
        "SELECT fired_at, last_error FROM timers WHERE key = $1",
        f"public-notice/{procedure_id}/2025-11-07",
    )
    assert timer is not None and timer["fired_at"] is not None and timer["last_error"] is None
    held = await _procedure(stack, procedure_id)
    assert (held.stage, held.objection, held.objection_reported_on) == (
        "in_notice",
        "open",
        "2025-11-05",
    )
    posts = await stack.stub.ListUnitPosts(
        pb.ListUnitPostsRequest(org_unit_id=unit_id), metadata=stack.admin
    )
    assert list(posts.posts) == []

    checked = await stack.stub.CheckNoticeObjection(
        pb.CheckNoticeObjectionRequest(
            procedure_id=procedure_id, outcome=pb.OBJECTION_OUTCOME_CLEARED
        ),
        metadata=stack.admin,
    )
    assert checked.stage == "appointed"
    appointed = await stack.published("cn.frontline.cadre.CadreAppointed.v1", cadre_id)
    assert (appointed["org_unit_id"], appointed["appointed_on"]) == (unit_id, "2025-11-10")
    done = await _procedure(stack, procedure_id)
    assert (done.stage, done.objection, done.objection_checked_on) == (
        "appointed",
        "cleared",
        "2025-11-10",
    )


async def test_an_upheld_objection_withdraws_the_appointment(
    stack: CadreStack, db: asyncpg.Connection
) -> None:
    unit_id, cadre_id, procedure_id = await _in_notice_with_objection(stack, db)
    stack.clock.set(china_midnight(date(2025, 11, 6)))
    checked = await stack.stub.CheckNoticeObjection(
        pb.CheckNoticeObjectionRequest(
            procedure_id=procedure_id, outcome=pb.OBJECTION_OUTCOME_UPHELD
        ),
        metadata=stack.admin,
    )
    assert checked.stage == "withdrawn"
    withdrawn = await stack.published("cn.frontline.cadre.AppointmentWithdrawn.v1", cadre_id)
    assert withdrawn["procedure_id"] == procedure_id
    # The notice's timer is gone: nothing appoints when the notice would have ended.
    pending = await db.fetchval(
        "SELECT count(*) FROM timers WHERE key LIKE $1 AND fired_at IS NULL",
        f"public-notice/{procedure_id}/%",
    )
    assert pending == 0
    stack.clock.set(china_midnight(date(2025, 11, 10)))
    await stack.runtime.timers.fire_due()
    assert (await _procedure(stack, procedure_id)).stage == "withdrawn"
    posts = await stack.stub.ListUnitPosts(
        pb.ListUnitPostsRequest(org_unit_id=unit_id), metadata=stack.admin
    )
    assert list(posts.posts) == []


async def test_an_objection_outside_the_notice_is_refused_naming_the_date(
    stack: CadreStack, db: asyncpg.Connection
) -> None:
    _, _, procedure_id = await _in_notice_with_objection(stack, db)
    with pytest.raises(grpc.aio.AioRpcError) as open_already:
        await stack.stub.ReportNoticeObjection(
            pb.ReportNoticeObjectionRequest(procedure_id=procedure_id), metadata=stack.admin
        )
    assert open_already.value.code() is grpc.StatusCode.FAILED_PRECONDITION
    await stack.stub.CheckNoticeObjection(
        pb.CheckNoticeObjectionRequest(
            procedure_id=procedure_id, outcome=pb.OBJECTION_OUTCOME_CLEARED
        ),
        metadata=stack.admin,
    )
    with pytest.raises(grpc.aio.AioRpcError) as before_notice:
        await stack.stub.ReportNoticeObjection(
            pb.ReportNoticeObjectionRequest(procedure_id=procedure_id, reported_on="2025-10-31"),
            metadata=stack.admin,
        )
    assert before_notice.value.code() is grpc.StatusCode.INVALID_ARGUMENT
    assert "reported_on" in (before_notice.value.details() or "")
