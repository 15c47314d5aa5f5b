"""Calendar arithmetic for terms and deadlines (whole years and months), and the
rule that a record is never dated in the future."""

from __future__ import annotations

import calendar
from datetime import date

from frontline.kernel.errors import InvalidArgument


def add_months(day: date, months: int) -> date:
    """``day`` moved by ``months``; the 31st becomes the month's last day when needed."""
    index = day.year * 12 + (day.month - 1) + months
    year, month = divmod(index, 12)
    last = calendar.monthrange(year, month + 1)[1]
    return date(year, month + 1, min(day.day, last))


def add_years(day: date, years: int) -> date:
    return add_months(day, years * 12)


def refuse_future(day: date, today: date, field: str) -> None:
    """Records are made after the fact: a date after the county's today is a mistake
    (DOMAIN.md "Meetings": every step and meeting date is refused in the future)."""
    if day > today:
        raise InvalidArgument.field(
            field, "in the future (today is {today})", "IN_THE_FUTURE", today=today
        )
