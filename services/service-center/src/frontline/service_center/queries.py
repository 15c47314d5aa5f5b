"""The read model in PostgreSQL, as the use cases' ``ReadModel`` port (use_cases/ports.py).

Reads only the service's own tables (never another service's data).
"""

from __future__ import annotations

import json
from datetime import date
from typing import Any

import asyncpg

from frontline.kernel.convert import Page
from frontline.service_center.domain.centre_state import LineOffer
from frontline.service_center.domain.request_state import Assignee, Visit
from frontline.service_center.domain.vocabulary import (
    AssigneeKind,
    CentreKind,
    CentreLevel,
    Channel,
    Escalation,
    RequestKind,
    RequestStatus,
    VisitOutcome,
)
from frontline.service_center.use_cases.ports import Period, RequestFilter
from frontline.service_center.views import CentreView, LineCounts, RequestView

_OPEN = "('submitted', 'assigned', 'in_progress')"
# Exactly the prefix (centre staff) or everything under it.
_WHERE_CODE = "(CASE WHEN $2 THEN division_code = $1 ELSE division_code LIKE $1 || '%' END)"

_COUNTS = f"""
SELECT line, count(*) AS submitted,
    count(*) FILTER (WHERE status IN {_OPEN}) AS open,
    count(*) FILTER (WHERE status IN {_OPEN} AND escalation <> 'none') AS overdue_open,
    count(*) FILTER (WHERE escalation IN ('yellow_card', 'red_card')) AS yellow_cards,
    count(*) FILTER (WHERE escalation = 'red_card') AS red_cards,
    count(*) FILTER (WHERE first_response IS NOT NULL) AS responded,
    count(*) FILTER (WHERE first_response = 'on_time') AS responded_on_time,
    count(*) FILTER (WHERE resolutions > 0) AS resolved,
    count(*) FILTER (WHERE counts_as_resolved) AS resolved_counted,
    coalesce(sum(resolutions), 0) AS resolutions,
    coalesce(sum(resolutions_on_time), 0) AS resolutions_on_time,
    coalesce(sum(visits_satisfied), 0) AS visits_satisfied,
    coalesce(sum(visits_basically_satisfied), 0) AS visits_basically_satisfied,
    coalesce(sum(visits_unsatisfied), 0) AS visits_unsatisfied,
    coalesce(sum(visits_no_answer), 0) AS visits_no_answer,
    count(*) FILTER (WHERE reopened > 0) AS reopened
FROM requests
WHERE {_WHERE_CODE}
    AND ($3::date IS NULL OR submitted_on >= $3) AND ($4::date IS NULL OR submitted_on <= $4)
GROUP BY line ORDER BY line
"""


class PgReadModel:
    def __init__(self, pool: asyncpg.Pool) -> None:
        self.pool = pool

    async def centre(self, centre_id: str) -> CentreView | None:
        row = await self.pool.fetchrow("SELECT * FROM centres WHERE centre_id = $1", centre_id)
        return None if row is None else centre_view(row)

    async def centre_on_unit(self, org_unit_id: str) -> CentreView | None:
        row = await self.pool.fetchrow(
            "SELECT * FROM centres WHERE org_unit_id = $1 AND status = 'active'", org_unit_id
        )
        return None if row is None else centre_view(row)

    async def centres(
        self, prefix: str, exact: bool, include_closed: bool, page: Page
    ) -> list[CentreView]:
        rows = await self.pool.fetch(
            f"SELECT * FROM centres WHERE {_WHERE_CODE} AND ($3 OR status = 'active')"
            " ORDER BY division_code, centre_id LIMIT $4 OFFSET $5",
            prefix,
            exact,
            include_closed,
            page.limit,
            page.offset,
        )
        return [centre_view(r) for r in rows]

    async def request(self, request_id: str) -> RequestView | None:
        row = await self.pool.fetchrow("SELECT * FROM requests WHERE request_id = $1", request_id)
        return None if row is None else request_view(row)

    async def requests(self, which: RequestFilter, page: Page) -> list[RequestView]:
        rows = await self.pool.fetch(
            f"SELECT * FROM requests WHERE {_WHERE_CODE}"
            " AND ($3::text IS NULL OR centre_id = $3) AND ($4::text IS NULL OR status = $4)"
            " AND ($5::text IS NULL OR line = $5)"
            f" AND (NOT $6 OR (status IN {_OPEN} AND escalation <> 'none'))"
            " ORDER BY submitted_on DESC, request_id LIMIT $7 OFFSET $8",
            which.prefix,
            which.exact,
            which.centre_id,
            which.status.value if which.status else None,
            which.line,
            which.overdue_only,
            page.limit,
            page.offset,
        )
        return [request_view(r) for r in rows]

    async def requests_of(self, requester_id: str) -> list[RequestView]:
        rows = await self.pool.fetch(
            "SELECT * FROM requests WHERE requester_id = $1 ORDER BY submitted_on", requester_id
        )
        return [request_view(r) for r in rows]

    async def line_counts(self, prefix: str, exact: bool, period: Period) -> list[LineCounts]:
        rows = await self.pool.fetch(
            _COUNTS, prefix, exact, period.submitted_from, period.submitted_to
        )
        return [LineCounts(**dict(r)) for r in rows]


def _loaded(value: Any) -> Any:
    return json.loads(value) if isinstance(value, str) else value


def centre_view(row: asyncpg.Record) -> CentreView:
    return CentreView(
        centre_id=row["centre_id"],
        org_unit_id=row["org_unit_id"],
        division_code=row["division_code"],
        level=CentreLevel(row["level"]),
        kind=CentreKind(row["kind"]),
        name=row["name"],
        active=row["status"] == "active",
        established_on=row["established_on"],
        closed_on=row["closed_on"],
        lines=tuple(
            LineOffer(o["line"], o["offered"], date.fromisoformat(o["set_on"]))
            for o in _loaded(row["lines"])
        ),
        staff=tuple(_loaded(row["staff"])),
    )


def _assignee(row: asyncpg.Record) -> Assignee | None:
    if row["assignee_kind"] is None:
        return None
    kind = AssigneeKind(row["assignee_kind"])
    return Assignee(kind, row["assignee_cadre_id"], row["assignee_department"])


def request_view(row: asyncpg.Record) -> RequestView:
    values = dict(row)
    visits = tuple(
        Visit(VisitOutcome(v["outcome"]), date.fromisoformat(v["visited_on"]))
        for v in _loaded(values.pop("visits"))
    )
    for column in (
        "township_code",
        "assignee_kind",
        "assignee_cadre_id",
        "assignee_department",
        "visits_satisfied",
        "visits_basically_satisfied",
        "visits_unsatisfied",
        "visits_no_answer",
    ):
        values.pop(column)
    return RequestView(
        **{
            **values,
            "kind": RequestKind(row["kind"]),
            "channel": Channel(row["channel"]),
            "status": RequestStatus(row["status"]),
            "escalation": Escalation(row["escalation"]),
            "assignee": _assignee(row),
            "visits": visits,
        }
    )
