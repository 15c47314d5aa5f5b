"""Which stored events become public, and how (DESIGN.md §2: a per-service mapping).

The requester (id, sealed contact and words) and every narrative (refusal and
extension reasons, summaries, visit notes, reminders' notes) stay in the store; the
public events carry ids, division codes, lines, kinds, channels, dates, counts and
flags (libs/contracts: frontline.contracts.service_center).
"""

from __future__ import annotations

from typing import Any

from frontline.contracts import service_center as pub
from frontline.kernel.decider import DomainEvent
from frontline.kernel.publication import Mapper, Publication
from frontline.service_center.domain import centre_events as cev
from frontline.service_center.domain import request_events as rev
from frontline.service_center.domain.centre_state import CentreState
from frontline.service_center.domain.facts import township_of
from frontline.service_center.domain.request_state import RequestState
from frontline.service_center.domain.requester import RequesterErased
from frontline.service_center.domain.vocabulary import Escalation, VisitOutcome


def _centre(s: CentreState) -> dict[str, Any]:
    return {"centre_id": s.centre_id, "division_code": s.division_code}


def _limits(limits: dict[Any, int]) -> dict[pub.RequestKind, int]:
    return {kind.value: days for kind, days in limits.items()}


_CENTRE_MAPPING: dict[type[DomainEvent], Mapper] = {
    cev.CentreEstablished: lambda e, s: pub.CentreEstablished(
        **_centre(s),
        org_unit_id=e.org_unit_id,
        township_code=township_of(e.division_code),
        level=e.level.value,
        kind=e.kind.value,
        name=e.name,
        established_on=e.established_on,
    ),
    cev.CentreClosed: lambda e, s: pub.CentreClosed(
        **_centre(s),
        org_unit_id=s.org_unit_id,
        township_code=township_of(s.division_code),
        closed_on=e.closed_on,
    ),
    cev.ServiceLineSet: lambda e, s: pub.ServiceLineSet(
        **_centre(s),
        township_code=township_of(s.division_code),
        line=e.line,
        offered=e.offered,
        time_limits=_limits(e.time_limits),
        set_on=e.set_on,
    ),
    cev.StaffPutOnDuty: lambda e, s: pub.StaffPutOnDuty(
        **_centre(s), cadre_id=e.cadre_id, on_duty_from=e.on_duty_from
    ),
    cev.StaffTakenOffDuty: lambda e, s: pub.StaffTakenOffDuty(
        **_centre(s), cadre_id=e.cadre_id, off_duty_from=e.off_duty_from
    ),
}

CENTRE = Publication.of(_CENTRE_MAPPING)


def _request(s: RequestState) -> dict[str, Any]:
    return {
        "request_id": s.request_id,
        "centre_id": s.centre_id,
        "division_code": s.division_code,
        "township_code": township_of(s.division_code),
        "line": s.line,
    }


_ESCALATED_TO: dict[Escalation, pub.EscalatedTo] = {
    Escalation.YELLOW_CARD: "township",
    Escalation.RED_CARD: "county",
}


def _closed(e: rev.RequestClosed, s: RequestState) -> pub.ServiceRequestClosed:
    assert s.resolved_on is not None
    last = s.visits[-1].outcome if s.visits else VisitOutcome.NO_ANSWER
    return pub.ServiceRequestClosed(
        **_request(s),
        closed_on=e.closed_on,
        last_outcome=last.value,
        resolved_on=s.resolved_on,
        on_time=s.resolved_on_time,
        reopened=s.reopened,
        resolved=s.counts_as_resolved,
    )


_INTAKE: dict[type[DomainEvent], Mapper] = {
    rev.RequestSubmitted: lambda e, s: pub.RequestSubmitted(
        **_request(s),
        kind=e.kind.value,
        channel=e.channel.value,
        submitted_on=e.submitted_on,
        time_limit_working_days=e.time_limit_days,
        due_on=e.due_on,
        due_provisional=e.due_provisional,
    ),
    rev.RequestAssigned: lambda e, s: pub.RequestAssigned(
        **_request(s),
        assignment=e.assignment,
        assignee_kind=e.assignee_kind.value,
        cadre_id=e.cadre_id,
        department=e.department,
        assigned_at=e.assigned_at,
        sign_for_due_at=e.sign_for_due_at,
    ),
    rev.RequestSignedFor: lambda e, s: pub.RequestSignedFor(
        **_request(s), assignment=e.assignment, signed_at=e.signed_at, on_time=e.on_time
    ),
    rev.SignForOverdue: lambda e, s: pub.SignForOverdue(
        **_request(s),
        assignment=e.assignment,
        sign_for_due_at=s.sign_for_due_at,
        flagged_at=e.flagged_at,
    ),
    rev.RequestRefused: lambda e, s: pub.RequestRefused(
        **_request(s), assignment=e.assignment, refused_at=e.refused_at
    ),
}

_HANDLING: dict[type[DomainEvent], Mapper] = {
    rev.ExtensionGranted: lambda e, s: pub.RequestExtended(
        **_request(s),
        previous_due_on=e.previous_due_on,
        due_on=e.due_on,
        granted_on=e.granted_on,
        extensions=s.extensions,
    ),
    rev.DueDateRecounted: lambda e, s: pub.RequestDueDateRecounted(
        **_request(s),
        previous_due_on=e.previous_due_on,
        due_on=e.due_on,
        due_provisional=e.provisional,
    ),
    rev.RequestReminded: lambda e, s: pub.RequestReminded(
        **_request(s), reminded_on=e.reminded_on, automatic=e.automatic, reminders=s.reminders
    ),
    rev.RequestOverdue: lambda e, s: pub.RequestOverdue(
        **_request(s),
        stage=e.stage.value,
        escalated_to=_ESCALATED_TO.get(e.stage),
        due_on=e.due_on,
        flagged_on=e.flagged_on,
    ),
    rev.RequestResolved: lambda e, s: pub.RequestResolved(
        **_request(s),
        resolved_on=e.resolved_on,
        due_on=s.due_on,
        on_time=e.on_time,
        reopened=s.reopened,
        return_visit_due_on=e.return_visit_due_on,
    ),
}

_AFTERCARE: dict[type[DomainEvent], Mapper] = {
    rev.ReturnVisitRecorded: lambda e, s: pub.ReturnVisitRecorded(
        **_request(s),
        outcome=e.outcome.value,
        visited_on=e.visited_on,
        attempt=s.visits_this_round,
        answered=e.outcome.answered,
        satisfied=e.outcome.satisfied,
    ),
    rev.ReturnVisitOverdue: lambda e, s: pub.ReturnVisitOverdue(
        **_request(s), return_visit_due_on=e.return_visit_due_on, flagged_on=e.flagged_on
    ),
    rev.RequestClosed: _closed,
    rev.RequestReopened: lambda e, s: pub.RequestReopened(
        **_request(s),
        reopened_on=e.reopened_on,
        due_on=e.due_on,
        due_provisional=e.due_provisional,
        reopened=s.reopened,
    ),
    rev.ComplaintTransferred: lambda e, s: pub.ComplaintTransferred(
        **_request(s),
        transferred_on=e.transferred_on,
        consent_recorded_on=e.consent_recorded_on,
    ),
}

# An extension asked for, or declined, is the handlers' business until the level above
# grants it: only the granted one moves the due date in public.
REQUEST = Publication.of(
    {**_INTAKE, **_HANDLING, **_AFTERCARE},
    private=[rev.ExtensionRequested, rev.ExtensionDeclined],
)

# Erasure happens inside the service; the requester never appeared in public.
REQUESTER = Publication.of({}, private=[RequesterErased])
