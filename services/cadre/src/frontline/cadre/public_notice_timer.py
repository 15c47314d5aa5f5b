"""The durable timer that ends a public notice (任前公示) and appoints the cadre.

The notice ends at the end of its last working day, China time (UTC+8, no
daylight saving). Each notice end gets its own timer key, so a recount after
the year's calendar is loaded arms a new timer instead of touching the one
that is firing.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Sequence
from datetime import date, datetime, time, timedelta, timezone

import asyncpg

from frontline.cadre.domain import cadre_commands as cmd
from frontline.cadre.domain import cadre_events as ev
from frontline.cadre.domain.cadre_decider import CadreDecider
from frontline.cadre.domain.cadre_state import CadreState
from frontline.cadre.domain.vocabulary import AgeBand
from frontline.kernel.clock import Clock
from frontline.kernel.commands import CommandHandler
from frontline.kernel.errors import PreconditionFailed
from frontline.kernel.eventstore import StoredEvent
from frontline.kernel.timers import Timer, Timers

KIND = "cadre.public-notice-end"
CHINA = timezone(timedelta(hours=8), "Asia/Shanghai")


def china_today(clock: Clock) -> date:
    return clock.now().astimezone(CHINA).date()


def due_after(day: date) -> datetime:
    """The first moment after ``day`` ends in China."""
    return datetime.combine(day + timedelta(days=1), time(0, 0), CHINA)


def _key(procedure_id: str, ends_on: date) -> str:
    return f"public-notice/{procedure_id}/{ends_on.isoformat()}"


async def arm_notice_timers(
    timers: Timers, conn: asyncpg.Connection, stored: Sequence[StoredEvent], state: CadreState
) -> None:
    for item in stored:
        e = item.event
        if isinstance(e, ev.PublicNoticeStarted | ev.PublicNoticeRescheduled):
            await timers.schedule(
                conn, _key(e.procedure_id, e.ends_on), due_after(e.ends_on), KIND,
                item.stream_id, {"procedure_id": e.procedure_id}, provisional=e.provisional,
            )  # fmt: skip
        elif isinstance(e, ev.AppointmentWithdrawn):
            ends_on = state.procedures[e.procedure_id].notice_ends_on
            if ends_on is not None:
                await timers.cancel(conn, _key(e.procedure_id, ends_on))


AgeBandOn = Callable[[asyncpg.Connection, str, date], Awaitable[AgeBand | None]]


class NoticeEnd:
    """Timer handler: complete the notice, or look again tomorrow while the calendar is unknown."""

    def __init__(
        self, commands: CommandHandler, timers: Timers, decider: CadreDecider, clock: Clock,
        age_band_on: AgeBandOn,
    ) -> None:  # fmt: skip
        self.commands, self.timers, self.decider, self.clock = commands, timers, decider, clock
        self.age_band_on = age_band_on

    async def __call__(self, conn: asyncpg.Connection, timer: Timer) -> None:
        procedure_id = str(timer.payload["procedure_id"])
        today = china_today(self.clock)
        command = cmd.CompletePublicNotice(
            procedure_id=procedure_id,
            today=today,
            age_band=await self.age_band_on(conn, timer.stream_id, today),
        )
        try:
            await self.commands.execute(self.decider, timer.stream_id, command, conn=conn)
        except PreconditionFailed as exc:
            if exc.violations[0].type != "CALENDAR_UNKNOWN":
                raise
            retry = f"public-notice/{procedure_id}/retry/{today.isoformat()}"
            await self.timers.schedule(
                conn, retry, due_after(today), KIND, timer.stream_id, timer.payload,
                provisional=True,
            )  # fmt: skip
