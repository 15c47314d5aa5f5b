"""The sweep decider: one stream per division (stream type ``sweep``).

DOMAIN.md: villages sweep every half month, townships monthly, the county
quarterly; a nil report counts; a missed sweep is flagged. A division owes sweeps
from the period in which it became an organized division (organization's
public events); a timer closes each period after its end (plus the county's
grace days) and flags it missed when no report came. A report may still come
late: it is recorded, not on time.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from datetime import date, timedelta
from typing import Any

from frontline.discipline.domain import sweep_events as ev
from frontline.discipline.domain.divisions import DivisionLevel, require_code
from frontline.discipline.domain.sweep_periods import Period, next_period, period_of
from frontline.kernel.decider import Command, Decider, DomainEvent
from frontline.kernel.errors import InvalidArgument, PreconditionFailed

STREAM_TYPE = "sweep"


def sweep_stream(division_code: str) -> str:
    return f"sweep:{division_code}"


class StartSweepDuty(Command):
    division_code: str
    since: date


class EndSweepDuty(Command):
    ended_on: date


class FileSweepReport(Command):
    division_code: str
    period_day: date  # any day of the period reported on
    swept_on: date
    disputes_found: int
    note: str = ""
    today: date
    grace_days: int = 0


class CloseSweepPeriod(Command):
    period: str
    today: date
    grace_days: int = 0


@dataclass(frozen=True)
class SweepState:
    exists: bool = False
    division_code: str = ""
    level: DivisionLevel = DivisionLevel.VILLAGE
    active: bool = False
    reported: tuple[str, ...] = ()
    missed: tuple[str, ...] = ()
    # The period whose end the timer waits for, while the duty runs.
    next_check: Period | None = None


def _started(s: SweepState, e: ev.SweepDutyStarted) -> SweepState:
    first = Period(e.first_period, e.first_period_starts_on, e.first_period_ends_on)
    return replace(
        s, exists=True, division_code=e.division_code, level=e.level, active=True, next_check=first
    )


def _closed(s: SweepState, e: ev.SweepPeriodClosed) -> SweepState:
    closed = Period(e.period, e.period_starts_on, e.period_ends_on)
    missed = (*s.missed, e.period) if e.missed else s.missed
    return replace(s, missed=missed, next_check=next_period(s.level, closed))


_EVOLVERS: dict[type[DomainEvent], Callable[[SweepState, Any], SweepState]] = {
    ev.SweepDutyStarted: _started,
    ev.SweepDutyEnded: lambda s, e: replace(s, active=False, next_check=None),
    ev.SweepReported: lambda s, e: replace(
        s,
        exists=True,
        division_code=e.division_code,
        level=e.level,
        reported=(*s.reported, e.period),
    ),
    ev.SweepPeriodClosed: _closed,
}


def evolve(state: SweepState, event: DomainEvent) -> SweepState:
    handler = _EVOLVERS.get(type(event))
    return handler(state, event) if handler else state


def start_duty(c: StartSweepDuty, s: SweepState) -> list[DomainEvent]:
    if s.active:
        return []
    level = require_code(c.division_code)
    first = period_of(level, c.since)
    return [
        ev.SweepDutyStarted(
            division_code=c.division_code,
            level=level,
            first_period=first.key,
            first_period_starts_on=first.starts_on,
            first_period_ends_on=first.ends_on,
        )
    ]


def end_duty(c: EndSweepDuty, s: SweepState) -> list[DomainEvent]:
    return [ev.SweepDutyEnded(ended_on=c.ended_on)] if s.active else []


def file_report(c: FileSweepReport, s: SweepState) -> list[DomainEvent]:
    level = require_code(c.division_code)
    period = period_of(level, c.period_day)
    if period.starts_on > c.today:
        raise InvalidArgument.field(
            "period_day", "the period {period} has not begun", "PERIOD_NOT_BEGUN", period=period.key
        )
    if c.swept_on < period.starts_on:
        raise InvalidArgument.field(
            "swept_on",
            "before the period {period} began ({starts_on})",
            "BEFORE_PERIOD",
            period=period.key,
            starts_on=period.starts_on,
        )
    if c.disputes_found < 0:
        raise InvalidArgument.field("disputes_found", "must not be negative", "NEGATIVE")
    if period.key in s.reported:
        raise PreconditionFailed(
            "ALREADY_REPORTED", f"{c.division_code}/{period.key}", "the period is reported already"
        )
    deadline = period.ends_on + timedelta(days=c.grace_days)
    return [
        ev.SweepReported(
            division_code=c.division_code,
            level=level,
            period=period.key,
            period_starts_on=period.starts_on,
            period_ends_on=period.ends_on,
            swept_on=c.swept_on,
            disputes_found=c.disputes_found,
            note=c.note.strip(),
            on_time=c.swept_on <= deadline,
        )
    ]


def close_period(c: CloseSweepPeriod, s: SweepState) -> list[DomainEvent]:
    """Fired by the sweep timer for the period it was armed for (a stale one is ignored)."""
    period = s.next_check
    if not s.active or period is None or period.key != c.period:
        return []
    if c.today <= period.ends_on + timedelta(days=c.grace_days):
        return []
    return [
        ev.SweepPeriodClosed(
            period=period.key,
            period_starts_on=period.starts_on,
            period_ends_on=period.ends_on,
            missed=period.key not in s.reported,
        )
    ]


RULES: dict[type[Any], Callable[[Any, SweepState], Sequence[DomainEvent]]] = {
    StartSweepDuty: start_duty,
    EndSweepDuty: end_duty,
    FileSweepReport: file_report,
    CloseSweepPeriod: close_period,
}

sweep_decider: Decider[Any, SweepState] = Decider(
    stream_type=STREAM_TYPE,
    initial_state=SweepState,
    evolve=evolve,
    rules=RULES,
    events=ev.SWEEP_EVENTS,
)
