"""Working a request: extensions, reminders (催办), resolution (办结).

DOMAIN.md "Service request": in progress, an extension may be requested and
granted (it moves the due date); an open request may be urged on at any time.
An extension is asked for, and granted, before the due date has passed: once a
request is overdue its escalation runs (request_deadlines.py).
"""

from __future__ import annotations

from datetime import date

from frontline.kernel.calendar import WorkingCalendar
from frontline.kernel.decider import DomainEvent
from frontline.kernel.errors import InvalidArgument, PreconditionFailed
from frontline.service_center.domain import request_commands as cmd
from frontline.service_center.domain import request_events as ev
from frontline.service_center.domain.request_guards import (
    day_between,
    refuse_past,
    require_status,
    require_text,
)
from frontline.service_center.domain.request_state import RequestState
from frontline.service_center.domain.vocabulary import OPEN, RequestStatus

_IN_PROGRESS = (RequestStatus.IN_PROGRESS,)


def _not_later_than_due(field: str, due: date) -> InvalidArgument:
    return InvalidArgument.field(
        field, "must be later than the due date {due_on}", "NOT_LATER_THAN_DUE", due_on=due
    )


def _not_overdue(s: RequestState, today: date) -> date:
    assert s.due_on is not None
    if today > s.due_on:
        raise PreconditionFailed(
            "ALREADY_OVERDUE",
            s.request_id,
            "the due date {due_on} has passed: no extension after it",
            due_on=s.due_on,
        )
    return s.due_on


def apply_for_extension(
    cal: WorkingCalendar, c: cmd.ApplyForExtension, s: RequestState
) -> list[DomainEvent]:
    require_status(s, _IN_PROGRESS, "extended")
    if s.extension_requested_due_on is not None:
        raise PreconditionFailed(
            "EXTENSION_PENDING", s.request_id, "an extension already waits for a decision"
        )
    due = _not_overdue(s, c.today)
    wanted = c.requested_due_on
    refuse_past(wanted, "requested_due_on", c.today)
    if wanted <= due:
        raise _not_later_than_due("requested_due_on", due)
    limit = cal.add_working_days(due, c.max_extension_days).date
    if wanted > limit:
        raise InvalidArgument.field(
            "requested_due_on",
            "at most {days} working days past the due date (until {limit})",
            "EXTENSION_TOO_LONG",
            days=c.max_extension_days,
            limit=limit,
        )
    reason = require_text(
        c.reason, "reason", "an extension states its reason", "EXTENSION_REASON_REQUIRED"
    )
    return [ev.ExtensionRequested(requested_due_on=wanted, reason=reason, requested_on=c.today)]


def grant_extension(c: cmd.GrantExtension, s: RequestState) -> list[DomainEvent]:
    require_status(s, _IN_PROGRESS, "extended")
    asked = s.extension_requested_due_on
    if asked is None:
        raise PreconditionFailed("NO_EXTENSION_REQUESTED", s.request_id, "no extension asked for")
    due = _not_overdue(s, c.today)
    granted = c.due_on or asked
    refuse_past(granted, "due_on", c.today)
    if granted <= due:
        raise _not_later_than_due("due_on", due)
    if granted > asked:
        raise InvalidArgument.field(
            "due_on", "later than asked for ({asked_on})", "LATER_THAN_ASKED", asked_on=asked
        )
    return [ev.ExtensionGranted(previous_due_on=due, due_on=granted, granted_on=c.today)]


def decline_extension(c: cmd.DeclineExtension, s: RequestState) -> list[DomainEvent]:
    require_status(s, _IN_PROGRESS, "extended")
    if s.extension_requested_due_on is None:
        raise PreconditionFailed("NO_EXTENSION_REQUESTED", s.request_id, "no extension asked for")
    reason = require_text(
        c.reason, "reason", "a refusal states its reason", "REFUSAL_REASON_REQUIRED"
    )
    return [ev.ExtensionDeclined(reason=reason, declined_on=c.today)]


def remind(c: cmd.RemindRequest, s: RequestState) -> list[DomainEvent]:
    require_status(s, OPEN, "reminded")
    return [ev.RequestReminded(reminded_on=c.today, automatic=False, note=c.note.strip())]


def resolve(cal: WorkingCalendar, c: cmd.ResolveRequest, s: RequestState) -> list[DomainEvent]:
    require_status(s, _IN_PROGRESS, "resolved")
    assert s.due_on is not None
    day_between(c.resolved_on, "resolved_on", s.due_counted_from, c.today, "it was taken")
    summary = require_text(
        c.summary, "summary", "a resolution states what was done", "RESOLUTION_SUMMARY_REQUIRED"
    )
    visit = cal.add_working_days(c.resolved_on, c.return_visit_days)
    return [
        ev.RequestResolved(
            resolved_on=c.resolved_on,
            summary=summary,
            on_time=c.resolved_on <= s.due_on,
            return_visit_days=c.return_visit_days,
            return_visit_due_on=visit.date,
            return_visit_provisional=visit.provisional,
        )
    ]
