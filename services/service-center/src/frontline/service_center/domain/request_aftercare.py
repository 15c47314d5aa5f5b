"""After resolution: return visits (回访), closing, reopening (重办); and transferring a
complaint about a cadre to discipline inspection.

DOMAIN.md "Service request": resolved → return visit (satisfied / basically
satisfied / unsatisfied) → closed, or reopened with a reason when unsatisfied.
"No answer" is a visit attempt: it may be repeated, never counts as satisfied, and
is not a reason to reopen.
"""

from __future__ import annotations

from frontline.kernel.calendar import WorkingCalendar
from frontline.kernel.decider import DomainEvent
from frontline.kernel.errors import PreconditionFailed
from frontline.service_center.domain import request_commands as cmd
from frontline.service_center.domain import request_events as ev
from frontline.service_center.domain.request_guards import (
    day_between,
    require_status,
    require_text,
)
from frontline.service_center.domain.request_state import RequestState, Visit
from frontline.service_center.domain.vocabulary import (
    OPEN,
    RequestKind,
    RequestStatus,
    VisitOutcome,
)

_RESOLVED = (RequestStatus.RESOLVED,)


def this_round(s: RequestState) -> tuple[Visit, ...]:
    """The visits since the latest resolution."""
    return s.visits[len(s.visits) - s.visits_this_round :] if s.visits_this_round else ()


def record_visit(c: cmd.RecordReturnVisit, s: RequestState) -> list[DomainEvent]:
    require_status(s, _RESOLVED, "visited")
    if any(v.outcome.answered for v in this_round(s)):
        raise PreconditionFailed(
            "ALREADY_VISITED", s.request_id, "the requester answered already: close or reopen"
        )
    day_between(c.visited_on, "visited_on", s.resolved_on, c.today, "the resolution")
    return [ev.ReturnVisitRecorded(outcome=c.outcome, visited_on=c.visited_on, note=c.note)]


def close(c: cmd.CloseRequest, s: RequestState) -> list[DomainEvent]:
    require_status(s, _RESOLVED, "closed")
    if s.visits_this_round == 0:
        raise PreconditionFailed(
            "NOT_VISITED", s.request_id, "a request is closed after its return visit"
        )
    day_between(c.closed_on, "closed_on", this_round(s)[-1].visited_on, c.today, "the visit")
    return [ev.RequestClosed(closed_on=c.closed_on)]


def reopen(cal: WorkingCalendar, c: cmd.ReopenRequest, s: RequestState) -> list[DomainEvent]:
    require_status(s, _RESOLVED, "reopened")
    answered = [v for v in this_round(s) if v.outcome.answered]
    if not answered or answered[-1].outcome is not VisitOutcome.UNSATISFIED:
        raise PreconditionFailed(
            "NOT_UNSATISFIED",
            s.request_id,
            "a request is reopened when its requester said they were unsatisfied",
        )
    day_between(c.reopened_on, "reopened_on", answered[-1].visited_on, c.today, "the visit")
    reason = require_text(
        c.reason, "reason", "a reopening states its reason", "REOPEN_REASON_REQUIRED"
    )
    due = cal.add_working_days(c.reopened_on, s.time_limit_days)
    return [
        ev.RequestReopened(
            reason=reason,
            reopened_on=c.reopened_on,
            due_on=due.date,
            due_provisional=due.provisional,
        )
    ]


def transfer(c: cmd.TransferComplaint, s: RequestState) -> list[DomainEvent]:
    require_status(s, OPEN, "transferred")
    if s.kind is not RequestKind.COMPLAINT:
        raise PreconditionFailed(
            "NOT_A_COMPLAINT", s.request_id, "only a complaint goes to discipline inspection"
        )
    if not c.consented:
        raise PreconditionFailed(
            "CONSENT_REQUIRED",
            s.request_id,
            "a complaint goes to discipline inspection only with the requester's consent",
        )
    day_between(c.consent_recorded_on, "consent_recorded_on", s.submitted_on, c.today, "intake")
    return [
        ev.ComplaintTransferred(
            transferred_on=c.today,
            consent_recorded_on=c.consent_recorded_on,
            note=c.note.strip(),
        )
    ]
