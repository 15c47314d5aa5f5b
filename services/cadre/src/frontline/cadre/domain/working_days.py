"""The statutory-calendar port the appointment rules count working days with.

A runtime's ``WorkingCalendar.add_working_days`` (``frontline.kernel.calendar``)
implements it on the ``chinesecalendar`` data and the years operators loaded. The
decider takes the function as a parameter so its rules stay pure and testable.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Protocol


class WorkingDayResult(Protocol):
    @property
    def date(self) -> date: ...

    @property
    def provisional(self) -> bool: ...


# add_working_days(day, n): the n-th working day after ``day`` (``day`` itself not counted).
AddWorkingDays = Callable[[date, int], WorkingDayResult]
