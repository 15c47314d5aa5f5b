"""Durable deadlines of the discipline service and the use cases their timers fire.

- reporter reply: the end of the 15th working day after receipt (DOMAIN.md "Clue");
  a deadline in a year whose schedule is unknown is provisional: it flags nothing,
  is looked at again each day, and is recounted once the year is loaded;
- investigation: the end of its last day (90 days, one extension);
- judicial confirmation: 30 days after a mediated agreement;
- sweep: the end of each sweep period (and the grace days), per division;
- asset-deal clue: at once, for a deal recorded with no decision behind it.
Arming is part of the projection (ops written with the command); firing runs a use
case in the timer's transaction. One key per clue, dispute, division or deal.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import timedelta

import asyncpg

from frontline.discipline.domain import case_events as cev
from frontline.discipline.domain import clue_events as ev
from frontline.discipline.domain import dispute_events as dev
from frontline.discipline.domain import sweep_events as sev
from frontline.discipline.domain.clue_state import ClueState
from frontline.discipline.domain.dispute_state import DisputeState
from frontline.discipline.domain.ledger_events import AssetDealRecorded
from frontline.discipline.domain.ledger_state import LedgerState
from frontline.discipline.domain.sweep import SweepState
from frontline.discipline.runtime_ports import Runtime, ports
from frontline.discipline.use_cases import cases, clues, disputes, ledgers, sweeps
from frontline.discipline.use_cases.ports import Ports
from frontline.kernel.commands import InTransaction
from frontline.kernel.county_time import CountyTime
from frontline.kernel.eventstore import StoredEvent
from frontline.kernel.ops import Op, Projection
from frontline.kernel.timers import Timer, TimerHandler, cancel_op, schedule_op

REPLY = "discipline.reporter-reply"
INVESTIGATION = "discipline.investigation"
CONFIRMATION = "discipline.judicial-confirmation"
SWEEP = "discipline.sweep"
ASSET_CLUE = "discipline.asset-deal-clue"

_REPLY_SET = (ev.ClueReceived, ev.ReplyDeadlineRecounted)
_INVESTIGATION_SET = (
    cev.CaseFiled,
    cev.InvestigationExtended,
    cev.CaseReturnedForInvestigation,
)


def _has(stored: Sequence[StoredEvent], kinds: type | tuple[type, ...]) -> bool:
    return any(isinstance(item.event, kinds) for item in stored)


def clue_timers(time: CountyTime) -> Projection:
    def project(stored: Sequence[StoredEvent], s: ClueState) -> list[Op]:
        ops: list[Op] = []
        reply = f"{REPLY}:{s.clue_id}"
        if _has(stored, _REPLY_SET) and s.reply_owed and not s.reply_overdue:
            assert s.reply_due_on is not None
            due = time.after(s.reply_due_on)
            ops.append(schedule_op(reply, due, REPLY, s.clue_id, provisional=s.reply_provisional))
        elif _has(stored, ev.ReporterReplied):
            ops.append(cancel_op(reply))
        case = s.case
        investigation = f"{INVESTIGATION}:{s.clue_id}"
        if case is not None and _has(stored, _INVESTIGATION_SET):
            due = time.after(case.investigation_due_on)
            ops.append(schedule_op(investigation, due, INVESTIGATION, s.clue_id))
        elif _has(stored, cev.CaseSubmittedForReview):
            ops.append(cancel_op(investigation))
        return ops

    return project


def dispute_timers(time: CountyTime) -> Projection:
    def project(stored: Sequence[StoredEvent], s: DisputeState) -> list[Op]:
        key = f"{CONFIRMATION}:{s.dispute_id}"
        if _has(stored, dev.DisputeResolved) and s.confirmation_due_on is not None:
            due = time.after(s.confirmation_due_on)
            return [schedule_op(key, due, CONFIRMATION, s.dispute_id)]
        if _has(stored, dev.JudicialConfirmationApplied):
            return [cancel_op(key)]
        return []

    return project


def sweep_timers(time: CountyTime, grace_days: int) -> Projection:
    def project(stored: Sequence[StoredEvent], s: SweepState) -> list[Op]:
        key = f"{SWEEP}:{s.division_code}"
        if _has(stored, sev.SweepDutyEnded):
            return [cancel_op(key)]
        period = s.next_check
        if period is None or not _has(stored, (sev.SweepDutyStarted, sev.SweepPeriodClosed)):
            return []
        due = time.after(period.ends_on + timedelta(days=grace_days))
        payload = {"division_code": s.division_code, "period": period.key}
        return [schedule_op(key, due, SWEEP, stored[-1].stream_id, payload)]

    return project


def deal_timers(time: CountyTime) -> Projection:
    """An unbacked deal promises its clue in the deal's own statement; the timer, due since
    the deal's day began (a day not in the future), keeps the promise at once."""

    def project(stored: Sequence[StoredEvent], s: LedgerState) -> list[Op]:
        ops = []
        for item in stored:
            e = item.event
            if isinstance(e, AssetDealRecorded) and not e.decision_backed:
                payload = {"division_code": e.division_code, "deal_id": e.deal_id}
                due = time.start_of(e.deal_on)
                key = f"{ASSET_CLUE}:{e.deal_id}"
                ops.append(schedule_op(key, due, ASSET_CLUE, item.stream_id, payload))
        return ops

    return project


def _ports(rt: Runtime, conn: asyncpg.Connection) -> Ports:
    return ports(rt, InTransaction(rt.commands, conn), conn)


def fire_reply(rt: Runtime) -> TimerHandler:
    async def fire(conn: asyncpg.Connection, timer: Timer) -> None:
        state = await clues.check_reporter_reply(_ports(rt, conn), timer.stream_id)
        if state.reply_owed and state.reply_provisional and not state.reply_overdue:
            # The year's schedule is still unknown: look again tomorrow, or at the
            # provisional deadline if later (loading the year re-arms every provisional
            # timer at once, kernel admin.py).
            assert state.reply_due_on is not None
            again = max(rt.time.after(rt.time.today()), rt.time.after(state.reply_due_on))
            await rt.timers.schedule(
                conn, timer.key, again, REPLY, timer.stream_id, provisional=True
            )

    return fire


def fire_investigation(rt: Runtime) -> TimerHandler:
    async def fire(conn: asyncpg.Connection, timer: Timer) -> None:
        await cases.flag_investigation_overdue(_ports(rt, conn), timer.stream_id)

    return fire


def fire_confirmation(rt: Runtime) -> TimerHandler:
    async def fire(conn: asyncpg.Connection, timer: Timer) -> None:
        await disputes.check_judicial_confirmation(_ports(rt, conn), timer.stream_id)

    return fire


def fire_sweep(rt: Runtime) -> TimerHandler:
    async def fire(conn: asyncpg.Connection, timer: Timer) -> None:
        division, period = timer.payload["division_code"], timer.payload["period"]
        await sweeps.close_sweep_period(_ports(rt, conn), division, period)

    return fire


def fire_asset_clue(rt: Runtime) -> TimerHandler:
    async def fire(conn: asyncpg.Connection, timer: Timer) -> None:
        division, deal = timer.payload["division_code"], timer.payload["deal_id"]
        await ledgers.raise_asset_deal_clue(_ports(rt, conn), division, deal)

    return fire
