"""Dates as the county sees them.

Business dates (a meeting held on, a deadline's day) are the county's local dates,
not UTC ones: between 00:00 and 08:00 in China the UTC date is still yesterday.
One setting (``FRONTLINE_TIME_ZONE``, China's ``Asia/Shanghai`` by default) decides
the zone for every service, headquarters included.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta, tzinfo
from zoneinfo import ZoneInfo

from frontline.kernel.clock import Clock

CHINA = ZoneInfo("Asia/Shanghai")


@dataclass(frozen=True)
class CountyTime:
    clock: Clock
    zone: tzinfo = CHINA

    def now(self) -> datetime:
        """The clock's instant in the county's zone."""
        return self.clock.now().astimezone(self.zone)

    def today(self) -> date:
        return self.now().date()

    def start_of(self, day: date) -> datetime:
        """Midnight at the start of ``day`` in the county, as an aware UTC datetime."""
        return datetime.combine(day, time(0), tzinfo=self.zone).astimezone(UTC)

    def after(self, day: date) -> datetime:
        """The first moment after ``day`` ends in the county (a deadline's timer)."""
        return self.start_of(day + timedelta(days=1))
