"""What the read model holds of each aggregate, as the use cases see it.

A view is built from the aggregate's state (``of_state``): the projection writes the
read model from exactly that, the PostgreSQL queries read it back (queries.py), and
the use-case tests' in-memory read model builds it the same way.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from frontline.service_center.domain.centre_state import CentreState, LineOffer
from frontline.service_center.domain.facts import CentreFacts, township_of
from frontline.service_center.domain.request_state import Assignee, RequestState, Visit
from frontline.service_center.domain.vocabulary import (
    CentreKind,
    CentreLevel,
    Channel,
    Escalation,
    RequestKind,
    RequestStatus,
)
from frontline.service_center.personal import RequesterContact


@dataclass(frozen=True)
class CentreView:
    centre_id: str
    org_unit_id: str
    division_code: str
    level: CentreLevel
    kind: CentreKind
    name: str
    active: bool
    established_on: date
    closed_on: date | None
    lines: tuple[LineOffer, ...]
    staff: tuple[str, ...]

    @property
    def facts(self) -> CentreFacts:
        return CentreFacts(
            centre_id=self.centre_id,
            division_code=self.division_code,
            active=self.active,
            lines_offered=frozenset(o.line for o in self.lines if o.offered),
        )

    @classmethod
    def of_state(cls, s: CentreState) -> CentreView:
        assert s.established_on is not None
        return cls(
            centre_id=s.centre_id,
            org_unit_id=s.org_unit_id,
            division_code=s.division_code,
            level=s.level,
            kind=s.kind,
            name=s.name,
            active=s.active,
            established_on=s.established_on,
            closed_on=s.closed_on,
            lines=s.lines,
            staff=s.staff,
        )


@dataclass(frozen=True)
class RequestView:
    request_id: str
    centre_id: str
    division_code: str
    line: str
    kind: RequestKind
    channel: Channel
    status: RequestStatus
    requester_id: str
    contact_sealed: str
    description_sealed: str
    submitted_on: date
    time_limit_days: int
    due_on: date
    due_provisional: bool
    assignee: Assignee | None
    assignments: int
    assigned_at: datetime | None
    sign_for_due_at: datetime | None
    signed_for_at: datetime | None
    sign_for_overdue: bool
    first_response: str | None
    refusals: int
    extension_requested_due_on: date | None
    extensions: int
    reminders: int
    escalation: Escalation
    resolutions: int
    resolutions_on_time: int
    resolved_on: date | None
    resolved_on_time: bool
    resolution_summary: str
    return_visit_due_on: date | None
    return_visit_overdue: bool
    visits: tuple[Visit, ...]
    closed_on: date | None
    reopened: int
    transferred_on: date | None
    counts_as_resolved: bool

    @property
    def township_code(self) -> str:
        return township_of(self.division_code)

    @classmethod
    def of_state(cls, s: RequestState) -> RequestView:
        assert s.submitted_on is not None and s.due_on is not None
        return cls(
            request_id=s.request_id,
            centre_id=s.centre_id,
            division_code=s.division_code,
            line=s.line,
            kind=s.kind,
            channel=s.channel,
            status=s.status,
            requester_id=s.requester_id,
            contact_sealed=s.contact_sealed,
            description_sealed=s.description_sealed,
            submitted_on=s.submitted_on,
            time_limit_days=s.time_limit_days,
            due_on=s.due_on,
            due_provisional=s.due_provisional,
            assignee=s.assignee,
            assignments=s.assignments,
            assigned_at=s.assigned_at,
            sign_for_due_at=s.sign_for_due_at,
            signed_for_at=s.signed_for_at,
            sign_for_overdue=s.sign_for_overdue,
            first_response=s.first_response,
            refusals=s.refusals,
            extension_requested_due_on=s.extension_requested_due_on,
            extensions=s.extensions,
            reminders=s.reminders,
            escalation=s.escalation,
            resolutions=s.resolutions,
            resolutions_on_time=s.resolutions_on_time,
            resolved_on=s.resolved_on,
            resolved_on_time=s.resolved_on_time,
            resolution_summary=s.resolution_summary,
            return_visit_due_on=s.return_visit_due_on,
            return_visit_overdue=s.return_visit_overdue,
            visits=s.visits,
            closed_on=s.closed_on,
            reopened=s.reopened,
            transferred_on=s.transferred_on,
            counts_as_resolved=s.counts_as_resolved,
        )


@dataclass(frozen=True)
class RequestDetail:
    """One request as GetRequest shows it: the requester's contact and words opened
    (None once erased)."""

    request: RequestView
    contact: RequesterContact | None
    description: str | None


@dataclass(frozen=True)
class LineCounts:
    """The counts behind the 三率 and the on-time rate, for one line (or all: line "")."""

    line: str = ""
    submitted: int = 0
    open: int = 0
    overdue_open: int = 0
    yellow_cards: int = 0
    red_cards: int = 0
    responded: int = 0
    responded_on_time: int = 0
    resolved: int = 0
    resolved_counted: int = 0
    resolutions: int = 0
    resolutions_on_time: int = 0
    visits_satisfied: int = 0
    visits_basically_satisfied: int = 0
    visits_unsatisfied: int = 0
    visits_no_answer: int = 0
    reopened: int = 0
