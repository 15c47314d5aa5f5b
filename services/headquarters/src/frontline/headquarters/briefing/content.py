"""What a briefing says, gathered from the same queries as the overview (gRPC and the
dashboard): the county as of the period's last day, compared with the last day of the
period before; per township its rank then and now, its alerts and supervision orders;
the notable events dated in the period."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from frontline.headquarters.briefing.notable import NotableCount, notable_counts
from frontline.headquarters.briefing.period import Period
from frontline.headquarters.query.models import Alert, ChildSummary, Overview, Pillar
from frontline.headquarters.query.overview import Queries
from frontline.headquarters.query.pillars import build_pillars


@dataclass(frozen=True)
class TownshipRow:
    summary: ChildSummary
    rank_before: int | None
    critical: int
    warnings: int
    orders_open: int
    orders_overdue: int


@dataclass
class Briefing:
    period: Period
    county_name: str
    overview: Overview
    # The pillars compared with the period before (its points moved, by input).
    pillars: list[Pillar]
    combined_before: float | None
    townships: list[TownshipRow]
    alerts: list[Alert]
    notable: list[NotableCount] = field(default_factory=list)
    generated_on: dt.date | None = None


async def gather(queries: Queries, period: Period) -> Briefing:
    s, county = queries.settings, queries.settings.county_code
    overview = await queries.overview(county, period.last)
    now, before = await queries.days.get(period.last), await queries.days.get(period.before)
    _, pillars = build_pillars(now.place(county), before.place(county), s)
    previous = await queries.overview(county, period.before)
    ranks = {c.unit.division_code: c.rank for c in previous.children}
    rows = []
    for child in overview.children:
        code = child.unit.division_code
        alerts = now.alerts_under(code)
        command = now.place(code).fortress.command
        rows.append(
            TownshipRow(
                summary=child,
                rank_before=ranks.get(code),
                critical=sum(a.severity == "critical" for a in alerts),
                warnings=sum(a.severity != "critical" for a in alerts),
                orders_open=command.orders_open,
                orders_overdue=command.orders_overdue,
            )
        )
    async with queries.connection() as conn:
        notable = await notable_counts(conn, queries.schema, period)
    return Briefing(
        period=period,
        county_name=overview.unit.name or "全县",
        overview=overview,
        pillars=pillars,
        combined_before=previous.combined_score,
        townships=rows,
        alerts=overview.alerts,
        notable=notable,
        generated_on=queries.today(),
    )
