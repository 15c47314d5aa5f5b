"""Stored events of the service request aggregate (stream type ``service_request``).

The requester's contact and their own words are stored sealed under the requester's
key (``contact_sealed``, ``description_sealed``): erasing the key erases them here,
in the read model and in recorded answers at once.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import ClassVar

from frontline.kernel.decider import DomainEvent
from frontline.service_center.domain.vocabulary import (
    AssigneeKind,
    Channel,
    Escalation,
    RequestKind,
    VisitOutcome,
)


class RequestSubmitted(DomainEvent):
    event_type: ClassVar[str] = "RequestSubmitted"
    request_id: str
    centre_id: str
    division_code: str
    line: str
    kind: RequestKind
    channel: Channel
    requester_id: str
    contact_sealed: str
    description_sealed: str
    submitted_on: date
    time_limit_days: int
    due_on: date
    due_provisional: bool


class RequestAssigned(DomainEvent):
    event_type: ClassVar[str] = "RequestAssigned"
    assignment: int
    assignee_kind: AssigneeKind
    cadre_id: str | None = None
    department: str | None = None
    assigned_at: datetime
    sign_for_due_at: datetime


class RequestSignedFor(DomainEvent):
    event_type: ClassVar[str] = "RequestSignedFor"
    assignment: int
    cadre_id: str | None = None
    signed_at: datetime
    on_time: bool


class SignForOverdue(DomainEvent):
    event_type: ClassVar[str] = "SignForOverdue"
    assignment: int
    flagged_at: datetime


class RequestRefused(DomainEvent):
    event_type: ClassVar[str] = "RequestRefused"
    assignment: int
    reason: str
    refused_at: datetime


class ExtensionRequested(DomainEvent):
    event_type: ClassVar[str] = "ExtensionRequested"
    requested_due_on: date
    reason: str
    requested_on: date


class ExtensionGranted(DomainEvent):
    event_type: ClassVar[str] = "ExtensionGranted"
    previous_due_on: date
    due_on: date
    granted_on: date


class ExtensionDeclined(DomainEvent):
    event_type: ClassVar[str] = "ExtensionDeclined"
    reason: str
    declined_on: date


class DueDateRecounted(DomainEvent):
    event_type: ClassVar[str] = "DueDateRecounted"
    previous_due_on: date
    due_on: date
    provisional: bool


class RequestReminded(DomainEvent):
    event_type: ClassVar[str] = "RequestReminded"
    reminded_on: date
    automatic: bool
    note: str = ""


class RequestOverdue(DomainEvent):
    event_type: ClassVar[str] = "RequestOverdue"
    stage: Escalation
    due_on: date
    flagged_on: date


class RequestResolved(DomainEvent):
    event_type: ClassVar[str] = "RequestResolved"
    resolved_on: date
    summary: str
    on_time: bool
    return_visit_days: int
    return_visit_due_on: date
    return_visit_provisional: bool


class ReturnVisitRecorded(DomainEvent):
    event_type: ClassVar[str] = "ReturnVisitRecorded"
    outcome: VisitOutcome
    visited_on: date
    note: str = ""


class ReturnVisitOverdue(DomainEvent):
    event_type: ClassVar[str] = "ReturnVisitOverdue"
    return_visit_due_on: date
    flagged_on: date


class RequestClosed(DomainEvent):
    event_type: ClassVar[str] = "RequestClosed"
    closed_on: date


class RequestReopened(DomainEvent):
    event_type: ClassVar[str] = "RequestReopened"
    reason: str
    reopened_on: date
    due_on: date
    due_provisional: bool


class ComplaintTransferred(DomainEvent):
    event_type: ClassVar[str] = "ComplaintTransferred"
    transferred_on: date
    consent_recorded_on: date
    note: str = ""


REQUEST_EVENTS: tuple[type[DomainEvent], ...] = (
    RequestSubmitted,
    RequestAssigned,
    RequestSignedFor,
    SignForOverdue,
    RequestRefused,
    ExtensionRequested,
    ExtensionGranted,
    ExtensionDeclined,
    DueDateRecounted,
    RequestReminded,
    RequestOverdue,
    RequestResolved,
    ReturnVisitRecorded,
    ReturnVisitOverdue,
    RequestClosed,
    RequestReopened,
    ComplaintTransferred,
)
