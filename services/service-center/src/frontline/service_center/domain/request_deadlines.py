"""The deadlines of a request, on the statutory working-day calendar.

DOMAIN.md "Service request": overdue (超期) raises a reminder (催办), then escalation
to the township and the county (yellow / red card 督办); a return visit is due
within 3 working days of the resolution (configurable). Each stage is a day counted
from the due date; it is reached once that day has ended.

A day in a year whose statutory calendar is not loaded is counted Monday–Friday
and is *provisional* (DESIGN.md §4): no stage is reached on a provisional day. The
timer looks again each day, and at once when an operator loads the year; the due
date itself is then recounted (``DueDateRecounted``).
"""

from __future__ import annotations

from datetime import date

from frontline.kernel.calendar import WorkingCalendar, WorkingDayResult
from frontline.kernel.decider import DomainEvent
from frontline.kernel.errors import NotFound
from frontline.service_center.domain import request_commands as cmd
from frontline.service_center.domain import request_events as ev
from frontline.service_center.domain.request_state import RequestState
from frontline.service_center.domain.vocabulary import (
    ESCALATION_ORDER,
    OPEN,
    Escalation,
    RequestStatus,
)


def current_due(cal: WorkingCalendar, s: RequestState) -> WorkingDayResult:
    """The due date, recounted while it is provisional (the year may be loaded since)."""
    assert s.due_on is not None
    if s.due_provisional and s.due_counted_from is not None:
        return cal.add_working_days(s.due_counted_from, s.time_limit_days)
    return WorkingDayResult(s.due_on, s.due_provisional)


def stage_day(
    cal: WorkingCalendar, due: WorkingDayResult, stage: Escalation, offsets: cmd.EscalationOffsets
) -> WorkingDayResult:
    if stage is Escalation.OVERDUE:
        return due
    days = {
        Escalation.REMINDED: offsets.reminder,
        Escalation.YELLOW_CARD: offsets.yellow_card,
        Escalation.RED_CARD: offsets.red_card,
    }[stage]
    counted = cal.add_working_days(due.date, days)
    return WorkingDayResult(counted.date, counted.provisional or due.provisional)


def remaining_stages(s: RequestState) -> tuple[Escalation, ...]:
    if s.escalation is Escalation.NONE:
        return ESCALATION_ORDER
    return ESCALATION_ORDER[ESCALATION_ORDER.index(s.escalation) + 1 :]


def return_visit_day(cal: WorkingCalendar, s: RequestState) -> WorkingDayResult | None:
    """The return visit's deadline while one is still awaited."""
    waiting = s.status is RequestStatus.RESOLVED and s.visits_this_round == 0
    if not waiting or s.return_visit_overdue or s.resolved_on is None:
        return None
    return cal.add_working_days(s.resolved_on, s.return_visit_days)


def next_deadline(
    cal: WorkingCalendar, s: RequestState, offsets: cmd.EscalationOffsets
) -> WorkingDayResult | None:
    """The day whose end the request's deadline timer waits for (None: nothing left)."""
    if s.status in OPEN:
        due = current_due(cal, s)
        stages = remaining_stages(s)
        return stage_day(cal, due, stages[0], offsets) if stages else None
    return return_visit_day(cal, s)


def _passed(day: WorkingDayResult, today: date) -> bool:
    return not day.provisional and today > day.date


def _stage_event(stage: Escalation, due_on: date, today: date) -> DomainEvent:
    if stage is Escalation.REMINDED:
        return ev.RequestReminded(reminded_on=today, automatic=True)
    return ev.RequestOverdue(stage=stage, due_on=due_on, flagged_on=today)


def check_deadlines(
    cal: WorkingCalendar, c: cmd.CheckDeadlines, s: RequestState
) -> list[DomainEvent]:
    if not s.exists:
        raise NotFound("service request", "(not submitted)")
    events: list[DomainEvent] = []
    if s.status in OPEN:
        assert s.due_on is not None
        due = current_due(cal, s)
        if s.due_provisional and (due.date, due.provisional) != (s.due_on, True):
            events.append(
                ev.DueDateRecounted(
                    previous_due_on=s.due_on, due_on=due.date, provisional=due.provisional
                )
            )
        for stage in remaining_stages(s):
            if not _passed(stage_day(cal, due, stage, c.offsets), c.today):
                break
            events.append(_stage_event(stage, due.date, c.today))
        return events
    visit = return_visit_day(cal, s)
    if visit is not None and _passed(visit, c.today):
        events.append(ev.ReturnVisitOverdue(return_visit_due_on=visit.date, flagged_on=c.today))
    return events
