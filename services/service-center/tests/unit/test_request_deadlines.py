"""Overdue (超期) → reminder (催办) → yellow card → red card; the return visit's limit;
provisional days in a year whose statutory calendar is not loaded yet."""

from __future__ import annotations

from datetime import date

import pytest

from frontline.kernel.calendar import WorkingCalendar, YearSchedule
from frontline.kernel.testing import scenario
from frontline.service_center.domain import request_commands as cmd
from frontline.service_center.domain import request_events as ev
from frontline.service_center.domain.request import request_decider
from frontline.service_center.domain.request_deadlines import next_deadline
from frontline.service_center.domain.vocabulary import Escalation, VisitOutcome

from .request_fixtures import (
    CALENDAR,
    DECIDER,
    OFFSETS,
    in_progress,
    overdue,
    resolved,
    submitted,
    visited,
)

pytestmark = pytest.mark.unit

DUE = date(2025, 10, 16)  # Thursday


def check(today: date) -> cmd.CheckDeadlines:
    return cmd.CheckDeadlines(today=today, offsets=OFFSETS)


def reminder(on: date) -> ev.RequestReminded:
    return ev.RequestReminded(reminded_on=on, automatic=True)


def test_nothing_is_due_until_the_due_date_has_ended() -> None:
    scenario(DECIDER).given(*in_progress()).when(check(DUE)).then()
    scenario(DECIDER).given(*in_progress()).when(check(date(2025, 10, 17))).then(
        ev.RequestOverdue(stage=Escalation.OVERDUE, due_on=DUE, flagged_on=date(2025, 10, 17))
    )


def test_each_stage_follows_in_working_days_after_the_due_date() -> None:
    flagged = overdue(Escalation.OVERDUE)
    # Reminder 1 working day after (Fri 17th, so on Monday 20th); yellow card 3 (Tue 21st,
    # so on the 22nd); red card 5 (Thu 23rd, so on the 24th).
    scenario(DECIDER).given(*in_progress(), flagged).when(check(date(2025, 10, 17))).then()
    scenario(DECIDER).given(*in_progress(), flagged).when(check(date(2025, 10, 20))).then(
        reminder(date(2025, 10, 20))
    )
    reminded = [*in_progress(), flagged, reminder(date(2025, 10, 20))]
    yellow = ev.RequestOverdue(
        stage=Escalation.YELLOW_CARD, due_on=DUE, flagged_on=date(2025, 10, 22)
    )
    scenario(DECIDER).given(*reminded).when(check(date(2025, 10, 22))).then(yellow)
    red = ev.RequestOverdue(stage=Escalation.RED_CARD, due_on=DUE, flagged_on=date(2025, 10, 24))
    scenario(DECIDER).given(*reminded, yellow).when(check(date(2025, 10, 24))).then(red)
    scenario(DECIDER).given(*reminded, yellow, red).when(check(date(2025, 11, 30))).then()


def test_after_a_long_pause_every_stage_passed_is_flagged_in_order() -> None:
    day = date(2025, 10, 27)
    scenario(DECIDER).given(*in_progress()).when(check(day)).then(
        ev.RequestOverdue(stage=Escalation.OVERDUE, due_on=DUE, flagged_on=day),
        reminder(day),
        ev.RequestOverdue(stage=Escalation.YELLOW_CARD, due_on=DUE, flagged_on=day),
        ev.RequestOverdue(stage=Escalation.RED_CARD, due_on=DUE, flagged_on=day),
    )


def test_a_resolved_request_escalates_no_more_but_its_return_visit_is_due() -> None:
    given = [*in_progress(), resolved(date(2025, 10, 9))]
    scenario(DECIDER).given(*given).when(check(date(2025, 10, 13))).then()
    scenario(DECIDER).given(*given).when(check(date(2025, 10, 14))).then(
        ev.ReturnVisitOverdue(return_visit_due_on=date(2025, 10, 13), flagged_on=date(2025, 10, 14))
    )
    visited_once = [*given, visited(VisitOutcome.NO_ANSWER)]
    scenario(DECIDER).given(*visited_once).when(check(date(2025, 10, 14))).then()
    assert next_deadline(CALENDAR, DECIDER.fold(visited_once), OFFSETS) is None


def test_a_provisional_due_date_waits_for_its_year_then_is_recounted() -> None:
    december = date(2026, 12, 28)
    given = submitted(
        submitted_on=december, time_limit_days=5, due_on=date(2027, 1, 4), due_provisional=True
    )
    unknown = request_decider(WorkingCalendar())
    scenario(unknown).given(given).when(check(date(2027, 1, 8))).then()
    due = next_deadline(CALENDAR, unknown.fold([given]), OFFSETS)
    assert due is not None and (due.date, due.provisional) == (date(2027, 1, 4), True)

    loaded = WorkingCalendar()
    loaded.load([YearSchedule(2027, frozenset({date(2027, 1, 1), date(2027, 1, 4)}), frozenset())])
    scenario(request_decider(loaded)).given(given).when(check(date(2027, 1, 5))).then(
        ev.DueDateRecounted(
            previous_due_on=date(2027, 1, 4), due_on=date(2027, 1, 6), provisional=False
        )
    )
