"""Appointment use cases against in-memory ports: live units, scope, the public notice
on the statutory calendar and its end fired by the timer, elected posts, leaving."""

from __future__ import annotations

from datetime import date

import pytest

from frontline.cadre.domain import cadre_commands as cmd
from frontline.cadre.domain import cadre_events as ev
from frontline.cadre.use_cases import appointments, registry
from frontline.cadre.use_cases import discipline_outcomes as outcomes
from frontline.contracts import cadre as public
from frontline.kernel.errors import PermissionDenied, PreconditionFailed

from .county import OTHER_TOWNSHIP, TOWNSHIP, VILLAGE, register
from .memory import World

pytestmark = pytest.mark.unit


def nomination(cadre_id: str, unit_id: str = "unit-1") -> appointments.Nomination:
    return appointments.Nomination(
        cadre_id=cadre_id,
        org_unit_id=unit_id,
        post="secretary",
        term_end=date(2030, 9, 30),
        also_village_head=True,
        nominated_on=date(2025, 9, 1),
    )


async def nominated_and_inspected(world: World) -> tuple[str, str]:
    """A cadre nominated as a village's secretary and inspected: (cadre id, procedure id)."""
    world.unit("unit-1", VILLAGE)
    cadre_id = await register(world)
    procedure_id = await appointments.nominate(world.ports, nomination(cadre_id))
    inspection = cmd.RecordInspection(
        procedure_id=procedure_id, inspected_on=date(2025, 9, 20), summary="考察合格"
    )
    await appointments.act_on_procedure(world.ports, procedure_id, inspection)
    # The discipline service answers (discipline_outcomes.py, run by reactions.py).
    await outcomes.record_integrity_opinion(
        world.ports, procedure_id, "no_objection", date(2025, 9, 21)
    )
    return cadre_id, procedure_id


async def test_a_nomination_needs_a_live_unit_the_caller_covers(world: World) -> None:
    cadre_id = await register(world)
    with pytest.raises(PreconditionFailed) as unknown:
        await appointments.nominate(world.ports, nomination(cadre_id, "no-such-unit"))
    assert unknown.value.violations[0].type == "UNKNOWN_ORG_UNIT"
    world.unit("gone", VILLAGE, dissolved_on=date(2025, 6, 30))
    with pytest.raises(PreconditionFailed) as dissolved:
        await appointments.nominate(world.ports, nomination(cadre_id, "gone"))
    assert dissolved.value.violations[0].type == "ORG_UNIT_DISSOLVED"
    world.unit("elsewhere", f"{OTHER_TOWNSHIP}201")
    world.acting_as("township_operator", scope=TOWNSHIP)
    with pytest.raises(PermissionDenied):
        await appointments.nominate(world.ports, nomination(cadre_id, "elsewhere"))


async def test_a_retried_nomination_answers_with_the_first_procedure(world: World) -> None:
    world.unit("unit-1", VILLAGE)
    cadre_id = await register(world)
    world.acting_as("cadre_manager", request_id="req-1")
    first = await appointments.nominate(world.ports, nomination(cadre_id))
    again = await appointments.nominate(world.ports, nomination(cadre_id))
    assert again == first
    assert len(world.read.state(cadre_id).procedures) == 1  # type: ignore[union-attr]


async def test_the_notice_counts_statutory_working_days_then_the_timer_appoints(
    world: World,
) -> None:
    cadre_id, procedure_id = await nominated_and_inspected(world)
    # 30 Sep, 9, 10 Oct, Saturday 11 Oct (adjusted working day), 13 Oct.
    ends = await appointments.start_public_notice(world.ports, procedure_id, date(2025, 9, 30))
    assert ends == (date(2025, 10, 13), False)
    world.today.day = date(2025, 10, 13)
    with pytest.raises(PreconditionFailed):  # the last day of the notice is not over
        await appointments.end_public_notice(world.ports, cadre_id, procedure_id)
    world.today.day = date(2025, 10, 14)
    assert await appointments.end_public_notice(world.ports, cadre_id, procedure_id) is None
    [holding] = await world.read.posts_in_unit("unit-1")
    assert (holding.cadre_id, holding.since, holding.via) == (
        cadre_id,
        date(2025, 10, 14),
        "procedure",
    )
    appointed = world.commands.published[-1]
    assert isinstance(appointed, public.CadreAppointed)
    assert appointed.age_band == "40_49"  # 40 on 17 March 2025, read from the sealed birth date
    [procedure] = await appointments.list_procedures(world.ports, VILLAGE, include_finished=True)
    assert (procedure.stage, procedure.finished_on) == ("appointed", date(2025, 10, 14))


async def test_a_notice_in_an_unannounced_year_waits_for_the_calendar(world: World) -> None:
    cadre_id, procedure_id = await nominated_and_inspected(world)
    ends = await appointments.start_public_notice(world.ports, procedure_id, date(2031, 3, 3))
    assert ends == (date(2031, 3, 7), True)
    world.today.day = date(2031, 3, 8)
    # The timer is told to look again after today, and nobody is appointed yet.
    assert await appointments.end_public_notice(world.ports, cadre_id, procedure_id) == date(
        2031, 3, 8
    )
    assert await world.read.posts_in_unit("unit-1") == []


async def test_a_withdrawn_procedure_never_appoints(world: World) -> None:
    cadre_id, procedure_id = await nominated_and_inspected(world)
    await appointments.start_public_notice(world.ports, procedure_id, date(2025, 11, 3))
    withdraw = cmd.WithdrawAppointment(
        procedure_id=procedure_id, withdrawn_on=date(2025, 11, 5), reason="实名举报查实"
    )
    await appointments.act_on_procedure(world.ports, procedure_id, withdraw)
    world.today.day = date(2025, 11, 20)
    with pytest.raises(PreconditionFailed):
        await appointments.end_public_notice(world.ports, cadre_id, procedure_id)
    assert await appointments.list_procedures(world.ports, "", include_finished=False) == []
    assert isinstance(world.commands.published[-1], public.AppointmentWithdrawn)


async def test_a_procedure_outside_the_callers_township_is_refused(world: World) -> None:
    _, procedure_id = await nominated_and_inspected(world)
    world.acting_as("township_operator", scope=OTHER_TOWNSHIP)
    with pytest.raises(PermissionDenied):
        await appointments.start_public_notice(world.ports, procedure_id, date(2025, 9, 30))
    assert await appointments.list_procedures(world.ports, "", include_finished=True) == []


async def test_an_elected_post_is_appointed_with_the_age_band_of_the_day(world: World) -> None:
    world.unit("unit-1", VILLAGE)
    cadre_id = await register(world)
    election = appointments.Election(
        cadre_id=cadre_id,
        org_unit_id="unit-1",
        post="village_committee_head",
        election_ref="2026 村委会换届",
        term_end=date(2031, 1, 31),
        also_village_head=False,
        appointed_on=date(2026, 2, 1),
    )
    await appointments.appoint_from_election(world.ports, election)
    appointed = world.commands.published[-1]
    assert isinstance(appointed, public.CadreAppointed)
    assert (appointed.via, appointed.age_band) == ("election", "40_49")
    # The registry keeps the band at registration.
    assert (await registry.get_cadre(world.ports, cadre_id)).cadre.age_band == "30_39"


async def test_leaving_a_post_vacates_it_even_in_a_dissolved_unit(world: World) -> None:
    world.unit("unit-1", VILLAGE)
    cadre_id = await register(world)
    election = appointments.Election(
        cadre_id, "unit-1", "secretary", "e-1", None, True, date(2026, 1, 4)
    )
    await appointments.appoint_from_election(world.ports, election)
    world.unit("unit-1", VILLAGE, dissolved_on=date(2026, 3, 1))
    leave = cmd.LeavePost(
        org_unit_id="unit-1", post="secretary", reason="transfer", left_on=date(2026, 3, 1)
    )
    await registry.act_on_cadre(world.ports, cadre_id, leave)
    assert await appointments.list_unit_posts(world.ports, "unit-1") == []
    assert isinstance(world.commands.events(cadre_id)[-1], ev.CadreLeftPost)


async def test_an_objection_holds_the_notice_until_it_is_cleared(world: World) -> None:
    cadre_id, procedure_id = await nominated_and_inspected(world)
    await appointments.start_public_notice(world.ports, procedure_id, date(2025, 11, 3))
    world.today.day = date(2025, 11, 5)
    await appointments.report_objection(world.ports, procedure_id, date(2025, 11, 4))
    published_before = len(world.commands.published)
    world.today.day = date(2025, 11, 8)
    # The timer finds the objection open: it appoints nobody and is done.
    assert await appointments.end_public_notice(world.ports, cadre_id, procedure_id) is None
    assert await world.read.posts_in_unit("unit-1") == []
    [held] = await appointments.list_procedures(world.ports, VILLAGE, include_finished=False)
    assert (held.stage, held.objection, held.objection_reported_on) == (
        "in_notice",
        "open",
        date(2025, 11, 4),
    )
    # Nothing about the objection is published.
    assert len(world.commands.published) == published_before
    world.today.day = date(2025, 11, 12)
    stage = await appointments.check_objection(
        world.ports, procedure_id, "cleared", date(2025, 11, 11)
    )
    assert stage == "appointed"
    [holding] = await world.read.posts_in_unit("unit-1")
    assert (holding.cadre_id, holding.since) == (cadre_id, date(2025, 11, 12))
    assert isinstance(world.commands.published[-1], public.CadreAppointed)


async def test_an_upheld_objection_withdraws_the_appointment(world: World) -> None:
    _, procedure_id = await nominated_and_inspected(world)
    await appointments.start_public_notice(world.ports, procedure_id, date(2025, 11, 3))
    world.today.day = date(2025, 11, 4)
    await appointments.report_objection(world.ports, procedure_id, date(2025, 11, 4))
    world.today.day = date(2025, 11, 20)
    assert (
        await appointments.check_objection(world.ports, procedure_id, "upheld", date(2025, 11, 20))
        == "withdrawn"
    )
    assert await world.read.posts_in_unit("unit-1") == []
    assert isinstance(world.commands.published[-1], public.AppointmentWithdrawn)


async def test_an_objection_outside_the_callers_township_is_refused(world: World) -> None:
    _, procedure_id = await nominated_and_inspected(world)
    await appointments.start_public_notice(world.ports, procedure_id, date(2025, 11, 3))
    world.today.day = date(2025, 11, 4)
    world.acting_as("township_operator", scope=OTHER_TOWNSHIP)
    with pytest.raises(PermissionDenied):
        await appointments.report_objection(world.ports, procedure_id, date(2025, 11, 4))
