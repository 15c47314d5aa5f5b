"""The supervision order decider (督办单): one stream per order (``supervision_order``).

DOMAIN.md "Responsibility lists and supervision orders": issued by the county to a
township or by a township to a village or community, due in working days on the
statutory calendar (so the decider is made by ``order_decider(calendar)``); the
receiving unit acknowledges, reports and may ask for more time; the issuer grants or
declines it, and accepts or returns the report. Extensions and the deadline itself
are in ``order_deadlines``.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from typing import Any

from frontline.kernel.calendar import WorkingCalendar
from frontline.kernel.decider import Decider, DomainEvent
from frontline.kernel.errors import AlreadyExists, InvalidArgument, PreconditionFailed
from frontline.organization.domain import order_commands as cmd
from frontline.organization.domain import order_deadlines as deadlines
from frontline.organization.domain import order_events as ev
from frontline.organization.domain.dates import refuse_future
from frontline.organization.domain.order_records import IN_HAND, LEVEL_BELOW, OrderStatus
from frontline.organization.domain.order_state import OrderState, evolve
from frontline.organization.domain.order_steps import (
    check_day,
    current_due,
    require_status,
    require_text,
)

STREAM_TYPE = "supervision_order"
Rule = Callable[[Any, OrderState], list[DomainEvent]]


def _check_parties(c: cmd.IssueOrder) -> None:
    below = LEVEL_BELOW.get(c.issuer.level, frozenset())
    if c.receiver.level not in below:
        raise InvalidArgument.field(
            "org_unit_id",
            "the county issues orders to its townships, a township to its villages and communities",
            "ORDER_NOT_FOR_LEVEL",
        )
    if c.receiver_parent_id != c.issuer.unit_id:
        raise InvalidArgument.field(
            "org_unit_id", "not a unit directly below the issuing unit", "NOT_DIRECTLY_BELOW"
        )
    for unit in (c.issuer, c.receiver):
        if not unit.active:
            raise PreconditionFailed("UNIT_DISSOLVED", unit.unit_id, "the org unit is dissolved")
    concerning = c.concerning_division_code
    if concerning and not concerning.startswith(c.receiver.division_code):
        raise InvalidArgument.field(
            "concerning_division_code",
            "must lie under the receiving unit's division code ({division_code})",
            "NOT_UNDER_RECEIVER",
            division_code=c.receiver.division_code,
        )


def issue(cal: WorkingCalendar, c: cmd.IssueOrder, s: OrderState) -> list[DomainEvent]:
    if s.exists:
        raise AlreadyExists(
            "supervision order {order_id} already exists", "ORDER_EXISTS", order_id=s.order_id
        )
    _check_parties(c)
    title = require_text(c.title, "title", "an order needs a title", "ORDER_TITLE_REQUIRED")
    if c.working_days > c.max_working_days:
        raise InvalidArgument.field(
            "working_days",
            "at most {most} working days",
            "TOO_MANY_WORKING_DAYS",
            most=c.max_working_days,
        )
    refuse_future(c.issued_on, c.today, "issued_on")
    due = cal.add_working_days(c.issued_on, c.working_days)
    return [
        ev.OrderIssued(
            order_id=c.order_id,
            issuer_unit_id=c.issuer.unit_id,
            issuer_division_code=c.issuer.division_code,
            receiver_unit_id=c.receiver.unit_id,
            receiver_division_code=c.receiver.division_code,
            receiver_level=c.receiver.level,
            title=title,
            content=c.content.strip(),
            alert_kind=c.alert_kind,
            concerning_division_code=c.concerning_division_code,
            issued_on=c.issued_on,
            working_days=c.working_days,
            due_on=due.date,
            due_provisional=due.provisional,
        )
    ]


def acknowledge(c: cmd.AcknowledgeOrder, s: OrderState) -> list[DomainEvent]:
    require_status(s, {OrderStatus.ISSUED}, "acknowledge")
    check_day(s, c.acknowledged_on, c.today, "acknowledged_on")
    return [ev.OrderAcknowledged(acknowledged_on=c.acknowledged_on)]


def report(c: cmd.ReportOrder, s: OrderState) -> list[DomainEvent]:
    if s.exists and s.status is OrderStatus.ISSUED:
        raise PreconditionFailed(
            "ORDER_NOT_ACKNOWLEDGED", s.order_id, "acknowledge the order before reporting on it"
        )
    require_status(s, IN_HAND, "report on")
    check_day(s, c.reported_on, c.today, "reported_on")
    summary = require_text(
        c.summary, "summary", "a report says what was done", "REPORT_SUMMARY_REQUIRED"
    )
    on_time = c.reported_on <= current_due(s)
    return [
        ev.OrderReported(reported_on=c.reported_on, summary=summary, on_time=on_time, round=s.round)
    ]


def accept(c: cmd.AcceptOrder, s: OrderState) -> list[DomainEvent]:
    require_status(s, {OrderStatus.REPORTED}, "accept")
    check_day(s, c.accepted_on, c.today, "accepted_on")
    return [
        ev.OrderAccepted(accepted_on=c.accepted_on, note=c.note.strip(), on_time=bool(s.on_time))
    ]


def return_report(c: cmd.ReturnOrder, s: OrderState) -> list[DomainEvent]:
    require_status(s, {OrderStatus.REPORTED}, "return")
    check_day(s, c.returned_on, c.today, "returned_on")
    reason = require_text(
        c.reason, "reason", "a return says what is still missing", "RETURN_REASON_REQUIRED"
    )
    return [ev.OrderReturned(reason=reason, returned_on=c.returned_on, round=s.round)]


def order_decider(cal: WorkingCalendar) -> Decider[cmd.OrderCommand, OrderState]:
    rules: dict[type[Any], Rule] = {
        cmd.IssueOrder: partial(issue, cal),
        cmd.AcknowledgeOrder: acknowledge,
        cmd.ReportOrder: report,
        cmd.RequestOrderExtension: deadlines.request_extension,
        cmd.GrantOrderExtension: partial(deadlines.grant_extension, cal),
        cmd.DeclineOrderExtension: deadlines.decline_extension,
        cmd.AcceptOrder: accept,
        cmd.ReturnOrder: return_report,
        cmd.CheckOrderDeadline: partial(deadlines.check_deadline, cal),
    }
    return Decider(
        stream_type=STREAM_TYPE,
        initial_state=OrderState,
        evolve=evolve,
        rules=rules,
        events=ev.ORDER_EVENTS,
    )
