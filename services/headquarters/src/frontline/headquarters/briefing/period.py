"""A briefing's period: a month (``2026-11``) or a quarter (``2026-Q4``), as of its last day."""

from __future__ import annotations

import calendar
import datetime as dt
import re
from dataclasses import dataclass

from frontline.kernel.errors import InvalidArgument

_MONTH = re.compile(r"(\d{4})-(\d{2})")
_QUARTER = re.compile(r"(\d{4})-Q([1-4])")
QUARTER_NAMES = "一二三四"


@dataclass(frozen=True)
class Period:
    code: str  # as asked: 2026-11 or 2026-Q4
    first: dt.date
    last: dt.date
    label: str  # 2026年11月, 2026年第四季度

    @property
    def before(self) -> dt.date:
        """The last day of the period before: what the briefing compares with."""
        return self.first - dt.timedelta(days=1)

    @property
    def filename(self) -> str:
        return f"briefing-{self.code}.pdf"


def _month_end(year: int, month: int) -> dt.date:
    return dt.date(year, month, calendar.monthrange(year, month)[1])


def parse_period(text: str, today: dt.date, field: str = "period") -> Period:
    """The period ``text`` names; refused unless it has ended (its last day is past)."""
    value = text.strip().upper()
    if found := _MONTH.fullmatch(value):
        year, month = int(found[1]), int(found[2])
        if not 1 <= month <= 12:
            raise InvalidArgument.field(field, "a month is 01 to 12", "NOT_A_MONTH")
        period = Period(
            value, dt.date(year, month, 1), _month_end(year, month), f"{year}年{month}月"
        )
    elif found := _QUARTER.fullmatch(value):
        year, quarter = int(found[1]), int(found[2])
        first = dt.date(year, 3 * quarter - 2, 1)
        label = f"{year}年第{QUARTER_NAMES[quarter - 1]}季度"
        period = Period(value, first, _month_end(year, 3 * quarter), label)
    else:
        raise InvalidArgument.field(field, "a month YYYY-MM or a quarter YYYY-Qn", "NOT_A_PERIOD")
    if not 2000 <= period.first.year <= 2100:
        raise InvalidArgument.field(
            field, "a year between {low} and {high}", "YEAR_OUT_OF_RANGE", low=2000, high=2100
        )
    if period.last >= today:
        raise InvalidArgument.field(
            field, "not over yet: it ends on {ends_on}", "PERIOD_NOT_OVER", ends_on=period.last
        )
    return period
