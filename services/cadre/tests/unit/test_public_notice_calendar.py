"""The public notice (任前公示) counts ≥ 5 working days on China's statutory calendar.

2025: National Day and Mid-Autumn are off 1–8 October; Sunday 28 September and
Saturday 11 October are adjusted working days (chinesecalendar data).
"""

from __future__ import annotations

from datetime import date

import pytest

from frontline.cadre.domain import cadre_commands as cmd
from frontline.cadre.domain import cadre_events as ev
from frontline.cadre.domain.appointment_rules import notice_end
from frontline.cadre.domain.cadre_decider import CadreDecider, build_cadre_decider
from frontline.cadre.domain.working_days import AddWorkingDays
from frontline.kernel.calendar import WorkingCalendar
from frontline.kernel.errors import PreconditionFailed
from frontline.kernel.testing import scenario

from .conftest import statutory_calendar, weekday_calendar  # type: ignore[import-not-found]

pytestmark = pytest.mark.unit


# The reference count, and the kernel's calendar a runtime binds the decider to.
CALENDARS: list[AddWorkingDays] = [statutory_calendar, WorkingCalendar().add_working_days]


@pytest.mark.parametrize("calendar", CALENDARS)
@pytest.mark.parametrize(
    ("starts_on", "ends_on"),
    [
        # Sun 28 Sep (adjusted working day) counts: 28, 29, 30 Sep, 9, 10 Oct.
        (date(2025, 9, 28), date(2025, 10, 10)),
        # Tue 30 Sep: 30 Sep, 9, 10 Oct, Sat 11 Oct (adjusted working day), Mon 13 Oct.
        (date(2025, 9, 30), date(2025, 10, 13)),
        # Published during the holiday: 9, 10, 11, 13, 14 October.
        (date(2025, 10, 3), date(2025, 10, 14)),
        # Published on the Saturday before the holiday (a rest day): 28, 29, 30 Sep, 9, 10 Oct.
        (date(2025, 9, 27), date(2025, 10, 10)),
    ],
)
def test_the_notice_skips_national_day_and_counts_the_adjusted_saturday(
    calendar: AddWorkingDays, starts_on: date, ends_on: date
) -> None:
    assert notice_end(calendar, starts_on) == (ends_on, False)


def test_appointment_waits_for_the_adjusted_saturday_to_pass(
    decider: CadreDecider,
    registered: ev.CadreRegistered,
    nominated: ev.AppointmentNominated,
    inspected: ev.CandidateInspected,
) -> None:
    given = scenario(decider).given(registered, nominated, inspected)
    start = cmd.StartPublicNotice(procedure_id="p-1", starts_on=date(2025, 9, 30))
    started = given.when(start).then(
        ev.PublicNoticeStarted(
            procedure_id="p-1", starts_on=date(2025, 9, 30), ends_on=date(2025, 10, 13)
        )
    )
    running = scenario(decider).given(registered, nominated, inspected, *started)
    # Sunday 12 October: a notice counted Monday–Friday would be over, the statutory one is not.
    early = cmd.CompletePublicNotice(procedure_id="p-1", today=date(2025, 10, 12))
    running.when(early).raises(PreconditionFailed)
    on_time = cmd.CompletePublicNotice(procedure_id="p-1", today=date(2025, 10, 14))
    assert [type(e) for e in running.when(on_time).outcome()] == [ev.CadreAppointed]


def _provisional_then_known(known: AddWorkingDays) -> tuple[CadreDecider, CadreDecider]:
    return build_cadre_decider(weekday_calendar), build_cadre_decider(known)


def test_an_unknown_year_gives_a_provisional_notice_that_cannot_appoint(
    registered: ev.CadreRegistered,
    nominated: ev.AppointmentNominated,
    inspected: ev.CandidateInspected,
) -> None:
    unknown, _ = _provisional_then_known(statutory_calendar)
    given = scenario(unknown).given(registered, nominated, inspected)
    start = cmd.StartPublicNotice(procedure_id="p-1", starts_on=date(2025, 9, 30))
    started = given.when(start).then(
        ev.PublicNoticeStarted(
            procedure_id="p-1",
            starts_on=date(2025, 9, 30),
            ends_on=date(2025, 10, 6),
            provisional=True,
        )
    )
    complete = cmd.CompletePublicNotice(procedure_id="p-1", today=date(2025, 10, 7))
    error = scenario(unknown).given(registered, nominated, inspected, *started).when(complete)
    assert error.raises(PreconditionFailed).violations[0].type == "CALENDAR_UNKNOWN"  # type: ignore[attr-defined]


def test_a_provisional_notice_is_recounted_once_the_year_is_loaded(
    registered: ev.CadreRegistered,
    nominated: ev.AppointmentNominated,
    inspected: ev.CandidateInspected,
) -> None:
    _, known = _provisional_then_known(statutory_calendar)
    provisional = ev.PublicNoticeStarted(
        procedure_id="p-1",
        starts_on=date(2025, 9, 30),
        ends_on=date(2025, 10, 6),
        provisional=True,
    )
    given = scenario(known).given(registered, nominated, inspected, provisional)
    # Fired on the provisional end: the real end lies ahead, so only the new end is recorded.
    complete = cmd.CompletePublicNotice(procedure_id="p-1", today=date(2025, 10, 7))
    given.when(complete).then(
        ev.PublicNoticeRescheduled(procedure_id="p-1", ends_on=date(2025, 10, 13))
    )
    # Fired after the real end: rescheduled and appointed at once.
    late = cmd.CompletePublicNotice(procedure_id="p-1", today=date(2025, 10, 20))
    events = given.when(late).outcome()
    assert [type(e) for e in events] == [ev.PublicNoticeRescheduled, ev.CadreAppointed]
