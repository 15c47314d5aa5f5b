"""Commands to the service request aggregate.

Commands carry what the rules need from outside the stream: the centre's facts,
whether a cadre is on duty, the county's limits from settings, and the county's
``today`` / ``now`` (DOMAIN.md limits are configurable, so they come with the
command instead of living in the decider).
"""

from __future__ import annotations

from datetime import date, datetime
from enum import StrEnum

from pydantic import BaseModel, ConfigDict, Field

from frontline.kernel.decider import Command
from frontline.service_center.domain.facts import CentreFacts
from frontline.service_center.domain.vocabulary import (
    AssigneeKind,
    Channel,
    RequestKind,
    VisitOutcome,
)


class SubmitRequest(Command):
    request_id: str
    centre: CentreFacts
    line: str
    kind: RequestKind
    channel: Channel
    requester_id: str
    contact_sealed: str
    description_sealed: str
    submitted_on: date
    today: date
    time_limit_days: int = Field(ge=1)


class AssignRequest(Command):
    assignee_kind: AssigneeKind
    cadre_id: str | None = None
    department: str | None = None
    # Whether ``cadre_id`` is on duty at the request's centre (looked up by the use case).
    on_duty: bool = False
    assigned_at: datetime
    sign_for_hours: int = Field(ge=1)


class SignForRequest(Command):
    cadre_id: str | None = None
    on_duty: bool = False
    signed_at: datetime


class FlagSignForOverdue(Command):
    """Fired by the sign-for timer of one assignment."""

    assignment: int
    now: datetime


class RefuseRequest(Command):
    reason: str
    refused_at: datetime


class ApplyForExtension(Command):
    requested_due_on: date
    reason: str
    today: date
    max_extension_days: int = Field(ge=1)


class GrantExtension(Command):
    due_on: date | None = None
    today: date


class DeclineExtension(Command):
    reason: str
    today: date


class RemindRequest(Command):
    note: str = ""
    today: date


class EscalationOffsets(BaseModel):
    """Working days after the due date: the automatic reminder, the yellow card to the
    township and the red card to the county (configurable)."""

    reminder: int = Field(ge=0)
    yellow_card: int = Field(ge=0)
    red_card: int = Field(ge=0)

    model_config = ConfigDict(frozen=True, extra="forbid")


class CheckDeadlines(Command):
    """Fired by the request's deadline timer: flags whatever deadline has passed."""

    today: date
    offsets: EscalationOffsets


class ResolveRequest(Command):
    summary: str
    resolved_on: date
    today: date
    return_visit_days: int = Field(ge=1)


class RecordReturnVisit(Command):
    outcome: VisitOutcome
    visited_on: date
    note: str = ""
    today: date


class CloseRequest(Command):
    closed_on: date
    today: date


class ReopenRequest(Command):
    reason: str
    reopened_on: date
    today: date


class HistoryStepKind(StrEnum):
    """The steps of a request's life an import may name (``ImportRequest``)."""

    ASSIGNED = "assigned"
    SIGNED_FOR = "signed_for"
    REFUSED = "refused"
    RESOLVED = "resolved"
    RETURN_VISIT = "return_visit"
    CLOSED = "closed"
    REOPENED = "reopened"


class HistoryStep(BaseModel):
    """One step of an imported request's life: its county day (``on``) and, for the
    steps timed to the minute (assigned, signed for, refused), the moment (``at``)."""

    kind: HistoryStepKind
    on: date
    at: datetime
    cadre_id: str | None = None
    department: str | None = None
    # Whether ``cadre_id`` is on duty at the request's centre (looked up by the use case).
    on_duty: bool = False
    outcome: VisitOutcome | None = None
    text: str = ""

    model_config = ConfigDict(frozen=True, extra="forbid")


class ImportRequest(Command):
    """A request handled before this system (the county's earlier platform), recorded
    with its whole history: each step checked by the rule that decides it live, and the
    deadlines that passed on the way flagged on the days they passed."""

    submission: SubmitRequest
    steps: list[HistoryStep]
    today: date
    now: datetime
    sign_for_hours: int = Field(ge=1)
    return_visit_days: int = Field(ge=1)
    offsets: EscalationOffsets


class TransferComplaint(Command):
    consented: bool
    consent_recorded_on: date
    note: str = ""
    today: date


RequestCommand = (
    SubmitRequest
    | AssignRequest
    | SignForRequest
    | FlagSignForOverdue
    | RefuseRequest
    | ApplyForExtension
    | GrantExtension
    | DeclineExtension
    | RemindRequest
    | CheckDeadlines
    | ResolveRequest
    | RecordReturnVisit
    | CloseRequest
    | ReopenRequest
    | TransferComplaint
    | ImportRequest
)
