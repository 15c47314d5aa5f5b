"""Monthly trends: scores at each month end and counts per month.

A month end's point — the scores that day and the month's counts — is worked out for
every place at once and kept in ``daily_rollups`` (one row per place, and a row for
the empty code marking the day as done), so the trends of the county, a township and
a village share one computation per month. Projections delete the rows from the
earliest backdated fact on (``projection/apply.py``). Only the month of the day shown
is counted on the spot, once for every place.
"""

from __future__ import annotations

import datetime as dt
import json

from frontline.headquarters.query.models import TrendPoint, TrendSeries
from frontline.headquarters.query.pillars import pillar_scores
from frontline.headquarters.query.places import EMPTY, DayFigures, PlaceFigures
from frontline.headquarters.query.rule_of_law import rule_of_law_score
from frontline.headquarters.readmodel.ddl import Conn
from frontline.headquarters.settings import HeadquartersSettings

MONTHS = 12
SCORE_SERIES = [
    ("combined", "综合得分", "分"),
    ("fortress", "战斗堡垒", "分"),
    ("service", "服务", "分"),
    ("rule_of_law", "法治", "分"),
    ("meeting_compliance", "三会一课落实率", "%"),
    ("secretary_vacant", "书记空缺", "个"),
]
COUNT_SERIES = [
    ("meetings_held", "组织生活次数", "次"),
    ("decisions_public", "决议公开", "件"),
    ("training_hours", "培训学时", "小时"),
    ("disputes_registered", "矛盾纠纷登记", "件"),
]
Point = dict[str, float | None]
# The row that says a day's points were stored for every place.
DAY_DONE = ""

COUNT_KEYS = [key for key, _, _ in COUNT_SERIES]
# A done row from before months carried their counts, before the service pillar scored
# its centres, or before the rule of law, does not count as done.
DONE_MARK = {"counts": True, "centres": True, "rule_of_law": True}

# What happened in ($1, $2] per place (every 6-, 9- and 12-digit prefix) and series.
COUNTS = """
WITH x AS (
  SELECT m.held_on AS on_date, 'meetings_held' AS series, 1::float AS n,
    COALESCE(m.division_code, u.division_code) AS code
  FROM {s}.meetings m LEFT JOIN {s}.units u USING (unit_id)
  WHERE m.held_on > $1 AND m.held_on <= $2
  UNION ALL
  -- A resolution counts once, on the day it was first made public.
  SELECT f.on_date, 'decisions_public', 1, f.code FROM (
    SELECT min(d.on_date) AS on_date, max(COALESCE(d.division_code, u.division_code)) AS code
    FROM {s}.decision_steps d LEFT JOIN {s}.units u USING (unit_id)
    WHERE d.state = 'resolution_public' GROUP BY d.decision_id) f
  WHERE f.on_date > $1 AND f.on_date <= $2
  UNION ALL
  SELECT t.completed_on, 'training_hours', t.hours, COALESCE(t.division_code, c.division_code)
  FROM {s}.trainings t LEFT JOIN {s}.cadres c USING (cadre_id)
  WHERE t.completed_on > $1 AND t.completed_on <= $2
  UNION ALL
  SELECT d.registered_on, 'disputes_registered', 1, d.division_code FROM {s}.disputes d
  WHERE d.registered_on > $1 AND d.registered_on <= $2)
SELECT left(x.code, l.n) AS place, x.series, sum(x.n) AS n
FROM x JOIN (VALUES (6), (9), (12)) AS l(n) ON length(x.code) >= l.n
GROUP BY 1, 2
"""
Counts = dict[str, dict[str, float]]


def month_ends(as_of: dt.date, months: int = MONTHS) -> list[dt.date]:
    """The last day of each of the previous months, then ``as_of`` itself."""
    ends, first = [], as_of.replace(day=1)
    for _ in range(months - 1):
        first = first - dt.timedelta(days=1)
        ends.append(first)
        first = first.replace(day=1)
    return [*reversed(ends), as_of]


def month_before(day: dt.date) -> dt.date:
    """The last day of the month before ``day``'s."""
    return day.replace(day=1) - dt.timedelta(days=1)


def trend_point(place: PlaceFigures, counts: dict[str, float], s: HeadquartersSettings) -> Point:
    """A place's point: its scores on the day, and its counts for the month up to it."""
    combined, fortress, service = pillar_scores(place, s)
    f = place.fortress
    return {
        "combined": combined,
        "fortress": fortress,
        "service": service,
        "rule_of_law": rule_of_law_score(place.rule_of_law, s),
        "meeting_compliance": round(100 * f.meetings_held / f.meetings_expected, 1)
        if f.meetings_expected
        else None,
        "secretary_vacant": f.vacant if f.posts else None,
        **{key: counts.get(key, 0.0) for key in COUNT_KEYS},
    }


def day_points(day: DayFigures, counts: Counts, s: HeadquartersSettings) -> dict[str, Point]:
    """Every place's point for the day; a place absent has no figures and no counts."""
    return {
        code: trend_point(day.place(code), counts.get(code, {}), s)
        for code in {*day.places, *counts}
    }


def point_for(points: dict[str, Point], code: str, s: HeadquartersSettings) -> Point:
    return points[code] if code in points else trend_point(EMPTY, {}, s)


async def counts_between(conn: Conn, schema: str, after: dt.date, until: dt.date) -> Counts:
    """Meetings held, resolutions made public, training hours and disputes registered in
    (after, until]."""
    counts: Counts = {}
    for r in await conn.fetch(COUNTS.replace("{s}", schema), after, until):
        counts.setdefault(r["place"], {})[r["series"]] = float(r["n"])
    return counts


async def stored_points(conn: Conn, schema: str, day: dt.date) -> dict[str, Point] | None:
    """The day's stored points, or None when they were never stored (or dropped since)."""
    rows = await conn.fetch(
        f"SELECT division_code, overview FROM {schema}.daily_rollups WHERE day = $1", day
    )
    points = {r["division_code"]: json.loads(r["overview"]) for r in rows}
    if points.pop(DAY_DONE, None) != DONE_MARK:
        return None
    return points


async def store_points(conn: Conn, schema: str, day: dt.date, points: dict[str, Point]) -> None:
    codes = [*points, DAY_DONE]
    values = [json.dumps(p) for p in points.values()] + [json.dumps(DONE_MARK)]
    await conn.execute(
        f"INSERT INTO {schema}.daily_rollups (day, division_code, overview)"
        " SELECT $1, code, value::jsonb FROM unnest($2::text[], $3::text[]) AS r(code, value)"
        " ON CONFLICT (day, division_code) DO UPDATE SET overview = EXCLUDED.overview",
        day,
        codes,
        values,
    )


def trend_series(ends: list[dt.date], points: list[Point]) -> list[TrendSeries]:
    months = [day.replace(day=1).isoformat() for day in ends]
    series = [
        TrendSeries(
            key=key,
            label=label,
            unit=unit,
            points=[
                TrendPoint(month=m, value=p.get(key)) for m, p in zip(months, points, strict=True)
            ],
        )
        for key, label, unit in SCORE_SERIES
    ]
    for key, label, unit in COUNT_SERIES:
        values = [round(p.get(key) or 0.0, 1) for p in points]
        series.append(
            TrendSeries(
                key=key,
                label=label,
                unit=unit,
                points=[TrendPoint(month=m, value=v) for m, v in zip(months, values, strict=True)],
            )
        )
    return series
