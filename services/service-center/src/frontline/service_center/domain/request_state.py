"""The service request's state, folded from its events."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import date, datetime
from typing import Any

from frontline.kernel.decider import DomainEvent
from frontline.service_center.domain import request_events as ev
from frontline.service_center.domain.vocabulary import (
    AssigneeKind,
    Channel,
    Escalation,
    RequestKind,
    RequestStatus,
    VisitOutcome,
)


@dataclass(frozen=True)
class Visit:
    outcome: VisitOutcome
    visited_on: date


@dataclass(frozen=True)
class Assignee:
    kind: AssigneeKind
    cadre_id: str | None
    department: str | None


@dataclass(frozen=True)
class RequestState:
    exists: bool = False
    request_id: str = ""
    centre_id: str = ""
    division_code: str = ""
    line: str = ""
    kind: RequestKind = RequestKind.HELP
    channel: Channel = Channel.WALK_IN
    requester_id: str = ""
    contact_sealed: str = ""
    description_sealed: str = ""
    status: RequestStatus = RequestStatus.SUBMITTED
    submitted_on: date | None = None
    time_limit_days: int = 0
    # The day the time limit counts from: submission, or the latest reopening.
    due_counted_from: date | None = None
    due_on: date | None = None
    due_provisional: bool = False
    assignments: int = 0
    assignee: Assignee | None = None
    assigned_at: datetime | None = None
    sign_for_due_at: datetime | None = None
    signed_for_at: datetime | None = None
    sign_for_overdue: bool = False
    # The response (响应) of the first assignment: "on_time" or "late" once decided.
    first_response: str | None = None
    refusals: int = 0
    extension_requested_due_on: date | None = None
    extensions: int = 0
    reminders: int = 0
    escalation: Escalation = Escalation.NONE
    resolutions: int = 0
    resolutions_on_time: int = 0
    resolved_on: date | None = None
    resolved_on_time: bool = False
    resolution_summary: str = ""
    return_visit_days: int = 0
    return_visit_due_on: date | None = None
    return_visit_provisional: bool = False
    return_visit_overdue: bool = False
    visits: tuple[Visit, ...] = ()
    # Visits since the latest resolution (a reopening starts a new round).
    visits_this_round: int = 0
    closed_on: date | None = None
    reopened: int = 0
    transferred_on: date | None = None

    @property
    def last_answered(self) -> VisitOutcome | None:
        answered = [v.outcome for v in self.visits if v.outcome.answered]
        return answered[-1] if answered else None

    @property
    def counts_as_resolved(self) -> bool:
        """For the resolution rate: resolved, never reopened, and its last answered
        return visit not "unsatisfied" (DOMAIN.md 三率; a reopening is not resolved)."""
        return (
            self.resolutions > 0
            and self.reopened == 0
            and self.last_answered is not VisitOutcome.UNSATISFIED
        )


def _submitted(s: RequestState, e: ev.RequestSubmitted) -> RequestState:
    return replace(
        s,
        exists=True,
        request_id=e.request_id,
        centre_id=e.centre_id,
        division_code=e.division_code,
        line=e.line,
        kind=e.kind,
        channel=e.channel,
        requester_id=e.requester_id,
        contact_sealed=e.contact_sealed,
        description_sealed=e.description_sealed,
        status=RequestStatus.SUBMITTED,
        submitted_on=e.submitted_on,
        time_limit_days=e.time_limit_days,
        due_counted_from=e.submitted_on,
        due_on=e.due_on,
        due_provisional=e.due_provisional,
    )


def _assigned(s: RequestState, e: ev.RequestAssigned) -> RequestState:
    return replace(
        s,
        status=RequestStatus.ASSIGNED,
        assignments=e.assignment,
        assignee=Assignee(e.assignee_kind, e.cadre_id, e.department),
        assigned_at=e.assigned_at,
        sign_for_due_at=e.sign_for_due_at,
        signed_for_at=None,
        sign_for_overdue=False,
    )


def _signed_for(s: RequestState, e: ev.RequestSignedFor) -> RequestState:
    first = s.first_response or ("on_time" if e.on_time else "late")
    return replace(
        s, status=RequestStatus.IN_PROGRESS, signed_for_at=e.signed_at, first_response=first
    )


def _sign_for_overdue(s: RequestState, e: ev.SignForOverdue) -> RequestState:
    return replace(s, sign_for_overdue=True, first_response=s.first_response or "late")


def _refused(s: RequestState, e: ev.RequestRefused) -> RequestState:
    return replace(s, status=RequestStatus.SUBMITTED, refusals=s.refusals + 1, assignee=None)


def _extension_requested(s: RequestState, e: ev.ExtensionRequested) -> RequestState:
    return replace(s, extension_requested_due_on=e.requested_due_on)


def _extension_granted(s: RequestState, e: ev.ExtensionGranted) -> RequestState:
    return replace(
        s,
        due_on=e.due_on,
        due_provisional=False,
        extension_requested_due_on=None,
        extensions=s.extensions + 1,
    )


def _extension_declined(s: RequestState, e: ev.ExtensionDeclined) -> RequestState:
    return replace(s, extension_requested_due_on=None)


def _recounted(s: RequestState, e: ev.DueDateRecounted) -> RequestState:
    return replace(s, due_on=e.due_on, due_provisional=e.provisional)


def _reminded(s: RequestState, e: ev.RequestReminded) -> RequestState:
    escalation = Escalation.REMINDED if e.automatic else s.escalation
    return replace(s, reminders=s.reminders + 1, escalation=escalation)


def _overdue(s: RequestState, e: ev.RequestOverdue) -> RequestState:
    return replace(s, escalation=e.stage)


def _resolved(s: RequestState, e: ev.RequestResolved) -> RequestState:
    return replace(
        s,
        status=RequestStatus.RESOLVED,
        resolutions=s.resolutions + 1,
        resolutions_on_time=s.resolutions_on_time + int(e.on_time),
        resolved_on=e.resolved_on,
        resolved_on_time=e.on_time,
        resolution_summary=e.summary,
        return_visit_days=e.return_visit_days,
        return_visit_due_on=e.return_visit_due_on,
        return_visit_provisional=e.return_visit_provisional,
        return_visit_overdue=False,
        visits_this_round=0,
        extension_requested_due_on=None,
    )


def _visited(s: RequestState, e: ev.ReturnVisitRecorded) -> RequestState:
    return replace(
        s,
        visits=(*s.visits, Visit(e.outcome, e.visited_on)),
        visits_this_round=s.visits_this_round + 1,
    )


def _visit_overdue(s: RequestState, e: ev.ReturnVisitOverdue) -> RequestState:
    return replace(s, return_visit_overdue=True)


def _closed(s: RequestState, e: ev.RequestClosed) -> RequestState:
    return replace(s, status=RequestStatus.CLOSED, closed_on=e.closed_on)


def _reopened(s: RequestState, e: ev.RequestReopened) -> RequestState:
    # 重办: back to the same handler, with a new time limit and no escalation yet.
    return replace(
        s,
        status=RequestStatus.IN_PROGRESS,
        reopened=s.reopened + 1,
        due_counted_from=e.reopened_on,
        due_on=e.due_on,
        due_provisional=e.due_provisional,
        escalation=Escalation.NONE,
    )


def _transferred(s: RequestState, e: ev.ComplaintTransferred) -> RequestState:
    return replace(
        s,
        status=RequestStatus.TRANSFERRED,
        transferred_on=e.transferred_on,
        extension_requested_due_on=None,
    )


_EVOLVERS: dict[type[DomainEvent], Callable[[RequestState, Any], RequestState]] = {
    ev.RequestSubmitted: _submitted,
    ev.RequestAssigned: _assigned,
    ev.RequestSignedFor: _signed_for,
    ev.SignForOverdue: _sign_for_overdue,
    ev.RequestRefused: _refused,
    ev.ExtensionRequested: _extension_requested,
    ev.ExtensionGranted: _extension_granted,
    ev.ExtensionDeclined: _extension_declined,
    ev.DueDateRecounted: _recounted,
    ev.RequestReminded: _reminded,
    ev.RequestOverdue: _overdue,
    ev.RequestResolved: _resolved,
    ev.ReturnVisitRecorded: _visited,
    ev.ReturnVisitOverdue: _visit_overdue,
    ev.RequestClosed: _closed,
    ev.RequestReopened: _reopened,
    ev.ComplaintTransferred: _transferred,
}


def evolve(state: RequestState, event: DomainEvent) -> RequestState:
    handler = _EVOLVERS.get(type(event))
    return handler(state, event) if handler else state
