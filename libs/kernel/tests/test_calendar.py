"""Working days on China's statutory calendar."""

from __future__ import annotations

from datetime import date

import pytest

from frontline.kernel.calendar import WorkingCalendar, YearSchedule

pytestmark = pytest.mark.unit


def test_national_day_week_is_skipped_and_the_adjusted_saturday_counts() -> None:
    cal = WorkingCalendar()
    # 2026: National Day holiday 1–7 Oct; Saturday 10 Oct is an adjusted working day.
    assert cal.is_working_day(date(2026, 10, 1)) == (False, False)
    assert cal.is_working_day(date(2026, 10, 10)) == (True, False)  # adjusted Saturday
    # Five working days after Tuesday 29 Sep 2026: 30 Sep, 8 Oct, 9 Oct, 10 Oct (Sat), 12 Oct.
    result = cal.add_working_days(date(2026, 9, 29), 5)
    assert result.date == date(2026, 10, 12)
    assert not result.provisional


def test_an_unknown_year_counts_weekdays_and_is_provisional() -> None:
    result = WorkingCalendar().add_working_days(date(2026, 12, 30), 5)
    # 31 Dec 2026, then Fri 1 Jan 2027 (unknown year: counted as a weekday), Mon 4 … Wed 6.
    assert result.provisional
    assert result.date == date(2027, 1, 6)


def test_a_loaded_year_replaces_the_guess() -> None:
    cal = WorkingCalendar()
    cal.load([YearSchedule(2027, frozenset({date(2027, 1, 1)}), frozenset())])
    result = cal.add_working_days(date(2026, 12, 30), 5)
    assert (result.date, result.provisional) == (date(2027, 1, 7), False)
