"""A supervision order's deadline: extensions, recounting, overdue (DOMAIN.md).

The deadline counts working days on the statutory calendar. A deadline in a year whose
calendar is not published yet counts Monday–Friday and is *provisional* (DESIGN.md
§4): it is never declared passed; the timer looks again each day and when an operator
loads the year, and the deadline is then counted again (``OrderDueDateRecounted``).
Overdue — no report by the end of the deadline — is raised once per deadline: an alert
for the level above, the issuer.
"""

from __future__ import annotations

from frontline.kernel.calendar import WorkingCalendar, WorkingDayResult
from frontline.kernel.decider import DomainEvent
from frontline.kernel.errors import InvalidArgument, NotFound, PreconditionFailed
from frontline.organization.domain import order_commands as cmd
from frontline.organization.domain import order_events as ev
from frontline.organization.domain.order_records import AWAITING_REPORT, IN_HAND
from frontline.organization.domain.order_state import OrderState
from frontline.organization.domain.order_steps import (
    check_day,
    current_due,
    require_status,
    require_text,
)


def recounted_due(cal: WorkingCalendar, s: OrderState) -> WorkingDayResult:
    """The deadline, counted again while it is provisional (its year may be loaded since)."""
    due = current_due(s)
    if s.due_provisional and s.due_counted_from is not None:
        return cal.add_working_days(s.due_counted_from, s.due_counted_days)
    return WorkingDayResult(due, s.due_provisional)


def request_extension(c: cmd.RequestOrderExtension, s: OrderState) -> list[DomainEvent]:
    require_status(s, IN_HAND, "extend")
    if s.extension_days is not None:
        raise PreconditionFailed(
            "EXTENSION_PENDING", s.order_id, "an extension already waits for the issuer"
        )
    due = current_due(s)
    # Asked for by the deadline: the day it was asked (a request recorded late keeps its day).
    if c.requested_on > due:
        raise PreconditionFailed(
            "ALREADY_OVERDUE", s.order_id, "the deadline {due_on} had passed", due_on=due
        )
    if c.working_days > c.max_working_days:
        raise InvalidArgument.field(
            "working_days",
            "at most {most} working days",
            "TOO_MANY_WORKING_DAYS",
            most=c.max_working_days,
        )
    check_day(s, c.requested_on, c.today, "requested_on")
    reason = require_text(
        c.reason, "reason", "an extension states its reason", "EXTENSION_REASON_REQUIRED"
    )
    return [
        ev.OrderExtensionRequested(
            working_days=c.working_days, reason=reason, requested_on=c.requested_on
        )
    ]


def _pending(s: OrderState, action: str) -> int:
    require_status(s, IN_HAND, action)
    if s.extension_days is None:
        raise PreconditionFailed("NO_EXTENSION_REQUESTED", s.order_id, "no extension asked for")
    return s.extension_days


def grant_extension(
    cal: WorkingCalendar, c: cmd.GrantOrderExtension, s: OrderState
) -> list[DomainEvent]:
    days = _pending(s, "extend")
    check_day(s, c.granted_on, c.today, "granted_on")
    due = current_due(s)
    moved = cal.add_working_days(due, days)
    return [
        ev.OrderExtensionGranted(
            granted_on=c.granted_on,
            previous_due_on=due,
            due_on=moved.date,
            due_provisional=moved.provisional or s.due_provisional,
        )
    ]


def decline_extension(c: cmd.DeclineOrderExtension, s: OrderState) -> list[DomainEvent]:
    _pending(s, "decline an extension of")
    check_day(s, c.declined_on, c.today, "declined_on")
    reason = require_text(
        c.reason, "reason", "a refusal states its reason", "DECLINE_REASON_REQUIRED"
    )
    return [ev.OrderExtensionDeclined(reason=reason, declined_on=c.declined_on)]


def check_deadline(
    cal: WorkingCalendar, c: cmd.CheckOrderDeadline, s: OrderState
) -> list[DomainEvent]:
    if not s.exists:
        raise NotFound("supervision order", "(not issued)")
    events: list[DomainEvent] = []
    due = recounted_due(cal, s)
    if s.due_provisional and (due.date, due.provisional) != (s.due_on, True):
        events.append(
            ev.OrderDueDateRecounted(
                previous_due_on=current_due(s),
                due_on=due.date,
                due_provisional=due.provisional,
                recounted_on=c.today,
            )
        )
    passed = not due.provisional and c.today > due.date
    if s.status in AWAITING_REPORT and passed and s.overdue_for != due.date:
        events.append(ev.OrderOverdue(due_on=due.date, flagged_on=c.today))
    return events
