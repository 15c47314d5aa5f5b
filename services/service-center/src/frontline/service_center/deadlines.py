"""Durable deadlines of a service request and the use cases their timers fire.

- sign-for: ``sign_for_hours`` after each assignment (DOMAIN.md: 2 hours); one key per
  request, moved by a new assignment, cancelled once signed for or refused;
- deadline: the end of the next day that matters — the due date (超期), then the
  automatic reminder (催办), the yellow card to the township and the red card to the
  county, counted in working days after it; once resolved, the return visit's last
  day. One key per request; each firing re-arms it for the next stage.

A day in a year whose statutory calendar is not loaded is provisional: its timer is
marked so (``frontline admin calendar load`` makes such timers due at once, and the
recount runs); once a provisional day has passed, the timer looks again each day.
Arming is part of the projection (ops written with the command); firing runs in the
timer's transaction, exactly once even with several processes (kernel timers).
"""

from __future__ import annotations

from collections.abc import Sequence

import asyncpg

from frontline.kernel.calendar import WorkingCalendar
from frontline.kernel.commands import InTransaction
from frontline.kernel.county_time import CountyTime
from frontline.kernel.eventstore import StoredEvent
from frontline.kernel.ops import Op, Projection
from frontline.kernel.timers import Timer, TimerHandler, cancel_op, schedule_op
from frontline.service_center.domain import request_events as ev
from frontline.service_center.domain.request_commands import EscalationOffsets
from frontline.service_center.domain.request_deadlines import next_deadline
from frontline.service_center.domain.request_state import RequestState
from frontline.service_center.domain.vocabulary import RequestStatus
from frontline.service_center.runtime_ports import Runtime, ports
from frontline.service_center.settings import ServiceCenterRules
from frontline.service_center.use_cases import request_followup

SIGN_FOR = "service-center.sign-for"
DEADLINE = "service-center.deadline"

_MOVES_SIGN_FOR = (
    ev.RequestAssigned,
    ev.RequestSignedFor,
    ev.SignForOverdue,
    ev.RequestRefused,
    ev.ComplaintTransferred,
)
_MOVES_DEADLINE = (
    ev.RequestSubmitted,
    ev.ExtensionGranted,
    ev.DueDateRecounted,
    ev.RequestReminded,
    ev.RequestOverdue,
    ev.RequestResolved,
    ev.ReturnVisitRecorded,
    ev.ReturnVisitOverdue,
    ev.RequestClosed,
    ev.RequestReopened,
    ev.ComplaintTransferred,
)


def offsets_of(rules: ServiceCenterRules) -> EscalationOffsets:
    return EscalationOffsets(
        reminder=rules.reminder_after_working_days,
        yellow_card=rules.yellow_card_after_working_days,
        red_card=rules.red_card_after_working_days,
    )


def sign_for_op(s: RequestState) -> Op:
    key = f"{SIGN_FOR}:{s.request_id}"
    waiting = s.status is RequestStatus.ASSIGNED and not s.sign_for_overdue
    if not waiting or s.sign_for_due_at is None:
        return cancel_op(key)
    payload = {"assignment": s.assignments}
    return schedule_op(key, s.sign_for_due_at, SIGN_FOR, s.request_id, payload)


def deadline_op(
    cal: WorkingCalendar, s: RequestState, offsets: EscalationOffsets, time: CountyTime
) -> Op:
    key = f"{DEADLINE}:{s.request_id}"
    day = next_deadline(cal, s, offsets)
    if day is None:
        return cancel_op(key)
    at = time.after(day.date)
    if day.provisional and at <= time.now():
        at = time.after(time.today())  # its year is still unknown: look again tomorrow
    return schedule_op(key, at, DEADLINE, s.request_id, provisional=day.provisional)


def request_timers(rt: Runtime) -> Projection:
    offsets = offsets_of(rt.settings.rules)

    def project(stored: Sequence[StoredEvent], s: RequestState) -> list[Op]:
        ops = []
        if any(isinstance(e.event, _MOVES_SIGN_FOR) for e in stored):
            ops.append(sign_for_op(s))
        if any(isinstance(e.event, _MOVES_DEADLINE) for e in stored):
            ops.append(deadline_op(rt.calendar, s, offsets, rt.time))
        return ops

    return project


def fire_deadline(rt: Runtime) -> TimerHandler:
    offsets = offsets_of(rt.settings.rules)

    async def fire(conn: asyncpg.Connection, timer: Timer) -> None:
        p = ports(rt, InTransaction(rt.commands, conn))
        state = await request_followup.check_deadlines(p, timer.stream_id)
        # Nothing may have passed (a provisional day, a recount that moved it later):
        # the timer is armed for what comes next either way.
        assert isinstance(state, RequestState)
        op = deadline_op(rt.calendar, state, offsets, rt.time)
        await conn.execute(op.sql, *op.args)

    return fire


def fire_sign_for(rt: Runtime) -> TimerHandler:
    async def fire(conn: asyncpg.Connection, timer: Timer) -> None:
        p = ports(rt, InTransaction(rt.commands, conn))
        assignment = int(timer.payload["assignment"])
        await request_followup.flag_sign_for_overdue(p, timer.stream_id, assignment)

    return fire
