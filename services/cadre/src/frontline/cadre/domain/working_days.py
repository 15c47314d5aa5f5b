"""The statutory-calendar port the appointment rules count working days with.

The kernel's ``frontline.kernel.calendar.add_working_days`` implements it on the
``chinesecalendar`` data (holidays and adjusted working days). The decider takes
the function as a parameter so its rules stay pure and testable.
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
