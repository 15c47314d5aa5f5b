"""The overview of one place (county, township or village) as of a day.

Both the gRPC servicer and the dashboard's JSON call ``Queries``: one code path, so
the dashboard's figures are the gRPC figures.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Protocol

import asyncpg

from frontline.headquarters.query.alerts import alerts_under, unit_ref
from frontline.headquarters.query.facts import Facts, load_facts
from frontline.headquarters.query.models import Activity, Alert, ChildSummary, Overview, UnitRef
from frontline.headquarters.query.pillars import build_pillars
from frontline.headquarters.query.trends import monthly_trends
from frontline.headquarters.readmodel.ddl import Conn, checked_schema
from frontline.headquarters.settings import HeadquartersSettings
from frontline.kernel.errors import InvalidArgument, NotFound

CHILD_LEVELS = {6: ("township",), 9: ("village", "community")}


def parse_as_of(text: str, today: dt.date) -> dt.date:
    if not text:
        return today
    try:
        return dt.date.fromisoformat(text)
    except ValueError as exc:
        raise InvalidArgument.field("as_of", "must be a date YYYY-MM-DD", "NOT_A_DATE") from exc


def check_code(code: str) -> str:
    if len(code) not in (6, 9, 12) or not code.isdigit():
        raise InvalidArgument.field(
            "division_code", "must be a 6, 9 or 12 digit division code", "NOT_A_DIVISION_CODE"
        )
    return code


class HasPool(Protocol):
    """The service runtime (its pool exists only once it started) or a test stand-in."""

    @property
    def pool(self) -> asyncpg.Pool: ...


class Queries:
    def __init__(
        self,
        db: HasPool,
        settings: HeadquartersSettings,
        today: Callable[[], dt.date] = dt.date.today,
    ) -> None:
        self.db = db
        self.settings = settings
        self.schema = checked_schema(settings.read_model_schema)
        self.today = today

    async def facts(self, conn: Conn, as_of: dt.date) -> Facts:
        return await load_facts(conn, self.schema, as_of, self.settings)

    async def overview(self, code: str, as_of: dt.date, with_trends: bool = True) -> Overview:
        check_code(code)
        compare = as_of - dt.timedelta(days=self.settings.scoring.comparison_days)
        async with self.db.pool.acquire() as conn:
            facts = await self.facts(conn, as_of)
            previous = await self.facts(conn, compare)
            trends = await monthly_trends(self, conn, code, as_of) if with_trends else []
            activity = await self._activity(conn, code, as_of)
        unit = self._unit(facts, code)
        combined, pillars = build_pillars(facts, previous, code, self.settings)
        before, _ = build_pillars(previous, None, code, self.settings)
        return Overview(
            unit=unit,
            as_of=as_of.isoformat(),
            compared_with=compare.isoformat(),
            combined_score=combined,
            combined_delta=None
            if combined is None or before is None
            else round(combined - before, 1),
            pillars=pillars,
            children=self.children(facts, code),
            alerts=alerts_under(facts, code, self.settings),
            trends=trends,
            activity=activity,
            path=self._path(facts, code),
        )

    def _unit(self, facts: Facts, code: str) -> UnitRef:
        found = facts.unit_by_code(code)
        if found is not None:
            return unit_ref(found)
        if code == self.settings.county_code:
            # Before the county committee's own record arrives the county still has a view.
            return UnitRef(name="全县", level="county", division_code=code)
        raise NotFound("division", code)

    def _path(self, facts: Facts, code: str) -> list[UnitRef]:
        path = []
        for size in (6, 9, 12):
            if len(code) >= size:
                ref = facts.unit_by_code(code[:size])
                if ref is not None:
                    path.append(unit_ref(ref))
        return path

    def children(self, facts: Facts, code: str) -> list[ChildSummary]:
        levels = CHILD_LEVELS.get(len(code))
        if not levels:
            return []
        out = []
        for u in facts.units_under(code):
            if u.level not in levels:
                continue
            combined, pillars = build_pillars(facts, None, u.division_code, self.settings)
            out.append(
                ChildSummary(
                    unit=unit_ref(u),
                    combined_score=combined,
                    fortress_score=pillars[0].score,
                    service_score=pillars[1].score,
                    alert_count=len(alerts_under(facts, u.division_code, self.settings)),
                )
            )
        out.sort(key=lambda c: (-(c.combined_score or -1), c.unit.division_code))
        for rank, child in enumerate(out, start=1):
            child.rank = rank
        return out

    async def ranking(self, as_of: dt.date) -> list[ChildSummary]:
        async with self.db.pool.acquire() as conn:
            facts = await self.facts(conn, as_of)
        return self.children(facts, self.settings.county_code)

    async def alerts(self, code: str, as_of: dt.date) -> list[Alert]:
        async with self.db.pool.acquire() as conn:
            facts = await self.facts(conn, as_of)
        return alerts_under(facts, code, self.settings)

    async def _activity(
        self, conn: Conn, code: str, as_of: dt.date, limit: int = 30
    ) -> list[Activity]:
        rows = await conn.fetch(
            ACTIVITY.format(s=self.schema)
            + " WHERE a.division_code LIKE $1 || '%' AND a.occurred_at < $2::date + 1"
            " ORDER BY a.occurred_at DESC, a.event_id DESC LIMIT $3",
            code,
            as_of,
            limit,
        )
        return [activity_of(r) for r in rows]

    async def activity_by_ids(self, event_ids: list[str], scope: str = "") -> list[Activity]:
        """The activity lines of these events inside ``scope`` (a division-code prefix)."""
        rows = await self.db.pool.fetch(
            ACTIVITY.format(s=self.schema)
            + " WHERE a.event_id = ANY($1::text[]) AND a.division_code LIKE $2 || '%'"
            " ORDER BY a.occurred_at",
            event_ids,
            scope,
        )
        return [activity_of(r) for r in rows]


# The village or township a line is about, by name (a village before its branches).
ACTIVITY = (
    "SELECT a.event_id, a.occurred_at, a.division_code, a.kind, a.summary,"
    " COALESCE((SELECT u.name FROM {s}.units u WHERE u.division_code = a.division_code"
    " AND a.division_code <> '' ORDER BY u.level = 'branch', u.name LIMIT 1), '') AS unit_name"
    " FROM {s}.activity a"
)


def activity_of(r: asyncpg.Record) -> Activity:
    return Activity(
        event_id=r["event_id"],
        occurred_at=r["occurred_at"].isoformat(),
        division_code=r["division_code"],
        kind=r["kind"],
        summary=r["summary"],
        unit_name=r["unit_name"],
    )
