"""Durable deadlines of the organization service and the use cases their timers fire.

- election reminder: ``election_reminder_months`` before the due date (DOMAIN.md: 6);
- election overdue: the day after the due date;
- public notice: the day the resolution's notice period ends; implementation may
  start only after it fired (DOMAIN.md "Decision", step 6).
One timer key per unit (per decision): re-arming it on a new term moves the deadline.
Arming is part of the projection (ops written with the command); firing runs in
the timer's transaction.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, timedelta

import asyncpg

from frontline.kernel.commands import InTransaction
from frontline.kernel.county_time import CountyTime
from frontline.kernel.eventstore import StoredEvent
from frontline.kernel.ops import Op, Projection
from frontline.kernel.runtime import ServiceRuntime
from frontline.kernel.timers import Timer, TimerHandler, cancel_op, schedule_op
from frontline.organization.domain import decision_events as dev
from frontline.organization.domain import org_unit_events as uev
from frontline.organization.domain.dates import add_months
from frontline.organization.domain.decision_state import DecisionState
from frontline.organization.domain.org_unit_state import OrgUnitState
from frontline.organization.runtime_ports import ports
from frontline.organization.settings import OrganizationRules, OrganizationSettings
from frontline.organization.use_cases import decisions, units
from frontline.organization.use_cases.ports import Ports

REMINDER = "organization.election-reminder"
OVERDUE = "organization.election-overdue"
NOTICE = "organization.public-notice"

_NEW_DUE_DATE = (uev.OrgUnitEstablished, uev.ElectionHeld, uev.ElectionPostponed)


def unit_timers(rules: OrganizationRules, time: CountyTime) -> Projection:
    def project(stored: Sequence[StoredEvent], s: OrgUnitState) -> list[Op]:
        if any(isinstance(e.event, uev.OrgUnitDissolved) for e in stored):
            return [cancel_op(f"{REMINDER}:{s.unit_id}"), cancel_op(f"{OVERDUE}:{s.unit_id}")]
        if not any(isinstance(e.event, _NEW_DUE_DATE) for e in stored):
            return []
        assert s.election_due_on is not None
        payload = {"election_due_on": s.election_due_on.isoformat()}
        remind_on = add_months(s.election_due_on, -rules.election_reminder_months)
        overdue_on = s.election_due_on + timedelta(days=1)
        return [
            schedule_op(
                f"{REMINDER}:{s.unit_id}", time.start_of(remind_on), REMINDER, s.unit_id, payload
            ),
            schedule_op(
                f"{OVERDUE}:{s.unit_id}", time.start_of(overdue_on), OVERDUE, s.unit_id, payload
            ),
        ]

    return project


def decision_timers(time: CountyTime) -> Projection:
    def project(stored: Sequence[StoredEvent], s: DecisionState) -> list[Op]:
        if not any(isinstance(e.event, dev.ResolutionPublished) for e in stored):
            return []
        if s.notice_completed:  # a backfilled notice had run already: nothing to wait for
            return []
        assert s.notice_ends_on is not None
        key = f"{NOTICE}:{s.decision_id}"
        return [schedule_op(key, time.start_of(s.notice_ends_on), NOTICE, s.decision_id)]

    return project


def fire_reminder(rt: ServiceRuntime[OrganizationSettings]) -> TimerHandler:
    async def fire(conn: asyncpg.Connection, timer: Timer) -> None:
        due = date.fromisoformat(timer.payload["election_due_on"])
        await units.election_reminder(_ports(rt, conn), timer.stream_id, due)

    return fire


def fire_overdue(rt: ServiceRuntime[OrganizationSettings]) -> TimerHandler:
    async def fire(conn: asyncpg.Connection, timer: Timer) -> None:
        due = date.fromisoformat(timer.payload["election_due_on"])
        await units.election_overdue(_ports(rt, conn), timer.stream_id, due)

    return fire


def fire_notice(rt: ServiceRuntime[OrganizationSettings]) -> TimerHandler:
    async def fire(conn: asyncpg.Connection, timer: Timer) -> None:
        await decisions.complete_public_notice(_ports(rt, conn), timer.stream_id)

    return fire


def _ports(rt: ServiceRuntime[OrganizationSettings], conn: asyncpg.Connection) -> Ports:
    return ports(rt, InTransaction(rt.commands, conn))
