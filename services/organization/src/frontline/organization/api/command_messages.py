"""Responsibility lists and supervision orders to proto messages, and proto input in."""

from __future__ import annotations

import re
from datetime import date

from frontline.api.organization.v1 import organization_pb2 as pb
from frontline.kernel import convert as cv
from frontline.kernel.errors import InvalidArgument
from frontline.organization.domain.duty_list import DutyListState
from frontline.organization.domain.duty_list_records import DutyCategory
from frontline.organization.domain.order_records import AWAITING_REPORT
from frontline.organization.domain.order_state import OrderState
from frontline.organization.use_cases.duty_lists import ItemInput

# An alert kind as headquarters names it (e.g. secretary_vacant_90d).
_ALERT_KIND = re.compile(r"[a-z][a-z0-9_]{0,39}")


def alert_kind(value: str) -> str | None:
    if value and not _ALERT_KIND.fullmatch(value):
        raise InvalidArgument.field(
            "alert_kind", "an alert kind: lower-case letters, digits, _", "NOT_AN_ALERT_KIND"
        )
    return value or None


def division_code(value: str, field: str) -> str | None:
    if value and not (value.isascii() and value.isdigit() and len(value) in (6, 9, 12)):
        raise InvalidArgument.field(
            field, "a division code of 6, 9 or 12 digits", "NOT_A_DIVISION_CODE"
        )
    return value or None


def item_input(message: pb.DutyItemInput, field: str, today: date) -> ItemInput:
    return ItemInput(
        category=cv.enum_in(pb.DutyCategory, message.category, DutyCategory, f"{field}.category"),
        target=cv.text(message.target, f"{field}.target", cv.TITLE, required=True),
        due_on=cv.day(message.due_on, f"{field}.due_on"),
    )


def responsibility_list(s: DutyListState) -> pb.ResponsibilityList:
    assert s.set is not None
    listed = s.set
    message = pb.ResponsibilityList(
        list_id=listed.list_id,
        org_unit_id=listed.unit_id,
        division_code=listed.division_code,
        year=listed.year,
        set_by_unit_id=listed.setter_unit_id,
        set_by_division_code=listed.setter_division_code,
        responsible_cadre_id=listed.responsible_cadre_id or "",
        set_on=cv.iso(listed.set_on),
    )
    for i in s.items:
        message.items.add(
            item_id=i.item.item_id,
            category=cv.enum_out(pb.DutyCategory, i.item.category),
            target=i.item.target,
            due_on=cv.iso(i.item.due_on),
            percent_complete=i.percent_complete,
            last_report_on=cv.iso(i.last_report_on),
            last_note=i.last_note,
            finished_on=cv.iso(i.finished_on),
            completed_on=cv.iso(i.completed_on),
            on_time=bool(i.on_time),
        )
    return message


def is_overdue(s: OrderState, today: date) -> bool:
    """No report owed is recorded and the (counted, not provisional) deadline has passed."""
    due = s.due_on
    return s.status in AWAITING_REPORT and due is not None and not s.due_provisional and today > due


def order(s: OrderState, today: date) -> pb.SupervisionOrder:
    return pb.SupervisionOrder(
        order_id=s.order_id,
        issuer_unit_id=s.issuer_unit_id,
        issuer_division_code=s.issuer_division_code,
        org_unit_id=s.receiver_unit_id,
        division_code=s.receiver_division_code,
        title=s.title,
        content=s.content,
        alert_kind=s.alert_kind or "",
        concerning_division_code=s.concerning_division_code or "",
        issued_on=cv.iso(s.issued_on),
        working_days=s.working_days,
        due_on=cv.iso(s.due_on),
        due_provisional=s.due_provisional,
        state=cv.enum_out(pb.SupervisionOrderState, s.status),
        acknowledged_on=cv.iso(s.acknowledged_on),
        reported_on=cv.iso(s.reported_on),
        report_summary=s.report_summary,
        on_time=bool(s.on_time),
        report_round=s.round,
        extension_working_days=s.extension_days or 0,
        extension_reason=s.extension_reason if s.extension_days else "",
        overdue=is_overdue(s, today),
        returned_reason=s.returned_reason,
        accepted_on=cv.iso(s.accepted_on),
        note=s.note,
    )
