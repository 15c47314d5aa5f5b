"""The service's own KPI query: the 三率 (response, resolution, satisfaction) and the
on-time rate, per service line and in total (DOMAIN.md "Service request", KPIs).

- response rate: requests whose first assignment was signed for within the limit,
  of those whose first sign-for is decided (signed for, or flagged late);
- resolution rate: requests counted resolved, of those resolved at least once; a
  request reopened after an "unsatisfied" visit is never counted resolved, nor one
  whose last answered visit was "unsatisfied";
- satisfaction rate: satisfied and basically satisfied visits, of the answered
  visits; "no answer" is in neither count, so it never raises the rate; shown from
  ``min_return_visits`` answered visits on;
- on-time rate: resolutions on or before their due date, of all resolutions.
"""

from __future__ import annotations

from dataclasses import dataclass, fields

from frontline.service_center.use_cases.access import listing
from frontline.service_center.use_cases.ports import Period, Ports
from frontline.service_center.views import LineCounts


@dataclass(frozen=True)
class LineRates:
    counts: LineCounts
    response: float | None
    resolution: float | None
    satisfaction: float | None
    on_time: float | None


@dataclass(frozen=True)
class Statistics:
    prefix: str
    totals: LineRates
    lines: tuple[LineRates, ...]
    min_return_visits: int


def _share(part: int, whole: int, at_least: int = 1) -> float | None:
    return round(part / whole, 4) if whole >= max(at_least, 1) else None


def rates(c: LineCounts, min_return_visits: int) -> LineRates:
    satisfied = c.visits_satisfied + c.visits_basically_satisfied
    answered = satisfied + c.visits_unsatisfied
    return LineRates(
        counts=c,
        response=_share(c.responded_on_time, c.responded),
        resolution=_share(c.resolved_counted, c.resolved),
        satisfaction=_share(satisfied, answered, min_return_visits),
        on_time=_share(c.resolutions_on_time, c.resolutions),
    )


def total(rows: list[LineCounts]) -> LineCounts:
    sums = {
        f.name: sum(getattr(r, f.name) for r in rows)
        for f in fields(LineCounts)
        if f.name != "line"
    }
    return LineCounts(line="", **sums)


async def service_statistics(p: Ports, prefix: str, period: Period) -> Statistics:
    chosen, exact = listing(prefix)
    rows = await p.read.line_counts(chosen, exact, period)
    least = p.rules.min_return_visits
    return Statistics(
        prefix=chosen,
        totals=rates(total(rows), least),
        lines=tuple(rates(r, least) for r in rows),
        min_return_visits=least,
    )
