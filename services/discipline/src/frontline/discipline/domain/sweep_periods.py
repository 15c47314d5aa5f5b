"""Sweep periods (排查): villages every half month, townships monthly, the county quarterly.

DOMAIN.md "Dispute and problem register". A period has a key people read:
``2026-01-H1`` (1st–15th) and ``2026-01-H2`` (16th–end) for villages, ``2026-01``
for townships, ``2026-Q1`` for the county.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from frontline.discipline.domain.dates import last_day_of_month
from frontline.discipline.domain.divisions import DivisionLevel

_HALF = 15


@dataclass(frozen=True)
class Period:
    key: str
    starts_on: date
    ends_on: date


def period_of(level: DivisionLevel, day: date) -> Period:
    """The sweep period of a division at ``level`` that contains ``day``."""
    if level is DivisionLevel.VILLAGE:
        if day.day <= _HALF:
            return Period(f"{day:%Y-%m}-H1", day.replace(day=1), day.replace(day=_HALF))
        end = last_day_of_month(day.year, day.month)
        return Period(f"{day:%Y-%m}-H2", day.replace(day=_HALF + 1), end)
    if level is DivisionLevel.TOWNSHIP:
        return Period(f"{day:%Y-%m}", day.replace(day=1), last_day_of_month(day.year, day.month))
    quarter = (day.month - 1) // 3
    first_month = quarter * 3 + 1
    return Period(
        f"{day.year}-Q{quarter + 1}",
        date(day.year, first_month, 1),
        last_day_of_month(day.year, first_month + 2),
    )


def next_period(level: DivisionLevel, period: Period) -> Period:
    return period_of(level, period.ends_on + timedelta(days=1))
