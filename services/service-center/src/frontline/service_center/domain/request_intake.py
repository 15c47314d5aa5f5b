"""Taking a request in: submit (受理), assign (派单), sign for (签收) or refuse.

DOMAIN.md "Service request": the due date follows from the line's time limit in
working days; an assignment is signed for within 2 hours (configurable) or flagged,
and may be refused with a reason and assigned again.
"""

from __future__ import annotations

from datetime import timedelta

from frontline.kernel.calendar import WorkingCalendar
from frontline.kernel.decider import DomainEvent
from frontline.kernel.errors import AlreadyExists, InvalidArgument, PreconditionFailed
from frontline.service_center.domain import request_commands as cmd
from frontline.service_center.domain import request_events as ev
from frontline.service_center.domain.request_guards import (
    refuse_future,
    require_status,
    require_text,
)
from frontline.service_center.domain.request_state import RequestState
from frontline.service_center.domain.vocabulary import AssigneeKind, RequestStatus

_ASSIGNABLE = (RequestStatus.SUBMITTED, RequestStatus.ASSIGNED)


def submit(cal: WorkingCalendar, c: cmd.SubmitRequest, s: RequestState) -> list[DomainEvent]:
    if s.exists:
        raise AlreadyExists(
            "service request {request_id} is already submitted",
            "REQUEST_EXISTS",
            request_id=s.request_id,
        )
    if not c.centre.active:
        raise PreconditionFailed("CENTRE_CLOSED", c.centre.centre_id, "the centre is closed")
    if c.line not in c.centre.lines_offered:
        raise PreconditionFailed(
            "LINE_NOT_OFFERED", c.line, "the centre does not offer this service line"
        )
    refuse_future(c.submitted_on, "submitted_on", c.today)
    due = cal.add_working_days(c.submitted_on, c.time_limit_days)
    if due.date < c.today:
        raise InvalidArgument.field(
            "submitted_on",
            "its due date {due_on} would already be past: record requests when they come in",
            "SUBMITTED_TOO_LATE",
            due_on=due.date,
        )
    return [
        ev.RequestSubmitted(
            request_id=c.request_id,
            centre_id=c.centre.centre_id,
            division_code=c.centre.division_code,
            line=c.line,
            kind=c.kind,
            channel=c.channel,
            requester_id=c.requester_id,
            contact_sealed=c.contact_sealed,
            description_sealed=c.description_sealed,
            submitted_on=c.submitted_on,
            time_limit_days=c.time_limit_days,
            due_on=due.date,
            due_provisional=due.provisional,
        )
    ]


def assign(c: cmd.AssignRequest, s: RequestState) -> list[DomainEvent]:
    require_status(s, _ASSIGNABLE, "assigned")
    if c.assignee_kind is AssigneeKind.STAFF:
        if not c.cadre_id:
            raise InvalidArgument.field(
                "cadre_id", "name the staff member on duty", "STAFF_REQUIRED"
            )
        if not c.on_duty:
            raise PreconditionFailed(
                "STAFF_NOT_ON_DUTY", c.cadre_id, "the cadre is not on duty at the centre"
            )
    elif not c.department:
        raise InvalidArgument.field(
            "department", "name the township department", "DEPARTMENT_REQUIRED"
        )
    return [
        ev.RequestAssigned(
            assignment=s.assignments + 1,
            assignee_kind=c.assignee_kind,
            cadre_id=c.cadre_id if c.assignee_kind is AssigneeKind.STAFF else None,
            department=c.department if c.assignee_kind is AssigneeKind.DEPARTMENT else None,
            assigned_at=c.assigned_at,
            sign_for_due_at=c.assigned_at + timedelta(hours=c.sign_for_hours),
        )
    ]


def sign_for(c: cmd.SignForRequest, s: RequestState) -> list[DomainEvent]:
    require_status(s, (RequestStatus.ASSIGNED,), "signed for")
    assert s.assignee is not None and s.sign_for_due_at is not None
    if s.assignee.kind is AssigneeKind.STAFF:
        if not c.cadre_id:
            raise InvalidArgument.field(
                "cadre_id", "name the staff member signing for it", "STAFF_REQUIRED"
            )
        if not c.on_duty:
            raise PreconditionFailed(
                "STAFF_NOT_ON_DUTY", c.cadre_id, "the cadre is not on duty at the centre"
            )
        if c.cadre_id != s.assignee.cadre_id:
            raise PreconditionFailed(
                "NOT_THE_ASSIGNEE", c.cadre_id, "the request is assigned to someone else"
            )
    return [
        ev.RequestSignedFor(
            assignment=s.assignments,
            cadre_id=c.cadre_id,
            signed_at=c.signed_at,
            on_time=c.signed_at <= s.sign_for_due_at,
        )
    ]


def flag_sign_for_overdue(c: cmd.FlagSignForOverdue, s: RequestState) -> list[DomainEvent]:
    # A timer of an earlier assignment, or one whose request moved on, changes nothing.
    current = s.exists and s.status is RequestStatus.ASSIGNED and c.assignment == s.assignments
    if not current or s.sign_for_overdue or s.sign_for_due_at is None:
        return []
    if c.now < s.sign_for_due_at:
        return []
    return [ev.SignForOverdue(assignment=s.assignments, flagged_at=c.now)]


def refuse(c: cmd.RefuseRequest, s: RequestState) -> list[DomainEvent]:
    require_status(s, (RequestStatus.ASSIGNED,), "refused")
    reason = require_text(
        c.reason, "reason", "a refusal states its reason", "REFUSAL_REASON_REQUIRED"
    )
    return [ev.RequestRefused(assignment=s.assignments, reason=reason, refused_at=c.refused_at)]
