"""Appointment: nominated → inspected → public notice → appointed, or withdrawn; leaving."""

from __future__ import annotations

from datetime import date

import pytest

from frontline.cadre.domain import cadre_commands as cmd
from frontline.cadre.domain import cadre_events as ev
from frontline.cadre.domain.cadre_decider import CadreDecider
from frontline.kernel.errors import AlreadyExists, InvalidArgument, NotFound, PreconditionFailed
from frontline.kernel.testing import scenario

pytestmark = pytest.mark.unit

VILLAGE = "440781101203"


def nominate(**changes: object) -> cmd.NominateForPost:
    values: dict[str, object] = {
        "procedure_id": "p-1",
        "org_unit_id": "unit-1",
        "division_code": VILLAGE,
        "post": "secretary",
        "term_end": date(2030, 9, 30),
        "also_village_head": True,
        "nominated_on": date(2025, 9, 1),
    }
    return cmd.NominateForPost.model_validate({**values, **changes})


def inspect() -> cmd.RecordInspection:
    return cmd.RecordInspection(
        procedure_id="p-1", inspected_on=date(2025, 9, 10), summary="no problems found"
    )


def notice(starts_on: date, ends_on: date) -> ev.PublicNoticeStarted:
    return ev.PublicNoticeStarted(procedure_id="p-1", starts_on=starts_on, ends_on=ends_on)


def elected(**changes: object) -> cmd.AppointFromElection:
    values: dict[str, object] = {
        "election_ref": "election-2026",
        "org_unit_id": "unit-1",
        "division_code": VILLAGE,
        "post": "village_committee_head",
        "term_end": date(2031, 1, 31),
        "appointed_on": date(2026, 2, 1),
    }
    return cmd.AppointFromElection.model_validate({**values, **changes})


# --- nomination ---------------------------------------------------------------


def test_nominating_a_registered_cadre_opens_a_procedure(
    decider: CadreDecider, registered: ev.CadreRegistered, nominated: ev.AppointmentNominated
) -> None:
    scenario(decider).given(registered).when(nominate()).then(nominated)


def test_an_unregistered_cadre_cannot_be_nominated(decider: CadreDecider) -> None:
    scenario(decider).when(nominate()).raises(NotFound)


def test_an_erased_cadre_cannot_be_nominated(
    decider: CadreDecider, registered: ev.CadreRegistered
) -> None:
    erased = ev.PersonalDataErased(erased_on=date(2025, 8, 1))
    scenario(decider).given(registered, erased).when(nominate()).raises(PreconditionFailed)


def test_a_procedure_id_is_used_once(
    decider: CadreDecider, registered: ev.CadreRegistered, nominated: ev.AppointmentNominated
) -> None:
    command = nominate(post="deputy_secretary", also_village_head=False)
    scenario(decider).given(registered, nominated).when(command).raises(AlreadyExists)


def test_only_one_procedure_per_post_at_a_time(
    decider: CadreDecider, registered: ev.CadreRegistered, nominated: ev.AppointmentNominated
) -> None:
    command = nominate(procedure_id="p-2")
    scenario(decider).given(registered, nominated).when(command).raises(PreconditionFailed)


def test_only_a_secretary_can_also_be_village_head(
    decider: CadreDecider, registered: ev.CadreRegistered
) -> None:
    command = nominate(post="committee_member", also_village_head=True)
    error = scenario(decider).given(registered).when(command).raises(InvalidArgument)
    assert error.violations[0].field == "also_village_head"  # type: ignore[attr-defined]


def test_a_term_ends_after_it_starts(decider: CadreDecider, registered: ev.CadreRegistered) -> None:
    command = nominate(term_end=date(2025, 8, 1))
    scenario(decider).given(registered).when(command).raises(InvalidArgument)


def test_a_post_already_held_cannot_be_nominated_for(
    decider: CadreDecider, registered: ev.CadreRegistered
) -> None:
    held = decider.decide(elected(post="secretary"), decider.fold([registered]))
    scenario(decider).given(registered, *held).when(nominate()).raises(PreconditionFailed)


# --- inspection and notice ------------------------------------------------------


def test_inspection_is_recorded_without_an_opinion_typed_in(
    decider: CadreDecider, registered: ev.CadreRegistered, nominated: ev.AppointmentNominated
) -> None:
    # The integrity opinion comes from the discipline service (test_discipline_outcomes.py).
    asked = ev.CandidateInspected(
        procedure_id="p-1", inspected_on=date(2025, 9, 10), summary="no problems found"
    )
    scenario(decider).given(registered, nominated).when(inspect()).then(asked)


def test_an_unknown_procedure_cannot_be_inspected(
    decider: CadreDecider, registered: ev.CadreRegistered
) -> None:
    scenario(decider).given(registered).when(inspect()).raises(NotFound)


def test_inspection_happens_once(
    decider: CadreDecider,
    registered: ev.CadreRegistered,
    nominated: ev.AppointmentNominated,
    inspected: ev.CandidateInspected,
) -> None:
    given = scenario(decider).given(registered, nominated, inspected)
    given.when(inspect()).raises(PreconditionFailed)


def test_the_notice_cannot_skip_inspection(
    decider: CadreDecider, registered: ev.CadreRegistered, nominated: ev.AppointmentNominated
) -> None:
    start = cmd.StartPublicNotice(procedure_id="p-1", starts_on=date(2025, 9, 15))
    scenario(decider).given(registered, nominated).when(start).raises(PreconditionFailed)


def test_an_integrity_objection_blocks_the_notice(
    decider: CadreDecider, registered: ev.CadreRegistered, nominated: ev.AppointmentNominated
) -> None:
    objection = ev.CandidateInspected(
        procedure_id="p-1", inspected_on=date(2025, 9, 10), integrity_opinion="objection"
    )
    start = cmd.StartPublicNotice(procedure_id="p-1", starts_on=date(2025, 9, 15))
    given = scenario(decider).given(registered, nominated, objection)
    error = given.when(start).raises(PreconditionFailed)
    assert error.violations[0].type == "INTEGRITY_OBJECTION"  # type: ignore[attr-defined]


def test_an_ordinary_week_notice_lasts_five_working_days(
    decider: CadreDecider,
    registered: ev.CadreRegistered,
    nominated: ev.AppointmentNominated,
    inspected: ev.CandidateInspected,
) -> None:
    # Monday 15 September 2025 to Friday 19 September 2025.
    start = cmd.StartPublicNotice(procedure_id="p-1", starts_on=date(2025, 9, 15))
    scenario(decider).given(registered, nominated, inspected).when(start).then(
        notice(date(2025, 9, 15), date(2025, 9, 19))
    )


def test_the_notice_cannot_end_early(
    decider: CadreDecider,
    registered: ev.CadreRegistered,
    nominated: ev.AppointmentNominated,
    inspected: ev.CandidateInspected,
) -> None:
    running = notice(date(2025, 9, 15), date(2025, 9, 19))
    complete = cmd.CompletePublicNotice(procedure_id="p-1", today=date(2025, 9, 19))
    given = scenario(decider).given(registered, nominated, inspected, running)
    error = given.when(complete).raises(PreconditionFailed)
    assert error.violations[0].type == "NOTICE_RUNNING"  # type: ignore[attr-defined]


def test_after_the_notice_the_cadre_is_appointed(
    decider: CadreDecider,
    registered: ev.CadreRegistered,
    nominated: ev.AppointmentNominated,
    inspected: ev.CandidateInspected,
) -> None:
    running = notice(date(2025, 9, 15), date(2025, 9, 19))
    complete = cmd.CompletePublicNotice(procedure_id="p-1", today=date(2025, 9, 20))
    scenario(decider).given(registered, nominated, inspected, running).when(complete).then(
        ev.CadreAppointed(
            procedure_id="p-1",
            org_unit_id="unit-1",
            division_code=VILLAGE,
            post="secretary",
            term_end=date(2030, 9, 30),
            also_village_head=True,
            appointed_on=date(2025, 9, 20),
            via="procedure",
        )
    )


def test_a_notice_cannot_complete_before_it_started(
    decider: CadreDecider,
    registered: ev.CadreRegistered,
    nominated: ev.AppointmentNominated,
    inspected: ev.CandidateInspected,
) -> None:
    complete = cmd.CompletePublicNotice(procedure_id="p-1", today=date(2025, 9, 30))
    given = scenario(decider).given(registered, nominated, inspected)
    given.when(complete).raises(PreconditionFailed)


# --- withdrawal ---------------------------------------------------------------


@pytest.mark.parametrize("steps", [1, 2, 3], ids=["nominated", "inspected", "in_notice"])
def test_a_procedure_can_be_withdrawn_at_any_open_step(
    steps: int,
    decider: CadreDecider,
    registered: ev.CadreRegistered,
    nominated: ev.AppointmentNominated,
    inspected: ev.CandidateInspected,
) -> None:
    history = [nominated, inspected, notice(date(2025, 9, 15), date(2025, 9, 19))][:steps]
    withdraw = cmd.WithdrawAppointment(
        procedure_id="p-1", withdrawn_on=date(2025, 9, 16), reason="public objection"
    )
    scenario(decider).given(registered, *history).when(withdraw).then(
        ev.AppointmentWithdrawn(
            procedure_id="p-1", withdrawn_on=date(2025, 9, 16), reason="public objection"
        )
    )


def test_a_withdrawn_procedure_is_finished(
    decider: CadreDecider, registered: ev.CadreRegistered, nominated: ev.AppointmentNominated
) -> None:
    withdrawn = ev.AppointmentWithdrawn(procedure_id="p-1", withdrawn_on=date(2025, 9, 2))
    given = scenario(decider).given(registered, nominated, withdrawn)
    given.when(inspect()).raises(PreconditionFailed)
    again = cmd.WithdrawAppointment(procedure_id="p-1", withdrawn_on=date(2025, 9, 3))
    given.when(again).raises(PreconditionFailed)
    # The post is open for a new procedure.
    given.when(nominate(procedure_id="p-2")).then(
        ev.AppointmentNominated(**nominate(procedure_id="p-2").model_dump())
    )


def test_an_appointed_procedure_cannot_be_withdrawn(
    decider: CadreDecider,
    registered: ev.CadreRegistered,
    nominated: ev.AppointmentNominated,
    inspected: ev.CandidateInspected,
) -> None:
    running = notice(date(2025, 9, 15), date(2025, 9, 19))
    appointed = decider.decide(
        cmd.CompletePublicNotice(procedure_id="p-1", today=date(2025, 9, 22)),
        decider.fold([registered, nominated, inspected, running]),
    )
    withdraw = cmd.WithdrawAppointment(procedure_id="p-1", withdrawn_on=date(2025, 9, 23))
    given = scenario(decider).given(registered, nominated, inspected, running, *appointed)
    given.when(withdraw).raises(PreconditionFailed)


def test_the_appointment_carries_the_age_band_on_the_day(
    decider: CadreDecider,
    registered: ev.CadreRegistered,
    nominated: ev.AppointmentNominated,
    inspected: ev.CandidateInspected,
) -> None:
    running = notice(date(2025, 9, 15), date(2025, 9, 19))
    complete = cmd.CompletePublicNotice(
        procedure_id="p-1", today=date(2025, 9, 22), age_band="40_49"
    )
    history = [registered, nominated, inspected, running]
    events = scenario(decider).given(*history).when(complete).outcome()
    assert isinstance(events[0], ev.CadreAppointed)
    assert events[0].age_band == "40_49"
    assert decider.fold([*history, *events]).age_band == "40_49"
