"""Responsibility lists and supervision orders → public events (organization_command).

Titles, targets, contents, reports, notes and reasons stay in the store: the public
events carry ids, codes, categories, dates and outcomes (DESIGN.md §5).
"""

from __future__ import annotations

from typing import Any

from frontline.contracts import organization_command as pub
from frontline.kernel.decider import DomainEvent
from frontline.kernel.publication import Mapper, Publication
from frontline.organization.domain import duty_list_records as rec
from frontline.organization.domain import order_events as ev
from frontline.organization.domain.duty_list import DutyListState
from frontline.organization.domain.order_state import OrderState


def _list(s: DutyListState) -> dict[str, Any]:
    assert s.set is not None
    return {
        "org_unit_id": s.set.unit_id,
        "division_code": s.set.division_code,
        "list_id": s.set.list_id,
        "year": s.set.year,
        "set_by_unit_id": s.set.setter_unit_id,
        "set_by_division_code": s.set.setter_division_code,
    }


def _item(i: rec.DutyItemDraft) -> pub.DutyItem:
    return pub.DutyItem(item_id=i.item_id, category=i.category.value, due_on=i.due_on)


def _checked(e: rec.DutyItemChecked, s: DutyListState) -> pub.DutyItemChecked:
    due = next(i.item.due_on for i in s.items if i.item.item_id == e.item_id)
    return pub.DutyItemChecked(
        **_list(s),
        item_id=e.item_id,
        outcome="completed" if e.completed else "not_completed",
        checked_on=e.checked_on,
        due_on=due,
        on_time=e.on_time,
    )


_LIST_MAPPING: dict[type[DomainEvent], Mapper] = {
    rec.ResponsibilityListSet: lambda e, s: pub.ResponsibilityListSet(
        **_list(s),
        responsible_cadre_id=e.responsible_cadre_id,
        items=[_item(i) for i in e.items],
        set_on=e.set_on,
    ),
    rec.DutyItemAdded: lambda e, s: pub.DutyItemAdded(
        **_list(s), item=_item(e.item), added_on=e.added_on
    ),
    rec.DutyProgressReported: lambda e, s: pub.DutyProgressReported(
        **_list(s),
        item_id=e.item_id,
        percent_complete=e.percent_complete,
        reported_on=e.reported_on,
    ),
    rec.DutyItemChecked: _checked,
}

DUTY_LIST = Publication.of(_LIST_MAPPING)


def _order(s: OrderState) -> dict[str, Any]:
    return {
        "org_unit_id": s.receiver_unit_id,
        "division_code": s.receiver_division_code,
        "order_id": s.order_id,
        "issuer_unit_id": s.issuer_unit_id,
        "issuer_division_code": s.issuer_division_code,
    }


def _issued(e: ev.OrderIssued, s: OrderState) -> pub.SupervisionOrderIssued:
    return pub.SupervisionOrderIssued(
        **_order(s),
        source="alert" if e.alert_kind else "free",
        alert_kind=e.alert_kind,
        concerning_division_code=e.concerning_division_code,
        issued_on=e.issued_on,
        working_days=e.working_days,
        due_on=e.due_on,
        due_provisional=e.due_provisional,
    )


def _due(s: OrderState) -> Any:
    assert s.due_on is not None
    return s.due_on


_ORDER_MAPPING: dict[type[DomainEvent], Mapper] = {
    ev.OrderIssued: _issued,
    ev.OrderAcknowledged: lambda e, s: pub.SupervisionOrderAcknowledged(
        **_order(s), acknowledged_on=e.acknowledged_on
    ),
    ev.OrderReported: lambda e, s: pub.SupervisionOrderReported(
        **_order(s), reported_on=e.reported_on, due_on=_due(s), on_time=e.on_time, round=e.round
    ),
    ev.OrderExtensionRequested: lambda e, s: pub.SupervisionOrderExtensionRequested(
        **_order(s), requested_on=e.requested_on, working_days=e.working_days
    ),
    ev.OrderExtensionGranted: lambda e, s: pub.SupervisionOrderExtensionGranted(
        **_order(s),
        granted_on=e.granted_on,
        previous_due_on=e.previous_due_on,
        due_on=e.due_on,
        due_provisional=e.due_provisional,
    ),
    ev.OrderExtensionDeclined: lambda e, s: pub.SupervisionOrderExtensionDeclined(
        **_order(s), declined_on=e.declined_on
    ),
    ev.OrderReturned: lambda e, s: pub.SupervisionOrderReturned(
        **_order(s), returned_on=e.returned_on, round=e.round, due_on=_due(s)
    ),
    ev.OrderAccepted: lambda e, s: pub.SupervisionOrderAccepted(
        **_order(s),
        accepted_on=e.accepted_on,
        reported_on=s.reported_on or e.accepted_on,
        due_on=_due(s),
        on_time=e.on_time,
    ),
    ev.OrderOverdue: lambda e, s: pub.SupervisionOrderOverdue(
        **_order(s), due_on=e.due_on, flagged_on=e.flagged_on
    ),
    ev.OrderDueDateRecounted: lambda e, s: pub.SupervisionOrderDueDateRecounted(
        **_order(s),
        previous_due_on=e.previous_due_on,
        due_on=e.due_on,
        due_provisional=e.due_provisional,
        recounted_on=e.recounted_on,
    ),
}

SUPERVISION_ORDER = Publication.of(_ORDER_MAPPING)
