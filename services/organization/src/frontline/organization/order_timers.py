"""The supervision order's deadline timer and the use case it fires.

One timer per order, armed by the projection while a report is owed: at the end of the
deadline (working days on the statutory calendar). When it fires the order is flagged
overdue — an alert one level up, for the issuer (DOMAIN.md) — once per deadline. A
provisional deadline (its year's calendar is not loaded yet) is never declared passed:
once its day is over the timer looks again each day, and at once when an operator loads
the year (``frontline admin calendar load``), which recounts it.
"""

from __future__ import annotations

from collections.abc import Sequence

import asyncpg

from frontline.kernel.calendar import WorkingCalendar
from frontline.kernel.commands import InTransaction
from frontline.kernel.county_time import CountyTime
from frontline.kernel.eventstore import StoredEvent
from frontline.kernel.ops import Op, Projection
from frontline.kernel.runtime import ServiceRuntime
from frontline.kernel.timers import Timer, TimerHandler, cancel_op, schedule_op
from frontline.organization.domain.order_deadlines import recounted_due
from frontline.organization.domain.order_records import AWAITING_REPORT
from frontline.organization.domain.order_state import OrderState
from frontline.organization.runtime_ports import ports
from frontline.organization.settings import OrganizationSettings
from frontline.organization.use_cases import orders

ORDER_DEADLINE = "organization.order-deadline"


def deadline_op(cal: WorkingCalendar, s: OrderState, time: CountyTime) -> Op:
    key = f"{ORDER_DEADLINE}:{s.order_id}"
    if s.status not in AWAITING_REPORT:
        return cancel_op(key)
    day = recounted_due(cal, s)
    if not day.provisional and s.overdue_for == day.date:
        return cancel_op(key)  # flagged already; nothing more until the deadline moves
    at = time.after(day.date)
    if day.provisional and at <= time.now():
        at = time.after(time.today())  # its year is still unknown: look again tomorrow
    return schedule_op(key, at, ORDER_DEADLINE, s.order_id, provisional=day.provisional)


def order_timers(rt: ServiceRuntime[OrganizationSettings]) -> Projection:
    def project(stored: Sequence[StoredEvent], s: OrderState) -> list[Op]:
        return [deadline_op(rt.calendar, s, rt.time)]

    return project


def fire_order_deadline(rt: ServiceRuntime[OrganizationSettings]) -> TimerHandler:
    async def fire(conn: asyncpg.Connection, timer: Timer) -> None:
        p = ports(rt, InTransaction(rt.commands, conn))
        state = await orders.check_deadline(p, timer.stream_id)
        # Nothing may have passed (a provisional day): armed for what comes next either way.
        op = deadline_op(rt.calendar, state, rt.time)
        await conn.execute(op.sql, *op.args)

    return fire
