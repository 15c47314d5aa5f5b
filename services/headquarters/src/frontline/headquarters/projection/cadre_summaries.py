"""The cadre service's township summaries (DOMAIN.md "Income growth plan", "Annual
evaluation"): average pay and growth, and counts per evaluation grade, per township and
year — never one person's pay or grade.

A township-year is published once; a correction republishes it with a higher
``revision``, which replaces the earlier figures (an older revision arriving late
changes nothing). Pay summaries v1 (with a median, no revision) count as revision 0.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import get_args

from frontline.contracts.cadre import EvaluationGrade
from frontline.headquarters.projection.ops import EventLike, Op, Projection, activity, day

TOPIC = "cadre.events.v1"
_NS = "cn.frontline.cadre."
GRADES: tuple[str, ...] = get_args(EvaluationGrade)


def remuneration(e: EventLike) -> Projection:
    d = e.data
    median = d.get("median_yuan")
    op = Op(
        "INSERT INTO {s}.remuneration (township_code, year, cadre_count, average_yuan,"
        " median_yuan, growth_rate, revision) VALUES ($1, $2, $3, $4, $5, $6, $7)"
        " ON CONFLICT (township_code, year) DO UPDATE SET cadre_count = EXCLUDED.cadre_count,"
        " average_yuan = EXCLUDED.average_yuan, median_yuan = EXCLUDED.median_yuan,"
        " growth_rate = EXCLUDED.growth_rate, revision = EXCLUDED.revision"
        " WHERE remuneration.revision <= EXCLUDED.revision",
        (
            d["township_code"],
            int(d["year"]),
            int(d["cadre_count"]),
            float(d["average_yuan"]),
            None if median is None else float(median),
            None if d.get("growth_rate") is None else float(d["growth_rate"]),
            int(d.get("revision") or 0),
        ),
    )
    # A year's summary counts for every day of that year (query/facts_sql.py).
    return Projection([op], [d["township_code"]], dt.date(int(d["year"]), 1, 1))


def evaluation_summary(e: EventLike) -> Projection:
    d = e.data
    on = day(d, "published_on") or dt.date(int(d["year"]) + 1, 1, 1)
    township = str(d["township_code"])
    op = Op(
        "INSERT INTO {s}.evaluation_summaries (township_code, year, revision, published_on,"
        " cadre_count, excellent, competent, basically_competent, incompetent)"
        " VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) ON CONFLICT DO NOTHING",
        (
            township,
            int(d["year"]),
            int(d["revision"]),
            on,
            int(d["cadre_count"]),
            *(int(d[grade]) for grade in GRADES),
        ),
    )
    note = activity(e, township, "cadre", f"公布{int(d['year'])}年度干部实绩考核等次统计")
    # Counted from the day it was published (query/facts_sql.py EVALUATIONS).
    return Projection([op, note], [township], on)


HANDLERS: dict[str, Callable[[EventLike], Projection]] = {
    _NS + "RemunerationSummaryPublished.v1": remuneration,
    _NS + "RemunerationSummaryPublished.v2": remuneration,
    _NS + "EvaluationSummaryPublished.v1": evaluation_summary,
}
