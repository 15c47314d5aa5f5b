"""The durable timer that ends a public notice (任前公示) and appoints the cadre.

The notice ends at the end of its last working day in the county. Each notice end
gets its own timer key, so a recount after the year's calendar is loaded arms a
new timer instead of touching the one that is firing. Arming is part of the
projection (ops written with the command); firing runs in the timer's transaction.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

import asyncpg

from frontline.cadre.domain import cadre_events as ev
from frontline.cadre.domain.cadre_state import CadreState
from frontline.cadre.runtime_ports import ports
from frontline.cadre.settings import CadreSettings
from frontline.cadre.use_cases import appointments
from frontline.kernel.commands import InTransaction
from frontline.kernel.county_time import CountyTime
from frontline.kernel.eventstore import StoredEvent
from frontline.kernel.ops import Op, Projection
from frontline.kernel.runtime import ServiceRuntime
from frontline.kernel.timers import Timer, TimerHandler, cancel_op, schedule_op

NOTICE_END = "cadre.public-notice-end"


def _key(procedure_id: str, ends_on: date) -> str:
    return f"public-notice/{procedure_id}/{ends_on.isoformat()}"


def notice_timers(time: CountyTime) -> Projection:
    def project(stored: Sequence[StoredEvent], s: CadreState) -> list[Op]:
        ops = []
        for item in stored:
            e = item.event
            if isinstance(e, ev.PublicNoticeStarted | ev.PublicNoticeRescheduled):
                key = _key(e.procedure_id, e.ends_on)
                payload = {"procedure_id": e.procedure_id}
                due = time.after(e.ends_on)
                ops.append(
                    schedule_op(key, due, NOTICE_END, item.stream_id, payload, e.provisional)
                )
            elif isinstance(e, ev.AppointmentWithdrawn):
                ends_on = s.procedures[e.procedure_id].notice_ends_on
                if ends_on is not None:
                    ops.append(cancel_op(_key(e.procedure_id, ends_on)))
        return ops

    return project


def fire_notice_end(rt: ServiceRuntime[CadreSettings]) -> TimerHandler:
    """Complete the notice, or look again the next day while the calendar is unknown."""

    async def fire(conn: asyncpg.Connection, timer: Timer) -> None:
        procedure_id = str(timer.payload["procedure_id"])
        p = ports(rt, InTransaction(rt.commands, conn))
        waiting = await appointments.end_public_notice(p, timer.stream_id, procedure_id)
        if waiting is not None:
            retry = f"public-notice/{procedure_id}/retry/{waiting.isoformat()}"
            await rt.timers.schedule(
                conn,
                retry,
                rt.time.after(waiting),
                NOTICE_END,
                timer.stream_id,
                timer.payload,
                provisional=True,
            )

    return fire
