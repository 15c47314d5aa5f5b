"""Projector of the county's command tools on ``organization.events.v1``
(contracts: ``frontline.contracts.organization_command``).

Supervision orders (督办单) become one row per order and one row per dated step, so an
order's deadline, report and acceptance as of any day are queries over those steps;
responsibility list items (责任清单) one row each, with their checks apart. Rows are
keyed by their own event or item, so writes commute in a rebuild.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

from frontline.headquarters.projection.ops import EventLike, Op, Projection, activity, day

TOPIC = "organization.events.v1"
_NS = "cn.frontline.organization."

_STEP = (
    "INSERT INTO {s}.order_steps (order_id, event_id, step, on_date, due_on, provisional,"
    " round, on_time) VALUES ($1, $2, $3, $4, $5, $6, $7, $8) ON CONFLICT DO NOTHING"
)
# The activity line of each step of an order (the receiving unit's division).
ORDER_LINES = {
    "issued": "收到督办单",
    "acknowledged": "签收督办单",
    "reported": "报告督办事项办理情况",
    "extension_requested": "申请督办延期",
    "extended": "督办延期获批",
    "extension_declined": "督办延期未获批",
    "returned": "督办事项被退回重办",
    "accepted": "督办事项办结",
    "overdue": "督办单逾期未报告，已提醒上级",
    "recounted": "督办期限按法定工作日重新计算",
}
# Each order event: its step, and the field holding the day it happened.
_ORDER_STEPS = {
    "SupervisionOrderIssued": ("issued", "issued_on"),
    "SupervisionOrderAcknowledged": ("acknowledged", "acknowledged_on"),
    "SupervisionOrderReported": ("reported", "reported_on"),
    "SupervisionOrderExtensionRequested": ("extension_requested", "requested_on"),
    "SupervisionOrderExtensionGranted": ("extended", "granted_on"),
    "SupervisionOrderExtensionDeclined": ("extension_declined", "declined_on"),
    "SupervisionOrderReturned": ("returned", "returned_on"),
    "SupervisionOrderAccepted": ("accepted", "accepted_on"),
    "SupervisionOrderOverdue": ("overdue", "flagged_on"),
    "SupervisionOrderDueDateRecounted": ("recounted", "recounted_on"),
}
# Steps that set the deadline from their day on.
_SETS_DUE = {"issued", "extended", "recounted"}


def _on(d: dict[str, Any], field: str) -> dt.date:
    found = day(d, field)
    if found is None:
        raise ValueError(f"{field} is missing")
    return found


def order_step(e: EventLike) -> Projection:
    d = e.data
    step, field = _ORDER_STEPS[e.type.removeprefix(_NS).removesuffix(".v1")]
    on = _on(d, field)
    division = str(d["division_code"])
    due = day(d, "due_on") if step in _SETS_DUE else None
    ops = [
        Op(
            _STEP,
            (
                str(d["order_id"]),
                e.event_id,
                step,
                on,
                due,
                bool(d.get("due_provisional")) if due else None,
                d.get("round"),
                d.get("on_time"),
            ),
        ),
        activity(e, division, "order", ORDER_LINES[step]),
    ]
    if step == "issued":
        ops.insert(0, _order_row(d, on))
    return Projection(ops, [division, str(d["issuer_division_code"])], on)


def _order_row(d: dict[str, Any], on: dt.date) -> Op:
    return Op(
        "INSERT INTO {s}.orders (order_id, unit_id, division_code, issuer_division_code,"
        " alert_kind, concerning_division_code, issued_on) VALUES ($1, $2, $3, $4, $5, $6, $7)"
        " ON CONFLICT DO NOTHING",
        (
            str(d["order_id"]),
            str(d["org_unit_id"]),
            str(d["division_code"]),
            str(d["issuer_division_code"]),
            d.get("alert_kind"),
            d.get("concerning_division_code"),
            on,
        ),
    )


_ITEM = (
    "INSERT INTO {s}.duty_items (item_id, list_id, division_code, year, category, due_on,"
    " set_on) VALUES ($1, $2, $3, $4, $5, $6, $7) ON CONFLICT DO NOTHING"
)


def _item(d: dict[str, Any], item: dict[str, Any], on: dt.date) -> Op:
    return Op(
        _ITEM,
        (
            str(item["item_id"]),
            str(d["list_id"]),
            str(d["division_code"]),
            int(d["year"]),
            str(item["category"]),
            _on(item, "due_on"),
            on,
        ),
    )


def list_set(e: EventLike) -> Projection:
    d = e.data
    on = _on(d, "set_on")
    ops = [_item(d, item, on) for item in d["items"]]
    ops.append(activity(e, str(d["division_code"]), "duty", f"下达{d['year']}年度责任清单"))
    return Projection(ops, [str(d["division_code"])], on)


def item_added(e: EventLike) -> Projection:
    d = e.data
    on = _on(d, "added_on")
    return Projection([_item(d, d["item"], on)], [str(d["division_code"])], on)


def item_checked(e: EventLike) -> Projection:
    d = e.data
    on = _on(d, "checked_on")
    completed = d["outcome"] == "completed"
    op = Op(
        "INSERT INTO {s}.duty_checks (item_id, event_id, checked_on, completed, on_time)"
        " VALUES ($1, $2, $3, $4, $5) ON CONFLICT DO NOTHING",
        (str(d["item_id"]), e.event_id, on, completed, bool(d.get("on_time"))),
    )
    line = "责任清单事项验收完成" if completed else "责任清单事项验收未通过"
    division = str(d["division_code"])
    return Projection([op, activity(e, division, "duty", line)], [division], on)


def progress(e: EventLike) -> Projection:
    d = e.data
    line = f"报告责任清单进度 {int(d['percent_complete'])}%"
    return Projection([activity(e, str(d["division_code"]), "duty", line)], [])


HANDLERS: dict[str, Callable[[EventLike], Projection]] = {
    **{f"{_NS}{name}.v1": order_step for name in _ORDER_STEPS},
    _NS + "ResponsibilityListSet.v1": list_set,
    _NS + "DutyItemAdded.v1": item_added,
    _NS + "DutyItemChecked.v1": item_checked,
    _NS + "DutyProgressReported.v1": progress,
}
