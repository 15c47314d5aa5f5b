"""Durable deadlines of the organization service and the commands their timers fire.

- election reminder: ``election_reminder_months`` before the due date (DOMAIN.md: 6);
- election overdue: the day after the due date;
- public notice: the day the resolution's notice period ends; implementation may
  start only after it fired (DOMAIN.md "Decision", step 6).
One timer key per unit (per decision): re-arming it on a new term moves the deadline.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, timedelta

import asyncpg

from frontline.kernel.eventstore import StoredEvent
from frontline.kernel.runtime import ServiceRuntime
from frontline.kernel.timers import Timer
from frontline.organization.domain import decision_events as dev
from frontline.organization.domain import org_unit_events as uev
from frontline.organization.domain.dates import add_months
from frontline.organization.domain.decision import decision_decider
from frontline.organization.domain.decision_commands import CompletePublicNotice
from frontline.organization.domain.decision_state import DecisionState
from frontline.organization.domain.org_unit import org_unit_decider
from frontline.organization.domain.org_unit_commands import (
    FlagElectionOverdue,
    IssueElectionReminder,
)
from frontline.organization.domain.org_unit_state import OrgUnitState
from frontline.organization.local_time import start_of, today
from frontline.organization.settings import OrganizationSettings

REMINDER = "organization.election-reminder"
OVERDUE = "organization.election-overdue"
NOTICE = "organization.public-notice"

_NEW_DUE_DATE = (uev.OrgUnitEstablished, uev.ElectionHeld, uev.ElectionPostponed)


class Deadlines:
    def __init__(self, runtime: ServiceRuntime, settings: OrganizationSettings) -> None:
        self.runtime = runtime
        self.settings = settings

    def register(self) -> None:
        self.runtime.on_timer(REMINDER, self.fire_reminder)
        self.runtime.on_timer(OVERDUE, self.fire_overdue)
        self.runtime.on_timer(NOTICE, self.fire_notice)

    async def for_unit(
        self, conn: asyncpg.Connection, stored: Sequence[StoredEvent], s: OrgUnitState
    ) -> None:
        timers = self.runtime.timers
        if any(isinstance(e.event, uev.OrgUnitDissolved) for e in stored):
            await timers.cancel(conn, f"{REMINDER}:{s.unit_id}")
            await timers.cancel(conn, f"{OVERDUE}:{s.unit_id}")
            return
        if not any(isinstance(e.event, _NEW_DUE_DATE) for e in stored):
            return
        assert s.election_due_on is not None
        payload = {"election_due_on": s.election_due_on.isoformat()}
        remind_on = add_months(s.election_due_on, -self.settings.election_reminder_months)
        await timers.schedule(
            conn, f"{REMINDER}:{s.unit_id}", start_of(remind_on), REMINDER, s.unit_id, payload
        )
        overdue_on = s.election_due_on + timedelta(days=1)
        await timers.schedule(
            conn, f"{OVERDUE}:{s.unit_id}", start_of(overdue_on), OVERDUE, s.unit_id, payload
        )

    async def for_decision(
        self, conn: asyncpg.Connection, stored: Sequence[StoredEvent], s: DecisionState
    ) -> None:
        if not any(isinstance(e.event, dev.ResolutionPublished) for e in stored):
            return
        assert s.notice_ends_on is not None
        await self.runtime.timers.schedule(
            conn, f"{NOTICE}:{s.decision_id}", start_of(s.notice_ends_on), NOTICE, s.decision_id
        )

    async def fire_reminder(self, conn: asyncpg.Connection, timer: Timer) -> None:
        due = date.fromisoformat(timer.payload["election_due_on"])
        command = IssueElectionReminder(election_due_on=due, today=today(self.runtime.clock))
        await self.runtime.commands.execute(org_unit_decider, timer.stream_id, command, conn=conn)

    async def fire_overdue(self, conn: asyncpg.Connection, timer: Timer) -> None:
        due = date.fromisoformat(timer.payload["election_due_on"])
        command = FlagElectionOverdue(election_due_on=due, today=today(self.runtime.clock))
        await self.runtime.commands.execute(org_unit_decider, timer.stream_id, command, conn=conn)

    async def fire_notice(self, conn: asyncpg.Connection, timer: Timer) -> None:
        command = CompletePublicNotice(today=today(self.runtime.clock))
        await self.runtime.commands.execute(decision_decider, timer.stream_id, command, conn=conn)
