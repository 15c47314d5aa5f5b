"""Dates as the county sees them: China keeps one time zone, UTC+8, without DST."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta, timezone

from frontline.kernel.clock import Clock

CHINA = timezone(timedelta(hours=8), "CST")


def today(clock: Clock) -> date:
    return clock.now().astimezone(CHINA).date()


def start_of(day: date) -> datetime:
    """Midnight at the start of ``day`` in China, as an aware UTC datetime."""
    return datetime.combine(day, time(0), tzinfo=CHINA).astimezone(UTC)
