"""An objection reported during the public notice (任前公示期间反映问题) holds the
appointment until it is checked: cleared → appointed, upheld → withdrawn (DOMAIN.md
"Appointment"). The notice-end timer appoints only a procedure with no open objection."""

from __future__ import annotations

from datetime import date

import pytest

from frontline.cadre.domain import cadre_commands as cmd
from frontline.cadre.domain import cadre_events as ev
from frontline.cadre.domain.cadre_decider import CadreDecider, build_cadre_decider
from frontline.kernel.decider import DomainEvent
from frontline.kernel.errors import InvalidArgument, PreconditionFailed
from frontline.kernel.testing import scenario

from .conftest import VILLAGE, weekday_calendar

pytestmark = pytest.mark.unit

# Monday 15 to Friday 19 September 2025.
NOTICE = ev.PublicNoticeStarted(
    procedure_id="p-1", starts_on=date(2025, 9, 15), ends_on=date(2025, 9, 19)
)
REPORTED = ev.NoticeObjectionReported(procedure_id="p-1", reported_on=date(2025, 9, 17))


@pytest.fixture
def in_notice(
    registered: ev.CadreRegistered,
    nominated: ev.AppointmentNominated,
    inspected: ev.CandidateInspected,
) -> list[DomainEvent]:
    return [registered, nominated, inspected, NOTICE]


def report(
    on: date = date(2025, 9, 17), today: date = date(2025, 9, 17)
) -> cmd.ReportNoticeObjection:
    return cmd.ReportNoticeObjection(procedure_id="p-1", reported_on=on, today=today)


def check(outcome: str, today: date, on: date | None = None) -> cmd.CheckNoticeObjection:
    return cmd.CheckNoticeObjection.model_validate(
        {
            "procedure_id": "p-1",
            "checked_on": on or today,
            "outcome": outcome,
            "today": today,
            "age_band": "40_49",
        }
    )


def appointed_on(day: date) -> ev.CadreAppointed:
    return ev.CadreAppointed(
        procedure_id="p-1",
        org_unit_id="unit-1",
        division_code=VILLAGE,
        post="secretary",
        term_end=date(2030, 9, 30),
        also_village_head=True,
        appointed_on=day,
        via="procedure",
        age_band="40_49",
    )


def test_an_objection_during_the_notice_holds_the_procedure(
    decider: CadreDecider, in_notice: list[DomainEvent]
) -> None:
    scenario(decider).given(*in_notice).when(report()).then(REPORTED)
    procedure = decider.fold([*in_notice, REPORTED]).procedures["p-1"]
    assert (procedure.stage, procedure.held) == ("in_notice", True)


def test_the_notice_end_does_not_appoint_while_an_objection_is_open(
    decider: CadreDecider, in_notice: list[DomainEvent]
) -> None:
    ended = cmd.CompletePublicNotice(procedure_id="p-1", today=date(2025, 9, 20))
    error = scenario(decider).given(*in_notice, REPORTED).when(ended).raises(PreconditionFailed)
    assert error.violations[0].type == "OBJECTION_OPEN"  # type: ignore[attr-defined]


def test_cleared_after_the_notice_ended_appoints_at_once(
    decider: CadreDecider, in_notice: list[DomainEvent]
) -> None:
    scenario(decider).given(*in_notice, REPORTED).when(check("cleared", date(2025, 9, 24))).then(
        ev.NoticeObjectionChecked(
            procedure_id="p-1", checked_on=date(2025, 9, 24), outcome="cleared"
        ),
        appointed_on(date(2025, 9, 24)),
    )


def test_cleared_during_the_notice_leaves_the_appointment_to_its_end(
    decider: CadreDecider, in_notice: list[DomainEvent]
) -> None:
    checked = (
        scenario(decider)
        .given(*in_notice, REPORTED)
        .when(check("cleared", date(2025, 9, 18)))
        .then(
            ev.NoticeObjectionChecked(
                procedure_id="p-1", checked_on=date(2025, 9, 18), outcome="cleared"
            )
        )
    )
    ended = cmd.CompletePublicNotice(procedure_id="p-1", today=date(2025, 9, 20), age_band="40_49")
    scenario(decider).given(*in_notice, REPORTED, *checked).when(ended).then(
        appointed_on(date(2025, 9, 20))
    )


def test_upheld_withdraws_the_appointment(
    decider: CadreDecider, in_notice: list[DomainEvent]
) -> None:
    events = (
        scenario(decider)
        .given(*in_notice, REPORTED)
        .when(check("upheld", date(2025, 9, 25), on=date(2025, 9, 23)))
        .outcome()
    )
    assert events == [
        ev.NoticeObjectionChecked(
            procedure_id="p-1", checked_on=date(2025, 9, 23), outcome="upheld"
        ),
        ev.AppointmentWithdrawn(
            procedure_id="p-1",
            withdrawn_on=date(2025, 9, 23),
            reason="an objection reported during the public notice was upheld",
        ),
    ]
    procedure = decider.fold([*in_notice, REPORTED, *events]).procedures["p-1"]
    assert (procedure.stage, procedure.objection) == ("withdrawn", "upheld")


@pytest.mark.parametrize(
    ("on", "today"),
    [
        (date(2025, 9, 14), date(2025, 9, 17)),  # before the notice
        (date(2025, 9, 22), date(2025, 9, 22)),  # after it
        (date(2025, 9, 18), date(2025, 9, 17)),  # in the future
    ],
)
def test_an_objection_is_dated_within_the_notice_and_not_ahead(
    on: date, today: date, decider: CadreDecider, in_notice: list[DomainEvent]
) -> None:
    error = scenario(decider).given(*in_notice).when(report(on, today)).raises(InvalidArgument)
    assert error.violations[0].field == "reported_on"  # type: ignore[attr-defined]


def test_one_objection_is_checked_at_a_time(
    decider: CadreDecider, in_notice: list[DomainEvent]
) -> None:
    scenario(decider).given(*in_notice, REPORTED).when(report()).raises(PreconditionFailed)
    cleared = ev.NoticeObjectionChecked(
        procedure_id="p-1", checked_on=date(2025, 9, 18), outcome="cleared"
    )
    again = report(date(2025, 9, 19), date(2025, 9, 19))
    scenario(decider).given(*in_notice, REPORTED, cleared).when(again).then(
        ev.NoticeObjectionReported(procedure_id="p-1", reported_on=date(2025, 9, 19))
    )


def test_only_an_open_objection_is_checked_and_not_before_it_was_reported(
    decider: CadreDecider, in_notice: list[DomainEvent]
) -> None:
    scenario(decider).given(*in_notice).when(check("cleared", date(2025, 9, 18))).raises(
        PreconditionFailed
    )
    early = check("cleared", date(2025, 9, 18), on=date(2025, 9, 16))
    error = scenario(decider).given(*in_notice, REPORTED).when(early).raises(InvalidArgument)
    assert error.violations[0].field == "checked_on"  # type: ignore[attr-defined]


def test_no_objection_outside_a_running_notice(
    decider: CadreDecider,
    registered: ev.CadreRegistered,
    nominated: ev.AppointmentNominated,
    inspected: ev.CandidateInspected,
) -> None:
    scenario(decider).given(registered, nominated, inspected).when(report()).raises(
        PreconditionFailed
    )


def test_cleared_on_a_provisional_calendar_waits_for_the_timer(
    registered: ev.CadreRegistered,
    nominated: ev.AppointmentNominated,
    inspected: ev.CandidateInspected,
) -> None:
    # A notice in a year the calendar does not know: its end is counted Monday–Friday.
    unknown = build_cadre_decider(weekday_calendar)
    provisional = NOTICE.model_copy(update={"provisional": True})
    given = scenario(unknown).given(registered, nominated, inspected, provisional, REPORTED)
    given.when(check("cleared", date(2025, 9, 24))).then(
        ev.NoticeObjectionChecked(
            procedure_id="p-1", checked_on=date(2025, 9, 24), outcome="cleared"
        )
    )
