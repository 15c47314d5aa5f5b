"""Stored events of a division's sweeps (stream type ``sweep``, one stream per division)."""

from __future__ import annotations

from datetime import date
from typing import ClassVar

from frontline.discipline.domain.divisions import DivisionLevel
from frontline.kernel.decider import DomainEvent


class SweepDutyStarted(DomainEvent):
    """The division sweeps from ``first_period`` on (it became an organized division)."""

    event_type: ClassVar[str] = "SweepDutyStarted"
    division_code: str
    level: DivisionLevel
    first_period: str
    first_period_starts_on: date
    first_period_ends_on: date


class SweepDutyEnded(DomainEvent):
    event_type: ClassVar[str] = "SweepDutyEnded"
    ended_on: date


class SweepReported(DomainEvent):
    """A sweep report for a period; none found is a nil report (零报告), which counts."""

    event_type: ClassVar[str] = "SweepReported"
    division_code: str
    level: DivisionLevel
    period: str
    period_starts_on: date
    period_ends_on: date
    swept_on: date
    disputes_found: int
    note: str
    on_time: bool


class SweepPeriodClosed(DomainEvent):
    """A period's end passed: ``missed`` when no report came for it."""

    event_type: ClassVar[str] = "SweepPeriodClosed"
    period: str
    period_starts_on: date
    period_ends_on: date
    missed: bool


SWEEP_EVENTS: tuple[type[DomainEvent], ...] = (
    SweepDutyStarted,
    SweepDutyEnded,
    SweepReported,
    SweepPeriodClosed,
)
