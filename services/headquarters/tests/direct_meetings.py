"""Meeting compliance of one day, worked out period by period in Python (the test's
own reading of DOMAIN.md "Meetings", not the service's SQL).

A unit owes, on a day, the meetings of its latest form record on or before that day
(the latest of a day wins), or the defaults of settings before its first record. A
period of a type (its frequency's months, counted from January of year 0) is required
when it lies whole in the window (established or 12 months back, to the day) and the
type is due at that frequency on every day of it; it is held when a meeting of the
type falls in it.
"""

from __future__ import annotations

import calendar
import datetime as dt
from collections import defaultdict
from typing import Any

from frontline.headquarters.query.facts import UnitFacts
from frontline.headquarters.readmodel.ddl import Conn
from frontline.headquarters.settings import HeadquartersSettings

Duties = dict[str, int]


def _months_back(day: dt.date, n: int) -> dt.date:
    total = day.year * 12 + day.month - 1 - n
    year, month = divmod(total, 12)
    return dt.date(year, month + 1, min(day.day, calendar.monthrange(year, month + 1)[1]))


def _period(index: int, months: int) -> tuple[dt.date, dt.date]:
    first, last = index * months, (index + 1) * months - 1
    start = dt.date(first // 12, first % 12 + 1, 1)
    end_year, end_month = last // 12, last % 12 + 1
    return start, dt.date(end_year, end_month, calendar.monthrange(end_year, end_month)[1])


class Records:
    def __init__(self, rows: list[Any], defaults: Duties) -> None:
        self.defaults = defaults
        latest: dict[tuple[str, dt.date], Any] = {}
        for r in sorted(rows, key=lambda r: (r["at"], r["event_id"])):
            latest[(r["unit_id"], r["recorded_on"])] = r
        self.by_unit: defaultdict[str, list[tuple[dt.date, Duties]]] = defaultdict(list)
        for (unit, on), r in sorted(latest.items()):
            self.by_unit[unit].append(
                (on, dict(zip(r["meeting_types"], r["every_months"], strict=True)))
            )

    def due_on(self, unit: str, day: dt.date) -> Duties:
        found = self.defaults
        for on, duties in self.by_unit.get(unit, []):
            if on <= day:
                found = duties
        return found

    def due_through(self, unit: str, kind: str, months: int, start: dt.date, end: dt.date) -> bool:
        changes = [on for on, _ in self.by_unit.get(unit, []) if start < on <= end]
        return all(self.due_on(unit, d).get(kind) == months for d in [start, *changes])


async def compliance(
    conn: Conn, units: dict[str, UnitFacts], day: dt.date, s: HeadquartersSettings
) -> None:
    c = s.compliance
    forms = Records(
        list(await conn.fetch("SELECT * FROM hq.org_forms WHERE recorded_on <= $1", day)),
        dict(c.meeting_period_months),
    )
    held: defaultdict[tuple[str, str], list[dt.date]] = defaultdict(list)
    for r in await conn.fetch("SELECT * FROM hq.meetings WHERE held_on <= $1", day):
        held[(r["unit_id"], r["meeting_type"])].append(r["held_on"])
    for u in units.values():
        if u.level not in ("village", "community", "branch"):
            continue
        since = max(u.established_on, _months_back(day, c.meeting_window_months))
        kinds = {(k, m) for k, m in forms.defaults.items()}
        kinds |= {(k, m) for _, d in forms.by_unit.get(u.unit_id, []) for k, m in d.items()}
        expected = got = 0
        for kind, months in kinds:
            first = (since.year * 12 + since.month - 1) // months
            for index in range(first, (day.year * 12 + day.month - 1) // months + 1):
                start, end = _period(index, months)
                if start < since or end > day:
                    continue
                if not forms.due_through(u.unit_id, kind, months, start, end):
                    continue
                expected += 1
                got += any(start <= on <= end for on in held[(u.unit_id, kind)])
        if expected:
            u.meetings_expected, u.meetings_held = expected, got
