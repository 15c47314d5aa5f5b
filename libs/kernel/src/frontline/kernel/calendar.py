"""Working days on China's statutory calendar (holidays and adjusted working days).

The ``chinesecalendar`` package knows only the years already announced by the State
Council and raises for later ones. A deadline reaching an unknown year must never
crash a command or a timer: years loaded by operators (``calendar_years`` table)
are used first, otherwise Monday–Friday is counted and the result is marked
provisional so it can be recomputed once the year is loaded (DESIGN.md §4).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date, timedelta

import chinese_calendar


@dataclass(frozen=True)
class YearSchedule:
    year: int
    holidays: frozenset[date]  # weekdays off
    workdays: frozenset[date]  # weekend days worked (调休)


@dataclass(frozen=True)
class WorkingDayResult:
    date: date
    provisional: bool


@dataclass
class WorkingCalendar:
    loaded: dict[int, YearSchedule] = field(default_factory=dict)

    def load(self, schedules: Iterable[YearSchedule]) -> None:
        for schedule in schedules:
            self.loaded[schedule.year] = schedule

    def is_working_day(self, day: date) -> tuple[bool, bool]:
        """(is working day, provisional)."""
        schedule = self.loaded.get(day.year)
        if schedule is not None:
            if day in schedule.workdays:
                return True, False
            if day in schedule.holidays:
                return False, False
            return day.weekday() < 5, False
        try:
            return bool(chinese_calendar.is_workday(day)), False
        except NotImplementedError:
            return day.weekday() < 5, True

    def add_working_days(self, start: date, days: int) -> WorkingDayResult:
        """The date ``days`` working days after ``start`` (start itself not counted)."""
        if days < 0:
            raise ValueError("days must not be negative")
        current, provisional, counted = start, False, 0
        while counted < days:
            current += timedelta(days=1)
            working, unsure = self.is_working_day(current)
            provisional = provisional or unsure
            if working:
                counted += 1
        return WorkingDayResult(current, provisional)
