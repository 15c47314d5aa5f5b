"""Monthly trends: scores at each month end (cached as daily rollups) and monthly counts."""

from __future__ import annotations

import datetime as dt
import json
from typing import TYPE_CHECKING, Any

from frontline.headquarters.query.figures import fortress_figures
from frontline.headquarters.query.models import TrendPoint, TrendSeries
from frontline.headquarters.query.pillars import build_pillars
from frontline.headquarters.readmodel.ddl import Conn

if TYPE_CHECKING:
    from frontline.headquarters.query.overview import Queries

MONTHS = 12
SCORE_SERIES = [
    ("combined", "综合得分", "分"),
    ("fortress", "战斗堡垒", "分"),
    ("service", "服务", "分"),
    ("meeting_compliance", "三会一课落实率", "%"),
    ("secretary_vacant", "书记空缺", "个"),
]
COUNT_SERIES = [
    ("meetings_held", "组织生活次数", "次"),
    ("decisions_public", "决议公开", "件"),
    ("training_hours", "培训学时", "小时"),
]

MONTHLY_COUNTS = """
SELECT to_char(date_trunc('month', x.on_date), 'YYYY-MM-01') AS month, x.series, sum(x.n) AS n
FROM (
  SELECT m.held_on AS on_date, 'meetings_held' AS series, 1::float AS n,
    COALESCE(m.division_code, u.division_code) AS code
  FROM {s}.meetings m LEFT JOIN {s}.units u USING (unit_id)
  UNION ALL
  -- A resolution counts once, on the day it was first made public.
  SELECT min(d.on_date), 'decisions_public', 1, max(COALESCE(d.division_code, u.division_code))
  FROM {s}.decision_steps d LEFT JOIN {s}.units u USING (unit_id)
  WHERE d.state = 'resolution_public' GROUP BY d.decision_id
  UNION ALL
  SELECT t.completed_on, 'training_hours', t.hours, COALESCE(t.division_code, c.division_code)
  FROM {s}.trainings t LEFT JOIN {s}.cadres c USING (cadre_id)
) x
WHERE x.code LIKE $1 || '%' AND x.on_date > $2 AND x.on_date <= $3
GROUP BY 1, 2
"""


def month_ends(as_of: dt.date, months: int = MONTHS) -> list[dt.date]:
    """The last day of each of the previous months, then ``as_of`` itself."""
    ends, first = [], as_of.replace(day=1)
    for _ in range(months - 1):
        first = first - dt.timedelta(days=1)
        ends.append(first)
        first = first.replace(day=1)
    return [*reversed(ends), as_of]


async def _point(queries: Queries, conn: Conn, code: str, day: dt.date) -> dict[str, Any]:
    s = queries.schema
    cacheable = day < queries.today()
    if cacheable:
        cached = await conn.fetchval(
            f"SELECT overview FROM {s}.daily_rollups WHERE day = $1 AND division_code = $2",
            day,
            code,
        )
        if cached is not None:
            return dict(json.loads(cached))
    facts = await queries.facts(conn, day)
    combined, pillars = build_pillars(facts, None, code, queries.settings)
    ff = fortress_figures(facts, code, queries.settings)
    point = {
        "combined": combined,
        "fortress": pillars[0].score,
        "service": pillars[1].score,
        "meeting_compliance": round(100 * ff.meetings_held / ff.meetings_expected, 1)
        if ff.meetings_expected
        else None,
        "secretary_vacant": ff.vacant if ff.posts else None,
    }
    if cacheable:
        await conn.execute(
            f"INSERT INTO {s}.daily_rollups (day, division_code, overview) VALUES ($1, $2, $3)"
            " ON CONFLICT DO NOTHING",
            day,
            code,
            json.dumps(point),
        )
    return point


async def monthly_trends(
    queries: Queries, conn: Conn, code: str, as_of: dt.date
) -> list[TrendSeries]:
    ends = month_ends(as_of)
    points = [await _point(queries, conn, code, day) for day in ends]
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
    rows = await conn.fetch(
        MONTHLY_COUNTS.replace("{s}", queries.schema),
        code,
        ends[0].replace(day=1) - dt.timedelta(days=1),
        as_of,
    )
    counts = {(r["month"], r["series"]): float(r["n"]) for r in rows}
    for key, label, unit in COUNT_SERIES:
        series.append(
            TrendSeries(
                key=key,
                label=label,
                unit=unit,
                points=[
                    TrendPoint(month=m, value=round(counts.get((m, key), 0.0), 1)) for m in months
                ],
            )
        )
    return series
