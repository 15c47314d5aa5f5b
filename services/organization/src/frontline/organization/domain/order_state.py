"""The supervision order's state, folded from its events."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import date
from typing import Any

from frontline.kernel.decider import DomainEvent
from frontline.organization.domain import order_events as ev
from frontline.organization.domain.divisions import OrgLevel
from frontline.organization.domain.order_records import OrderStatus


@dataclass(frozen=True)
class OrderState:
    exists: bool = False
    order_id: str = ""
    issuer_unit_id: str = ""
    issuer_division_code: str = ""
    receiver_unit_id: str = ""
    receiver_division_code: str = ""
    receiver_level: OrgLevel = OrgLevel.TOWNSHIP
    title: str = ""
    content: str = ""
    alert_kind: str | None = None
    concerning_division_code: str | None = None
    issued_on: date | None = None
    working_days: int = 0
    due_on: date | None = None
    due_provisional: bool = False
    # A provisional deadline is counted again from here, this many working days.
    due_counted_from: date | None = None
    due_counted_days: int = 0
    status: OrderStatus = OrderStatus.ISSUED
    acknowledged_on: date | None = None
    reported_on: date | None = None
    report_summary: str = ""
    on_time: bool | None = None
    # The report round: 1 until a report is returned, then 2, …
    round: int = 1
    extension_days: int | None = None
    extension_reason: str = ""
    # The deadline the overdue alert was raised for (once per deadline).
    overdue_for: date | None = None
    returned_reason: str = ""
    accepted_on: date | None = None
    note: str = ""
    last_on: date | None = None

    @property
    def division_code(self) -> str:
        return self.receiver_division_code


def _issued(s: OrderState, e: ev.OrderIssued) -> OrderState:
    return replace(
        s,
        exists=True,
        order_id=e.order_id,
        issuer_unit_id=e.issuer_unit_id,
        issuer_division_code=e.issuer_division_code,
        receiver_unit_id=e.receiver_unit_id,
        receiver_division_code=e.receiver_division_code,
        receiver_level=e.receiver_level,
        title=e.title,
        content=e.content,
        alert_kind=e.alert_kind,
        concerning_division_code=e.concerning_division_code,
        issued_on=e.issued_on,
        working_days=e.working_days,
        due_on=e.due_on,
        due_provisional=e.due_provisional,
        due_counted_from=e.issued_on,
        due_counted_days=e.working_days,
        last_on=e.issued_on,
    )


def _reported(s: OrderState, e: ev.OrderReported) -> OrderState:
    return replace(
        s,
        status=OrderStatus.REPORTED,
        reported_on=e.reported_on,
        report_summary=e.summary,
        on_time=e.on_time,
        extension_days=None,
        last_on=e.reported_on,
    )


def _granted(s: OrderState, e: ev.OrderExtensionGranted) -> OrderState:
    return replace(
        s,
        due_on=e.due_on,
        due_provisional=e.due_provisional,
        due_counted_from=e.previous_due_on,
        due_counted_days=s.extension_days or 0,
        extension_days=None,
        last_on=e.granted_on,
    )


_EVOLVERS: dict[type[DomainEvent], Callable[[OrderState, Any], OrderState]] = {
    ev.OrderIssued: _issued,
    ev.OrderAcknowledged: lambda s, e: replace(
        s,
        status=OrderStatus.ACKNOWLEDGED,
        acknowledged_on=e.acknowledged_on,
        last_on=e.acknowledged_on,
    ),
    ev.OrderReported: _reported,
    ev.OrderExtensionRequested: lambda s, e: replace(
        s, extension_days=e.working_days, extension_reason=e.reason, last_on=e.requested_on
    ),
    ev.OrderExtensionGranted: _granted,
    ev.OrderExtensionDeclined: lambda s, e: replace(s, extension_days=None, last_on=e.declined_on),
    ev.OrderReturned: lambda s, e: replace(
        s,
        status=OrderStatus.RETURNED,
        round=e.round + 1,
        returned_reason=e.reason,
        on_time=None,
        last_on=e.returned_on,
    ),
    ev.OrderAccepted: lambda s, e: replace(
        s,
        status=OrderStatus.ACCEPTED,
        accepted_on=e.accepted_on,
        note=e.note,
        last_on=e.accepted_on,
    ),
    ev.OrderOverdue: lambda s, e: replace(s, overdue_for=e.due_on),
    ev.OrderDueDateRecounted: lambda s, e: replace(
        s, due_on=e.due_on, due_provisional=e.due_provisional
    ),
}


def evolve(state: OrderState, event: DomainEvent) -> OrderState:
    handler = _EVOLVERS.get(type(event))
    return handler(state, event) if handler else state
