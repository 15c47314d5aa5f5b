"""The activity feed: what happened, newest first, with the unit's name."""

from __future__ import annotations

import datetime as dt

import asyncpg

from frontline.headquarters.query.models import Activity
from frontline.headquarters.readmodel.ddl import Conn

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


async def latest_activity(
    conn: Conn, schema: str, code: str, as_of: dt.date, limit: int = 30
) -> list[Activity]:
    rows = await conn.fetch(
        ACTIVITY.format(s=schema)
        + " WHERE a.division_code LIKE $1 || '%' AND a.occurred_at < $2::date + 1"
        " ORDER BY a.occurred_at DESC, a.event_id DESC LIMIT $3",
        code,
        as_of,
        limit,
    )
    return [activity_of(r) for r in rows]


async def activity_by_ids(
    conn: Conn, schema: str, event_ids: list[str], scope: str = ""
) -> list[Activity]:
    """The activity lines of these events inside ``scope`` (a division-code prefix)."""
    rows = await conn.fetch(
        ACTIVITY.format(s=schema)
        + " WHERE a.event_id = ANY($1::text[]) AND a.division_code LIKE $2 || '%'"
        " ORDER BY a.occurred_at",
        event_ids,
        scope,
    )
    return [activity_of(r) for r in rows]
