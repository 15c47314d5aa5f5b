"""Stored events of the supervision order aggregate (stream type ``supervision_order``)."""

from __future__ import annotations

from datetime import date
from typing import ClassVar

from frontline.kernel.decider import DomainEvent
from frontline.organization.domain.divisions import OrgLevel


class OrderIssued(DomainEvent):
    event_type: ClassVar[str] = "OrderIssued"
    order_id: str
    issuer_unit_id: str
    issuer_division_code: str
    receiver_unit_id: str
    receiver_division_code: str
    receiver_level: OrgLevel
    title: str
    content: str
    alert_kind: str | None
    concerning_division_code: str | None
    issued_on: date
    working_days: int
    due_on: date
    due_provisional: bool


class OrderAcknowledged(DomainEvent):
    event_type: ClassVar[str] = "OrderAcknowledged"
    acknowledged_on: date


class OrderReported(DomainEvent):
    event_type: ClassVar[str] = "OrderReported"
    reported_on: date
    summary: str
    on_time: bool
    round: int


class OrderExtensionRequested(DomainEvent):
    event_type: ClassVar[str] = "OrderExtensionRequested"
    working_days: int
    reason: str
    requested_on: date


class OrderExtensionGranted(DomainEvent):
    event_type: ClassVar[str] = "OrderExtensionGranted"
    granted_on: date
    previous_due_on: date
    due_on: date
    due_provisional: bool


class OrderExtensionDeclined(DomainEvent):
    event_type: ClassVar[str] = "OrderExtensionDeclined"
    reason: str
    declined_on: date


class OrderReturned(DomainEvent):
    event_type: ClassVar[str] = "OrderReturned"
    reason: str
    returned_on: date
    round: int


class OrderAccepted(DomainEvent):
    event_type: ClassVar[str] = "OrderAccepted"
    accepted_on: date
    note: str
    on_time: bool


class OrderOverdue(DomainEvent):
    event_type: ClassVar[str] = "OrderOverdue"
    due_on: date
    flagged_on: date


class OrderDueDateRecounted(DomainEvent):
    event_type: ClassVar[str] = "OrderDueDateRecounted"
    previous_due_on: date
    due_on: date
    due_provisional: bool
    recounted_on: date


ORDER_EVENTS: tuple[type[DomainEvent], ...] = (
    OrderIssued,
    OrderAcknowledged,
    OrderReported,
    OrderExtensionRequested,
    OrderExtensionGranted,
    OrderExtensionDeclined,
    OrderReturned,
    OrderAccepted,
    OrderOverdue,
    OrderDueDateRecounted,
)
